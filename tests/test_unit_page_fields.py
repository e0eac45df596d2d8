"""Role fields of a page's publication block (unit_page_fields): made-up pages only."""

from extract.rules.unit_page_fields import publication_block_label
from rules_kit import units

_PAGE = ("某县甲局关于某号建议答复的函\n\n"
         "发布日期:2031-07-31 16:18 访问次数:\n\n"
         "主办单位:某县甲局\n\n"
         "张三代表:\n\n"
         "你提出的建议收悉,现答复如下。\n")


def _span(text, needle):
    a = text.index(needle)
    return a, a + len(needle)


def test_host_label_below_publication_fields_is_furniture():
    assert publication_block_label(_PAGE, *_span(_PAGE, "主办单位:某县甲局"))


def test_traditional_label_above_an_index_number_is_furniture():
    page = "當前位置: 首頁\n主辦單位:某縣甲局\n索引號:0012/2031-1\n某縣甲局關於某事的函\n"
    assert publication_block_label(page, *_span(page, "主辦單位:某縣甲局"))


def test_closing_host_labels_of_a_notice_stay():
    page = ("关于举办某区书法比赛的通知\n\n请于5月10日前报名。\n\n主办单位:某区甲局\n\n承办单位:某区乙馆\n\n"
            "比赛时间:2031年6月1日\n")
    assert not publication_block_label(page, *_span(page, "主办单位:某区甲局"))


def test_task_label_after_a_task_stays():
    page = "1.新建甲园公厕3座。\n责任单位:某县乙局\n2.改造乙园道路。\n"
    assert not publication_block_label(page, *_span(page, "新建甲园公厕3座。\n责任单位:某县乙局"))


def test_no_unit_row_from_the_publication_block():
    assert all("某县甲局" not in lead for _, lead, _ in units(_PAGE))
