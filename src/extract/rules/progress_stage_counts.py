"""Target cue for the count of works at each stage of their progress (N13).

A progress note splits the works of a list by where each stands now: ``其中基础施工4所,主体在建7所,封顶装修5所``,
``其中主体完工3个、正在装修2个``. Each part counts works by their state at the note's date, a status (N13: what stands
now), not a quantity the commitment delivers. The clause is the stage alone and its count, after ``其中`` earlier in the
sentence; a kind of works (``其中新建5所,改扩建8所``) is no stage and is left to the other cues. No import of the other
rule modules (they call in here)."""

from __future__ import annotations

import re

# a clause that is only a works stage (the noun of the works is the total's): ``基础施工``, ``主体在建``, ``封顶装修``
_STAGE_ONLY = re.compile(
    r"^(?:其中)?(?:正在|已|目前)?(?:基础施工|基礎施工|主体在建|主體在建|主体施工|主體施工|主体完工|主體完工|主体封顶|主體封頂|封顶装修|封頂裝修|"
    r"封顶|封頂|装修|裝修|内部装修|內部裝修|在建|施工中|竣工|完工|竣工验收|竣工驗收|办理前期手续|辦理前期手續|前期手续|前期手續)$")


def counts_works_by_stage(sentence_before: str, clause_head: str) -> bool:
    """The clause right before a count is only a stage of the works' progress (``基础施工``, ``主体在建``, ``封顶装修``),
    in a breakdown ``其中`` opened earlier in the sentence (``…养老服务站24所,其中主体施工5所,内部装修9所``): the count of
    works at that stage now, status. Not a kind of works (``其中新建5所``), nor a stage with no ``其中`` before it."""
    if "其中" not in sentence_before:
        return False
    head = re.sub(r"[\s,，、;；]+", "", clause_head)
    return _STAGE_ONLY.match(head) is not None


# a stage of progress written right after the count and closing its clause: ``3处正在施工中``, ``5所在建``
_STAGE_AFTER = re.compile(r"^\s*(?:正在|仍在|在)(?:施工|建设|建設|规划设计|規劃設計|设计|設計|装修|裝修|招标|招標)中?\s*(?:[,，;；。]|$)")


def count_then_stage(after: str) -> bool:
    """A count whose clause ends with the stage the works stand at now (``…已完工41处,8处在规划设计,3处正在施工中``):
    works counted by their state, status (N13). Not a count with a verb of what is to be built (``新建3处,正在选址``:
    the stage follows in a clause of its own)."""
    return _STAGE_AFTER.match(after) is not None
