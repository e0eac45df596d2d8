from extract.headings import heading_chain
from extract.rules.outline_preambles import outline_after_preamble


def test_first_part_after_preamble_colon():
    line = "秘书室分设三科,各科掌理事项如下:一、文书科(一)关于公文收发事项。"
    at = outline_after_preamble(line)
    assert at is not None and line[at:].startswith("一、文书科")


def test_no_first_marker_after_colon():
    assert outline_after_preamble("主要做法如下:") is None
    assert outline_after_preamble("分工如下:二、总务科(一)关于采购事项。") is None
    assert outline_after_preamble("一、文书科(一)关于公文收发事项。") is None


def test_heading_chain_reads_past_the_preamble():
    chain = heading_chain("秘书室分设三科,各科掌理事项如下:一、文书科(一)关于公文收发事项。")
    assert [h.title for h in chain][:1] == ["文书科"]


def test_preamble_without_titled_part_gives_no_heading():
    # the first marker opens a sentence, not a title run into an item: no heading is read from the line
    assert heading_chain("具体要求如下:一、各单位要高度重视,认真组织实施,确保各项工作落到实处。") == []


def test_page_run_into_one_paragraph_gives_no_heading():
    # the first item goes on with more sentences on the same line: a whole page flattened, no duty list
    line = "现将有关情况汇报如下: 一、进展情况(一)某园扩建工程。新征地15亩,投资800万元,开展二期工程建设。(二)某校工程。"
    assert heading_chain(line) == []
