"""The hand-over of a proposal to its handlers in the reply to it gives no row of its own (U7 nineteenth round). Made-up text."""

from rules_kit import units

from extract.rules.unit_proposal_handovers import hands_over_proposal


def test_hand_over_is_recognised():
    assert hands_over_proposal("办理该件建议")
    assert hands_over_proposal("认真办理您领衔提出的《关于加密乡村客运班次的建议》")
    assert hands_over_proposal("会同某县财政局认真办理该提案")
    assert not hands_over_proposal("尽快处理群众反映的占道问题")
    assert not hands_over_proposal("办理老年人优待证")


def test_hand_over_gives_no_row_whichever_reader():
    assert units("经研究,责成某县水利局会同某县财政局办理该件建议。") == []
    assert units("副区长王某同志责成某区交通运输局会同某区财政局尽快办理您领衔提出的《关于加密乡村客运班次的建议》,并跟踪督办。") == []
    assert units("某區交通運輸局會同某區財政局儘快辦理您領銜提出的《關於加密鄉村客運班次的建議》。") == []


def test_order_on_the_matter_itself_stays():
    assert units("区政府责成某区住建局会同某区城管局尽快处理群众反映的占道问题,并及时反馈。") == [
        ("尽快处理群众反映的占道问题", ["某区住建局"], ["某区城管局"])]
    assert units("某区已责成某区住建局抓紧查处。") == [("抓紧查处", ["某区住建局"], [])]
