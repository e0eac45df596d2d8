"""Numeric targets, variant testing (eleventh round, targets11v): made-up sentences and list items in the wordings of
other writers (mainland, Taiwan, Hong Kong and Macau; Simplified and Traditional; full-width digits), each run through the
rules and checked against what the labelling rules (eval/README.md numeric_target, N1-N18) give. No sentence of a real
document. Variants the rules still get wrong are xfail with the reason."""

import pytest

from rules_kit import records

NEWS = "某区新闻\n"  # a page without an outline: a number needs its own commitment cue (N13)
TW = "某縣新聞\n"  # the same, as a Taiwan, Hong Kong or Macau page
LIST = ""  # the text holds its own title
ANY = object()  # any target_year


def targets(text):
    return [(round(r.value, 4), r.unit, r.comparator, r.target_year) for r in records(text, "numeric_target")]


def same(got, want):
    return len(got) == len(want) and all(
        any(g[:3] == (float(w[0]), w[1], w[2]) and (w[3] is ANY or g[3] == w[3]) for g in got) for w in want)


VARIANTS = [
    # commitment verbs and deadlines (mainland)
    pytest.param(*(NEWS, "力争到2025年全区普惠性幼儿园覆盖率达到90%。", [(90, "%", ">=", 2025)]), marks=pytest.mark.xfail(strict=True, reason="N1 names 力争达到X as >=; with a comma and a long indicator between 力争到2025年 and 达到 the level is read = (the comparator looks back 20 characters); whether the gold reads it >= is not settled by N1")),
    (NEWS, "确保2024年底前完成30所学校校舍改造。", [(30, "所", "=", 2024)]),
    (NEWS, "2026年实现义务教育巩固率99%。", [(99, "%", "=", 2026)]),
    (NEWS, "今年完成老旧小区改造120个。", [(120, "个", "=", None)]),
    (NEWS, "到2027年建成社区嵌入式托育点20个。", [(20, "个", "=", 2027)]),
    (NEWS, "全年新增公办学位5000个。", [(5000, "个", "=", ANY)]),
    (NEWS, "新建幼儿园3所，改扩建中小学5所。", [(3, "所", "=", ANY), (5, "所", "=", ANY)]),
    (NEWS, "明年提供普惠托位1200个。", [(1200, "个", "=", ANY)]),
    (NEWS, "计划投入资金2.3亿元用于校舍建设。", [(2.3, "亿元", "=", ANY)]),
    (NEWS, "市财政安排专项资金800万元用于校舍维修。", [(800, "万元", "=", ANY)]),
    (NEWS, "该项目将惠及学生3.2万人。", [(3.2, "万人", "=", ANY)]),
    (NEWS, "家庭医生签约服务覆盖全市80%以上的常住人口。", [(80, "%", ">=", ANY)]),
    (NEWS, "每年培训教师不少于500人次。", [(500, "人次", ">=", ANY)]),
    (NEWS, "年均新增城镇就业岗位1万个。", [(1, "万个", "=", ANY)]),
    (NEWS, "至少建设3个市级示范基地。", [(3, "个", ">=", ANY)]),
    (NEWS, "大班额比例控制在5%以内。", [(5, "%", "<=", ANY)]),
    (NEWS, "到2025年，儿童青少年近视率下降到50%。", [(50, "%", "=", 2025)]),
    (NEWS, "争取新增省级示范校2所。", [(2, "所", "=", ANY)]),
    (NEWS, "2025年底前新建改建公共厕所40座。", [(40, "座", "=", 2025)]),
    (NEWS, "今年计划发放消费券3000万元。", [(3000, "万元", "=", ANY)]),
    (NEWS, "下半年将新开通公交线路6条。", [(6, "条", "=", ANY)]),
    (NEWS, "到2030年，全市体育场地面积达到人均3平方米。", [(3, "平方米", "=", 2030)]),
    (NEWS, "2025年全市新增城镇就业人数不低于4.5万人。", [(4.5, "万人", ">=", 2025)]),
    (NEWS, "年内完成农村危房改造500户。", [(500, "户", "=", ANY)]),
    (NEWS, "建成后可提供学位2700个。", [(2700, "个", "=", ANY)]),
    (NEWS, "新学年将增设小学一年级班级40个。", [(40, "个", "=", ANY)]),
    (NEWS, "力争引进高层次人才100名。", [(100, "名", "=", ANY)]),
    (NEWS, "确保公办园在园幼儿占比达到50%以上。", [(50, "%", ">=", ANY)]),
    (NEWS, "新改扩建乡镇卫生院8家。", [(8, "家", "=", ANY)]),
    (NEWS, "全面完成200公里农村公路提档升级。", [(200, "公里", "=", ANY)]),
    (NEWS, "今年将为辖区65周岁以上老人免费体检2万人次。", [(2, "万人次", "=", ANY)]),
    # Taiwan / Hong Kong / Macau
    (TW, "教育局擬於明年增設20間特殊教育學校。", [(20, "间", "=", ANY)]),
    (TW, "政府將增加500個資助學額。", [(500, "个", "=", ANY)]),
    (TW, "預計114學年度再增設8班。", [(8, "班", "=", 2025)]),
    (TW, "明年預算會增至120億元。", [(120, "亿元", "=", ANY)]),
    (TW, "目標為每年培訓1,000名教師。", [(1000, "名", "=", ANY)]),
    (TW, "市府預計投入3億元興建國民運動中心。", [(3, "亿元", "=", ANY)]),
    (TW, "今年將撥款2,000萬元改善校舍。", [(2000, "万元", "=", ANY)]),
    (TW, "教育部擬於115年前補助新臺幣5億元。", [(5, "亿元", "=", 2026)]),  # (lead39: an ROC year before 前 after a plan's 于)
    (TW, "縣府將在115年底前完成12所校舍耐震補強。", [(12, "所", "=", 2026)]),
    (TW, "新校舍預計於116年完工，屆時可提供學額1,200個。", [(1200, "个", "=", ANY)]),
    (TW, "本市113學年度將新設公共化幼兒園15園。", [(15, "园", "=", 2024)]),
    (TW, "政府會在未來五年增加2,000個安老宿位。", [(2000, "个", "=", ANY)]),
    (TW, "當局計劃於2026年前興建30間長者日間中心。", [(30, "间", "=", 2026)]),
    (TW, "特區政府將撥款1.5億元推行計劃。", [(1.5, "亿元", "=", ANY)]),
    (TW, "政府亦會增撥3,000萬元資助非政府機構。", [(3000, "万元", "=", ANY)]),
    (TW, "教育局會為每所學校提供50萬元一筆過津貼。", [(50, "万元", "=", ANY)]),
    # (thirteenth round) the currency after 億 is the unit as written, as the gold of w18-aomen-jiaoyu-jijin (億澳門幣) and
    # w19-aomen-shizheng-fuli (澳門元) writes it
    pytest.param(*(TW, "澳門特區政府將投入約2億澳門元興建新校舍。", [(2, "亿澳门元", "=", ANY)])),
    (TW, "預算案建議撥款12億元改善學校設施。", [(12, "亿元", "=", ANY)]),
    (TW, "2024/25學年將開辦小一班數達450班。", [(450, "班", "=", 2024)]),
    (TW, "預計可惠及約1萬名學生。", [(1, "万名", "=", ANY)]),
    (TW, "新設計劃將覆蓋全港約600所中小學。", [(600, "所", "=", ANY)]),
    (TW, "目標是在2027年或之前把師生比降至1:12。", [(12, "", "=", 2027)]),
    (TW, "工期預計為180日曆天。", [(180, "日历天", "=", ANY)]),
    (TW, "規劃興建面積約1,200坪的運動中心。", [(1200, "坪", "=", ANY)]),
    # full-width digits
    (NEWS, "新建幼儿园５所。", [(5, "所", "=", ANY)]),
    (NEWS, "到２０２５年，学前三年毛入园率达到９５％以上。", [(95, "%", ">=", 2025)]),
    (TW, "預計１１４年完成８所學校改建。", [(8, "所", "=", 2025)]),
    (NEWS, "年内新增养老床位２００张。", [(200, "张", "=", ANY)]),
    # list items with a count and no verb
    (LIST, "2025年民生实事项目\n一、新建幼儿园5所\n二、改造老旧小区12个\n三、学位3000个", [(5, "所", "=", ANY), (12, "个", "=", ANY), (3000, "个", "=", ANY)]),
    (LIST, "2025年区政府为民办实事项目\n1.新增普惠托位600个\n2.增设公共充电桩1000个\n3.老年助餐点30个", [(600, "个", "=", ANY), (1000, "个", "=", ANY), (30, "个", "=", ANY)]),
    (LIST, "2025年民生实事\n(一)社区卫生服务站8个\n(二)口袋公园15个\n(三)学位3000个", [(8, "个", "=", ANY), (15, "个", "=", ANY), (3000, "个", "=", ANY)]),
    (LIST, "2025年民生實事項目\n一、新建長者食堂20間\n二、改善校舍10所", [(20, "间", "=", ANY), (10, "所", "=", ANY)]),
    # budgets and funding
    (TW, "明年預算為85億元，用於教育開支。", [(85, "亿元", "=", ANY)]),
    (TW, "明年度教育預算編列300億元。", [(300, "亿元", "=", ANY)]),
    (TW, "政府明年撥款2億元推行計劃。", [(2, "亿元", "=", ANY)]),
    (NEWS, "明年区财政将投入资金5000万元建设智慧校园。", [(5000, "万元", "=", ANY)]),
    (NEWS, "去年区财政投入资金5000万元建设智慧校园。", []),
    (NEWS, "计划总投资1.2亿元。", [(1.2, "亿元", "=", ANY)]),
    (NEWS, "项目预计总投资约3.6亿元。", [(3.6, "亿元", "=", ANY)]),
    (NEWS, "2025年安排教育专项资金3.5亿元。", [(3.5, "亿元", "=", 2025)]),
    (TW, "市府將編列2,500萬元補助偏鄉學校。", [(2500, "万元", "=", ANY)]),
    # measure words and units
    (NEWS, "新建教学楼建筑面积8000平方米。", [(8000, "平方米", "=", ANY)]),
    (NEWS, "力争将全市平均水平提高2个百分点。", [(2, "个百分点", "=", ANY)]),
    (NEWS, "全年计划开展文化惠民演出200场，服务群众5万人次。", [(200, "场", "=", ANY), (5, "万人次", "=", ANY)]),
    (TW, "今年將增設幼兒園3班。", [(3, "班", "=", ANY)]),
    (NEWS, "新增养老机构床位200张。", [(200, "张", "=", ANY)]),
    (TW, "將增設專科教室12間。", [(12, "间", "=", ANY)]),
    (NEWS, "今年将建设保障性住房500套。", [(500, "套", "=", ANY)]),
    (NEWS, "新建学生宿舍可容纳学生1200人。", [(1200, "人", "=", ANY)]),
    (NEWS, "计划新建塑胶跑道3条、篮球场5片。", [(3, "条", "=", ANY), (5, "片", "=", ANY)]),
    (NEWS, "将增加公共停车泊位1500个。", [(1500, "个", "=", ANY)]),
    # status and past: must NOT fire
    (NEWS, "全区已建成幼儿园45所。", []),
    (NEWS, "去年累计培训教师3000人次。", []),
    (NEWS, "全市共有中小学120所。", []),
    (NEWS, "现有在园幼儿1.2万人。", []),
    (NEWS, "截至2024年底，全区普惠率达到88%。", []),
    (NEWS, "迄今已完成总工程量的80%。", []),
    (NEWS, "去年完成了校舍改造15所。", []),
    (NEWS, "全区学前三年毛入园率达到了95%。", []),
    (NEWS, "全区财政教育支出比上年增长12%。", []),
    (NEWS, "高中阶段毛入学率同比提高3.5个百分点。", []),
    (NEWS, "在园幼儿较去年增加200人。", []),
    (NEWS, "普惠率由85%提高到92%。", []),
    (NEWS, "一、2024年工作回顾\n全年新增学位2000个，新建幼儿园6所。", []),
    (NEWS, "图为新落成的城南小学，可容纳学生1800名。", []),
    (TW, "本學年已開辦32班。", []),
    (TW, "過去五年共投入12億元。", []),
    (TW, "現時全港約有1,000所中小學。", []),
    (TW, "截至今年6月，已有3,200名長者受惠。", []),
    (NEWS, "全市学校总数达到了860所。", []),
    (TW, "去年共有4萬名學生參加。", []),
    (NEWS, "目前全区拥有省级示范幼儿园12所。", []),
    (NEWS, "十三五期间，全区新建改扩建学校23所。", []),
    (TW, "截至112年底，全縣公幼共有128班。", []),
    (NEWS, "上半年已完成投资2.1亿元，占年度计划的56%。", []),
    (NEWS, "据统计，全市现有60岁以上老年人12万人。", []),
    (TW, "根據統計，去年來港旅客達3,400萬人次。", []),
    (NEWS, "该校始建于1958年，占地面积45亩。", []),
    # names, document numbers, dates, phones, ages
    (NEWS, "根据某区教育局《关于做好2025年春季招生工作的通知》(某教发〔2025〕15号)要求。", []),
    (NEWS, "全面落实“5+2”课后服务模式。", []),
    (NEWS, "咨询电话：0571-88886666。", []),
    (NEWS, "面向3-6岁儿童开展免费健康筛查。", []),
    (NEWS, "扩建第109中学。", []),
    (TW, "新措施將於2025年3月1日起實施。", []),
    (NEWS, "启动“123”人才工程。", []),
    (NEWS, "推进G60科创走廊建设。", []),
    (TW, "適用於65歲或以上的長者。", []),
    (NEWS, "报名时间为7月1日至7月15日。", []),
    (NEWS, "地址：某区学府路88号。", []),
    (NEWS, "对全区1.2万名60岁以上老人开展免费体检。", [(1.2, "万名", "=", ANY)]),
    # years
    (NEWS, "到2025年新增学位3000个。", [(3000, "个", "=", 2025)]),
    (NEWS, "2025年底前建成幼儿园4所。", [(4, "所", "=", 2025)]),
    (TW, "114年度將新增公共托育家園6處。", [(6, "处", "=", 2025)]),
    (TW, "115學年度將增設非營利幼兒園4園。", [(4, "园", "=", 2026)]),
    (NEWS, "“十四五”期间新增学位1万个。", [(1, "万个", "=", ANY)]),
    (NEWS, "今年新增学位3000个。", [(3000, "个", "=", None)]),
    (NEWS, "明年将新建幼儿园2所。", [(2, "所", "=", ANY)]),
    (NEWS, "2025年秋季学期开学前完成改造项目18个。", [(18, "个", "=", 2025)]),
    (TW, "政府計劃在2026年完成興建5所新校。", [(5, "所", "=", 2026)]),
    # comparators
    (NEWS, "全区体育课开课率达到100%以上。", [(100, "%", ">=", ANY)]),
    (NEWS, "班额控制在45人以内。", [(45, "人", "<=", ANY)]),
    (NEWS, "优质均衡率不低于85%。", [(85, "%", ">=", ANY)]),
    (NEWS, "每年新增就业超过5000人。", [(5000, "人", ">", ANY)]),
    (TW, "政府將資助逾2,000名學生。", [(2000, "名", ">", ANY)]),
    (NEWS, "将新增近3000个学位。", [(3000, "个", "=", ANY)]),
    (NEWS, "计划投资约5000万元。", [(5000, "万元", "=", ANY)]),
    (NEWS, "年内将培训教师500名左右。", [(500, "名", "=", ANY)]),
    (NEWS, "残疾儿童入学率不低于97%。", [(97, "%", ">=", ANY)]),
    (NEWS, "学生体质达标率保持在95%以上。", [(95, "%", ">=", ANY)]),
    (TW, "每班人數不超過25人。", [(25, "人", "<=", ANY)]),
    (NEWS, "每生每天校园体育活动时间不少于2小时。", [(2, "小时", ">=", ANY)]),
    (NEWS, "本科率达到60%。", [(60, "%", "=", ANY)]),
    # ranges and 分别
    (NEWS, "每年组织培训3至5次。", [(3, "次", "=", ANY)]),
    pytest.param(*(NEWS, "新建小学、初中分别为3所和2所。", [(3, "所", "=", ANY), (2, "所", "=", ANY)]), marks=pytest.mark.xfail(strict=True, reason="分别为 reads as the status 为: letting it commit made 3 false targets in a dev report (w12-lujiang: 完成投资分别为…)")),
    (NEWS, "小学、初中学位将分别增加1200个、800个。", [(1200, "个", "=", ANY), (800, "个", "=", ANY)]),
    (TW, "兩所新校分別提供720個及900個學額。", [(720, "个", "=", ANY), (900, "个", "=", ANY)]),
    (NEWS, "城区、镇区各新建幼儿园2所。", [(2, "所", "=", ANY), (2, "所", "=", ANY)]),
    # more commitment variants
    (NEWS, "全市要完成植树造林5万亩。", [(5, "万亩", "=", ANY)]),
    (NEWS, "必须在2025年6月底前完成全部200个改造项目。", [(200, "个", "=", 2025)]),
    (NEWS, "力争全年接待游客突破1000万人次。", [(1000, "万人次", ">", ANY)]),
    (TW, "我們會在未來三年額外提供1,500個學額。", [(1500, "个", "=", ANY)]),
    (TW, "當局預計新增700個日間護理名額。", [(700, "个", "=", ANY)]),
    (TW, "政府擬興建約4,000個公營房屋單位。", [(4000, "个", "=", ANY)]),
    (NEWS, "拟新建标准化考点10个。", [(10, "个", "=", ANY)]),
    (NEWS, "目标为每个乡镇建成1所公办中心幼儿园。", [(1, "所", "=", ANY)]),
    (NEWS, "目标：全年新增城镇就业1.2万人。", [(1.2, "万人", "=", ANY)]),
    (NEWS, "落实“双减”政策，确保每周开展课后服务5天。", [(5, "天", "=", ANY)]),
    (NEWS, "全年发放创业担保贷款3亿元以上。", [(3, "亿元", ">=", ANY)]),
    (NEWS, "每年为不少于1000名困难学生发放助学金。", [(1000, "名", ">=", ANY)]),
    (NEWS, "全年计划招聘教师300名。", [(300, "名", "=", ANY)]),
    (NEWS, "在全区30所学校推广智慧课堂。", []),
    (NEWS, "进一步扩大优质教育资源覆盖面。", []),
    (TW, "明年起每月發放2,000元育兒津貼。", [(2000, "元", "=", ANY)]),
    (TW, "每名學生每年可獲3,500元津貼。", [(3500, "元", "=", ANY)]),
    (NEWS, "2025年，新建城市书房10家。", [(10, "家", "=", 2025)]),
    (NEWS, "2025年：新建城市书房10家；2026年：新建城市书房15家。", [(10, "家", "=", 2025), (15, "家", "=", 2026)]),
    (NEWS, "预计到2026年，学位缺口将缩小至500个。", [(500, "个", "=", 2026)]),
    (NEWS, "全年将完成固定资产投资180亿元，增长8%。", [(180, "亿元", "=", ANY), (8, "%", "=", ANY)]),
]


@pytest.mark.parametrize("head,text,want", VARIANTS)
def test_variant(head, text, want):
    got = targets(head + text)
    assert same(got, want), (text, got)


def values(text):
    return [(v, u) for v, u, _, _ in targets(text)]


# -- the year after the page's own (``明年``, ``來年``, ``下年度``) commits like a modal -------------------------------
# (w17-aomen-jiaoyu-yusuan 明年教育預算逾130億, w17-lixia-youeryuan 明年开园 可容纳1200个孩子: two sites)


def test_next_year_commits():
    for sentence, want in (("明年預算為85億元，用於教育開支。", (85, "亿元")),
                           ("來年教育開支預算約為120億元。", (120, "亿元")),
                           ("明年起每月發放2,000元育兒津貼。", (2000, "元")),
                           ("下年度再增加托位300个。", (300, "个")),
                           ("东城幼儿园明年秋季开园，可容纳幼儿360名。", (360, "名")),
                           ("明年度社區活動經費为４５０万元。", (450, "万元"))):
        assert want in values(TW + sentence), sentence


def test_last_year_and_status_with_next_year_do_not():
    for sentence in ("去年預算為80億元。", "今年教育開支為76億元，比去年增加5%。", "全区现有幼儿园45所，其中公办30所。",
                     "截至明年之前的统计，已建成幼儿园45所。", "學校已有學生1,200名。"):
        assert values(TW + sentence) == [], sentence


def test_a_figure_stated_with_wei_after_a_modal():
    # ``…为N`` is a status (``毛入园率为96.5%``) unless the clause said first that it is still to come
    for sentence, want in (("预计新校学位为1200个。", (1200, "个")), ("明年預算為85億元。", (85, "亿元")),
                           ("新校舍的學額預計為900個。", (900, "个"))):
        assert want in values(NEWS + sentence), sentence
    for sentence in ("全区学前三年毛入园率为96.5%。", "学校现有学位为1200个。", "去年財政收入為300億元。"):
        assert values(NEWS + sentence) == [], sentence


# -- an age bound names whom a figure counts: its ``以上`` is no comparator, and no threshold of N12 ------------------


def test_an_age_bound_is_no_comparator():
    for sentence in ("据统计，全市现有60岁以上老年人12万人。", "現時全港約有65歲或以上長者160萬人。",
                     "目前全县80周岁以上老人共有8,000人。"):
        assert values(NEWS + sentence) == [], sentence
    # a real comparator after the age still counts
    assert (95, "%", ">=", None) in targets(NEWS + "确保60岁以上老人健康管理率达到95%以上。")


def test_a_count_of_people_of_an_age_is_the_reach():
    for sentence, want in (("对全区1.2万名60岁以上老人开展免费体检。", (1.2, "万名")),
                           ("政府將為3,000名65歲或以上長者免費接種疫苗。", (3000, "名")),
                           ("为全县１万名６０周岁以上老人提供上门服务。", (1, "万名"))):
        got = values(NEWS + sentence)
        assert want in got and all(u != "岁" for _, u in got), sentence
    # ``对超过1500人的学校``: a threshold still only says which cases (N12)
    assert values(NEWS + "对超过1500人的学校配备专职校医。") == []


# -- ``增至`` / ``降至`` right before the level (Hong Kong, Macau, Taiwan) ---------------------------------------------


def test_short_reach_verbs():
    for sentence, want in (("明年預算會增至120億元。", (120, "亿元")), ("目標是把每班人數降至25人。", (25, "人")),
                           ("學額將增至逾1,500個。", (1500, "个"))):
        assert want in values(TW + sentence), sentence
    for sentence in ("目前局方已將欠缺學額數量縮減至6,000個。", "去年學生人數已增至3萬人。",
                     "在校生人數從2015年的31.5萬人增至2020年的36.2萬人。"):
        assert values(TW + sentence) == [], sentence


# -- ``會`` after a bureau or department: the future as Hong Kong and Taiwan pages write it ----------------------------


def test_a_bureau_will():
    for sentence, want in (("教育局會為每所學校提供50萬元一筆過津貼。", (50, "万元")),
                           ("社署會增加500個安老宿位。", (500, "个")),
                           ("市府會再編列3,000萬元改善校舍。", (3000, "万元")),
                           ("教育部會補助新臺幣2億元。", (2, "亿元"))):
        assert want in values(TW + sentence), sentence
    for sentence in ("教育局會議通過了300所學校的名單。", "教育局會同衞生署巡查了120所學校。", "總部會員共300人。"):
        assert values(TW + sentence) == [], sentence


# -- ``提供`` (places, seats, money a measure provides) ---------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="a future stated in the clause before (將於2026年落成) does not lift the status "
                   "为 of the next clause (屆時學額為900個)")
def test_a_future_time_in_the_clause_before_lifts_wei():
    assert (900, "个") in values(NEWS + "新校舍將於2026年落成，屆時學額為900個。")


# -- a sentence framed by the present (``截至目前，…``, ``迄今，…``): its later clauses are status, whatever their verb ----


def test_a_present_frame_makes_the_sentence_a_status():
    for sentence in ("截至目前，共新建学校20所。", "截至目前，全区新建学校20所，新增学位1.2万个。", "迄今，已完成投資2億元。",
                     "到目前為止，教育局共提供學額3,200個。", "目前，全县建成农家书屋120家。"):
        assert values(NEWS + sentence) == [], sentence
    for sentence, want in (("截至目前，已建成学校12所，年底前将再建成8所。", (8, "所")),
                           ("目前，新校舍主體已完工，明年將提供學額900個。", (900, "个"))):
        assert values(NEWS + sentence) == [want], sentence


def test_provide_commits_and_past_does_not():
    for sentence, want in (("明年提供普惠托位1200个。", (1200, "个")), ("兩所新校分別提供720個及900個學額。", (720, "个")),
                           ("项目建成后可提供就业岗位500个。", (500, "个"))):
        assert want in values(NEWS + sentence), sentence
    for sentence in ("该园已提供学位360个。", "截至目前，共提供就业岗位2,000个。", "去年提供就業崗位2,000個，比前年增加10%。"):
        assert values(NEWS + sentence) == [], sentence


# -- a works project's own measures: ``新園舍占地N坪``, ``工期N日曆天`` (w17-tuku, w17-nantou: two Taiwan sites) -----------


def test_measures_of_works_still_to_be_done():
    for sentence, want in (("新園舍占地621坪，為地上3層樓建築，工期480日曆天，預計明年底前完工。", [(621, "坪"), (480, "日历天")]),
                           ("新校舍建築面積約1,500坪，預計115年完工。", [(1500, "坪")]),
                           ("重建工程工期約540日曆天。", [(540, "日历天")]),
                           ("新教学楼建筑面积1.2万平方米，工期18个月。", [(1.2, "万平方米"), (18, "个月")])):
        got = values(TW + sentence)
        for w in want:
            assert w in got, (sentence, got)
    for sentence in ("將原有面積約100坪的倉庫改建為社區活動中心。", "我校校舍占地2,000坪。", "该工程工期仅用了180天。"):
        assert values(TW + sentence) == [], sentence


# -- a page titled as the year's list of works: its bare counts are the commitments (exception to the two-site rule:
# one site, w17-chongming-shishi-xiangmu-2019; made-up mainland, Taiwan-script and Hong Kong/Macau-style lists) ------


def test_bare_counts_in_a_dated_list_of_the_years_works():
    mainland = "首页\n新闻中心\n政务公开\n2025年某区政府实事项目和重点工程安排\n实事项目\n*新增10家社区老年助餐点\n*2家社区嵌入式养老服务站\n*300张养老床位\n"
    assert {(10, "家"), (2, "家"), (300, "张")} <= set(values(mainland))
    traditional = "2025年度為民辦實事項目\n一、新建長者食堂20間\n二、學位3,000個\n三、社區衞生服務站８個\n"
    assert {(20, "间"), (3000, "个"), (8, "个")} <= set(values(traditional))
    listed = "2026年民生實事清單\n(一)口袋公園15個\n(二)無障礙設施改造120處\n"
    assert {(15, "个"), (120, "处")} <= set(values(listed))


def test_no_bare_counts_from_a_report_or_an_undated_list():
    # a report of the year's works, a bare column head ``实事项目``, a heading with a count on an ordinary news page
    assert values("2024年民生实事项目完成情况\n*2家社区嵌入式养老服务站\n*300张养老床位\n") == []
    assert values("实事项目\n主办单位\n推进情况\n*2家社区嵌入式养老服务站\n") == []
    assert values("某区新闻\n三、学位3000个\n") == []



# -- second batch: more Hong Kong, Macau and Taiwan wordings, status in Traditional, names, ranges ----------------------

DATED = "某区新闻\n时间:2024年05月06日 来源:某区教育局\n"  # a dated page: a year before its date is past (N13)

VARIANTS_2 = [
    # second batch: Hong Kong / Macau / Taiwan phrasing
    (TW, "政府將會在2026/27學年增設1,000個幼稚園學額。", [(1000, "个", "=", 2026)]),
    (TW, "當局計劃在未來三年興建15所新校舍。", [(15, "所", "=", ANY)]),
    (TW, "目標為在2027年前培訓3,000名社工。", [(3000, "名", "=", 2027)]),
    (TW, "預計今(113)年底前完成20所學校冷氣裝設。", [(20, "所", "=", 2024)]),
    (TW, "民國115年將新設公共托育中心10處。", [(10, "处", "=", 2026)]),
    (TW, "本府擬於114年度編列預算1.2億元。", [(1.2, "亿元", "=", 2025)]),
    (TW, "今年將撥款8千萬元興建新園舍。", [(8, "千万元", "=", ANY)]),
    (TW, "政府將投資3千萬元改善校舍。", [(3, "千万元", "=", ANY)]),
    (TW, "教育局會增撥約5億元推行新計劃。", [(5, "亿元", "=", ANY)]),
    (TW, "社署將於年內增設300個資助宿位。", [(300, "个", "=", ANY)]),
    (TW, "新校舍將提供30間課室及8間特別室。", [(30, "间", "=", ANY), (8, "间", "=", ANY)]),
    (TW, "新校預計可容納學生約900人。", [(900, "人", "=", ANY)]),
    (TW, "政府亦會增加近2,000個日間護理名額。", [(2000, "个", "=", ANY)]),
    (TW, "受惠學生預計逾3萬人。", [(3, "万人", ">", ANY)]),
    (TW, "明年資助額將增至每名學生3,500元。", [(3500, "元", "=", ANY)]),
    # status and past in Traditional
    (TW, "去年已有逾1,200名學生受惠。", []),
    (TW, "全港現有公營醫院43間。", []),
    (TW, "截至去年底，累計撥款達12億元。", []),
    (TW, "回顧過去一年，政府共增設學額2,500個。", []),
    (TW, "該校於1998年創校，現有學生850人。", []),
    (TW, "本學年共開辦145班。", []),
    (TW, "過去五年，受惠人數由3萬人增至5萬人。", []),
    (TW, "據教育局資料，2023/24學年全港有幼稚園學生約13萬人。", []),
    # names, numbers, dates in Traditional
    (TW, "依據教育部113年3月1日臺教國署學字第1130012345號函辦理。", []),
    (TW, "洽詢電話：(02)2345-6789。", []),
    (TW, "本案依「國民教育法」第3條規定辦理。", []),
    (TW, "推動「2030雙語政策」。", []),
    (TW, "適用對象為6歲以下兒童。", []),
    (TW, "活動時間為每日上午9時至下午5時。", []),
    # mainland: more commitment wordings
    (NEWS, "全年计划培训乡村教师2000人次以上。", [(2000, "人次", ">=", ANY)]),
    (NEWS, "每所学校至少配备1名专职心理健康教师。", [(1, "名", ">=", ANY)]),
    (NEWS, "年内力争新增市级示范性家庭教育指导站10个。", [(10, "个", "=", ANY)]),
    (NEWS, "新建、改扩建中小学校舍面积8万平方米。", [(8, "万平方米", "=", ANY)]),
    (NEWS, "今年将新增公办幼儿园学位3000个以上。", [(3000, "个", ">=", ANY)]),
    (NEWS, "确保每年安排不低于5000万元的专项经费。", [(5000, "万元", ">=", ANY)]),
    (NEWS, "到2027年，全市每千人口拥有3岁以下婴幼儿托位数达到4.5个。", [(4.5, "个", "=", 2027)]),
    (NEWS, "2026年底前，全面完成全市80所学校食堂改造。", [(80, "所", "=", 2026)]),
    (NEWS, "该项目计划总投资约2.6亿元，建成后可新增学位2160个。", [(2.6, "亿元", "=", ANY), (2160, "个", "=", ANY)]),
    (NEWS, "预计今年9月投入使用，届时将提供学位1350个。", [(1350, "个", "=", ANY)]),
    (NEWS, "下半年还将开工建设学校6所。", [(6, "所", "=", ANY)]),
    (NEWS, "二是新建5所公办幼儿园，新增学位1800个。", [(5, "所", "=", ANY), (1800, "个", "=", ANY)]),
    # mainland: status and past
    (DATED, "据悉，2023年全区新建幼儿园8所，新增学位2400个。", []),
    (DATED, "2025年全区将新建幼儿园8所，新增学位2400个。", [(8, "所", "=", 2025), (2400, "个", "=", 2025)]),
    (NEWS, "截至目前，已完成投资1.5亿元，占年度计划的68%。", []),
    (NEWS, "全市共有各级各类学校1268所，在校学生86万人。", []),
    (NEWS, "今年以来，累计发放助学金1200万元。", []),
    (NEWS, "上半年完成了18所学校的校舍维修。", []),
    (NEWS, "一年来，全县新增学位达到了4500个。", []),
    (NEWS, "与去年相比，义务教育入学人数增加了3200人。", []),
    (NEWS, "全县学前三年毛入园率由2020年的85%提高到2024年的93%。", []),
    (NEWS, "图为该校新建的400米标准运动场。", []),
    (NEWS, "（记者张三 通讯员李四）", []),
    # mainland: names and numbers that are not amounts
    (NEWS, "深入实施“1530”安全教育工作。", []),
    (NEWS, "落实“一校一策”，完善“3+N”课后服务模式。", []),
    (NEWS, "全面推进G318沿线学校改造。", []),
    (NEWS, "组织开展第36个全国爱眼日宣传活动。", []),
    (NEWS, "面向0-3岁婴幼儿家庭开展科学育儿指导。", []),
    # ranges and 分别, comparators
    (NEWS, "每个班级控制在45人以内。", [(45, "人", "<=", ANY)]),
    (NEWS, "力争新建小学3至5所。", [(3, "所", "=", ANY)]),
    (NEWS, "每年开展培训1-2次。", [(1, "次", "=", ANY)]),
    (NEWS, "两所学校分别新增学位900个和1200个。", [(900, "个", "=", ANY), (1200, "个", "=", ANY)]),
    (TW, "兩校將分別增設6班及8班。", [(6, "班", "=", ANY), (8, "班", "=", ANY)]),
    (NEWS, "今年将新增托位约500个。", [(500, "个", "=", ANY)]),
    (NEWS, "全年将接待游客近300万人次。", [(300, "万人次", "=", ANY)]),
    (NEWS, "计划投入资金超过2亿元。", [(2, "亿元", ">", ANY)]),
]


@pytest.mark.parametrize("head,text,want", VARIANTS_2)
def test_variant_2(head, text, want):
    got = targets(head + text)
    assert same(got, want), (text, got)


# -- ``千萬元`` (Taiwan; also written on the mainland): one site in dev, w17-tuku (8千萬元); a plain measure word -------


def test_ten_millions_is_a_unit():
    for sentence, want in (("今年將撥款8千萬元興建新園舍。", (8, "千万元")),  # Taiwan
                           ("区财政将安排3千万元用于校舍维修。", (3, "千万元")),  # mainland
                           ("政府會預留1.5千萬元推行先導計劃。", (1.5, "千万元")),  # Hong Kong
                           ("市府預計投入５千萬元。", (5, "千万元"))):  # full-width digits
        assert want in values(TW + sentence), sentence
    assert values(TW + "去年已投入8千萬元。") == []
    assert values(TW + "去年已投入8千萬元興建新校舍。") == []


# -- ``今(113)年``: this year, its ROC number in brackets, is a year (N9a) ---------------------------------------------


def test_this_roc_year_in_brackets():
    for sentence, year in (("預計今(113)年底前完成20所學校冷氣裝設。", 2024), ("今（114）年將新設公共托育家園6處。", 2025)):
        assert [t[3] for t in targets(TW + sentence)] == [year], sentence
    # a bracketed number that is no ROC year dates nothing
    assert [t[3] for t in targets(TW + "今(5)年級學生將增加3班。")] != [1916]


# -- a photo caption (``图为…``) describes what is there -------------------------------------------------------------


def test_a_caption_is_no_target():
    for sentence in ("图为该校新建的400米标准运动场。", "圖為新落成的校舍，共有教室24間。", "图为新建成的城南小学，可容纳学生1800名。"):
        assert values(NEWS + sentence) == [], sentence
    assert (2, "所") in values(NEWS + "该区今年将新建幼儿园2所，图片为效果图。")


# -- money written with a space before its unit (``投入7.12 亿多元``, w17-heping: one site) and ``亿多元`` (N16) ------------


def test_money_after_a_space_and_approximate_money():
    for sentence, want in (("某县计划总投入7.12 亿多元。", (7.12, "亿元")), ("政府將投資3 億元興建新校。", (3, "亿元")),
                           ("新校預計投入１.５ 億多元。", (1.5, "亿元")), ("计划投资3亿多元。", (3, "亿元")),
                           ("今年將撥款2,000 萬元。", (2000, "万元"))):
        assert want in values(TW + sentence), sentence
    # a space between a number glued to a place and a word that runs on is still no unit (``东坪乡10 张庄镇40``)
    assert values(NEWS + "东坪乡10 张庄镇40") == []
    assert values(NEWS + "已累计投入4.22 亿元用于项目建设。") == []


# -- the shares of a planned total in its own sentence (w17-jianchuan: one site; exception to the two-site rule) -------


def test_shares_of_a_planned_total():
    mainland = "规划投资900万元，其中中央投入500万元，省级投入300万元，县级投入100万元。"
    assert {(900, "万元"), (500, "万元"), (300, "万元"), (100, "万元")} <= set(values(NEWS + mainland))
    taiwan = "新校舍預計投資3億元，其中中央投入2億元，縣府投入1億元。"
    assert {(3, "亿元"), (2, "亿元"), (1, "亿元")} <= set(values(TW + taiwan))
    hongkong = "計劃預算為5,000萬元，其中政府投入3,000萬元。"
    assert (3000, "万元") in values(TW + "政府將推行新計劃，" + hongkong)
    # a share already spent, or a spending with no planned total before it, stays a report
    assert (500, "万元") not in values(NEWS + "计划投资900万元，其中已完成投资500万元。")
    assert values(NEWS + "去年中央投入500万元，省级投入300万元。") == []



# -- third batch: grants and allowances, planned sizes of new schools, quoted names, a total and its part --------------

VARIANTS_3 = [
    (TW, "今年將增班3班，招收幼兒90名。", [(3, "班", "=", ANY), (90, "名", "=", ANY)]),
    (TW, "新學年起每名學生每年可獲津貼3,500元。", [(3500, "元", "=", ANY)]),
    (TW, "政府會提供一筆過撥款500萬元。", [(500, "万元", "=", ANY)]),
    (TW, "明年起，資助額將提高至每人每月4,200元。", [(4200, "元", "=", ANY)]),
    (NEWS, "两所新建幼儿园招生规模均为12个班。", [(12, "个", "=", ANY)]),
    (NEWS, "新建学校办学规模为36个班，可提供学位1620个。", [(36, "个", "=", ANY), (1620, "个", "=", ANY)]),
    (NEWS, "全县财政教育支出年均增长8%以上。", [(8, "%", ">=", ANY)]),
    (NEWS, "力争每年新增省级示范校不少于3所。", [(3, "所", ">=", ANY)]),
    (NEWS, "年内将新改扩建中小学8所、幼儿园12所。", [(8, "所", "=", ANY), (12, "所", "=", ANY)]),
    (NEWS, "今年的目标是新增城镇就业1.5万人。", [(1.5, "万人", "=", ANY)]),
    (NEWS, "今年计划新建“口袋公园”30个。", [(30, "个", "=", ANY)]),
    (NEWS, "到2025年，全市“15分钟健身圈”覆盖率达到90%。", [(90, "%", "=", 2025)]),
    (NEWS, "将建设“一站式”服务中心5个。", [(5, "个", "=", ANY)]),
    (TW, "預計114年8月完工，可提供幼兒園學位180個。", [(180, "个", "=", 2025)]),
    (NEWS, "项目建成后，将新增床位500张，日门诊量可达3000人次。", [(500, "张", "=", ANY), (3000, "人次", "=", ANY)]),
    (NEWS, "据测算，项目建成后每年可节约用水2万吨。", [(2, "万吨", "=", ANY)]),
    (NEWS, "新增托位2000个，其中普惠性托位1200个。", [(2000, "个", "=", ANY), (1200, "个", "=", ANY)]),
    (NEWS, "今年全市计划新增就业1.2万人，目前已完成8000人。", [(1.2, "万人", "=", ANY)]),
]


@pytest.mark.parametrize("head,text,want", VARIANTS_3)
def test_variant_3(head, text, want):
    got = targets(head + text)
    assert same(got, want), (text, got)


# -- ``招生规模(均)为N个班`` of a school still to be built (N17a; w17-longwen: 两所幼儿园招生规模均为6个班) ------------------


def test_planned_intake_of_a_new_school():
    for sentence, want in (("新建幼儿园招生规模为9个班。", (9, "个")), ("新校區招生規模均為24班。", (24, "班")),
                           ("两所新建小学招生规模均为36个班。", (36, "个"))):
        assert want in values(NEWS + sentence), sentence
    # a school that exists states a status
    assert values(NEWS + "我校现有招生规模为24个班。") == []


# -- ``114年8月``: the ROC year of a month is a year (N9a), as ``2026年8月`` ------------------------------------------


def test_roc_year_of_a_month():
    for sentence, year in (("預計114年8月完工，可提供幼兒園學位180個。", 2025), ("新校舍預計於民國116年2月啟用，增設12班。", 2027)):
        assert [t[3] for t in targets(TW + sentence)] == [year], sentence
    # an age in years and months is no year
    assert all(t[3] is None for t in targets(TW + "將為2年6月以下幼兒增設托育名額300個。"))
