"""Cues of extract.rules.scrape_tolerance on made-up text: the same content with and without a scraping defect gives
the same records."""

from extract.data import Document
from extract.normalise import normalise
from extract.rules import RulesExtractor
from extract.prepared import prepare
from extract.rules.scrape_tolerance import at_wrap_width, contact_footer_line, contact_line_starts, page_wrap_widths
from extract.rules.wrapped_lines import print_width


def _records(text: str):
    doc = Document(doc_id="made-up", path="made-up", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    out = []
    for r in RulesExtractor().extract(prepare(doc)):
        if r.type == "numeric_target":
            out.append((r.type, r.value, r.unit, r.comparator, r.target_year))
        elif r.type == "unit_assignment":
            out.append((r.type, tuple(r.lead_units), tuple(r.responsible_units)))
        else:
            out.append((r.type, r.text.replace("\n", "")))
    return sorted(out)


# -- a site's contact block ---------------------------------------------------------------------------------------

def test_contact_line():
    assert contact_footer_line("地址:某区某路1号 电话:0000-1234567")
    assert contact_footer_line("联系地址:某镇某路6号 邮编:000000")
    assert contact_footer_line("联系电话:0000-1234567 传真:0000-1234568")


def test_contact_line_near_misses():
    assert not contact_footer_line("地址:某区某路1号")  # one field alone
    assert not contact_footer_line("联系电话:0000-1234567")
    assert not contact_footer_line("报名地址为某校,咨询电话0000-1234567。")  # a sentence, no labels
    assert not contact_footer_line("到2031年新建甲园3所,地址:某路,电话:另行通知")  # opens with no contact field


def test_contact_block_takes_host_labels_beside_it():
    text = "正文。\n主办:某镇人民政府\n地址:某镇某路6号 邮编:000000\n承办:某中心"
    starts = contact_line_starts(text)
    assert {text.index("主办"), text.index("地址"), text.index("承办")} == starts
    assert not contact_line_starts("主办:某镇人民政府\n承办:某中心")  # no contact line: left to the other tests


BODY = "某区教育事业发展规划\n一、主要目标\n到2031年,某区新建学校5所,义务教育巩固率达到99%以上。\n二、保障措施\n加快推进甲园建设。"


def test_contact_footer_gives_no_record():
    footer = "\n地址:某区某路1号 电话:0000-1234567"
    assert "地址" not in normalise(BODY + footer).text
    assert _records(BODY + footer) == _records(BODY)


# -- the page's wrap width -----------------------------------------------------------------------------------------

def _wrap_at(para: str, cells: int) -> list[str]:
    lines, cur = [], ""
    for ch in para:
        if print_width(cur + ch) > cells:
            lines.append(cur)
            cur = ""
        cur += ch
    return lines + [cur]


PARAS = ["某区将持续深化教育领域综合改革,全面落实立德树人根本任务,加快建设高质量教育体系,办好人民满意的教育,推动各级各类教育协调发展。",
         "学前教育仍是薄弱环节,还存在普惠性资源不充足等问题。",
         "坚持以人民为中心,统筹推进城乡义务教育一体化发展,不断扩大优质教育资源覆盖面,让每个孩子都能享有公平而有质量的教育。",
         "到2031年,全区新建改扩建中小学校8所,新增学位9000个。"]


def test_page_wrap_widths():
    from extract.rules.wrapped_lines import MIN_WRAP, _closed_end, _LineWidths

    lines = [ln for p in PARAS for ln in _wrap_at(p, 48)]
    widths = _LineWidths(lines)
    page = page_wrap_widths(lines, widths, _closed_end, MIN_WRAP)
    assert page and all(abs(w - 48) <= 4 for w in page)
    assert at_wrap_width(47, page) and not at_wrap_width(30, page)
    one_line_paras = PARAS[:]  # a paragraph a line: every line closed, no wrap width
    assert page_wrap_widths(one_line_paras, _LineWidths(one_line_paras), _closed_end, MIN_WRAP) == []


def test_two_line_paragraph_between_headings_joined():
    heads = ["一、指导思想", "二、现状", "三、基本原则", "四、主要目标"]
    plain = "某区教育发展规划\n" + "\n".join(f"{h}\n{p}" for h, p in zip(heads, PARAS)) + "\n"
    wrapped = "某区教育发展规划\n" + "\n".join(h + "\n" + "\n".join(_wrap_at(p, 48)) for h, p in zip(heads, PARAS)) + "\n"
    assert "\n".join(_wrap_at(PARAS[1], 48)).count("\n") == 1  # the two-line paragraph
    assert normalise(wrapped).text == normalise(plain).text
    assert _records(wrapped) == _records(plain)


def test_entity_blank_is_a_blank():  # (r25 unitB25) ``&nbsp;`` left undecoded
    from extract.normalise import normalise
    from extract.rules.scrape_tolerance import ENTITY_BLANK, has_entity_blank
    assert ENTITY_BLANK.sub(" ", "&nbsp;&nbsp;甲&emsp;乙&bsp;丙") == "  甲 乙 丙"
    assert not has_entity_blank("甲&amp;乙")
    assert normalise("&bsp;一、活动时间\n&amp;nbsp;二、活动内容").mapped.text == "一、活动时间\n二、活动内容"  # (escaped twice)
    n = normalise("通知\n&nbsp;&nbsp;一、工作安排\n&nbsp;(一)某县林业局(3月12日)\n")
    assert "&" not in n.text and "\n(一)某县林业局(3月12日)" in n.text


def test_entity_indented_unit_heading_owns_its_items():
    from rules_kit import units
    text = ("植树周活动安排\n&nbsp;一、活动安排\n&nbsp;(一)某县林业局(3月12日)\n&nbsp;&nbsp;1.组织义务植树活动。\n"
            "&nbsp;&nbsp;2.开展林业科普宣传。\n&nbsp;(二)某县团委(3月13日)\n&nbsp;&nbsp;1.组织青年志愿者护绿。\n")
    assert [(t, l) for t, l, _ in units(text)] == [("组织义务植树活动", ["某县林业局"]), ("开展林业科普宣传", ["某县林业局"]),
                                                  ("组织青年志愿者护绿", ["某县团委"])]


def test_markdown_bold_around_a_label_is_no_text():  # (r25 unitB25)
    from extract.rules.scrape_tolerance import markdown_bold_edits
    assert markdown_bold_edits("2. **财务科**:负责经费核拨") == [(3, 5, ""), (8, 10, "")]
    assert markdown_bold_edits("***晚报社(晨刊、***微博)") == []  # a masked place
    assert markdown_bold_edits("承办单位:**镇文化站 **镇妇联") == []
    assert markdown_bold_edits("**资料室:**负责") == [(0, 2, ""), (6, 8, "")]  # the colon inside the bold
    from rules_kit import units
    text = ("学校安全工作职责\n各部门职责如下:\n1. **财务科**:负责安全经费的预算和核拨,保障安全设施投入。\n"
            "2. **保卫处**:负责校园巡逻和门卫管理,维护校园秩序。\n")
    assert [l for _, l, _ in units(text)] == [["财务科"], ["保卫处"]]
