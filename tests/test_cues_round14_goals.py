"""Goal cues of the fourteenth round (units14), from the goal errors of the retired sealed v14 texts (w20-*): each a
general cue, tested on made-up texts and on near-misses that must not fire. Every text is made up.

1. A run of goal paragraphs each opened by a short unmarked phrase and its full stop (``服务网络全面覆盖。每个乡镇…`` /
   ``服务质量明显提升。…``): the phrases are inline titles (O2), as ``(一)学前教育。`` and ``——就业总量稳步增加。`` are.
2. A count of items told as taken into a year's list in the passive (``共8个项目被列入2031年民生实事项目``): the list's
   make-up, no goal (O3b).
3. The page's title bar (the headline with the site's name after it, the headline alone on the next line) and a photo
   caption whose credit carries pinyin notes: titles, no goal (N17).
"""

from rules_kit import records
from extract.rules.goals import is_photo_caption, is_title_bar, parallel_slogans, reports_list_chosen


def goals(text):
    return [r.quote for r in records(text, "goal")]


# -- 1. parallel slogan titles
SLOGANS = ("二、工作目标\n到2031年,全面建成覆盖城乡的养老服务体系。\n"
           "服务网络全面覆盖。养老服务设施覆盖所有城市社区和90%以上村。\n"
           "服务质量明显提升。每千名老年人拥有养老床位40张以上。\n")


def test_parallel_slogans_are_titles():
    got = goals(SLOGANS)
    assert "服务网络全面覆盖" not in got and "服务质量明显提升" not in got
    assert "养老服务设施覆盖所有城市社区和90%以上村" in got
    assert "每千名老年人拥有养老床位40张以上" in got


def test_lone_short_sentence_stays_a_goal():
    # (r15 ug15) eval/README.md O2 (fourteenth round): a short opening phrase that the paragraph goes on to spell out is
    # its inline title with or without a sibling; a phrase that is its paragraph's only text stays a goal (O1)
    text = ("二、工作目标\n到2031年,全面建成覆盖城乡的养老服务体系。\n"
            "服务网络全面覆盖。养老服务设施覆盖所有城市社区和90%以上村。\n"
            "到2031年,每千名老年人拥有养老床位40张以上。\n")
    assert "服务网络全面覆盖" not in goals(text)
    assert "服务网络全面覆盖" in goals("二、工作目标\n服务网络全面覆盖。\n")


def test_parallel_slogans_cue():
    assert parallel_slogans("服务网络全面覆盖。养老服务设施覆盖所有社区。", ["服务质量明显提升。床位40张以上。"]) > 0
    assert parallel_slogans("服务网络全面覆盖。养老服务设施覆盖所有社区。", ["到2031年,床位40张以上。"]) == 0
    # a number or a comma in the phrase: a sentence, no title
    assert parallel_slogans("新建幼儿园5所。养老服务设施覆盖所有社区。", ["服务质量明显提升。床位40张以上。"]) == 0
    assert parallel_slogans("到2031年,全面覆盖。养老服务设施覆盖所有社区。", ["服务质量明显提升。床位40张以上。"]) == 0


# -- 2. a count of items taken into a year's list
def test_count_listed_in_passive():
    assert reports_list_chosen("今年全县共8个项目被列入2031年市政府民生实事项目,主要涉及养老、教育等方面")
    assert reports_list_chosen("2031年全市共有5个项目入选省级民生实事")
    assert not reports_list_chosen("2031年全县将8个项目列入民生实事,确保年底前完成")  # a commitment (O3b)
    assert not reports_list_chosen("2031年新建幼儿园10所")
    text = "今年全县共8个项目被列入2031年市政府民生实事项目,主要涉及养老、教育等方面。\n"
    assert goals(text) == []


# -- 3. title bar and pinyin caption
def test_title_bar():
    assert is_title_bar("某体育馆预计2032年开始动工 某某新闻网 地方频道", "某体育馆预计2032年开始动工")
    assert not is_title_bar("某体育馆预计2032年开始动工,并于2033年完成。", "某体育馆预计2032年开始动工")
    assert not is_title_bar("某体育馆预计2032年开始动工", "某体育馆预计2032年开始动工")
    assert not is_title_bar("某馆 新闻网", "某馆")  # too short to be the headline


def test_title_bar_gives_no_goal():
    text = ("某体育馆预计2032年2月开始动工,并于2033年底完成。(图:某市政府) 某某新闻网 地方频道\n"
            "某体育馆预计2032年2月开始动工,并于2033年底完成。(图:某市政府)\n"
            "【某某新闻网/综合报道】市政府今日举办签约仪式,工程总预算约4亿元,预计2033年底完成。\n")
    got = goals(text)
    assert len(got) == 1 and got[0].startswith("【某某新闻网"), got


def test_pinyin_caption():
    assert is_photo_caption("某馆預(yù)计2032年开始动工。(圖:某(mǒu)市政府)")
    assert is_photo_caption("某馆预计2032年开始动工。(图:某市政府)")
    assert not is_photo_caption("某馆预计2032年开(kāi)始动工。")


# -- 4. a period from a year up to now, with what happened in it (``自2031年列入…以来``): the past (O3)
def test_since_year_with_event_is_past():
    from extract.rules.text import is_past
    assert is_past("自2029年列入省政府民生实事以来,送书下乡场次累计突破2万场")
    assert is_past("从2028年启动以来,全县新建幼儿园10所")
    assert not is_past("自2032年起,全面实施学前一年免费教育")  # a start ahead, no period to date
    assert goals("自2029年列入省政府民生实事以来,送书下乡场次累计突破2万场,持续丰富群众文化生活。\n") == []


# -- 5. a headline over a channel's name and the posting's month and day (``地方新闻 03-05``): a title (N17)
def test_headline_over_channel_date():
    from extract.rules.goals import is_title_line
    assert is_title_line("2032年,某区新建改建口袋公园29处", "地方新闻 02-03")
    assert not is_title_line("2032年,某区新建改建口袋公园29处", "地方新闻开展了3-5月的活动")
    text = "2032年,某区新建改建口袋公园29处\n\n地方新闻 02-03\n\n某某晚报 记者某某\n\n2月3日,某区人代会开幕。\n"
    assert goals(text) == []


# -- 6. a run-in goal heading whose rank mark a converter turned into an apostrophe (``。一'总体目标…``)
def test_run_in_goal_heading_with_apostrophe_mark():
    from extract.rules.goals import run_in_goal_spans
    p = "结合我市实际,制定本计划。一'总体目标到2032年,全市建成特殊教育学校3所。融合教育全面推进。二'主要任务加强师资。"
    spans, _ = run_in_goal_spans(p, False)
    assert len(spans) == 1 and p[spans[0][0]:spans[0][1]].startswith("到2032年") \
        and p[spans[0][0]:spans[0][1]].endswith("融合教育全面推进。")
    assert run_in_goal_spans("结合实际,制定本计划。一'主要任务加强师资。", False) == ([], False)


# -- 7. a page's later stamp over a numbered document (O3d): the number's year dates the document
def test_document_number_year_over_later_stamp():
    from extract.rules import number_year
    assert number_year("某政〔2030〕13号") == 2030 and number_year("某政发【2031】5号") == 2031
    assert number_year(None) is None and number_year("第5号") is None
    body = ("关于推进某区全民健身行动的实施意见\n\n"
            "时间:2034-01-01 来源:某区政府\n\n"
            "{no}\n\n"
            "一、总体要求\n\n"
            "(一)指导思想。坚持以人民为中心的发展思想。\n\n"
            "(二)总体目标。到2032年,建成覆盖全区的健身服务体系,经常参加锻炼人数比例达到40%。\n\n"
            "二、主要任务\n\n加强健康教育。\n")
    numbered = goals(body.format(no="某区政〔2030〕13号"))
    assert any(q.startswith("到2032年") for q in numbered), numbered
    # without a document number the stamp dates the page: 2032 is over by 2034, no goal
    assert not any(q.startswith("到2032年") for q in goals(body.format(no="")))
