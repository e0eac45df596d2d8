"""A count of items that the sentence goes on to name (N12a)."""

from extract.rules.set_out_counts import counts_items_named_after
from extract.rules.targets import find_targets


def test_count_then_named_items():
    assert counts_items_named_after("个", ",包括东湖公园提升项目、西山步道项目")
    assert counts_items_named_after("项", ",分别为:社区食堂建设、老旧电梯更新")
    assert counts_items_named_after("件", ",即农村饮水提升和乡村公厕改造")


def test_not_such_a_list():
    assert not counts_items_named_after("所", ",包括东区小学、西区中学")  # no item measure
    assert not counts_items_named_after("个", ",包括市级2个、县级4个")  # counted parts
    assert not counts_items_named_after("个", ",总投资3亿元")


def test_sentence():
    s = "今年确定民生项目9个,其中,养老服务类2个,包括东湖养老中心项目、南湖助餐点项目;新建口袋公园6个。"
    got = [(h.value, h.unit) for h in find_targets(s, role="plan")]
    assert (2.0, "个") not in got and (6.0, "个") in got
