"""Genre probes for goals: made-up plans, work plans, school plans, 实施方案 and news of plans in the common forms of the
genre, each read by hand against the goal rules of eval/README.md (O1-O6), run through the whole rules pipeline.

Written from the genre, not from any document of the project (thirty-fourth round): goal sections under every usual
heading (O1, O2), dated commitments in prose (O3, O4), reports of a plan (O3c), and what is no goal (指导思想, 基本原则,
tasks, past results, contents, lists of other pages, titles, phase lines, notice formulas)."""

import pytest

from rules_kit import records

PLAN = "某区教育事业发展规划\n\n"


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


S1 = "学前教育普及普惠水平进一步提高,普惠性幼儿园覆盖率稳步提升"  # a comma: no inline title (O2)
S2 = "义务教育优质均衡发展取得新进展"


@pytest.mark.parametrize("heading", [
    "一、总体目标", "(二)发展目标", "二、主要目标", "三、奋斗目标", "二、目标任务", "一、工作目标", "第二章 发展目标",
    "四、建设目标", "(一)主要目标", "二、發展目標", "貳、計畫目標", "三、行动目标", "二、规划目标", "一、年度目标",
])
def test_goal_headings_make_their_body_goals(heading):
    text = PLAN + heading + "\n" + S1 + "。" + S2 + "。\n三、保障措施\n加强组织领导。\n"
    assert goals(text) == [(S1, None), (S2, None)]


@pytest.mark.parametrize("label", ["工作目标:", "主要目标:", "发展目标:", "总体目标:", "工作目標:", "目标任务:"])
def test_goal_labels_make_their_paragraph_goals(label):
    text = PLAN + label + S1 + "。" + S2 + "。\n"
    assert goals(text) == [(S1, None), (S2, None)]


def test_inline_title_under_goal_section_is_no_goal():
    text = PLAN + "二、目标任务\n(一)总体目标。到2025年,基本建成现代化教育体系。\n(二)具体目标。学前三年毛入园率达到95%。\n"
    assert goals(text) == [("到2025年,基本建成现代化教育体系", 2025), ("学前三年毛入园率达到95%", None)]


def test_dated_goal_sentence_under_goal_heading_takes_its_year():
    text = PLAN + "一、总体目标\n到2025年,基本建成覆盖城乡的公共教育服务体系。\n"
    assert goals(text) == [("到2025年,基本建成覆盖城乡的公共教育服务体系", 2025)]


def test_vision_heading_words_make_goal_section():
    text = PLAN + "二、总体目标\n努力把我区建设成为全省教育强区。\n"
    assert goals(text) == [("努力把我区建设成为全省教育强区", None)]


@pytest.mark.parametrize("sentence, year", [
    ("到2025年,基本建成现代化教育体系。", 2025),
    ("力争到2027年实现县域义务教育优质均衡发展。", 2027),
    ("2026年底前,完成全部老旧校舍改造。", 2026),
    ("至2030年,全市人均体育场地面积达到2.6平方米。", 2030),
    ("2025年前建成智慧学校10所。", 2025),
    ("到2025年,努力把我区建设成为全省教育强区。", 2025),
    ("力争2026年实现全区中小学智慧校园全覆盖。", 2026),
    ("到二〇二五年,全面建成高质量教育体系。", 2025),
])
def test_dated_prose_commitments_are_goals(sentence, year):
    text = PLAN + "三、重点任务\n(一)扩大优质资源。" + sentence + "\n"
    assert goals(text) == [(sentence.rstrip("。"), year)]


def test_news_report_of_a_plan_gives_its_dated_goal():
    s = "近日,市政府印发《教育强市建设行动计划》,提出到2027年全市建成教育强市的目标"
    text = "市政府印发教育强市建设行动计划\n\n本报讯 " + s + "。计划明确,到2027年,全市学前三年毛入园率达到98%。\n"
    assert goals(text) == [("本报讯 " + s, 2027), ("计划明确,到2027年,全市学前三年毛入园率达到98%", 2027)]


def test_school_plan_items_under_goal_heading():
    text = ("某小学2031学年工作计划\n\n一、工作目标\n1.提升教学质量,力争各科合格率达到95%以上。\n2.加强师资队伍建设,打造一支"
            "高素质教师队伍。\n二、主要工作\n(一)加强教学管理。\n")
    assert goals(text) == [("提升教学质量,力争各科合格率达到95%以上", None), ("加强师资队伍建设,打造一支高素质教师队伍", None)]


def test_implementation_plan_goal_paragraph_with_several_sentences():
    text = ("某县校园安全专项整治实施方案\n\n一、指导思想\n坚持安全第一、预防为主。\n二、工作目标\n通过三年努力,全县中小学校园安全状况明显"
            "改善。到2033年,校园安全事故发生率下降50%。建立健全校园安全长效机制。\n三、工作措施\n(一)开展隐患排查。\n")
    assert goals(text) == [("通过三年努力,全县中小学校园安全状况明显改善", None), ("到2033年,校园安全事故发生率下降50%", 2033),
                           ("建立健全校园安全长效机制", None)]


@pytest.mark.parametrize("body", [
    "一、指导思想\n以新时代中国特色社会主义思想为指导,全面贯彻党的教育方针。\n",
    "二、基本原则\n坚持公益普惠。坚持改革创新。\n",
    "三、重点任务\n(一)加强师资队伍建设。实施教师素质提升工程。\n",
    "一、发展基础\n“十三五”期间,义务教育基本均衡已基本实现。\n",
    "一、发展基础\n到2020年底,全区已建成幼儿园50所。\n",
    "一、总体要求\n坚持稳中求进,推动教育高质量发展。\n",
    "预期成效:全区托位达到3000个,群众满意度明显提升。\n",
    "(一)年度目标完成情况\n全区新建学校5所,完成年度目标。\n",
    "一、明确目标任务。各镇要把校舍建设任务落实到村。\n",
    "三、工作措施\n我局将于8月底前完成器材采购,11月前完成安装。\n",
    "三、重点任务\n到“十四五”期末,全区建成智慧书屋40个。\n",
    "四、实施步骤\n1.摸底阶段:2031年3月-2031年4月\n2.建设阶段:2031年5月-2031年10月\n",
    "现就2031年全区托育服务重点工作作出如下安排:\n",
    "三、重点任务\n努力把我区建设成为全省教育强区。\n",
])
def test_non_goals_give_none(body):
    assert goals(PLAN + body) == []


def test_table_of_contents_headings_give_no_goals():
    text = (PLAN + "目录\n一、总体目标\n二、主要任务\n三、保障措施\n\n一、总体目标\n到2025年,基本建成现代化教育体系。\n"
            "二、主要任务\n(一)扩大资源。\n")
    assert goals(text) == [("到2025年,基本建成现代化教育体系", 2025)]


def test_related_article_titles_give_no_goals():
    text = (PLAN + "一、总体目标\n到2025年,基本建成现代化教育体系。\n\n相关文章:\n某区2031年教育工作计划\n"
            "关于到2030年建成教育强区的实施意见\n某区2031年教育工作要点\n")
    assert goals(text) == [("到2025年,基本建成现代化教育体系", 2025)]


@pytest.mark.parametrize("title", ["某区2031年教育工作要点", "关于印发《某区2031年教育工作要点》的通知",
                                   "某县2031年民生实事项目实施方案"])
def test_dated_titles_are_no_goals(title):
    assert goals(title + "\n\n加强组织领导,强化督导考核。\n") == []


def test_yearly_requirement_statement_is_a_goal():
    s = "2031年全县卫生健康工作的总体要求是:坚持预防为主,巩固基层服务网络,确保各项任务落地见效"
    assert goals("某县卫生健康工作要点\n\n" + s + "。\n") == [(s, 2031)]


def test_past_sentence_in_goal_free_report_is_no_goal():
    text = "某区2030年教育工作总结\n\n2030年,全区新建学校5所,各项工作圆满完成。\n"
    assert goals(text) == []


@pytest.mark.parametrize("heading", ["二、目标要求", "二、主要目标和任务", "一、办学目标", "(一)近期目标(2031-2032年)",
                                     "(二)远期目标", "三、三年目标", "一、总目标", "二、預期目標"])
def test_other_goal_heading_words(heading):
    text = PLAN + heading + "\n" + S1 + "。" + S2 + "。\n"
    assert goals(text) == [(S1, None), (S2, None)]


def test_goal_section_with_field_subheadings():
    text = (PLAN + "二、发展目标\n(一)学前教育\n学前三年毛入园率达到95%,普惠率达到85%。\n(二)义务教育\n九年义务教育巩固率达到99%。\n"
            "三、主要任务\n(一)扩大资源供给。全区新建幼儿园5所。\n")
    assert goals(text) == [("学前三年毛入园率达到95%,普惠率达到85%", None), ("九年义务教育巩固率达到99%", None)]


def test_goal_section_with_dash_and_semicolon_items():
    text = PLAN + "二、主要目标\n——学前三年毛入园率达到95%以上;\n——义务教育巩固率达到99%以上;\n——高中阶段毛入学率达到98%。\n"
    assert goals(text) == [("学前三年毛入园率达到95%以上", None), ("义务教育巩固率达到99%以上", None),
                           ("高中阶段毛入学率达到98%", None)]


def test_inline_goal_title_of_an_implementation_plan():
    text = ("某县义务教育优质均衡发展实施方案\n\n一、总体要求\n(一)指导思想。坚持以人民为中心。\n(二)工作目标。到2032年,全县"
            "义务教育优质均衡发展通过国家认定。各乡镇学校办学条件全部达标。\n二、重点任务\n")
    assert goals(text) == [("到2032年,全县义务教育优质均衡发展通过国家认定", 2032), ("各乡镇学校办学条件全部达标", None)]


def test_news_headline_is_no_goal_but_its_body_is():
    text = "到2027年我市将新建学校20所\n\n记者从市教育局获悉,到2027年,我市将新建学校20所。\n"
    assert goals(text) == [("记者从市教育局获悉,到2027年,我市将新建学校20所", 2027)]


@pytest.mark.parametrize("sentence, year", [
    ("根据规划,到2025年,全市将新建学校20所。", 2025),
    ("该项目预计2031年底完工。", 2031),
    ("本府將於115年前增設公共化幼兒園20園。", 2026),
    ("預計2031年完成全部校舍補強工程。", 2031),
    ("2031年,全县计划新增城镇就业3000人。", 2031),
    ("到2035年,全面建成教育强国。", 2035),
])
def test_dated_commitments_in_news_and_notices(sentence, year):
    assert goals("本报讯\n\n" + sentence + "\n") == [(sentence.rstrip("。"), year)]


@pytest.mark.parametrize("sentence", [
    "今年,我们将全面提升教育质量。",
    "力争实现义务教育优质均衡发展。",
    "明年3月底前完成校舍改造。",
    "2030年,全区新建学校5所,超额完成年度任务。",
    "截至2030年底,已建成智慧校园20所。",
])
def test_undated_or_past_sentences_in_news_are_no_goals(sentence):
    assert goals("本报讯\n\n" + sentence + "\n") == []


@pytest.mark.parametrize("sentence, year", [
    ("该校预计2031年9月开学招生。", 2031),
    ("农贸市场计划2031年12月底完成项目建设。", 2031),
    ("2031年计划改造完成老旧小区5个,改造面积不少于10万平方米。", 2031),
    ("工程预计于2031年竣工。", 2031),
    ("新馆将于2031年正式对外开放。", 2031),
    ("该工程預計2031年底完工,屆時可提供學位600個。", 2031),
    ("中央廚房預計115年9月竣工。", 2026),
    pytest.param("教育部宣布115年班班有冷氣。", 2026, marks=pytest.mark.xfail(strict=True, reason=(
        "class: a year before a bare state to be reached (115年班班有冷氣, 2031年班班有空调), no verb of reaching "
        "between: O3 reads the year as the commitment's time; the date cues want a verb (實現, 完成, 達到)"))),
    ("完善提升城市安全信息系统(2031年)。", 2031),  # (probeG40) rules/goal_item_years.py
    ("规划预期2031年行政村通光纤比例达到98%。", 2031),
    ("市政府拟于2031年启动新一轮学前教育行动计划。", 2031),
    ("县里打算2031年底前把全部危房改造完毕。", 2031),
    ("2031年起,全市中小学将全面实行课后服务。", 2031),
    ("新校区力争2031年秋季投入使用。", 2031),
])
def test_dated_commitments_in_news_wordings(sentence, year):
    assert goals("本报讯\n\n" + sentence + "\n") == [(sentence.rstrip("。"), year)]


@pytest.mark.parametrize("sentence", [
    "该工程已于2030年竣工并投入使用。",
    "县里预计明年9月竣工。",
    "该校创办于2001年,现有学生1200人。",
])
def test_past_or_undated_news_sentences(sentence):
    assert goals("本报讯\n\n" + sentence + "\n") == []


@pytest.mark.parametrize("byline", ["来源:某县融媒体中心 2031-01-05", "某县融媒体中心 2031年1月5日", "作者:张三 来源:某市日报 2031/01/05",
                                    "2031-01-05 来源:某县融媒体中心"])
@pytest.mark.parametrize("sentence", ["新馆于2030年9月正式对外开放。", "2029年,全市新建学校12所,新增学位1.5万个。"])
def test_a_news_byline_dates_the_story(byline, sentence):
    """O3d: a story's byline (its source beside its date) dates the page; a year before it is a past year's report, no
    goal (the byline's date read by ``structure.source_byline_date``). Without a date the sentences read as plans."""
    assert goals(byline + "\n\n" + sentence + "\n") == []


def test_a_news_byline_keeps_later_years_goals():
    assert goals("来源:某县融媒体中心 2031-01-05\n\n到2033年,全县新建学校5所。\n") == [("到2033年,全县新建学校5所", 2033)]


@pytest.mark.parametrize("text, expected", [
    ("某县工作要点\n\n全年目标:全面提升教育质量,努力办好人民满意的教育。\n",
     [("全面提升教育质量,努力办好人民满意的教育", None)]),  # (probeG40) rules.goals.named_goal_label
    ("某县工作要点\n\n质量目标:合格率达到98%以上,优秀率达到40%以上。\n", [("合格率达到98%以上,优秀率达到40%以上", None)]),
    ("某区方案\n\n一、指导思想和工作目标\n(一)指导思想。坚持以人民为中心,推动教育公平。\n(二)工作目标。到2033年,全区建成智慧校园30所。\n"
     "二、重点任务\n", [("到2033年,全区建成智慧校园30所", 2033)]),
    ("某区方案\n\n二、总体思路和目标\n坚持以人民为中心,推动教育公平,努力办好人民满意的教育。到2033年,全区建成智慧校园30所。\n三、重点任务\n",
     [("坚持以人民为中心,推动教育公平,努力办好人民满意的教育", None), ("到2033年,全区建成智慧校园30所", 2033)]),
    ("某区规划\n\n目录\n一、总体目标……………………3\n二、主要任务……………………5\n\n一、总体目标\n全区教育现代化水平明显提升,人民满意度持续提高。\n",
     [("全区教育现代化水平明显提升,人民满意度持续提高", None)]),
    ("某区规划\n\n三、主要目标任务\n全区教育现代化水平明显提升,人民满意度持续提高。\n",
     [("全区教育现代化水平明显提升,人民满意度持续提高", None)]),
    ("某区规划\n\n(三)預期目標\n學生閱讀量明顯提升,教師專業能力持續精進。\n", [("學生閱讀量明顯提升,教師專業能力持續精進", None)]),
    ("某县工作要点\n\n今年的主要预期目标是:地区生产总值增长6%左右,城镇新增就业3000人以上。\n",
     [("今年的主要预期目标是:地区生产总值增长6%左右,城镇新增就业3000人以上", None)]),  # O3h
    ("某区规划\n\n第三章 发展目标\n第一节 总体目标\n到2035年,基本实现教育现代化。\n第二节 具体目标\n学前三年毛入园率达到95%,义务教育巩固率"
     "达到99%。\n第四章 主要任务\n", [("到2035年,基本实现教育现代化", 2035), ("学前三年毛入园率达到95%,义务教育巩固率达到99%", None)]),
    ("某校2031年工作计划\n\n【工作目标】\n1、提升教学质量,力争合格率达到95%。\n2、加强师资建设,培养骨干教师10名。\n【主要措施】\n"
     "1、加强教研,开展公开课。\n",
     [("提升教学质量,力争合格率达到95%", None), ("加强师资建设,培养骨干教师10名", None)]),  # (probeG40) goals._BARE_LABEL
    ("某校2031年工作计划\n\n【工作目标】\n1、提升教学质量,力争合格率达到95%。\n【保障措施】\n1、加强组织领导,落实工作责任。\n",
     [("提升教学质量,力争合格率达到95%", None)]),
    pytest.param("某國小校務發展計畫\n\n貳、計畫目標\n一、提升學生閱讀能力,養成終身學習習慣。\n二、充實圖書設備,建置數位學習環境。\n參、實施策略\n",
                 [("提升學生閱讀能力,養成終身學習習慣", None), ("充實圖書設備,建置數位學習環境", None)],
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "class: under a Taiwan outline (貳、參、), the last 一、 item before the next 參、 part is lost from the "
                     "goal section (the items before it are goals)"))),
])
def test_goal_sections_of_other_layouts(text, expected):
    assert goals(text) == expected
