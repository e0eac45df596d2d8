"""Search items: a progress report's task whose passages lie inside an assignment that stands outside every passage.

A page that reports on a list of tasks (``一、某工程`` / ``1某任务`` / ``牵头单位:…`` / ``完成情况:…``) can give a unit row
whose quote runs over several of its passages, and shorter rows inside it. Their passages join that row's measure; building
the items took the measure from the passages only and raised StopIteration when the measure was such a row."""

import sqlite3

# a made-up supervision report laid out as such pages are: the task's lines, its lead unit's label, its progress lines
REPORT = ("某市示例民生工程推进情况督查报告\n\n"
          "根据工作安排,督查室对示例民生项目推进情况进行了专项督查。从督查情况看,各单位总体推进有力。\n\n"
          "一、示例增收工程\n\n"
          "1优化示例服务\n\n"
          "牵头单位:市示例局\n\n"
          "完成情况:达到序时进度\n\n"
          "完成情况:截至6月底,新增示例岗位1.2万人,完成年度任务的45%;转移示例劳力0.8万人,完成年度任务的40%;\n\n"
          "2加快示例培育\n\n"
          "牵头单位:市甲局\n\n"
          "具体情况:全市新发展示例主体3000户,完成全年目标的50%\n\n"
          "3加强示例培训\n\n"
          "牵头单位:市乙局、丙委、丁局\n\n"
          "具体情况:截至6月底,开展示例培训5.1万人次,完成年度任务的48%\n")


def test_items_of_a_report_whose_rows_hold_their_passages(tmp_path):
    from extract.pipeline import RunConfig, run
    from extract.search.items import build_items

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "r.txt").write_text(REPORT, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    db = sqlite3.connect(tmp_path / "run" / "extract.db")
    items = build_items(db, run_dir=tmp_path / "run", with_sentences=False)
    by_id = {it.record_id: it for it in items}
    assert any(it.type == "passage" for it in items)
    for it in items:  # every item's group is an item, and its measure is that item's span
        g = by_id[it.group]
        assert it.measure == (g.title, g.start, g.end) or it.group == it.record_id


def test_an_item_key_is_the_hash_of_its_whole_dataclass():
    """The key is what ``extract index`` keys items by across runs: the same blob as ``asdict``'s, so an index built
    before keeps its item ids (a changed key would re-insert every item)."""
    import hashlib
    import json
    from dataclasses import asdict, replace

    from extract.search.items import ITEMS_VERSION, Item

    it = Item(record_id="r1", doc_id="d", type="numeric_target", title="某区示例入园率", text="示例 95%",
              search_text="示例 入园率 95%", quote="入园率达到95%", start=3, end=11, year=2025,
              lead_units=["区甲局"], responsible_units=["乙街道", "丙镇"], fields={"value": 95.0, "unit": "%"},
              part=1, group="g", measure=("某任务", 0, 20))
    blob = json.dumps(asdict(it), ensure_ascii=False, sort_keys=True)
    assert it.key == hashlib.sha256(f"{ITEMS_VERSION}\x1f{blob}".encode("utf-8")).hexdigest()
    assert replace(it, measure=("某任务", 0, 21)).key != it.key and replace(it, lexical=False).key != it.key
