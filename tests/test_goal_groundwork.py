"""(goalA28) Made-up tests for goal_groundwork: the clause of what the year's work lays the ground for names a period
ahead, no past (O3i)."""

from extract.rules.goal_groundwork import without_groundwork
from rules_kit import records


def test_groundwork_blanked():
    s = "坚持立德树人,为“十六五”时期全县教育事业发展打下坚实基础"
    out = without_groundwork(s)
    assert len(out) == len(s) and "十六五" not in out and out.startswith("坚持立德树人,")
    assert "十六五" not in without_groundwork("为十六五开好局奠定良好基础")
    assert without_groundwork("“十五五”以来累计新建书屋30个") == "“十五五”以来累计新建书屋30个"  # no such clause


def test_year_requirements_with_groundwork_end_to_end():
    page = ("某县文旅局2031年工作要点\n\n2031年全县文旅工作的总体要求是:坚持稳中求进,全面完成“十五五”规划目标任务,"
            "为“十六五”时期全县文旅事业高质量发展打下坚实基础。\n\n一、加强阵地建设。\n")
    goals = records(page, "goal")
    assert [g.target_year for g in goals] == [2031] and goals[0].quote.startswith("2031年全县文旅工作的总体要求是")
    trad = ("某縣文旅局2031年工作要點\n\n2031年全縣文旅工作的總體要求是:堅持穩中求進,為“十六五”時期全縣文旅事業發展奠定堅實基礎。\n\n"
            "一、加強陣地建設。\n")
    assert [g.target_year for g in records(trad, "goal")] == [2031]
    past = "某县文旅局2031年工作总结\n\n“十五五”以来,全县已累计新建书屋30个。\n"
    assert records(past, "goal") == []
