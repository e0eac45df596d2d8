"""(lead47) A working groups' table flattened one cell per line (eval/README.md U8, U4a): a header ``组别`` / ``职称`` /
``职掌`` (a group column, a post column, a duties column), then for each group its name on a line, the posts that serve in
it each on a line, and each post's numbered duties. Every numbered duty under a group is that group's row (the group
leads it), whichever post's line stands above it; a post alone where no group stands (``召集人``, ``执行秘书``) is a
person: its duties give no row.

    组别 / 职称 / 职掌 / 召集人 / 校长 / 1. 督导各项事宜 / 照护组 / 卫生组长 / 1. 执行防疫计划 / 护理师 / 1. 实施救护
    -> two rows, lead 照护组 (执行防疫计划, 实施救护); none for the 召集人's duty

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.scan import lines_with_starts

_HEAD_GROUP = re.compile(r"^\s*(?:组别|組別|编组|編組)\s*$")
_HEAD_DUTY = re.compile(r"^\s*(?:职掌|職掌|职责|職責|工作内容|工作內容|任务|任務)\s*$")
_ITEM = re.compile(r"^\s*\d{1,2}\s*[.、．](?!\d)\s*(?P<task>\S.*?)\s*$")
# a post or a person's role, no group: the word's end says so (``组长``, ``主任``, ``护理师``, ``教官``, ``召集人``, ``秘书``)
_POST = re.compile(r"(?:长|長|主任|师|師|官|人|员|員|秘书|秘書|干事|幹事|校长|校長|工友|志工|义工|義工|警卫|警衛)$")
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_GROUP_END = re.compile(r"(?:组|組|队|隊|班)$")


def group_post_duty_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [group], []) of each numbered duty of the module's tables in ``text`` (the normalised text)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if ("组别" not in text and "組別" not in text and "编组" not in text and "編組" not in text):
        return out
    texts, starts = lines_with_starts(text)
    lines = [(a, t) for a, t in zip(starts, texts) if t.strip()]
    for h, (_, t) in enumerate(lines):
        if not _HEAD_GROUP.match(t):
            continue
        head = [x for _, x in lines[h:h + 4]]
        if not any(_HEAD_DUTY.match(x) for x in head):
            continue
        k = h + 2 + next(i for i, x in enumerate(head[1:]) if _HEAD_DUTY.match(x))  # the line after the duties' header
        group: str | None = None
        last_item = True  # (the header's end is a row's start)
        for a, line in lines[k:]:
            if (m := _ITEM.match(line)) is not None:
                if group is not None and len(m.group("task")) >= 2:
                    task = re.split(r"[,，;；。]", m.group("task"), maxsplit=1)[0]
                    out.append((a + m.start("task"), a + m.end("task"), task, [group], []))
                last_item = True
                continue
            name = line.strip()
            if not _NAME.match(name):
                break  # the table ends at a line that is no cell of it
            if _POST.search(name):
                last_item = False
                continue  # a post of the group above (or a person where no group stands)
            if _GROUP_END.search(name) or (last_item and len(name) <= 4):
                group = name  # a group's name opens the next row of groups (``照护组``; a short name after duties)
            last_item = False
    return out
