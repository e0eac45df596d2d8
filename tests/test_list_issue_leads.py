from pathlib import Path
import tempfile

from extract.rules.list_issue_leads import is_item_title, tells_list_issued


def test_story_of_a_list_issued():
    assert tells_list_issued("近日,某市印发了2031年十件民生实事项目清单,涵盖多个方面。")
    assert tells_list_issued("《某市2031年重点民生实事工作目标任务》已经正式印发。")
    assert tells_list_issued("某区发布了十项2031年为民办实事项目。")


def test_story_near_misses():
    assert not tells_list_issued("某区公布了2031年民生实事项目完成情况。")
    assert not tells_list_issued("某区印发了《某区养老服务条例》。")
    assert not tells_list_issued("某市2031年实事项目全部完成,满意度为92分。")


def test_item_title():
    assert is_item_title("城市公园建设")
    assert is_item_title("农村公路加装护栏")
    assert not is_item_title("某区发布了十项实事。")
    assert not is_item_title("在创业就业方面,实施补贴")
    assert not is_item_title("12")


def _values(text):
    from extract.ingest import read_document
    from extract.pipeline import process_document
    p = Path(tempfile.mkdtemp()) / "x-issue.txt"
    p.write_text(text)
    return sorted(r.value for r in process_document(read_document(p), "rules").records if r.type == "numeric_target")


def test_item_body_after_the_story_gives_targets():
    story = "《某市2031年重点民生实事工作目标任务》已经正式印发。一起看看今年的实事。\n"
    body = "甲区缓堵促畅\n通过多种方式改善交通环境。启动160个项目,完工投用140个项目。\n"
    assert _values(story + body) == [140.0, 160.0]
    assert _values("某市交通情况介绍。\n" + body) == []
