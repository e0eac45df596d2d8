"""(unitB26) Ranked sub-columns of a two-row header take their umbrella's place. Made-up tables."""

from rules_kit import units

from extract.rules.table_sub_columns import with_sub_columns


def test_sub_columns_replace_their_umbrella():
    cols = ["公开事项", "公开内容", "公开主体", "公开方式", "一级事项", "二级事项"]
    assert with_sub_columns(cols) == ["一级事项", "二级事项", "公开内容", "公开主体", "公开方式"]
    assert with_sub_columns(["项目", "内容", "牵头单位", "一级指标"]) == ["项目", "内容", "牵头单位", "一级指标"]  # no run, no umbrella


def test_catalogue_rows_line_up_under_the_sub_columns():
    text = ("某县文旅局主动公开目录\n"
            "序号 | 公开事项 | 公开内容 | 公开依据 | 公开主体 | 公开方式 |\n"
            "一级事项 | 二级事项 | 三级事项 |\n"
            "1 | 机构信息 | 机构概况 | 领导分工 | ●局领导姓名及分工 | 《某条例》 | 某县文旅局 | 门户网页 |\n"
            "2 | 政策文件 | 规范性文件 | 现行文件 | ●现行有效文件目录 | 《某条例》 | 某县文旅局 | 门户网页 |\n")
    assert [lead for _, lead, _ in units(text)] == [["某县文旅局"], ["某县文旅局"]]
