"""(unitB26) A role label line among a site's footer lines is the website's, no row of the text above it. Made-up pages."""

from rules_kit import units

from extract.rules.unit_host_labels import among_site_lines

_FOOTER_PAGE = ("今年全县新建村级文化站30个,覆盖所有行政村。\n\n"
                "网站首页 | 联系我们 Copyright 2031 某某资讯网 版权所有\n"
                "协办单位:某市文化局、某市教育局\n"
                "某ICP备12345678号 技术支持:某网络公司\n")


def test_a_label_line_in_the_sites_footer_gives_no_row():
    assert units(_FOOTER_PAGE) == []
    i = _FOOTER_PAGE.find("协办")
    assert among_site_lines(_FOOTER_PAGE, i, _FOOTER_PAGE.find("\n", i))


def test_a_notices_label_beside_its_phone_is_kept():
    text = "(二)开展送戏下乡活动。\n牵头单位:某县文旅局\n咨询电话:1234567\n扫一扫在手机打开当前页\n"
    assert [(lead, resp) for _, lead, resp in units(text)] == [(["某县文旅局"], [])]
    i = text.find("牵头")
    assert not among_site_lines(text, i, text.find("\n", i))


# (fixA26) one helper and one word list for both footer tests
def test_near_site_lines_reads_its_window_and_word_list():
    from extract.rules.unit_host_labels import near_site_lines
    lines = ["春季植树活动圆满结束。", "主办:某县林业局", "承办:某县园林站", "", "", "", "", "", "", "咨询电话:7654321"]
    assert not near_site_lines(lines, 1, 3, 6)  # the phone stands seven lines below
    assert near_site_lines(lines, 1, 3, 7)
    assert not near_site_lines(lines, 1, 3, 7, footer_only=True)  # a phone is no footer's line
    lines[4] = "某某网 版权所有 某ICP备87654321号"
    assert near_site_lines(lines, 1, 3, 2, footer_only=True) and near_site_lines(lines, 1, 3, 2)
