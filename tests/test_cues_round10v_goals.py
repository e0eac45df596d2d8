"""Goal cues of the tenth round's variants pass: forms of date classes the rules already read, as other writers of
the genre word them (each on a small made-up text, no sentence of a real document)."""

from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def news(sentence):
    return "某区教育简讯\n\n发布日期:2030-12-20\n\n" + sentence + "\n"


def test_a_school_year_after_its_preposition_dates_a_goal():
    # the school year a thing is set for, after 在/到/至/于 (as ``在2031学年前``, ``由2031至32学年起`` are read)
    for s, year in (("在2031/32学年,当局会增设10所学校", 2031), ("到2031学年,全区中小学将全部配备心理教师", 2031),
                    ("教育局又会在2031至32学年有多5所小学推行小班教学", 2031),
                    ("當局會在2031/32學年開辦3所新校", 2031)):
        assert goals(news(s + "。")) == [(s, year)]
    # not the end of a span of school years that only names a period, nor a school year since which things happened
    assert goals(news("2029至2031学年的统计数字由甲署整理。")) == []
    assert goals(news("在2031学年以来,全区共有5所学校参与。")) == []


def test_a_year_or_term_from_which_a_thing_is_done_dates_a_goal():
    # 由/从/自 a year (or its term), 起/开始, then a comma (as ``2031年起推行…`` and ``由2031至32学年起`` are read)
    for s in ("由2031年起,各区每年新增午餐补贴500万元", "从2031年开始,本市每年培训教师2000名",
              "2031年秋季学期开始,全市中小学实行课后服务", "自2031年春季起,甲县每校配备校医1名"):
        assert goals(news(s + "。")) == [(s, 2031)]
    # a year before the page's own: what it dates has happened; a period that dates a report is no deadline
    assert goals(news("从2028年开始,本市每年培训教师2000名。")) == []
    assert goals(news("本报告数据自2031年起至2031年12月31日止。")) == []


def test_the_end_of_a_year_demanded_or_within_a_year_dates_a_goal():
    # as ``要求2031年6月底前完成`` and ``2031年年底前`` are read: the end of a year a sentence demands with no 前, a
    # latest year, a year's 年内
    for s in ("该工程须在2031年底完工", "乙校新校舍最迟2031年交付", "2031年内,全市新改扩建学校15所",
              "甲园扩建工程2031年年内完工", "确保在2031年秋季开学前投入使用", "务求不迟于2031年完成全部改造"):
        assert goals(news(s + "。")) == [(s, 2031)], s
    # a year dated before the page's own stays past; a notice's step to the day is no goal
    assert goals(news("2028年内,全市新改扩建学校15所。")) == []
    assert goals(news("要求2031年1月5日报送名单。")) == []


def test_a_goal_section_sentence_takes_the_year_its_demand_ends():
    text = ("某州义务教育均衡方案\n\n发布日期:2030-03-01\n\n一、工作目标\n\n"
            "逐步完善保障机制,缩小城乡差距,确保2033年底全州各县实现优质均衡。\n")
    assert goals(text) == [("逐步完善保障机制,缩小城乡差距,确保2033年底全州各县实现优质均衡", 2033)]


def test_other_words_of_expecting_and_scheduling_date_a_goal():
    # as ``预计在2031年建成`` and ``可望于2031年9月完工`` are read: 预料, 预定, 会 (will), the year before 有望/可望
    for s, year in (("2031年有望建成中小学4所", 2031), ("丙校2031年底可望落成启用", 2031),
                    ("新校舍預料在2031年完工", 2031), ("政府將會在2031年推出新一輪資助計劃", 2031),
                    ("當局會於2031年增設6間幼稚園", 2031), ("本府預定119年8月開辦非營利幼兒園", 2030),
                    ("丁校改建工程預定於民國119年完工", 2030)):
        assert goals(news(s + "。")) == [(s, year)], s
    # a meeting held in a year is no will (大会, 研讨会); a year before the page's own stays past
    assert goals(news("研讨会在2031年3月于甲市举行。")) == []
    assert goals(news("2028年有望建成中小学4所。")) == []


def test_the_time_a_commitment_takes_with_its_span_in_brackets_dates_a_goal():
    # as ``未来五年(2031-2035年)`` and ``三年内(2031—2033年)`` are read: 用/通过 N年(左右的)时间 and the span
    for s, year in (("甲县计划用3年时间(2031-2033年)完成全部薄弱学校改造", 2033),
                    ("力争通过两年左右的时间(2031—2032年),基本化解超大班额", 2032)):
        assert goals(news(s + "。")) == [(s, year)], s
    # a span of the past (before the page's own year) stays none
    assert goals(news("该调查用3年时间(2027-2029年)收集了数据。")) == []


def test_other_names_of_the_goal_section():
    # as ``二、发展目标`` and ``(一)工作目标`` are read: other writers' names of the goals; every sentence below is a goal
    # (``二、預期成效`` left out: O1d, seventeenth round, names expected results, no goal heading; tests/test_rulebook_goals.py)
    for head in ("二、建设目标", "(一)任务目标", "三、目标与任务", "一、近期目标", "二、阶段性目标"):
        text = ("某县学校建设实施方案\n\n一、背景\n\n本县学校布局有待优化。\n\n" + head + "\n\n"
                "新建中小学3所,新增学位4000个。\n\n全县中小学全面消除大班额现象。\n\n四、保障措施\n\n加强组织领导。\n")
        got = [q for q, _ in goals(text)]
        assert got == ["新建中小学3所,新增学位4000个", "全县中小学全面消除大班额现象"], head
    # a table's title names no goal section
    text = ("某县方案\n\n三、近期目标任务分解表\n\n全县中小学全面消除大班额现象。\n")
    assert goals(text) == []


def test_a_total_the_year_reached_is_no_goal():
    # as ``超额完成`` and ``已`` are read: a year's total reached (累计, 先后) opens no year_deed goal
    for s in ("2030年全区累计新增学位3000个", "2030年甲区先后新建幼儿园5所", "2030年,該區累計增設幼稚園5間"):
        assert goals(news(s + "。")) == [], s
    # a cumulative total under a deadline is what is to be reached; a plan's 共 is its total
    assert goals(news("到2031年,全区累计新增学位3000个。")) == [("到2031年,全区累计新增学位3000个", 2031)]
    assert goals(news("2031年甲市共实施8个改造工程,计划新增学位900个。")) == \
        [("2031年甲市共实施8个改造工程,计划新增学位900个", 2031)]


def test_this_or_next_year_with_its_year_in_brackets_dates_a_goal():
    # as ``今年,某局将实施…`` in a dated sentence is read: 今年/明年 with the year in brackets
    for s, year in (("据悉,该区今年(2031年)计划新建学校3所", 2031), ("明年(2032年)全县拟新建学校2所", 2032),
                    ("2031年是关键之年,明年(2032年)全县将新增托位800个", 2032)):
        assert goals(news(s + "。")) == [(s, year)], s
    # 明年 with no year in brackets dates nothing by itself (O3)
    assert goals(news("明年全县计划新建学校2所。")) == []


def test_a_vision_or_expected_results_label_leads_goals():
    # as ``总体目标:全面建成…`` is read: 愿景/願景 and 预期成效/預期效益 and a colon lead the goals of their paragraph
    # (预期成效/預期效益 no longer: O1d, seventeenth round's third adjudication, reads them as no goal heading)
    for label in ("願景", "发展愿景"):
        text = news(label + ":全市每所学校配置专职心理教师,学生心理健康服务全面覆盖。")
        assert goals(text) == [("全市每所学校配置专职心理教师,学生心理健康服务全面覆盖", None)], label
    # a label in a sentence's middle leads nothing
    assert goals(news("本校的发展愿景:建设一流学校,正在讨论中。")) == []
