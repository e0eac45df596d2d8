"""A doc-sharing preview's fixed-width chunks (``1、…`` ``2、…``) are one run of text, not an outline
(``rules.page_chunks``); made-up text only."""

from extract.headings import page_break_lines, split_lines
from extract.rules.page_chunks import continues_page_chunk, is_page_chunk, title_across_chunks
from extract.structure import structure
from tests.rules_kit import records

_FILL = "全区教育系统坚持立德树人根本任务,持续深化教育教学改革,不断提升办学质量和治理水平,"  # 41 characters


def _chunk(serial: int, head: str, tail: str) -> str:
    return f"{serial}、{head}" + _FILL * 4 + tail


_PREVIEW = "\n".join([
    "某区2031年工作总结.docx",
    "《某区2031年工作总结.docx》由会员分享,可在线阅读,更多相关内容请在某文库上搜索。",
    _chunk(1, "某区2031年工作总结。2031年,", "新建甲园等幼儿园3所,全区学前教育普"),
    _chunk(2, "惠性托位覆盖率达到61%。", "组织教师培训12期,累"),
    "3、计培训教师900人次。",
])


def test_a_chunk_runs_on_and_breaks_off():
    assert is_page_chunk(_chunk(2, "惠性托位覆盖率达到61%。", "组织教师培训12期,累"))
    assert not is_page_chunk("2、主要任务")  # a short numbered heading
    assert not is_page_chunk("2、" + _FILL * 4 + "新建幼儿园3所。")  # a long item that ends its sentence
    assert not is_page_chunk("第二、" + _FILL * 4)  # no serial


def test_the_next_chunk_has_the_next_serial():
    first = _chunk(1, "某区2031年工作总结。", "全区学前教育普")
    assert continues_page_chunk(first, "2、惠性托位覆盖率达到61%。")
    assert not continues_page_chunk(first, "3、惠性托位覆盖率达到61%。")  # a serial skipped
    assert not continues_page_chunk("1、总体目标", "2、主要任务")  # an outline's items


def test_chunks_open_no_section_and_read_as_one_paragraph():
    s = structure(_PREVIEW)
    lines = split_lines(_PREVIEW)
    assert {3, 4} <= page_break_lines(lines)
    assert 3 not in s.headings and 4 not in s.headings
    two = next(p for p in s.paragraphs if p.span.start <= lines[3].start < p.span.end)
    assert two.span.start <= lines[2].start and two.span.end >= lines[4].end  # one run across the breaks


def test_an_outline_keeps_its_headings():
    text = "某区2031年工作计划\n1、总体目标\n到2031年,新建幼儿园3所。\n2、主要任务\n改造学校操场5个。\n"
    s = structure(text)
    lines = split_lines(text)
    assert 3 not in page_break_lines(lines)  # ``2、主要任务`` after an item's full sentence
    assert 3 in s.headings


def test_an_item_title_across_a_break_is_no_goal():
    assert title_across_chunks("2.深入推进素质\n2、教育。")
    assert not title_across_chunks("托位条件合格,学位普\n3、遍充足,保育员配足配齐")  # a goal's clauses
    assert not title_across_chunks("2.深入推进素质教育。")  # no break: other rules decide


def test_only_a_shared_page_reads_numbered_lines_as_chunks():
    plain = _PREVIEW.replace("由会员分享,可在线阅读,更多相关内容请在某文库上搜索。", "某区教育局发布。")
    lines = split_lines(plain)
    assert 4 not in page_break_lines(lines)  # no site's notice: long numbered items stay an outline's


def test_a_cut_note_is_no_goal():
    from extract.rules.page_chunks import holds_cut_note
    assert holds_cut_note("……(某站https://example.cn此处省略")
    assert holds_cut_note("……(中间部分省略,全文见附件)")
    assert not holds_cut_note("省略号的用法")  # no ellipsis and bracket: a word of the text
    page = ("某乡河道保洁工作方案\n二、目标任务\n(一)河道日常管理\n1、全乡河道保洁有专人负责,经费落实。河长巡河有记录、有通报、有\n"
            "整改、台账齐全,有日常巡查队伍\n……(某站https://www.abc123.cn此处省略\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert "整改、台账齐全,有日常巡查队伍" in quotes
    assert not any("省略" in q for q in quotes)


def test_a_glued_copy_of_a_goal_is_no_goal_again():
    from extract.rules.page_chunks import glued_copy
    assert glued_copy("其中乙镇2032年,全镇将新建公园3个", 4, ["2032年,全镇将新建公园3个并绿化河岸"], "2032年,全镇将新建公园3个")
    assert not glued_copy("学校。2032年,全镇将新建公园3个", 3, ["2032年,全镇将新建公园3个"], "2032年,全镇将新建公园3个")  # after 。
    assert not glued_copy("其中乙镇2032年,全镇将新建公园3个", 4, [], "2032年,全镇将新建公园3个")  # the first mention
    first = "2032年,全镇将新建口袋公园3个,改造背街小巷12条,实现镇区绿化覆盖率达到45%"
    page = ("丙镇2032年工作要点\n丙镇2032年工作要点" + first + "。\n"
            "到期末,全镇公园达到20个(其中东片丙镇2032年工作要点" + first[:30] + "\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert quotes == [first]


def test_notice_variants_mark_a_shared_page():
    # (goalB27) other wordings of a doc-sharing site's notice
    from extract.rules.page_chunks import shared_page
    assert shared_page(["《某镇工作要点》由会员上传分享,免费在线阅读,更多相关内容在某文库"])
    assert shared_page(["本文档由用户分享"])
    assert not shared_page(["欢迎分享本文", "阅读全文"])
