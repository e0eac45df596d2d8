"""Sixteenth-round cues (rest16) for errors that remain across types: past results read as commitments.

Each cue is a small function with made-up examples; the hooks in the existing rules call them at the decision point.
"""

from __future__ import annotations

import re

# ``…的提案收悉``, ``…的建议已收悉``, ``现将办理情况函复如下``, ``现答复如下``: a reply to a deputy's proposal
_PROPOSAL_RECEIVED = re.compile(r"(?:提案|建议|议案|建議|議案)[^。\n]{0,12}收悉")
_REPLY_FORMULA = re.compile(r"(?:现|現)(?:将|將)?[^。\n]{0,16}(?:答复|答覆|函复|函覆|回复|回覆)如下")


def answers_proposal(opening: str) -> bool:
    """The opening lines of a reply to a deputy's proposal (``甲委员:您提出的《关于…的提案》收悉,现答复如下``,
    ``某代表:您提出的…建议已收悉,现将办理情况函复如下``): the reply reports what the office has done, so its
    figures need a commitment cue of their own, as a work report's do. Not a page that only lists proposals
    (``提案办理情况统计``: no receipt), nor a plan that cites a proposal in passing (no reply formula)."""
    return _PROPOSAL_RECEIVED.search(opening) is not None or _REPLY_FORMULA.search(opening) is not None


# cues that only say a number is an amount of work (``新增``, ``开展``, a plan section): no commitment of their own
_WEAK_CUES = frozenset(("target_verb", "target_verb:list", "section:plan", "section:none"))
# ``每季度3次``, ``每村至少1名``, ``每周不少于4小时``: a standing rate or standard, which a reply restates as in force
_PER_UNIT = re.compile(r"每[^，,；;。\d]{0,10}$")
# what is still to come in the sentence: a modal, a plan word, a deadline year (``到2031年``), this or next year,
# a capacity (``可开设9个班``, ``能容纳300人``)
_AHEAD = re.compile(r"下一步|下步|今后|今後|将|將|计划|計劃|拟|擬|力争|力爭|预计|預計|争取|爭取|(?:到|至|于|於)\s*20\d\d\s*年|今年|明年|年底前|届时|屆時"
                    r"|(?:可|能)(?:开设|開設|容纳|容納|提供|设置|設置|新增|增加)")
_CLAUSE_END = re.compile(r"[，,；;]")
_SENTENCE_END = re.compile(r"[。!?！？\n]")
_SENTENCE_END_CHARS = "。!?！？\n"  # (perf25) the characters of ``_SENTENCE_END``


def reply_reports_done(sentence: str, pos: int, cues: tuple[str, ...]) -> bool:
    """A figure of a reply to a proposal (``answers_proposal``) that reports work done: only an amount verb or the
    plan section took it (``走访70余户家庭…``, ``指导全镇16个社区…``, ``2031年举办4期讲座``), no figure of a standing
    rate (``每季度至少开展3次``), no bound (``不少于``), and nothing still to come in its sentence up to the number's
    clause end (``将``, ``计划增设9个网点``, ``到2032年底实现…``, ``可开设9个班``). ``sentence``: the number's sentence,
    ``pos``: where the number stands in it."""
    if not cues or not set(cues) <= _WEAK_CUES:
        return False
    if _PER_UNIT.search(sentence[:pos]):
        return False
    clause_end = _CLAUSE_END.search(sentence, pos)
    return _AHEAD.search(sentence[:clause_end.start() if clause_end else len(sentence)]) is None


_DIGITS = re.compile(r"\d")


# (tgtA30) a year with its 年 (``2031年``): the digits of a date, not of the quoted value
_YEAR_OR_DIGIT = re.compile(r"(?:19|20)\d\d\s*年|(\d)")


def value_digit(text: str, start: int, end: int) -> int | None:
    """Where the first digit of a quote's value stands, past the years written before it: the quote
    ``2031年计划投资12亿元`` opens with its year, and its value starts at ``12`` (a year the quote opens with dates the value,
    it is not where the value stands: a frame ``截至2030年底…`` before the year does not reach past the year's ``计划``).
    The first digit where the quote has no other; None where it has none."""
    first = None
    for m in _YEAR_OR_DIGIT.finditer(text, start, end):
        if m.group(1) is not None:
            return m.start()
        first = m.start() if first is None else first
    return first


def sentence_at(text: str, start: int, end: int, skip_years: bool = False) -> tuple[str, int]:
    """(the sentence around the quote ``text[start:end]``, where the quote's first digit stands in it): from the last
    sentence end before to the next after."""
    d = value_digit(text, start, end) if skip_years else (m.start() if (m := _DIGITS.search(text, start, end)) else None)
    pos = d if d is not None else start  # (tgtA30) ``skip_years``: the value's first digit, past a year the quote opens with
    lo = max(0, start - 400)
    # (perf25) just after the last sentence end in ``text[lo:start]`` (every match of ``_SENTENCE_END`` is one
    # character), found from the right: the scan of the whole window with ``finditer`` was ~1 % of the rules stage
    a = max(max(text.rfind(ch, lo, start) for ch in _SENTENCE_END_CHARS) + 1, lo)
    m = _SENTENCE_END.search(text, pos)
    return text[a:m.start() if m else len(text)], pos - a


# ``二、下一步工作``, ``(三)下步打算``, ``今后工作计划``, ``三、工作思路``: a heading over what the office is to do next
_AHEAD_HEADING = re.compile(r"下一步|下步|今后|打算|工作计划|工作計劃|工作思路|努力方向|将来|將來|接下来|接下來")


def heading_looks_ahead(path: list[str]) -> bool:
    """A section of a reply whose heading names the work ahead (``二、下一步工作``, ``(三)下步打算``, ``今後工作計劃``):
    its figures are what the office commits to, not what it did. Not a heading that names what was done
    (``一、关于甲的推进情况``), nor a topic heading (``二、加强师资建设``)."""
    return any(_AHEAD_HEADING.search(h) for h in path)


def dated_in_data_year(year: int | None, data_year: int | None, text: str, start: int, end: int) -> bool:
    """A figure dated in (or before) the year whose published data an undated page reports (``统计公报显示,2030年,…``,
    ``某部召开发布会介绍,2030年全国幼儿园数达到25万所``; ``goals.reported_data_year``), with nothing still to come in
    its sentence (``2027年至2030年,中央财政下达资金12亿元,支持300家机构建设``): a result of that year, as the goals
    rule reads it (``goals.dated_in_reported_year``). Not a figure dated after the data year (``到2035年达到…``), nor
    one of a sentence with a future word (``预计2030年将新增…``)."""
    if year is None or data_year is None or year > data_year:
        return False
    from extract.rules.goals import dated_in_reported_year  # (here: no import cycle)
    sentence, _ = sentence_at(text, start, end)
    return dated_in_reported_year(sentence, year, data_year)


# the words of a plan or a hope that ``text.FUTURE_MARKERS`` does not list: ``规划``, ``期望``, ``预期``, ``以…为目标``
# (``规划`` only before what it plans: a count or a verb of building, not ``规划总面积``, the design's measure)
_PLAN_WORD = re.compile(r"(?:规划|規劃)(?=\s*(?:\d|[一二三四五六七八九十两兩]|建设|建設|新建|兴建|興建|设置|設置|新增|增设|增設))"
                        r"|期望|(?:为|為)(?:目标|目標)(?![价價])")
_CLAUSE_MARK = re.compile(r"[，,；;:：。!！?？\n]")


def plans_in_own_clause(sentence: str, pos: int) -> bool:
    """The number's own clause states a plan or a hope (``全县共规划14座文化站,其中3座已在兴建``, ``…已预留用地,期望
    合共可以提供约650个托位``, ``以2031至2034学年增加120班为目标,经统计已增加50班``): a past marker of another
    clause, before or after it, reports progress, not the figure the plan sets. Not a clause with a past marker of
    its own (``规划建设的12所已建成``), nor a clause with no plan word (``已预留用地,提供650个托位``)."""
    from extract.rules.text import has_past_marker  # (here: no import cycle)
    a = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, pos)), default=0)
    m = _CLAUSE_MARK.search(sentence, pos)
    clause = sentence[a:m.start() if m else len(sentence)]
    return _PLAN_WORD.search(clause) is not None and not has_past_marker(clause)


# a news story's credit line, alone on its line: ``(某社)``, ``（某某社）``, ``(記者 某某/某地報導)``, ``【某报讯】``
_CREDIT_LINE = re.compile(r"\s*[(（【\[][^()（）【】\[\]\n]{0,6}(?:社|报|報|讯|訊|网|網|电|電|记者|記者|报导|報導|报道|報道)"
                          r"[^()（）【】\[\]\n]{0,12}[)）】\]]\s*")


def is_credit_line(paragraph: str) -> bool:
    """A paragraph that is only a story's credit line (``(某社)``, ``（记者 某某 报道）``): it closes the story, so no
    list of the story's targets goes on into what follows it (a link, an ad: ``目标价上调至50元``). Not a credit
    followed by the story's own text (``(某报讯)某区今年新建学校3所``), nor a bracket of the text (``(含幼儿园)``)."""
    return len(paragraph) <= 30 and _CREDIT_LINE.fullmatch(paragraph) is not None


# ``较128年度增加``, ``比2030年度减少``, ``較129年度成長``: a change over a named fiscal year (``年度``: a budget's base; a
# plan's ``比2030年提高3个百分点`` after its target is a target itself), the clause opening right at the base; a change's
# rate after it: ``降幅达``, ``增幅為``
_CHANGE_OVER_YEAR = re.compile(r"^\s*(?:比|较|較|与|與)\s*(?:民国|民國)?\s*\d{2,4}\s*(?:学年度|學年度|年度)\s*(?:相比|相較|相较)?\s*"
                               r"(?:增加|增长|增長|成长|成長|提高|提升|减少|減少|下降|上升|降低|增|减|減|升|降)了?"
                               r"\s*(?:超过|超過|逾|近|约|約|达|達)?\s*$")
_RATE_OF_CHANGE = re.compile(r"^\s*(?:降幅|增幅|减幅|減幅|涨幅|漲幅|成长率|成長率|增长率|增長率)\s*(?:达|達|为|為|约|約)?\s*$")
_FIGURE_THEN_COMMA = re.compile(r"\d(?:\.\d+)?\s*[^\d，,；;。]{0,4}[,，]\s*$")
_CHANGE_THEN_COMMA = re.compile(r"(?:比|较|較)\s*(?:民国|民國)?\s*\d{2,4}\s*(?:学年度|學年度|年度)\s*\S{0,4}?\d[\d.]*\s*[^\d，,；;。]{0,4}"
                                r"[,，]\s*$")


def changes_over_named_year(before: str, clause_head: str) -> bool:
    """The change, over a named (fiscal) year, of the figure the clause right before stated (``岁出预算总额为1,400亿元,
    较2030年度增加12亿元``, ``差短80億元,較128年度減少9億元``), or the rate of that change right after it (``…减少
    9亿元,降幅达10.1%``): derived from the stated figure, as ``比上年增加`` is (``changes_stated_figure``), not a
    target of its own. Not a change with no figure before it (``收入比2030年度增长50%``: the target itself), nor a
    change over a calendar year (``达到32%以上,比2030年提高3个百分点``: a plan states its target so), nor a rate with
    no change before it (``降幅达10%`` alone)."""
    if not before.endswith(clause_head):
        return False
    head = before[:len(before) - len(clause_head)]
    if _CHANGE_OVER_YEAR.match(clause_head):
        return _FIGURE_THEN_COMMA.search(head) is not None
    if _RATE_OF_CHANGE.match(clause_head):
        return _CHANGE_THEN_COMMA.search(head) is not None
    return False


# ``总经费为``, ``總經費調整為``, ``主体工程经费占``, ``"经济发展"支出``, ``预算案支出规模为``: a funding noun right before an
# amount, with at most a copula (``为``, ``占`` as "comes to", ``约``)
_FUNDING_NOUN = re.compile(r"(?P<noun>经费|經費|支出(?:规模|規模)?)[”\"」』]?\s*(?:调整|調整)?\s*(?P<copula>为|為|占|佔|约|約|达|達|共计|共計|合计|合計)?"
                           r"\s*(?:约|約)?\s*(?:新台币|新臺幣|港币|港幣|澳门币|澳門幣|人民币|人民幣)?\s*$")
# an outturn or the past: ``执行``, ``决算``, ``实际``, ``已``, ``去年``, ``上年``, ``累计``
_FUNDING_DONE = re.compile(r"执行|執行|决算|決算|结余|結餘|实际|實際|已|去年|上年|累计|累計")
_FUNDING_CUES = ("bare", "status:为", "status:占", "status:共计", "status:合计")
_MONEY_UNITS = ("元", "亿", "億", "万", "萬")


def names_funding(before: str, unit: str, cue: str) -> bool:
    """An amount right after a funding noun (``某养老中心规划总经费为3亿512万元``, ``主体工程经费占7亿3400万元``,
    ``"文化体育"支出45亿元``, ``附属单位预算案支出规模为310亿元``): what a budget or a works plan sets aside (N17b), as
    ``预算``/``编列`` before an amount is (``target_money_amounts.sets_funds``), though a copula (``为``, ``占``) stands between.
    Not a fund's noun run into its amount (``购置经费200万元``: no copula), nor an outturn (``决算支出为…``, ``实际支出…``,
    ``已支出…``), nor money of a past year (``去年经费为…``), nor a number that is no money (``经费占比30%``)."""
    if not unit.endswith(_MONEY_UNITS) or not (cue in _FUNDING_CUES or cue.endswith(":list")):
        return False
    m = _FUNDING_NOUN.search(before)
    if m is None or (m.group("noun") in ("经费", "經費") and not m.group("copula")):
        return False  # (``购置经费200万元``: the noun of a fund, with no copula to set its amount)
    clause = re.split(r"[，,；;。]", before)[-1]
    return _FUNDING_DONE.search(clause) is None


# ``全面提升``, ``巩固提升``, ``改善全县``, ``继续补助全区``, ``重点扶持``: a verb of upgrading or aiding right before the count
# of what it upgrades or aids (a scope word may stand between)
_UPGRADE_VERB = re.compile(r"(?:提升|改善|补助|補助|扶持|提档升级|提檔升級)\s*(?:全市|全区|全區|全县|全縣|全省|全镇|全鎮|辖区|轄區)?\s*$")


# the rest of a line that is a document's name: ``…就业工程实施方案``, ``…行动计划``, ``…的通知``
_NAMES_DOCUMENT = re.compile(r"^[^，,；;。!！?？\n]*(?:方案|计划|計劃|规划|規劃|意见|意見|办法|辦法|通知)\s*(?:\n|$)")


def upgrades_counted(clause_before: str, after: str = "") -> bool:
    """A count right after a verb of upgrading or aiding (``全面提升45座公园照明``, ``巩固提升70处应急站点``,
    ``改善全县36所学校食堂条件``, ``继续补助全区90家农家书屋``, ``重点扶持12个特色集镇``): how many places the works
    reach, a quantity of a 实事 list as ``新建``/``改造`` is (N12a). Not a level after the verb (``提升至95%``: ``至``
    stands between, the older cues read it), nor a verb further back in the clause (``提升服务,覆盖35个村``), nor
    a line that names a document (``某市扶持500家小微企业发展行动方案``: a title, ``after`` runs on to ``方案``)."""
    return _UPGRADE_VERB.search(clause_before) is not None and _NAMES_DOCUMENT.match(after) is None


# ``2032年度总预算岁出编列640亿元``, ``2032年度总预算案编列情形指出,岁入预算总额为580亿元``, ``在2032年度总预算岁入方面,
# …编列210亿元``: a fiscal year's total budget, then (in the same sentence) the amount it sets down
_FISCAL_BUDGET = re.compile(r"(?<![\d—\-~至到与比较較])(20\d\d)\s*年度\s*(?:的)?\s*(?:总|總)(?:预算|預算)(?:案)?"
                            r"[^。;；]{0,60}?(?:编列|編列|(?:总额|總額)(?:为|為)?)\s*(?:约|約)?\s*(?:新台币|新臺幣)?\s*\d")


def fiscal_budget_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that states a fiscal year's total budget with an amount set down
    (``某市2032年度总预算岁出编列640亿元``, ``…报告2032年度总预算案编列情形指出,岁入预算总额为580亿元``): the
    budget of a year is a goal with that year (O3e), as ``goals.budget_year`` reads ``2032年预算约52亿元``; ROC years
    are read in the common era before (``common_era``). Not a budget measured against another (``比较``, ``相比``), nor
    a total budget with no amount set down (``2032年度总预算案送议会审议``); (None, -1) when none."""
    if "年度" not in sentence or "比较" in sentence or "相比" in sentence:
        return None, -1
    m = _FISCAL_BUDGET.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# ``较2031年度增加``, ``比2031年度減少``: the base year of a budget's change (masked digit for digit: offsets stay)
_BUDGET_BASE = re.compile(r"(?<=[较較比])\s*(20\d\d)(?=\s*年度\s*(?:相比|相較|相较)?\s*[,，]?\s*(?:增加|增长|增長|成长|成長|减少|減少|"
                          r"下降|提高|上升|降低|增|减|減))")


def masks_budget_base(sentence: str) -> str:
    """A budget sentence with the base years of its changes masked (``…编列640亿元,较2031年度增加11亿元`` -> ``…较
    某某某某年度增加…``): the year a change is measured from is no past report (as ``text.compares_to_base`` reads
    ``比去年增加``), so the budget's own year stays its goal date (O3e). Other years are kept (``2031年度已完成…``)."""
    return _BUDGET_BASE.sub(lambda m: m.group(0).replace(m.group(1), "某某某某"), sentence)


# (tgtA25) ``原本``/``原先`` opening the number's clause: how things stood before a change the sentence goes on to state
# (``原本县府与公所各分担N元,因物价上涨,再追加…``); the clause says what was, the later clauses what is set now
_BEFORE_CHANGE = re.compile(r"(?:^|[，,；;:：])\s*(?:[^，,；;:：\d]{0,6}?)(?:原本|原先)[^，,；;:：\d]*$")


def states_former_level(sentence_before: str) -> bool:
    """The number's own clause opens with ``原本``/``原先`` (``…,原本县府与公所各分担1250元``): the level before a change,
    status (N2: the base of a change is no target), while the sentence's later clauses, which state the change, are read
    as usual. Not a clause without it (``再追加1050万元``), nor ``原有`` (``改造原有公厕11个``: what the works act on)."""
    return ("原本" in sentence_before or "原先" in sentence_before) and _BEFORE_CHANGE.search(sentence_before) is not None
