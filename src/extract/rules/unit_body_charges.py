"""(unitA31) A body named at the head of its sentence, then (optionally) how it is made up or who chairs it, then its charge
(eval/README.md U7 ``X负责Y``; U7d, eighteenth round: persons in a ``由…兼任``/``由…担任`` chain are the agents of a passive,
not the subject, and the body is the lead):

    某县书屋领导小组,由县长任组长,副县长任副组长,负责书屋建设的统筹协调。   -> lead 某县书屋领导小组
    专家指导委员会,由领导小组聘请相关专家组成,负责为书屋建设提供技术指导。   -> lead 专家指导委员会
    “督导组”由副县长主持,负责督促检查各项工作。                             -> lead 督导组
    读书月联席会议是由县直相关部门组成,负责研究解决重大问题。                 -> lead 读书月联席会议
    县图书馆,负责图书的采购配送。                                             -> lead 县图书馆

``body_charges``: (start, end, task, lead) of each such sentence of a paragraph; task = the clause after ``负责`` (U7), up to
the sentence's end or a comma that opens the body's next duty; the quote from the body's name (an item mark and quotation
marks left out) to the task's end. The chain between the name and ``负责`` is a make-up or chairing clause (``由…组成``,
``由…主持``, ``由…任组长``, ``由…兼任``/``担任``, ``由…召集``) and the person clauses after it (``副县长任副组长``); a bare name
alone before the comma is the body itself. Not: a topic that names no body (a collective ``各…``, a role word, a pointer
``该…``, a task: ``unit_defined_duties._topic_units``), a ``由`` chain that holds a ``负责`` of its own (``…由某局负责``: the
led-by reader's), a chain with no make-up verb, and a photo's caption (G4a). Made-up examples only.
"""

from __future__ import annotations

import re

_MARK = r"(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[、.．](?!\d))?"
_QUOTE_OPEN = "“\"「『"
_QUOTE_CLOSE = "”\"」』"
# the make-up or chairing clause after the body's name: ``由…组成``, ``由…主持``, ``由…任组长``, ``由…兼任``
_MAKE_UP = r"(?:组成|主持|召集|兼任|担任|任组长|任主任|任召集人|任主席)"
_NO_CHARGE = r"(?:(?!负责)[^。;；!！?？\n])"
_BODY_CHARGE = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*" + _MARK + r"\s*(?P<open>[" + _QUOTE_OPEN + r"]?)"
    r"(?P<units>[^。;；,，:：\s由是“”\"「」『』]{2,40}?)[" + _QUOTE_CLOSE + r"]?\s*"
    r"(?:[,，]\s*|(?=是?由))"
    r"(?:是?由" + _NO_CHARGE + r"{1,160}?" + _MAKE_UP + r"(?:的" + _NO_CHARGE + r"{0,20}?)?\s*[,，]\s*"
    r"(?:" + _NO_CHARGE + r"{0,120}?[,，]\s*)?)?"
    r"(?:主要|具体)?负责(?!人|同志|制(?![定订作])|的|任)(?P<task>[^。;；!！?？\n]{2,80})")
# a predicate inside the topic (``县文旅局作为…部门``, ``甲局的…``; a body set up, ``某镇设立防火指挥所``, ``小组下设办公室``):
# a sentence, another reader's (``unit_defined_duties``, ``unit_clauses.duties_then_office``: the office set up is the lead)
_PREDICATE = re.compile(r"的|作为|作為|设在|承担|设立|設立|下设|下設|设置|設置|成立|组建|組建")
# a body's kind and nothing else (``领导小组``, ``工作专班``, ``办公室``): no body named (U7d)
_BARE_KIND = re.compile(r"^(?:工作|专项|临时)?(?:领导小组|小组|工作组|专班|办公室|指挥部|委员会|专家组|工作专班)$")
# a standing meeting (``…联席会议``), a body where a make-up clause says who it is made of
_MEETING = re.compile(r"联席会议$")
# (the same chain after a body the sentence sets up: ``某县成立书屋指导中心,负责…``, ``设立专家委员会,由…组成,负责…``; U7d: the
# body set up, not the one that sets it up, takes the charge)
_SET_UP_CHARGE = re.compile(
    r"(?:成立|设立|設立|组建|組建|设置|設置)了?(?P<units>[^。;；,，:：\s由“”「」]{2,40}?)\s*[,，]\s*"
    r"(?:由" + _NO_CHARGE + r"{1,160}?" + _MAKE_UP + r"\s*[,，]\s*(?:" + _NO_CHARGE + r"{0,120}?[,，]\s*)?)?"
    r"(?:主要|具体)?负责(?!人|同志|制(?![定订作])|的|任)(?P<task>[^。;；!！?？\n]{2,80})")
# (lead43) a body set up whose name comes after a clause of its make-up (``成立了由分管副县长任组长的书屋工作领导组,负责…``,
# ``成立了书记为组长,…为成员的某工作领导小组,负责…``): the body named after the make-up's ``的`` takes the charge (U7d)
_SET_UP_AFTER_MAKE_UP = re.compile(
    r"(?:成立|设立|設立|组建|組建)了?[^。;；!！?？\n]{1,80}?(?:任|为|為|担任|擔任)(?:副?组长|副?組長|主任|指挥长|指揮長|成员|成員)的"
    r"(?P<units>[^。;；,，:：\s由“”「」的]{2,40}?)\s*[,，]\s*"
    r"(?:主要|具体)?负责(?!人|同志|制(?![定订作])|的|任)(?P<task>[^。;；!！?？\n]{2,80})")
# a comma that opens the body's next duty: the task ends before it
_NEXT_DUTY = re.compile(r"[,，]\s*(?:并|还|同时)?(?:会同|参与|组织|负责|指导|协调|牵头|配合|承担|联合)")


_BARE_COMMA = re.compile(r"^[" + _QUOTE_CLOSE + r"]?\s*[,，]\s*(?:主要|具体)?负责")


def _listed_heads(m: re.Match[str], lead: list[str]) -> bool:
    """(lead46) Several bodies at the sentence's head, then only a comma before their charge (``甲局、乙局、丙大队,负责…``):
    the list leads the task together (U3, U7), as one body does; never with a make-up chain between (a chain is one
    body's), nor a collective (``各…``) among them."""
    from extract.cues import is_unit_cell
    between = m.string[m.end("units"):m.start("task")]
    return _BARE_COMMA.match(between) is not None and all(is_unit_cell(u) and not u.startswith(("各", "相关", "有关"))
                                                          for u in lead)


def body_charges(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, lead) of each sentence of ``text`` that charges a body named at its head (module docstring)."""
    if "负责" not in text:
        return []
    from extract.rules.unit_defined_duties import _topic_units
    from extract.rules.goals import is_photo_caption
    if is_photo_caption(text):
        return []  # a caption restates the page beside a picture: furniture (G4a), no row
    out: list[tuple[int, int, str, list[str]]] = []
    for m in [*_BODY_CHARGE.finditer(text), *_SET_UP_CHARGE.finditer(text), *_SET_UP_AFTER_MAKE_UP.finditer(text)]:
        name = m.group("units")
        lead = _topic_units(name) if not _PREDICATE.search(name) else None
        if lead is None and _MEETING.search(name) and m.group(0).find("由") >= 0 and "组成" in m.group(0):
            lead = [name]  # ``…联席会议由…组成``: the make-up clause names the meeting a body (U3a: a party, copied as written)
        if lead is None or (len(lead) != 1 and not _listed_heads(m, lead)) or _BARE_KIND.match(lead[0]):
            continue  # (``成立领导小组,…负责…``: a kind alone names no body, U7d)
        run = m.group("task")
        stop = _NEXT_DUTY.search(run) if len(lead) == 1 else re.search(r"[,，]", run)  # (lead46) a list's charge: its clause
        task = (run[:stop.start()] if stop else run).strip()
        if len(task) < 4 or ":" in task or "：" in task:
            continue  # (``…,负责以下工作事项:(一)…``: a list's lead-in, its items the rows, ``unit_set_up_items``)
        start = m.start("open") if "open" in m.re.groupindex and m.group("open") else m.start("units")
        out.append((start, m.start("task") + len(run[:stop.start()] if stop else run.rstrip()), task, lead))
    return out
