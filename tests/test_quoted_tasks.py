from extract.rules.quoted_tasks import quotes_a_task
from extract.rules.targets import find_targets


def test_quoted_task():
    assert quotes_a_task("新建幼儿园12所")
    assert quotes_a_task("新增学位3000个")
    assert quotes_a_task("新改扩建普惠园14所")


def test_not_a_name_opening_with_its_number():
    assert not quotes_a_task("3个100%")


def test_not_a_slogan_without_count():
    assert not quotes_a_task("新建一批好学校")


def test_not_a_name_counting_inside():
    assert not quotes_a_task("建设15分钟健身圈")


def test_quoted_task_read_as_target():
    hits = find_targets("今年某市政府工作报告要求“新改扩建普惠园14所”。", role="plan")
    assert [(h.value, h.unit) for h in hits] == [(14.0, "所")]


def test_quoted_name_still_masked():
    assert find_targets("某区推进“3个100%”工程。", role="plan") == []
