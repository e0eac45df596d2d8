"""A progress table's row flattened to one line: the task with its count, then what was done (N13 on the result)."""

from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.task_result_lines import result_at_end, task_end


def _targets(text: str) -> list[tuple[float, str]]:
    doc = prepare(Document(doc_id="t", path="t.txt", text=text, encoding="utf-8", sha256=Document.hash_text(text)))
    return sorted((r.value, r.unit) for r in RulesExtractor(decider=None).extract(doc)
                  if type(r).__name__ == "NumericTarget")


def test_count_done_with_rate_closes_the_row():
    line = "4.建设口袋公园18个完成7个,完成率38.9%"
    assert result_at_end(line) == line.index("完成7个")
    assert task_end(line) == line.index("完成7个")


def test_count_done_in_a_related_measure():
    line = "2.开展家政技能培训1200人次累计完成860人"
    assert result_at_end(line) == line.index("累计完成")


def test_rate_alone_ties_a_count_of_another_measure():
    line = "3.不少于20%的小学开设课后托管班完成16所,完成率21%"
    assert result_at_end(line) == line.index("完成16所")


def test_task_met_without_a_count():
    line = "5.80%的街道设立调解室已完成(完成82%)"
    assert result_at_end(line) == line.index("已完成")


def test_prose_is_no_row():
    assert result_at_end("春季完成300场,秋季完成500场。") is None  # a time word before the verb
    assert result_at_end("1.计划改造道路12条,改造9条,年内完成12条。") is None
    assert result_at_end("全区新建书屋5个。目前书屋装修已完成") is None  # a sentence closes before it
    assert result_at_end("道路改造任务已完成") is None  # no count in the task
    assert result_at_end("1.改造道路12条完成3座桥") is None  # another measure and no rate
    assert result_at_end("新建书屋5个,完成3个,完成率60%") is None  # set off by a comma: prose's clause


def test_no_result_reads_the_whole_line():
    line = "6.新增停车泊位900个"
    assert task_end(line) == len(line)


def test_rows_of_a_progress_table_end_to_end():
    text = ("某市2037年5月惠民行动进展情况表\n"
            "项目名称 年度目标任务 完成进度\n"
            "1.新增托育托位640个 完成210个,完成率32.8%\n"
            "2.开展老年人健康体检不少于5万人次 完成1.8万人次,完成率36%\n"
            "3.建设社区食堂12个 已完成\n")
    got = _targets(text)
    assert (640.0, "个") in got and (5.0, "万人次") in got and (12.0, "个") in got
    assert not any(v in (210.0, 32.8, 1.8, 36.0) for v, _ in got)  # the results are status


def test_item_task_then_report_sentence():
    from extract.rules.task_result_lines import result_sentence
    line = "2.新建社区公园6个,新增绿道35公里。截至8月底,已建成社区公园4个。"
    assert result_sentence(line) == line.index("截至")
    line = "(三)改造农贸市场9个。1-7月,完成改造5个。"
    assert result_sentence(line) == line.index("1-7月")


def test_item_not_task_then_report():
    from extract.rules.task_result_lines import result_sentence
    assert result_sentence("2.已建成社区公园6个。截至8月底,全部开放。") is None  # the first sentence is done
    assert result_sentence("2.新建社区公园6个。下一步,加快施工。") is None  # no period to date opens the next one
    assert result_sentence("2.公园建设:任务数6个。截至8月底,完成4个。") is None  # a labelled quota
    assert result_sentence("新建社区公园6个。截至8月底,完成4个。") is None  # no item


def test_item_report_end_to_end():
    text = ("现将某区2037年重点工作上半年完成情况通报如下:\n一、主要任务完成情况\n(一)其他任务完成情况\n"
            "1.引进龙头企业投资项目不少于4个;新开工产业项目60个。上半年,引进龙头企业投资项目2个;新开工产业项目41个。\n")
    assert _targets(text) == [(4.0, "个"), (60.0, "个")]  # the task; the half-year's results are status
