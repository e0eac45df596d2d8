"""Linguistic cues of the genre, each a small named function.

Extractors combine them and a decision can say which cues made it (``Decision.cues``). A cue
expresses what a phrase *means* in a Chinese plan (a commitment, a status, a notice line, a heading
that reviews the past), never a sentence of one document.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass, field
from typing import Literal

from extract.modal_idioms import FORECAST_NOT_INDICATOR, PLAN_NOT_NOUN, PLANNED_COUNT, YING_NOT_IDIOM  # (tgtA30, tgtB33)
from extract.roles import (COLUMN_HELP_WORDS, COLUMN_LEAD_WORDS, DUTY_MANNER, PEOPLE_WORDS, ROLE_ADVERBS, ROLE_VERBS,
                           KEY_LEAD_WORDS, alternation)

# -- notices, metadata and page furniture ---------------------------------------------------------
_ADDRESSEES = re.compile(r"^各[\u4e00-\u9fff、,，()（）]{1,60}[:：]$")
_NOTICE_PHRASES = re.compile(
    r"(现(?:将|把)?[^。]{0,60}印发给你们|现印发给你们|现将[^。]{0,60}(?:进行)?(?:责任)?分解[。]?$|印发给你们|请结合实际[^。]{0,12}(?:贯彻|执行|落实)|"
    r"请认真(?:贯彻|组织|抓好)|认真贯彻(?:执行|落实)|经[区县市镇]?(?:政府|委|常委会)[^。]{0,20}同意(?!\s*[,，]\s*20\d\d\s*年))"
)
# (fourteenth round) ``经市政府同意,2031年我市实施30项民生实事,具体安排如下``: the approval, then a clause that opens with
# the year the commitment is for: the year's commitment (O3b), not a line of the notice
_META_LINE = re.compile(
    r"^[【\[]?\s*(?:索引号|主题分类|发布机构|发文机关|发文单位|成文日期|发布日期|发文日期|发布时间|文\s*号|发文字号|"
    r"公开方式|公开范围|有效性|信息来源|来源|作者|编辑|责任编辑|审核|浏览次数|阅读次数|点击数|访问量|"
    r"关键词|关键字|标签|分享|字号|时间|日期|主题词|联系电话|电话|传真|邮箱|电子邮箱|电子信箱|邮编|邮政编码|通讯地址|"
    # a page's reading widgets and a doc-sharing page's file box (``字体: 大 中 小``, ``字級:``, ``文档名称:``)
    r"字体(?:大小)?|字體|字级|字級|字型|文档名称|文檔名稱|内容预览|內容預覽|文档预览|文檔預覽)\s*[:：]"
)
# a doc-sharing page's counters: ``共计66028个字,预计阅读时长30分钟``, ``加入收藏``, ``下载次数``
_META_ANYWHERE = re.compile(r"(预计阅读时[长间]|阅读时长\s*[:：]?\s*\d|加入收藏|下载次数|下载积分|页数\s*[:：]\s*\d)")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[【(（]20\d\d[〕\]】)）]\s*\d+\s*号")
_DATE_ONLY = re.compile(r"^[(（]?20\d\d\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\d{1,2}[-/.]\d{1,2})"
                        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[)）]?$")
_FRAGMENT = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]?\s*$")
_SPACES = re.compile(r"\s\s*")  # (speedA28: ``\s+`` as ``\s\s*``, the same matches: sre skips to a blank)
_COMPARATOR_AFTER = re.compile(r"\s*(以上|以下|以内|之内|及以上)")
_PER_BEFORE = re.compile(r"每[^，,；;。]{0,8}$")
_STRIVE_BEFORE = re.compile(r"(?:力争|争取|确保|努力|将|要)\s*$")
_AGE_AFTER = re.compile(r"\s*(周岁|岁)")
_CONTENT_END = re.compile(r"(内容|措施|举措|要求|标准|成效)$")


def is_notice_line(line: str) -> bool:
    """A line of the issuing notice: addressees (``各…:``), ``现印发给你们``, a document number alone."""
    s = line.strip()
    if _ADDRESSEES.match(s) or (len(s) <= 200 and _NOTICE_PHRASES.search(s) and not _body_carry_out(s)):
        return True  # (a whole document run into one line is not a notice line)
    return len(s) <= 40 and "号" in s and bool(_DOC_NUMBER.search(s))  # (speedA28: every match ends in 号)


def _imported_later(module: str, name: str):
    """(speedA26) The function ``name`` of ``module``, a rules module (which imports this one: no import at the top),
    imported at its first call and called directly after: an ``import`` statement run at each call costs about 0.8 µs,
    and the helpers of ``number_decision`` run for every number."""
    fn = None

    def call(*args):
        nonlocal fn
        if fn is None:
            fn = getattr(importlib.import_module(module), name)
        return fn(*args)
    return call


_counts_those_served = _imported_later("extract.rules.named_numbers", "counts_those_served")
_present_frame_later = _imported_later("extract.rules.present_frames", "present_frame_later")
_measure_of_works_under_way = _imported_later("extract.rules.works_under_way", "measure_of_works_under_way")
_later_list_item = _imported_later("extract.rules.figure_frames", "later_list_item")


def _serves_those_counted(clause_before: str, after: str) -> bool:
    """(tgtA23) ``rules.named_numbers.counts_those_served``: ``为N名…提供…``, ``为`` as ``for``."""
    return _counts_those_served(clause_before, after)


def _body_carry_out(line: str) -> bool:
    """(tgtA23) ``rules.notice_lines.carries_out_in_body``: ``认真贯彻落实某目标,…达到N%`` is a body sentence."""
    from extract.rules.notice_lines import carries_out_in_body
    return carries_out_in_body(line, _NOTICE_PHRASES)


def is_addressee_line(line: str) -> bool:
    """The addressees of a letter: ``各乡镇人民政府,县直各部门:``, ``县政府各部门、各直属机构,各街道办事处:``."""
    s = line.strip()
    if _ADDRESSEES.match(s):
        return True
    if len(s) > 80 or not s.endswith((":", "：")) or "各" not in s:
        return False
    return is_unit_cell(s[:-1])


# a letter that hands down a plan or its breakdown (``现将…印发给你们``, ``分解下达你们``, ``经区政府研究决定``)
_TRANSMITS = re.compile(r"(印发给你们|下达(?:给)?你们|现将[^。]{0,60}(?:印发|下达|分解)|经[^。]{0,12}研究决定|请认真|请遵照|请结合实际)")


def _letter_date_cut(line: str) -> bool:
    """(G2a) the letter's date line with its date marks lost in the scrape (``2031415``): ``rules.letter_dates``."""
    from extract.rules.letter_dates import scrape_cut_date
    return scrape_cut_date(line)


# (vrestA28) the title of the plan the letter hands down, on a line of its own after the letter: a short line with no
# sentence mark that ends in the name of a plan document (``某市重点工作责任分解``, ``2031年惠民实事项目清单``); not an
# entry of the letter's list of attachments (``2.某项目任务分解表``)
_PLAN_TITLE_LINE = re.compile(r"^(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、．])[^。，,；;：:！？!?]{4,40}?(?:责任分解|任务分解|分解方案|实施方案|工作方案|工作计划|工作要点|"
                              r"任务清单|项目清单|责任清单|分解表|任务表|清单|要点)\s*(?:[(（][^()（）]{1,12}[)）])?$")


# the plan's first heading run into its first paragraph (``一、2031年的主要任务。…``)
_OUTLINE_OPENING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])")


def _plan_title_line(line: str) -> bool:
    """(vrestA28) A line that titles the plan handed down (``《某报告》重点工作责任分解``): the letter ended above it
    when the plan's first heading runs into its first paragraph below it (``一、2031年的主要任务。2031年…``), as it
    ends there when that heading stands on a line of its own (``transmitting_letter`` reads up to a heading)."""
    return _PLAN_TITLE_LINE.match(line) is not None


def transmitting_letter(paragraphs: list[str]) -> int:
    """How many of ``paragraphs`` (those right after an addressee line, up to a heading) belong to a letter that
    hands down a plan: all up to the attachment line or the letter's date, if one of them hands something
    down (G2: such a letter holds no records); 0 otherwise."""
    n = 0
    for k, p in enumerate(paragraphs):
        t = p.strip()
        if t.startswith(("附件", "附:")) or _DATE_ONLY.match(t) or _letter_date_cut(t) \
                or (n and _plan_title_line(t) and k + 1 < len(paragraphs) and _OUTLINE_OPENING.match(paragraphs[k + 1])):
            break
        n += 1
    return n if any(_TRANSMITS.search(p) for p in paragraphs[:n]) else 0


def is_metadata_line(line: str) -> bool:
    """A metadata or page-furniture line: ``发布日期:``, ``浏览次数:``, ``关键词:``, a date alone."""
    s = line.strip()
    return bool(_META_LINE.match(s) or _DATE_ONLY.match(s) or (len(s) <= 120 and _META_ANYWHERE.search(s)))


def is_page_fragment(line: str) -> bool:
    """A page number or a bare list marker left where a page broke (``3、``, ``8``)."""
    return bool(_FRAGMENT.match(line.strip()))


_PEOPLE_LINE = re.compile(
    r"^(?:主管|分管|联系|责任|包抓|牵头负责|牵头)?[市区县镇]?(?:领导|负责人)\s*[:：]|^(?:主要责任人|责任人|联系人|进度安排|完成时限|时间节点|"
    r"工期|完成时间)\s*[:：]"
)


_PERSON_LINE = re.compile(r"^(?:主管|分管|联系|责任|包抓|牵头负责|牵头|项目|主要)?[市区县镇]?(?:领导|负责人|责任人|联系人)\s*[:：]")


def names_people(line: str) -> bool:
    """A line that only names the people behind a task (``牵头负责领导:张三。``): no goal, no target, no unit."""
    return bool(_PERSON_LINE.match(line.strip()))


def is_people_line(line: str) -> bool:
    """A line naming people or a schedule for the task above (``主管领导:…``, ``进度安排:…``): never units."""
    return bool(_PEOPLE_LINE.match(line.strip()))


_SITE_NOTICE = re.compile(r"(?:本网|本站|本平台|本公众号)[^。]{0,30}(?:版权|转载|删除|移除|侵权|联系)|(?:版权|侵权)[^。]{0,30}(?:本网|本站|本平台)")


_SITE_QUICK = re.compile(r"本网|本站|本平台|本公众号")  # every ``_SITE_NOTICE`` match holds one


def is_site_notice(line: str) -> bool:
    """A site's own notice under an article (``如涉及版权问题请联系本站,我们将在3日内删除``): page furniture."""
    return _SITE_QUICK.search(line) is not None and _SITE_NOTICE.search(line) is not None


_PAGE_CODE = re.compile(r"[\w-]+\.s?html?\b|-->|<!--")


def is_page_code(line: str) -> bool:
    """A line left by the page's code (``2024-03-01 1 1 某日报 content_1234.html 1 <a headline> /prop-->``): a link's
    file name or a markup comment in a short line, page furniture (the headline stands on its own line too)."""
    return len(line) <= 160 and ("htm" in line or "--" in line) and _PAGE_CODE.search(line) is not None


# (thirteenth round) ``【以下内容已隐藏,请打开APP阅读全文】``, ``预览已结束``, ``已付费下载该文档的用户…``,
# ``剩余3页未读,继续阅读``, ``VIP免费``: a document-sharing site's paywall or preview note, where its excerpt stops
_PAYWALL = re.compile(r"(?:之后|以下|后面|剩余)的?内容(?:已)?被?(?:隐藏|折叠)|(?:全文)?预览已结束|试读(?:已)?结束|"
                      r"(?:下载|打开|登录)\s*(?:APP|App|app|客户端|文档)[^。]{0,8}(?:查看|阅读)|(?:查看|阅读|展开)(?:完整内容|全文)|"
                      r"付费下载|剩余\s*\d+\s*页未读|VIP\s*(?:免费|专享|专免|可读|精品文档)")
_PAYWALL_QUICK = re.compile(r"内容|预览|试读|APP|App|app|客户端|文档|全文|付费|未读|VIP")


def is_paywall_note(line: str) -> bool:
    """A document-sharing site's paywall or preview note (``以下内容已隐藏,请打开APP阅读全文``,
    ``全文预览已结束``): page furniture, however the section above it is named."""
    return len(line) <= 80 and _PAYWALL_QUICK.search(line) is not None and _PAYWALL.search(line) is not None


def is_furniture(line: str) -> bool:
    """Any line that holds no record: notice, metadata, page fragment, a site's copyright notice, page code, a
    paywall note."""
    return (is_notice_line(line) or is_metadata_line(line) or is_page_fragment(line) or is_site_notice(line)
            or is_page_code(line) or is_paywall_note(line))


# -- section roles ----------------------------------------------------------------------------------
SectionRole = Literal["past", "goal", "plan", "none", "report"]

_PAST_HEADING = re.compile(
    r"(发展基础|工作基础|现实基础|主要成就|成就|回顾|现状|基础与|机遇与挑战|面临挑战|发展环境|面临形势|形势与|"
    r"存在问题|问题与|主要亮点|工作亮点|亮点工作|^亮点|基本情况|主要成效|取得成效|工作成效|成效显著|主要成绩|"
    r"取得的成绩|工作成绩|肯定成绩|总结成绩|进展情况|完成情况|工作总结|总结回顾|主要做法|工作开展情况|经验做法|已取得|"
    r"(?:规划|编制|发展)背景|收官|"
    # (lead39) the outcomes of a field's development or of the reforms (``一、发展成效``), a review of gains set beside what
    # was lacking (``一、成绩与不足``, ``成绩和问题``)
    r"(?:发展|建设|改革|办学|教育)成效|成绩(?:与|和|及)(?:不足|问题|差距|经验)|"
    # (lead44) the performance a year's or a scheme's work achieved (``一、120年度辦理績效:``, ``整体绩效``, ``执行绩效``):
    # results; not performance still to reach or to assess (``绩效目标``, ``绩效考核``, ``绩效评价``, ``绩效指标``)
    r"(?:办理|执行|執行|辦理|整体|整體|年度|实施|實施)绩效(?!目标|考核|评价|评估|指标|管理))"
)
_GOAL_HEADING = re.compile(r"(总体目标|发展目标|主要目标|目标任务|工作目标|具体目标|预期目标|总目标|主要指标|目标要求|目标分解|"
                           r"年度目标|中期目标|"
                           # other writers' names of the goals: ``二、建设目标``, ``(一)任务目标``, ``三、目标与任务``,
                           # ``一、近期目标``, ``貳、預期成效`` (what the plan expects to achieve)
                           r"建设目标|任务目标|战略目标|阶段(?:性)?目标|近期目标|目标(?:和|与|及)任务|预期成效|预期效益|"
                           # ``三、奋斗目标``, ``二、办学目标`` (a school's plan), ``壹、年度施政目標`` (a Taiwan ministry's),
                           # ``貳、計畫目標`` (a Taiwan project's), ``三、願景與目標``, ``二、发展愿景`` (the plan's vision)
                           r"奋斗目标|办学目标|施政目标|计[划画]目标|愿景(?:(?:与|和|及)目标)?$)")


_CONTEXT_HEADING = re.compile(r"^(引言|前言|背景|研究背景|摘要|内容摘要|问题的提出)$")
# the head noun of a Chinese title comes last: ``…任务完成情况公示`` reports, ``…工作报告任务分解表`` plans
# (speedA28) the grouped branches ``(?:成果|成效|工作)綜述`` written out one branch a word, in their order: the same matches, but
# every branch now opens with a character, and sre skips to them
# (lead53) also ``…工作推进情况``, ``…工作开展情况``: how the work went (not a table's bare ``推进情况`` column)
_REPORT_TITLE = re.compile(r"(公报|总结|成就|回顾|成果綜述|成效綜述|工作綜述|成果综述|成效综述|工作综述|終期評估|终期评估|成效|完成情况|(?:办理(?:工作)?情况|办理[^，,。；;\d]{0,16}?总体情况)(?=\s*$|\s*[(（])|进展情况|工作推进情况|工作開展情況|工作开展情况|落实情况|情况通报|情况汇报|情况报告(?<!调研情况报告)(?<!调查情况报告)|公示|工作年度报告|年度工作报告)\s*[(（]?[^()（）]{0,12}[)）]?(?:\.(?:docx?|pdf|wps|txt))?$")


_REPORTED_PLAN = re.compile(
    # (fourteenth round) ``规划[”\"]?|方案[”\"]?|…`` for ``(?:规划|方案|计划|纲要)[”\"]?``: every branch opens with a character
    r"(?:《[^》]{0,40}(?:规划|方案|计划|纲要|意见|措施)》|规划[”\"]?|方案[”\"]?|计划[”\"]?|纲要[”\"]?)[^。；]{0,6}"
    r"(?:明确|提出|要求|指出|规定|确定|部署)"
    # (vrestA28) a plan reported approved: ``扩建计划已经得到省里的正式批复``, ``某方案近日获批``, what follows is its content
    r"|(?:规划|方案|计划)[^。；;，,\d]{0,4}(?:已经|已|近日|日前)?(?:得到|获得|获)[^。；;\d]{0,16}?(?:批复|批准)|(?:规划|方案|计划)[^。；;，,\d]{0,6}获批"
)


def reports_a_plan(text: str) -> bool:
    """A sentence that introduces what a plan sets (``《规划》明确,到2025年…``, ``方案提出``): in a page
    without an outline, the list that follows states the plan's targets."""
    return bool(_REPORTED_PLAN.search(text))


# what stands at a page's top without being its title: a site's column that holds plans and reports alike
# (``计划总结``), a table's header row or one of its header cells alone (``进展情况(一季度)``: the report noun with
# nothing before it names a column, a title names whose report it is)
_PLAN_AND_REPORT_COLUMN = re.compile(r"(?:计划|规划)[与和及、]?总结\s*$")
_BARE_REPORT_NOUN = re.compile(r"^(?:进展情况|完成情况|落实情况|工作总结|总结)\s*(?:[(（][^()（）]{0,8}[)）])?$")


def is_column_head(head: str) -> bool:
    """A line at a page's top that names a site column or a table column, not the page (see above)."""
    h = head.strip()
    return bool(_PLAN_AND_REPORT_COLUMN.search(h) or _BARE_REPORT_NOUN.match(h) or "|" in h or "｜" in h)


def title_reports_past(title: str) -> bool:
    """A document title that names a report of what was done (统计公报, 工作总结, 完成情况公示): its
    outline reviews, so its numbers need their own commitment cue. A site column, a field or a table's header
    is no title (``is_column_head``)."""
    return (bool(_REPORT_TITLE.search(title.strip())) or _PROGRESS_COLUMN.match(title) is not None) \
        and not is_column_head(title) and not arranges_reports(title)


# (lead41) a site column's label in brackets that files the page as a progress report (``【工作进展】加快…项目建设``)
_PROGRESS_COLUMN = re.compile(r"^\s*[【\[]\s*(?:工作进展|工作進展|项目进展|項目進展|建设进展|建設進展|工作成效|进展情况|進展情況)\s*[】\]]")


# (lead41) a notice that arranges reports, summaries or reviews still to be made (``关于开展…工作推进情况汇报的通知``,
# ``关于报送2031年工作总结的通知``): it sets work to be done, no report of what was done
_ARRANGES = re.compile(r"^\s*关于\s*(?:开展|做好|组织|召开|举办|举行|进行|报送|上报|填报|提交|征集)[^。]{2,80}的?(?:通知|通告|函)\s*$")


def arranges_reports(title: str) -> bool:
    """(lead41) A notice's title that arranges the reports its words name (``关于开展…工作汇报的通知``, ``关于报送…工作
    总结的通知``): the report words are the object of the work set, so the page is no report (``title_reports_past``).
    Not a notice that issues a report (``关于…完成情况的通报``: no verb of arranging), nor a title that is a report."""
    return _ARRANGES.match(title) is not None


@functools.lru_cache(maxsize=4096)  # (perf17) a pure test of a heading: ``section_role`` asks it of each path's titles
def heading_gives_context(title: str) -> bool:
    """An introduction (引言, 背景, 摘要): it states the situation, not the plan. (lead40) Also a speech's salutation
    set as a heading (``同志们:``, ``各位代表:``): what follows is the speech, no part of a plan's outline."""
    from extract.rules.target_exclusions import names_background  # (r16) ``一、政策背景``
    return bool(_CONTEXT_HEADING.match(_SPACES.sub("", title))) or names_background(title) or salutation(title)


# (lead40) the salutation that opens a speech or a letter to a gathering: ``同志们``, ``各位代表``, ``各位领导、同志们``,
# ``老师们、同学们``, ``女士们、先生们``, ``尊敬的各位来宾``
_SALUTATION = re.compile(r"(?:尊敬的)?(?:(?:各位|全体)?[\u4e00-\u9fff]{0,6}?(?:同志|代表|委员|同学|老师|朋友|先生|女士|家长|来宾|嘉宾|领导|"
                         r"同仁|師生|师生|職工|职工)(?:们|們)?[、,，]?){1,4}[!！:：]?")
_SALUTATION_HEAD = re.compile(r"(?:尊敬的|各位|全体|親愛的|亲爱的)|(?:们|們)[!！:：、,，]?$")


def salutation(title: str) -> bool:
    """(lead40) Whether a heading's title is a salutation to a gathering (``同志们``, ``各位代表、同志们``, ``老师们、同学们``):
    the opening of a speech or an open letter, no part of an outline. Not an office or a body (``代表团``, ``教师发展中心``):
    the title must address people (``各位``/``尊敬的``/``全体`` before, or ``们`` after)."""
    t = _SPACES.sub("", title).strip()
    return len(t) <= 24 and _SALUTATION.fullmatch(t) is not None and _SALUTATION_HEAD.search(t) is not None


def is_past_year(year: int | None, doc_year: int | None) -> bool:
    """A year stated before the document's own year: what it dates has happened."""
    return year is not None and doc_year is not None and year < doc_year


@functools.lru_cache(maxsize=4096)  # (perf17) as ``heading_gives_context``
def heading_reviews_past(title: str) -> bool:
    """A heading that names a review of the past or of the present state (成就, 基础, 亮点, 基本情况, 成效)."""
    from extract.rules.target_exclusions import heading_names_progress  # (r16) ``…的实践进展``
    from extract.rules.past_dates import names_review_heading  # (r17 wide17) ``…计划执行情况``, ``面临的形势``
    from extract.rules.figure_frames import heading_states_achievement  # ``甲业结构不断优化``: what came about
    from extract.rules.overview_headings import names_overview  # (tgtB27) ``一、某社区管理概况``: the present state
    return bool(_PAST_HEADING.search(title)) or heading_names_progress(title) or names_review_heading(title) \
        or heading_states_achievement(title) or names_overview(title)


# ``确保完成主要指标``, ``全力确保完成年度各项目标``: a task whose object is the goals, not a heading that names them
# (a clause before it makes the heading a sentence of tasks; ``一、确保完成主要预期目标`` alone names the goals)
_GOALS_AS_OBJECT = re.compile(r"[,，;；][^,，;；]*(?:完成|实现|确保|落实|达到|围绕|对照|紧扣|锚定)[^,，;；]{0,3}$")


@functools.lru_cache(maxsize=4096)  # (perf17) as ``heading_gives_context`` (and ``in_goal_section``'s, per paragraph)
def heading_names_goals(title: str) -> bool:
    from extract.rules.rulebook_goals import goal_heading_verdict  # (confG18) O1d
    if (verdict := goal_heading_verdict(title)) is not None:
        return verdict
    from extract.rules.goal_list_leads import names_goal_completion  # (goalW31) O1d
    if names_goal_completion(title):
        return False  # (goalW31) ``年度指标任务完成情况``: a results report's heading, no goals (O1d)
    from extract.rules.goal_heading_names import names_act_on_goals  # (goalA27) O1: ``一、明确目标任务``
    if names_act_on_goals(title):
        return False
    m = _GOAL_HEADING.search(title)
    if m is None and "目标" in title:
        from extract.rules.unit_goal_phrasings import names_plan_goals_heading  # (r16 ug16; here: no import cycle)
        return names_plan_goals_heading(title)  # ``(一)规划目标``
    return m is not None and not names_a_table(title) and not _GOALS_AS_OBJECT.search(title[:m.start()])


_TABLE_TITLE = re.compile(r"(表|清单|一览|台账)\s*[)）]?$")


def names_a_table(title: str) -> bool:
    """A heading that is a table's title (``目标任务分解表``, ``任务清单``): it names the table, not the goals."""
    return bool(_TABLE_TITLE.search(_SPACES.sub("", title)))


def section_role(path: list[str]) -> SectionRole:
    """What a section is for, from what its headings mean: the nearest review or goal heading wins;
    any other section of the outline is a part of the plan; text outside any section is ``none``."""
    if not path:
        return "none"
    for title in reversed(path):
        if heading_reviews_past(title):
            return "past"
        if heading_names_goals(title):
            return "goal"
        if heading_gives_context(title):
            return "none"  # an introduction states the situation: a number needs its own cue
    return "plan"


# -- commitment and status ---------------------------------------------------------------------------
# (speedA28) the characters ``\s`` matches in a str pattern (none above U+3000): a branch for each
_BLANKS = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_COMPARATOR = re.compile(
    r"(不低于|不少于|不小于|不得少于|不得低于|至少|最少|不超过|不高于|不多于|不得超过|不大于|最多|控制在|控制到|"
    r"低于|少于|超过|高于|大于|小于|多于|以上|以下(?!简称|簡稱|称|稱)|以内|之内|"  # (tgtA26) ``(以下简称…)``: hereinafter
    # a sign right after its indicator, before the number: ``(?<=[\u4e00-\u9fff)）])\s*[>≥<≤]\s*$`` written as two
    # branches that open with a character (blanks, then the sign; the sign), the lookbehind after it, so that sre
    # skips to the places where one of the pattern's first characters stands
    # (speedA28) and each blank and each sign a branch of its own (``\s`` and ``[>≥<≤]`` are classes, and a branch that
    # opens with a class leaves sre no first characters: every branch was tried at every character; 4-7x faster)
    + "|".join(re.escape(c) + r"(?<=[\u4e00-\u9fff)）]\s)\s*[>≥<≤]\s*$" for c in _BLANKS) + "|"
    + "|".join(c + r"(?<=[\u4e00-\u9fff)）][>≥<≤])\s*$" for c in ">≥<≤") + ")"
)
_REACH_VERB = re.compile(
    r"(达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|扩大到|扩大至|降低到|降低至|下降到|下降至|保持在|稳定在)"
)
_TARGET_VERB = re.compile(
    r"(达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|扩大到|扩大至|降低到|降低至|下降到|下降至|保持在|稳定在|"
    r"新增|新建|建成|建设|改扩建|改建|扩建|创建|创成|争创|创立(?![于於])|培育|打造|培养|培训|引进|招聘|选聘|配备|配齐|选派|"  # (lead51) ``创立…学校6所``
    # (lead44) a works verb with its variant in brackets: ``新(改)建``, ``改(扩)建``, ``新(扩)建``, ``新(改、扩)建``
    r"新[(（][改扩、]{1,3}[)）]建|改[(（][扩新、]{1,3}[)）]建|"
    r"实现|完成|确保|力争|保证|保障|开展|组织|举办|开设|设立|组建|遴选|评选|认定|支持|资助|投入|安排|"
    # (eleventh round) ``实施危桥改造100座``, ``改造11家养老机构``: works done; not the noun of ``改造项目完工27所``, ``改造资金``
    r"改造(?![\u4e00-\u9fff]{0,6}(?:项目|资金|经费|补助|任务|工程))|实施(?!方案|意见|细则|办法|计划|范围|主体|单位|进度|情况|效果|成效)|"
    r"新[辟开投装设配铺购添招拓]|开辟|开拓|开通|"  # ``新辟公交线路10条``, ``新投放自行车3000辆``
    r"覆盖|普及|每年|每学年|每学期|年均|逐年|全部|均要|均应|投资|修建|兴建|建\s*$|任务数|目标数|计划数|成立|挂牌|"
    r"落实好|做好|抓好|办好|承接|增设|推出|推进|提供|"  # ``落实好8个口袋公园、…``: a task taken on
    r"注资|预留|编列|自筹|"  # a budget's money set aside for what is to come (``向某基金注资5亿元``, ``编列补助款3亿元``)
    # (twelfth round) the works and services of a year's list of 实事 as other writers name them: ``购置座椅670套``,
    # ``筹建人才公寓800套``, ``投放公交车80辆``, ``开发公益性岗位2.76万个``, ``帮助120名残疾人实现就业``
    # (fourteenth round) ``购置(?!…)|添置(?!…)``, not ``(?:购置|添置)(?!…)``: every branch opens with a character, so
    # sre skips to the places where one of the pattern's first characters stands (a group of words opening a branch
    # stops that: ``re``'s compiler reads a first character only off a branch that opens with one)
    r"购置(?![\u4e00-\u9fff]{0,4}(?:资金|经费|费用|补助|补贴))|添置(?![\u4e00-\u9fff]{0,4}(?:资金|经费|费用|补助|补贴))|"
    r"筹建|投放|开发(?=[^，,；;。\d]{0,8}岗位)|帮助|"
    # (twelfth round, targets12b) ``开建N所小学``, ``救助困难学生N人``, ``优化城区公交线路N条``, ``促进高校毕业生就业N人``:
    # works begun, aid given, routes reworked, jobs found, as a year's 实事 list names them
    r"开建|救助(?![\u4e00-\u9fff]{0,4}(?:资金|标准|范围|对象))|优化(?=[^，,；;。\d]{0,8}(?:线路|班次|站点|网点|公交))|"
    r"促进(?=[^，,；;。\d]{1,10}就业)|"
    # (twelfth round) ``每个社区配置健身器材15件``: equipment set up (like ``配备``); not the noun of ``资源配置``, ``配置标准``
    r"配置(?<!资源配置)(?<!优化配置)(?<!均衡配置)(?![\u4e00-\u9fff]{0,2}(?:标准|情况|率|水平|要求|方案|资金|经费)))"
)
# ``投资计划的N%``: the plan as a noun; ``按计划``: as planned. Every branch opens with a character (``计(?<!按计)划`` is
# ``(?<!按)计划``), so sre skips to the places where one of the first characters stands
# ``政府会增加…``, ``我们亦会…``: the future as Hong Kong and Macau pages write it, ``会`` after a subject or an adverb
# (never the noun ``社会``, ``委员会``, ``都会区``, nor ``会同``, ``会议``)
# (eleventh round) also after the name of a bureau or department (``教育局會…``, ``社署會…``, ``市府會…``, ``教育部會…``)
# (fourteenth round) written out one branch a subject (``政府会(?!…)|我们会(?!…)|…``), the same matches as
# ``(?:政府|我们|…|[局署府部])会(?!…)``: a branch that opens with a group or a class leaves sre no first character
_MODAL_HUI = "|".join(head + r"会(?![议同员所场长谈见计展期])"
                      for head in ("政府", "我们", "当局", "本局", "本署", "亦", "也", "并", "还", "更", "则", "均", "仍",
                                   "局", "署", "府", "部"))
# (speedA28) ``料(?<=[局府方署界会]料)``, not ``(?<=[局府方署界会])料``: the same matches, but a branch that opens with a
# lookbehind left sre no first characters, so ``search`` tried every branch at every character (5-10x slower)
_MODAL = re.compile(r"(" + _MODAL_HUI + r"|要(?<![重纲摘概简首紧]要)(?<![(（]主要)(?![职職点點素闻聞件领領旨])|将(?:(?<!现将)|(?![^，,。；;:：]{0,30}(?:总结|小结)如下))|需(?!求)|须|" + YING_NOT_IDIOM + r"|必须|务必|争取(?![^，,；;。\d]{0,12}(?:资金|经费|债券|补助|资助))|" + PLAN_NOT_NOUN + r"|拟|承诺(?![书書制])|承諾(?![书書制])|预计|预估|" + FORECAST_NOT_INDICATOR + r"|预料|料(?<=[局府方署界会]料)(?=\d|约|逾|近|将|有|$)|" + PLANNED_COUNT + r")")
# (fourteenth round) ``到…|至(?<!截至)…|截止到…`` for ``(?:到|(?<!截)至|截止到)…``: every branch opens with a character
# (lead48) not the end of a period that starts on a day (``2031年3月1日至2031年4月30日``: when something ran, no deadline)
_FUTURE_YEAR = re.compile(r"到\s*20\d\d\s*年(?![底末]?的)|至(?<!截至)(?<!日至)\s*20\d\d\s*年(?![底末]?的)|目标\s*20\d\d\s*年(?![底末]?的)|截止到\s*20\d\d\s*年(?![底末]?的)|20\d\d\s*年(?:年?底|年?末|年?中)?(?:前|以前|或之前|或以前)|(?:十四五|十五五)[”\"]?(?:期间|末|时期)")


def has_future_year(text: str) -> bool:
    """``_FUTURE_YEAR.search(text)``, after a literal test: every match holds ``20`` or ``十``."""
    return ("20" in text or "十" in text) and _FUTURE_YEAR.search(text) is not None
# a status anywhere: what exists now or has been done
_STATUS = re.compile(
    r"(已经|已有|已[^经有]|共有|现有|拥有|尚有|仍有|仍[达为占]|仍然|只有|仅有|截至|截止目前|目前|现阶段|"
    r"迄今|现时|原有(?:面积|规模|占地|场地)|原(?:开设|設有|设有)|"  # (lead53) ``除了原开设23班``: what was already opened; (eleventh round) ``將原有面積約80坪的…改建``: the size of what exists
    # before the works (not ``维修改造原有校舍5.4万平方米``: the works' own amount)  # (eleventh round) ``迄今僅完成27%``, ``現時缺乏N個宿位``: so far and now, as Taiwan and Hong Kong write them
    r"增长了|提高了|下降了|增加了|缺口)"  # ``学位预计缺口7000个``: a shortfall is a need, not a commitment
)
# a status only outside the plan's outline: in a plan ``累计培训N人`` and ``规模为N个班`` are targets
# (a change over last year is a plan's target in its outline, ``比上年增长8%``, and a result in a report)
# a change over the year before, as news and budget pages write it (``按年增加8%``: Hong Kong and Macau; ``比去年多``,
# ``较本年度升``, ``环比``): what a figure moved by, a status outside the plan's outline (N13), like ``比上年``, ``同比``
_VS_PRIOR_YEAR = r"按年|比去年|较本年度|较前一年|与上年相比|与去年相比|环比"
_CHANGE_OVER_PRIOR = re.compile(r"比上年|同比|较上年|较去年|" + _VS_PRIOR_YEAR)
# (fourteenth round) ``为(?<![成作认以]为)…`` is ``(?<![成作认以])…为``: every branch opens with a character
# (tgtB37) not ``设计为``/``规模为`` (``某中学设计为36个班``, ``总建筑规模为6300平方米``): the planned design of works (N17a)
_WEAK_STATUS = re.compile(r"(累计|共计(?!划|劃)|总计|合计|共(?:支出|发放|资助|救助|惠及)|受益[^,，。;；\d]{0,4}近|占比为|本次|此次|占(?![地比])|比上年|同比|较上年|较去年|" + _VS_PRIOR_YEAR
                          + r"|为(?<![成作认以]为)(?<!目标为|任务为|指标为|工期为|设计为|规模为)(?<!目标值为|任务数为)\s*$)")


def reaches_level(text: str) -> bool:
    """A level to reach or keep: ``达到``, ``提高到``, ``保持在``, ``以上``, ``不低于``."""
    return bool(_REACH_VERB.search(text) or _COMPARATOR.search(text))


@dataclass(frozen=True)
class Decision:
    """Whether a number is a future target, and the cues that decided it."""

    target: bool
    cues: tuple[str, ...] = field(default_factory=tuple)


# ``12所学校改造列入为民办实事工程``: what a plan's list of projects takes on
_LISTED_AFTER = re.compile(r"^[^，,；;。\d]{0,12}列入(?:为)?[^，,；;。\d]{0,10}(?:实事|工程|计划|项目|清单)")


# (eleventh round) an age bound names whom a figure counts (``现有60岁以上老年人12万人``, ``65歲或以上長者``): its
# ``以上`` is no comparator of the figure after it
_AGE_BOUND = re.compile(r"\d+\s*周?岁\s*(?:及|或)?\s*以[上下]")


def without_age_bounds(text: str) -> str:
    """``text`` with every age bound (``60岁以上``, ``6岁及以下``) blanked out, for the comparator cues; (lead51) also a
    level bound (``区级以上示范园``, ``省级及以上``): which bodies are counted, no bound of the number."""
    text = _AGE_BOUND.sub("□", text) if "岁" in text else text
    return _LEVEL_BOUND.sub("□", text) if "级" in text or "級" in text else text


# (lead51) a level bound naming which bodies are counted (``区级以上``, ``市级及以上``, ``县級以上``)
_LEVEL_BOUND = re.compile(r"(?:国家|國家|省|市|县|縣|区|區|州|镇|鎮|乡|鄉|校|院)[级級](?:及|或)?(?:以上|以下)")


# (eleventh round) the year after the page's own, as budget and news pages name it (``明年預算``, ``明年起每月發放``,
# ``來年將…``, ``下年度``): a time still to come, like a modal
# (twelfth round) also the school year to come as the start of a measure (``新學年起每名學生可獲…``, ``由下学年起``)
_NEXT_YEAR = re.compile(r"(?:明年|后年(?!度)|来年|下一?年度|(?:新|下)学年度?(?:起|开始))")  # (lead41) ``后年``: the year after next


# (eleventh round) the short forms of ``增加到``/``下降到`` that Hong Kong, Macau and Taiwan pages write, right before
# the level: ``學額增至1,500個``, ``把師生比降至1:12``, ``升至逾3,000個`` (never a status word's tail: ``已縮減至6,000個``)
_SHORT_REACH = re.compile(r"(?:增至|升至|降至|减至)\s*(?:约|逾|超过|近)?\s*$")


# (lead41) N2a: a standing frequency, the times per period a rule keeps (``各学院每两个月汇报1次``, ``每半年召开1次例会``,
# ``每季度督查1次``): the period right before the count, at most a short verb between
_FREQUENCY = re.compile(r"每\s*(?:[一两二三四五六七八九十半\d]{1,2}\s*个?)?\s*(?:学年|學年|学期|學期|季度|年|月|周|週|星期|天|日|旬)"
                        r"[^，,。；;\d]{0,6}$")


def frequency_cue(before: str, after: str) -> bool:
    """(lead41) The count of times per period a rule keeps (N2a): ``每两个月汇报1次``, ``每季度督查1次``. Not a count of
    something else (``每月补助1次性``: no ``次`` as its measure), nor a period far before the count."""
    return after.startswith("次") and not after.startswith("次性") and "每" in before[-14:] \
        and _FREQUENCY.search(before[-14:]) is not None


def commitment_cues(before: str, after: str = "") -> list[str]:
    """Commitment cues around a number: its clause before it and the few characters after."""
    cues = []
    if _COMPARATOR.search(without_age_bounds(before[-16:])[-12:]) or _COMPARATOR_AFTER.match(after):
        cues.append("comparator")
    if _TARGET_VERB.search(before) or ("至" in before[-6:] and _SHORT_REACH.search(before)):
        cues.append("target_verb")
    cues += ahead_cues(before)
    if "列入" in after and _LISTED_AFTER.match(after):
        cues.append("listed")
    if will_come_into_use(after):
        cues.append("modal_after")
    return cues


def ahead_cues(before: str) -> list[str]:
    """``[c for c in commitment_cues(before) if c in ("deadline", "modal", "next_year")]``, the cues of a time still
    to come that a number's sentence lends it, without the other cues' scans of the sentence (fourteenth round:
    ``_TARGET_VERB`` and ``_COMPARATOR`` over the whole sentence before each number whose clause has no cue)."""
    cues = []
    if _MODAL.search(before):
        cues.append("modal")
    elif ("年" in before) and _NEXT_YEAR.search(before):
        cues.append("next_year")
    if has_future_year(before):
        cues.append("deadline")
    return cues


# ``9所学校将陆续投入使用``: what the counted things will become, in the number's own clause
# (fourteenth round) also a time still ahead in place of the modal: ``6所幼儿园明年开园``, ``3所学校年内投入使用``
_WILL_BE_DONE = re.compile(r"^[^，,；;。\d]{0,12}?(?:将|拟|计划|预计|明年|后年|年内|年底前|下半年)(?:于[^，,；;。\d]{0,8})?(?:陆续|全部|逐步|正式|如期|按期|同步)?"
                           r"(?:投入使用|建成|开工|竣工|完工|完成|开园|开学|启用|投用|交付|招生)")


def will_come_into_use(after: str) -> bool:
    """The clause after a number says the counted things will be opened, built or used (``…将陆续投入使用``):
    a commitment though nothing before the number commits."""
    head = after[:16]
    return ("将" in head or "拟" in head or "计划" in head or "预计" in head or "明年" in head or "后年" in head or "年内" in head
            or "年底前" in head or "下半年" in head) and _WILL_BE_DONE.match(after) is not None


# (tgtA28) a forecast or a commitment just before a cumulative total, in its clause (``预计今年累计完成…``, ``力争累计建成…``)
_AHEAD_OF_TOTAL = re.compile(r"(?:预计|预期|力争|确保|争取|将|计划(?<!去年计划)(?<!上年计划))[^，,。；;:：]{0,8}$")


def forecasts_total(text: str, start: int) -> bool:
    """The ``累计`` at ``start`` follows a forecast or a commitment in its own clause (``预计今年累计完成新建…``,
    ``力争年底累计建成…``): the total is what is to be reached, no result (as under a deadline, ``到2031年累计…``)."""
    return _AHEAD_OF_TOTAL.search(text, max(0, start - 14), start) is not None


def status_cue(before: str, role: SectionRole = "none") -> str | None:
    """A status or past-result marker in the clause before the number that no commitment cue
    follows: ``共有…N所``, ``现有``, ``截至``; outside the plan's outline also ``累计``, ``…率为96.5%``,
    ``占…N%``."""
    last = None
    for m in _STATUS.finditer(before):
        if m.group(1) == "拥有" and (_PER_BEFORE.search(before[:m.start()]) or _STRIVE_BEFORE.search(before[:m.start()])):
            continue  # ``每千人口拥有医师N人``: a ratio that names the indicator; ``力争拥有``: a commitment
        last = m
    if role not in ("goal", "plan"):
        for m in _WEAK_STATUS.finditer(before):
            if (last is None or m.end() > last.end()) and not (m.group(1) == "累计" and forecasts_total(before, m.start())):
                last = m
    if last is None:
        # (eleventh round) a photo caption (``图为新建成的某小学，可容纳学生1800名``) describes what is there
        return "status:图为" if before.startswith("图为") else None
    if last.group(1) == "为" and (_MODAL.search(before, 0, last.start()) or _NEXT_YEAR.search(before, 0, last.start())):
        return None  # (eleventh round) ``明年预算为85亿元``, ``预计新校学位为1200个``: a figure still to come
    tail = before[last.end():]
    if _MODAL.search(tail) or has_future_year(tail):
        return None
    if (_REACH_VERB.search(tail) or _COMPARATOR.search(without_age_bounds(tail))) and not _CHANGE_OVER_PRIOR.fullmatch(last.group(1)):
        return None  # (``按年增加超过26%``: a comparator after a change over the year before bounds the change)
    return "status:" + last.group(1)[:2]


_BASE_FROM = re.compile(r"(?:由|从)[^，,；;。\d]{0,16}(?:20\d\d\s*年[^，,；;。\d]{0,4})?$")
# (tradA27) also the adjustment verbs of budget and policy-address pages (``门槛由原先的120万元调整为180万元``, ``由800元上调至…``)
_BASE_TO = re.compile(r"^\s*[^\d，,；;。]{0,4}?(?:(?:提高|提升|增加|增长|扩大|下降|降低|减少|降|升|增|减|缩减|压缩)(?:到|至)"
                      r"|(?:调整|调高|调低|上调|下调|放宽|收紧)(?:为|到|至))")


def is_baseline(before: str, after: str) -> bool:
    """The starting value of a change, ``从2021年的27%提升至55%`` / ``由85%提高到95%``: not a target."""
    return bool(_BASE_FROM.search(before) and _BASE_TO.match(after))


# ``由93.8%提高到95.5%``: the value a change reached (N2: a past result, unless the sentence dates it ahead)
_YEARS_OF = r"(?:(?:19|20)\d\d\s*年(?:底|末)?的?\s*)?"  # ``由2015年的62%提高到2020年的88%``: each value dated
# (lead48) a word of the first value's time (``由最初17间增至约90间``) and an approximation before the second
_REACHED_FROM = re.compile(r"(?:由|从)\s*(?:最初|原来|原先|之前|以前|过去|初期|起初)?的?\s*" + _YEARS_OF + r"\d+(?:\.\d+)?\s*(?:%|个百分点|[\u4e00-\u9fff]{1,3})?\s*"
                           r"(?:提高|提升|增加|增长|扩大|下降|降低|减少|降|升|增|减|缩减|压缩)(?:到|至)\s*" + _YEARS_OF + r"(?:约|近|逾|超过)?\s*$")


def is_change_reached(before: str) -> bool:
    """The second value of ``由A提高到B``: where a change got to."""
    return bool(_REACHED_FROM.search(before))


# (``列在第一位的部门牵头``: the verb without 为; ``排在最前的``, ``名列第一``, ``居首``: other words for the first place)
_FIRST_LISTED = re.compile(r"(?:列在首位|列首位|列在第一位?|列第一位|排在首位|排名首位|排名第一位?|排在第一位?|排序第一|名列第一|"
                           r"排在最前(?:面|边)?|排名最前|居首位?|第一位|首位|第一个?)(?:的|者)?(?:责任|列出的?)?"
                           r"(?:(?:单位|部门)?(?:为|是)|单位|部门)(?:工作|主要)?(?:牵头|主责)")  # (r18 unitv18: ``…者为工作牵头单位``)


def states_first_listed_lead(text: str) -> bool:
    """The document's key for bracketed unit lists: ``排在首位的是牵头单位``, ``第一位为牵头部门``, ``首位为主责单位``."""
    return any(w in text for w in KEY_LEAD_WORDS) and bool(_FIRST_LISTED.search(text))


_CLAUSE_MARK = re.compile(r"[,，;；。]")


def heading_is_sentence(title: str) -> bool:
    """A heading line that is a whole sentence with a verb of charge (``甲会议由乙局牵头,丙主持``, ``乙局负责
    会议记录``): what it says is read like running text."""
    if "由" in title and not ("负责" in title or "牵头" in title or "会同" in title):  # (unitB26) ``9、…由甲办督办。``
        from extract.rules.unit_passive_charges import passive_handling  # (lazy: ``extract.rules`` imports this module)
        return bool(passive_handling(title))
    return ("负责" in title or "牵头" in title or "会同" in title) and (
        len(title) > 16 or _CLAUSE_MARK.search(title) is not None or _LED_TITLE.search(title) is not None)


# (unitA25) ``8、教职工活动由工会负责安排``: a short numbered line that names its task, then ``由`` a party and its charge, is a
# passive clause (U7 ``由X负责``), no name of a section, however short
_LED_TITLE = re.compile(r"^[^由]{2,}由[\u4e00-\u9fff]{2,20}?(?:牵头|负责)")


_BULLET_OPEN = re.compile(r"^\s*(?:——|—|●|•|·)\s*")
_FIRST_CLAUSE_END = re.compile(r"[,，;；。\n]")


def bulleted_task(cell: str) -> str | None:
    """The task of a cell of bulleted target lines (``——甲率达到N%,乙率…。`` / ``——丙…``): its first line's
    first clause, the bullet dropped; None for a cell that opens with no bullet."""
    m = _BULLET_OPEN.match(cell)
    if m is None:
        return None
    rest = cell[m.end():]
    end = _FIRST_CLAUSE_END.search(rest)
    return (rest[:end.start()] if end else rest).strip() or None


_KEY_NOTE = re.compile(r"[(（](?P<note>[^()（）]{2,40})[)）]\s*[。;；]?\s*$")


def key_note(body: str) -> tuple[str, bool, bool]:
    """A bracketed note closing a unit list that states the key (``甲局、乙局(第一责任单位为牵头部门,下同)``):
    (the list without the note, the first listed unit leads, the key holds for the lists that follow too
    (``下同``)). A list without such a note is returned as it is."""
    if not any(w in body for w in KEY_LEAD_WORDS):
        return body, False, False
    from extract.rules.unit_labels import key_clause  # (r15 ugB15: ``甲局、乙局,列第一位的为牵头单位``)
    m = _KEY_NOTE.search(body) or key_clause(body)
    if m is None or not states_first_listed_lead(m.group("note")):
        return body, False, False
    return body[:m.start()].rstrip(), True, "下同" in m.group("note")


_DUTY_TAIL = re.compile(r"(?:要|应|须)?(?:按照|按|根据|依据|依照)(?:各自)?的?(?:职责分工|职能分工|职责|职能)(?:分工)?$")


def strip_duty_tail(units: str) -> str:
    """A unit list closed by the manner of its duty (``甲局、乙局按照职责分工`` before ``负责``; also ``按职责分工``,
    ``根据职责``, ``按职能``): the words name how the units act, not a part of the last unit's name."""
    if "职" not in units:
        return units
    return _DUTY_TAIL.sub("", units)


def is_age_range(before: str, after: str) -> bool:
    """``3-6周岁``, ``0-3岁``, ``6-15岁残疾儿童``: an age names who, not how much."""
    return bool(_AGE_AFTER.match(after))


_ENUM_ITEM = re.compile(r"^[^，,。；;：:]{1,16}$")


_SIGN_BEFORE = re.compile(r"[\u4e00-\u9fff)）]\s*[≥≤<>]\s*$")
_FRACTION_AFTER = re.compile(r"^/([1-9]\d?)(?![\d./])")
_CHANGE_BEFORE = re.compile(r"(?:下降|降低|减少|提高|增加|增长|缩小|压缩)了?\s*$")


def is_signed_ratio(before: str, value: str) -> bool:
    """A decimal with a sign before it and no measure word, right after its indicator (``差异系数≤0.15``):
    a ratio to keep. A bare whole number is no amount (a list marker, a page number)."""
    return "." in value and bool(_SIGN_BEFORE.search(before))


def fraction_of_change(before: str, numerator: str, after: str) -> float | None:
    """The share of a change written as a fraction, ``下降1/2``, ``降低1/3``: the value is the fraction
    (None where the number is no numerator after a verb of change)."""
    m = _FRACTION_AFTER.match(after)
    if m is None or not numerator.isdigit() or not _CHANGE_BEFORE.search(before):
        return None
    return int(numerator) / int(m.group(1))


_POPULATION_SCOPE = re.compile(r"^口\s*(?:以上|以下|及以上|左右)?(?:或[^,，。;；]{0,16}?)?的?(?:县|市|区|城市|地区|乡镇|城镇|社区|县市|县区)")  # (lead53) ``30万人口以上或残疾儿童较多的县``


def is_population_scope(unit: str, after: str) -> bool:
    """``在30万人口以上的县``: a population that says which places a measure covers, no amount (N12)."""
    return unit.endswith("人") and bool(_POPULATION_SCOPE.match(after))


# (lead46) an enrolment bound before a kind of school: ``1500人以上的中小学校``, ``300人以上寄宿制学校``
_ENROLMENT_SCOPE = re.compile(r"^\s*(?:及|或)?(?:以上|以下|左右|以内)的?(?:规模的?)?(?:寄宿制|农村|城区|公办|民办)?"
                              r"(?:中小学校|中小学|学校|小学|中学|初中|高中|幼儿园|园所|校区|学校食堂|食堂)")


def is_enrolment_scope(unit: str, after: str) -> bool:
    """``300人以上寄宿制学校和1500人以上的中小学校至少配备1名…``: a bound of pupils that says which schools a measure
    covers, no amount a plan sets (N12, as ``is_population_scope``). Made-up examples only."""
    return unit in ("人", "名") and bool(_ENROLMENT_SCOPE.match(after))


_NAMES_TASKS = re.compile(r"(任务|指标|目标|计划)")


def is_breakdown(sentence: str) -> bool:
    """A sentence that breaks down the totals of the one before (``其中,公办园31所``): it shares their status;
    but not where it names tasks or indicators (``其中…的有两项任务指标,分别是…``: the targets themselves)."""
    s = sentence.lstrip()
    return s.startswith("其中") and _NAMES_TASKS.search(s[:24]) is None


def is_enumeration_item(clause_before: str) -> bool:
    """A clause that only names what is counted (``小学``, ``其中公办``, ``推荐市级示范校``):
    a later item of a list, no verb of its own."""
    c = clause_before.strip().lstrip("、")
    return bool(_ENUM_ITEM.match(c)) and not _TARGET_VERB.search(c) and not _STATUS.search(c)


_SPEND_VERB = re.compile(r"(投入|下拨|拨付)")


def spends_only(clause_before: str) -> bool:
    """A clause whose only verb of commitment is spending (``某府投入500万元``, ``下拨资金80万元``): outside a
    plan's outline (a news report) it says what was spent, not what is to be; in a plan it is a commitment."""
    verbs = [m.group(1) for m in _TARGET_VERB.finditer(clause_before)]
    return bool(verbs) and all(_SPEND_VERB.fullmatch(v) for v in verbs)


# (twelfth round) the money put into works the same sentence goes on to build (``投入3.6亿在新区新建5所学校``,
# ``投入资金N万元,新建…综合楼``, ``投入近N万元,为各校教室加装护眼灯``): the works' funding shares their commitment
_WORKS_AFTER = re.compile(r"\s*(?:元|资金|经费)?\s*[,，]?\s*(?:(?:在|于|为|给|用于|用来)[^，,；;。\d]{0,16}?)?"
                          r"(?:新建|兴建|修建|新增|建设|改扩建|扩建|改建|改造|安装|加装|装设|购置|配备|大办)")


def funds_the_works_after(after: str) -> bool:
    """The spending stated right before works the sentence then names (``…在城区新建7所学校``, ``…,新建综合楼``,
    ``…为各校安装护眼灯``): the money of works to be done, not only what was spent (a past marker still decides)."""
    return _WORKS_AFTER.match(after) is not None


# (thirteenth round; one site) the project of a year's 实事 list as the subject of its task, in a
# report on the list: ``区级民生实事项目实施3所…改造工程``, ``民生實事項目新建幼兒園3所``, ``惠民实事项目为新增学位800个``:
# what the project is to do, the quota the report answers (a word of what was done still blocks it, below)
_LIST_PROJECT_DOES = (r"(?:实事|實事)(?:项目|項目)(?:是|为|為)?(?:实施|實施|新建|建设|建設|新增|改造|改建|扩建|擴建|改扩建|改擴建|开设|開設|"
                      r"增设|增設|提供|打造|配置|配备|配備)[^，,；;。:：\d]{0,6}$")
# (thirteenth round; one site) a unit that undertakes a list's works, in a report on them: ``某局承担…为民办实事
# 新、改扩建公办幼儿园13所``, ``本署承擔民生實事增設長者飯堂5間``: the task it took on, the report's quota
_UNDERTAKES = r"(?:承担|承擔)[^，,；;。:：\d]{0,12}(?:实事|實事|任务|任務)[^，,；;。:：\d]{0,14}$"
# the quota a task was given, named right before its indicator and number (``任务数``, ``目标任务``, ``年度目标``),
# with no word of what was done between (``实际``, ``已``, ``累计``, ``完成``)
_QUOTA = re.compile(r"(?:任务数|目标数|计划数|目标任务|任务目标|年度目标|年度任务|指标任务数?|(?<![的项])任务)(?:是|为)?"
                    r"[^，,；;。:：\d]{0,14}$|" + _LIST_PROJECT_DOES + "|" + _UNDERTAKES + "|"
                    # (lead43) the task quoted as the indicator a report measures against (``一项指标就是“全市新建幼儿园``,
                    # ``两项任务指标,分别是“…``)
                    r"指标[,，]?\s*(?:分别|就)?(?:是|为)\s*[“\"「][^”\"」，,；;。:：\d]{0,16}$")
_DONE_WORD = re.compile(r"(实际|實際|已|累计|累計|完成|超额|超額|建成)")


def states_quota(clause_before: str) -> bool:
    """A number a report gives as the task's quota (``任务数1200人``, ``指标任务数某某考室6间``): the target the
    report measures its results against, not a result."""
    m = _QUOTA.search(clause_before)
    return m is not None and not _DONE_WORD.search(clause_before)


# (eleventh round) a sentence opened by the present as its frame (``截至目前，…``, ``迄今，…``, ``到目前為止，…``): every clause
# after it states what is so, not what is to be (unless the sentence goes on with a modal or a future year)
_PRESENT_FRAME = re.compile(r"^(?:截至|截止|到)?(?:目前|现在|今日|当前)(?:为止)?[，,]|^(?:迄今|至今)(?:为止)?[，,]")


def opens_with_present_frame(sentence_before: str, clause_before: str) -> bool:
    """The sentence opens with a clause that only frames it in the present (``截至目前，共新建学校20所``), and the number
    stands in a later clause with no modal or future year after the frame."""
    if len(sentence_before) == len(clause_before) or sentence_before[:1] not in "截到目现今当迄至":
        return False
    m = _PRESENT_FRAME.match(sentence_before)
    if m is None:
        return False
    rest = sentence_before[m.end():]
    return not (_MODAL.search(rest) or has_future_year(rest) or _NEXT_YEAR.search(rest))


def number_decision(clause_before: str, after: str, role: SectionRole, sentence_before: str = "") -> Decision:
    """Is the number a future target? A status marker in its clause blocks it; a commitment cue in
    its clause (or its sentence) or a goal / plan section admits it; a bare number outside the plan
    (a news report, a page without headings) is a status."""
    status = status_cue(clause_before, role)
    served = status in (None, "status:为") and _serves_those_counted(clause_before, after)
    status = None if served else status  # (tgtA23) ``为30所幼儿园提供午餐``: ``为`` is ``for``, the verb after commits
    # (tgtC34) ``目前,全区共有22所…正在施工中,其中16所园校将在年内建成``: the number's own clause says what the counted
    # things will become after it; a status word before it frames the sentence, the clause's commitment wins
    ahead_in_clause = will_come_into_use(after)
    if status and not (ahead_in_clause and status != "status:图为"):
        return Decision(False, (status,))
    # (tgtB21) ``甲局高度重视,目前,…``: ``rules.present_frames.present_frame_later``; (tgtA26) N17a: works still being
    # built, ``rules.works_under_way.measure_of_works_under_way`` (both imported at the first call: ``_imported_later``)
    if sentence_before and not ahead_in_clause and (opens_with_present_frame(sentence_before, clause_before)
                                                    or _present_frame_later(sentence_before, clause_before)) \
            and not _measure_of_works_under_way(clause_before, after):
        return Decision(False, ("status:frame",))
    cues = commitment_cues(clause_before, after) or (["target_verb"] if served else [])
    if not cues and sentence_before:
        cues = ahead_cues(sentence_before)
        # (a later item of a counted ``、`` list: ``rules.figure_frames.later_list_item``)
        if not cues and role not in ("goal", "plan") and is_enumeration_item(_later_list_item(clause_before)):
            # ``评选…学校5所,推荐…1所``: a later item of a list takes its sentence's verb, and its status
            status = status_cue(sentence_before, role)
            if status:
                return Decision(False, (status + ":list",))
            if "target_verb" in commitment_cues(sentence_before):
                cues = ["target_verb:list"]
    if not cues and states_quota(clause_before):
        cues = ["quota"]  # (lead50) ``全镇推广任务23100亩``: the quota a task was given, named right before its number
    if role == "report":
        # a report of what was done: 建成, 达到 and 以上 describe results; only the future commits, and the
        # quota the report is measured against (``任务数120人``, ``目标任务补充电脑500台``)
        cues = [c for c in cues if c in ("deadline", "modal")] + (["quota"] if states_quota(clause_before) else [])
    if cues == ["target_verb"] and role not in ("goal", "plan") and spends_only(clause_before) \
            and not funds_the_works_after(after):
        return Decision(False, ("spent",))
    if cues:
        return Decision(True, tuple(cues))
    if role in ("goal", "plan"):
        return Decision(True, ("section:" + role,))
    return Decision(False, ("bare",))


# -- table column roles ----------------------------------------------------------------------------
ColumnRole = Literal["number", "category", "title", "content", "lead", "responsible", "people", "deadline",
                     "year", "attribute", "unit", "amount", "baseline", "other"]

_COL_PEOPLE = re.compile(alternation(PEOPLE_WORDS))  # (the words of each role: ``extract.roles``)
_COL_LEAD = re.compile(alternation(COLUMN_LEAD_WORDS))
_COL_RESP = re.compile(alternation(COLUMN_HELP_WORDS))
# (``…机关`` only as the agency that carries a task out: ``发文机关``, ``制定机关`` name who issued a document; (lead45)
# ``指标值及单位``: the value and its measure word, no body)
_COL_UNITS = re.compile(r"(?<!计量)(?<!值及)(单位|部门|科室|股室|处室|(?:主办|协办|承办|执行|实施|责任|主管|办理)机关)$")
_COL_PROGRESS = re.compile(r"(进展|完成情况|落实情况|推进情况|实施情况|执行情况|当前进度|工作进度|进度情况|存在问题)")
_COL_NOT_RESPONSIBLE = re.compile(r"(选举|所在|工作|申报|报送|填报|推荐)单位")
_COL_DEADLINE = re.compile(r"(时限|完成时间|完成时限|时间节点|进度|时间安排)")
_COL_NUMBER = re.compile(r"^(序号|编号|序|项次)$")  # (``项次``: Taiwan's serial column)
_COL_CATEGORY = re.compile(r"^(类别|分类|领域|板块|一级指标|方面)$")
_COL_TITLE = re.compile(r"(项目|任务名称|重点任务|目标与任务|工作任务|主要任务|任务|名称|事项|指标|重点工作|^工作$)")
_COL_CONTENT = re.compile(r"(内容|措施|举措|要求|目标|具体|工作标准|成效|职责|分工|计划|预期效果)")  # ``月度工作计划``: what is to be done
# (tgtA25) ``预期效果``: the effect an indicator row expects, its value cell (``指标名称 | 预期效果 | 完成时限``), as ``预期成效``
_COL_AMOUNT = re.compile(r"(投资|资金|金额|经费|预算|补助|补贴)(?:额|总额|规模)?(?:[(（][^()（）]{1,6}[)）])?$")
_COL_YEAR = re.compile(r"^20\d\d\s*年?(?:度)?(?:目标进度|进度|目标任务|目标|任务|工作目标|建设内容|建设任务)?$")


# (unitB24) a unit column's header that also names the unit's person after a joint (``牵头单位及主要负责人``,
# ``责任部门/责任人``): the people's part is a note on the column, whose cells hold the unit and then the name
_UNIT_THEN_PEOPLE = re.compile(r"^(?P<unit>[^及和、/与]{1,6}(?:单位|部门|科室|处室|股室|机关))(?:及|和|与|、|/)"
                               r"(?:其)?(?:主要)?(?:负责人|责任人|联系人|负责同志)$")


def unit_column_with_people(header: str) -> str:
    """The unit part of a column header that names both a unit and its person (``牵头单位及主要负责人`` ->
    ``牵头单位``, ``责任部门、责任人`` -> ``责任部门``): the column's role is the unit's (U4a), the person's name in a cell
    is no unit (U4a: personal names never give units). Other headers are returned as they are."""
    m = _UNIT_THEN_PEOPLE.match(header)
    return m.group("unit") if m else header


# (unitB27) a helper's role word and an office's ending as a column's header (``配合局``, ``协办科``, ``参与处``), as the lead's
# ``牵头局`` beside it: the offices that help
_COL_HELP_OFFICE = re.compile(r"(?:责任|配合|协同|协办|协助|参与|协作|会办)(?:局|委|办|科|处|股|室)")


@functools.lru_cache(maxsize=1024)  # a table's header words are read again for each of its rows
def column_role(header: str) -> ColumnRole:
    """What a table column holds, from the words of its header cell: ``牵头``/``主要责任`` -> lead;
    ``责任``/``配合``/``协同``/``参与`` -> responsible; ``分管``/``联系``/``领导``/``责任人`` -> people (never
    units); a year; a deadline; a title or content column."""
    h = _SPACES.sub("", header)
    if not h:
        return "other"
    h = unit_column_with_people(h)
    if _COL_PEOPLE.search(h):
        return "people"
    if _COL_NOT_RESPONSIBLE.search(h):
        return "other"  # ``选举单位``, ``申报单位``: units the row is about, not who answers for it
    if _COL_LEAD.search(h):
        return "lead"
    if _COL_YEAR.match(h):
        return "year"  # ``2023年目标进度``: one year's work, not a deadline
    if _COL_PROGRESS.search(h):
        return "other"  # ``进展情况``, ``目标完成情况``: what has been done so far is a status, never read
    if _COL_DEADLINE.search(h):
        return "deadline"
    if _COL_RESP.search(h) and ("单位" in h or "部门" in h or "主体" in h or "机关" in h or h in ("责任", "配合", "协同", "协办", "协助", "参与")
                                or _COL_HELP_OFFICE.fullmatch(h)):  # (r15 ugB15: a bare ``協辦`` column; (unitB27) ``配合局``)
        return "responsible"
    if _COL_NUMBER.match(h):
        return "number"
    if _COL_YEAR.match(h):
        return "year"
    if h in ("属性", "指标属性"):
        return "attribute"
    if h in ("单位", "计量单位"):
        return "unit"
    if _COL_AMOUNT.search(h):
        return "amount"  # ``总投资(万元)``, ``年度投资金额``: a planned amount per row
    if _COL_UNITS.search(h):
        return "responsible"  # ``实施单位``, ``涉及部门``, ``责任科室``: a column of units (alone, it is the lead)
    if _COL_CATEGORY.match(h):
        return "category"
    if _CONTENT_END.search(h) or (
            _COL_CONTENT.search(h) and not _COL_TITLE.search(h.replace("目标与任务", ""))):
        return "content"
    if _COL_TITLE.search(h):
        return "title"
    return "other"


# common Chinese surnames (the great majority of people): a cell such as ``主体施工`` or ``完成招标`` is no name
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄"
    "聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅"
    "屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆"
    "茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "劉陳楊黃趙吳孫馬鄭謝韓馮鄧曹彭蕭葉蘇魏呂盧姜崔鍾譚陸範廖賈韋鄒孟熊秦邱薛閻雷龍陶賀顧龔邵萬錢嚴戴湯溫齊喬龐顏莊聶魯詹歐關"
    "蘭俞紀畢單塗駱藍遊靳蒙鮑喻饒繆簡車項連蘆婁竇寧")
_COMPOUND_SURNAMES = frozenset(("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                                "夏侯", "令狐", "端木", "歐陽", "司馬", "諸葛"))


def is_labelled_name(line: str) -> bool:
    """``宣传组:王明``, ``联系人: 李 红``: a label and a person's name after it, no task."""
    head, sep, rest = line.strip().partition(":")
    if not sep:
        head, sep, rest = line.strip().partition("：")
    rest = _SPACES.sub("", rest)
    # (a name cut by the excerpt's end may leave its surname alone: ``宣传组:钱``)
    return bool(sep) and len(head) <= 8 and (not rest or is_person_name(rest) or (len(rest) == 1 and rest in _SURNAMES))


@functools.lru_cache(maxsize=4096)  # (perf17) a pure test of a cell: a table's people column repeats its names
def is_person_name(cell: str) -> bool:
    """A cell of personal names (``张三``, ``李四、王五``): two to four Chinese characters each, no
    organisation ending, or a title after a name (``张三(副区长)``); ``A类`` or ``增长6%`` is no name."""
    items = [x for x in _NAME_SEPARATORS.split(_BRACKETED.sub("", cell.strip())) if x]
    if not items:
        return False
    return all(2 <= len(x) <= 4 and _HAN_NAME.fullmatch(x) and not x.startswith(("各", "相关", "有关"))
               and (x[0] in _SURNAMES or x[:2] in _COMPOUND_SURNAMES)
               and not _ORG_ENDING.search(x)
               for x in items)


# ``is_person_name``'s patterns, compiled once (inline, ``re`` looks each up in its cache on every cell)
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
_NAME_SEPARATORS = re.compile(r"[、,，;；\s]+")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]+")
_ORG_ENDING = re.compile(r"(局|委|办|部|院|会|府|校|镇|乡|村|街|区|县|市|省|州|旗|中心|单位|部门|队|所|馆|站|"
                         r"厅|处|室|科|股|署|组|团|联|协|社|园|厂|场|街道|司)$")  # (lead48) ``高教司``: a ministry's department, no 高 surname


_PINYIN_NOTE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]")
_GARBLED = re.compile(r"[\u2500-\u257f\u3105-\u312f\ue000-\uf8ff\ufffd]")
_EIGHT_HAN = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){8}")  # matches when there are eight or more
_DIGIT = re.compile(r"\d")


def is_fragment(sentence: str) -> bool:
    """Too little of a sentence to state a goal: under eight Chinese characters once pinyin notes are
    dropped and no number (``毛入园率达到99%`` is short but whole), or text garbled in decoding
    (box-drawing, bopomofo or private-use characters)."""
    if _GARBLED.search(sentence):
        from extract.rules.slash_strokes import without_slash_strokes  # (goalA24; here: no import cycle)
        if _GARBLED.search(without_slash_strokes(sentence)):
            return True  # (not ``甲村╱乙村``: a slash between names, goalA24)
    bare = _PINYIN_NOTE.sub("", sentence) if ("(" in sentence or "（" in sentence) else sentence
    return _EIGHT_HAN.match(bare) is None and _DIGIT.search(bare) is None


# -- unit cells -----------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"[。!?！？]")
# (unitA25) ``系``: a college's department (``体育系``, ``中文系``), not a system or a relation (``体系``, ``联系``, ``水系``);
# a school named as such (``某县实验小学``, ``某县第一中学``, ``某大学``), not the level of schooling (``中小学``, ``初中学``)
# (unitA27) ``…场所``, ``厕所``, ``住所`` are places, no office (``派出所``, ``财政所``, ``市场所`` are)
# (unitA27) ``…管理科`` is an office's section (``安全管理科``, ``行政审批管理科``), not ``理科`` (science)
# (unitB27) ``行`` a bank's ending, not a verb's (``进行``, ``执行``, ``实行``: ``会同专家对…进行…`` names no unit)
# (unitA28) ``主管机关``: a law's or charter's agency in charge named by its field (``卫生主管机关``), a body as 部门 is
_UNIT_SUFFIX = re.compile(  # (lead44) ``公安机关``, ``税务机关``: an authority of a kind, as ``主管机关``; a Taiwan school (``某某国小``, ``某某国中``), a joint meeting and a task force as bodies (``…联席会议``, ``…专班``: the dev gold's unit names the test missed); (unitA31) ``…课``: a Taiwan township office's section (``民政课``, ``经建课``), not a course (``体育课``)
    r"(局|委|办|部|院|会|府|队|校|镇|乡|街|街道|区|县|市|中心|组|(?<=[联队团会党])组织|(?:(?<![场厕住])|(?<=市场))所|处|室|团|联|站|厅|(?<![进执实施举运推履试项旅发同平先并流步通可践自化])行|司|馆|台|社|协|管委会|公司|集团|"
    r"单位|部门|机构|主管机关|(?<=..)(?<![联连])机关|(?<=..)国小|(?<=..)(?<![全中])国中|联席会议|(?<=..)专班|分局|学校|大队|支队|法院|检察院|银行|(?<![学本专全理文工医内外儿妇])科|管理科|(?<!思政)(?<=[政务建设业役书计事管洁产农财工观经])课|(?<![控参])股|(?<![部签连])署|(?<![体关联派水谱直世父母星银语])系|(?<=..)(?<![中初])小学|(?<=..)(?<![初高])中学|(?<=..)大学)\)?$"
)


# a count of units named collectively: ``13个街道``, ``6个镇``, ``各2个部门``
_COUNTED_COLLECTIVE = re.compile(r"^各?\d{1,3}个(街道|镇|乡镇|街镇|镇街|乡|部门|单位|区|县|市|开发区|园区)$")

# words that end like an organisation but are not one: 布局 (layout), 格局, 全局 ...
_NOT_UNIT_END = re.compile(r"(布局|格局|大局|全局|结局|开局|时局|新局|破局"
                           # (r25 unitB25) an event or a meeting held, no body: ``主题班会``, ``运动会``, ``座谈会``, ``文艺晚会``
                           r"|班会|运动会|座谈会|培训会|晚会|展销会|洽谈会|推进会|现场会|动员会|研讨会|博览会|交流会|联欢会|表彰会|"
                           r"演唱会|音乐会|茶话会|见面会|发布会|推介会|招聘会|庙会|年会|例会|游园会"
                           # (unitA27) a planned area of a city or a region, no body: ``城市副中心``, ``省域副中心``
                           r"|副中心"
                           # (lead50) a word in 处 that names no office: ``注明出处``, ``好处``, ``不足之处``, ``到处``
                           r"|出处|出處|好处|好處|之处|之處|到处|到處|难处|難處|用处|用處|益处|益處|长处|長處|短处|短處|坏处|壞處|此处|此處)$")
_LEVEL_OPEN = "省市区县州盟旗"


def _not_unit_end(item: str) -> bool:
    """An item ending like ``新格局``/``开新局``, no office; but ``县文体广新局`` (an office whose name
    abbreviates 新闻) opens with its level."""
    m = _NOT_UNIT_END.search(item)
    return m is not None and not (m.group(1) == "新局" and item[0] in _LEVEL_OPEN and len(item) <= 10)


_UNIT_SEP = re.compile(r"[、,，;；\s]+")
_ITEM_NO = re.compile(r"^(?:\d{1,2}[.、．]|[①-⑳])(?=[\u4e00-\u9fff])")
_BRACKETED = re.compile(r"\([^)]*\)")
_DIGIT = re.compile(r"\d")


# verbs a task opens with and no organisation's name does (not ``组织``, ``建设``, ``发展``, ``新建``: 组织部,
# 建设局, 发展改革委, 新建区)
_TASK_OPEN = re.compile(r"(?:推进|推动|加强|加快|提高|提升|完善|实施|开展|改建|扩建|打造|深化|健全|强化|落实|优化|做好|抓好|"
                        r"办好|扩大|构建|建立|创建|举办|组织开展)")
# (r15 ug15) a doing that takes a facility as its object (``建成投用镇级长者服务中心``, ``新增社区卫生服务中心``): a task,
# no unit (not ``建设``/``新建``, which open names: ``建设局``, ``新建区``)
_BUILD_OPEN = re.compile(r"(?:建成|启用|投用|投入使用|新增|改造|升级改造|新改扩建|改扩建|开办|开设|增设|动工|开工|启动)")  # (lead49) ``动工建设某中心``


# the endings of bodies whose names run long (a joint meeting's members, ``…联席会议成员单位``; (unitA25) a group set up for an
# event or a campaign, named with its whole scope: ``某乡人民政府无偿献血活动领导小组``)
_LONG_NAMED_BODY = ("成员单位", "领导小组", "工作小组", "指挥部",
                    # (lead52) a standing body's office named by its whole mission (``…专项工作机制办公室``)
                    "机制办公室", "领导小组办公室", "联席会议办公室", "工作专班", "专项工作组")


def _long_name(item: str) -> bool:
    """A unit's name over 16 characters: a collective with a long name, or (unitB26) a body under its parent's full name
    (``rules.unit_name_tails.nested_body_name``)."""
    if len(item) <= 24 and item.endswith(_LONG_NAMED_BODY):
        return True
    from extract.rules.unit_name_tails import nested_body_name  # (lazy: ``extract.rules`` imports this module)
    return nested_body_name(item)


@functools.lru_cache(maxsize=4096)  # a table's cells are read by several readers, and unit names recur across documents
def is_unit_cell(text: str) -> bool:
    """A cell that lists responsible units: short items, each ending like an organisation."""
    text = text.strip()
    if text.endswith("。") and not _UNIT_SEP.search(text) and text[0] not in _LEVEL_OPEN:
        return False  # one name closed by a full stop is a sentence: ``迁建县政务服务中心。`` is a task
    text = text.rstrip("。.;；")
    if not text or len(text) > 160 or _SENTENCE_END.search(text) or text.endswith((":", "：")):
        return False  # a sentence, or a label (``相关依据:``)
    items = [x for x in _UNIT_SEP.split(_BRACKETED.sub("", text)) if x]
    if len(items) > 1 and all(_ITEM_NO.match(x) for x in items):
        items = [_ITEM_NO.sub("", x) for x in items]  # ``1.甲局 2.乙局``: units numbered in their cell
    if items and (_TASK_OPEN.match(items[0]) or _BUILD_OPEN.match(items[0])):
        return False  # ``推进县果园站、苗圃改造``: a list that opens with a verb is a task
    if not items or any((len(x) > 16 and not _long_name(x))
                        or (_DIGIT.search(x) and not _COUNTED_COLLECTIVE.match(x)) for x in items):
        # a unit's name holds no Arabic number (``创办6个科技工作室`` is a task), save a count of them; a
        # joint meeting's members (``…联席会议成员单位``) are one collective unit with a long name
        return False
    ok = sum(1 for x in items for x in (_unit_before_role(x),) if (_UNIT_SUFFIX.search(x) and not _not_unit_end(x))
             or (x.startswith(("各", "相关", "有关")) and not _RELATED_THING.match(x)))
    return ok >= max(1, (len(items) + 1) // 2)


# a role word (and the manner of the duty) closing a listed unit: ``甲局牵头``, ``乙局按职责分工负责`` (``extract.roles``)
_ROLE_END = re.compile(rf"(?:{DUTY_MANNER})?{ROLE_ADVERBS}{alternation(ROLE_VERBS)}$|(?:{DUTY_MANNER})$")


def _unit_before_role(item: str) -> str:
    """A listed unit without the role word or duty phrase that closes it (``乙局配合`` -> ``乙局``): the word says the
    unit's role, the name before it is what must read as a unit."""
    if len(item) < 4:
        return item
    cut = _ROLE_END.sub("", item)
    return cut if len(cut) >= 2 else item


# ``相关依据``, ``有关规定``: the head of a collective before a thing, not before who (``相关部门``, ``各镇街``)
_RELATED_THING = re.compile(r"^(?:相关|有关)(?:依据|规定|要求|文件|政策|法规|法律|材料|资料|情况|事项|内容|说明|链接|附件|标准|知识|信息|案例)")
