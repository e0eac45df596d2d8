"""Overview headings: a section that states what exists now (概况, 简况) holds no targets (made-up texts)."""

import hashlib

from extract.cues import heading_reviews_past
from extract.data import Document
from extract.pipeline import process_document
from extract.rules.overview_headings import names_overview


def targets(text):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [r for r in process_document(doc, "rules").records if r.type == "numeric_target"]


def test_overview_headings():
    assert names_overview("一、某街道养老服务概况")
    assert names_overview("(一)基本概况")
    assert names_overview("學校概況")
    assert names_overview("二、全镇简况")
    assert heading_reviews_past("一、某社区卫生服务概况")


def test_works_overview_and_sentences_are_not():
    assert not names_overview("一、项目概况")
    assert not names_overview("(二)工程概況")
    assert not names_overview("三、活动概况")
    assert not names_overview("一、概况")  # the bare word: a plan's own overview may state its commitments
    assert not names_overview("三、主要任务")
    assert not names_overview("会议听取了全县各乡镇文化站建设概况的汇报并提出了下一步要求。")


PLAN = ("某农场社区服务工作计划\n"
        "一、社区服务概况\n"
        "服务面积52公顷,服务人口2480人,管理住宅418户,绿化面积9公顷。\n"
        "二、工作目标\n"
        "2031年底前新建社区活动室3个,绿化覆盖率达到40%以上。\n")


def test_overview_figures_give_no_targets():
    ts = targets(PLAN)
    assert sorted((t.value, t.unit) for t in ts) == [(3, "个"), (40, "%")]


def test_same_figures_under_a_plain_heading_stay():
    # the figures were taken only because the section is part of the plan: without the overview heading they stay
    ts = targets(PLAN.replace("一、社区服务概况", "一、社区服务"))
    assert (2480, "人") in [(t.value, t.unit) for t in ts]
