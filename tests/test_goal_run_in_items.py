"""Short numbered goal items run together on one line (``1、…。2、…。``) in a goal section: an item that heads no text
is a goal (O1), a title heads the sentences after it (O2) (``goals.run_in_item_owns_nothing``, ``goals.next_item_follows``);
made-up text only."""

from extract.rules.goals import next_item_follows, run_in_item_owns_nothing
from tests.rules_kit import records


def test_an_item_that_heads_nothing():
    assert run_in_item_owns_nothing(None)  # the paragraph ends after it
    assert run_in_item_owns_nothing("3、绿地率达到40%")  # the next item at once
    assert not run_in_item_owns_nothing("全面清理违章搭建,拆除棚架200处")  # a title's own text


def test_the_next_item_follows_the_title():
    assert next_item_follows("1、街巷整洁有序", "。2、绿地率达到40%。")
    assert next_item_follows("(1)街巷整洁有序", "。(2)绿地率达到40%。")
    assert not next_item_follows("1、街巷整洁有序", "。3、绿地率达到40%。")  # not the next number
    assert not next_item_follows("1、街巷整洁有序", "。全面清理违章搭建。")
    assert not next_item_follows("一、总体要求", "。1、坚持规划引领。")  # a part's heading, not an item


def test_end_to_end():
    page = ("某街道环境整治方案\n一、指导思想\n坚持共建共享。\n二、工作目标\n"
            "1、街巷整洁有序。2、绿地率达到40%。3、居民满意度明显提升。\n三、工作措施\n(一)清理违章搭建。\n")
    assert [g.quote for g in records(page, "goal")] == ["街巷整洁有序", "绿地率达到40%", "居民满意度明显提升"]
