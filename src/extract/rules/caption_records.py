"""(lead41) A photo's caption holds no records (eval/README.md G2a): no unit row either.

A news page prints a picture with a caption that restates the story beside it and closes on the photo's credit
(``▲某工程由县教育局负责。(记者 某某 摄)``, ``…/記者 某某攝``, ``(图/某县政府提供)``; ``goals.is_photo_caption``). Goals and
targets are not read in such a paragraph; ``without_caption_rows`` drops the unit rows read on a caption's line, whichever
reader found them. Made-up examples only.
"""

from __future__ import annotations


def caption_line_at(text: str, pos: int) -> bool:
    """Whether the line of ``text`` holding ``pos`` is a photo caption (``goals.is_photo_caption``)."""
    from extract.rules.goals import is_photo_caption  # (lazy: ``goals`` imports the target rules)
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return is_photo_caption(text[a:b if b >= 0 else len(text)].strip())


def without_caption_rows(text: str, records: list) -> list:
    """``records`` without the unit rows whose span starts and ends on one caption line (``caption_line_at``)."""
    if "摄" not in text and "攝" not in text and "提供" not in text and "图" not in text and "圖" not in text:
        return records  # every caption credit holds one of these
    out = []
    for r in records:
        span = getattr(r, "norm_span", None)
        if getattr(r, "type", None) == "unit_assignment" and span is not None \
                and "\n" not in text[span.start:span.end] and caption_line_at(text, span.start):
            continue
        out.append(r)
    return out
