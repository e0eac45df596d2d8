"""The twenty-fourth round's search changes (made-up text only): any verb's A-not-A form in a question is read as the
verb once (``bm25.without_yes_no``)."""

from extract.search.bm25 import question_words, tokenize, without_yes_no


def test_a_not_ab_form_is_read_as_the_whole_verb():
    assert without_yes_no("示例场馆免不免费") == "示例场馆免费"
    assert without_yes_no("政府帮不帮忙改造示例设施") == "政府帮忙改造示例设施"
    assert without_yes_no("示例食品安不安全") == "示例食品安全"


def test_a_not_a_form_of_another_verb_keeps_the_verb_once():
    assert without_yes_no("政府给不给示例补贴") == "政府给示例补贴"
    assert without_yes_no("示例项目建没建好") == "示例项目建好"
    toks = question_words(tokenize(without_yes_no("示例场馆免不免费")))
    assert "免费" in toks and "不" not in toks and "免" not in toks


def test_modal_forms_are_still_taken_out():
    assert without_yes_no("示例疫苗能不能免费") == "示例疫苗 免费"
    assert without_yes_no("有没有示例办法") == " 示例办法"
    assert without_yes_no("示例老人要不要自己出钱") == "示例老人 自己出钱"


def test_a_plain_negation_is_left_alone():
    assert without_yes_no("示例道路不通") == "示例道路不通"
    assert without_yes_no("示例老人行动不便") == "示例老人行动不便"
