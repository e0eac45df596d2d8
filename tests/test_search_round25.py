"""The twenty-fifth round's search changes (made-up text only): a count in Chinese numerals shows a quantity to the type
filter (``fusion.WORD_COUNT``, ``index.PASSAGE_CUES``); a section a question names after its department stands for
it in the unit list (``fusion.section_units``)."""

from extract.search import index as index_mod
import random

from extract.search.fusion import _SECTION, WORD_COUNT, section_names, section_units
from extract.search.index import PASSAGE_CUES
from search_kit import index_one

COMMITTEE = ("示例县示例推动会设置要点\n\n"
             "一、示例县政府为推动本县示例业务,特设示例推动会(以下简称本会)。\n\n"
             "二、本会任务如下:\n"
             "(一)协调、研究及咨询示例服务之推动事项。\n"
             "(二)审议示例服务相关计划。\n"
             "三、本会置委员十三人,其中一人为召集人,由县长兼任,其余委员由县长就下列人员遴选聘兼任:\n"
             "(一)本府示例局局长。\n"
             "(二)本府样板局局长。\n"
             "(三)本府范例处处长。\n"
             "(四)示例相关学者专家、民间机构、团体代表。\n"
             "前项委员代表其单一性别不得少于三分之一。\n"
             "四、本会执行秘书一人,由本府示例局局长兼任;本会幕僚作业,由本府示例局负责,并得视业务需要进用人员协助。\n"
             "五、本会每年召开会议二次,必要时得召开临时会议。\n")


_index = index_one  # (tests/search_kit.py: one small text indexed)


def counts_in_words(text: str) -> bool:
    return WORD_COUNT.search(text) is not None


def test_counts_in_words():
    assert counts_in_words("本会置委员十三人") and counts_in_words("设两所分校") and counts_in_words("二十三个示例项目")
    assert counts_in_words("从每年十项示例实事")
    assert not counts_in_words("新增床位超千张") and not counts_in_words("惠及近万人")
    assert not counts_in_words("其中一人为召集人") and not counts_in_words("第三个示例") and not counts_in_words("三是加强示例")
    cue = PASSAGE_CUES["numeric_target"]
    assert cue.search("本会置委员十三人") and cue.search("新建12所") and not cue.search("一人为召集人")


def test_a_count_in_words_is_searched_under_the_target_filter(tmp_path):
    with _index(tmp_path, "committee.txt", COMMITTEE) as idx:
        idx.sync()
        hits = idx.search("示例推动会有几名委员", top_k=5, types=["numeric_target"])
        assert any("委员十三人" in h.quote for h in hits)
        assert all(h.type in ("numeric_target", "passage") for h in hits)


def test_section_units():
    assert section_units("示例县委宣传部网络宣传科负责什么", ["示例县委", "宣传部"]) == ["网络宣传科"]
    assert section_units("某省示例厅基础教育处承担哪些任务", ["示例厅"]) == ["基础教育处"]
    assert section_units("工信部哪个司负责示例项目", ["工信部"]) == ["工信部"]  # a question word, not a section
    assert section_units("区示例委办公室牵头做什么", ["示例委", "办公室"]) == ["示例委", "办公室"]  # every unit's office
    assert section_units("县示例局和县样板委负责哪些", ["示例局", "样板委"]) == ["示例局", "样板委"]
    # a section no text holds leaves the units as they were
    assert section_units("示例县委宣传部网络宣传科负责什么", ["示例县委", "宣传部"], lambda name: False) == ["示例县委", "宣传部"]


def test_section_names_hold_what_the_text_holds():
    # the set ``index`` tests a section's name against answers as a scan of the texts would
    rng = random.Random(26)
    chars = "示例样板科处司室股部局委厅办网络文旅非遗的和 \n,1"
    for _ in range(300):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        held = section_names(text)
        for _ in range(20):
            a = rng.randint(0, len(text))
            q = text[a:a + rng.randint(3, 10)] if rng.random() < 0.5 else "".join(rng.choice(chars) for _ in range(9))
            for i in range(len(q)):
                m = _SECTION.match(q, i)
                if m is not None:
                    assert (m.group(0) in held) == (m.group(0) in text), (text, m.group(0))
        for name in held:
            assert name in text
    assert "非遗保护科" in section_names("• 非遗保护科 整理名录") and "保护科" in section_names("非遗保护科")
    assert "局保护科" not in section_names("文旅局保护科")


DUTIES = ("样板市文旅局内设机构\n\n"
          "承担样板市文旅局年度工作计划的拟订和督办。\n\n"
          "管理样板市文旅局的财务、资产和内部审计。\n\n"
          "指导样板市文旅局系统的干部培训工作。\n\n"
          "• 非遗保护科 整理样板市非遗名录,组织传承人研修和展演活动。\n")


def test_a_section_named_after_its_department_finds_its_own_lines(tmp_path, monkeypatch):
    with _index(tmp_path, "duties.txt", DUTIES) as idx:
        idx.sync()
        q = "样板市文旅局非遗保护科负责什么"
        on = idx.search(q, top_k=5)
        monkeypatch.setattr(index_mod, "SECTION_UNITS", False)
        off = idx.search(q, top_k=5)
        rank = lambda hits: next((i for i, h in enumerate(hits) if "传承人研修" in h.quote), len(hits))
        assert rank(on) == 0 and rank(on) <= rank(off)
