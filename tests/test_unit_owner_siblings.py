"""(vfpA28) An organisation's name that is itself an item of the list below it (``②某中心`` over ``③…``) owns no
items: the owner of a list stands unmarked or a rank above it. Made-up texts only."""

from rules_kit import units

from extract.rules.unit_owners import owner_line, sibling_item

PAGE = ("{m1}今天是\n  {m2}用户服务中心\n  {m3}简体版\n  {m4}读屏模式\n  {m5}移动客户端\n"
        "西湾区2032年文化惠民活动安排\n区文化馆\n1.举办广场文艺演出24场。\n2.开设公益艺术培训班10期。\n"
        "区图书馆\n1.开展阅读推广活动12场。\n2.新建城市书房3处。\n")
ROWS = [("举办广场文艺演出24场", ["区文化馆"], []), ("开设公益艺术培训班10期", ["区文化馆"], []),
        ("开展阅读推广活动12场", ["区图书馆"], []), ("新建城市书房3处", ["区图书馆"], [])]


def test_sibling_item():
    assert sibling_item("②用户服务中心", "③简体版")
    assert sibling_item("• 用户服务中心", "• 简体版")
    assert not sibling_item("(一)区图书馆", "1.开展阅读推广活动")
    assert not sibling_item("区图书馆", "1.开展阅读推广活动")


def test_owner_line_over_its_own_list_only():
    assert owner_line("区图书馆", "1.开展阅读推广活动12场") == ["区图书馆"]
    assert owner_line("②区图书馆", "③开展阅读推广活动12场") is None


def test_a_menu_in_any_list_style_gives_no_rows():
    """The site's menu over a page whose units divide their tasks: only the units' items are rows."""
    for marks in (["①", "②", "③", "④", "⑤"], ["• "] * 5):
        text = PAGE.format(**{f"m{i + 1}": m for i, m in enumerate(marks)})
        assert units(text) == ROWS, marks
