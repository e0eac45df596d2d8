"""``rules.study_findings``: the findings of a study are no targets (N13; made-up texts)."""

from extract.rules.study_findings import findings_start


def test_findings_marker():
    p = "本研究以问卷调查甲市中学。研究结果如下:一、实施该方案的学校有7所,占39%。"
    assert findings_start(p) == p.index("研究结果如下:") + len("研究结果如下:")
    assert findings_start("调查结果显示,每周教学时数至少有1小时") > 0
    assert findings_start("研究制定学校建设方案,新建学校3所") == -1  # a plan's own 研究
    assert findings_start("考核结果显示,全县达标学校10所") == -1  # no study


def test_pipeline_findings_give_no_targets():
    from rules_kit import records
    text = ("甲市中学游泳教学调查\n本研究以问卷调查甲市中学。研究结果如下:一、实施该方案的学校有7所,占39%;"
            "未实施的学校计11所。二、每周教学时数至少有1小时。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert not {(7.0, "所"), (11.0, "所"), (1.0, "小时")} & got
