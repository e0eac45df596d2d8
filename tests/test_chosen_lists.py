"""chosen_lists: the count of a list a sentence reports chosen (N12a, O3b); made-up texts."""

from rules_kit import records

from extract.rules.chosen_lists import counts_chosen_list


def test_chosen_list_counts():
    assert counts_chosen_list("经评审,遴选确定了2041年社区工程项目", "个")
    assert counts_chosen_list("会议票决出", "项")
    # the make-up in brackets right after the count
    assert counts_chosen_list("遴选确定了2041年社区工程项目14个(文化站", "个")


def test_near_misses():
    assert not counts_chosen_list("某县将遴选出", "个")  # a choice still ahead
    assert not counts_chosen_list("拟确定了", "项")  # a plan word before the verb
    assert not counts_chosen_list("评选出", "名")  # people, no items
    assert not counts_chosen_list("确定了实事项目。第一项 新建公园 包括改造道路", "个")  # a page run on past blanks
    assert not counts_chosen_list("今年新建", "个")  # no choice reported


def test_pipeline_drops_the_chosen_list_keeps_its_money():
    text = "某市2041年养老工程\n经各县申报,市局遴选确定了2041年养老工程项目14个(社区食堂9个、服务站5个),总投资3000万元。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (14.0, "个") not in got and (9.0, "个") not in got and (5.0, "个") not in got
    assert (3000.0, "万元") in got


def test_bare_queding_names_the_list():
    # (tgtA31, N12a) ``确定…重点项目13项``: a bare 确定 whose object is the list
    from extract.rules.chosen_lists import names_list_chosen
    assert counts_chosen_list("2041年确定全县重点项目", "项")
    assert names_list_chosen("确定今年")
    assert not names_list_chosen("确定实施项目")  # the work's verb
    assert not names_list_chosen("拟确定全县重点项目")  # ahead
    assert not counts_chosen_list("2041年确定全县重点项目", "万元")  # no count of items
