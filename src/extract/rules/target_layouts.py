"""Fifteenth-round cues (engineer fnC15): missed numeric targets.

Numbers a page's scraping broke (a blank after the decimal point or the thousands comma, a blank inside a
comma-grouped figure) and ``N千`` as a measure of its own. Each cue is a small named pattern or function with
made-up examples; they are hooked into ``targets.NUMBER`` with one short line each.
"""
from __future__ import annotations

import re

from extract.rules.time_limit_cells import counted_time_limit

# A figure whose scraping put one blank inside it, read whole (N8: the value as the page means it), only between
# Chinese words so that a list's marker (``1. 6所…`` at a line's start) or two numbers of a table row are never joined:
#   ``新增床位1. 2万张``        a blank after the decimal point, before 万/亿 (``1.2万张``)
#   ``经济增长6 . 5%``          (tgtA25) blanks around the decimal point of a share (``6.5%``)
#   ``约3, 400个名额``          a blank after the thousands comma (``3,400个``)
#   ``获补助52,36 1,000元``     a blank inside a comma-grouped figure (``52,361,000元``)
BROKEN_NUMBER = (
    r"(?<=[\u4e00-\u9fff])\d{1,3}(?:\. | \. ?)\d{1,2}(?=[万亿萬億])"  # (tgtC34) ``总投资4 .8亿元``: a blank before the point too
    # (tgtA25) ``经济增长6 . 5%左右``, ``增长6 .5%``: blanks around the decimal point of a share
    r"|(?<=[\u4e00-\u9fff])\d{1,3}(?: \. ?|\. )\d{1,2}(?=%)"
    r"|(?<=[\u4e00-\u9fff])\d{1,3}, \d{3}(?![\d,.])(?=\s?[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])\d{1,3}(?:,\d{3})*,(?:\d \d\d|\d\d \d)(?:,\d{3})*(?![\d,.])(?=\s?[\u4e00-\u9fff])"
)
def mended_number(number: str) -> str:
    """``1. 2`` -> ``1.2``, ``3, 400`` -> ``3400``, ``52,36 1,000`` -> ``52361000``: the figure without its blank
    and its thousands commas."""
    return number.replace(" ", "").replace(",", "")


# A cell that is a deadline and nothing else (``10月底前``, ``2031年6月前``, ``年底前``, ``第三季度``, ``长期``)
_DEADLINE_CELL = re.compile(r"^(?:(?:19|20)\d\d\s*年)?\s*(?:\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|份)?|年底|年内|年末|上半年|下半年|"
                            r"第?[一二三四]季度末?)\s*(?:前|以前|之前)?$|^(?:长期|持续|常态化)$")


def deadline_cells_of_short_row(cells: list[str], roles: list[str]) -> list[str]:
    """(r15) Roles of a task-table row whose unit cells were merged with the row above, so that its cells break
    after the task (``新增某床位80张 | 9月底前 | 目前已选址…``): a bare deadline cell read as the row's title is its
    deadline column, and the task before it, read as a category, is the title again. A row with a title that is no
    deadline (``某类 | 新建甲园 | …``) keeps its roles."""
    at = [k for k, (c, r) in enumerate(zip(cells, roles)) if r == "title" and _DEADLINE_CELL.match(c.strip())]
    if not at:
        return roles
    k = at[0]
    out = list(roles)
    out[k] = "deadline"
    if k > 0 and out[k - 1] == "category":
        out[k - 1] = "title"
    return out


_PART_HEAD_DONE = re.compile(r"已|完成|建成|开工|正在|累计|共计|合计|总计")
_PART_SEP = re.compile(r"[,，、;；:：]")


def row_total(title: str) -> tuple[float, str] | None:
    """The one planned quantity a task row's title states (``新增某食堂12个`` -> ``(12.0, "个")``); None when the title
    states none or more than one."""
    from extract.rules.targets import numbers

    found = [m for m in numbers(title) if m.group("unit")]
    if len(found) != 1:
        return None
    m = found[0]
    try:
        return float(m.group("v").replace(",", "")), m.group("unit")
    except ValueError:
        return None


def breakdown_parts(total: tuple[float, str], cell: str, cands: list[tuple[int, int, float, str]]) -> set[int]:
    """(r15) The numbers of a task row's progress cell that break the row's planned total down by place or site
    (``新增某食堂12个`` | ``其中甲街道5个,乙街道4个,丙镇3个,其中2个已建成``): the first numbers of the total's measure, in
    order, whose running sum meets the total exactly, at least two of them, each named by a place before it with no
    word of a result (``已``, ``完成``, ``建成``) between the place and the number (N16: one record per part of a planned
    whole). ``cands`` are (start in ``cell``, key, value, unit); returns the keys of the parts. A single number equal
    to the total (``已完成80张``) restates it, and a run that never meets the total is no breakdown."""
    value, unit = total
    run: list[int] = []
    acc = 0.0
    for start, key, v, u in sorted(cands):
        if u != unit:
            continue
        seps = list(_PART_SEP.finditer(cell, 0, start))
        head = cell[seps[-1].end() if seps else 0:start]
        if _PART_HEAD_DONE.search(head) or not head.strip():
            return set()
        run.append(key)
        acc += v
        if abs(acc - value) < 1e-9:
            return set(run) if len(run) >= 2 else set()
        if acc > value:
            return set()
    return set()


def row_breakdown_hits(title: str, cell: str, offset: int, doc_year: int | None) -> list:
    """The targets of a progress cell that breaks the row's planned total down (``breakdown_parts``), as
    ``find_targets`` reads them with the parts taken as targets and every other number left out."""
    from extract.cues import Decision
    from extract.rules.targets import find_targets

    total = row_total(title)
    if total is None or total[1] not in cell:
        return []
    seen: list[tuple[int, int, float, str]] = []

    def look(c):  # every number of the cell: (its start in the cell, its key, value, unit)
        seen.append((c.end - (c.num_end - c.pos) - offset, c.end, c.value, c.unit))
        return Decision(False, ("look",))

    find_targets(cell, offset, doc_year=doc_year, origin="cell", decider=look)
    parts = breakdown_parts(total, cell, seen)
    if not parts:
        return []
    return find_targets(cell, offset, doc_year=doc_year, origin="cell",
                        decider=lambda c: Decision(c.end in parts, ("row_breakdown",)))


# (r15) A share of the economy's aggregate, its abbreviation glued to the number (``某产业增加值占GDP3%以上``): the
# number is read though a Latin letter stands right before it (other letters before a digit make a code: ``A3``)
AFTER_AGGREGATE = r"(?<=GDP|GNP)(?=\d+(?:\.\d+)?\s*(?:%|％|个百分点))"


def after_aggregate(before: str) -> bool:
    """(r15) The number stands right after ``GDP``/``GNP`` (``占GDP3%``): a share of the aggregate, not a code's digits."""
    return before.endswith(("GDP", "GNP"))


_RANK_REACHED = re.compile(r"(?:升至|升到|提升至|提升到|上升至|上升到|提高至|提高到|跃居|跃升至|跃升到|进入|保持在?|达到)"
                           r"(?:全[国省市县区]|同类[^，,；;。\d]{0,4})?第\s*$")


def reaches_rank(before: str, unit: str) -> bool:
    """(r15) The ordinal of a rank to reach (``某项排位由全市第12位升至第8位``, ``保持全省第1名``): the level a ranking
    indicator is to move to, a target (N8: unit as written), not the ordinal of a name (``第3批``, ``第二中学``)."""
    return unit in ("位", "名") and _RANK_REACHED.search(before[-12:]) is not None


_UNFINISHED = ("，", ",", "、", "；", ";")


def continued_cell_roles(cells: list[str], roles: list[str]) -> list[str]:
    """(r15) Roles of a task-table row whose last cell the page broke onto the next line, so that the row has one
    cell more than its header (``…| 2031年目标 | 一季度开工,甲路年内完成60%, | 乙路年内完成40%。``): the extra cell after a
    cell left unfinished (ending with ``,``, ``、`` or ``;``) goes on with it and takes its role. A cell after a
    finished one (``…| 7月底 | 具备条件``) keeps its own."""
    if len(cells) < 2 or roles[-1] != "other" or not cells[-2].rstrip().endswith(_UNFINISHED):
        return roles
    if not (roles[-2].startswith("year:") or roles[-2] in ("content", "title")):
        return roles
    return roles[:-1] + [roles[-2]]


# (r15) A deadline column's cell that gives a time limit, not a date (``5个工作日``, ``15日内(自受理之日起)``)
_TIME_LIMIT_CELL = re.compile(r"^\s*(\d{1,3})\s*(个工作日|工作日|日|天|个小时|小时)(以内|内)?\s*(?=$|[(（])")


def time_limit_cell(cell: str) -> tuple[int, float, str, str] | None:
    """(r15) A task table's deadline cell (``办理时限``, ``公开时限``) that states how long the task may take
    (``20个工作日(自受理之日起)``, ``7日内``): the time limit is the row's target (N8: unit as written; ``内`` makes it a
    ceiling). Returns (end of the limit in the cell, value, unit, comparator); None for a date (``6月底前``,
    ``2031年``) or a cell that runs on (``5个工作日完成初审,…``)."""
    m = _TIME_LIMIT_CELL.match(cell)
    if m is None:
        return counted_time_limit(cell)  # (tgtA26) ``某信息形成之日起10个工作日内``: counted from an event
    return m.end(3) if m.group(3) else m.end(2), float(m.group(1)), m.group(2), "<=" if m.group(3) else "="


# (r15) the opening of a bracketed breakdown right after a figure (``新建学校12所(其中公办8所``)
_BRACKETED_SHARE = re.compile(r"^\s*[(（]\s*其中\s*[:：]?[^()（）\d，,；;。]{0,8}$")


def bracketed_share(sentence: str, total_end: int, num_start: int, total_unit: str, unit: str) -> bool:
    """(r15) The number opens a bracketed breakdown of the figure right before it, in its measure (``新建学校12所
    (其中公办8所)``, ``新增学位3000个(其中:甲区1200个)``): a part of a planned whole shares its commitment (N16). Not a
    bracket with other words (``(建筑面积5000平方米)``: the works' size) nor a part in another measure."""
    return bool(unit) and unit == total_unit and _BRACKETED_SHARE.match(sentence[total_end:num_start]) is not None


# (r15) a modal right after a quantity, before the verb it commits (``每周3天都要组织…``, ``3所学校须于年底前完成``)
_MODAL_AFTER = re.compile(r"^[^，,；;。\d]{0,2}?(?:都|均|也|全部)?(?:(?<![不无])必须|务必|(?<![不无必])须(?!知)|(?<![需不只想主重])要(?![求素点])|(?<!不)应当|(?<![不相])应(?![用急对届]))"
                          r"(?=[\u4e00-\u9fff])")


def modal_follows(after: str) -> bool:
    """(r15) The quantity's own clause goes on with a modal before its verb (``甲校每周3天都要组织托管``,
    ``甲类学校3所须于年底前完成改造``): a commitment though nothing before the number commits. Not ``需要`` or
    ``要求`` (a need or a demand), ``应用``, ``须知``."""
    return _MODAL_AFTER.match(after) is not None


_OWN_YEAR_OPENING = re.compile(r"^\s*((?:19|20)\d\d)\s*年(?![底末]?(?:以来|来|的))")
_REPORTED = re.compile(r"已|截至|截止|累计|目前|完成了|建成了|实现了|同比")


def restated_plan_sentence(cell: str, doc_year: int | None) -> tuple[int, int] | None:
    """(r15) A progress cell of a report that opens by restating the year's plan (``2031年某市共实施6个甲工程,合计
    总投资N万元,计划新增面积N平方公里。截至6月底,已完成…``): the span of that first sentence, dated the report's own
    year or later and free of any word of a result, whose quantities are the year's targets (O3: the commitment
    restated). None when the cell opens with what was done (``截至…``, ``已…``) or with a year before the report's."""
    m = _OWN_YEAR_OPENING.match(cell)
    if m is None or doc_year is None or int(m.group(1)) < doc_year:
        return None
    end = cell.find("。")
    end = len(cell) if end < 0 else end
    if _REPORTED.search(cell, 0, end):
        return None
    return 0, end


# (r15) ``规划`` as the verb of the count right after it (``共计规划7座``, ``提出5年规划120处``)
_PLANS_COUNT = re.compile(r"(?<![已原总用])(?:规划|規劃)(?:了|建设|新建)?\s*(?:共|约|近)?\s*$")


_PLANS_OWN_PARTS = re.compile(r"^[^，,；;。\d]{0,6}?(?:项目|任务|指标|措施|举措|方面|内容|工程|行动|板块|专项)")


def plans_count(before: str, after: str = "") -> bool:
    """(r15) The number is what a plan lays out (``某市共计规划7座文体中心``, ``提出5年规划120处文体设施``): ``规划`` as a
    verb right before the count, a planned quantity. Not a past plan (``已规划``), a planned area's noun
    (``总规划``, ``用规划``), ``规划面积N`` (a measure noun stands between) nor the plan counting its own parts
    (``一、规划8个重点建设项目``: its projects, tasks, indicators)."""
    return _PLANS_COUNT.search(before[-10:]) is not None and _PLANS_OWN_PARTS.match(after) is None


_DIGIT = re.compile(r"\d")
_CLAUSE_END = re.compile(r"[，,；;。：:!?！？\n|]")


def one_value_fenbie(sentence: str, clause_start: int, num_start: int, num_end: int) -> str | None:
    """(r15) ``甲率、乙率分别达到N%`` with one value for the listed measures: each measure takes it (as with ``均``,
    N16). Returns the clause head with that ``分别`` read as ``均`` (its items keep their offsets), None when the
    clause holds another number (``分别达到95%、90%``: one value each) or no ``分别``."""
    head = sentence[clause_start:num_start]
    k = head.rfind("分别")
    if k <= 0 or _DIGIT.search(head):
        return None
    end = _CLAUSE_END.search(sentence, num_end)
    if _DIGIT.search(sentence, num_end, end.start() if end else len(sentence)):
        return None
    return head[:k] + "均" + head[k + 2:]



_RATE_EXCEEDS = re.compile(r"(?:比例|比重|占比|率)\s*(?:要|将|须)?\s*(?:超|逾)\s*$")


def rate_exceeds(before: str) -> bool:
    """(r15) A rate or share with the short bound ``超``/``逾`` right before its level (``某区公办园比例超60%``, as
    headlines of a plan write it): a bound from below to reach, like ``超过``. Not a count (``新增超3所``) and not
    what a report says was passed (``已超``: a past marker decides first)."""
    return _RATE_EXCEEDS.search(before[-12:]) is not None


_AND_THEN = re.compile(r"^\s*(?:(?:并|并且|同时|另)\s*(?:将|再|还)?\s*(?:购置|添置|新建|兴建|建设|投入|增加|新增|设置|配置|提供|完成|增设)"
                       r"|(?:共|合计|总计)\s*(?:将)?\s*(?:投入|投资)(?:超过|逾|约|近)?\s*$)")


def goes_on_after_again(clause_head: str, last_cues: tuple[str, ...]) -> bool:
    """(r15) A later clause of the sentence opened by ``并``/``同时`` with a verb of its own, after a number taken as
    the next step after what was done (``again``: ``去年已完成甲,今年再投入N亿元,…,并购置N万台设备``): it goes on with
    that step, not with the past clause before it; so does the total of the funds right after it (``…县府再补助N万元,
    共投入超过N万元兴建``)."""
    return "again" in last_cues and _AND_THEN.match(clause_head) is not None


_YEARLY_SINCE = re.compile(r"(?:19|20)\d\d\s*年(?:起|开始)[^。；;]{0,40}?每年[^，,；;。\d]{0,8}$")


def yearly_since(before: str) -> bool:
    """(r15) A yearly quota a measure has set from a year on (``2029年起,某市把甲纳入实事项目,每年新增30个``): the
    rate still runs, its start year dates no past result. Not ``…以来`` (a report's span) nor a quota without
    ``每年`` (``2029年起新增30个``: what that year did)."""
    return _YEARLY_SINCE.search(before[-60:]) is not None
