"""unit_duty_tables.pipe_table_bodies: the one walk over pipe tables shared by the unit table readers."""


def test_pipe_table_bodies_walks_each_table_under_its_header():
    from extract.rules.unit_duty_tables import pipe_table_bodies

    text = ("说明一行\n| 部门 | 职责 |\n| 办公室 | 负责文稿 |\n| 财务科 | 负责经费 |\n中间一行\n"
            "| 项目 | 备注 |\n| 部门 | 职责 |\n| 人事科 | 负责招聘 |\n")
    header = lambda line: 0 if "职责" in line else None  # noqa: E731
    rows = [(text[at:].split("\n", 1)[0], col, [t for _, t in cells]) for at, col, cells in pipe_table_bodies(text, header)]
    assert rows == [("| 办公室 | 负责文稿 |", 0, ["办公室", "负责文稿"]),
                    ("| 财务科 | 负责经费 |", 0, ["财务科", "负责经费"]),
                    ("| 人事科 | 负责招聘 |", 0, ["人事科", "负责招聘"])]
