"""(tgtA25) G2a: a short bullet line that states a figure is body text, not a navigation link."""

from extract.normalise import is_boilerplate
from extract.rules.bullet_figures import states_figure


def test_figures_kept():
    assert states_figure("●财政收入增长7%左右")
    assert states_figure("■ 棉花产量80万吨以上")
    assert states_figure("●建成驿站12个。")
    assert not is_boilerplate("●财政收入增长7%左右")


def test_links_dropped():
    assert not states_figure("• 2031-05-06")
    assert not states_figure("• 阅读:3521")
    assert is_boilerplate("● 专题专栏")
    assert is_boilerplate("• 2031-05-06")
