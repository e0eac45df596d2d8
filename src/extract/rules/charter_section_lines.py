"""(lead47) A charter's sections, each on a line of its own (eval/README.md U8a): ``一、户政课:户籍登记、…`` / ``二、建设课:
道路工程、…``, a section's name, a colon and its matters, one numbered line a section and blank lines between. Where
three or more such lines of one mark style name sections of one kind (the names end alike: ``课``, ``科``, ``股``, ``室``,
``组``) and one of them at least reads as a unit by itself, every one of them is its section's row (the list names
them alike, as ``unit_peer_heads`` reads them inside one paragraph): lead the section, task its matters' first clause.

    一、户政课:户籍登记、调解。 / 二、建设课:道路工程、排水。 / 三、人文课:社区发展、救助。
    -> three rows, leads 户政课, 建设课 and 人文课 (户政课 reads as a unit by itself)

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell

_LINE = re.compile(r"(?m)^[ \t\u3000]*(?P<mark>[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*"
                   r"(?P<name>[\u4e00-\u9fff]{2,8}(?P<kind>[课課科股室组組]))[ \t\u3000]*[:：][ \t\u3000]*(?P<body>[^\n]{4,})$")


def charter_section_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [section], []) of each section line of the module's lists in ``text`` (the normalised text)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if ":" not in text and "：" not in text:
        return out
    lines = list(_LINE.finditer(text))
    groups: dict[tuple[str, str], list[re.Match[str]]] = {}
    for m in lines:
        style = "paren" if m.group("mark").startswith(("(", "（")) else "dun"
        groups.setdefault((style, m.group("kind")), []).append(m)
    for ms in groups.values():
        if len(ms) < 3 or not any(is_unit_cell(m.group("name")) for m in ms):
            continue
        for m in ms:
            task = re.split(r"[,，;；。]", m.group("body"), maxsplit=1)[0].strip()
            if len(task) >= 4:
                out.append((m.start("name"), m.end("body"), task, [m.group("name")], []))
    return out
