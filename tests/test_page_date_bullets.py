"""Tests for the bulleted date line of a page's byline (``• 2031-05-29``): the page's own date. Made-up text."""

from extract.structure import structure


def test_bulleted_date_line_dates_the_page():
    assert structure("某网问答\n• 2033-05-29\n《某规划(2021-2030年)》提出,到2030年,某率达到20%。\n").meta.date == "2033-05-29"
    assert structure("某报\n  · 2033.05.30\n正文。\n").meta.date == "2033-05-30"


def test_bullet_before_other_text_is_no_date_line():
    assert structure("正文。\n• 2033-05-29 某区召开会议,部署工作\n").meta.date is None  # a list item that opens with a date
    assert structure("正文。\n• 2033-05-29\n• 2033-06-01\n").meta.date is None  # an aggregator's list: several dates
