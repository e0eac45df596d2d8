"""Target cues of the fifteenth round (fnB15): the misses of short wild pages of wide fields (民生实事 lists,
education, health, elderly care news). Each cue is a small function with made-up examples; they are called at one
decision point each of the existing rules. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# -- a numbered item of a year's works list read as a heading -------------------------------------------------------
# a list of 实事 marks some items with a star (``1.*新增…``, ``★``), and an item may open with whom or where the works
# are for (``为甲校安装空调200台``, ``在公共场所增配…``, ``对…实施…``); the verb of works still comes before the count
_ITEM_MARK = re.compile(r"^[*＊★☆※]+\s*")
_FOR_WHOM = r"(?:(?:为|為|在|对|對|给|給)[^，,；;。：:\d]{1,16}?)?"
_WORKS_VERB = (r"(?:新增|新建|新开|新開|新设|新設|增设|增設|增加|增配|加装|加裝|改建|扩建|擴建|改扩建|改擴建|建设|建設|建成|"
               r"完成|开设|開設|开办|開辦|提供|打造|创建|創建|实施|實施|改造|培训|培訓|招聘|招募|配置|配备|配備|安装|安裝|"
               r"筹措|籌措|更换|更換|购置|購置)")
_COUNT_TASK = re.compile(r"^" + _FOR_WHOM + _WORKS_VERB +
                         r"[^，,；;。：:\d]{0,20}?(?<![第\d.])\d+(?:\.\d+)?\s*(?:万|萬)?(?![年月日号號批期届屆轮輪])[\u4e00-\u9fff]{1,2}"
                         r"[^，,；;。：:\d]{0,24}$")


def counts_task_heading(title: str) -> bool:
    """A heading line that is a task with its count and no other clause, as a year's list of works writes its items:
    a star marks an item (``*改建照护床位220张``), or the item opens with whom or where it is for
    (``为甲区学校教室安装200台空调``, ``在公共场所增配30台除颤器``). Not a heading that only names a list
    (``甲局牵头工作(8项)``), nor a date (``为第3期``)."""
    t = _ITEM_MARK.sub("", title.strip())
    if t == title.strip() and not t.startswith(("为", "為", "在", "对", "對", "给", "給")):
        return False  # (the plain ``新增…N张`` heading is the existing cue's)
    return _COUNT_TASK.match(t) is not None


# -- verbs of works a year's list of 实事 uses ---------------------------------------------------------------------
# ``增配30台除颤器``: equipment added; ``推动300项事项网上办``: a task carried through; ``硬化村道12公里``: roads surfaced
# (not ``硬化率``, ``动脉硬化``)
# (lead42) ``扩充普通高中学位2万个``: places added; ``提质300所学校食堂``: works upgraded
_MORE_WORKS = re.compile(r"增配|推动|推動|硬化(?=[^，,；;。\d率]{0,8}(?:道路|路面|巷道|村道|通道|便道|路|道|场地|地面))|"
                         r"扩充(?=[^，,；;。\d]{0,12}(?:学位|學位|名额|名額|学额|學額|床位|托位))|提质(?=\s*$)|提質(?=\s*$)|"
                         # (lead51) ``铺设塑胶跑道800平方米``: a surface laid; ``重建围墙60米``: works rebuilt
                         r"(?:铺设|鋪設)(?=[^，,；;。\d]{0,10}(?:跑道|场地|場地|地面|草坪|塑胶|塑膠|地板|地砖|地磚|管网|管網|管道|路面))|"
                         r"(?:重建|翻建)(?=[^，,；;。\d]{0,8}(?:围墙|圍牆|校舍|教学楼|教學樓|宿舍|食堂|厕所|廁所|大门|大門|护坡|護坡))")


def works_verb(clause_before: str) -> bool:
    """A verb of works that the older verb list lacks, as 民生实事 lists write it: ``增配AED 30台``, ``推动300项事项跨省通办``,
    ``硬化村内巷道3万平方米``.
    Not ``动脉硬化患者``, ``硬化率``."""
    return _MORE_WORKS.search(clause_before) is not None


# -- a space between a number and its measure word ----------------------------------------------------------------
_RANGE_GAP = re.compile(r"\d\s*(?:-|—|–|~|～|至|到)\s*\d")
_QUANTITY_BEFORE = re.compile(_WORKS_VERB + r"\s*$|(?<![成作认以])(?:为|為)\s*$")


def pads_quantity(text: str, num_start: int, unit_start: int) -> bool:
    """The space between a number and the measure word after it pads the quantity (it does not end the number's token)
    where the measure is a sign (``达到96 %以上``) or a verb of works or ``为`` stands right before the number
    (``新增480 张养老床位``, ``为1000 户老人家庭安装…``), or the number is a range (``掌握1-2 项``): no place name
    runs on there. Not ``甲乡10 张庄镇40``."""
    if text.startswith(("%", "％", "‰"), unit_start) or _RANGE_GAP.search(text, num_start, unit_start):
        return True  # (``掌握1-2 项技能``: a range is a quantity, no name's number)
    return _QUANTITY_BEFORE.search(text, 0, num_start) is not None


# -- a label line naming a list of 实事 by its count ----------------------------------------------------------------
_COUNTED_WORKS_LIST = re.compile(r"^(?:(?:19|20)\d\d\s*年度?)?[^。，,；;:：!！?？\d]{0,10}?"
                                 r"(?:十大|十件|十项|十項|\d{1,2}\s*(?:件|项|項|大))(?:民生|惠民|为民办?|為民辦?)?(?:实事|實事)"
                                 r"(?:项目|項目|工程)?(?:清单|清單|名单|名單|安排|目录|目錄)?\s*[:：]?$")


def names_counted_works_list(line: str) -> bool:
    """A line that only names a year's list of works by its count (``十大民生实事项目``, ``2031年某区十件民生实事清单``):
    the items below it, bare counts too (``5万名学生参加研学``), are the list's commitments. Not a report on the list
    (``八件民生实事完成情况``, ``…进展情况汇报``), nor a sentence (``票决产生了十大民生实事``)."""
    t = line.strip()
    return len(t) <= 30 and _COUNTED_WORKS_LIST.match(t) is not None and not re.search(r"产生|產生|票决|票決|确定|確定", t)


# -- a share that a commitment sets ---------------------------------------------------------------------------------
_COMMITS_BEFORE_SHARE = re.compile(r"(?:力争|力爭|争取|爭取|确保|確保|目标是|目標是|目标为|目標為|目标:|目标：|"
                                   r"(?:到|至)\s*20\d\d\s*年(?:底|末)?)[^。；;!！?？]*$")
_SHARE_WORD = re.compile(r"占(?![地比])[^，,；;。\d]{0,20}$")


def commits_share(sentence_before: str, clause_before: str) -> bool:
    """A share written with ``占`` (``…占幼儿园总数的80%``) that a commitment earlier in its sentence sets: ``力争到2031年
    公办园占幼儿园总数的80%``, ``今年的目标是,公办园占总数的72%``. The share is the level to reach, not a status (``目前
    公办园占总数的67%``, which has no such word before it, stays one)."""
    m = _SHARE_WORD.search(clause_before)
    if m is None:
        return False
    head = sentence_before[:len(sentence_before) - len(clause_before) + m.start()]
    return _COMMITS_BEFORE_SHARE.search(head) is not None


# -- a rate written without its sign ---------------------------------------------------------------------------------
_RATE_BEFORE = re.compile(r"(?:率|度)\s*(?:要|应|應)?\s*(?:在|达到|達到|达|達|保持在|不低于|不低於)\s*$")
_ABOVE_AFTER = re.compile(r"^\s*(?:以上|及以上)")


def rate_without_sign(before: str, value: str, after: str) -> bool:
    """A rate whose ``%`` the writer left out, a whole number up to 100 between a rate word and ``以上``:
    ``满意率在80以上``, ``合格率达90以上``. Not a count (``学生数在80以上``: no rate word), nor a bare number with no
    ``以上`` (``合格率为90``: a page number or a cut figure could read so)."""
    return (value.isdigit() and 0 < int(value) <= 100 and _RATE_BEFORE.search(before[-12:]) is not None
            and _ABOVE_AFTER.match(after) is not None)


# -- works done for the things counted ----------------------------------------------------------------------------
_FOR_END = re.compile(r"(?<![可能以成作认認])(?:为|為|对|對)\s*(?:全[省市县縣区區镇鎮乡鄉]|本[省市县縣区區镇鎮])?\s*$")
_WORKED_UNITS = ("栋", "棟", "幢", "座", "间", "間", "处", "處", "台", "套", "户", "戶", "家", "所", "条", "條", "部")
_REPAIR_AFTER = re.compile(r"^[^，,；;。\d]{1,24}?(?:更换|更換|改造|维修|維修|修缮|修繕|加固|安装|安裝|加装|加裝|"
                           r"更新(?!率)|升级|升級)")


def works_for_counted(before: str, unit: str, after: str) -> bool:
    """``为100栋高层住宅实施消防设施改造``, ``为5万户居民用户更换燃气软管``: works done to or for the things counted, the
    planned reach of the works (N12a, N12b). Not ``可为100户提供…`` (a capacity), ``成为10个…`` (what is named), nor a
    clause with no verb of works (``为100栋住宅的业主``)."""
    return unit.endswith(_WORKED_UNITS) and _FOR_END.search(before[-12:]) is not None \
        and _REPAIR_AFTER.match(after) is not None


# -- works on what exists ---------------------------------------------------------------------------------------------
_EXISTING_WORKED = re.compile(r"(?:推进|推進|完成|实施|實施|对|對|将|將)\s*(?:全[市区县]|辖区)?(?:现有|現有|既有)\s*$")
_UPGRADE_AFTER = re.compile(r"^[^，,；;。\d]{1,16}?(?:扩优提质|擴優提質|提质|提質|改造|提升|升级|升級|扩容|擴容|"
                            r"标准化建设|標準化建設)")


def works_on_existing(before: str, after: str) -> bool:
    """``推进现有23个宝宝屋扩优提质``, ``完成现有10所学校改造``: the upgrade of things that exist, which the works deliver
    (N12a), not a count of what exists (``现有幼儿园23个``, ``目前现有23个宝宝屋``: no verb of works around it)."""
    return _EXISTING_WORKED.search(before[-12:]) is not None and _UPGRADE_AFTER.match(after) is not None


# -- the last item of a list joined by 及/和/与 -------------------------------------------------------------------
_LAST_JOINT = re.compile(r"(?:及|和|与|與)")


def split_last_joined(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(offset, item) of a ``、`` list whose last item joins two with ``及``, ``和`` or ``与`` (``甲中心、乙食堂及丙之家各3处``):
    the two are items of their own, as the ``、`` ones are (N16: one record per thing). Only where the ``、`` list has two
    items or more and each side of the joint is a name of two characters or more (not ``中小学及幼儿园`` standing alone)."""
    if len(items) < 2:
        return items
    at, last = items[-1]
    parts = _LAST_JOINT.split(last)
    if len(parts) != 2 or min(len(p.strip()) for p in parts) < 2:
        return items
    k = _LAST_JOINT.search(last).end()
    return items[:-1] + [(at, parts[0].strip()), (at + k, parts[1].strip())]


# -- values under a label that names them targets ------------------------------------------------------------------
_VALUE_LABEL = re.compile(r"(?:指标值|指標值|目标值|目標值|目标任务值|目標任務值)\s*[:：]")
_DONE_AFTER_LABEL = re.compile(r"已|累计|累計|截至|截止|实际|實際|完成值|现状|現狀|基期|基数|基數")


def under_value_label(before: str) -> bool:
    """A number after a label that names the values below it targets (``指标值:甲管理率:30%乙管理率:80%``, ``目标值：…``),
    as a form of indicators writes them, the label's values going on with no word of a result between: the target
    column of an indicator form (N13, N14). Not a result after it (``指标值:…;实际完成:28%``), and not the label of a
    base value (``基期值:``)."""
    m = None
    for m in _VALUE_LABEL.finditer(before):
        pass
    return m is not None and _DONE_AFTER_LABEL.search(before, m.end()) is None


# -- a value whose measure is written once, after the last value of its pair -----------------------------------------
_NEXT_VALUE_UNIT = re.compile(r"^\s*(?:和|及|与|與|、)\s*\d+(?:\.\d+)?\s*(个百分点|個百分點|百分点|百分點|%|％|‰)")


def shared_unit(after: str) -> str | None:
    """The measure a bare value shares with the next value of its pair, written once after that one: ``分别提高4.9和2.9个
    百分点`` -> ``个百分点`` for 4.9 (N5: each value its own record, the unit as written for both). Only a share or a
    percentage point (a count word after a pair names one thing: ``1和2号楼``)."""
    m = _NEXT_VALUE_UNIT.match(after)
    return m.group(1) if m else None


# -- last year as the base of a planned change ---------------------------------------------------------------------
_PRIOR_YEAR_BASE = re.compile(r"(?:较|較|比)(?:去年|上年|上一年)(?=[^，,；;。\d]{0,4}(?:增加|增长|增長|提高|提升|下降|降低|减少|減少|扩大|擴大))")


def masks_prior_year_base(row: str, role: str) -> str:
    """In a plan's goal or task section, ``较去年增加5%``, ``比去年有所提高`` state the change to make over last year (N13: a
    change over the year before is a plan's target in its outline): ``去年`` there is the base, no past marker. Blanked with
    placeholders of the same length; outside the outline the text is returned as it is (``较去年增加5%`` reports)."""
    if role not in ("goal", "plan") or "年" not in row:
        return row
    return _PRIOR_YEAR_BASE.sub(lambda m: "□" * len(m.group()), row)


# -- the school places right after the classes of a planned facility -----------------------------------------------
_AFTER_CLASSES = re.compile(r"\d\s*[个個]?(?:教学|教學)?班\s*[,，、]\s*(?:可?提供|新增)?\s*$")
_PLACES_AFTER = re.compile(r"^\s*(?:学位|學位)")


def places_after_classes(before: str, unit: str, after: str) -> bool:
    """``设18个教学班,990个学位``: the school places of a planned facility, written right after its classes, as its
    pupils are (``设60个教学班,2700人``): a specification of the facility (N17a). Not places with no classes before
    them (``新增学位990个`` has its own verb cue) nor another count after the classes (``12个班,3个功能室``)."""
    return unit in ("个", "個") and _PLACES_AFTER.match(after) is not None and _AFTER_CLASSES.search(before) is not None


# -- the people a planned amount reaches ----------------------------------------------------------------------------
_REACH_BEFORE = re.compile(r"(?:照顾|照顧|惠及|嘉惠|受惠|受益|覆盖|覆蓋)(?:约|約|近|逾|超过|超過)?\s*$")
_PEOPLE = ("人", "名", "户", "戶", "人次", "位", "万人", "萬人", "万名", "萬名", "万户", "萬戶")


def reach_of_amount(before: str, unit: str) -> bool:
    """``估编5.6亿元照顾5万人``, ``…预算3亿元,惠及1.2万名学生``: the people a planned amount reaches, said right after it in
    its sentence; it shares the amount's commitment (the caller asks that a target stands before it in the sentence),
    as a service's planned reach does (N12b). Not a count with no verb of reach (``5.6亿元,学生5万人``)."""
    return unit.endswith(_PEOPLE) and _REACH_BEFORE.search(before[-8:]) is not None
