"""The goal check of ``hybrid`` and the rules' false-goal cues: one set (``rules.goals.FALSE_GOAL_CUES``), used by the
rules' ``find_goals`` and, through ``RulesExtractor.extract(undated=…)``, by the backend, which asks its model only
about a sentence the rules would take as a goal but for a date cue. Made-up sentences only."""

import hashlib

from extract.data import Document
from extract.llm.backend import HybridExtractor, is_bare_line, names_a_vision, worth_a_goal_check
from extract.llm.config import LLMConfig
from extract.llm.schemas import GoalCheck
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.goals import (FALSE_GOAL_CUES, dated_by_a_period, false_goal_cue, find_goals, is_no_sentence,
                                 reports_past)


class _Asked:
    """A client that answers no to every goal check, gives no decision on targets, and keeps the sentences asked."""

    def __init__(self) -> None:
        self.config = LLMConfig(base_url="http://127.0.0.1:9/v1", model="stub", goal_check=True)
        self.goal_sentences: list[str] = []

    def check(self) -> list[str]:
        return []

    def call(self, task, messages, response_model):
        if task != "goal_check":
            return None, "no decision"
        line = next(ln for ln in messages[-1]["content"].splitlines() if ln.startswith("句子"))
        self.goal_sentences.append(line[3:])
        return GoalCheck(is_goal=False), None


def _prepared(text: str):
    return prepare(Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                            sha256=hashlib.sha256(text.encode()).hexdigest()))


def asked(text: str) -> list[str]:
    client = _Asked()
    HybridExtractor(client.config, client).extract(_prepared(text))
    return client.goal_sentences


def undated(text: str) -> list[str]:
    out: list[tuple[int, int, list[str]]] = []
    doc = _prepared(text)
    RulesExtractor().extract(doc, out)
    return [doc.text[a:b] for a, b, _ in out]


def test_the_false_goal_cues_are_named():
    assert [name for name, _ in FALSE_GOAL_CUES] == ["reached", "list_intro", "plan_period", "request", "meeting_date",
                                                     "forecast", "list_chosen"]
    assert false_goal_cue("到2031年,南川县已建成学校8所", 1) == "past"
    assert false_goal_cue("南川县2031年新建学校工作超额完成年度任务") == "reached"
    assert false_goal_cue("组织好2031年学校建设工作,名单如下:") == "list_intro"
    assert false_goal_cue("本方案实施期为2031年至2033年,重点推进学校建设") == "plan_period"
    assert false_goal_cue("请各校要做好2031年招生工作") == "request"
    assert false_goal_cue("2031年全市教育工作会议将于1月召开") == "meeting_date"
    assert false_goal_cue("据预测,到2035年全市学龄人口将减少20%") == "forecast"
    assert false_goal_cue("某区人大会议于2031年1月16日票决确定了10项民生实事项目") == "list_chosen"  # (thirteenth round)
    assert false_goal_cue("到2031年,南川县新建学校8所", 1) == ""


def test_a_past_marker_weighs_where_the_deadline_stands():
    s = "目前已建成学校12所,到2031年将达到20所"
    assert not reports_past(s, s.index("2031"))  # the deadline opens what is to come after the status
    assert reports_past(s)  # with no deadline, any past marker
    assert not reports_past("南川县2031年持续推进学校建设")


def test_pieces_that_are_no_sentence():
    assert is_no_sentence("(三)") == "fragment"
    assert is_no_sentence("牵头单位:县教育局") == "unit_label"
    assert is_no_sentence("完成时限:2031年6月底前") == "schedule_label"
    assert is_no_sentence("学校 | 2031年 | 新建 | 8所") == "table_row"
    assert is_no_sentence("2031年新建学校8所") == ""


def test_a_year_that_closes_a_period_dates_the_sentence():
    assert dated_by_a_period("从2030年秋至2031年春,各校要完成校舍维修")
    assert not dated_by_a_period("南川县2031年持续推进学校建设,扩大优质学位供给")


def test_the_rules_hand_on_the_sentences_that_lack_only_a_date_cue():
    hits: list = []
    got = find_goals("南川县2031年持续推进学校建设,扩大优质学位供给。到2031年,新建学校8所。", 0, False, 0, hits)
    assert [g.cues for g in got] == [("deadline",)]  # the rules' own goal: not handed on
    assert [g.cues for g in hits] == [("undated",)] and hits[0].start == 0
    text = ("三、重点任务\n(一)扩大资源。南川县2031年持续推进学校建设,扩大优质学位供给。"
            "南川县2031年学校新建工作已全面推进,新增学位2000个。请各校要做好2031年招生工作。"
            "组织好2031年学校建设工作,名单如下:\n")
    assert undated(text) == ["南川县2031年持续推进学校建设,扩大优质学位供给"]  # a past marker, a request, a list
    assert undated("二、主要目标\n南川县2031年持续推进学校建设。\n") == []  # a goal section: taken whole


def test_hybrid_asks_only_what_the_rules_would_take_but_for_a_date_cue():
    text = ("三、重点任务\n(一)扩大资源。南川县2031年持续推进学校建设,扩大优质学位供给。到2031年,新建学校8所。"
            "南川县2031年学校新建工作已全面推进,新增学位2000个。请各校要做好2031年招生工作。"
            "组织好2031年学校建设工作,名单如下:\n")
    assert asked(text) == ["南川县2031年持续推进学校建设,扩大优质学位供给"]


def test_hybrid_leaves_out_a_whole_short_line():
    text = "一、工作\n南川县2031年推进学校建设\n新建学校8所。"
    assert is_bare_line(text, text.index("南川"), text.index("设") + 1)
    assert not is_bare_line("一、工作\n南川县2031年推进学校建设,新建学校8所。", 5, 18)
    assert worth_a_goal_check("南川县2031年持续推进学校建设,扩大优质学位供给")


def test_hybrid_leaves_out_a_year_that_names_a_document_or_a_vision():
    # a document's name run into its first heading (a page that lost its line breaks), a notice's title
    assert not worth_a_goal_check("县教育局2031年工作计划一、工作思路以提高质量为目标,推进学校建设")
    assert not worth_a_goal_check("南川县2031年学校建设实施方案(试行)(一)推进学校建设")
    assert not worth_a_goal_check("关于印发南川县2031年学校建设工作方案的通知")
    assert worth_a_goal_check("南川县2031年完成学校布局规划")  # a plan to be drawn up by then: asked
    assert asked("南川县教育局2031年工作计划一、工作思路以提高质量为目标,推进学校建设,扩大优质学位供给。") == []
    # a long-term vision the plan serves (O6)
    assert names_a_vision("结合2040年远景目标,各乡镇要推进学校建设")
    assert names_a_vision("为2040年基本实现现代化奠定坚实基础")
    assert not names_a_vision("到2031年建成学校8所,为2040年奠定基础")  # a deadline of its own
    assert not worth_a_goal_check("结合2040年远景目标,各乡镇要推进学校建设")


def test_the_target_check_reads_a_verb_led_indicator_with_the_rules_verbs():
    from extract.rules.targets import opens_with_verb
    assert opens_with_verb("新增学位") and opens_with_verb("建成示范校") and opens_with_verb("完成")
    assert not opens_with_verb("学前三年毛入园率") and not opens_with_verb("专任教师")


def test_a_sentence_reporting_a_periods_work_is_not_asked():
    # news leads and look-backs, mainland and Taiwan/Hong Kong wordings, made up
    for s in ("本报讯(通讯员 张三)2031年上半年,某县教育局认真落实主体责任,确保进度和质量双丰收",
              "本網訊(記者 李四)2031年,某市教育局推進校舍改建,確保學生安全",
              "通讯员某某根据要求,2031年某县改造计划的建设重点放在学校食堂,确保按期完工",
              "2031年以来,某区新建幼儿园5所,确保适龄幼儿就近入园",
              "半年来,某县投入资金3000万元,确保2031年秋季学期顺利开学"):
        assert not worth_a_goal_check(s), s
    # a plan's own dated commitments stay askable, a half year included
    for s in ("2031年上半年,确保完成全部校舍改造任务", "到2032年,力争建成10所标准化学校"):
        assert worth_a_goal_check(s), s
