"""(lead41) A charge whose subject the sentence named at its start (eval/README.md U7).

A Chinese sentence names its subject once and goes on with clauses that share it; a later clause may put a task on that
subject with ``负责`` and no subject of its own, after what the subject is or does::

    某县实验小学设有中央厨房,平时也负责供应邻近三所学校的营养午餐。  -> lead 某县实验小学, task 供应邻近三所学校的营养午餐
    秘书室属于幕僚单位,除办理本室业务外,亦负责各单位间的沟通协调。    -> lead 秘书室, task 各单位间的沟通协调
    县卫健委已制定防疫方案,向各考点选派医务人员,负责考点的饮食卫生。  -> lead 县卫健委, task 考点的饮食卫生

``carried_charges`` reads it: the sentence opens with the name of an organisation or a school (three characters or more)
and its verb (``subject_names``), and a later clause opens with ``负责`` (an adverb of time or addition before it: ``平时``,
``也``, ``亦``, ``同时``, ``还``) with no subject of its own. Not: a clause between that names another subject (the task is that one's), a first clause
that already charges the subject (``X负责A,负责B``: the charge reader's, one row), a collective or a person as the subject
(``各校…``, ``校长…``), a ``负责人``/``负责同志`` (people). Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.units import AssignmentHit

_SENTENCE = re.compile(r"[^。;；!！?？\n]+")
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)?\s*")
# a later clause that charges the sentence's subject: adverbs of time or addition, ``负责`` and the task
_CHARGE = re.compile(r"^\s*(?:平时|平時|平日|日常|同时|同時|另外|此外|并且|並且|并|並|也|亦|还|還|都|均|主要|具体|具體)*"
                     r"(?:(?:负责|負責)(?!人|同志|制(?![定订作])|的|任|牵头|牽頭)|(?:牵头|牽頭)(?:负责|負責)?(?!人|单位|單位|部门|部門|的|,|，))"
                     r"(?P<task>[^,，;；。]{2,40})$")
_CHARGE_WORDS = ("负责", "負責", "牵头", "牽頭")
# the subject's own verb right after its name: no charge of its own, no role word (the other readers' forms)
_OWN_CHARGE = re.compile(r"负责|負責|牵头|牽頭|会同|會同|配合|协助|協助")
_NOT_SUBJECT = re.compile(r"^(?:各|每|相关|相關|有关|有關|其他|其它|本|该|該|除|在|对|對|为|為|经|經|由|按|据|據|从|從|向|与|與|和)")
# the subject's verb or copula right after its name: what it is, has or has done (``设有``, ``属于``, ``为``, ``已制定``,
# ``成立于``), the words a sentence opens its subject's account with
_SUBJECT_VERB = re.compile(r"^(?:要|应当|應當|应|應|须|須|设有|設有|设立|設立|属于|屬於|隶属|隸屬|是|为|為|系|係|已|于|於|在|将|將|成立|建立|制定|承担|承擔|"
                           r"作为|作為|位于|位於|拥有|擁有|现有|現有|共有|有|始建|创办|創辦|下设|下設|内设|內設|目前|现已|現已|自|从|從|"
                           r"每年|依|根据|根據|按照|高度重视|高度重視)")
# the end of an organisation's name, and of a school's
_ORG_END = re.compile(r"(?:局|委|办|辦|厅|廳|署|处|處|科|站|院|中心|公司|政府|公所|街道|队|隊|室|团|團|馆|館|社)$")
_SCHOOL_END = re.compile(r"(?:学校|學校|小学|小學|中学|中學|国小|國小|国中|國中|高中|大学|大學|学院|學院|幼儿园|幼兒園)$")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fff]{3,16}")
# what goes on a name (``某局长``, ``某校区``, ``某处的``) or turns it into people (``学校领导``, ``某局负责人``)
_NAME_GOES_ON = re.compile(r"^(?:长|長|区|區|部|门|門|舍|内|內|的|之|领导|領導|负责人|負責人|校长|校長|院长|院長|局长|局長|主任|书记|書記|"
                           r"老师|老師|教师|教師|同志|干部|幹部|职工|職工|人员|人員|师生|師生|学生|學生)")


def _one_name(clause: str) -> int:
    m = _NAME_CHARS.match(clause)
    if m is None or _NOT_SUBJECT.match(clause):
        return 0
    from extract.rules.units import is_unit_cell
    for k in range(3, m.end() + 1):
        name = clause[:k]
        if _NAME_GOES_ON.match(clause[k:]):
            continue
        if ((_SCHOOL_END.search(name) and k >= 4) or (_ORG_END.search(name) and is_unit_cell(name))) \
                and (clause[k:k + 1] == "、" or _SUBJECT_VERB.match(clause[k:])):
            return k
    return 0


def subject_names(clause: str) -> list[str]:
    """The organisations' or schools' names that open ``clause`` as its subject, one or a ``、`` list (``某县卫计委已制定…``
    -> [``某县卫计委``], ``甲委、乙局已…`` -> both), [] if none: each the shortest opening of three to sixteen characters
    that ends as an organisation's name reading as a unit (``units.is_unit_cell``) or as a school's name, followed by the
    verb or copula a sentence opens its subject's account with (``设有``, ``属于``, ``为``, ``已``, ``成立``: ``_SUBJECT_VERB``),
    not by more of a name or by people (``学校领导…``)."""
    names: list[str] = []
    at = 0
    while (k := _one_name(clause[at:])):
        names.append(clause[at:at + k])
        at += k
        if clause[at:at + 1] != "、":
            break
        at += 1
    return names if clause[at - 1:at] != "、" else []


def carried_charges(text: str, offset: int = 0) -> list[AssignmentHit]:
    """The rows of ``text`` (a paragraph at ``offset``) whose task a later clause puts on the subject the sentence named
    at its start (the module's docstring)."""
    hits: list[AssignmentHit] = []
    if not any(w in text for w in _CHARGE_WORDS):
        return hits
    for sm in _SENTENCE.finditer(text):
        sent = sm.group()
        if not any(w in sent for w in _CHARGE_WORDS):
            continue
        lead_in = _ITEM_MARK.match(sent).end()
        body = sent[lead_in:]
        names = subject_names(body)
        if not names:
            continue
        k = len("、".join(names))
        clauses = [(m.start(), m.end()) for m in re.finditer(r"[^,，]+", body)]
        if len(clauses) < 2 or _OWN_CHARGE.search(body[k:clauses[0][1]]):
            continue
        for a, b in clauses[1:]:
            clause = body[a:b]
            if (m := _CHARGE.match(clause)) is not None:
                task = m.group("task").strip()
                start = sm.start() + lead_in
                hits.append(AssignmentHit(offset + start, offset + sm.start() + lead_in + b, task, names, [],
                                          "carried_subject"))
                break
            if subject_names(clause.strip()) or _OWN_CHARGE.search(clause):
                break  # another subject, or another charge form: not this reader's
    return hits
