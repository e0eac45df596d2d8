"""A task table flattened into one run of glued cells (``rules.unit_flat``, ninth round), on made-up texts."""

from extract.rules.unit_flat import flat_rows, glued_unit_at, row_tail
from rules_kit import units


def _rows(text):
    return [(h.task, h.lead, h.responsible, text[h.start:h.end]) for h in flat_rows(text)]


GLUED = ("2023年惠民项目任务分解表序号项目名称主要内容分管领导牵头单位配合单位1修缮甲馆完成甲馆外墙修缮,"
         "新增展位30个。李明远文旅局甲新园(乙镇)各街道丙投资公司2扩建乙园扩建乙园绿地2公顷。王芳园林局东湖街道"
         "西湖街道\n2、北坡街道3增设路灯新增路灯200盏。")


def test_glued_rows_are_cut_by_their_leader_and_units():
    rows = _rows(GLUED)
    assert [r[:3] for r in rows] == [
        ("修缮甲馆完成甲馆外墙修缮", ["文旅局"], ["甲新园(乙镇)", "各街道", "丙投资公司"]),
        ("扩建乙园扩建乙园绿地2公顷", ["园林局"], ["东湖街道", "西湖街道", "北坡街道"]),
    ]  # the third row names no units: no record
    assert rows[0][3].startswith("修缮甲馆") and rows[0][3].endswith("丙投资公司")
    assert rows[1][3].endswith("西湖街道\n2、北坡街道")  # the page's number inside the quote, as in the source


def test_glued_rows_through_the_pipeline():
    assert [u[1:] for u in units(GLUED)] == [
        (["文旅局"], ["甲新园(乙镇)", "各街道", "丙投资公司"]), (["园林局"], ["东湖街道", "西湖街道", "北坡街道"])]


def test_a_two_character_name_glued_to_its_unit():
    c = "赵红民政局甲街道"
    assert [c[a:b] for _, a, b in row_tail(c, 0)] == ["赵红", "民政局", "甲街道"]
    c = "钱立军教育局甲街道"
    assert [c[a:b] for _, a, b in row_tail(c, 0)] == ["钱立军", "教育局", "甲街道"]


def test_a_glued_unit_is_the_shortest_name_that_ends_like_an_organisation():
    assert glued_unit_at("甲州市教育局乙街道", 0) == 6
    assert glued_unit_at("甲新园(乙镇)各街道", 0) == 7  # its bracket kept
    assert glued_unit_at("提升改造8家社区", 0) is None  # a task's verb, a number
    assert glued_unit_at("甲街道 乙街道", 0) == 3


def test_people_columns_close_each_unit_column():
    text = ("项目内容 工作标准 主管 市领导 牵头部门 承办部门 部门 责任人 部门 责任人 一、民生保障 7 为甲区500户"
            "家庭发放补贴 每户每年补贴300元 孙立 丙州市民政局 周海 丙州市财政局 吴刚 修缮乙校校舍 年内完成修缮 孙立 "
            "丙州市教育局 郑平 丙州市住建局 冯军")
    # (normalising drops the blanks between Chinese characters: the reader takes them back from the source)
    assert units(text) == [("为甲区500户家庭发放补贴", ["丙州市民政局"], ["丙州市财政局"]),
                           ("修缮乙校校舍", ["丙州市教育局"], ["丙州市住建局"])]
    rows = _rows(text)
    assert rows and rows[0][3].startswith("为甲区500户")  # the category and the serial number are no part of it


def test_no_leader_column_no_rows():
    # a header with no leader's column right before its lead column is left to the other readers
    text = "序号项目名称主要内容牵头单位配合单位1修缮甲馆完成甲馆外墙修缮。李明远文旅局各街道"
    assert flat_rows(text) == []


def test_a_name_in_running_text_is_no_tail():
    text = "分管领导牵头单位配合单位1新建甲馆新建纪念馆一座,王明远纪念馆扩建完成。"
    assert flat_rows(text) == []


def test_clean_skips_stretches_without_a_dropped_blank_as_the_slow_path_reads_them() -> None:
    # the fast path (no line break, no dropped blank in the stretch) gives what the character loop gives
    from extract.normalise import canonical_mapped
    from extract.rules.unit_flat import _clean, dropped_blank

    original = "序号 任务 责任单位\n1 新建甲校\t丙县教育局\n2 改造乙园 丁镇政府\n"
    mapped = canonical_mapped(original)
    blanks = dropped_blank(original, mapped.starts, mapped.ends)
    plain = lambda i: blanks(i)  # noqa: E731  (a callable without ``positions``: always the loop)
    text = mapped.text
    for a in range(len(text)):
        for b in range(a, min(len(text), a + 12) + 1):
            assert _clean(text, a, b, blanks) == _clean(text, a, b, plain)
    assert blanks.positions == sorted(blanks.positions)


def test_one_character_line_is_no_unit_cell():  # (r25 unitB25) ``组\n长:`` broken over a line
    from extract.rules.unit_rows import bare_unit_rows
    text = ("项目名称\n主要内容\n责任单位\n县里成立活动筹备领导小组,负责筹备协调工作。\n组\n长:张某\n"
            "文化惠民演出\n全年开展送戏下乡演出五十场。\n县文旅局\n")
    rows = bare_unit_rows(text)
    assert [h.lead for h in rows] == [["县文旅局"]]
