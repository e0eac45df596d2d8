"""Made-up tests for ``rules.unit_led_doings``: ``X牵头`` + the task's own verb or object (U7, twentieth round)."""

from extract.rules.unit_led_doings import led_doings


def _rows(text):
    return [(text[h.start:h.end], h.task, h.lead, h.responsible) for h in led_doings(text)]


def test_adverb_before_lead_verb():
    text = "目前,某县自然资源局正牵头开展新一轮规划的编制工作。"
    assert _rows(text) == [("某县自然资源局正牵头开展新一轮规划的编制工作", "开展新一轮规划的编制工作", ["某县自然资源局"], [])]


def test_joint_lead_of_a_quoted_item():
    text = "其中某市委宣传部、某市文联、某市体育局联合牵头“丰富群众文化生活”,全年开展活动100场。"
    quote, task, lead, resp = _rows(text)[0]
    assert quote.startswith("某市委宣传部") and task == "“丰富群众文化生活”"
    assert lead == ["某市委宣传部", "某市文联", "某市体育局"] and resp == []


def test_preposition_task():
    assert _rows("某督查室牵头对50件实事项目推进情况进行专项督查。")[0][1:] == (
        "对50件实事项目推进情况进行专项督查", ["某督查室"], [])
    assert _rows("建议某区教育局牵头向区政府汇报。")[0][:3] == ("某区教育局牵头向区政府汇报", "向区政府汇报", ["某区教育局"])
    assert _rows("二是某县水利局牵头开展水渠修缮。")[0][2] == ["某县水利局"]


def test_copula_frame_task_before():
    text = "据了解,得分第一的“甲园驿站”项目,是由某市总工会、某市绿化局牵头实施的。"
    assert _rows(text) == [("“甲园驿站”项目,是由某市总工会、某市绿化局牵头实施", "“甲园驿站”项目",
                            ["某市总工会", "某市绿化局"], [])]


def test_near_misses_give_nothing():
    assert _rows("各牵头单位要加强调度。") == []  # a role word
    assert _rows("副县长牵头重点工作。") == []  # a person
    assert _rows("某区甲局牵头的专班负责督办。") == []  # a name, no task
    assert _rows("由各街道牵头开展排查。") == []  # a collective
    assert _rows("某市财政局牵头负责资金保障。") == []  # ``X牵头负责Y``: U7's own reader
    assert _rows("某县体育局牵头,某县教育局参与,对全县场馆进行检查。") == []  # role parts: another reader's
    assert _rows("去年,某县果业局牵头编制了果园规划。") == []  # a deed reported done
    assert _rows("根据要求,某市人社局牵头组织联席会议。") == []  # no sentence of its own
    assert _rows("某高校、某研究院牵头申请的研究项目增多。") == []  # an attribute


def test_reported_deeds_and_bare_yi():
    """The docstring's contract: ``了``/``已经``/a date mark a deed reported done (no row); a bare ``已`` before ``牵头`` does not."""
    assert _rows("某市督查科牵头对二十件实事进行了专项督查。") == []
    assert _rows("某县水务局已经牵头划定水源保护区。") == []
    assert _rows("某市督查科牵头对二十件实事进行专项督查。") != []
    assert _rows("某县文旅局已牵头开展景区安全排查。") != []
