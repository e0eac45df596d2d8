from extract.rules.unit_upright_cells import upright_office_rows

HEAD = "壹、民政业务\n项\n次\n重大计划活动名称\n办\n理\n课\n室\n经费来源\n"


def _rows(t):
    return [(x[2], x[3]) for x in upright_office_rows(t)]


def test_rows_after_upright_header():
    t = HEAD + "1\n成立本区灾害应变\n中心及运作\n民\n政\n课\n□补助款:\n2\n办理山地乡家用\n液化石油气(桶\n装瓦斯)补助业\n务\n民\n政\n课\n预算\n"
    assert _rows(t) == [("成立本区灾害应变中心及运作", ["民政课"]), ("办理山地乡家用液化石油气(桶装瓦斯)补助业务", ["民政课"])]
    a, b, *_ = upright_office_rows(t)[0]
    assert t[a:b] == "成立本区灾害应变\n中心及运作\n民\n政\n课"


def test_closed_last_line_keeps_run_whole():
    t = HEAD + "3\n办理「年度加强\n建设参访活动」\n民\n政\n课\n"
    assert _rows(t) == [("办理「年度加强建设参访活动」", ["民政课"])]


def test_no_header_or_no_office():
    assert _rows("1\n成立本区灾害应变\n中心及运作\n民\n政\n课\n") == []
    assert _rows(HEAD + "1\n成立本区灾害应变\n中心及运作\n民\n政\n府\n") == []
