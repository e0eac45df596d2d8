"""Cues of a works project's measures and a planned facility's specification, for the numeric-target rules: a
project's own measure named before its number (``该项目总占地面积N``), measures of works being planned or built, the
classes, floors, land and capacity of a planned school or building, rooms of a new building, and works reported done
(``rules.target_cues`` holds the other cues; ``extract.rules.targets`` combines them)."""

from __future__ import annotations

import re

from extract.rules.text import has_past_marker
from extract.rules.target_forms import places_after_classes


# ``甲中学工程总占地面积N``, ``校园规划占地N亩``, ``该项目建设投资N亿元``: a project's own measure, named after the project
# (eleventh round) also a new building named as such (``新園舍占地621坪``, ``新校舍建筑面积N``) and the works' time
# (``工期480日曆天``, ``工期约18个月``): the contract time of works still to be done, as Taiwan pages state it
# (twelfth round) also a building of the works named by its kind (``该宿舍楼占地N``, ``新建一幢实验楼(建筑面积N``,
# ``教育园区…建筑面积N``) and the floor area of a building the clause builds (``新建一幢面积为N平方米的食堂``)
_PROJECT_MEASURE = re.compile(r"(?:(?:工程|项目|规划|新校区|学校|中学|小学|幼儿园|新(?:园舍|校舍|馆舍|大楼|教学楼|院区)|"
                              r"(?:综合|教学|宿舍|实验|行政|办公)楼|食堂|礼堂|体育馆|图书馆|教育园区|亲子馆|托婴中心|托育中心|运动中心|活动中心)[^，,；;。:：\d]{0,4}?"
                              r"(?:总?占地(?:面积)?|总?投资|建设投资|建设规模|办学规模|招生规模|总?建筑?面积|用地(?:面积)?|工期)|(?<![^，,；;。\s])工期|"
                              r"(?<![^，,；;。\s])总(?:建筑|占地)面积|"  # (lead45) a clause that opens with the works' total area
                              r"(?:新建|兴建|扩建|改建)[一二两三四五六七八九十]?[幢栋座]?(?:建筑)?面积)"
                              # (tgtA25) ``项目投资估计大约为N``, ``投资估算约N``: the works' estimated cost
                              r"(?:估算|估计|预估)?(?:大约|约|均?为|达|预计){0,2}\s*$")


def states_project_measure(before: str) -> bool:
    """The clause names the planned size of a works project (its site area, investment or scale) right before the
    number: what the project is to be (N17: a planned amount), not a status; a school's present area (``我校占地N``)
    names no project."""
    return ("占地" in before or "投资" in before or "规模" in before or "面积" in before or "用地" in before
            or "工期" in before) \
        and _PROJECT_MEASURE.search(before) is not None and _EXISTING_BUILDING.search(before) is None


# (twelfth round) the size of a building that stands (``学校现有教学楼建筑面积N``, ``原有食堂面积N``), not of works
_EXISTING_BUILDING = re.compile(r"现有|原有|现存|已有|我校|本校")
_BUILT_BEFORE = re.compile(r"^[^。；;]{0,20}?(?:建于|建成于|始建于|落成于|竣工于)")


def built_long_ago(after: str) -> bool:
    """``…占地面积1200平方米,建于1998年``: the measure of a building built long ago (N13), not of works to come."""
    return _BUILT_BEFORE.match(after) is not None


# (twelfth round) the later measures of a project whose first measure the sentence has stated (``某工程规划用地N平方米,
# 净用地N平方米,建筑面积为N平方米,概算总投资为N万元``): each later clause is a bare measure noun, the works' own
_PROJECT_MEASURE_STATED = re.compile(_PROJECT_MEASURE.pattern.removesuffix(r"\s*$") + r"\s*\d")
_MEASURE_CLAUSE = re.compile(r"^(?:其中)?(?:总|净|实际)?(?:规划|概算|预算|计划)?(?:总?占地(?:面积)?|净?用地(?:面积)?|总?建筑?面积|校舍面积|"
                             r"(?:建设|办学)规模|建设投资|总?投资(?:额|总额)?|建设工期|工期)(?:估算|估计|预估)?(?:大约|约|均?为|达|预计){0,2}\s*$")


def lists_project_measures(before: str, clause_head: str) -> bool:
    """The clause is a bare measure of works (``净用地``, ``建筑面积为``, ``概算总投资为``) that goes on with a list of one
    project's measures begun earlier in the sentence (``某工程规划用地N亩,…``): what the project is to be (N17a),
    not a status ``…为N``. A measure with no project named before it (``学校占地面积N,建筑面积N``: a school's present size)
    stays as it was."""
    if _MEASURE_CLAUSE.match(clause_head.strip()) is None or not before.endswith(clause_head):
        return False
    return _PROJECT_MEASURE_STATED.search(before[:len(before) - len(clause_head)]) is not None


# (thirteenth round; four sites) the measures of a school or works the sentence names as being built or to be built
# (``某小学新校区…,占地面积79亩,
# 建筑面积35000m2,办学规模为72个班``, ``甲校正建新校园,规划面积共30亩,…可容纳学生900人``, ``该工程已于今年4月动工,
# 规划设立30个教学班``): the planned size of works still to be finished (N17a), whatever the works' progress so far
_WORKS_MEASURE = re.compile(r"^(?:其中)?[^，,；;。:：\d]{0,12}?(?:总?占地(?:面积)?|总?建筑?面积|净?用地(?:面积)?|规划(?:用地|占地)?面积|"
                            r"总投资|投资总额|工程造价|造价|办学规模|建设规模|招生规模|可容纳(?:学生|幼儿)?|规划设立|规划设置|规划建设)"
                            r"(?:共|约|为|达|预计为?|共计)*\s*$")
# (perf16) every word of ``_WORKS_MEASURE``'s alternation holds one of these (``target_hand_decisions._WORKS_MEASURE_CHAR``,
# the same set): a clause without any is not tried (``specifies_planned_facility``: most clauses hold none)
_WORKS_MEASURE_CHARS = re.compile(r"[占积资价模纳设地划]")
_WORKS_NAMED = re.compile(r"新校区|新校园|新校舍|新园舍|迁建|新建|扩建|在建|正在建设|开工|动工|奠基|建成后|项目|工程")
_WORKS_DONE = re.compile(r"已(?:经)?(?:于[^，,；;。]{0,10})?(?:全面|全部|基本|顺利|正式)?(?:建成|竣工|完工|投入使用|启用|交付|投用|落成)|"
                         r"建于|建成于|始建|现有|原有|已有|去年|前年|上一?年度?|建成的|落成的|^\s*图[为片]")


def measures_planned_works(sentence_before: str, clause_head: str) -> bool:
    """The number is a measure of works the sentence names as being built or to be built (its site area, floor area,
    investment, scale, capacity: ``占地面积``, ``办学规模为``, ``可容纳学生``) and the sentence says nothing of the works
    being finished or standing (``已建成``, ``建于``, ``现有``): the planned size of works, a target (N17a) though the works
    are under way (``已于5月开工``)."""
    if _WORKS_MEASURE.match(clause_head.strip()) is None:
        return False
    return _WORKS_NAMED.search(sentence_before) is not None and _WORKS_DONE.search(sentence_before) is None


# -- fourteenth round ---------------------------------------------------------------------------------------------
# (fourteenth round; Taiwan and Hong Kong news of school works, three sites) the rooms and parts of a new building still
# to be built, counted with the verb of having (``新校舍规划设计为四层楼,共有20间教室、4间厕所``, ``新大楼…三层楼高的
# 教学大楼拥有18间教室``, ``兴建设有30间课室的新校舍``): what the works are to hold (N17a), not the status of a school
_NEW_BUILDING = re.compile(r"新(?:校舍|园舍|馆舍|大楼|教学楼|校区|建筑|楼)|规划设计")
_HAS_BEFORE = re.compile(r"(?:共有|拥有|设有|包括|内有)\s*$")
_NEW_BUILDING_AFTER = re.compile(r"^[^，,；;。]{0,8}?的新(?:校舍|园舍|馆舍|大楼|教学楼|校区|建筑|楼)")


def counts_new_building_rooms(before: str, clause_head: str, after: str) -> bool:
    """The number counts what a new building holds (``共有``/``拥有``/``设有`` right before it) and the new building is
    named earlier in its sentence (``新校舍``, ``新大楼``, ``规划设计``) or right after the count (``设有30间课室的新校舍``).
    An existing building's rooms (``该校现有教室20间``, ``校舍共有12间教室``) name no new one."""
    head = _ROOM_RUN.sub("", clause_head) if clause_head[-1:] in "、及和" else clause_head  # a later item of the list
    if _HAS_BEFORE.search(head) is None or _EXISTING_NOW.search(head) is not None:
        return False
    return _NEW_BUILDING.search(before) is not None or _NEW_BUILDING_AFTER.match(after) is not None


_EXISTING_NOW = re.compile(r"现有|原有|目前|现时|已")
_ROOM_RUN = re.compile(r"(?:\d+\s*[\u4e00-\u9fff]{1,6}[、及和])+$")


# -- fourteenth round (spec14): the specifications of a facility planned or being built ----------------------------------
# (w16-w19, six sites: mainland news, progress tables of a year's 实事, school pages, Taiwan news) a measure of a school,
# kindergarten or building that the sentence presents as planned, being built or to open: its classes (``设200个教学班``,
# ``共四层,12个教学班``), the pupils of a planned section right after its classes (``设60个教学班,2700人``), its floors
# (``为地上3层楼建筑``), the land taken or given for it (``新征地15亩``, ``划拨土地78亩``), its capacity (``可容纳900个孩子``);
# and any works measure whose sentence goes on with the works' completion (``办学规模为36个班,建成后可提供…``): N17a's
# planned size of works, not a status. A school that stands (``现有…``, ``已建…``, ``建于…``, ``于2015年建成``) keeps N13.
_SPEC_CLASSES_AFTER = re.compile(r"^(?:教学)?班(?!级|主任|子|额|车|次|会)")
_SPEC_NOT_CLASSES_AFTER = re.compile(r"^(?:级|主任|子|额|车|次|会)")
_SPEC_PUPILS_BEFORE = re.compile(r"\d\s*个?(?:教学)?班\s*[,，、]\s*(?:可?容纳|招收|学生|学位|在校生|在园幼儿|幼儿)?\s*(?:约)?\s*$")
_SPEC_FLOORS_BEFORE = re.compile(r"(?:地上|地下|楼高|高|共|为)\s*$")
_SPEC_FLOORS_AFTER = re.compile(r"^(?:楼|高|的)")
_SPEC_LAND_BEFORE = re.compile(r"(?:新征|征用|征收|征|划拨|划出|新增)(?:土地|用地|地)(?:面积)?(?:约|共)?\s*$")
_SPEC_CAPACITY_BEFORE = re.compile(r"(?:(?:可|能|将|拟|预计)(?:容纳|收托|招收|接收|收|提供)(?:幼儿|学生|幼童|孩子|儿童|老人|床位|学位)?"
                                   # (tgtB24) or the places the works hold inside (``内设养老床位约120张``)
                                   r"|(?:内设|內設)[^，,；;。\d]{0,4}(?:床位|牀位|学位|學位|托位))"
                                   r"(?:约|約|近)?\s*$")
_SPEC_AREA_UNITS = ("亩", "平方米", "公顷", "坪", "万平方米", "m2", "m²", "㎡")
# the works named in the sentence: built, rebuilt or set up (``原址拆除重建``, ``启动实施…学校建设``, ``建成投用…教学楼``)
_SPEC_WORKS = re.compile(r"新校区|新校园|新校舍|新园舍|新园区|教育园区|迁建|新建|扩建|改扩建|重建|在建|兴建|筹建|拟建|规划建设|"
                         r"正在建设|开工|动工|奠基|建设项目|项目|工程|(?:启动|实施|推进|加快|完成|开展)[^，,；;。|]{0,16}建设|"
                         r"(?<!已)建成投(?:用|入使用)(?!的)")
# the works' completion or opening still ahead, said after the measure
_SPEC_AHEAD_AFTER = re.compile(r"^[^。；;]*?(?:建成|完工|竣工|投用|投入使用|启用|落成|开园|交付)后")
_SPEC_DONE = re.compile(_WORKS_DONE.pattern + r"|已建(?!设)|已(?:经)?(?:招生|开园|开学|入驻)|共有|目前有|"
                        r"(?<![将预计划拟争])于\s*(?:19|20)\d\d\s*年[^，,；;。]{0,8}(?:建成|竣工|落成|投入使用|启用|投用)")


def facility_spec(before: str, clause_head: str, unit: str, after: str) -> bool:
    """The number is a measure of a facility's specification, read from the words around it: classes (``N个教学班``,
    ``N班``), the pupils right after the classes of a planned section, floors (``地上N层``, ``N楼高``), land taken or
    given (``新征地N亩``, ``划拨土地N亩``), a capacity (``可容纳N``, ``拟收幼儿N名``)."""
    if unit == "班":
        return _SPEC_NOT_CLASSES_AFTER.match(after) is None and not before.rstrip().endswith("年级")  # not ``三年级2班``
    if unit == "个" and _SPEC_CLASSES_AFTER.match(after) is not None:
        return True
    if unit in ("人", "名") and _SPEC_PUPILS_BEFORE.search(before) is not None:
        return True
    if places_after_classes(before, unit, after):
        return True  # (fifteenth round) ``设18个教学班,990个学位``
    if unit in ("层", "楼"):
        return _SPEC_FLOORS_BEFORE.search(before) is not None or _SPEC_FLOORS_AFTER.match(after) is not None
    if unit.endswith(_SPEC_AREA_UNITS):
        return _SPEC_LAND_BEFORE.search(clause_head) is not None
    return unit in ("个", "名", "人", "位", "张", "床") and _SPEC_CAPACITY_BEFORE.search(clause_head) is not None


def specifies_planned_facility(before: str, clause_head: str, unit: str, after: str) -> bool:
    """A facility's specification (``facility_spec``) or a works measure (``_WORKS_MEASURE``: ``办学规模为``,
    ``用地面积为``) in a sentence that names the facility as planned, being built or to open (``新建``, ``重建``,
    ``…项目``, ``启动实施…建设``, ``建成后…`` after it) and not as finished or standing (``已建成``, ``现有``, ``建于``):
    the planned size of works (N17a), a target."""
    head = clause_head.rsplit("|", 1)[-1].strip()  # (a row printed with ``|``: the number's own cell)
    if not (facility_spec(before, head, unit, after)
            or (_WORKS_MEASURE_CHARS.search(head) is not None and _WORKS_MEASURE.match(head) is not None)):
        return False
    if _SPEC_DONE.search(before) is not None:
        return False
    if _SPEC_WORKS.search(before) is not None or _SPEC_AHEAD_AFTER.match(after) is not None:
        return True
    # land taken or given (``新征地N亩,…开展二期工程建设``): for the works the sentence goes on to name
    return unit.endswith(_SPEC_AREA_UNITS) and _SPEC_LAND_BEFORE.search(head) is not None \
        and _SPEC_WORKS.search(after.split("。", 1)[0]) is not None


# (fourteenth round) a report's sentence that says something was done: a past marker, or the works finished or opened
_WORKS_DONE_WORDS = re.compile(r"完成|建成|竣工|完工|投用|投入使用|启用|落成|交付")


def reports_works_done(sentence: str) -> bool:
    """In a report (a section of results), the sentence tells of something done (``已``, ``新建了``, ``2017年以来``) or
    of works finished or opened (``完成…建设``, ``建成``, ``投入使用``): its measures of works are results (N13). A
    report's item that only states a project and its planned size (``1.某教育园区,总投资N亿元,占地约N亩,设N个教学班``)
    says nothing done: its measures are the project's planned size (N17a)."""
    return has_past_marker(sentence) or _WORKS_DONE_WORDS.search(sentence) is not None
