"""Target cue for the count of a list a sentence reports chosen (N12a, O3b).

``遴选确定了2031年养老工程项目20个(社区养老工程5个、…)``, ``会议票决出12项民生实事``: the count (and its make-up) of
a list whose choice the sentence reports done counts the items of the list, not what a commitment delivers (N12a:
"where the sentence reports the list chosen, voted, issued or done … `确定本年度15件为民办实事`, `票决产生了9项惠民
工程`"). A choice still ahead (``将遴选出10个``, ``拟确定…``) is read by the other cues, and so are counts of other
things than items (``评选出30名先进个人``: people; ``确定了…总投资2亿元``: money).
No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# the measure words of a count of items (projects, matters, tasks)
_ITEM_MEASURES = ("个", "個", "项", "項", "件")
# a verb of choosing reported done: ``确定了``, ``遴选确定了``, ``票决出``, ``评选出``, ``票决产生了``
_CHOSEN = re.compile(r"(?:遴选|遴選|票决|票決|评选|評選|选定|選定|确定|確定)(?:确定|確定|产生|產生)?(?:了|出)")
# a will or a plan word that makes the choice one still ahead
_OBJECT_SPAN = 60
_BLANK = re.compile(r"\s")
_AHEAD = re.compile(r"将|將|拟|擬|计划|計劃|预计|預計|力争|力爭|要|需|须|須")


def counts_chosen_list(clause_head: str, unit: str) -> bool:
    """The count (``20个``, ``12项``) stands in a clause that reports a list chosen (``遴选确定了…项目20个``,
    ``票决出12项…``), with no will or plan word before the verb: the list's size or make-up (N12a). Made-up examples:
    ``经评审,遴选确定了2031年社区工程项目14个`` -> True; ``将遴选出14个社区工程项目`` -> False (ahead);
    ``评选出30名先进个人`` -> False (no count of items). The count stands within 60 characters after the verb, with no
    blank between (a list scraped without stops runs on to other items)."""
    if unit not in _ITEM_MEASURES:
        return False
    if names_list_chosen(clause_head):
        return True
    m = None
    for m in _CHOSEN.finditer(clause_head):
        pass
    if m is None or _AHEAD.search(clause_head, 0, m.start()) is not None:
        return False
    # the count belongs to the chosen list: its object or the make-up right after it, not a later item of a page that
    # runs on without stops (a blank, a long stretch)
    rest = clause_head[m.end():]
    return len(rest) <= _OBJECT_SPAN and _BLANK.search(rest) is None


# (tgtA31) a bare ``确定`` whose object is the list itself: ``2031年确定全县重点项目15项``, ``确定今年12件…``
_LIST_CHOSEN = re.compile(r"(?:确定|確定)(?:了)?(?P<obj>[^，,；;。:：\d\s]{0,16}(?:项目|項目|实事|實事|工程))$"
                          r"|(?:确定|確定)(?:了)?(?:今年|本年度|明年|20\d\d年度?)$")
# a verb inside the object makes the count the work's (``确定实施项目15项``, ``确定投资…建设项目``): read by the other cues
_WORK_VERB = re.compile(r"实施|實施|建设|建設|新建|开工|開工|推进|推進|完成|投资|投資|安排")


def names_list_chosen(clause_head: str) -> bool:
    """(eval/README.md N12a, twenty-sixth round: "``确定`` whose object is the list (``确定今年21件…``, ``确定…重点项目
    13项``) reports the list chosen") A count right after a bare ``确定`` and the list it names, with no verb of the work
    between and no will or plan word before: the list's size. Made-up examples: ``2031年确定全县重点项目15项`` -> True;
    ``确定今年8件`` (before ``为民实事``) -> True; ``确定实施项目15项`` -> False (the work's verb); ``拟确定重点项目15项`` ->
    False (ahead)."""
    m = _LIST_CHOSEN.search(clause_head)
    if m is None or _AHEAD.search(clause_head, 0, m.start()) is not None:
        return False
    return _WORK_VERB.search(m.group("obj") or "") is None
