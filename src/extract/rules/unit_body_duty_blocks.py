"""A body's duty block (eval/README.md U8, U8a, U8b, U3a twenty-third round): a body is named once, on a line of its own or
at the head of its working group's line, and its duties follow as items under a duty cue::

    某区文旅局                                  (a page or section named for the body)
    工作职责                                    (a duty title line)
    (一)负责全区图书馆建设。
    (二)组织开展读书月活动。

    教科室                                      (a department's name over a sentence that opens its list)
    教科室是学校教研的主管部门,其主要职责包括:
    - 组织课题申报。

    3.场地保障组 组长:张三 成员:李四 职责:①布置赛场;②清点器材。   (a working group's line: its people, then its duties)

    某县文旅局                                  (an office's page: its duties as plain lines, each opening with a
    编制全县文化发展规划。                      duty verb; its departments after bullets, each with its first duty
      • 艺术科 负责文艺创作规划。               run on after its name and the rest on the lines below)
        组织文艺汇演。

Each item is a row of the body (lead the body as written, responsible ``[]``), task the item's first clause, quote the
item's text (mark left out) to the end of its first sentence. The people lines between the name and the cue (``组长:``,
``主任:``, ``成员:``) are people and give nothing (U4a). Not: an item that opens with a unit of its own (U8b (ii), read
elsewhere), a contact line (``电话:``, ``办公地点:``), a name that is no body (a person, a title word).

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.ground import _BULLETS
from extract.rules.unit_duty_items import _ORG_END, item_subject
from extract.rules.unit_function_bodies import function_body_name
from extract.rules import unit_duty_list_shapes as _udl  # (unitA38) page fields, one-cell lines, numbered runs
from extract.rules import unit_head_titles as _uht  # (unitA27) ``某科负责人:负责…``: the post's duty, a person's

_CN = "一二三四五六七八九十"
_GAP = " \t\u3000"
# an item mark at a line's start: ``(一)``, ``一、``, ``1.``, ``(1)``, ``①``, or a bullet (``-``, ``•``, ``·``, ``●``)
_LINE_MARK = re.compile(rf"[{_GAP}]*(?:(?P<pn>[(（][{_CN}]{{1,3}}[)）])|(?P<n>[{_CN}]{{1,3}}、)|(?P<d>\d{{1,2}}[.、．](?!\d))"
                        rf"|(?P<pd>[(（]\d{{1,2}}[)）])|(?P<dp>\d{{1,2}}[)）])|(?P<c>[①-⑳])"
                        rf"|(?P<b>[-•·●▪■◆◇○▶►*](?![-•·●▪■◆◇○▶►*])))[{_GAP}]*")
_CIRCLED = re.compile(r"[①-⑳]")

# the people's posts of a body's make-up (``组 长:``, ``副组长:``, ``主 任:``, ``成 员:``): people, never a unit (U4a)
PEOPLE_LABEL = (r"(?:常务|执行)?副?(?:组\s?长|主\s?任|指挥长|总指挥|秘书长|组\s?员|成\s?员|联络员|负责人|队\s?长|部\s?长|召集人|联系人|"
                r"顾\s?问|委\s?员)\s*[:：]")
_PEOPLE_LINE = re.compile(rf"[{_GAP}]*{PEOPLE_LABEL}")
# (unitA30) a post left bare on its line, its colon lost or scraped into ``、`` (``成员、``), and a staff post (``安全岗人员:``,
# ``工作人员:见附件``): people lines of the make-up too (U4a)
_BARE_POST_LINE = re.compile(rf"[{_GAP}]*(?:{PEOPLE_LABEL[:-len(chr(92) + 's*[:：]')]})[{_GAP}]*[、,，]?[{_GAP}]*$"
                             rf"|[{_GAP}]*[\u4e00-\u9fff]{{1,6}}人员[{_GAP}]*[:：]")

# a body's name alone on its line, after an optional mark (``教务处``, ``(二)某区文旅局``, ``办公室(某创建办)``), or a
# heading's name closed by a full stop on a line that ends in its duty cue (``(四)某组。某局为成员单位。主要职责:``)
_NAME_LINE = re.compile(rf"^(?:{_LINE_MARK.pattern})?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）]{{1,25}})"
                        rf"(?:(?P<colon>[:：])?[{_GAP}]*$|。(?=[^\n]*(?:职责|职能)[{_GAP}]*[:：][{_GAP}]*$))", re.M)
# a body's name at the head of its working group's line, its first post right after (``1.宣传组组 长:…``, ``2.执委会主 任:…``)
_GROUP_HEAD = re.compile(rf"(?:^|(?<=[。;；\n])|(?<=[{_CN}]、)|(?<=\d[.、．])|(?<=\d[)）])|(?<=[①-⑳]))[{_GAP}]*"  # (unitB27) ``(2)``, ``②``
                         rf"(?P<name>[\u4e00-\u9fff]{{2,14}}?)[{_GAP}]*[:：]?[{_GAP}]*(?={PEOPLE_LABEL})", re.M)
# (speedA26) ``_GROUP_HEAD`` tried only where a match can start. A match and the post's prefix after it (``常务``, ``副``)
# are made of CJK characters, blanks and colons only (``_GROUP_RUN``), and its lookbehind needs a character outside them
# (or the text's start) right before it: so a match starts where such a run starts, in the run that reaches the post's
# word (``_POST_WORD``: the post and its colon, no prefix). No post word can start inside another's match, so
# ``finditer`` over ``_POST_WORD`` sees every post; ``group_heads`` tries ``_GROUP_HEAD.match`` at the start of each post's
# run, in order and past the last match's end, as ``finditer`` would (``tests/test_perf26_machinery.py``).
_POST_WORD = re.compile(PEOPLE_LABEL.replace("(?:常务|执行)?副?", "", 1))
_GROUP_RUN = frozenset(chr(c) for c in range(0x4E00, 0xA000)) | frozenset(_GAP + ":：")


def group_heads(text: str):
    """The matches of ``_GROUP_HEAD.finditer(text)``, found from the post words (above)."""
    match, done, tried = _GROUP_HEAD.match, 0, -1
    for w in _POST_WORD.finditer(text):
        a = w.start()
        while a > 0 and text[a - 1] in _GROUP_RUN:
            a -= 1
        if a < done or a == tried:
            continue
        tried = a
        if (m := match(text, a)) is not None:
            yield m
            done = m.end()

# the cue that opens the duties: a ``职责:`` label, a duty title line, or a sentence that ends in one (``其主要职责包括:``);
# (unitA38) one vocabulary of a body's duties in all three, as the lead-in reader's (``unit_duty_items._OWNER_NAMED_LIST``):
# ``基本`` beside ``主要``, and a charter's ``职权``/``职掌`` beside ``职责``/``职能``
# (unitB27) the label spaced out as the posts are (``职 责:``, as ``组 长:``)
_DUTY_LABEL = re.compile(rf"(?:工作|主要|具体|基本)?(?:职[{_GAP}]?责|职[{_GAP}]?能|职权|职掌)(?:如下|包括|涵盖|有|是)?[{_GAP}]*[:：]")
_DUTY_TITLE = re.compile(rf"[{_GAP}]*(?:{_LINE_MARK.pattern})?(?:工作|主要|具体|基本|部门|机构|职能)?(?:职责|职能|职权|职掌)(?:[与和及](?:任务|职能|职责))?"
                         rf"[{_GAP}]*[:：]?[{_GAP}]*$")
# (a ``任务`` only as the body's own, ``其任务包括:``: a plan's ``主要任务如下:`` under its issuer's name is no duty list)
_INTRO_END = re.compile(rf"(?:(?:职责|职能|职权|职掌)(?:如下|包括|涵盖|有|是)?|[其的](?:主要|具体|基本)?任务(?:如下|包括|涵盖|有|是))[{_GAP}]*[:：][{_GAP}]*$")

# an item that is the block's contact line, no duty (U8)
_CONTACT = re.compile(r"电话|地址|办公地点|邮箱|传真|联系人")
# the end of an item's first sentence; a run-on item ends where the next section's mark begins (``…协调二、分组…``)
_SENTENCE_END = re.compile(rf"[。!！?？\n]|(?=[{_CN}]、)")
_CLAUSE_END = re.compile(r"[,，;；。]")
_LINE_STOP = re.compile(r"[。!！?？\n]")
# words that name a title, a duty or a page part, no body (``工作职责``, ``下属机构``, ``首页``)
_NOT_BODY = re.compile(r"职责|职能|机构$|^(?:首页|导航|简介|概况|联系)|^领导(?!小组)")


# a verb that sets a body up or changes it before the body's name (``成立某工作领导小组``): a clause, no name
_SET_UP = re.compile(r"^(?:成立|设立|组建|建立|调整|健全|完善|明确|关于)")
# the set-up verb a body's own line may open with (``成立某工作领导小组`` over its people and duties): the body is named after it
_SET_UP_OPEN = re.compile(r"^(?:特|现)?(?:成立|设立|组建)了?")
# a duty title run into the body's name on its heading line (``某县卫健局主要职责``, ``某中心工作职责:``)
_TITLE_SUFFIX = re.compile(r"的?(?:工作|主要|具体|基本|职能)?(?:职责|职能|职权|职掌)(?:[与和及](?:任务|职能|职责))?$")
# the duty titles and marks of a heading that ``unit_duty_items._OWNER_NAMED_LIST`` reads with its colon (``某中心主要职责:``,
# ``(二)某局的职能:``): that reader's rows, the first quoted from the name
_OWNERS_TITLE = re.compile(r"的?(?:主要|具体)?(?:职责|职能)")
_OWNERS_MARK = re.compile(rf"[{_GAP}]*(?:[(（](?:[{_CN}]{{1,3}}|\d{{1,2}})[)）]|[{_CN}]{{1,3}}、|\d{{1,2}}[.、．](?!\d))?[{_GAP}]*")
# a role or class word alone names no body (``成员单位``, ``相关部门``: U4a, U7d)
_ROLE_NOUN = re.compile(r"(?:成员|牵头|责任|配合|协办|参与|相关|有关|职能|主管)?(?:单位|部门)")


def body_name(name: str, is_unit) -> bool:
    """Whether ``name`` names one body that can own duties: an organisation's name with its ending (``教务处``,
    ``某区文旅局``, ``办公室(某创建办)``) or a body named by its function (``宣传组``, ``执委会``). Not a person (``校长``),
    a collective (``各…``, ``相关…``), a title or page word (``工作职责``, ``下属机构``), a clause that sets a body up
    (``成立某工作领导小组``)."""
    name = name.strip()
    if len(name) < 2 or name.startswith(("各", "相关", "有关", "所有")) or _NOT_BODY.search(name) or _ROLE_NOUN.fullmatch(name) \
            or _SET_UP.match(name):
        return False
    if function_body_name(name, teams=True):
        return True
    return _ORG_END.search(name) is not None and is_unit(name)


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _first_filled_line(text: str, pos: int) -> int:
    """(unitA38) The start of the first line after ``pos``'s line that holds more than blanks (``len(text)`` if none)."""
    p = _line_end(text, pos) + 1
    while p < len(text) and not text[p:_line_end(text, p)].strip(_GAP):
        p = _line_end(text, p) + 1
    return min(p, len(text))


def _first_filled(text: str, pos: int) -> int:
    """The first position from ``pos`` that holds no blank of ``_GAP`` (``len(text)`` if none)."""
    while pos < len(text) and text[pos] in _GAP:
        pos += 1
    return pos


# the lines of prose that may stand between a body's name and its duty cue (``教务处\n教务处是…部门。\n主要职责:``), before
# any people line; not a line that charges a party or sets an office up (``…下设办公室,办公室负责…``: whose duties follow
# is then unclear)
INTRO_LINES = 2
_OTHER_CHARGE = re.compile(r"负责|下设|设在|牵头")
# (unitB27) the helpers an item opens with (``连同某办等部门拆除…``, ``联合某局等部门,建立…``): the block is its owner's, the
# helpers are neither added nor kept in the task (eval/README.md U8a, twenty-fifth round)
_HELPER_OPEN = re.compile(r"^(?:连同|联合|会同|协同)[^。;；,，]{1,30}?等(?:有关|相关)?(?:部门|单位)[,，]?\s*")
# (unitB27) the sentence that sets up a group's office, said of the group itself (``领导小组下设办公室``, ``下设办公室``)
_OFFICE_SET_UP = re.compile(r"^(?:[\u4e00-\u9fff]{0,20}?(?:小组|委员会|指挥部|工作组))?下设[\u4e00-\u9fff]{0,6}办公室")


def names_below(text: str, seg: str, p: int, limit: int) -> int:
    """(vlabA28) Where the lines after a people line at ``p`` go on: past the next filled line when the people line is a bare
    post closed by its colon (``组长:`` / ``某某``: the line broke after the colon, the names below it), not when that line
    is a post, a duty cue, an item of its own or a duty (``负责…``: the post's own duty, ``某科负责人:`` / ``负责…``)."""
    if seg.strip(_GAP)[-1:] not in (":", "："):
        return p
    while p < limit and not text[p:min(_line_end(text, p), limit)].strip(_GAP):
        p = min(_line_end(text, p), limit) + 1
    nxt = text[p:min(_line_end(text, p), limit)]
    if not nxt.strip(_GAP) or _PEOPLE_LINE.match(nxt) or _DUTY_LABEL.search(nxt) or _DUTY_TITLE.fullmatch(nxt) \
            or _LINE_MARK.match(nxt) is not None or DUTY_VERB.match(nxt.lstrip(_GAP)) is not None:
        return p
    return min(_line_end(text, p), limit) + 1


def duty_cue_end(text: str, pos: int, limit: int) -> int | None:
    """Where the duties begin after a body's name ending at ``pos``: the end of a ``职责:`` label, of a duty title line
    or of a sentence that ends in a duty cue, reached past blank lines, people lines (``组长:…``, ``成员:…``; on a
    run-together group line anything but a sentence's end) and up to ``INTRO_LINES`` lines of prose. None where items,
    another body's name or more prose come first."""
    p = pos
    people, prose = False, 0
    limit = min(limit, len(text))
    while p < limit:
        e = min(_line_end(text, p), limit)  # (a run-together line holds the next group's block after ``limit``)
        seg = text[p:e]
        if p == pos and seg.lstrip(_GAP)[:1] in (":", "："):
            p += len(seg) - len(seg.lstrip(_GAP)) + 1  # (``1.某组:组长:…``: the name's own colon)
            continue
        if not seg.strip(_GAP):
            p = e + 1
            continue
        m = _DUTY_LABEL.search(seg)
        if _PEOPLE_LINE.match(seg) or _BARE_POST_LINE.match(seg):
            if m is not None and "。" not in seg[:m.start()].rstrip(_GAP).rstrip("。"):
                return p + m.end()  # (a run-together group line: ``组长:… 成员:… 职责:…``; (unitB27) ``…成员:某某。职责:…``)
            p, people = names_below(text, seg, e + 1, limit), True
            continue
        if people and DUTY_VERB.match(seg.lstrip(_GAP)) is not None:
            return p  # (the group's duty paragraph right under its people lines, no label: ``负责…``)
        if m is not None and m.start() == len(seg) - len(seg.lstrip(_GAP)) and not _DUTY_TITLE.fullmatch(seg):
            return p + m.end()  # (a ``职责:`` label line with its duty)
        if _DUTY_TITLE.fullmatch(seg):
            return e
        if (intro := _INTRO_END.search(seg)) is not None:
            return p + intro.end()
        if people and _OFFICE_SET_UP.match(seg.lstrip(_GAP)) is not None:
            p = e + 1  # (unitB27) the group's office set up under its people (``领导小组下设办公室,…``): the group's duties follow
            continue
        prose += 1
        if prose > INTRO_LINES or people or _OTHER_CHARGE.search(seg) or _LINE_MARK.match(seg) is not None \
                or _NAME_LINE.match(seg) or _GROUP_HEAD.match(seg):
            return None  # (items, another body, a charge or an office of its own, more prose: no cue of this body)
        p = e + 1
    return None


# (unitB27) what a page break of a doc-sharing copy leaves on a line of its own: a short Latin token (``fpg``), a page counter
# (``第 2 页 共 5 页``, ``- 2 -``, ``2/5``) or a bare page number
_PAGE_FURNITURE = re.compile(r"[ \t\u3000]*(?:[A-Za-z]{2,6}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|[-—]\s*\d{1,3}\s*[-—]|"
                             r"\d{1,3}(?:\s*/\s*\d{1,3})?)[ \t\u3000]*")


def page_furniture_line(line: str) -> bool:
    """(unitB27) Whether ``line`` is a page break's leftover of a doc-sharing copy (``fpg``, ``第 2 页 共 5 页``, ``- 2 -``,
    ``3``): no text of the list it stands in, which goes on after it."""
    return _PAGE_FURNITURE.fullmatch(line) is not None


def wrapped_on(text: str, item_end: int, p: int, e: int) -> bool:
    """(unitB27) Whether the unmarked line ``text[p:e]`` goes on with the item above, which ends at ``item_end``: the
    item's line stops inside its sentence (no ``。;；!?:`` at its end) and this line closes it (``…按\n照职责做好…。``)."""
    prev = text[:item_end].rstrip(_GAP)
    gap = text[item_end:p].split("\n")[1:-1]  # (the lines between: blank or a page break's leftovers only)
    return text[item_end:p].startswith("\n") and all(not g.strip(_GAP) or page_furniture_line(g) for g in gap) \
        and prev[-1:] not in ("。", ";", "；", "!", "！", "?", "？", ":", "：", "") \
        and text[p:e].rstrip(_GAP)[-1:] in ("。", ";", "；")


def _kind(m: re.Match[str]) -> str:
    return m.lastgroup or ""


def _items(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each duty item after the cue ending at ``pos``: circled items run together (``①…;②…``), a
    single duty run on after a label, or the marked lines below (one kind of mark, blank lines between allowed)."""
    e = min(_line_end(text, pos), limit)
    rest = text[pos:e]
    out: list[tuple[int, int]] = []
    if rest.strip(_GAP):
        from extract.rules.unit_duty_items import _inline_items, _mark_at
        if _mark_at(text, pos + len(rest) - len(rest.lstrip(_GAP))) is not None:
            return _inline_items(text, pos)  # (``职责:1.…;2.…``, ``职责:(一)…;(二)…``)
        marks = list(_CIRCLED.finditer(text, pos, e))
        if marks and text[pos:marks[0].start()].strip(_GAP) == "":
            for i, c in enumerate(marks):
                if i + 1 < len(marks):
                    out.append((c.end(), marks[i + 1].start()))
                else:
                    last = _SENTENCE_END.search(text, c.end(), e + 1)
                    out.append((c.end(), last.start() if last else e))
            return out
        a = pos + len(rest) - len(rest.lstrip(_GAP))
        s = _SENTENCE_END.search(text, a, e + 1)
        return [(a, s.start() if s else e)]
    kind = None
    p = e + 1
    while p < min(limit, len(text)):
        e = _line_end(text, p)
        line = text[p:e]
        if not line.strip(_GAP):
            p = e + 1
            continue
        if out and page_furniture_line(line):
            p = e + 1  # (unitB27) a page break's leftover between two items (``fpg``, ``第 2 页 共 5 页``): the list goes on
            continue
        if not out and _udl.page_meta_line(line):
            p = e + 1  # (unitA38) the page's record fields under its title (``时间:…浏览:…``): the items follow
            continue
        m = _LINE_MARK.match(text, p)
        if (m is None or m.end() == p) and out and wrapped_on(text, out[-1][1], p, e):
            s = _SENTENCE_END.search(text, p, e + 1)  # (unitB27) the item's line broken inside its sentence: it goes on here
            out[-1] = (out[-1][0], s.start() if s and s.start() < e else e)
            p = e + 1
            continue
        if m is None or m.end() == p or (kind is not None and _kind(m) != kind):
            break
        kind = _kind(m)
        if (run := _udl.numbered_run(text, p, e)) is not None:  # (unitA38) ``1. 编制…。 2. 组织…。``: one line, many items
            for a, b in run:
                s = _LINE_STOP.search(text, a, b)
                out.append((a, s.start() if s else b))
            p = e + 1
            continue
        s = _SENTENCE_END.search(text, m.end(), e + 1)
        out.append((m.end(), s.start() if s and s.start() < e else e))
        p = e + 1
    return out


# the verb a duty opens with, its subject left unsaid (``负责…``, ``研究制定…``, ``对…进行调查研究``): a body's line of duties
DUTY_VERB = re.compile(r"(?:负责|研究|制定|制订|拟定|拟订|起草|指导|协调|组织|领导(?!小组)|统筹|承办|承担|贯彻|执行|策划|监督|督促|编制|审核|"
                       r"审批|组建|管理|受理|办理|参与|协助|配合|完成|做好|开展|推进|落实|宣传|提供|维护|保障|建立|健全|"
                       r"对[^。;；,，\n]{2,30}(?:进行|实施|开展))")


_DASH = re.compile(rf"[-–•·●▪*][{_GAP}]*")


def unmarked_duty_lines(text: str, pos: int, limit: int, first_on_line: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the duty lines with no mark under a body's name ending at ``pos`` (``某县文旅局\n编制…。\n指导…。``):
    consecutive lines, blank lines between allowed, each opening with a duty verb and its subject left unsaid
    (``DUTY_VERB``), two at least, or one after a duty run on from the name's own line (``first_on_line``: ``• 某科 负责…``
    then ``组织…`` below). The list ends at the first line that opens otherwise."""
    out: list[tuple[int, int]] = []
    bullets = 0  # (unitA38) how many of the items so far stood after a bullet
    p = _line_end(text, pos) + 1
    while p < min(limit, len(text)):
        e = _line_end(text, p)
        line = text[p:e]
        if not line.strip(_GAP):
            p = e + 1
            continue
        a = p + len(line) - len(line.lstrip(_GAP))
        if (dash := _DASH.match(text, a)) is not None:
            a = dash.end()  # (unitB27) a dash or dot bullet before the duty (``- 负责…``): a list's lowest mark, no number
        if DUTY_VERB.match(text, a) is None and not (dash is not None and out and bullets == len(out)
                                                     and _udl.bulleted_duty_goes_on(text[a:e])):
            break  # ((unitA38) a bulleted list goes on by its shape: ``- 及时发现…`` after ``- 制定…``, whatever its verb)
        bullets += dash is not None
        s = _LINE_STOP.search(text, a, e + 1)
        out.append((a, s.start() if s and s.start() < e else e))
        p = e + 1
    return out if len(out) >= 2 or (out and first_on_line) else []


# a body's name after a bullet with its first duty run on after it (``• 某科 负责…``; the space may be gone); the bullets
# are ground's list marks (``extract.ground._BULLETS``)
# (vnumA28) or after any list mark of ``_LINE_MARK`` (``① 某科 负责…``, ``(二)某科负责…``): the list's numbering is no cue
_BULLET_BODY = re.compile(rf"^[{_GAP}]*(?:[{_BULLETS}]|[①-⑳]|[(（](?:[{_CN}]{{1,3}}|\d{{1,2}})[)）]|[{_CN}]{{1,3}}、|\d{{1,2}}[.、．](?!\d))"
                          rf"[{_GAP}]*(?P<run>[\u4e00-\u9fff()（）]{{2,40}})", re.M)


def numbered_body_block(text: str, run: int) -> bool:
    """(vnumA28) Whether the numbered line whose text starts at ``run`` (``② 某科 负责…``) heads a body's block as a
    bulleted one does: duty lines with no mark of their own go on below it (``unmarked_duty_lines``). A numbered line
    alone (``2.某局负责…。``) is a sentence of a list, read by the prose readers."""
    return bool(unmarked_duty_lines(text, run, len(text), True))


def bullet_body(run: str, is_unit) -> int:
    """The length of the body's name that opens a bulleted line's ``run`` of characters with its first duty right
    after it (``某科负责…``, ``某办公室对…进行调查``): the shortest opening that reads as a body (``body_name``) and is
    followed by a duty verb (``DUTY_VERB``); 0 if none."""
    for k in range(2, min(len(run) - 2, 20) + 1):
        if run.startswith(("负责人", "負責人"), k):
            return 0  # (``某科负责人:``: the body's head, a post, U4a: no duty verb)
        if DUTY_VERB.match(run, k) is not None and body_name(run[:k], is_unit):
            return k
    return 0


def _posts_own_duties(text: str, heads: list[tuple[int, int, str]]) -> bool:
    """(lead52) Whether each of one body's post lines has a duty cue of its own before the next: the duties are the posts'."""
    for i, (a, b, _n) in enumerate(heads):
        limit = heads[i + 1][0] if i + 1 < len(heads) else min(len(text), b + 400)
        if duty_cue_end(text, b, limit) is None:
            return False
    return True


def _body_starts(text: str, is_unit) -> list[tuple[int, int, str]]:
    """(name start, name end, name) of each body named alone on its line or at the head of a group's line."""
    out = []
    for m in _NAME_LINE.finditer(text):
        name = m.group("name")
        if (t := _TITLE_SUFFIX.search(name)) is not None:
            if m.group("colon") and _OWNERS_TITLE.fullmatch(t.group()) and _OWNERS_MARK.fullmatch(m.group()[:m.start("name") - m.start()]):
                continue  # (``某中心主要职责:`` over its items: the owner's named list, ``unit_duty_items.owner_duty_items``)
            name = name[:t.start()]  # (the title stays after the name: ``duty_cue_end`` reads it as the cue)
        elif m.group("colon") and not _PEOPLE_LINE.match(text, _first_filled_line(text, m.end())):
            continue  # (``某局:`` over its lines: a label, read by the label readers, U8a; (unitA38) ``某组:`` over its
            # people lines, ``组长:…``, is the group's name over its make-up and its duties, as without the colon)
        k = su.end() if (su := _SET_UP_OPEN.match(name)) is not None else 0
        if len(name) - k <= 20 and body_name(name[k:], is_unit):  # (U7d: the body set up, as written after the verb)
            out.append((m.start("name") + k, m.start("name") + len(name), name[k:]))
    if "长" in text or "任" in text:
        heads = []
        for m in group_heads(text):  # (speedA26) ``_GROUP_HEAD.finditer``, tried at the post words' runs only
            name = m.group("name")
            if name.endswith(("组", "常务")) and not function_body_name(name, teams=True) and name[:-1]:
                name = name[:-1]  # (``宣传组组 长``: the post's ``组`` read into the name)
            if body_name(name, is_unit) and not _uht.post_holds_duty(text[m.end("name"):m.end("name") + 24]):  # (unitA27)
                heads.append((m.start("name"), m.start("name") + len(name), name))
        # (lead52) one body's posts each over a duty line of its own (``1.办公室主任:某某`` / ``职责:…`` / ``2.办公室成员:某某`` /
        # ``职责:…``): the duties are the posts' (people's, U4a), not the body's
        named = [h[2] for h in heads]
        out += [h for h in heads if named.count(h[2]) < 2 or not _posts_own_duties(text, [g for g in heads if g[2] == h[2]])]
    for m in _BULLET_BODY.finditer(text):  # (vnumA28) any list mark: the bullet test of speedA26 no longer bounds it
        if (k := bullet_body(m.group("run"), is_unit)) > 0 and (m.group().lstrip(_GAP)[0] in _BULLETS
                                                               or numbered_body_block(text, m.start("run"))):
            out.append((m.start("run"), m.start("run") + k, m.group("run")[:k]))
    return sorted(set(out))


def may_hold_body_duties(text: str) -> bool:
    """A cheap word test that ``body_duty_rows`` finds nothing where it fails: each of its items follows a duty cue
    (``职责``, ``职能``, ``任务`` in ``_DUTY_LABEL``, ``_DUTY_TITLE``, ``_INTRO_END``) or opens with a duty verb
    (``DUTY_VERB``: the lines under a people line, under a name or run on after it)."""
    return "负责" in text or "职责" in text or "职能" in text or "任务" in text or DUTY_VERB.search(text) is not None


def body_duty_rows(text: str, is_unit) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each duty item of a body's duty block (the module's docstring)."""
    text = _udl.cell_blanked(text)  # (unitA38) a one-column table's cells: the pipes closing them are no text
    starts = _body_starts(text, is_unit)
    out = []
    for i, (a, b, name) in enumerate(starts):
        limit = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        cue = duty_cue_end(text, b, min(limit, b + 400))
        if cue is not None:
            items = _items(text, cue, limit) or unmarked_duty_lines(text, cue, limit, True)  # (a cue over plain lines)
        elif (k := _first_filled(text, b)) < _line_end(text, b) and DUTY_VERB.match(text, k) is not None:
            # (``• 某科 负责…。``: the first duty on the name's own line, quoted from the name; the rest below)
            e0 = text.find("。", b, _line_end(text, b))
            items = [(a, e0 if e0 >= 0 else _line_end(text, b))] + unmarked_duty_lines(text, b, limit, True)
        else:
            items = unmarked_duty_lines(text, b, limit)
        for s, e in items:
            if s >= limit:
                break  # (a run-together line: the next group's name and its own items)
            e = min(e, limit)
            body = text[s:e].strip(_GAP).rstrip("。;；,，")
            s += len(text[s:e]) - len(text[s:e].lstrip(_GAP))
            if len(body) < 2 or _CONTACT.search(body) or (s != a and item_subject(body, is_unit) is not None):
                continue
            task = _CLAUSE_END.split(_HELPER_OPEN.sub("", body[b - s:].lstrip(_GAP) if s == a else body, count=1), maxsplit=1)[0].strip()
            if len(task) < 2:
                continue
            out.append((s, s + len(body), task, [name], []))
    return out


# -- (unitA34) a group staffed by a body: ``(一)统筹组:主席团`` over ``任务:1、…`` ------------------------------------------

# a working group's line that names the bodies staffing it after its colon, alone on its line (``(二)节目组:文艺部``,
# ``(三)宣传组:宣传部和组织部``)
_STAFFED = re.compile(rf"^(?:{_LINE_MARK.pattern})?(?P<group>[\u4e00-\u9fff]{{2,10}})[{_GAP}]*[:：][{_GAP}]*"
                      rf"(?P<bodies>[\u4e00-\u9fff]{{2,12}}(?:(?:和|与|及|、)[\u4e00-\u9fff]{{2,12}}){{0,3}})[{_GAP}]*$", re.M)
# the cue of the staff's work on the line below, for all of them or for one by name (``任务:``, ``宣传部任务:``, ``职责:``)
_STAFF_CUE = re.compile(rf"[{_GAP}]*(?P<who>[\u4e00-\u9fff]{{2,12}}?)?的?(?:主要|具体|工作)?(?:任务|职责|分工)[{_GAP}]*[:：][{_GAP}]*")
_ITEM_MARK_AT = re.compile(rf"[{_GAP}]*(?:\d{{1,2}}[.、．](?!\d)|[(（]\d{{1,2}}[)）]|[①-⑳])[{_GAP}]*")


def staffed_group_bodies(line: str, is_unit) -> list[str] | None:
    """(unitA34) The bodies a working group's line names as its staff (``(一)统筹组:主席团`` -> [``主席团``],
    ``宣传组:宣传部和组织部`` -> both); None where the line is no such line or a name after the colon is no body (a
    person, a place, a time: ``活动地点:礼堂``)."""
    m = _STAFFED.match(line)
    if m is None or not function_body_name(m.group("group"), teams=True) and not m.group("group").endswith(("组", "台", "队")):
        return None
    bodies = re.split(r"和|与|及|、", m.group("bodies"))
    return bodies if all(body_name(b, is_unit) for b in bodies) else None


def staffed_group_rows(text: str, is_unit) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(unitA34) A working group's line naming the body that staffs it, over a ``任务:`` line and its numbered items
    (``(一)统筹组:主席团\n任务:1、确定嘉宾\n2、对晚会进行反馈``): each item is the staffing body's row (the group is
    staffed by it, the body carries out the group's work, as role labels in a group's block say who does it, U4, U8a),
    lead the body as written, responsible ``[]``. A cue naming one of the bodies (``宣传部任务:…``) gives that body its
    items. The first row of a block quotes from the group's name (or the body's cue) to the end of its item, the others
    their item text (mark left out). Not: a line with no ``任务:``/``职责:`` cue below it, a name after the colon that is
    no body (``活动地点:礼堂``, people)."""
    if "任务" not in text and "职责" not in text and "分工" not in text:
        return []
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    for m in _STAFFED.finditer(text):
        bodies = staffed_group_bodies(m.group(), is_unit)
        if bodies is None:
            continue
        p, first_at, owner = m.end() + 1, m.start("group"), None
        while p < len(text):
            e = _line_end(text, p)
            line = text[p:e]
            cue = _STAFF_CUE.match(line)
            if cue is not None and (cue.group("who") is None or cue.group("who") in bodies):
                owner = [cue.group("who")] if cue.group("who") else bodies
                if cue.group("who"):
                    first_at = p + cue.start("who")
                a = p + cue.end()
                if (mk := _ITEM_MARK_AT.match(text, a)) is not None:
                    a = mk.end()
            elif owner is not None and (mk := _ITEM_MARK_AT.match(line)) is not None:
                a = p + mk.end()
            else:
                break
            stop = _LINE_STOP.search(text, a, e + 1)
            b = stop.start() if stop and stop.start() < e else e
            body = text[a:b].rstrip(_GAP + "。;；,，")
            if len(body) >= 2:
                out.append((first_at if first_at is not None else a, a + len(body), body, list(owner), []))
            first_at = None
            p = e + 1
    return out

