"""A works measure under a present frame, of works the sentence says are still being built or about to start (N17a).

A progress report often opens with the present (``目前,``) and then gives the size and funding of works not yet done:
``目前,投资500余万元、面积4000平方米的某广场正在加紧建设之中;投资900万元的某公园,即将开工建设``. The frame makes the
clauses after it a status (N13, ``cues.opens_with_present_frame``), but the planned size of works still to be built or
finished is a target (N17a) whatever is done so far. A measure of works the sentence reports done (``…已建成``,
``…已投入使用``) stays a status. No import of the other rule modules (``cues`` calls in here)."""

from __future__ import annotations

import re

# the measure's own words: the money or the area of works (``投资``, ``总投资``, ``建筑面积``, ``占地``, ``建设规模``)
_WORKS_MEASURE = re.compile(r"(?:投资|投資|造价|造價|面积|面積|占地|佔地|用地|规模|規模)[^，,；;。\d]{0,6}?(?:约|約|近|超|达|達|为|為)?\s*$")
# the same sentence, after the measure, says the works are under way or still to start (up to the sentence's end)
_UNDER_WAY = re.compile(r"正在(?:抓紧|抓緊|加紧|加緊|加快|全力|紧张|緊張)?(?:建设|建設|施工|推进|推進|进行|進行)|建设之中|建設之中|"
                        r"施工之中|在建|即将(?:开工|開工|动工|動工|建设|建設)|即將(?:开工|開工|动工|動工|建设|建設)|"
                        # still being designed (``正在设计中``), or a share of the works done so far (``已完成60%``)
                        r"正在(?:规划|規劃)?(?:设计|設計)|(?:设计|設計|规划|規劃)之?中|完成(?:了)?\s*\d+(?:\.\d+)?\s*%")
# the main structure done while the rest goes on (``主体工程已完工,正在进行内部装修``): the works are not finished
_MAIN_PART_DONE = re.compile(r"主[体體][^，,；;。\d]{0,4}?已(?:经|經)?(?:全部|基本)?(?:建成|竣工|完工|完成|封顶|封頂)")
# the measure's clause says the money is spent or the work done so far (``上半年已完成投资``, ``累计投资``): a result
_SPENT = re.compile(r"已|完成|累计|累計|实际|實際")
# a word of the works done, said before the under-way words (``…已建成,正在进行装修`` reports the building done)
_DONE = re.compile(r"已(?:经|經)?(?:全部|基本)?(?:建成|竣工|完工|投入使用|投用|启用|啟用|交付)|建成投用|落成")


def measure_of_works_under_way(clause_before: str, after: str) -> bool:
    """The number measures works (its clause ends with ``投资``, ``面积``, ``占地``…: ``投资约600万元``, ``面积3000平方米
    的…``) and its sentence goes on to say the works are being built, designed or about to start (``…正在抓紧建设之中``,
    ``…即将开工建设``, ``…正在设计中``) or how much of them is done so far (``…已完成60%``), with no word of them done
    before that (``…已建成,正在进行装修``; the main structure done, ``主体工程已完工,正在进行内部装修``, leaves them
    unfinished) and no word of money spent in its clause (``已完成投资N万元``, ``累计投资``): the planned size of works
    still ahead (N17a), a target though the sentence opens in the present. ``after`` runs from the number's end."""
    if _WORKS_MEASURE.search(clause_before) is None or _SPENT.search(clause_before) is not None:
        return False
    sentence_rest = _MAIN_PART_DONE.sub("", after.split("。", 1)[0])
    m = _UNDER_WAY.search(sentence_rest)
    return m is not None and _DONE.search(sentence_rest, 0, m.start()) is None
