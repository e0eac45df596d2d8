from extract.rules.unit_charge_finders import find_charge_clauses
from extract.rules.unit_seated_offices import seated_carries


def test_seated_office_carries_work():
    ms = seated_carries("联席会议办公室设在某区民政局,承担联席会议的日常工作。")
    assert [(m.group("units"), m.group("task")) for m in ms] == [("联席会议办公室", "联席会议的日常工作")]


def test_money_or_liability_is_no_work():
    assert seated_carries("工作专班设在某局,承担所需经费。") == []
    assert seated_carries("办公室设在某局,承担相应责任。") == []


def test_no_seat_no_match():
    assert seated_carries("某局承担联席会议的日常工作。") == []


def test_charge_clauses_read_seated_office():
    hits = find_charge_clauses("联席会议办公室设在某区民政局,承担联席会议的日常工作。")
    assert [(h.task, h.lead) for h in hits] == [("联席会议的日常工作", ["联席会议办公室"])]
