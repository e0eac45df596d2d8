"""Titles of other documents listed on the page (whole-page layout): a content site's ``相关推荐`` or ``小编精心推荐``
list under the text, one title a line (``社区卫生工作计划``, ``社团活动策划书1000字``, ``2031年培训计划方案``). Where no
heading closes the goal section above it, each title would read as a goal sentence of the section (O1); a title names
a document, it states nothing (O2: a title is no goal, N9c: a document's name dates nothing)."""

from __future__ import annotations

import re

# a short line with no sentence or clause mark that ends with the kind of document it names (计划, 计划书, 方案, 范文,
# 总结, 心得体会, a word count ``800字``)
_DOCUMENT_TITLE = re.compile(r"^[^，,。；;：:！!？?、]{2,30}?(?:工作计划|计划书|计画书|计划|計劃|方案|范文|範文|工作总结|总结|總結|"
                             r"心得体会|心得體會|工作安排|工作要点|工作要點|\d{3,4}\s*字)$")
# (goalB26) the year a title opens with or closes on (``2031年某局重点工作安排``, ``某校安全培训计划方案2031``): the
# document's year, part of its name (N9c), no deadline of a deed
_TITLE_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*年度?|(?<=[\u4e00-\u9fff])\s*(?:19|20)\d\d\s*(?:年度?)?\s*$")
# (goalB26) the ordinal a heading that the outline left as text opens with (``二、``, ``(三)``, ``4.``): no part of the title
_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.、．](?!\d))\s*")
# what a piece of text ends with to be worth the title test (the kinds above, a word count, a closing year)
TITLE_ENDS = ("划", "劃", "书", "書", "案", "文", "结", "結", "会", "會", "字", "排", "点", "點", "年", "度",
              "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
# a deed before the document (``制定卫生工作计划``, ``完善应急方案``, ``某部将于…起全面推动本计划``): a task, not a title
_DEED = re.compile(r"制定|制訂|出台|编制|編制|完善|修订|修訂|落实|落實|实施(?!方案)|實施(?!方案)|执行|執行|研究|起草|做好|组织|組織|开展|開展|推进|"
                   r"推進|推动|推動|启动|啟動|建立|健全|加强|加強|形成|印发|印發|贯彻|貫徹|按照|根据|根據|依据|依據|达到|達到|完成|提高|"
                   r"提升|推出|将|將|于|於|[会會](?=\s*(?:在|于|於|把|将|將|推|对|對|按|为|為))|(?<!主)要(?![点點])|须|須|应|應|本|(?:19|20)\d\d\s*年|"
                   r"\d+\s*[%％]")


def names_a_document(sentence: str) -> bool:
    """A piece of text that is only a document's title (``公共卫生工作计划``, ``学生会个人计划书``, ``2031年人力资源的
    培训计划方案``, ``某某工作计划书800字``, ``某中心消防演练计划方案2031``, ``2031年五个方面重点工作安排``): a title of
    a related list or a heading the outline left as text (its ordinal no part of it), no goal; the year it opens with or closes on is
    the document's (goalB26); not a task that acts on a document (``制定卫生工作计划``) nor a level to reach."""
    s = _TITLE_YEAR.sub("", _ORDINAL.sub("", sentence.strip()))
    return _DOCUMENT_TITLE.match(s) is not None and _DEED.search(s) is None


# ``注释:《关于…的意见》(某发〔2031〕5号)《某省…措施》``: a note (or a bare line) that only cites documents, their titles
# in 《》 with their numbers in brackets
_CITED_TITLES = re.compile(r"^\s*(?:(?:注释|註釋|注|註|备注|備註|附注|附註|参考|參考)\s*[:：]\s*)?"
                           r"(?:《[^》]{2,80}》\s*(?:[(（][^()（）]{0,24}[)）])?\s*[、,，和及与與]?\s*)+\s*$")


def only_cited_titles(sentence: str) -> bool:
    """A piece of text that only cites documents (``注释:《关于…的意见》(某发〔2031〕5号)《某省…措施》``): their names, no
    goal (N9c: a document's name dates nothing; it states no commitment)."""
    return "《" in sentence and _CITED_TITLES.match(sentence) is not None
