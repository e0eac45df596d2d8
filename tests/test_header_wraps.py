from extract.header_wraps import continues_header_cell
from extract.tables import _header_columns


def test_wrapped_header_halves_join():
    assert continues_header_cell("建设起", "止年限")
    assert continues_header_cell("资金", "来源")
    assert continues_header_cell("市级牵头", "责任单位")
    assert continues_header_cell("2031年度", "计划")


def test_whole_columns_stay_apart():
    assert not continues_header_cell("牵头单位", "责任单位")
    assert not continues_header_cell("资金", "备注")
    assert not continues_header_cell("总投资", "来源单位")
    assert not continues_header_cell("序号", "止年限")
    assert not continues_header_cell("项目名称", "计划")


def test_header_columns_of_a_wrapped_header():
    cols, _ = _header_columns(["序号", "项目名称", "建设起", "止年限", "总投资", "(万元)", "2031年度", "计划",
                               "资金", "来源", "责任单位"])
    assert cols == ["序号", "项目名称", "建设起止年限", "总投资(万元)", "2031年度计划", "资金来源", "责任单位"]
    cols, _ = _header_columns(["序号", "项目内容", "目标任务", "市级牵头", "责任单位", "备注"])
    assert cols == ["序号", "项目内容", "目标任务", "市级牵头责任单位", "备注"]


def test_wrapped_title_cell():
    from extract.header_wraps import wrapped_title_cell
    assert wrapped_title_cell(["城市用气", "提升工程", "对甲小区等28个小区进行改造", "2031.01-2031.12"], 3)
    assert not wrapped_title_cell(["城市用气", "提升工程", "对甲小区等28个小区进行改造"], 3)
    assert not wrapped_title_cell(["甲工程", "新建3所", "对甲小区等28个小区进行改造", "2031"], 3)
    assert not wrapped_title_cell(["城市用气", "提升工程", "甲局", "乙局"], 3)
