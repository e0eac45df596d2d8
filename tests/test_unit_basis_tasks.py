"""A charge whose object is only the basis it goes by gives no row (U2, U7). Made-up text."""

from rules_kit import units

from extract.rules.unit_basis_tasks import basis_only_task


def test_basis_only():
    assert basis_only_task("按县政府专题会议纪要")
    assert basis_only_task("依據上級文件")
    assert not basis_only_task("按县政府专题会议纪要拨付资金")
    assert not basis_only_task("按要求做好校舍排查")


def test_basis_only_charge_gives_no_row():
    assert units("维修费用由镇政府和某农商行分担,某农商行负责按县政府专题会议纪要。") == []
    assert units("某农商行负责按县政府专题会议纪要拨付维修资金。") == [
        ("按县政府专题会议纪要拨付维修资金", ["某农商行"], [])]
    assert units("某農商行負責依據上級文件。") == []
