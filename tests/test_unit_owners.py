"""(r25 unitB25) Owner lines that divide a list by unit own their items even when no item names a unit (U8). Made-up texts."""

from rules_kit import units

from extract.rules.unit_owners import divides_by_unit

PAGE = ("二、任务分工\n县图书馆\n1.开展亲子共读活动,全年举办读书沙龙不少于二十场次,覆盖城乡各类家庭。\n"
        "2.更新馆藏少儿图书,新增绘本和科普读物三千册,方便少年儿童借阅。\n县文化馆\n"
        "1.组织乡村文艺骨干培训,邀请省市专家授课,提升基层文艺队伍水平。\n三、工作要求\n各单位要按时报送进展情况。\n")


def test_division_needs_two_owners_and_no_papers():
    assert divides_by_unit([(1, ["甲馆"]), (4, ["乙馆"])], ["1.开展亲子共读活动。", "1.组织文艺培训。"])
    assert not divides_by_unit([(1, ["甲馆"])], ["1.开展亲子共读活动。"])
    assert not divides_by_unit([(1, ["甲局"]), (4, ["乙局"])], ["1.关于做好汛期安全工作的通知,请遵照执行。", "1.组织培训。"])


def test_divided_owner_lines_own_their_items():
    rows = units(PAGE)
    assert [l for _, l, _ in rows] == [["县图书馆"], ["县图书馆"], ["县文化馆"]]
    assert rows[0][0].startswith("开展亲子共读活动")


def test_one_owner_line_over_plain_items_owns_nothing():
    one = PAGE.split("县文化馆")[0] + "三、工作要求\n各单位要按时报送进展情况。\n"
    assert units(one) == []


def test_task_list_title_between_owner_and_items():
    from extract.rules.unit_owners import task_list_title
    assert task_list_title("2031年安全生产目标责任书(3项)")
    assert task_list_title("年度任务清单")
    assert not task_list_title("关于做好防汛工作的通知")
    text = ("目标责任书展示\n县水利局\n2031年水利建设目标责任书(2项)\n1、汛前完成病险水库除险加固12座。\n"
            "2、新建农村饮水安全工程30处,受益人口达到5万人。\n")
    assert [(t, l) for t, l, _ in units(text)] == [("汛前完成病险水库除险加固12座", ["县水利局"]),
                                                  ("新建农村饮水安全工程30处,受益人口达到5万人", ["县水利局"])]


def test_schedule_lines_own_their_plain_paragraphs():  # (r25 unitB25) ``甲局(7月8日)`` over what it does that day
    text = ("二、活动安排\n县文旅局(4月21日)\n在城区广场举办全民阅读启动仪式,发布年度阅读书目。\n"
            "县教育局(4月22日)\n组织中小学生开展经典诵读比赛,评选优秀作品。\n三、工作要求\n各单位要精心组织。\n")
    assert [(t, l) for t, l, _ in units(text)] == [("在城区广场举办全民阅读启动仪式,发布年度阅读书目", ["县文旅局"]),
                                                  ("组织中小学生开展经典诵读比赛,评选优秀作品", ["县教育局"])]
    one = "二、活动安排\n县文旅局(4月21日)\n在城区广场举办全民阅读启动仪式,发布年度阅读书目。\n三、工作要求\n各单位要精心组织。\n"
    assert units(one) == []  # one line alone divides nothing


# (unitB27) names on lines of their own, each over one paragraph of running text (U8: plain paragraphs are items too)
def test_paired_owner_lines_over_report_paragraphs():
    from rules_kit import units

    text = ("二、工作进展\n县市场监管局\n开展校园周边餐饮单位食品安全检查,共检查28户次。\n县城管执法局\n"
            "加大占道经营整治力度,清理流动摊点12处。\n")
    rows = units(text)
    assert ("开展校园周边餐饮单位食品安全检查,共检查28户次", ["县市场监管局"], []) in rows
    assert ("加大占道经营整治力度,清理流动摊点12处", ["县城管执法局"], []) in rows


def test_lone_name_over_a_paragraph_owns_nothing():
    from rules_kit import units

    assert units("县城管执法局\n加大占道经营整治力度,清理流动摊点12处。\n") == []
    assert units("某县教育局\n2031年5月8日\n") == []
