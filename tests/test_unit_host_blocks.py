"""(unitA25) An event plan's host labels in its own body (U4a, U7f): numbered as items of the plan's outline, alone among
its particulars, or over their units one a line; the site's footer still gives none. Made-up texts."""

from rules_kit import units

from extract.cues import is_unit_cell
from extract.normalise import normalise
from extract.rules.unit_host_blocks import plan_host_block

PLAN = ("某镇2031年重阳敬老活动方案\n一、活动目的\n弘扬敬老传统。\n二、活动时间\n10月9日\n"
        "三、主办单位:某镇人民政府\n四、承办单位:镇文化站、镇卫生院\n五、活动内容\n1.为老人义诊。\n2.文艺演出。\n")


def test_numbered_host_labels_are_no_footer():
    assert "三、主办单位:某镇人民政府" in normalise(PLAN).mapped.text


def test_numbered_host_labels_give_the_plans_row():
    assert (["某镇人民政府"], ["镇文化站", "镇卫生院"]) in [(lead, resp) for _, lead, resp in units(PLAN)]


def test_the_task_is_the_plans_title():
    hit = plan_host_block(PLAN, is_unit_cell)
    assert hit is not None and hit[4] == "某镇2031年重阳敬老活动方案" and hit[2] == ["某镇人民政府"]


def test_a_lone_host_label_among_the_particulars():
    text = ("校园诗歌朗诵比赛方案\n一、基本情况\n1、比赛主题:青春诗韵\n2、比赛时间:5月8日\n3、主办单位:某学院团委宣传部\n"
            "4、参赛对象:各班选派2名同学\n二、比赛流程\n1.初赛。\n2.决赛。\n")
    assert [(lead, resp) for _, lead, resp in units(text)] == [(["某学院团委宣传部"], [])]


def test_bare_labels_over_their_units_one_a_line():
    text = ("某县荷花节筹备方案\n一、活动主题\n赏荷品荷。\n二、主办、承办单位\n主办单位:\n某市文旅局\n**县人民政府\n"
            "承办单位:\n**县文化馆\n**县荷花协会\n三、活动安排\n1.开幕式。\n")
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (["某市文旅局", "**县人民政府"], ["**县文化馆", "**县荷花协会"])]


def test_the_sites_footer_still_gives_no_row():
    text = ("某镇2031年重阳敬老活动方案\n一、活动内容\n为老人义诊。\n二、活动要求\n注意安全。\n"
            "主办单位:\n某镇人民政府办公室\n地址:某镇中山路1号 电话:0000-1234567\n版权所有 ICP备00000000号\n")
    assert units(text) == []


def test_a_masked_outlet_heading_owns_its_items():
    text = ("某景区创建宣传方案\n一、市内宣传\n(一)**广播电视台(新闻频道、**之声)\n1.新闻报道。每周播发2条。\n"
            "责任人:张三\n2.专题节目。制作专题片1部。\n")
    assert [lead for _, lead, _ in units(text)] == [["**广播电视台(新闻频道、**之声)"]] * 2


def test_host_labels_as_headings_over_their_units_and_pairs_on_one_line():
    heads = ("关于举办2031年某县读书节的通知\n各乡镇:\n为推进全民阅读,定于4月举办读书节。\n一、主办单位\n某县人民政府\n"
             "二、承办单位\n某县文旅局\n某县图书馆\n三、活动内容\n1.开幕式。\n")
    assert [(lead, resp) for _, lead, resp in units(heads)] == [(["某县人民政府"], ["某县文旅局", "某县图书馆"])]
    pair = ("某县2031年读书节活动方案\n一、活动主题:书香满城\n二、活动时间:4月\n三、主办单位:某县人民政府 承办单位:某县文旅局\n"
            "四、活动安排\n1.开幕式。\n2.闭幕式。\n")
    assert [(lead, resp) for _, lead, resp in units(pair)] == [(["某县人民政府"], ["某县文旅局"])]
    bare = "某县2031年读书节活动方案\n一、活动主题\n书香满城。\n二、主办:某县人民政府\n三、承办:某县文旅局\n四、活动安排\n1.开幕式。\n"
    assert [(lead, resp) for _, lead, resp in units(bare)] == [(["某县人民政府"], ["某县文旅局"])]


def test_a_host_heading_over_unit_headings_is_no_label_of_theirs():
    text = ("2031年某县阅读宣传周活动安排\n一、活动时间:4月\n二、主办单位\n(一)县科技局(4月2日)\n1.开展科普书推荐活动。\n"
            "2.组织科普讲座。\n(二)县妇联(4月9日)\n1.举办亲子绘本讲读会。\n2.评选书香家庭。\n")
    leads = [lead for _, lead, _ in units(text)]
    assert leads and all(lead in (["县科技局"], ["县妇联"]) for lead in leads)
