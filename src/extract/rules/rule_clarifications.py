"""Readings that the written rules of eval/README.md spell out in their clarifications (U7d, U4b, U7, U8c, N13a,
O3f): small cues, each named after its rule, hooked in with one line where the decision is taken. Made-up examples
only.

- ``indefinite_contractor`` (U7d): ``建成后委由专业团队负责运营``: a party still to be chosen, named only by the kind of
  contractor, names no unit.
"""

from __future__ import annotations

import re

# -- U7d: a contractor named only by its kind ---------------------------------------------------------------------

_CONTRACTOR_KIND = re.compile(
    r"^(?:(?:有资质|有資質|具备资质|具備資質|专业|專業|合格|优质|優質)的?)?"
    r"(?:第三方)?(?:专业|專業|社会|社會)?(?:团队|團隊|机构|機構|公司|企业|企業|力量|单位|單位|组织|組織)$"
    r"|^第三方$")
_HIRE_VERB = re.compile(r"委由|委託|委托|聘请|聘請|引入|引进|引進|招募|购买服务|購買服務")


def indefinite_contractor(units: list[str], text: str, start: int, end: int) -> bool:
    """U7d (eighteenth round, second adjudication): every unit of the row at ``text[start:end]`` is a contractor named
    only by its kind (``专业团队``, ``第三方机构``, ``有资质的企业``, ``社会力量``) and the clause hires it (``委由``, ``委托``,
    ``聘请``, ``引入``, in the row's words or right before them): a party still to be chosen names no unit.
    ``建成后委由专业团队负责运营`` -> True. Not ``由甲园物业有限公司负责运营`` (a named company), not ``由专业团队负责运营``
    with no hiring verb."""
    names = [_HIRE_VERB.sub("", u.strip(), count=1) if _HIRE_VERB.match(u.strip()) else u.strip() for u in units]
    names = [u for u in names if u]
    return bool(names) and all(_CONTRACTOR_KIND.match(u) for u in names) \
        and bool(_HIRE_VERB.search(text, max(0, start - 4), end))


# -- N13a / O3f: a report on the year's list of works ------------------------------------------------------------

# the title (first lines) of a report on how a year's works went: ``…实施情况的报告``, ``…完成情况报告``, ``…进展情况``
_REPORT_TITLE = re.compile(r"(?:实施|實施|完成|进展|進展|推进|推進|落实|落實|执行|執行|办理|辦理)(?:情况|情況)(?:的)?(?:报告|報告|通报|通報|公示)?"
                           r"|(?:工作)?总结|(?:工作)?總結")
# what reports a works project done: ``已于9月底完工``, ``现已建成``, ``已投入使用``, ``现已完工``
_WORKS_DONE = re.compile(r"(?:已|业已|業已)(?:于|於)?[^。；;，,]{0,12}?(?:完工|竣工|建成|投入使用|投用|完成建设|完成建設)|建成使用")
_FUNDING = re.compile(r"(?:总投资|總投資|投资|投資|投入资金|投入資金|资金|資金|预算|預算)")


def _report_title(text: str) -> bool:
    head = "\n".join(ln for ln in text[:400].split("\n")[:4])
    return _REPORT_TITLE.search(head) is not None


def _paragraph_at(text: str, start: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, (len(text) if b < 0 else b)


def done_works_funding(text: str, start: int, end: int) -> bool:
    """N13a (eighteenth round, second adjudication): in a report on the year's works written a paragraph per project
    (its title a report: ``…完成情况报告``, ``…实施情况的报告``), the size or funding of a project whose paragraph reports
    the works done (``该项目总投资约60万元。该项目已于9月底完工。``) is status. Not a project reported under way
    (``目前正在施工``), not the same paragraph in a plan (no report title)."""
    a, b = _paragraph_at(text, start)
    sentence_start = max(text.rfind(c, a, start) for c in "。；;") + 1
    return (_FUNDING.search(text, max(a, sentence_start), end) is not None
            and _WORKS_DONE.search(text, end, b) is not None and _report_title(text))


_LIST_SET_OUT = re.compile(r"(?:确定|確定|实施|實施|安排|列入|确立|確立)的?[^。；;]{0,16}?(?:实事|實事|民生|惠民)[^。；;]{0,10}?"
                           r"(?:有|共有|共|为|為)\s*[\d一二三四五六七八九十两兩]+\s*(?:个|個|项|項|件)")


def list_set_out_in_report(text: str, start: int, end: int) -> bool:
    """O3f (eighteenth round, second adjudication): in a progress or completion report on the year's list (its title a
    report, or its works reported done), the sentence that sets the list out (``2031年度本镇确定的民生实事项目有2个,
    分别为A项目、B项目``) reports what was chosen: no goal. Not the same sentence on a page of the list still ahead."""
    if _LIST_SET_OUT.search(text, start, end) is None:
        return False
    return _report_title(text) or _WORKS_DONE.search(text, end) is not None


def clarified_filter(text: str, records: list) -> list:
    """``records`` without the targets of N13a's works reported done (``done_works_funding``) and the goals of O3f's
    list set out in a report (``list_set_out_in_report``)."""
    out = []
    for r in records:
        ns, kind = getattr(r, "norm_span", None), getattr(r, "type", None)
        if ns is not None and kind == "numeric_target" and done_works_funding(text, ns.start, ns.end):
            continue
        if ns is not None and kind == "goal" and list_set_out_in_report(text, ns.start, ns.end):
            continue
        out.append(r)
    return out
