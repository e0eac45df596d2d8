"""(unitB24) A task table's schedule column (``进度安排``) holds the plan by its times; rows shorter than the header
(their first cells merged with the rows above) are aligned to its last columns where the schedule opens with a time.
Made-up tables."""

from rules_kit import units

from extract.rules.table_schedule_cells import schedule_cell


def test_schedule_cells_open_with_a_time():
    for cell in ("二季度完成设计招标;四季度建成", "3-6月开展排查", "7月底前完成验收", "2031年建成投用", "第三季度启动", "下半年开工"):
        assert schedule_cell(cell), cell
    for cell in ("完成选址", "3.2推进学校建设", "市教育局", "季度考核"):
        assert not schedule_cell(cell), cell


TABLE = ("分项 | 具体项目及实施内容 | 进度安排 | 完成标准 | 牵头单位 | 承办单位 |\n"
         "4.1推进图书馆分馆建设 | 新建社区图书分馆6个。 | 一季度完成选址;三季度建成开放。 | 分馆全部开放。 | 区文化馆 | 区文化馆 | |\n"
         "二季度启动老街风貌整治;四季度完成验收。 | 风貌整治完成。 | 区住建局 | 甲街道 | ||\n"
         "5-8月开展送戏下乡40场。 | 演出全部完成。 | 区文旅局 | 乙镇 | ||\n")


def test_short_rows_under_a_schedule_column_give_their_units():
    rows = units(TABLE)
    assert [(lead, resp) for _, lead, resp in rows][-2:] == [(["区住建局"], ["甲街道"]), (["区文旅局"], ["乙镇"])]


def test_a_short_row_whose_first_cell_is_no_schedule_is_not_aligned():
    text = TABLE.replace("二季度启动老街风貌整治;四季度完成验收。", "老街风貌整治,完成验收。")
    assert (["区住建局"], ["甲街道"]) not in [(lead, resp) for _, lead, resp in units(text)]


def test_a_result_under_a_time_is_no_schedule():
    assert not schedule_cell("11月已开工")
    assert not schedule_cell("截至9月完成80%")
