"""Made-up texts for ``extract.rules.goal_year_guidelines``: a year's work and the line it holds to (O3i, O3)."""

from rules_kit import records
from extract.rules.goal_year_guidelines import year_work_guideline


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def test_year_work_guideline():
    assert year_work_guideline("2031年,全县卫生健康工作要全面贯彻某会议精神,坚持预防为主,确保各项任务落地见效")[0] == 2031
    assert year_work_guideline("2031年全区安全生产工作,坚持以某思想为指导,全面贯彻某会议精神")[0] == 2031
    assert year_work_guideline("2032年度某镇教育工作将紧紧围绕办人民满意教育,推动优质均衡")[0] == 2032
    assert year_work_guideline("2031年全區食品安全工作,堅持以某思想為指導")[0] == 2031


def test_year_work_guideline_near_misses():
    assert year_work_guideline("2030年全区安全生产工作坚持以人民为中心,取得了明显成效")[0] is None  # told as done
    assert year_work_guideline("按照2031年工作要求,坚持稳中求进")[0] is None  # the year is not the opening
    assert year_work_guideline("2031年全县教育工作会议召开")[0] is None  # another verb after the work
    assert year_work_guideline("全县卫生健康工作要全面贯彻某会议精神")[0] is None  # no written year (N9)


def test_opening_of_a_years_work_plan_is_a_goal():
    text = "某市2031年某某工作要点\n2031年,全市某某工作要全面贯彻某会议精神,坚持系统治理,建设幸福河湖。\n"
    assert any(q.startswith("2031年,全市某某工作") and y == 2031 for q, y in goals(text))


def test_year_work_guideline_after_a_unit_or_a_lead():
    # (goalA33) the unit's name before the year, or a leading clause before it; ``以…为指导``, ``把…作为``
    assert year_work_guideline("某街道2031年社区教育工作以某思想为指导,全面贯彻某文件精神") == (2031, 3)
    s = "聚焦出行、养老等8个方面,2031年某市民生实事工作,把群众满意作为工作的出发点"
    assert year_work_guideline(s) == (2031, s.find("2031"))
    assert year_work_guideline("为做好2031年教育工作,坚持以某思想为指导")[0] is None  # a purpose, no unit's name
    assert year_work_guideline("某县2030年教育工作坚持以人民为中心,取得了明显成效")[0] is None  # told as done
