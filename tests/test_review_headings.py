from extract.rules.past_dates import names_review_heading
from extract.cues import heading_reviews_past


def test_execution_of_earlier_long_range_plan():
    assert names_review_heading("一、某区养老事业“十五五”规划执行情况")
    assert names_review_heading("一、甲县教育發展規劃執行情況")
    assert heading_reviews_past("一、 某区体育事业“十五五”规划执行情况")


def test_near_misses():
    assert not names_review_heading("二、某区养老事业“十六五”规划")
    assert not names_review_heading("“十五五”规划执行情况与“十六五”规划目标")
    assert not names_review_heading("三、主要任务")
    assert names_review_heading("一、2031年国民经济和社会发展计划执行情况")  # the plan-year form still holds


def test_speech_heading_that_affirms_results():
    # the speech outline's ``一、肯定成绩,正视问题,…``: what stands under it reviews the years before (N13)
    assert heading_reviews_past("一、肯定成绩,找准差距,切实增强做好养老工作的使命感")
    assert heading_reviews_past("一、总结成绩,坚定信心")
    assert not heading_reviews_past("二、突出重点,狠抓落实,确保完成全年目标任务")

