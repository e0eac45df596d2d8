"""The objective sentences of a policy plan's goal list (O1): Taiwan's 施政计画 and its kin.

A Taiwan agency's or county's year plan (``年度施政目标``, ``施政重点``) lists its goals as short objective sentences,
one a sentence or a line, each opening with the verb of what the agency sets out to do: ``严密某项管理。``,
``强化乙团体辅导。``, ``整饬市容、改善社区环境。``. Under a goal heading each is a goal, however short: a sentence of
six or seven characters that opens with such a verb is a whole objective, not a fragment of one. An objective may end
with what it provides (``…,公布渔获资料及提供查询图表``): its ``图表`` names no table of the page.
"""

from __future__ import annotations

import re

# the verbs an objective of a policy plan opens with (simplified, as the rules read the text)
_OBJECTIVE_VERB = re.compile(r"^(?:强化|严密|落实|推动|推行|推广|建立|建构|健全|完善|办理|提升|提昇|改善|加强|端正|深化|促进|"
                             r"维护|营造|充实|精进|赓续|持续|积极|简化|整合|扩大|扩充|培育|发展|保障|辅导|鼓励|协助|规划|"
                             r"输导|推展|贯彻|厚植|打造|优化|精简|确保|维持|增进|活化|保存|开发|照顾)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OTHER_MARK = re.compile(r"[^\u4e00-\u9fff、]")
# the short items of a plan's safeguards (``加强组织领导。``, ``强化督导考核。``): how the plan is carried out, no objective
_SAFEGUARD = re.compile(r"(?:组织领导|领导|宣传|引导|督导|督查|督促|考核|监督|检查|保障|协调|配合|责任|机制|队伍)$")


def short_objective(sentence: str, end_mark: str = "。") -> bool:
    """A short sentence closed by a full stop (``end_mark``, the character after it) that opens with the verb of a
    policy objective and names what it works on (``严密船籍管理。``, ``强化乙团体辅导。``: five Han characters or more,
    no other mark than ``、``): under a goal heading, a whole goal. A line cut short by the page (``扩大某区公``, no
    full stop) is no objective, nor a safeguard of the plan (``加强组织领导``, ``强化督导考核``)."""
    closed = sentence.strip().endswith("。") or end_mark == "。"
    s = sentence.strip().rstrip("。;；")
    return closed and _SAFEGUARD.search(s) is None and _OBJECTIVE_VERB.match(s) is not None and len(_HAN.findall(s)) >= 5 and _OTHER_MARK.search(s) is None


def objective_provides_chart(sentence: str) -> bool:
    """An objective sentence that ends with the charts it provides (``办理渔获数量调查,公布渔获资料及提供查询图表``): it
    opens with an objective verb and ends ``图表``, no caption of a table (``某某统计表``, ``一览表``)."""
    s = sentence.strip().rstrip("。;；")
    return s.endswith("图表") and _OBJECTIVE_VERB.match(s) is not None and ("," in s or "，" in s)
