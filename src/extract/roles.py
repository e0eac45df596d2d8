"""The genre's vocabulary of roles in one place (eighth round): the words that say who leads a task, who helps, who is
a person rather than an organisation, and the phrases that say how a unit does its duty. Every reader of unit lists
(``cues``, ``headings``, ``tables``, ``rules.units``, ``rules.unit_cells``, ``rules.unit_prose``, ``rules.goals``) builds
its patterns from these lists instead of a private list of its own, so a word of a class is known to all of them.

A role word or a duty phrase is never part of a unit's name: it decides the unit's role (eval/README.md U4, U4a, U7).
No I/O, no imports of the package: every module may import this one.
"""

from __future__ import annotations

import re


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A non-capturing regex alternation of ``words``, the longest first (``牵头负责`` before ``牵头``)."""
    return "(?:" + "|".join(sorted(set(words), key=lambda w: (-len(w), w))) + ")"


# verbs that put a unit at the head of a task (U4a ``牵头``, U7 ``X牵头负责Y``)
LEAD_VERBS: tuple[str, ...] = ("牵头负责", "负责牵头", "牵头抓总", "牵头", "主责", "主办", "统筹")
# verbs of a unit that helps or shares the task (U4 ``配合``/``参与``, U7 ``…落实`` included): responsible units
# (``ASSIST_VERBS``: the words of a unit that assists another, ``…,乙局、丙局等部门要积极配合``)
ASSIST_VERBS: tuple[str, ...] = ("配合", "参与", "参加", "协助", "协同", "协作", "协办", "协管", "会办", "支持")
HELP_VERBS: tuple[str, ...] = ASSIST_VERBS + ("共同负责", "分工负责", "具体负责", "负责落实", "抓好落实", "组织落实", "落实", "具体实施")
# the plain verb of charge: the unit takes the task; its role is the list's (a lone ``负责`` part answers for it)
CHARGE_VERBS: tuple[str, ...] = ("负责",)
# the manner of a duty, said between a unit list and its verb (``按职责分工负责``, ``根据职责``, ``按照各自职能``)
DUTY_MANNER = (r"(?:要|应|须|需)?(?:按照|按|根据|依据|依照)(?:各自)?的?"
               r"(?:职责分工|职能分工|职能职责|职责|职能|权责)(?:分工)?")
# adverbs between a unit and its verb (``积极配合``, ``共同参与``)
ROLE_ADVERBS = r"(?:积极|密切|共同|全力|通力|主动|协同|做好|抓好)?"  # (lead53) ``各部门通力配合``

# labels of the lead's list (U4, U4a; ``主办机关``: the plans of Taiwan's agencies; ``主要承办单位``: the main office a
# proposal or a petition is handed to, as ``主要责任单位``, while a plain ``承办单位`` beside a ``主办单位`` helps)
# a bare ``主办:`` is the lead's label only where a helpers' label follows it in the same list or it opens a bracket after a
# task (``(主办:甲局;协办:乙局)``, ``主办:甲局 协办:乙局``, ``(主办:甲局)``); a site's footer ``主办:某中心`` names no party
BARE_HOST_LEAD = r"(?:(?<=[(（])主办(?=\s*[:：])|主办(?=\s*[:：][^。\n()（）:：]{1,60}?(?:协办|协助|配合)(?:单位|机关|部门)?\s*[:：])|主办$)"
LEAD_LABEL = r"(?:(?:共同|联合)牵头(?:单位|部门)|牵头单位|牵头部门|牵头责任单位|主要责任单位|主要承办单位|主要承办部门|主办单位|主责单位|主责部门|主责机关|牵头科室|牵头处室|主办机关|主办部门|牵头机关|牵头|主责(?=\s*[:：]|$)|" + BARE_HOST_LEAD + ")"
LEAD_LABEL = r"(?:牵头责任部门|" + LEAD_LABEL[3:]  # (r16 ug24) ``牵头责任部门`` as ``牵头责任单位`` (U4a), before ``牵头``
# labels of the unit that carries a task out (U4d ``主体责任单位``, ``第一责任单位``, ``责任主体``): responsible beside a lead
# label, the lead where no ``牵头`` label stands beside them (``principal_leads``)
PRINCIPAL_LABEL = r"(?:(?:主体|第一)责任(?:单位|部门)|主体单位|责任主体(?:与协同单位)?)"
# labels of the list of units that answer for the task (U4, U4a)
RESP_LABEL = (r"(?:(?:主体|第一)责任(?:单位|部门)|主体单位|责任主体(?:与协同单位)?|(?:协同|配合|协办|参与)责任(?:单位|部门)|"
              # a word that says how the units answer, before the label (``共同责任单位``, ``其他责任单位``): the label's, no unit
              r"(?:共同|其他|其它)(?:责任|配合|参与)(?:单位|部门)|责任单位|责任部门|责任科室|责任处室|责任股室|配合单位|配合部门|"
              r"协助单位|协助部门|协助机关|配合机关|参与单位|参与机关|参加单位|协同单位|协同配合单位|协作单位|协办单位|协办机关|协办部门|会办单位|"
              r"承办部门|承办单位|承办机关|负责部门|负责单位|责任主体|落实单位|落实部门|"
              # ``权责单位``/``权责机关``: Taiwan's word for the office that holds the duty (a ``责任单位``)
              r"权责单位|权责机关|权责部门|"
              # a bare verb as the helpers' label beside a bare ``牵头:`` (``(牵头:甲局;配合:乙局)``)
              r"配合(?=\s*[:：])|协办(?=\s*[:：])|协助(?=\s*[:：])|参与(?=\s*[:：])|"
              # ``主要协作单位``: the helpers' label with ``主要`` before it (``主要责任单位`` is the lead's)
              r"主要(?:协作|配合|协同|参与|协办|协助)(?:单位|部门))")
RESP_LABEL = r"(?:参加部门|" + RESP_LABEL[3:]  # (r18 confU18) U4e: ``参加部门`` as ``参与单位``
RESP_LABEL = r"(?:协同配合责任(?:单位|部门)|" + RESP_LABEL[3:]  # (unitB23) U4a: two helper words before ``责任单位``
# (unitB24) the regular compounds of the genre's labels: a role head and a noun of organisational units (``牵头股室``,
# ``配合处室``, ``协办科室``, ``参与机构``): read as the head's ``…单位`` label is (U4a: the role word decides), a general
# form for what the lists above name word by word; the nouns are those of ``cues._COL_UNITS`` and ``机构``
UNIT_NOUNS = r"(?:单位|部门|处室|科室|股室|部室|机关|机构|司局)"  # (lead48) ``牵头司局``: a ministry's departments
LEAD_LABEL = r"(?:(?:牵头|主责|主抓)" + UNIT_NOUNS + "|" + LEAD_LABEL[3:]  # (lead41) ``主抓单位``: the unit that takes the task in hand
RESP_LABEL = (r"(?:(?:责任|配合|协助|协同|协作|协办|参与|参加|会办|承办|落实|负责|权责)" + UNIT_NOUNS + "|"
              + RESP_LABEL[3:])
# (unitA27) ``实施单位``/``实施部门``/``实施主体``: who carries the task out, read as ``责任单位`` (U4a, twenty-fourth round): a lone
# label of running text gives responsible units (``改造村级广场(实施单位:某县住建局)``)
RESP_LABEL = r"(?:实施" + UNIT_NOUNS + "|实施主体|" + RESP_LABEL[3:]
# the first words of a unit label (a line or a bracket that opens with one names units, not a goal or a title)
LABEL_HEADS: tuple[str, ...] = ("牵头", "主责", "主抓", "责任", "配合", "参与", "参加", "协办", "协助", "协同", "协作", "主办", "承办",
                                "主要责任", "主要承办", "主要协作", "主要配合", "主要协同", "主要参与", "会办")

# (r30 lexA30) the lead's words a list's key may name (``列在首位的为牵头单位``, ``…为主责单位``; U4a, U4c)
KEY_LEAD_WORDS: tuple[str, ...] = ("牵头", "主责")

# people, never units (U4a): column words and labels
PEOPLE_WORDS: tuple[str, ...] = ("分管", "联系", "领导", "责任人", "负责人", "包抓", "督导")
PEOPLE_LABEL = r"(?:牵头领导|责任领导|分管领导|联系领导|[省市州区县镇乡]级?领导|包抓领导|项目责任人|责任人|负责人|联系人)"

# table column words (``cues.column_role``)
COLUMN_LEAD_WORDS: tuple[str, ...] = ("牵头", "主要责任", "主要承办", "主责", "主办", "主抓")
COLUMN_HELP_WORDS: tuple[str, ...] = ("责任", "配合", "协同", "参与", "参加", "协办", "协助", "协作", "会办", "实施主体",
                                      "公开主体", "发起")

ROLE_VERBS: tuple[str, ...] = LEAD_VERBS + HELP_VERBS + CHARGE_VERBS


_PRINCIPAL = re.compile(PRINCIPAL_LABEL)


def principal_leads(label: str, any_lead: bool) -> bool:
    """Whether a label of the unit that carries the task out (``主体责任单位``, ``第一责任单位``, ``责任主体``) names the
    lead: it does where no ``牵头`` label stands beside it (U4d, as ``主要责任单位``); beside one it is responsible."""
    return not any_lead and _PRINCIPAL.fullmatch(label) is not None


def verb_role(verb: str, default: str = "responsible") -> str:
    """``lead`` for a verb of ``LEAD_VERBS``, ``responsible`` for one of ``HELP_VERBS``, ``default`` for ``负责``."""
    if verb in LEAD_VERBS:
        return "lead"
    if verb in HELP_VERBS:
        return "responsible"
    return default


def host_helper_column(header: str) -> bool:
    """(r30 unitA30) A table column of an event's or a handled matter's helpers (``承办部门``, ``承办单位``; not ``主要承办单位``,
    the lead's): ``承办`` names the units that carry out what a host puts on them (U4a, U4c: ``承办部门`` is responsible), so
    alone in its table it stays responsible; it is not read as the lead a lone ``责任单位`` column is (U6)."""
    # (a bureau's own offices, ``承办科室``/``承办处室``, carry its plan's tasks: a lone column of them is read as U6 reads it)
    return re.fullmatch(r"承办(?:单位|部门|机构)", re.sub(r"\s", "", header)) is not None
