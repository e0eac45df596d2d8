"""The twenty-fifth round's search changes (made-up text only): a count in Chinese numerals shows a quantity to the type
filter (``fusion.counts_in_words``, ``index.PASSAGE_CUES``); a section a question names after its department stands for
it in the unit list (``fusion.section_units``)."""

from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex
from extract.search import index as index_mod
from extract.search.fusion import counts_in_words, section_units
from extract.search.index import PASSAGE_CUES

COMMITTEE = ("示例县示例推动会设置要点\n\n"
             "一、示例县政府为推动本县示例业务,特设示例推动会(以下简称本会)。\n\n"
             "二、本会任务如下:\n"
             "(一)协调、研究及咨询示例服务之推动事项。\n"
             "(二)审议示例服务相关计划。\n"
             "三、本会置委员十三人,其中一人为召集人,由县长兼任,其余委员由县长就下列人员遴选聘兼任:\n"
             "(一)本府示例局局长。\n"
             "(二)本府样板局局长。\n"
             "(三)本府范例处处长。\n"
             "(四)示例相关学者专家、民间机构、团体代表。\n"
             "前项委员代表其单一性别不得少于三分之一。\n"
             "四、本会执行秘书一人,由本府示例局局长兼任;本会幕僚作业,由本府示例局负责,并得视业务需要进用人员协助。\n"
             "五、本会每年召开会议二次,必要时得召开临时会议。\n")


def _index(tmp_path, name: str, text: str):
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / name).write_text(text, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    return SearchIndex(tmp_path / "run", embedder=HashEmbedder())


def test_counts_in_words():
    assert counts_in_words("本会置委员十三人") and counts_in_words("设两所分校") and counts_in_words("二十三个示例项目")
    assert counts_in_words("从每年十项示例实事")
    assert not counts_in_words("新增床位超千张") and not counts_in_words("惠及近万人")
    assert not counts_in_words("其中一人为召集人") and not counts_in_words("第三个示例") and not counts_in_words("三是加强示例")
    cue = PASSAGE_CUES["numeric_target"]
    assert cue.search("本会置委员十三人") and cue.search("新建12所") and not cue.search("一人为召集人")


def test_a_count_in_words_is_searched_under_the_target_filter(tmp_path):
    with _index(tmp_path, "committee.txt", COMMITTEE) as idx:
        idx.sync()
        hits = idx.search("示例推动会有几名委员", top_k=5, types=["numeric_target"])
        assert any("委员十三人" in h.quote for h in hits)
        assert all(h.type in ("numeric_target", "passage") for h in hits)


def test_section_units():
    assert section_units("示例县委宣传部网络宣传科负责什么", ["示例县委", "宣传部"]) == ["网络宣传科"]
    assert section_units("某省示例厅基础教育处承担哪些任务", ["示例厅"]) == ["基础教育处"]
    assert section_units("工信部哪个司负责示例项目", ["工信部"]) == ["工信部"]  # a question word, not a section
    assert section_units("区示例委办公室牵头做什么", ["示例委", "办公室"]) == ["示例委", "办公室"]  # every unit's office
    assert section_units("县示例局和县样板委负责哪些", ["示例局", "样板委"]) == ["示例局", "样板委"]
    # a section no text holds leaves the units as they were
    assert section_units("示例县委宣传部网络宣传科负责什么", ["示例县委", "宣传部"], lambda name: False) == ["示例县委", "宣传部"]


DUTIES = ("示例县委宣传部职能\n\n"
          "负责起草示例县委宣传部领导重要讲话和重要文件。\n\n"
          "负责示例县委宣传部机关的文电、会务、档案等工作。\n\n"
          "组织示例县委宣传部理论学习中心组的学习活动。\n\n"
          "• 网络宣传科 组建示例县网络宣传团队,开展网络应急和专题策划等工作。\n")


def test_a_section_named_after_its_department_finds_its_own_lines(tmp_path, monkeypatch):
    with _index(tmp_path, "duties.txt", DUTIES) as idx:
        idx.sync()
        q = "示例县委宣传部网络宣传科负责什么"
        on = idx.search(q, top_k=5)
        monkeypatch.setattr(index_mod, "SECTION_UNITS", False)
        off = idx.search(q, top_k=5)
        rank = lambda hits: next((i for i, h in enumerate(hits) if "网络宣传团队" in h.quote), len(hits))
        assert rank(on) == 0 and rank(on) <= rank(off)
