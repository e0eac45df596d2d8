"""``rules.page_gallery_lines``: a gallery caption and a sharing site's hidden-text notice give no targets (G2a; made-up texts)."""

from extract.rules.page_gallery_lines import counts_hidden_text, is_gallery_caption


def test_gallery_caption():
    assert is_gallery_caption("某市将建30个农村敬老院,第1张")
    assert is_gallery_caption("某市将建30个农村敬老院,第12張 ")
    assert not is_gallery_caption("某市将新建床位500张")  # a measure word
    assert not is_gallery_caption("第2张表格列出了新建学校")


def test_hidden_text_count():
    assert counts_hidden_text("成绩力争超过平均分数线......此处隐藏", "字...")
    assert not counts_hidden_text("全年新建", "字...")


def test_pipeline_caption_and_body():
    from rules_kit import records
    text = "某市将建30个农村敬老院\n某市将建30个农村敬老院,第1张\n某市将建30个农村敬老院,第2张\n今年某市将新建30个农村敬老院。\n"
    got = [r for r in records(text, "numeric_target") if r.value == 30.0]
    lines = [text.index("第1张") - 20, text.index("第2张") - 20]  # the two captions' lines
    assert got and not any(lines[0] <= r.span.start < lines[0] + 20 or lines[1] <= r.span.start < lines[1] + 20 for r in got)
    assert len(got) == 2  # the headline and the body
