"""(lead51) Cues from the fifty-first session's reading of the development texts and the opened batches, each on
made-up text."""
from test_lead46_cues import _rows  # noqa: E402  (records of a made-up text)


# -- a matter clause before ``由X负责,Y配合,做好…``: the task follows the helpers ---------------------------------------

def test_a_matter_clause_before_a_led_charge_is_no_task():
    rows = _rows("六、关于某小学扩建用地问题,由某县自然资源局负责,某某镇配合,做好用地报批工作。")
    assert ("做好用地报批工作", ("某县自然资源局",), ("某某镇",)) in rows


def test_a_topic_before_a_bare_charge_stays_the_task():
    rows = _rows("二、分工\n场馆的日常维护,由某县体育中心负责。")
    assert ("场馆的日常维护", ("某县体育中心",), ()) in rows


# -- glued duty titles: a make-up sentence or a page mark between the title and its first item -------------------------

def test_a_glued_duty_title_with_its_make_up_sentence_owns_the_items():
    text = ("阅卷人员职责阅卷组职责阅卷组由教研室主任任组长,组员由各科教师组成。其职责为:1.制定评分细则。2.组织试评。"
            "3.复核分数。登分组职责1.录入成绩。2.核对名册。")
    rows = _rows(text)
    assert ("制定评分细则", ("阅卷组",), ()) in rows
    assert ("复核分数", ("阅卷组",), ()) in rows
    assert ("录入成绩", ("登分组",), ()) in rows
    assert not any(t == "录入成绩" and ld == ("阅卷组",) for t, ld, _ in rows)  # the next title closes the block


def test_a_page_mark_between_a_glued_title_and_its_first_item():
    text = "某考点工作人员须遵守考试纪律。考务组职责1.布置考场。2.分发试卷。宣传组职责第1页共3页1.张贴考场示意图。2.做好引导工作。"
    rows = _rows(text)
    assert ("张贴考场示意图", ("宣传组",), ()) in rows
    assert ("分发试卷", ("考务组",), ()) in rows
    assert not any(t == "张贴考场示意图" and ld == ("考务组",) for t, ld, _ in rows)


# -- ``X将会同…``: helpers named by relation, the subject after a comma; field words sharing ``部门`` --------------------

def test_a_future_with_clause_names_its_helpers_by_relation():
    rows = _rows("二、工作要求\n要加强统筹协调,某市文旅局将会同相关部门对研学基地开展检查。")
    assert ("对研学基地开展检查", ("某市文旅局",), ("相关部门",)) in rows
    assert not any("加强" in " ".join(ld) for _, ld, _ in rows)  # the clause's subject, not the sentence's opening words


def test_field_words_sharing_the_last_ones_department_are_the_helpers():
    rows = _rows("二、工作要求\n某县编办会同教育、财政部门,每学年初核定中小学教职工编制。")
    assert ("每学年初核定中小学教职工编制", ("某县编办",), ("教育", "财政部门")) in rows
    rows = _rows("二、工作要求\n某县编办会同教育、人社等职能部门,核定中小学教职工编制。")
    assert not any("等职能部门" in " ".join(rs) for _, _, rs in rows)  # a list closed by 等 is the listed branch's
