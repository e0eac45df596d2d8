"""(tgtA30) Words that look like a modal but state no time ahead, for ``cues._MODAL``.

``应保尽保``, ``应救尽救``, ``应开尽开``: the idiom ``应X尽X`` (every case that qualifies is covered) says how fully a rule is
applied, no modal: ``做到了应保尽保,年发低保资金N万元`` reports the year's outlay. ``应`` is a modal unless a character
then ``尽`` follows it, other than ``当``, ``该``, ``予``, ``于``, ``及``, which open a modal's phrase (``应当尽快``, ``应予尽快``).
Written without a group, so ``_MODAL`` keeps its one group.
"""

YING_NOT_IDIOM = r"应(?![^当该尽予于及\W]尽)"
