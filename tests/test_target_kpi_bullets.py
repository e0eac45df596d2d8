"""Made-up policy-address indicator lists for ``extract.rules.target_kpi_bullets``: the dash is no part of a quote,
a count that is the base of a later share and the size of a study are no targets."""

from extract.rules.target_kpi_bullets import counts_base_of_share, dash_bullet_length, sizes_study
from rules_kit import records


def test_dash_bullet_length():
    assert dash_bullet_length("- 每年进行约300次", 0) == 2
    assert dash_bullet_length("甲 - 乙", 1) == 0
    assert dash_bullet_length("-5%", 0) == 0


def test_counts_base_of_share():
    assert counts_base_of_share("处", "易积水路段于 2032 年底前改善至少 70%")
    assert not counts_base_of_share("所", "公办幼儿园建设已完成60%")  # progress on the works counted
    assert not counts_base_of_share("%", "易积水路段于 2032 年底前改善至少 70%")
    assert not counts_base_of_share("个", ",覆盖率达90%")


def test_sizes_study():
    assert sizes_study("- 对北区约 ", "的棕地进行规划研究")
    assert not sizes_study("- 在五年内为政府项目收回约 ", "私人土地")


PAGE = ("施政报告关键绩效指标\n\n"
        "3. 改善市容:\n"
        "- 约 350 处易积水路段于 2032 年底前改善至少 70%。(某局)\n"
        "- 每年进行约 420 次联合巡查行动。(某署)\n"
        "4. 增加土地供应:\n"
        "- 对北区约 160 公顷的棕地进行规划研究,以期2033年完成。\n")


def test_page():
    got = {(r.value, r.unit): r.quote for r in records(PAGE, "numeric_target")}
    assert (70.0, "%") in got and (420.0, "次") in got
    assert (350.0, "处") not in got and (160.0, "公顷") not in got
    assert not got[(420.0, "次")].startswith("-")
