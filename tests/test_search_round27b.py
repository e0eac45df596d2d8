"""The twenty-seventh round's second search change (made-up text only): a short passage that states a day or an hour
carries its document's title in what is embedded and what BM25 reads (``items.with_title``, ``items.doc_title``,
``items.tells_when``); its quote and span stay its own."""

from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex
from extract.search.items import TITLE_BELOW, Item, doc_title, tells_when, with_title

PLAN = ("示例镇“示例读书节”活动方案\n\n"
        "为营造全民阅读氛围,丰富群众文化生活,示例镇决定举办“示例读书节”活动,现制定方案如下。\n\n"
        "一、活动时间\n\n"
        "示例年9月9日上午9:30\n\n"
        "二、活动地点\n\n"
        "示例镇文化广场\n\n"
        "三、活动内容\n\n"
        "(一)组织图书漂流,各村(社区)设立漂流点,由镇文化站负责统一配送图书并做好登记。\n\n"
        "(二)开展亲子共读,由镇中心小学负责组织学生和家长参加,每班推荐两个家庭参加展示。\n")

OTHER = ("示例县全民阅读工作要点\n\n"
         "一、示例县图书馆每月组织一次阅读分享会,由县文化馆负责宣传。\n\n"
         "二、各乡镇文化站要延长开放时间,方便群众借阅图书。\n")


def _item(text: str, type_: str = "passage") -> Item:
    return Item(record_id="psg-x", doc_id="d", type=type_, title=text[:10], text=text, search_text=text, quote=text,
                start=0, end=len(text))


def test_doc_title():
    assert doc_title("2. 示例县关于推进示例工作的方案(征求意见稿)") == "示例县关于推进示例工作的方案(征求意见稿)"
    assert doc_title("《示例市示例条例》") == "示例市示例条例"
    assert doc_title("（三）示例活动方案") == "示例活动方案"
    assert doc_title(None) == "" and doc_title("") == "" and doc_title("2024") == ""
    assert len(doc_title("示例" * 40)) == 40


def test_tells_when():
    assert tells_when("活动时间：示例年9月9日上午9:30") and tells_when("公示日期:2030年4月1日至2030年4月30日")
    assert tells_when("三.活动时间: 20xx年9月") and tells_when("开放时间:9点至11点,14:30起") and tells_when("下午2点")
    assert not tells_when("2030年完成") and not tells_when("比分3:2") and not tells_when("示例镇文化广场")
    assert not tells_when("2030-08-29 10:40:09综合") and not tells_when("发表时间:2030-05-21 11:06")  # a page's stamp


def test_with_title_only_short_passages_that_tell_when():
    short = _item("活动时间：示例年9月9日上午9:30")
    with_title(short, "示例读书节活动方案")
    assert short.text.startswith("示例读书节活动方案｜活动时间") and short.search_text.startswith("示例读书节活动方案｜活动时间")
    assert short.quote == "活动时间：示例年9月9日上午9:30" and short.title == "活动时间：示例年9月"  # its own
    place = _item("活动地点：示例镇文化广场")
    with_title(place, "示例读书节活动方案")
    assert place.text == "活动地点：示例镇文化广场"  # says no day or hour
    long_ = _item("9月9日由镇文化站负责统一配送图书并做好登记," * 3)
    assert len(long_.search_text) >= TITLE_BELOW
    with_title(long_, "示例读书节活动方案")
    assert not long_.text.startswith("示例读书节")
    record = _item("示例年9月9日上午9:30", "goal")
    with_title(record, "示例读书节活动方案")
    assert record.text == "示例年9月9日上午9:30"  # a record says its own
    has = _item("示例读书节活动方案9月9日")
    with_title(has, "示例读书节活动方案")
    assert has.text == "示例读书节活动方案9月9日"  # holds the title
    none = _item("9月9日上午9:30")
    with_title(none, "")
    assert none.text == "9月9日上午9:30"


def test_a_time_line_is_found_by_its_documents_title(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, encoding="utf-8")
    (docs / "other.txt").write_text(OTHER, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        for mode in ("dense", "bm25"):
            hits = idx.search("示例读书节几点开始", top_k=3, mode=mode)
            assert hits and any("9月9日" in h.quote for h in hits), mode
        timed = [r for r in idx.rows if r["doc_id"] == "plan" and "9月9日" in (r["quote"] or "")]
        assert timed and all(r["text"].startswith("示例镇“示例读书节”活动方案｜") for r in timed)
        assert all(not r["quote"].startswith("示例镇") for r in timed)  # the quote is the line's own
