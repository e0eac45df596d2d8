"""(r30 unitA30) An event plan's host labels set as numbered particulars (U7f, U4a, U5).

A school's or a bureau's event plan often lists its particulars as numbered items, the host labels among them::

    1.宗旨:…。
    2.主办单位:某校体育组。            -> one row: lead 某校体育组, responsible 某校教官室, 某校卫生室,
    3.协办单位:某校教官室、某校卫生室。      task the event (the page's title), quote from the first role label
    4.报名地点:…                          to the last unit named

or with each label's units on the line below it (``一、主办单位:`` / ``某市政府。`` / ``二、承办单位:`` / ``…``). The labels
belong to the event the page is about (U7f: they follow its title and body, nothing of the site between), so they give
the event's row as closing labels do: ``主办`` lead, ``承办``/``协办`` responsible (U4a, U7e).

Not: labels with no ``主办`` label in their run (a helper's label under one activity: read where it stands), a page with
no title line, units that read as no unit.

No I/O; the extractor hands in the normalised text.
"""

from __future__ import annotations

import re

from extract.rules.unit_label_headings import _TITLE_LINE

# a document number (``某字〔2031〕12号``): the notice's number, no title of its event
_DOC_NUMBER = re.compile(r"[〔\[(（［]\s*\d{4}\s*[〕\])）］]\s*第?\s*\d{1,4}\s*号$")


def _title(text: str) -> tuple[int, str] | None:
    """(offset, words) of the page's title: the first of its first eight filled lines that reads as a title (no sentence
    end, colon or cell bar) and is no document number."""
    pos, seen = 0, 0
    for ln in text.split("\n"):
        if ln.strip():
            seen += 1
            if _TITLE_LINE.match(ln.strip()) and not _DOC_NUMBER.search(ln.strip()):
                return pos + ln.find(ln.strip()), ln.strip()
            if seen >= 8:
                return None
        pos += len(ln) + 1
    return None

# (unitA37) a Taiwan outline's formal numerals (``肆、主辦單位:…``) as the plain ones
_MARK = (r"(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3}\s*[、.．]|"
         r"[(（](?:\d{1,2}|[一二三四五六七八九十壹贰貳叁參参肆伍陆陸柒捌玖拾]{1,3})[)）])")
_HOST_LINE = re.compile(rf"^[ \t\u3000]*{_MARK}[ \t\u3000]*(?P<label>(?:主办|承办|协办|主辦|承辦|協辦)(?:单位|單位))[ \t\u3000]*[:：]"
                        r"[ \t\u3000]*(?P<units>[^\n]*)$", re.M)
_SPLIT = re.compile(r"[、,，;；]+")


def _units(body: str, is_unit) -> list[str] | None:
    names = [u.strip() for u in _SPLIT.split(body.strip().rstrip("。;；.")) if u.strip()]
    return names if names and len(body) <= 80 and all(is_unit(u) for u in names) else None


def host_item_rows(text: str, is_unit=None) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each run of numbered host labels (module docstring)."""
    if "办单位" not in text and "辦單位" not in text:
        return []
    if is_unit is None:
        from extract.cues import is_unit_cell as is_unit
    runs: list[list[tuple[int, int, str, list[str]]]] = []
    last_end = -1
    for m in _HOST_LINE.finditer(text):
        body, end = m.group("units"), m.end("units")
        if not body.strip():  # (the label's units on the next filled line)
            nxt = re.compile(r"\s*([^\n]+)").match(text, m.end())
            if nxt is None or _HOST_LINE.match(text, nxt.start(1) - (nxt.start(1) - text.rfind("\n", 0, nxt.start(1)) - 1)):
                continue
            body, end = nxt.group(1), nxt.end(1)
        units = _units(body, is_unit)
        if units is None:
            continue
        item = (m.start("label"), end - (len(body) - len(body.rstrip().rstrip("。;；."))), m.group("label"), units)
        if runs and not text[last_end:m.start()].strip():
            runs[-1].append(item)
        else:
            runs.append([item])
        last_end = end
    out = []
    for run in runs:
        if not any(lab.startswith(("主办", "主辦")) for _, _, lab, _ in run):
            continue
        title = _title(text)
        if title is None or title[0] >= run[0][0]:
            continue
        lead = [u for _, _, lab, us in run if lab.startswith(("主办", "主辦")) for u in us]
        resp = [u for _, _, lab, us in run if not lab.startswith(("主办", "主辦")) for u in us]
        out.append((run[0][0], run[-1][1], title[1], lead, resp))
    return out
