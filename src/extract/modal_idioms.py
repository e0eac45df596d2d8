"""(tgtA30) Words that look like a modal but state no time ahead, for ``cues._MODAL``.

``应保尽保``, ``应救尽救``, ``应开尽开``: the idiom ``应X尽X`` (every case that qualifies is covered) says how fully a rule is
applied, no modal: ``做到了应保尽保,年发低保资金N万元`` reports the year's outlay. ``应`` is a modal unless a character
then ``尽`` follows it, other than ``当``, ``该``, ``予``, ``于``, ``及``, which open a modal's phrase (``应当尽快``, ``应予尽快``).
Written without a group, so ``_MODAL`` keeps its one group.
"""

YING_NOT_IDIOM = r"应(?![^当该尽予于及\W]尽)"

# (tgtB33) N5 (a commitment needs a cue of time ahead): ``应`` as the first or the second character of a word that is no
# modal. As the second: ``相应``, ``对应``, ``因应``, ``供应``, ``适应``, ``响应``, ``反应``, ``效应``, ``回应``, ``呼应``,
# ``顺应``, ``感应``, ``答应``, ``照应`` (``为因应人口老化,…设置服务中心2家`` reports what was set up). As the first:
# ``应急``, ``应用``, ``应届``, ``应聘``, ``应征``, ``应邀``, ``应答``, ``应变``, ``应试``, ``应收`` (``应急医疗中心,新建
# 门诊1栋`` names a centre). ``应对`` stays a modal's reading (``应对照标准…``, ``应对…进行``). Written as lookarounds
# after the branch's first character ``应``, so ``_MODAL`` keeps its one group and sre its first characters.
YING_NOT_WORD = r"(?<![相对因供适响反效回呼顺感答照]应)(?![急用届聘征邀答变试收])"

# (tgtB33) N5: ``预期`` in ``预期寿命`` (``人均预期寿命``, ``健康预期寿命``) is the name of an indicator, no forecast
# (``预期寿命升至81.6岁`` in a review reports the level reached); ``预期`` before anything else stays a forecast.
FORECAST_NOT_INDICATOR = r"预期(?!寿命)"

# (tgtB33) N5: ``计划`` as the noun of a plan or a programme's name, not the verb of what is planned. The verb is followed
# by what is to be done (``计划新建``, ``计划于``, ``计划投资``); the noun ends its name or its phrase: a closing quote or
# bracket (``“某某计划”``, ``《…行动计划》``), a comma or a stop after it (``纳入年度建设计划,``), or a word that takes
# the noun (``计划的``, ``计划项目``, ``计划参加者``, ``计划涉及``, ``计划总投资``). ``按计划`` (as planned) is no modal.
PLAN_NOT_NOUN = r"计(?<!按计)划(?![的”」》』\"'、,，。;；:：)）]|项目|参加|涉及|总投资)"

# (tgtB33) N5: ``规划`` as the verb of what is planned: before a total's verb (``规划总投资``, ``规划新建``, the reading of
# earlier rounds) or right before the count it plans (``大楼规划18栋``, ``新区规划3处``); not before a year (``规划2031-2035
# 年``, a plan's span). ``$``: a clause read up to its number (``…大楼规划`` before ``18栋``). Only after the noun it plans
# for (``大楼规划``): ``规划`` that opens its clause or item before a count is the plan's noun (``一、规划8个重点项目``, N12b).
# (lead53) ``规划为24个教学班``, ``规划设置36个班``: what the works are planned as, wherever it stands.
PLANNED_COUNT = r"规划(?:(?=总?[投建新改扩增])|(?=为|為|设置|設置)|(?<=[\u4e00-\u9fff]规划)(?=\d{1,3}(?:\.\d+)?[^\d年.\-—~～至到]|$))"
