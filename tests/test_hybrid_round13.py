"""hybrid.v9 (thirteenth round): when the local model's veto of a target may stand, and reading its answers.

On the retired sealed texts (w19-*) hybrid.v8 lost nine true targets to vetoes against four false ones: the model's
no followed an ask's order (T, F, T, F, … over a list of six tasks; the same list reversed drew six yeses), and the
veto was taken wherever the sentence held a past-ish word (a bare ``完成`` opening a plan's task, a ``现有`` in another
item's clause). A veto now stands only when the candidate falls under a sign of a past result
(``past_result_governs``); a one-candidate answer numbered by the candidate's value is read (``lone_verdict``); a
candidate longer than the context is not asked. Made-up sentences only; no server (a client that says no)."""

import hashlib

import pytest

from extract.data import Document
from extract.llm.backend import MAX_CHECK_SPAN, HybridExtractor, lone_verdict, past_result_governs, shared_names
from extract.llm.config import LLMConfig
from extract.llm.schemas import TargetCheck, TargetVerdict
from extract.pipeline import process_document


def governs(sentence: str, number: str) -> bool:
    s = sentence.index(number)
    return past_result_governs(sentence, s, s + len(number))


# -- past_result_governs ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, number", [
    ("全镇现有小学6所,在职教师57人,其中本科率23%", "23%"),  # a 现有 that opens the sentence governs its list
    ("截至2031年底,累计新增学位3000个", "3000个"),  # 截至 is a report's date, not a time ahead
    ("现有床位200张,截至2031年底,新增床位300张", "300张"),
    ("今年已完成改造老旧小区12个", "12个"),
    ("全年完成了教师培训3000人次", "3000人次"),
    ("完成甲养护院(80张)、乙养老院(48张)共计128张照护床位改造", "80张"),  # the total in its own clause
    ("目前全区共有幼儿园20所,公办园占比达到了60%", "60%"),
    ("十三五期间,全县新建学校8所", "8所"),  # a past plan period
    ("目前到2031年止全市累计建成托育点40个", "40个"),  # a time ahead, but the sign stands in the clause
])
def test_a_past_sign_the_candidate_falls_under(sentence, number):
    assert governs(sentence, number)


@pytest.mark.parametrize("sentence, number", [
    ("完成5000户老旧住房适老改造", "5000户"),  # a bare 完成 opens a plan's task
    ("建设30家社区长者食堂,完成5000户老旧住房适老改造,新增2个托育点", "2个"),
    ("新增2个托育点,推进现有23个托育点提质", "2个"),  # the 现有 is a later item's
    ("建设30所幼儿园;政府一直增加对康复服务的投入,过去10年增加了名额6000个", "30所"),
    ("根据现有规划,全市将对3所小学进行扩建,至2030年,全市可提供公办小学学位12000个", "12000个"),  # mainland
    ("依現有規劃,到2032年可提供公幼名額3000個", "3000個"),  # Taiwan wording (the pipeline reads it simplified)
    ("根据目前的计划,2031年底前再提供约1900个日间康复服务名额", "1900个"),  # Hong Kong wording
    ("按照现有布局,到二〇三〇年全区新增学位8000个", "8000个"),
    ("新建幼儿园5所", "5所"),  # no sign at all
])
def test_no_past_sign_the_candidate_falls_under(sentence, number):
    assert not governs(sentence, number)


# -- lone_verdict ----------------------------------------------------------------------------------------------------
def test_a_lone_answer_numbered_by_the_value_is_the_lone_candidates():
    obj = TargetCheck(items=[TargetVerdict(id=800, is_target=True, indicator="小区车库信号覆盖")])
    assert lone_verdict(obj, 1)[1].indicator == "小区车库信号覆盖"


def test_a_lone_answer_numbered_right_is_read_as_it_stands():
    obj = TargetCheck(items=[TargetVerdict(id=1, is_target=False)])
    assert lone_verdict(obj, 1)[1].is_target is False


def test_answers_of_several_candidates_are_read_by_their_numbers_only():
    obj = TargetCheck(items=[TargetVerdict(id=30, is_target=False), TargetVerdict(id=2, is_target=True)])
    v = lone_verdict(obj, 2)
    assert 1 not in v and v[2].is_target is True
    assert 1 not in lone_verdict(TargetCheck(items=[TargetVerdict(id=30, is_target=False)]), 2)  # one answer of two
    assert lone_verdict(TargetCheck(items=[]), 1) == {}


# -- shared_names ----------------------------------------------------------------------------------------------------
def test_a_name_given_to_several_candidates_is_shared():
    vs = [TargetVerdict(id=1, is_target=True, indicator="新增学位"), TargetVerdict(id=2, is_target=True, indicator="新增学位 "),
          TargetVerdict(id=3, is_target=True, indicator="新增學位"),  # the same name in Traditional script
          TargetVerdict(id=4, is_target=True, indicator="新建幼儿园")]
    assert shared_names(vs) == {"新增学位"}


def test_names_of_one_candidate_each_or_of_vetoed_ones_are_not_shared():
    vs = [TargetVerdict(id=1, is_target=True, indicator="甲幼儿园新增学位"), TargetVerdict(id=2, is_target=True, indicator="乙幼儿园新增学位"),
          TargetVerdict(id=3, is_target=False, indicator="新增学位"), TargetVerdict(id=4, is_target=False, indicator="新增学位"),
          TargetVerdict(id=5, is_target=True, indicator=""), TargetVerdict(id=6, is_target=True, indicator="")]
    assert shared_names(vs) == set()


class Names:
    """A client that says yes to every candidate and names each with ``name`` (or its own text when None)."""

    def __init__(self, name):
        self.config = LLMConfig(base_url="http://127.0.0.1:9/v1", model="stub")
        self.name = name

    def check(self):
        return []

    def call(self, task, messages, model):
        if task != "target_check":
            return None, "no decision"
        lines = [ln for ln in messages[-1]["content"].splitlines() if ln[:1].isdigit() and ". " in ln]
        return TargetCheck(items=[TargetVerdict(id=int(ln.split(".")[0]), is_target=True,
                                                indicator=self.name or ln.split(". ", 1)[1][:6]) for ln in lines]), None


def test_a_shared_name_does_not_replace_the_rules_names():
    text = "三、重点任务\n累计新增学位:甲区东湖幼儿园新增学位180个、乙区西山幼儿园新增学位180个、丙区南岭幼儿园新增学位180个。"
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8", sha256=hashlib.sha256(text.encode()).hexdigest())
    rules = sorted(r.indicator for r in process_document(doc, "rules").records if r.type == "numeric_target")
    c = Names("新增学位")
    got = sorted(r.indicator for r in process_document(doc, HybridExtractor(c.config, c)).records if r.type == "numeric_target")
    assert got == rules


# -- the backend with a client that says no to every candidate -------------------------------------------------------
class SaysNo:
    """A target check client that vetoes every candidate (numbered as asked, or by value when ``by_value``)."""

    def __init__(self, by_value: bool = False):
        # the veto is opt-in since hybrid.v11: these tests are of when a veto, once allowed, may stand
        self.config = LLMConfig(base_url="http://127.0.0.1:9/v1", model="stub", target_veto=True)
        self.by_value = by_value
        self.asked: list[list[str]] = []

    def check(self):
        return []

    def call(self, task, messages, model):
        if task != "target_check":
            return None, "no decision"
        lines = [ln for ln in messages[-1]["content"].splitlines() if ln[:1].isdigit() and ". " in ln]
        self.asked.append([ln.split(". ", 1)[1] for ln in lines])
        ids = [int(ln.split(".")[0]) for ln in lines]
        if self.by_value and len(ids) == 1:
            ids = [9999]
        return TargetCheck(items=[TargetVerdict(id=i, is_target=False, indicator="") for i in ids]), None


def values(text: str, client) -> list[float]:
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    res = process_document(doc, HybridExtractor(client.config, client))
    return sorted(r.value for r in res.records if r.type == "numeric_target")


@pytest.mark.parametrize("text", [
    "三、重点任务\n2031年为民办实事项目包括:建设30家社区长者食堂,完成5000户老旧住房适老改造,新增2个托育点,推进现有23个托育点提质。",
    "三、重点任务\n2031年為民辦實事項目包括：建設３０家社區長者食堂，完成5000戶老舊住房適老改造，新增2個托育點，推進現有23個托育點提質。",
])
def test_a_veto_does_not_stand_on_a_task_verb_or_a_later_items_sign(text):
    client = SaysNo()
    got = values(text, client)
    assert client.asked  # the sentence is still asked (for better names)
    assert {30, 5000, 2} <= set(got)


def test_a_veto_stands_under_a_past_sign_of_the_candidates_own():
    got = values("三、重点任务\n累计新增学位3000个,新建幼儿园5所,改扩建小学2所。", SaysNo())
    assert got == []


def test_a_time_ahead_lifts_the_sign_before_it():
    got = values("三、主要任务\n根据现有规划,全市将对3所小学进行扩建,至2030年,全市可提供公办小学学位12000个。", SaysNo())
    assert 12000 in got


def test_a_lone_veto_numbered_by_value_is_taken_under_a_past_sign():
    assert 3000 not in values("三、重点任务\n累计新增学位3000个。", SaysNo(by_value=True))


def test_a_candidate_longer_than_the_context_is_not_asked():
    items = "".join(f"实施第{k}号道路改造工程包括挡墙{k}.5千米道路{k}.2千米护砌{k}.7千米以及沿线绿化和照明提升 " for k in range(1, 9))
    text = "三、重点任务\n2031年民生实事项目概览 " + items + "\n"
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    rules = [r for r in process_document(doc, "rules").records if r.type == "numeric_target"]
    long = [r for r in rules if r.norm_span.end - r.norm_span.start > MAX_CHECK_SPAN]
    assert long  # the rules read records over the whole flattened list
    client = SaysNo()
    got = values(text, client)
    assert all(len(c) <= MAX_CHECK_SPAN for ask in client.asked for c in ask)
    assert {r.value for r in long} <= set(got)  # not asked, so not vetoed: the rules' records stand
