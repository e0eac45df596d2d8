"""(goalA35) O3: a fiscal year written without 年 (``goal_fiscal_years``)."""

from extract.rules.goal_fiscal_years import fiscal_year_nian


def test_fiscal_year_nian():
    assert fiscal_year_nian("讓新措施可於2031財政年度初落實") == "讓新措施可於2031年財政年度初落實"
    assert fiscal_year_nian("2031财年拨款5亿元") == "2031年财年拨款5亿元"
    assert fiscal_year_nian("2031年财政年度") == "2031年财政年度"  # already written
    assert fiscal_year_nian("2030/2031财政年度") == "2030/2031财政年度"  # a span's second year is left alone
    assert fiscal_year_nian("新建书屋2031个") == "新建书屋2031个"


def test_fiscal_year_goal():
    from extract.rules.goals import find_goals
    assert [g.year for g in find_goals("政府表示,让新措施可于2031财政年度初落实。", 0, False)] == [2031]
