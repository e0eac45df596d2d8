"""``rules.overview_headings.names_situation``: headings that name the situation a plan answers or its base (N13)."""

from extract.rules.overview_headings import names_situation, situation_path


def test_challenges_pressing_trends_and_bases_name_a_status_section():
    assert names_situation("二、面临的挑战")
    assert names_situation("(一)挑战与机遇")
    assert names_situation("三、机遇与挑战")
    assert names_situation("书屋建设的三大挑战")
    assert names_situation("一、人口形势日趋严峻")
    assert names_situation("(二)既有积淀")
    assert names_situation("一、发展基石")


def test_tasks_against_a_challenge_and_sentences_are_no_such_heading():
    assert not names_situation("积极应对挑战")
    assert not names_situation("应对人口老龄化挑战")
    assert not names_situation("一、总体目标")
    assert not names_situation("三、机遇与挑战并存,必须加快新建书屋,全面提高服务质量。")


def test_a_section_under_such_a_heading_is_read_as_a_report():
    assert situation_path(["某县书屋发展规划", "(一)挑战与机遇"])
    assert not situation_path(["某县书屋发展规划", "(二)主要任务"])
