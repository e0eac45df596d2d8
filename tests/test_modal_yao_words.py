"""``cues._MODAL``: ``要`` inside a word that is no modal (重要, 纲要, 摘要, ``(主要是…)``, 主要职掌) lends no commitment."""

from extract.cues import _MODAL, commitment_cues


def test_yao_inside_a_word_is_no_modal():
    assert "modal" not in commitment_cues("其中松林(主要是马尾松)")
    assert "modal" not in commitment_cues("把书屋建设作为重要的民生工程,修缮书屋")
    assert "modal" not in commitment_cues("落实书屋发展纲要和")
    assert _MODAL.search("本馆主要职掌如下,编制员额") is None


def test_yao_as_a_modal_still_counts():
    assert "modal" in commitment_cues("今年要新建书屋")
    assert "modal" in commitment_cues("要求各镇新建书屋")
    assert "modal" in commitment_cues("需要新建书屋")
    assert "modal" in commitment_cues("今年主要任务有")
