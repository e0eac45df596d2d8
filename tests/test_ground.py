"""Made-up tests for ground: the edges of a goal's quote (eval/README.md O5): a bullet that opens the line is no part of
it (the normaliser drops a teaser's ``•``), and a line-final ``:`` closes the sentence."""

from extract.ground import _whole_sentence, past_bullet
from tests.rules_kit import records


def test_past_bullet():
    s = "新闻提要\n • 某区游泳馆预计2035年6月完工。\n"
    a = s.index("•")
    assert s[past_bullet(s, a, len(s)):].startswith("某区游泳馆")
    assert past_bullet(s, 0, len(s)) == 0  # no bullet: the start as it is


def test_whole_sentence_past_bullet_and_final_colon():
    s = "要闻\n● 某镇预计2036年建成文化广场\n下文"
    a = s.index("某镇")
    assert _whole_sentence(s, a, s.index("\n下文"))
    t = "导读\n到2037年,全区将实现:\n1.…"
    assert _whole_sentence(t, t.index("到"), t.index(":"))
    assert not _whole_sentence("到2037年实现:全区…", 0, 7)  # a colon inside the line: the sentence goes on


def test_teaser_bullet_repeating_the_body():
    page = ("某区游泳馆开工建设\n"
            "某区游泳馆预计2035年6月完工。\n"
            "  • 某区游泳馆预计2035年6月完工。\n"
            "本报讯 某区游泳馆昨日开工,项目总投资1.2亿元。\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert quotes == ["某区游泳馆预计2035年6月完工", "某区游泳馆预计2035年6月完工"]  # the bullet's copy: bare too
