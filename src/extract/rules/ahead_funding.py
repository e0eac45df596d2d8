"""(tgtA30, N17d) Money stated for works whose completion or opening the same sentence puts ahead: ``自筹3400万元,加上县府
补助5500万元,合计8900万元,预定明年3月完工启用``. The total (or the amount) is the funding of works still to be finished, a
target however it is summed (``合计``, ``共计``) or stated bare; the date word after it (``预定``, ``预计``, ``将于``) says the
works are still ahead."""

from __future__ import annotations

import re

# what follows the amount in its sentence: a word of what is still to come, then the works' completion or start
_WORKS_AHEAD_AFTER = re.compile(r"^[^。；;!?！？]{0,30}?(?:预定|預定|预计|預計|预期|預期|可望|将于|將於|将在|將在|预估|預估)"
                                r"[^。；;，,]{0,12}?(?:完工|竣工|启用|啟用|落成|建成|开工|開工|动工|動工|开放|開放|投入使用)")


def funds_works_ahead(unit: str, after: str) -> bool:
    """A money amount (``元`` in its unit) with, after it in its sentence, the works' completion or start still ahead:
    ``合计8900万元,预定明年3月完工启用``. Not an amount with no such date (``合计8900万元``), nor a date already reached
    (``已于3月完工``: no word of what is to come)."""
    return "元" in unit and _WORKS_AHEAD_AFTER.match(after) is not None


# (tgtB33) the verb of money handed down by a higher level, in the amount's own clause (``已下达补助资金``, ``再下拨第二批…资金``)
_HANDED_DOWN = re.compile(r"(?:下达|下達|下拨|下撥|拨付|撥付)[^，,。；;:：\d]{0,24}$")
# the works the money is for, after it in its sentence (``,用于学校建设``, ``,将新建…``, ``主要建设内容为…``) or named in the fund
# itself (``建设补助资金``, ``建设资金``)
_FOR_WORKS_AFTER = re.compile(r"^[^。；;!?！？]{0,40}?(?:用于|用於|将新建|將新建|将改扩建|將改擴建|主要建设内容|主要建設內容|计划安排|計劃安排)")
_WORKS_FUND = re.compile(r"(?:建设|建設)(?:补助|補助)?(?:资金|資金|经费|經費)[^，,。；;:：\d]{0,4}$")
# the money's progress against its plan (N13a: status)
_PROGRESS_AFTER = re.compile(r"^[^。；;]{0,24}?(?:占计划|占計劃|到位率|完成率|拨付率|撥付率|支付率)")


def hands_down_for_works(clause_head: str, unit: str, after: str) -> bool:
    """(tgtB33) N17d (twenty-seventh round): money a higher level hands down (``下达``, ``下拨``, ``拨付``), reported handed
    down, for works still to be carried out, with the works or their use (``已下达补助资金3亿元,用于新建幼儿园``, ``再下达
    第二批幼儿园建设补助资金800万元``): the works' funding granted, a target, though ``已`` reports the handing down. Not
    the money's progress against its plan (``已下达240万元,占计划80%``: N13a), nor money with no works named."""
    return "元" in unit and _HANDED_DOWN.search(clause_head) is not None \
        and (_FOR_WORKS_AFTER.match(after) is not None or _WORKS_FUND.search(clause_head) is not None) \
        and _PROGRESS_AFTER.match(after) is None


# (tgtB33) a works verb right after the amount (``6亿打造``, ``挹注2亿元兴建``, ``3亿改扩建``): what the money is to build
_WORKS_VERB_AFTER = re.compile(r"^\s?(?:打造|兴建|興建|新建|改建|改扩建|改擴建|扩建|擴建|重建|整建|建设|建設|建置|布建|佈建|盖|蓋)")


def money_builds(unit: str, after: str) -> bool:
    """(tgtB33) N17d: a money amount followed at once by the works it is to pay for (``市府挹注2亿元兴建校舍``, ``斥资6亿
    打造运动中心``, a headline's ``省里3亿改扩建200所幼儿园``): the funding of works, a target like ``投资N元建设…``. Only a
    number that no other cue took (``bare``, a status by ``为``/``共计``): a past marker or a report's review still decides."""
    return ("元" in unit or unit in ("亿", "億", "万", "萬")) and _WORKS_VERB_AFTER.match(after) is not None
