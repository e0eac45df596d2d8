"""The date cues of goals (``goals.goal_date`` and the cues it combines): a completion date of works, a year's plan,
budget or fiscal years, ROC and Chinese-numeral years read in the common era, expected, planned and demanded dates,
season and month deadlines, spans a commitment runs before or from, a year and a clause that will act, the end of a
plan period. Split out of ``rules.goals`` unchanged (twentieth round); ``goals`` imports them back."""

from __future__ import annotations

import re

from extract.rules.text import masked_corner_names  # (lead43)
from extract.rules import goal_fiscal_years as _fiscal  # (goalA35) O3: ``2026財政年度``, a year without 年
from extract.rules import goal_year_guidelines as _guide  # (goalA22) O3i
from extract.rules import unit_labels as _ugB15
from extract.rules import unit_goal_phrasings as _ug16
from extract.rules import unit_goal_layouts as _ug24
from extract.rules import past_results as _rest16
from extract.rules import goal_dates as _g17
from extract.rules import goal_plan_names as _plan_names
from extract.rules import goal_commitments as _c18
from extract.rules import rulebook_goals as _rbg
from extract.rules import commitment_years as _cy
from extract.rules import goal_list_leads as _leads
from extract.rules import goal_article_frames as _frames
from extract.rules import goal_schedule_dates as _steps
from extract.rules import goal_list_counts as _counts
from extract.rules import goal_year_clauses as _clauses
from extract.rules import goal_decisions as _decisions  # (goalB22)
from extract.rules import reply_frames as _rf  # (famA27) a deed joined to a year's campaign
from extract.rules import goal_report_speeches as _speeches  # (goalA23)
from extract.rules import goal_school_years as _school_years  # (goalA23)
from extract.rules import goal_investment_plans as _invest  # (goalA23)
from extract.rules import goal_news_plans as _news  # (goalA24)
from extract.rules import goal_year_rounds as _rounds  # (goalB24)
from extract.rules import goal_meeting_names as _meetings  # (goalA26)
from extract.rules import goal_span_ends as _span_ends  # (goalA30)
from extract.rules import goal_change_bases as _bases  # (goalA34) a comparison's base year
from extract.rules import goal_year_funds as _funds  # (goalA33) O3e
from extract.rules import budget_years_ahead as _bya  # (lead42) O3e: the year of a budget's money
from extract.rules import goal_school_year_forms as _sy_forms  # (goalB33) O3c
from extract.rules import goal_item_years as _item_years  # (probeG40) O3: ``完善某系统(2031年)``
from extract.rules.text import deadline_at, masked_titles
from extract.rules.scan import OpeningScan

# a list item's mark, no part of its goal's quote (O5): ``1.``, ``(一)``, ``——``, ``•``, ``- ``; and a table's cell
# border before a sentence that opens a cell (``甲项目。 | 2031年完成…``)
# (``①``-``⑳``: a circled number marks an item as ``1.`` does)
# (twelfth round, variants) ``三、新建托育点10个,2032年9月前投入使用``: a list item's Chinese numeral and 、 too (O5)
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]|——|[—•●·▪■◆|]|-(?=\s))\s*")


# -- dates of a goal of its own ------------------------------------------------------------------------
# (``预计2031年后…需求大增``: a forecast of what follows a year, no date a thing is expected by)
# ``预计在2027年建成``, ``预估2029年有…开工``, ``可望于2031年9月完工``, ``预计在2026/2027年落成``: the date a thing is
# expected by (``将在2026和2027年完工``: the first of two years; ``现将2031年任务整理如下``: 将 marks an object)
# (``预料在2031年完工``, ``预定于民国120年完工``, ``当局会在2031年推出…``, ``将会于2031年…``: the same with other words
# of expecting and scheduling, and 会 as will after its subject or an adverb, not a meeting's 会 (``研讨会在…举行``);
# ``2031年有望建成``, ``2031年底可望落成``: the year before the word)
# (thirteenth round, variants) ``县府期望2031年可以完成…``, ``政府冀望于2031年前…``, ``务求在2031年前完成…``: a date hoped
# or striven for, Hong Kong's and Taiwan's words, the same
# (fourteenth round) ``…,力争2031年和2032年每年改造2万户以上``, ``争取2031年建成…``: a year striven for, the same
_EXPECTED_DATE = re.compile(r"(?:(?:预计|预估|预期|预料|预定|可望|有望|计划|拟|期望|冀望|期盼|(?<![不无])希望|务求|力求|力争|争取)(?:于|在|到)?|(?<!现)将(?:于|在|到)|"
                            r"(?<=[将亦也还又并则局府署处部们校方区市县司厅])会(?:于|在))\s*(?:民国\s*|[今明]\s*[(（]\s*|[今明]年\s*[(（]\s*)?(20\d\d)\s*(?:[)）]\s*)?"
                            r"(?:年(?!\s*(?:以后|之后|后(?!期|半)))|(?=[/和、至-]\s*20\d\d\s*年)|(?=\s*[-—–/／至]\s*(?:\d{2}|[〇○零一二三四五六七八九]{2})(?!\d)\s*年度))|"
                            r"(?<![\d—\-~至到])(20\d\d)\s*年(?:底|末|内)?\s*[,，]?\s*(?:有望|可望)")
# ``须在2031年5月底前完成``, ``2029年年底前``: a deadline to the month that the sentence demands (要求, 确保, 须…), or
# ``年年底前`` anywhere; a date to the month deep in a notice's sentence (``并于2031年1月5日前将方案报…``) is a step
_MONTH_DEADLINE = re.compile(r"(?:(?:要求|确保|力争|务必|必须|须|应|要|争取|计划|预计)\s*(?:在|于)?\s*(20\d\d)\s*年\s*\d{1,2}\s*月"
                             r"(?:\s*\d{1,2}\s*日|底|末|中旬|上旬|下旬)?|(20\d\d)\s*年\s*年(?:底|末))\s*(?:前|以前|之前)|"
                             # ``须在2031年底完工``, ``最迟2031年完成``, ``2031年内,…``, ``2031年年内完工``: the end of a year
                             # (底, 末, 内) that the sentence demands, or a year's 年内 (within it) with no 前
                             r"(?:要求|确保|务必|必须|须|最迟|最晚|不晚于|不迟于)\s*(?:在|于)?\s*(20\d\d)\s*年\s*(?:年)?(?:底|末|内)?"
                             r"(?!\s*\d{1,2}\s*月)(?![\u4e00-\u9fff]{0,2}(?:以来|来))|"
                             r"(?<![\d—\-~至到])(20\d\d)\s*年\s*年?内(?![\u4e00-\u9fff]{0,1}(?:外|部))|"
                             # (goalA27) ``确保2031年10月实现全覆盖``, ``务必于2031年9月建成``: a month the sentence demands a result
                             # by, a verb of reaching right after it (no 前 needed)
                             r"(?:要求|确保|確保|务必|務必|必须|必須)\s*(?:在|于|於)?\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:份)?(?:底|末|中旬|上旬|下旬)?\s*"
                             r"(?=(?:全面|基本|全部|如期|顺利|順利)?(?:实现|實現|完成|建成|达到|達到|达标|達標|投用|投入使用|竣工|完工|通车|通車))")
_MONTH_DEADLINE_SCAN = OpeningScan(_MONTH_DEADLINE)  # (fourteenth round: tried only where a match can open)
# ``自2030年1月1日起至2030年12月31日止``, ``从2029年秋至2030年春``, ``公示时间:2030年2月8日至2030年2月14日``:
# the year after 至 closes a period that dates data, a notice or a report; it is no deadline
_PERIOD = re.compile(r"(?:自|从|由|时间\s*[:：])\s*20\d\d\s*年[^，,。；;]{0,14}?至\s*20\d\d\s*年|"
                     r"20\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:起)?\s*至\s*20\d\d\s*年|"
                     # (goalA27) ``自本通告发布之日起至2031年5月10日止``: a window open from the day of issue (a call's or a
                     # notice's time), closed by a dated day
                     r"(?:自|从|從)[^，,。；;]{1,16}?之日起?\s*至\s*20\d\d\s*年(?=[^，,。；;]{0,24}?止)")
# ``在2031学年前``, ``由2031至32学年起``, ``2031/32学年开始``, ``2031年之前``, ``希望在2031前完成``: a date before which or
# from which a thing is to be done, written with the school year (学年; (lead41) its term too, ``自114学年度第2学期起``),
# with 之前, or with the year's number alone
_BEFORE_OR_FROM = re.compile(r"(20\d\d)\s*(?:[-—–/至]\s*\d{2,4}\s*)?学年(?:度)?\s*(?:第\s*[一二12]\s*学期|[上下]学期)?\s*(?:或\s*)?(?:之前|以前|前|起|开始)|"
                             r"(20\d\d)\s*年(?:度)?(?:底|末)?\s*(?:或\s*)?之前|(?:在|于)\s*(20\d\d)\s*(?:之前|以前|前)(?![一二三四五六七八九十\d])|"
                             # ``在2031/32学年,当局会…``, ``到2031学年,…``: the school year a thing is set for, after its
                             # preposition (not the end of a span, ``2030至2031学年``)
                             r"(?<![\d年])(?:在|到|至|于)\s*(20\d\d)\s*(?:[-—–/至]\s*(?:20)?\d{2}(?!\d)\s*)?学年(?:度)?(?![\u4e00-\u9fff]{0,2}(?:以来|来))|"
                             # (twelfth round, variants) ``在2032-33年度,社署会增加…``, ``在二〇三二至三三年度,…``: a fiscal
                             # year (Hong Kong, Macau) a thing is set for, its first year like a school year's (N9a)
                             r"(?<![\d年])(?:在|于)\s*(20\d\d)\s*[-—–/／至]\s*(?:\d{2}|[〇○零一二三四五六七八九]{2})(?!\d)\s*年度(?!\s*[《〈“\"「『])(?![\u4e00-\u9fff]{0,4}(?:以来|来|修订|预算|开支))|"
                             # ``由2031年起,…``, ``从2031年秋季学期开始,…``, ``2031年春季起…``: the year (or its term) from which
                             # a thing is to be done (``2031年起推行…`` is read by ``deadline_at``)
                             # (``自2031年9月起,…``: its month too; a day, ``自2031年1月1日起施行``, dates a document)
                             # (goalA34) ``自2031年元月起``: January by its name
                             r"(?:由|从|自)\s*(20\d\d)\s*年(?:度)?\s*(?:(?:\d{1,2}|元|正)\s*月(?!\s*\d))?\s*(?:春季|秋季|春|秋|第\s*[一二12]|[上下])?\s*(?:学期)?\s*"
                             r"(?:起|开始)|"
                             r"(?<![\d—\-~至到])(20\d\d)\s*年(?:度)?\s*(?:春季|秋季|春|秋)\s*(?:学期)?\s*(?:起|开始)|"
                             # (fourteenth round) ``…中心,2032年底起分阶段启用``, ``2032年中起推行…``: the end, middle or start of
                             # a year from which a thing is to be done
                             r"(?<![\d—\-~至到])(20\d\d)\s*年\s*(?:底|末|初|中)\s*起(?!码)(?=\s*[\u4e00-\u9fff,，])|"
                             # ``2031年起,全市…推行…``, ``113年起,…`` (Taiwan): the year from which, its clause after the comma
                             r"(?<![\d—\-~至到年月])(20\d\d)\s*(?:[)）]\s*)?年(?:度)?\s*起\s*[,，]")  # (``明(2032)年起,…``: Taiwan's bracket)
_BEFORE_OR_FROM_SCAN = OpeningScan(_BEFORE_OR_FROM)  # (fourteenth round: tried only where a match can open)
_EXPECTED_DATE_SCAN = OpeningScan(_EXPECTED_DATE)  # (fourteenth round: tried only where a match can open)
# ``…,2031年重点筛查老年人5000人``, ``2031年度推出4所新校舍``, ``2031年某局实施12个项目``: a clause that opens with its
# year and a deed to be done with its quantity (the year is the time of the commitment, O3); a total the year's work
# reached (``2031年全区累计新增…``, ``…先后新建…``; not ``共``, a plan's total too) is a result told after the fact;
# (goalA27) the place's scope may stand before the year (``全市2031年老旧小区改造新开工49个``)
_DEED_VERB = r"(?:推出|实施|承担|筛查|新增|增加|再增|增设|增建|扩建|兴建|开工|改造|新建|改扩建|建设|招聘|培训|开设|发放)"
_YEAR_DEED = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(?:[全我本][省市区县镇州旗])?(?:20\d\d\s*年?\s*[-—–~至]\s*(?=20\d\d\s*年(?:上半年|下半年)?\s*[,，]))?"
                        r"(20\d\d)\s*年(?:度|上半年|下半年)?\s*[,，]?(?:(?!累计|先后)[^,，;；。\d]){0,24}?" + _DEED_VERB +
                        r"[^,，;；。]{0,30}?(?:[,，]\s*" + _DEED_VERB + r"[^,，;；。]{0,10}?)?"
                        r"\d[\d.]*\s*(?:万|亿)?\s*(?:所|个|人|名|家|项|座|条|处|套|间|台|班|户|元|公里|平方米|亩|场|校)")
# ``组织做好2031年学生体质监测工作``, ``精心策划2031年读书节活动``: a task verb and the year that names the work it
# takes on (a task of the year's plan; a year inside a 《title》 is masked)
# (``为做好2031年试点工作,近日…``: a purpose that frames a report, no task)
_YEAR_OF_WORK = re.compile(r"(?<!为)(?<!为了)(?:做好|组织|开展|举办|策划|办好|推进|实施|完成|启动)\s*(20\d\d)\s*(?:年\s*)?"
                           r"(?:[、和及与]\s*20\d\d\s*)?年(?:度)?(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_YEAR_OF_WORK_SCAN = OpeningScan(_YEAR_OF_WORK)  # (fourteenth round: tried only where a match can open)
# (thirteenth round) ``…实事项目完成 2031年01月19日``: a date to the day after the verb is the page's stamp (or a
# step's date), no year that names the work
# ``全县2031年教育重点建设项目为:新建…``, ``2031年项目有甲园、乙园``, ``2031年某市民生实事项目正式确定,包含…``: what a
# year's list of projects holds (the list states the year's commitments)
_YEAR_PROJECTS = re.compile(r"(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?[^,，。;；:：\d]{0,12}?(?:项目|实事|工程)\s*"
                            r"(?:为|有|包括|包含|(?:正式)?确定)")
_YEAR_PROJECTS_SCAN = OpeningScan(_YEAR_PROJECTS)  # (fourteenth round: tried only where a match can open)
# ``于2031年为全区12所学校更新设备``, ``并於2031年10月竣工``: the year (and month) a deed is set for, after 于/於 (O3:
# a year stated as the time of the commitment); not ``关于``, ``高于``, ``等于``, ``由于``, ``早于``…, nor a past deed
# (``已于``: a past marker; ``建于``, ``成立于``, ``始于``, ``创办于``: when a thing began)
_SET_FOR = re.compile(r"(?<![已曾关關高低等大小多少早对對由属屬基鉴鑒至处處始立建办辦生])[于於]\s*(20\d\d)\s*(?:年|(?:[/／]|至)\s*(?:20)?\d{2}\s*学年(?:度)?|[-—–/／至]\s*(?:\d{2}|[〇○零一二三四五六七八九]{2})(?!\d)\s*年度(?!\s*[《〈“\"「『]))"
                     r"(?!\s*(?:以来|以來|来|來|起|开始|開始))"
                     r"(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")  # (a date to the day is a notice's step: ``并于2031年1月5日前报送``)
# ``在未来五年(2031-32至2035-36年度)提供…``, ``三年内(2031—2033年)建成…``, ``…,2031-2034年将新建…``: a span of years
# (fiscal or school years too) as the time frame of a commitment: a future frame (未来N年, N年内) at a clause's start,
# or a span that opens a clause whose subject will act; its end year is the deadline (O3; a span that only names a
# period, ``测算未来五年(2031—2035年)的缺口``, ``(2031-2035年)时期``, is none)
_SPAN_YEAR = r"20\d\d\s*(?:[-—–/]\s*\d{2}(?!\d))?\s*(?:年(?:度)?)?\s*(?:至|到|-|—|–|~)\s*(20\d\d)\s*(?:[-—–/]\s*\d{2}(?!\d))?\s*年(?:度)?"
_SPAN_FRAME = re.compile(r"(?:^|(?<=[,，;；:：]))\s*(?:(?:在|於|于)\s*)?(?:(?:未來|未来)\s*[一二三四五六七八九十\d]{1,3}\s*年\s*[内內]?|"
                         r"[一二三四五六七八九十\d]{1,3}\s*年\s*[內内])\s*[(（]\s*" + _SPAN_YEAR + r"\s*[)）]|"
                         # ``计划用3年时间(2031-2033年)完成…``, ``力争通过两年左右的时间(2031—2032年)…``: the time a
                         # commitment takes, its span in brackets
                         r"(?:^|(?<=[,，;；:：]))\s*[\u4e00-\u9fff]{0,8}?(?:计划|力争|争取|拟|将|预计)?\s*(?:用|利用|通过|花)\s*"
                         r"[一二三四五六七八九十两\d]{1,3}\s*年\s*(?:左右)?\s*(?:的)?\s*时间\s*[(（]\s*" + _SPAN_YEAR + r"\s*[)）]|"
                         r"(?:^|(?<=[,，;；:：]))\s*" + _SPAN_YEAR + r"\s*[,，]?\s*(?=将(?!是|成为)|將(?!是|成為)|拟|擬|计划|計劃)|"
                         # (fourteenth round) ``…印发《意见》,明确2031-2035年全市新增学位10万个的任务目标``: a report of what a
                         # plan sets for a span of years, its goal or task named in the clause (O3c: the span's end year)
                         r"(?:明确|提出|确定|部署)\s*(?:了)?\s*" + _SPAN_YEAR + r"(?=[^。；;,，]{0,40}?(?:目标|任务))")


# ``2031年,某区委、区政府将实施…``, ``针对2031年的学位建设,某委将…``: a year, then a clause whose subject (offices
# joined by 、 too) will act: 将, 拟, 计划
# (not a year after which, ``2032年以后,学位需求将回落``: a time after it is no date of a commitment)
_YEAR_SUBJECT_WILL = re.compile(r"(?<![\d—\-~至到、])(20\d\d)\s*(?:[-—–/／至]\s*(?:\d{2}|[〇○零一二三四五六七八九]{2})(?!\d)\s*)?年(?:度)?[,，]\s*[\u4e00-\u9fff、]{1,16}?(?<!完成)(?<!按)(?<!原)(?=将|拟|计划)|"
                                r"(?<![\d—\-~至到、])(20\d\d)\s*年(?!\s*(?:以后|之后|后(?!期|半)))[^。；;]{0,30}?[,，][^。；;,，]{0,16}?(?<!即)(?<!现)(?=将(?!来|近|要求)|"
                                # (thirteenth round) ``2031年确定为某市学前教育攻坚年,全市共计划建设幼儿园38所``: a plan verb
                                # with its deed in the clause after the year's (not 按计划, 原计划, 完成计划投资: a plan as a noun)
                                r"(?<![按原])(?<!完成)(?<!年度)(?:计划|拟)(?=新建|建设|投资|实施|完成|开工|改造|改扩建|招聘|新增|投入|培训))")
_YEAR_IS = re.compile(r"\s*年(?:度)?是")
# 将 as the marker of an object (``将“新建10所幼儿园”列入…``, ``将新增学位项目纳入…``), not ``will``
_OBJECT_MARKER = re.compile(r"将\s*(?:[“\"《]|[^，,。；;]{0,30}?(?:列入|纳入|列为|作为|确定为))")
# ``…今年,某局将重点实施…``, ``本县今年需要增加…``: what this year's work will do, in a sentence with its year
_FIRST_YEAR = re.compile(r"(20\d\d)\s*年")
# (``该区今年(2031年)计划…``, ``明年(2032年)全县拟…``: the year in brackets after 今年/明年)
# (``…,今年主要任务有4项:一是…``, ``今年的重点任务是…``: this year's tasks stated, like what its work will do)
# (``今(120)年将…``, ``今(2031)年计划…``: Taiwan's way, the year in brackets between 今 and 年, an ROC year or not)
_THIS_YEAR_PLAN = re.compile(r"(?:今年\s*(?:[(（]\s*(20\d\d)\s*年?\s*[)）])?|明年\s*[(（]\s*(20\d\d)\s*年?\s*[)）]|"
                             r"[今明]\s*[(（]\s*(20\d\d|1[0-4]\d)\s*[)）]\s*年(?:度)?)"
                             r"[,，]?\s*[\u4e00-\u9fff、]{0,12}?(?:将|需要|计划|拟|"
                             r"(?<![已了])(?:主要|重点)(?:工作)?任务(?:有|是|为|包括))")
# ``甲园 建设地点:… 计划完工时间:2031年``, ``预计竣工日期:2031年6月``, ``预定落成日期为2031年``: the planned date label of a
# row (a works list flattened to lines, a project card) after what it dates: the year the thing is to be done by (O3; an
# actual date, ``实际完工时间:…``, or a bare ``竣工时间:…`` is a record of what happened)
_PLANNED_DATE = re.compile(r"(?:计划|预计|预定|预期|拟|规划)\s*(?:完工|竣工|完成|建成|开工|动工|投用|投入使用|交付使用|交付|落成|"
                           r"开园|开学|启用|开办)\s*(?:时间|日期|年份|年度|时限)\s*(?:为|是)?\s*[:：]?\s*(20\d\d)\s*年")


# (twelfth round) ``…,2032年正式投入使用``, ``2032年5月竣工并投入使用``, ``争取2032年秋季交付使用``, ``2032年底12校礼堂全部完工``:
# the date a works project (a school building, a hall) is to be finished or put to use, in a news report of the works
# under way: a year (its month, season or year end) and a verb of completion, with at most a short subject between (O3:
# a year stated as the time of the commitment); not a year that names finished works (``2029年竣工的校舍``), nor a
# past deed (``已于2029年竣工``, ``2029年竣工了``: the past markers), nor a year of the past at the page's date
# (fourteenth round) ``…中心,2032年底起分阶段投入服务``, ``…2032年投入运作``: a facility put into service, Hong Kong's and
# Macau's words, the same; (lead41) ``…,2032年即可使用``, ``120學年度起即可啟用``: the works can be used from then
_COMPLETION_DATE = re.compile(r"(?<![\d—\-~至到于於])(20\d\d)\s*年\s*(?:\d{1,2}\s*月份?\s*)?"
                              r"(?:底|末|初|年底|年末|年中|上旬|中旬|下旬|(?:春|夏|秋|冬)季?|上半年|下半年)?\s*(?:前|以前)?\s*[,，]?"
                              r"[^,，;；。:：已了的于於后]{0,8}?(?:正式|全面|全部|全数|如期|顺利|可|可以|即可|能|将|可望|有望)?\s*"
                              r"(?:竣工|完工|建成投用|投入使用|交付使用|投用|落成|启用|投入服务|投入运作|投入运营|(?<=可)使用)(?!的|了|后)")


def completion_date(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of the date a works project is to be finished or put to use (``…,2032年正式投入
    使用``, ``争取2032年秋季交付使用``, ``2032年底25校礼堂全数完工``); (None, -1) when none."""
    if "工" not in sentence and "使用" not in sentence and "投用" not in sentence and "落成" not in sentence \
            and "启用" not in sentence and "投入" not in sentence:
        return None, -1  # (a cheap test before the scan: every match holds one)
    m = _COMPLETION_DATE.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)

# (twelfth round) ``2032年度计划投资6200万元,建设…``, ``2032年度拟新建幼儿园3所``: a year's plan with its deed and quantity
# (``2032年计划…`` is read by ``deadline_at``); not the year's plan as a noun (``完成2032年度计划的80%``, ``2032年度计划表``)
_YEAR_PLAN = re.compile(r"(?<![\d—\-~至到、])(?<!完成)(20\d\d)\s*年度\s*[,，]?\s*(?:计划|拟|将)\s*(?:投资|投入|新建|新增|建设|"
                        r"实施|改造|改扩建|扩建|招聘|培训|开工|完成投资)[^,，;；。]{0,16}?\d")


def year_plan(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a year's plan with its deed and quantity (``2032年度计划投资7500万元``); (None,
    -1) when none."""
    m = _YEAR_PLAN.search(sentence) if "年度" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)

# (twelfth round) ``2032年预算约52.5亿元``, ``基金2032年的预算约7亿元``, ``2032至33年度…经常开支预算为1,274亿元``: a year's
# budget with its amount (N17b: a planned amount), the year's commitment of money (O3); of two years' budgets in one
# sentence (``2031年预算约41.6亿元,2032年预算约52.5亿元``) the later is the new one, the earlier its measure. Not a
# revised budget of the year closing (``修订预算``), nor one a comparison measures against (``与…预算…比较``)
# (fourteenth round) ``二〇三二至三三年度教育方面的经常开支拨款为1,100亿元``: a year's appropriation (拨款), the same (O3e)
_BUDGET_YEAR = re.compile(r"(?<![\d—\-~至到与比较])(20\d\d)\s*(?:(?:[-—–/至]|年\s*至)\s*(?:\d{2}|[〇○零一二三四五六七八九]{2})(?!\d)\s*)?"
                          r"年(?:度)?\s*(?:的)?[^。,，;；、]{0,20}?(?:(?<!修订)预算(?:案)?(?:总额|总开支|开支|总支出|总收入|支出|收入)?|拨款(?:总额|额)?)\s*"
                          r"(?:预计|预计为)?\s*(?:约|为|是|达|达到|逾|超过|共|合共|总额为)?\s*\d")  # (lead43) ``2031年部门预算总支出N``, ``…总收入预计N``


def budget_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a year's budget with its amount (``2032年预算约52.5亿元``, ``2032至33年度…预算为
    1,274亿元``), the later of two; (None, -1) when none, or when the budget is measured against (``比较``, ``相比``)."""
    if ("预算" not in sentence and "拨款" not in sentence) or "比较" in sentence or "相比" in sentence:
        return None, -1  # (a cheap test before the scan)
    found = list(_BUDGET_YEAR.finditer(sentence))
    if not found:
        return None, -1
    m = max(found, key=lambda x: int(x.group(1)))
    return int(m.group(1)), m.start(1)

# ``2031年夏天前,…``, ``2031年暑假前完成…``, ``在2031年秋季开学前``, ``2031年春节前竣工``, ``2031年第三季前``,
# ``2031年年中前``: a season, a quarter, the middle of the year, a school break or a holiday of the year as the deadline
# (O3: ``2031年秋学期开学前`` is read by ``deadline_at``)
_SEASON_DEADLINE = re.compile(r"(?<![\d—\-~至到])(20\d\d)\s*年\s*(?:的)?\s*(?:(?:春|夏|秋|冬)(?:天|季|季学期)?|暑假|寒假|暑期|春节|"
                              r"开学|第\s*[一二三四1-4]\s*季(?:度)?|年?中)\s*(?:开学)?\s*(?:前|以前|之前)")


# ``2031年要着力抓好五项工作``, ``2031年全县须切实抓好…``, ``2031年度必须完成…``: a year, then what must be done in it
# (要, 须, 需要, 必须 and a task verb: the year is the time of the commitment, O3); not ``要求`` (a request told)
_YEAR_MUST = re.compile(r"(?<![\d—\-~至到])(20\d\d)\s*年(?:度)?\s*[,，]?\s*[\u4e00-\u9fff]{0,8}?(?:要(?!求)|须|須|需要|必须|必須)\s*"
                        r"(?:重点|着力|全力|继续|进一步|切实|扎实|努力|集中|全面|顺利|順利|基本|坚决|堅決)?\s*"
                        r"(?:做好|抓好|办好|辦好|完成|实施|實施|推进|推進|落实|落實|开展|開展|实现|實現|建成)")  # (goalB24) 全面/顺利


# ``到“十五五”末``, ``至"十五五"期末``: the end of the plan period, a deadline without a year
_PERIOD_END = re.compile(r"(?:到|至)\s*[“\"]?十[四五六]五[”\"]?\s*(?:末|期末|时期末)")


# ``预计125年底将达40家``, ``预计今(125)年开放``: a date a thing is expected by, in the years of the ROC calendar
# (民国 N = 1911 + N)
_ROC_EXPECTED = re.compile(r"(?:预计|预估|可望|有望|将|计划|拟)(?:于|在|到)?\s*(?:[今明]\s*[(（]\s*)?(1[0-4]\d)\s*[)）]?\s*年(?![\d/])")


_ROC_QUICK = re.compile(r"预|可望|有望|将|计划|拟|会|期望|冀望|期盼|希望|务求|力求|力争|争取")  # every ``_ROC_EXPECTED`` (and ``_EXPECTED_DATE``) match holds one

# ``131学年度``, ``131年``, ``(131-134年)``: a year of the ROC calendar from 100 (2011) to 119 (2030), school years
# too (a school year is dated by the year it opens, like ``2031/32学年``); not a count of years (``建校110年``,
# ``110年来``, ``110多年``, ``约110年``)
# (perf13) the lookbehinds stand after the first ``1`` (``(?<![\d.…]1)`` is ``(?<![\d.…])`` before it): sre skips to
# the places a ``1`` stands instead of trying the pattern at every character; the same matches and groups
_ROC_YEAR = re.compile(r"(1(?<![\d.第近约逾校满]1)(?<!\d[,，]1)[01]\d)\s*(?=(?:学年度|学年|年度|年)(?![来以多间左之历])|"
                       r"[-—–~至到]\s*1[01]\d\s*(?:学年度|学年|年度|年)|"
                       # (goalA30) the end of a span before ``年间`` (``于112至115年间``): a year, as its start is
                       r"(?<=[-—–~至到]1[01]\d)年间)")
_ROC_SCHOOL_YEAR = re.compile(r"(20\d\d)\s*学年(?:度)?")
_CE_YEAR = re.compile(r"(?<!\d)20\d\d\s*(?:年|学年)")
_CE_YEAR_SCAN = OpeningScan(_CE_YEAR)  # (fourteenth round: tried only where a match can open)


# ``日期:131/04/21``, ``131 年 3 月 7 日``: a date to the day in the ROC calendar (a posting date, a letter's date)
_ROC_DAY = re.compile(r"(?<![\d.])(1[01]\d)\s*(?:/|年)\s*\d{1,2}\s*(?:/|月)\s*\d{1,2}(?![\d/])")
_ROC_DAY_SCAN = OpeningScan(_ROC_DAY)  # (fourteenth round: tried only where a match can open)


def roc_page_year(text: str) -> int | None:
    """The year (common era) of the first date to the day in the ROC calendar on an undated page (``日期:131/04/21``,
    ``据…131 年 3 月 7 日…函办理``): the page was written that year or later, so a goal dated before it tells what
    has happened (like a page's own date); None when none."""
    m = _ROC_DAY_SCAN.search(text) if "年" in text or "/" in text else None
    return 1911 + int(m.group(1)) if m else None


# (fourteenth round) ``某政〔2031〕13号``, ``某教发[2031]5号``: the year in a document's own number
_NUMBER_YEAR = re.compile(r"[〔\[【(（]\s*((?:19|20)\d\d)\s*[〕\]】)）]")


def document_number_year(number: str | None) -> int | None:
    """The year of a document's own number (``某政〔2031〕13号`` -> 2031), the year it was issued (O3d); None when
    there is no number or no year in it."""
    m = _NUMBER_YEAR.search(number) if number else None
    return int(m.group(1)) if m else None


# (twelfth round, variants) ``明(115)年``: next year in brackets, Taiwan's way, like ``今(114)年``
# (perf13: the lookbehind after the ``1``, ``1(?<=[今明][(（]1)``, for a first character sre can skip to)
_THIS_ROC_YEAR = re.compile(r"1(?<=[今明][(（]1)[0-4]\d(?=[)）]\s*年)")


# (twelfth round) ``二○二四至二五年度``, ``到二〇三五年``, ``二零三二/三三学年``: a year of the common era written in Chinese
# numerals (O3c: a year like ``2035年``; G3 is about quantities)
# (perf13: the lookbehind after the ``二``, for a first character sre can skip to)
_CN_YEAR = re.compile(r"(二(?<![一二三四五六七八九十〇○零百千万]二)[〇○零][〇○零一二三四五六七八九]{2})(?=\s*(?:年|学年|学校年度|至|/|／|-|—))")  # (goalA27) 学校年度
# (goalA25) ``一二〇学年度起``, ``一一九年度``: an ROC year (100-129) written digit by digit in Chinese numerals, as Taiwan's
# news writes it; before a year word only (not ``一一四个``)
_CN_ROC_YEAR = re.compile(r"(一(?<![一二三四五六七八九十〇○零百千万]一)[〇○零一二][〇○零一二三四五六七八九])(?=\s*(?:学年度|学年|年度|年)(?![来以多间左之历]))")
_CN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def chinese_numeral_years(sentence: str) -> str:
    """The sentence with its years written in Chinese numerals in digits (``二○二四至二五年度`` -> ``2024至二五年度``,
    ``到二〇三五年`` -> ``到2035年``; (goalA25) an ROC year digit by digit, ``一二〇学年度起`` -> ``120学年度起``, which
    ``common_era`` then reads): same length, so every place in it stands."""
    if "一" in sentence and _CN_ROC_YEAR.search(sentence) is not None:
        sentence = _CN_ROC_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGIT), sentence)
    if "〇" not in sentence and "○" not in sentence and "零" not in sentence:
        return sentence  # (every such year of the 21st century holds one: a cheap test)
    return _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGIT), sentence)


def common_era(sentence: str) -> str:
    """The sentence with its ROC years written in the common era (``131学年度新建甲园`` -> ``2042年新建甲园``,
    ``未来4年内(131-134年)`` -> ``(2042-2045年)``) and its years in Chinese numerals in digits (``chinese_numeral_years``),
    so the date cues read them like any year; the sentence itself when it has none (a page that writes ``20NN年`` is
    read as it is)."""
    sentence = _fiscal.fiscal_year_nian(sentence)  # (goalA35) O3: ``2026財政年度`` -> ``2026年財政年度``
    sentence = _sy_forms.glued_year_pairs(sentence)  # (goalB33) O3c: ``二〇三一二〇三二学年`` -> ``2031/ 32学年``
    sentence = _news.two_digit_year_spans(chinese_numeral_years(sentence))  # (goalA24) O3c: ``三一至三二年度``
    sentence = _sy_forms.year_span_tails(sentence)  # (goalB33) O3c: ``2031/三二学年`` -> ``2031/32学年``
    if "今(" in sentence or "今（" in sentence or "明(" in sentence or "明（" in sentence:
        # ``今(120)年将…``, ``明(121)年…``: this or next year in brackets, ROC (see ``this_year_plan``)
        sentence = _THIS_ROC_YEAR.sub(lambda m: str(1911 + int(m.group())), sentence)
    if "年" not in sentence or _CE_YEAR_SCAN.search(sentence) is not None or _ROC_YEAR.search(sentence) is None:
        return sentence
    out = _ROC_YEAR.sub(lambda m: str(1911 + int(m.group(1))), sentence)
    return _ROC_SCHOOL_YEAR.sub(lambda m: m.group(1) + "年", out)


def roc_expected_date(sentence: str) -> tuple[int | None, int]:
    """(the year in the common era, where it stands) of ``预计125年底将达…``, ``预计今(125)年开放…``: an expected
    date in the ROC calendar; (None, -1) when none."""
    if "年" not in sentence or _ROC_QUICK.search(sentence) is None:
        return None, -1  # (cheap tests before the scan)
    m = _ROC_EXPECTED.search(sentence)
    return (1911 + int(m.group(1)), m.start(1)) if m else (None, -1)


def year_subject_will(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of ``2031年,某区委、区政府将实施…``, ``针对2031年的学位建设,某委将…``: a year, then
    a clause whose subject will act (将, 拟, 计划)."""
    if "将" not in sentence and "拟" not in sentence and "计划" not in sentence:
        return None, -1  # every match stands before one (a cheap test before the scan)
    m = _YEAR_SUBJECT_WILL.search(sentence)
    if m is None or _OBJECT_MARKER.match(sentence, m.end()):
        return None, -1  # ``2030年,某省将“…”列入实事``: 将 marks the object put on a list, no plan verb
    g = 1 if m.group(1) else 2
    if g == 2 and _YEAR_IS.match(sentence, m.end(g)):
        return None, -1  # ``2031年是…开局之年,全区将…``: a sentence that frames the year, not a dated goal
    return int(m.group(g)), m.start(g)


# ``…学校列为2031年市政府确定的惠民工程项目``: what a year's list of projects takes on (the year after 列为/列入)
_LISTED_FOR_YEAR = re.compile(r"(?:列入|纳入|列为)\s*(20\d\d)\s*年(?:度)?[^。；;,，]{0,24}?(?:实事|民心工程|惠民工程|民生工程)|"
                              # (goalA27) ``维修公路300公里是2031年某市十件民生实事之一``: the work one of the year's list
                              r"(?:是|为|作为)\s*(20\d\d)\s*年(?:度)?[^。；;,，]{0,24}?(?:实事|民心工程|惠民工程|民生工程)[^。；;,，]{0,6}?之一")


def listed_for_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of ``…列为2031年…惠民工程项目``: what a year's list of projects takes on (the
    year before 列入 is read by ``deadline_at``); (goalA27) of ``某工程是2031年…民生实事之一``, the work one of the year's
    list (O3f); (None, -1) when none."""
    if "列" not in sentence and "纳入" not in sentence and "之一" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _LISTED_FOR_YEAR.search(sentence)
    g = (1 if m.group(1) else 2) if m else 0
    return (int(m.group(g)), m.start(g)) if m else (None, -1)


def this_year_plan(sentence: str) -> tuple[int | None, int]:
    """(the sentence's first year, where it stands) of a sentence that says what this year's work will do
    (``…2030年项目启动会上获悉,今年,某局将实施…``), or the year in brackets after 今年/明年 (``明年(2032年)全县拟…``);
    (None, -1) when none or no year."""
    if "今" not in sentence and "明年" not in sentence and "明(" not in sentence and "明（" not in sentence:
        return None, -1
    p = _THIS_YEAR_PLAN.search(sentence)
    if p is None:
        return None, -1
    if g := next((k for k in (1, 2, 3) if p.group(k)), 0):
        y = int(p.group(g))  # (``明年(2032年)…``, ``今(120)年…``: the year in brackets; an ROC year from 1911)
        return (y if y > 1000 else 1911 + y), p.start(g)
    names = [(n.start(), n.end()) for n in _DOC_NAME.finditer(sentence)] if "《" in sentence else []
    m = next((m for m in _FIRST_YEAR.finditer(sentence) if not any(a <= m.start() < b for a, b in names)
              and not _bases.is_change_base(sentence, m.start())), None)  # (goalA34) nor a comparison's base year
    return (int(m.group(1)), m.start(1)) if m else (None, -1)  # (goalA27) N9c: not a year inside a document's name


_DOC_NAME = re.compile(r"《[^《》]*》")  # (goalA27) ``接《关于下达2031年投资计划的通知》,今年…``: the name's year dates nothing


def ends_plan_period(sentence: str) -> bool:
    """``到“十五五”末``: a deadline at the end of the plan period, with no year."""
    return "十" in sentence and _PERIOD_END.search(sentence) is not None


# ``本规划期限为2031年至2035年``, ``规划期为2031—2035年,展望到2040年``: the plan's own period and its outlook; a
# ``请…报送`` line: a notice's request to its addressees (G2)
_PLAN_SPAN = re.compile(r"(?:期限|规划期|实施期|执行期|周期|时间跨度)\s*(?:为|是|从|自)?\s*20\d\d\s*年?\s*[至到—\-~–]|展望(?:到|至)\s*20\d\d")


def states_the_period(sentence: str) -> bool:
    """``本规划期限为2031年至2035年``, ``展望到2040年``: the plan's period or outlook, no deadline of a goal."""
    return ("期" in sentence or "时间跨度" in sentence or "展望" in sentence) and _PLAN_SPAN.search(sentence) is not None


_EXPECTED_QUICK = _ROC_QUICK  # every ``_EXPECTED_DATE`` match holds one of the same words


def expected_date(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a date a thing is expected or planned by: ``预计在2027年建成``,
    ``可望于2031年9月完工``, ``预估2029年有…``; (None, -1) when none."""
    if _EXPECTED_QUICK.search(sentence) is None:
        return None, -1  # (a cheap test before the scan)
    m = _EXPECTED_DATE_SCAN.search(sentence)
    if m is None:
        return None, -1
    g = 1 if m.group(1) else 2
    if g == 1 and _plan_names.plan_name_before(sentence, m.start(g)):
        return None, -1  # (goalX20) N9c: ``…健康行动计划2031-2035年``, ``《营养计划2031年重点工作》``: a name
    return _span_ends.expected_span_end(sentence, int(m.group(g)), m.start(g))  # (goalA30) N9a: a span, its end


def planned_date(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a planned date label after what it dates (``甲园 建设规模12个班 计划完工时间:2031年``,
    ``乙校扩建工程,预计竣工日期:2031年6月``); (None, -1) when none, or when the label opens the sentence (a schedule
    label standing alone names no deed: ``is_no_sentence``)."""
    if "时" not in sentence and "日期" not in sentence and "年份" not in sentence and "年度" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _PLANNED_DATE.search(sentence)
    if m is None or len(re.findall(r"[\u4e00-\u9fff]", sentence[:m.start()])) < 2:
        return None, -1
    return int(m.group(1)), m.start(1)


def season_deadline(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a season, school break or holiday of a year as the deadline (``2031年夏天前``,
    ``2031年暑假前``, ``2031年秋季开学前``); (None, -1) when none."""
    if "前" not in sentence:
        return None, -1  # (a cheap test before the scan)
    m = _SEASON_DEADLINE.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def year_must(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a year and what must be done in it (``2031年要着力抓好五项工作``,
    ``2031年全县须切实抓好…``); (None, -1) when none."""
    if "要" not in sentence and "须" not in sentence and "須" not in sentence:
        return None, -1  # (a cheap test before the scan: every match holds 要, 须 or 須)
    m = _YEAR_MUST.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def before_or_from(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a date before which or from which a thing is to be done, in the forms
    ``deadline_at`` does not read: a school year (``在2031学年前``, ``由2031至32学年起``, ``在2031/32学年,…``), ``2031年之前``,
    a year's number alone (``在2031前``), a year or term from which (``由2031年起,…``, ``2031年秋季学期开始,…``); (None, -1)
    when none."""
    if "前" not in sentence and "学年" not in sentence and "起" not in sentence and "开始" not in sentence \
            and "年度" not in sentence:
        return None, -1  # every match holds one (a cheap test before the scan)
    m = _BEFORE_OR_FROM_SCAN.search(sentence)
    if m is None:
        return None, -1
    g = next(k for k in range(1, _BEFORE_OR_FROM.groups + 1) if m.group(k))
    if _FROM_FOR_YEARS.match(sentence, m.end()) is not None:
        return None, -1  # (goalA34) ``从2031年开始,经过五年努力,…``: the span's unwritten end is the deadline (O4)
    return int(m.group(g)), m.start(g)


# (goalA34) ``从2031年开始,经过五年努力``, ``由2031年起,用3年时间``: a from-year that opens a span of N years' work; the span's end, not
# written, is when the goal is due, so the opening year is no deadline (O4: null where no other year is written)
_FROM_FOR_YEARS = re.compile(r"\s*[,，]?\s*(?:经过|經過|用|通过|通過|再用|力争用|力爭用|花)\s*(?:[一二三四五六七八九十两兩\d]{1,3})\s*年")


def year_set_for(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of ``于2031年为全区12所学校更新设备``, ``并於2031年10月竣工``: the year a deed is set
    for, after 于/於 (the past, ``已于2029年完成``, is told by its marker); (None, -1) when none."""
    m = _SET_FOR.search(sentence) if "于" in sentence or "於" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def span_frame(sentence: str) -> tuple[int | None, int]:
    """(the end year, where it stands) of a span of years as the time frame of a commitment (``在未来五年(2031-32
    至2035-36年度)提供…`` -> 2035, ``…,2031-2034年将新建…`` -> 2034); (None, -1) when none."""
    if "年" not in sentence or ("至" not in sentence and "到" not in sentence and "-" not in sentence
                               and "—" not in sentence and "–" not in sentence and "~" not in sentence):
        return None, -1  # (a cheap test before the scan)
    lead = m.end() if (m := _LIST_MARK.match(sentence)) else 0  # (``- 在未来五年…``: a list item's sentence)
    m = _SPAN_FRAME.search(sentence[lead:])
    if m is None:
        return None, -1
    g = next(k for k in range(1, _SPAN_FRAME.groups + 1) if m.group(k))
    return int(m.group(g)), lead + m.start(g)


def year_deed(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year and a deed with its quantity
    (``…,2031年重点筛查老年人5000人``, ``2031年度推出4所新校舍``); (None, -1) when none."""
    m = _YEAR_DEED.search(sentence) if "年" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def year_of_work(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a task verb and the year that names the work it takes on
    (``组织做好2031年学生体质监测工作``); (None, -1) when none or the year stands in a 《title》."""
    m = _YEAR_OF_WORK_SCAN.search(masked_titles(sentence)) if "年" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def year_projects(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that says what a year's list of projects holds
    (``全县2031年重点建设项目为:…``, ``2031年项目有…``); (None, -1) when none."""
    m = _YEAR_PROJECTS_SCAN.search(sentence) if "年" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def month_deadline(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a deadline to the month that the sentence demands (``要求2031年6月底前完成``,
    ``确保2031年6月底前竣工``) or of ``2029年年底前``, the end of a year demanded (``须在2031年底完工``, ``最迟2031年完成``) or
    a year's 年内 (``2031年内,…``); (None, -1) when none."""
    m = _MONTH_DEADLINE_SCAN.search(sentence)
    if m is None:
        return None, -1
    g = next(k for k in range(1, 6) if m.group(k))
    return int(m.group(g)), m.start(g)


def closes_a_period(sentence: str, at: int) -> bool:
    """The year at ``at`` closes a period (``自2030年1月1日起至2030年12月31日止``, ``从2029年秋至2030年春``): it
    dates data or a notice, it is no deadline."""
    return "至" in sentence and any(m.start() <= at < m.end() for m in _PERIOD.finditer(sentence))


# (thirteenth round, variants) ``市府目标116年公共化幼儿园达到200园``, ``目标2031年前完成…``, ``目标定为2031年…``: the goal
# named with its year, no ``是`` between (``目标是在2031年…`` is ``states_the_goal``); not a year before the goal
# (``完成2031年目标``) nor the goal's name in a title (``2031年目标任务``)
_GOAL_WITH_YEAR = re.compile(r"目标\s*(?:订为|定为|设定为|设为)?\s*(?:在|于|到|至)?\s*(20\d\d)\s*年(?!\s*(?:以后|之后|后(?!期|半)|以来|来))")


def goal_with_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a goal named with its year (``市府目标116年…达到200园``, read in the common era;
    ``目标2031年前完成…``); (None, -1) when none."""
    m = _GOAL_WITH_YEAR.search(sentence) if "目标" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


# (fourteenth round) ``加大投入,…扩大普惠性资源供给,2031年全省公办园在园幼儿占比达到60%以上``, ``深化改革,2031年全市基本实现
# 优质均衡``, ``完善体系,2031年全县建成托育综合服务中心1个``: a clause after the measures that opens with its year, a short
# subject, then what is to be reached: a level with its number (bounded, ``以上``, or set, ``提高到``, ``控制在``), or a verb of
# reaching or completing (实现, 建成, 完成, 力争, 确保): the year stated as the time of the commitment (O3), like a sentence
# that opens so (``deadline_at``). Not in a report of published data (``数据显示,2029年全区新生达到1.8万人``: a result),
# and a past marker or a year of the past at the page's date undoes it, as every dated cue.
_LEVEL_SET = r"(?:提高到|提高至|提升到|提升至|降低到|降低至|下降到|下降至|控制在|不低于|不少于|不超过|不高于)"
_CLAUSE_YEAR_LEVEL = re.compile(r"(?<=[,，;；])\s*(20\d\d)\s*年(?:底|末)?\s*[,，]?\s*[^,，;；。:：\d]{0,20}?"
                                r"(?:(?:达到|达|超过|增加到|增加至|增长到|扩大到|保持在|稳定在|提高|" + _LEVEL_SET[3:-1] + r")\s*"
                                r"\d|(?:基本|全面|初步)?(?:实现|建成)|完成(?!了)|力争|确保)")
_DATA_REPORT = re.compile(r"显示|统计|公报|数据|调查")


def clause_year_level(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause after the measures that opens with its year and what is to be reached
    (``…,2031年全省公办园占比达到60%以上``, ``…,2031年全市基本实现优质均衡``); (None, -1) when none, or when a report of
    published data leads to the year (``数据显示,2029年…达到…``)."""
    m = _CLAUSE_YEAR_LEVEL.search(sentence) if "年" in sentence and ("," in sentence or "，" in sentence
                                                                   or ";" in sentence or "；" in sentence) else None
    if m is None or _DATA_REPORT.search(sentence, 0, m.start(1)) is not None or _ug16.reports_high_level(m.group()):
        return None, -1  # (r16 ug16: ``2031年民生支出占比高达80%``, a level reported)
    return int(m.group(1)), m.start(1)


# (fourteenth round) ``…作政府工作报告,2032年,某县加快推进第二中学建设,增加学位…``: a clause that opens with its year, a
# short subject and a verb of driving the work on (加快推进, 全力推进…): the year's work set out (O3); a year of the past at
# the page's date is a review's, as with every dated cue
_YEAR_DRIVE = re.compile(r"(?:^|(?<=[,，;；]))\s*(?<![\d—\-~至到])(20\d\d)\s*年\s*[,，]\s*[\u4e00-\u9fff]{0,8}?"
                         r"(?:加快推进|全力推进|着力推进|大力推进|加快建设)")


def year_drive(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year, a short subject and a verb of driving the work
    on (``2032年,某县加快推进某校建设``); (None, -1) when none."""
    m = _YEAR_DRIVE.search(sentence) if "推进" in sentence or "加快建设" in sentence else None
    return (int(m.group(1)), m.start(1)) if m else (None, -1)


def goal_date(sentence: str) -> tuple[int | None, int, str]:
    """(deadline year, where it stands, the cue) of a sentence: ``deadline_at`` first, a year that closes a
    period left out; else a date of its own (``expected_date``, ``month_deadline``). (lead43) The years of a
    programme's name in corner brackets (``「120至122年…整修工程計畫」``) are blanked first: they name it (N9c)."""
    sentence = masked_corner_names(sentence)
    year, at = _invest.planned_after_cutoff(sentence, *deadline_at(sentence))  # (goalA23) ``截至2030年底…,2031年计划…``
    if year is not None and (span := _frames.roc_school_year_span(sentence))[0] is not None and span[1] < at \
            and _frames.school_span_plan_leads(sentence, span[1]):
        return span[0], span[1], "roc_school_span"  # (goalY20) N9a: the planned span opens, a later year reports
    if year is not None and not closes_a_period(sentence, at):
        return year, at, "deadline"
    for cue, find in (("expected_date", expected_date), ("month_deadline", month_deadline), ("before_or_from", before_or_from),
                      ("year_deed", year_deed), ("year_deed", _g17.year_service_deed),  # (r17 goal17)
                      ("year_work_list", _g17.year_work_list),  # (r17 goal17)
                      ("year_of_work", year_of_work),
                      ("year_projects", year_projects),
                      ("year_subject_will", year_subject_will), ("this_year_plan", this_year_plan),
                      ("roc_expected_date", roc_expected_date), ("listed_for_year", listed_for_year),
                      ("year_set_for", year_set_for), ("span_frame", span_frame),
                      ("planned_date", planned_date), ("season_deadline", season_deadline),
                      ("year_must", year_must), ("completion_date", completion_date), ("year_plan", year_plan),
                      ("budget_year", budget_year), ("budget_year", _rest16.fiscal_budget_year),  # (r16 rest16)
                      ("goal_with_year", goal_with_year),
                      ("clause_year_level", clause_year_level), ("year_drive", year_drive),
                      ("goal_colon_year", _ugB15.goal_colon_year),  # (r15 ugB15)
                      ("drawn_budget_year", _ug24.drawn_budget_year),  # (r16 ug24)
                      ("planned_span", _c18.planned_span), ("year_then_duty", _c18.year_then_duty),  # (r18 goal18)
                      ("year_deed", _c18.year_deed_counted),  # (r18 goal18)
                      ("named_list_states", _c18.named_list_states),  # (goalB27) O3c: ``“某省2031年…清单”中提到,新增…``
                      ("plan_says_year", _c18.plan_says_year),  # (goalB27) O3c: ``某规划提出2031年…达到98%``
                      ("scheduled_opening", _news.scheduled_opening),  # (goalB27) O3: ``某中心定于2031年7月1日正式运营``
                      ("budget_year", _rbg.budget_allotment_year), ("year_goals_named", _rbg.year_goals_named),  # (confG18)
                      ("opening_year_change", _rbg.opening_year_change), ("year_requirements", _rbg.year_requirements),  # (confA18) O4, O3i
                      ("year_from", _cy.year_from_commitment),  # (confO19) O3: a commitment from a year on
                      ("year_list_lead", _leads.year_list_lead),
                      ("year_list_counted", _counts.year_list_counted),  # (goalB21) O3b: ``2031年…实事项目共12项``
                      ("year_work_clause", _clauses.year_work_clause),  # (goalB21) O3: ``…,2031年在各村组织…``
                      ("budget_year", _leads.budget_fields_year),
                      ("schedule_step", _steps.schedule_step_date),  # (goalA21) ``…,于2031年6月底前完成``
                      ("year_guideline", _guide.year_work_guideline),  # (goalA22) O3i: ``2031年,全市某某工作要全面贯彻…``
                      ("decided_year", _decisions.decided_year),  # (goalB22) O3: ``决定2031年在全县办好12件实事``
                      ("joined_year", _rf.joins_year_campaign),  # (famA27) O3: ``二是结合2031年度…工作,组织…``
                      ("report_year_goals", _speeches.report_sets_year_goals),  # (goalA23) O3c, O3h: a work report's year goals
                      ("budget_year", _speeches.bracketed_year_budget),  # (goalA23) O3e, O3j: ``今(2031)年追加编列…元``
                      ("school_year_will", _school_years.school_year_will),  # (goalA23) O3: ``将…把2031/32学年的…``
                      ("year_projects", _invest.year_project_investment),  # (goalA23) O3: the year's projects and investment
                      ("year_subject_plans", _news.year_subject_plans),  # (goalA24) O3: ``2031年,某县预计投入…``
                      ("expected_with_subject", _news.expected_with_subject),  # (goalA24) O3: ``预计病人可在2031年入住``
                      ("roc_school_span", _frames.roc_school_year_span),
                      ("year_rate_raised", _news.year_rate_raised),  # (goalA24) O3: ``2031年某津贴调高到2万元``
                      ("year_projects", _news.year_list_investment),  # (goalA24) O3: ``2031年,某区确定…项目共12个,计划总投资…``
                      ("year_set_for", _news.year_set_with_object),  # (goalA24) O3: ``…,在2031年把甲地改划为…``
                      ("year_share_has", _news.year_share_has),  # (goalA24) O3: ``2031年,全县90%的村建有…``
                      ("year_framed_will", _news.year_framed_will),  # (goalA24) O3: ``2031年,某县围绕…,将继续实施…``
                      ("year_round_tasks", _rounds.year_round_tasks),  # (goalB24) O3f: ``2031年度某创建的重点包括…``
                      ("year_quota", _rounds.year_quota_assigned),  # (goalB24) O3: ``下达我县2031年培训任务3000人``
                      ("year_goals_object", _rounds.year_goals_as_object),  # (goalB24) O3: ``推动2031年…目标``
                      ("year_funds", _funds.year_funds),  # (goalA33) O3e: ``2031年某县下达维修资金120万元``
                      ("budget_year", _bya.budget_sentence_year),  # (lead42) O3e: ``县府在120年度…编列…经费,约需4.5亿元``
                      ("connective_year", _news.connective_opening_year),
                      ("closing_year_bracket", _item_years.closing_year_bracket)):  # (probeG40) O3: ``完善某系统(2031年)``  # (goalA24) O3: ``其中,2031年…``  # (goalY20) N9a: ``120至123学年度,规划…``  # (goalW31) O3e: ``2031年度编列…等181.9亿元``  # (goalW31) O3f: ``2031年…实事分别是:``
        year, at = find(sentence)
        if year is not None and not closes_a_period(sentence, at) and not _meetings.names_meeting_heard_at(sentence, at):
            return year, at, cue  # (goalA26) N9c: not the year of a meeting's name the story was heard at
    return None, -1, ""


# ``2031年,每个乡镇建成1所中心幼儿园``, ``(二)2031年度,…``: a sentence of a goal section that opens with its year;
# (goalA33) with or without a comma after it (O4, seventeenth round: ``2031年全区生产总值增长6%`` -> 2031; ``2031年新增3个,
# 达标率为60%``, ``2031年目标:…``), not a month after it (``2031年9月2032年8月``: a span), nor a time since or after it
# (goalA34) also after the short label that opens the sentence (``年度目标任务: 2031 年书屋开放率不低于95%``: the label names
# the goals, the year opens what they state)
_OPENING_YEAR = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,8}\s*[:：]\s*)?(20\d\d)\s*年(?:度)?\s*(?:[,，:：]|(?!\s*(?:\d{1,2}\s*月|以来|以來|来|來|以后|以後|之后|之後|"
                           r"后|後|以前|之前|前后|前後|间|間|期间|期間|至|到|[-—~～－–])))")


def opening_year(sentence: str) -> int | None:
    """The year a goal section's sentence opens with (``2031年,每个乡镇建成1所…``): the time of its commitment, its
    target_year when no deadline is read (O4); None when none."""
    m = _OPENING_YEAR.match(_LIST_MARK.sub("", sentence, count=1))
    return int(m.group(1)) if m else None


def dated_by_a_period(sentence: str) -> bool:
    """A year that one of ``goal_date``'s cues reads but that closes a period (``自2030年1月1日起至2030年12月31日止``):
    the sentence is dated, by a period, not a deadline; it lacks no date cue."""
    if "至" not in sentence:
        return False
    year, at = deadline_at(sentence)
    if year is not None and closes_a_period(sentence, at):
        return True
    return any(closes_a_period(sentence, find(sentence)[1])
               for find in (expected_date, month_deadline, year_subject_will, this_year_plan, listed_for_year))
