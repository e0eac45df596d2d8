"""Cues of money a measure sets, for the numeric-target rules: an appropriation (``拨款N元``), funds a budget sets
aside for works, a benefit amount a measure gives or raises (``资助额为N元``), and a rate paid per head or per class
(``rules.target_cues`` holds the other cues; ``extract.rules.targets`` combines them)."""

from __future__ import annotations

import re


_MONEY_UNITS = ("元", "万元", "亿元", "元人民币", "人民币")
_APPROPRIATED_BEFORE = re.compile(r"(?:申请|建议|预留|预算|开支)?拨款(?:为|约|达)?\s*$")
# (tgtA30) also with the fund's name between the amount and its 拨款 (``12亿港元示例发展基金拨款``), no past word between
_APPROPRIATION_AFTER = re.compile(r"^\s*(?:的)?(?:[^，,。；;:：\d已了]{1,8}?)?(?:拨款|撥款|专项拨款|预算拨款)")


# ``预算总开支为N亿元``, ``其中经常性开支约N亿元``: a budget's spending heads, what the year is to spend
_BUDGET_SPENDING_BEFORE = re.compile(r"(?:预算|总|经常性?|非经常性?)开支(?:总额)?(?:为|约|达|接近|将达)?\s*$")


def appropriates(before: str, unit: str, after: str) -> bool:
    """``申请拨款3.9亿元``, ``…开支拨款为1,029亿元``, ``2,000万元拨款``, ``预算总开支为1,200亿元``: the amount of an
    appropriation or a budget's spending, the funding a budget or a bid sets (N17: a planned amount), not a status
    ``…为N``."""
    return unit.endswith(_MONEY_UNITS) and ("拨款" in before[-8:] and _APPROPRIATED_BEFORE.search(before) is not None
                                            or "开支" in before[-8:] and _BUDGET_SPENDING_BEFORE.search(before) is not None
                                            or _APPROPRIATION_AFTER.match(after) is not None)


# (twelfth round) the money a budget or a government sets aside for works or a programme, as Hong Kong, Macau, Taiwan
# and mainland news state it: ``基金今年预算5.8亿``, ``追加24亿预算``, ``筹措5000万元经费``, ``拨200亿购…``, ``拨付118万元…配套款``,
# ``争取补助N元``, ``增加N万元中央补助``. Hong Kong, Macau and Taiwan write an amount of money in 亿 or 万 alone.
# (fourteenth round; Taiwan, Macau and mainland news of works and programmes, six sites) the money a works project or a
# programme is given, named by the word of its funding right before the amount: ``斥资3亿元的某馆…开工``, ``县府自筹N元``,
# ``核定经费为N元``, ``某部补助N元``, ``某署补助``, ``工程总预算约3亿元``, ``项目预算N亿元``, an estimate of a budget
# (``补贴开支,估计为N亿元``, ``估编N亿元``): a planned amount (N17, N17a, N17b), not a status ``…为N``
_WORKS_FUNDS = (r"斥资|自筹|核定(?:经费|补助|金额)?|(?:部|署)补助|"
                r"(?:工程|项目|计划|建设)总?预算|估计|估编|预估|估算")
_FUNDS_UNITS = _MONEY_UNITS + ("亿", "万", "千万", "亿港元", "万港元", "港元", "亿澳门元", "新台币",
                                "港币", "澳门币", "美元")  # (thirteenth round: the currency after the amount)
_FUNDS_BEFORE = re.compile(r"(?:(?<![总开])预算(?:总额|金额)?|(?<![申请建议留算支])拨|拨付|划拨|追加|注资|筹措|争取(?:核定)?补助|"
                           r"(?:中央|政府|院|府|财政)(?:补助|编列|编)|" + _WORKS_FUNDS + r")"
                           r"(?:资金|经费|款项)?(?:约|为|达|共|合共|近|逾)?\s*(?:新台币|港币|澳门币|人民币)?\s*$")
_FUNDS_AFTER = re.compile(r"^\s*(?:的)?(?:(?:中央|地方|政府|市府|县府|财政)?(?:预算|经费|补助)(?!执行|结余|决算)|"
                          r"专项资金|[\u4e00-\u9fff]{0,8}配套(?:款|资金))")
_FUNDS_DONE_BEFORE = re.compile(r"(?:执行|结余|决算|实际|上年|去年|已)[^，,；;。]{0,6}$")


def sets_funds(before: str, unit: str, after: str) -> bool:
    """An amount of money named as a budget, an appropriation or a grant to be given (``今年预算5.8亿``, ``追加24亿预算``,
    ``筹措5000万元经费``, ``拨200亿购…``, ``拨付118万元…配套款``, ``争取补助N元``, ``增加N万元中央补助``): the funding a budget
    or a government sets (N17), not a status. An outturn (``预算执行``, ``决算``, ``已拨付``) is no such amount, nor a
    number that is not money (``预算内项目3个``)."""
    if not unit.endswith(_FUNDS_UNITS) or _FUNDS_DONE_BEFORE.search(before) is not None:
        return False
    return _FUNDS_BEFORE.search(before) is not None or _FUNDS_AFTER.match(after) is not None


# (thirteenth round; Macau, Hong Kong and mainland, four sites) a benefit, allowance, grant or tax allowance stated
# with the amount a measure gives it:
# ``資助額為28700元``, ``免稅額為176000元``, ``某補助升至每月1,000澳門元``, ``金額調整為2,900元``, ``奖励标准分别为每所
# 30万元``: the amount the measure sets (N17, like a budget), not a status. Not a standing amount described as it is
# (``现行补助标准为…``, ``目前资助额为…``, ``原津贴为…``): N13
_BENEFIT_NOUN = (r"(?:资助|补助|补贴|津贴|救助|援助|奖励|奖助|免税|扣除|减免|发放|派发)(?:金|款|费)?(?:额度|金额|额)?|"
                 r"(?:助学|奖学|敬老|养老|抚恤|生活|护理|残疾|照顾者)(?:金|费|津贴|补助|补贴)(?:额度|金额|额)?|"
                 r"(?:资助|补助|补贴|奖励|发放)?(?:金额|额度|上限)")
_RAISE = r"(?:调整|调升|调高|上调|提高|提升|增加|增至|升至|升)"
_PER = r"\s*(?:每(?:人|名|户|所|月|年|学年|学期|生|位|个)){0,3}\s*(?:约|最高|最多|不少于|不超过)?\s*$"
# a benefit given its amount (``资助额为``, ``补助调升至每月``), or its standard raised (``救助标准提高至``); a standard only
# stated (``救助标准为每人3万元``) is the standing rule, a status
_BENEFIT_AMOUNT = re.compile(r"(?:(?:" + _BENEFIT_NOUN + r")(?:均|则|亦|将|会)?(?:分别)?(?:约|大约)?(?:" + _RAISE + r"|定|订)?"
                             r"(?:为|至|到|达)|(?:" + _BENEFIT_NOUN + r")标准(?:均|则|亦|将|会)?(?:分别)?" + _RAISE
                             + r"(?:为|至|到)?)" + _PER)
_STANDING_BENEFIT = re.compile(r"现行|现时|目前|现阶段|当前|原有?|现有|过去|以往|此前|去年|上年|一直|历年|已经|已")
_MONEY_UNITS = ("元", "澳门元", "澳门币", "港元", "港币", "新台币", "美元")


def sets_benefit_amount(clause_head: str, unit: str, sentence_before: str = "") -> bool:
    """The clause names a benefit, allowance, grant or tax allowance and gives it the amount right before the number
    (``资助额为``, ``免税额为``, ``护理补助升至每月``, ``金额调整为``, ``奖励标准分别为每所``), money as the unit: the amount a
    measure sets (N17), not a status (N13). A standing amount (``现行…标准为``, ``目前资助额为``, ``原…``, ``去年…``) is a
    status: no such word may stand in the clause. A later amount of a list (``…每所30万元、20万元``) goes with its head."""
    if not unit.endswith(_MONEY_UNITS):
        return False
    reach = len(clause_head) + 12  # (the clause before this one, for a bare ``标准``)
    if clause_head[-1:] in "、及和与":
        clause_head = _AMOUNT_RUN.sub("", clause_head)
    tail = clause_head[-12:]
    if ("为" not in tail and "至" not in tail and "到" not in tail and "达" not in tail) \
            or _STANDING_BENEFIT.search(clause_head) is not None:
        return False
    if _BENEFIT_AMOUNT.search(clause_head) is not None:
        return True
    # ``…给予奖励,标准分别为每所30万元``: a bare ``标准`` whose benefit the clause before names
    return _BARE_STANDARD.match(clause_head) is not None and _BENEFIT_BEFORE.search(sentence_before[-reach:]) is not None


_AMOUNT_RUN = re.compile(r"(?:\d[\d,.]*\s*(?:万|亿)?(?:元|澳门元|澳门币|港元|新台币)\s*[、及和与]\s*)+$")
_BARE_STANDARD = re.compile(r"^\s*(?:其|奖励|补助)?标准(?:分别)?(?:为|是)\s*(?:每(?:人|名|户|所|月|年|学年|学期|生|位|个)){0,3}\s*$")
_BENEFIT_BEFORE = re.compile(r"(?:给予|发放|提供|予以)(?:一次性)?(?:奖励|补助|补贴|资助|津贴)[,，]")


# (fourteenth round; Macau, two sites) the rate a measure gives per class, pupil or head (``每班可获60万元(澳门元)津贴``,
# ``初中阶段每班津贴额55万元``) and the rates of the next levels of its list (``;小学为70万元;初中为85万元``): the amounts
# the measure sets (N17), not an example of one grant (``以一所幼稚园为例,可获600万元资助``: no rate per head)
_PER_HEAD = r"每(?:班|生|名|人|户|所|位|校|园)(?:每(?:月|年|学年|学期))?"
_RATE_BEFORE = re.compile(_PER_HEAD + r"(?:(?:可|将|均)?(?:获得?|得到|领取)|(?:津贴|资助|补助|补贴)(?:金)?额(?:为|是)?)\s*$")
_RATE_NOUN_AFTER = re.compile(r"(?:[(（][^()（）]{0,12}[)）])?\s*(?:的)?(?:津贴|资助|补助|补贴|奖励|奖学金|助学金)")
_LEVEL_LABEL = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:阶段|班级|班)?(?:则|均|亦)?(?:为|是)?\s*")


def sets_rate_per_head(clause_head: str, unit: str, after: str) -> bool:
    """Money given per class, pupil or head by a measure: ``每班可获N元…津贴`` (the grant's noun after the amount) or
    ``每班津贴额N元``."""
    if not unit.endswith(("元", "万", "亿", "澳门元", "澳门币", "港元", "新台币")):
        return False
    m = _RATE_BEFORE.search(clause_head)
    if m is None:
        return False
    return "额" in m.group() or _RATE_NOUN_AFTER.match(after) is not None


def names_next_level(clause_head: str, unit: str, rate_unit: str) -> bool:
    """The clause is only a short label of a level and the amount (``小学为``, ``高中``), in the unit of the rate the
    clause before set: the list of rates goes on."""
    return unit == rate_unit and _LEVEL_LABEL.fullmatch(clause_head.strip()) is not None
