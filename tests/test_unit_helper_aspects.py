"""``Y<time or aspect word>协助/配合X做好Z`` (U7b twentieth round, U7d twenty-first round). Made-up text."""

from rules_kit import units


def test_aspect_before_the_helping_verb():
    assert units("某县消防救援大队已协助某县教育局完成校舍消防检查。") == [
        ("完成校舍消防检查", ["某县教育局"], ["某县消防救援大队"])]
    assert units("某市交警支队正配合某市教育局开展校车安全整治。") == [
        ("开展校车安全整治", ["某市教育局"], ["某市交警支队"])]
    assert units("下一步,某区文化馆将继续配合某区图书馆开展阅读推广。") == [
        ("开展阅读推广", ["某区图书馆"], ["某区文化馆"])]
    assert units("某區文化館正配合某區圖書館開展閱讀推廣。") == [("开展阅读推广", ["某区图书馆"], ["某区文化馆"])]


def test_writer_self_name_with_aspect():
    assert units("我委已配合某县住建局完成社区球场选址。") == [("完成社区球场选址", ["某县住建局"], ["我委"])]


def test_near_misses_stay_silent():
    assert units("已积极配合某县住建局完成社区球场选址。") == []  # no helper written (U7b twenty-first round)


def test_times_before_lead_verbs():
    assert units("今年以来,某区民政局牵头开展养老服务补贴核查。") == [("开展养老服务补贴核查", ["某区民政局"], [])]
    assert units("某县农业农村局今年将牵头编制高标准农田规划。") == [("编制高标准农田规划", ["某县农业农村局"], [])]
    assert units("近年来,某市体育局会同某市教育局推进学校场馆开放。") == [
        ("推进学校场馆开放", ["某市体育局"], ["某市教育局"])]


def test_time_before_a_charge():
    assert units("某县人社局今年负责零工市场建设。") == [("零工市场建设", ["某县人社局"], [])]
    assert units("某縣人社局明年將負責零工市場建設。") == [("零工市场建设", ["某县人社局"], [])]
    assert units("各乡镇今年负责零工市场建设。") == []  # a collective (U7d)
