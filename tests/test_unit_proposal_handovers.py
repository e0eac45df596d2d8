"""The hand-over of a proposal to its handlers in the reply to it gives no row of its own (U7 nineteenth round). Made-up text."""

from rules_kit import units

from extract.rules.unit_proposal_handovers import hands_over_proposal


def test_hand_over_is_recognised():
    assert hands_over_proposal("办理该件建议")
    assert hands_over_proposal("抓紧办理你们提出的《关于增设公交站点的建议》")
    assert hands_over_proposal("会同某县财政局认真办理该提案")
    assert not hands_over_proposal("尽快处理群众反映的占道问题")
    assert not hands_over_proposal("办理老年人优待证")


def test_hand_over_gives_no_row_whichever_reader():
    assert units("经研究,责成某县水利局会同某县财政局办理该件建议。") == []
    assert units("副市长李某同志责成某市交通局会同某市公安局抓紧办理你们提出的《关于增设公交站点的建议》,并全程督办。") == []
    assert units("某市交通局会同某市公安局抓紧辦理你們提出的《關於增設公交站點的建議》。") == []


def test_order_on_the_matter_itself_stays():
    assert units("区政府责成某区住建局会同某区城管局尽快处理群众反映的占道问题,并及时反馈。") == [
        ("尽快处理群众反映的占道问题", ["某区住建局"], ["某区城管局"])]
    assert units("某区已责成某区住建局抓紧查处。") == [("抓紧查处", ["某区住建局"], [])]
