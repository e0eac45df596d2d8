"""(unitA31) An event plan's organisers block read as one run of host labels (eval/README.md U4a, U7e, U7f: ``主办单位:``
the lead, ``承办单位:``/``协办单位:`` responsible; U3: one unit a line is a list), in the two layouts the label-block reader
(``unit_label_lines.read_label_block``) leaves:

    主办:某县总工会、团县委              bare role words with a colon (no ``单位``), as the plan's own organisers block
    承办:某县书法协会                    writes them when the three roles stand together
    协办:某县文联、某县老年体协

    主办单位:某县文旅局                  a label's list that goes on over the lines below it, one unit (or a list) a line,
    某县文联                             until the next label
    承办单位:某县文化馆
    某县图书馆

    承办牵头单位:某县委宣传部            a helpers' label split by its own role word (U4a: ``牵头`` the lead, ``实施`` the
    承办实施单位:某镇人民政府            helpers), read in the same run

``host_label_run``: (lead, responsible, lines used) of such a run at the head of ``paragraphs``, or None. It reads a run
only where it holds a lead's label (``主办``) and a helper's (``承办``/``协办``), every label names units, and the run needs
this reader (a bare label or a continued list): a run of full labels on one line each stays the label-block reader's.
The caller keeps the site-footer guard (U7f: a site's ``主办:``/``承办:`` lines name no party), and a run naming a unit
that runs the website (``…网``, a ``融媒体中心``, a ``大数据中心``) is the site's footer (U7f). Made-up examples only.
"""

from __future__ import annotations

import re

# a host label opening a line, an outline mark before it allowed (``二、承办单位:``); ``主 办 单 位`` spaced as some pages print it
_HOST = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[、.．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])?\s*"
                   r"(?P<role>主\s*[办辦]|承\s*[办辦]|[协協]\s*[办辦])(?P<sub>牵头|牽頭|实施|實施)?(?P<unit>\s*[单單]\s*位)?\s*[:：]\s*(?P<body>.*)$", re.S)
_TRIM = " \t\u3000。;；,，、"


def _units(text: str) -> list[str]:
    """The units a label's text or a continuation line names (``甲局、乙局``, ``甲局``), or [] where it names none."""
    from extract.cues import is_unit_cell
    from extract.rules.units import split_units
    t = text.strip().strip(_TRIM)
    if not t or any(c in t for c in ":：") or "。" in t or not is_unit_cell(t):
        return []
    return [u for u in split_units(t) if u]


def opens_host_label(paragraph: str) -> bool:
    """(speedA34) The paragraph opens with an organisers' label (``主办单位:``, ``承办:``): ``host_label_run`` of a run
    that this paragraph heads can find a block only then."""
    return _HOST.match(paragraph) is not None


def host_label_run(paragraphs: list[str]) -> tuple[list[str], list[str], int] | None:
    """(lead, responsible, paragraphs used) of an organisers block at the head of ``paragraphs`` (module docstring)."""
    if not paragraphs or not opens_host_label(paragraphs[0]):
        return None
    lead: list[str] = []
    resp: list[str] = []
    roles: list[str] = []
    needs_me = False  # a bare label or a continued list: what the label-block reader leaves
    current: list[str] | None = None
    used = 0
    for para in paragraphs:
        m = _HOST.match(para)
        if m is not None:
            role = re.sub(r"\s", "", m.group("role"))[0]
            sub = m.group("sub")
            if role in roles and not sub:
                break  # a second block (another event's organisers): its own row
            roles.append(role)
            needs_me = needs_me or m.group("unit") is None or sub is not None
            # (``承办牵头单位:``/``承办实施单位:``: the role word inside the label decides, U4a: ``牵头`` the lead)
            current = lead if (role == "主" and not sub) or sub in ("牵头", "牽頭") else resp
            body = m.group("body").strip()
            if body:
                got = _units(body)
                if not got:
                    return None  # ``主办单位负责…``-like text after the label: no list of units
                current.extend(got)
        elif current is not None and (got := _units(para)):
            current.extend(got)
            needs_me = True
        else:
            break
        used += 1
    if "主" not in roles or len(roles) < 2 or not needs_me or not lead or not resp:
        return None
    from extract.rules.unit_host_labels import _SITE_UNIT
    if any(_SITE_UNIT.search(u) for u in lead + resp):
        return None  # (U7f) a unit that runs the website (``…网``, a 融媒体中心, a 大数据中心): the site's footer, no row
    return lead, resp, used
