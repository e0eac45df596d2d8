"""Lexical variants scored against gold: do the rules hold when a cue word of the genre is swapped for a synonym?

usage (from the repository root, with this tree's code):
    PYTHONPATH=src python tools/lexical_variants.py [--ids FILE] [--types T[,T]] [--variants V[,V]] [--workers K]
                                                    [--show N] [--json OUT] [--sample K] [--root DIR]

The lexical counterpart of ``tools/layout_variants.py``, on the same texts (every development text with gold and the
seeds, the held-out prefixes ``layout_variants.HELD_OUT`` never read) and with the same machinery: each variant of
``LEXICAL`` is a list of edits ``(start, end, replacement)`` on the original that swaps one class of cue word for a
synonym of the genre, keeping the meaning; the gold quotes are rewritten with the edits inside their spans
(``layout_variants.rewrite_gold``; a quote an edit cuts across is kept and counted unmapped), a target's ``unit``
follows its measure word (``fix_unit``). The rules run on the original and on each variant (only texts the variant
changes); printed per variant and type: F1 of both sides and the gold records lost (found on the original, missed on
the variant) and gained.

Variants (``LEXICAL``):
``deadline_end``   ``到/至/截至 YYYY年底`` <-> ``年末``
``deadline_zhi``   ``到YYYY年`` <-> ``至YYYY年`` (``截至``, which dates a past record as often, is left)
``deadline_qian``  ``到/至 YYYY年[底]`` + a comma -> ``YYYY年[底]前``
``rise_to``        ``提高到`` <-> ``提升至``, ``提高至`` <-> ``提升到``
``rise_reach``     ``提高到/提高至/提升到/提升至`` + a number -> ``达到``
``grow_to``        ``增加到/增加至/增长到/增长至`` -> ``增至``, ``增至`` -> ``增加到``
``reach_da``       ``达到`` + a number -> ``达``; ``达`` + a number -> ``达到``
``reach_shixian``  ``达到`` + a number or ``全覆盖`` -> ``实现``
``at_least``       ``不低于`` <-> ``不少于``, ``至少`` + a number -> ``不少于``
``above_ji``       a number's ``以上`` -> ``及以上``
``above_front``    ``达到/达 N以上`` -> ``不低于 N``
``lead_bumen``     ``牵头单位`` <-> ``牵头部门``
``lead_zhuze``     ``牵头单位/牵头部门`` -> ``主责单位``
``lead_zeren``     ``牵头单位/牵头部门`` -> ``牵头责任单位``
``helper_peihe`` / ``helper_xieban`` / ``helper_canyu``
                   a helper label (``配合单位``, ``协办单位``, ``参与单位``, ``配合部门``; ``责任单位``/``责任部门`` only
                   where a ``牵头`` label stands on its line or the line before, U4a) -> ``配合单位`` / ``协办单位`` /
                   ``参与单位``
``measure_ge``     a number's measure word ``所``/``家``/``座`` -> ``个``
``measure_suo``    a number's ``个`` before a school or hospital noun -> ``所``
``joint_he`` / ``joint_ji`` / ``joint_yu`` / ``joint_yiji``
                   the last ``、`` of a list of two or more unit names (each ending in an organ's word) -> ``和`` /
                   ``及`` / ``与`` / ``以及``

A dev tool, not part of the package; the tests call ``lexical_edits`` and ``layout_variants.compare_doc`` on made-up
texts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layout_variants as L  # noqa: E402
from layout_variants import Ctx, Edit  # noqa: E402

NUM = r"(?:\d+(?:[.．]\d+)?|[一二三四五六七八九十百千万两〇]+)"
YEAR = r"(?:20\d\d|二〇[一二三四五六七八九〇]{2})"


def swaps(text: str, pattern: str, repl: dict[str, str] | Callable[[re.Match], str | None], group: str | int = 1
          ) -> list[Edit]:
    """An edit per match of ``pattern`` in ``text``: its ``group`` replaced by ``repl[group text]`` (a dict) or by
    ``repl(match)`` (None: left)."""
    out = []
    for m in re.finditer(pattern, text):
        g = m.group(group)
        new = repl.get(g) if isinstance(repl, dict) else repl(m)
        if new is not None and new != g:
            out.append((m.start(group), m.end(group), new))
    return out


# --- deadlines ---------------------------------------------------------------------------------------------------

_DEADLINE = rf"(?P<to>到|至|截至|截止到?)[ \t]*{YEAR}[ \t]*年"


def deadline_end(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"{_DEADLINE}(?P<w>底|末)", {"底": "末", "末": "底"}, "w")


# a 到/至 that is part of a verb (提高到, 达到, 增至, 直至 …), not a deadline's
_VERB_TO = "达提升加增降减扩缩长延直乃以甚"


def deadline_zhi(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"(?<![{_VERB_TO}]){_DEADLINE}", {"到": "至", "至": "到"}, "to")


def deadline_qian(ctx: Ctx) -> list[Edit]:
    out = []
    for m in re.finditer(rf"(?<![{_VERB_TO}]){_DEADLINE}(?P<w>底|末)?(?=[，,])", ctx.text):
        if m.group("to") not in ("到", "至"):  # 截至 dates a record of the past as often as a deadline: left
            continue
        out.append((m.start("to"), m.end("to"), ""))
        out.append((m.end(), m.end(), "前"))
    return out


# --- verbs of rising, growing, reaching ------------------------------------------------------------------------

_AFTER_VERB = r"(?=[ \t]*(?:约|近|超过)?(?:\d|百分之))"


def rise_to(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, r"(提高到|提升至(?!少)|提高至(?!少)|提升到)",
                 {"提高到": "提升至", "提升至": "提高到", "提高至": "提升到", "提升到": "提高至"})


def rise_reach(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"(提高到|提升至|提高至|提升到){_AFTER_VERB}", lambda m: "达到")


def grow_to(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, r"(增加到|增加至(?!少)|增长到|增长至(?!少)|增至(?!少))",
                 {"增加到": "增至", "增加至": "增至", "增长到": "增至", "增长至": "增至", "增至": "增加到"})


def reach_da(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"(?<![到传表下送抵高长多发])(达到|达)(?!到){_AFTER_VERB}", {"达到": "达", "达": "达到"})


def reach_shixian(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"(达到)(?:{_AFTER_VERB}|(?=全覆盖))", lambda m: "实现")


# --- comparators ---------------------------------------------------------------------------------------------------

def at_least(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"(不低于|不少于|至少(?={NUM}))", {"不低于": "不少于", "不少于": "不低于", "至少": "不少于"})


_MEASURE = r"(?:%|％|[个所家座名人项次条处万亿元千米平方公里亩]{1,3})?"


def above_ji(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"{NUM}[ \t]*{_MEASURE}(?<!及)(以上)", lambda m: "及以上")


def above_front(ctx: Ctx) -> list[Edit]:
    out = []
    for m in re.finditer(rf"(?P<v>达到|达)(?P<n>[ \t]*{NUM}[ \t]*(?:%|％)?)(?P<w>以上)", ctx.text):
        out.append((m.start("v"), m.end("v"), "不低于"))
        out.append((m.start("w"), m.end("w"), ""))
    return out


# --- role labels -----------------------------------------------------------------------------------------------------

_LEAD = r"(?<!主要)(?<!协同)(牵头单位|牵头部门)"


def lead_to(new: str, both: bool = False) -> Callable[[Ctx], list[Edit]]:
    """``牵头单位``/``牵头部门`` written ``new`` (``both``: the two swapped for each other)."""
    if both:
        return lambda ctx: swaps(ctx.text, _LEAD, {"牵头单位": "牵头部门", "牵头部门": "牵头单位"})
    return lambda ctx: swaps(ctx.text, _LEAD, lambda m: new)


_HELPER = r"(配合单位|协办单位|参与单位|配合部门)"
_RESP = r"(?<![牵头主要体配合协同])(责任单位|责任部门)(?=[：:）)\]】|\t \u3000\n]|$)"
# a lead unit's label (not ``牵头领导``: people, U4a)
_LEAD_WORD = re.compile(r"牵头(?!\s*(?:市|区|县)?(?:领导|人|同志))")
# a role word that a header wrapped over blanks sets before ``责任单位`` (``牵头 责任单位``, ``配合  责任单位``): the label is
# that compound, no plain ``责任单位``
_ROLE_HEAD_BEFORE = ("牵头", "主体", "配合", "协同", "主要", "第一", "共同", "其他", "协办", "参与", "协作")


def beside_lead(text: str, pos: int) -> bool:
    """A ``牵头`` unit label before ``pos`` on its line or on the line before (a table one cell per line)."""
    line = text.rfind("\n", 0, pos)
    prev = text.rfind("\n", 0, max(line, 0))
    return bool(_LEAD_WORD.search(text, prev + 1 if line >= 0 else 0, pos))


def plain_resp_beside_lead(text: str, m: re.Match) -> bool:
    """The ``责任单位`` of ``m`` a plain helper label: a lead unit's label near before it (``beside_lead``), and no role
    word a wrapped header set before it (``_ROLE_HEAD_BEFORE``)."""
    return not text[max(0, m.start() - 12):m.start()].rstrip().endswith(_ROLE_HEAD_BEFORE) and beside_lead(text, m.start())


def helper_to(new: str) -> Callable[[Ctx], list[Edit]]:
    """Each helper label (``_HELPER``; a plain ``责任单位`` beside a lead label, U4a) written ``new``."""
    def make(ctx: Ctx) -> list[Edit]:
        out = swaps(ctx.text, _HELPER, lambda m: new)
        out += swaps(ctx.text, _RESP, lambda m: new if plain_resp_beside_lead(ctx.text, m) else None)
        return out
    return make


# --- measure words -----------------------------------------------------------------------------------------------

_SCHOOLS = r"(?=(?:公办|民办|普惠性?|标准化|寄宿制|新|示范性?)?(?:学校|幼儿园|中学|小学|高中|初中|中小学|医院|卫生院|高校|特殊教育学校|托育机构))"
MEASURE_WORDS = {"measure_ge": {"所": "个", "家": "个", "座": "个"}, "measure_suo": {"个": "所"}}


def measure_ge(ctx: Ctx) -> list[Edit]:
    table = MEASURE_WORDS["measure_ge"]
    out = []
    for m in re.finditer(r"(?:(?<=\d)|(?<=\d[余多]))(所|家|座)(?![庭长属有在谓人])"
                         r"|(?:(?<=[一二三四五六七八九十百千万两])|(?<=[十百千万][余多]))(所|座)(?![属有在谓])", ctx.text):
        g = m.lastindex
        out.append((m.start(g), m.end(g), table[m.group(g)]))
    return out


def measure_suo(ctx: Ctx) -> list[Edit]:
    return swaps(ctx.text, rf"(?:(?<=\d)|(?<=\d[余多])|(?<=[一二三四五六七八九十百千万两]))(个){_SCHOOLS}",
                 MEASURE_WORDS["measure_suo"])


def _value_text(v) -> str:
    f = float(v)
    return str(int(f)) if f.is_integer() else str(v)


def fix_unit(name: str, old: dict, new: dict) -> None:
    """A rewritten target's ``unit`` follows its measure word: ``所`` -> ``个`` where the variant wrote the quote's
    ``N所`` as ``N个`` (the record's own number when the quote writes it in digits)."""
    table = MEASURE_WORDS.get(name)
    if not table or new.get("type") != "numeric_target" or new["quote"] == old["quote"]:
        return
    u = old.get("unit") or ""
    if u[-1:] not in table:
        return
    new_unit = u[:-1] + table[u[-1]]  # ``万所`` -> ``万个``
    u = u[-1]
    try:
        v = re.escape(_value_text(old["value"]))
    except (TypeError, ValueError):
        v = None
    if v and re.search(rf"(?<![\d.]){v}", old["quote"]):
        at = rf"(?<![\d.]){v}(?:[ \t]*[-~～—至到][ \t]*\d+(?:\.\d+)?)?[余多]?"  # the value, a range's upper end
        hit = re.search(at + u, old["quote"]) and re.search(at + table[u], new["quote"]) and not re.search(
            at + u, new["quote"])
    else:
        hit = old["quote"].count(u) > new["quote"].count(u)
    if hit:
        new["unit"] = new_unit


# --- unit lists --------------------------------------------------------------------------------------------------

_ORGAN = (r"(?:局|委|厅|办|院|会|中心|政府|集团|公司|处|馆|站|队|部|署|室|社|联|团委|街道|办事处|分局|支队|大队|"
          r"银行|医院|学校|学院|大学|部门|单位|乡镇|镇街|街镇)")
_NAME = rf"[\u4e00-\u9fff]{{1,16}}?{_ORGAN}"
_UNIT_LIST = re.compile(rf"{_NAME}(?:、{_NAME})+(?![\u4e00-\u9fff]*[、])")


def joint_to(conn: str) -> Callable[[Ctx], list[Edit]]:
    """The last ``、`` of each list of unit names (``_UNIT_LIST``) written ``conn``."""
    def make(ctx: Ctx) -> list[Edit]:
        out = []
        for m in _UNIT_LIST.finditer(ctx.text):
            k = m.group(0).rfind("、")
            out.append((m.start() + k, m.start() + k + 1, conn))
        return out
    return make


LEXICAL: dict[str, Callable[[Ctx], list[Edit]]] = {
    "deadline_end": deadline_end, "deadline_zhi": deadline_zhi, "deadline_qian": deadline_qian,
    "rise_to": rise_to, "rise_reach": rise_reach, "grow_to": grow_to,
    "reach_da": reach_da, "reach_shixian": reach_shixian,
    "at_least": at_least, "above_ji": above_ji, "above_front": above_front,
    "lead_bumen": lead_to("", both=True), "lead_zhuze": lead_to("主责单位"), "lead_zeren": lead_to("牵头责任单位"),
    "helper_peihe": helper_to("配合单位"), "helper_xieban": helper_to("协办单位"), "helper_canyu": helper_to("参与单位"),
    "measure_ge": measure_ge, "measure_suo": measure_suo,
    "joint_he": joint_to("和"), "joint_ji": joint_to("及"), "joint_yu": joint_to("与"), "joint_yiji": joint_to("以及"),
}


def lexical_edits(name: str, text: str) -> list[Edit]:
    """The edits of variant ``name`` on ``text`` (sorted, not overlapping)."""
    return L.disjoint(LEXICAL[name](Ctx(text)))


def variant_text(name: str, text: str) -> str:
    return L.apply_edits(text, lexical_edits(name, text))


# --- running -------------------------------------------------------------------------------------------------------

def _one(args) -> dict:
    doc_id, text_path, gold_path, names = args
    from extract.evaluate import load_records
    from extract.ingest import read_document

    doc = read_document(Path(text_path)).model_copy(update={"doc_id": doc_id})
    gold = [r for r in load_records([Path(gold_path)]) if r["doc"] == doc_id]
    return L.compare_doc(doc, gold, names, LEXICAL, fix_unit)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=str(L.ROOT), help="repository whose eval/gold and data/docs are read")
    ap.add_argument("--ids", help="file of doc ids, one a line (default: every dev text with gold, and the seeds)")
    ap.add_argument("--types", default=",".join(L.TYPES))
    ap.add_argument("--variants", default=",".join(LEXICAL))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--sample", type=int, default=1, help="every K-th text only")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--json")
    a = ap.parse_args(argv)
    names = [n for n in a.variants.split(",") if n]
    types = [t for t in a.types.split(",") if t]
    bad = [n for n in names if n not in LEXICAL] + [t for t in types if t not in L.TYPES]
    if bad:
        ap.error(f"unknown: {', '.join(bad)} (variants: {', '.join(LEXICAL)}; types: {', '.join(L.TYPES)})")
    ids = [x.strip() for x in open(a.ids, encoding="utf-8") if x.strip()] if a.ids else None
    tasks = [(*t, names) for t in L.doc_tasks(Path(a.root), ids)][::max(1, a.sample)]
    if a.workers > 1:
        from multiprocessing import Pool

        with Pool(a.workers) as pool:
            results = list(pool.imap_unordered(_one, tasks, chunksize=2))
    else:
        results = [_one(t) for t in tasks]
    results.sort(key=lambda r: r["doc"])
    summ = L.summarise(results, names, types)
    print(L.format_table(summ, types, len(results)))
    if a.show:
        print(L.format_show(results, names, types, a.show))
    if a.json:
        Path(a.json).write_text(json.dumps({"summary": summ, "docs": results}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
