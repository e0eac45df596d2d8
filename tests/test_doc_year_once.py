"""The document's own year is worked out once per document: the cues that ask it per record read it back."""

from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor


def _doc(doc_id: str, text: str):
    return prepare(Document(doc_id=doc_id, path=f"{doc_id}.txt", text=text, encoding="utf-8",
                            sha256=Document.hash_text(text)))


def test_the_year_is_dated_once_per_document(monkeypatch):
    calls = []
    dated = RulesExtractor._dated_year
    monkeypatch.setattr(RulesExtractor, "_dated_year", staticmethod(lambda d: calls.append(d) or dated(d)))
    a = _doc("a", "某区2031—2035年教育发展规划\n到2035年,学前三年毛入园率达到98%。\n")
    b = _doc("b", "某县2041年工作要点\n2041年新建幼儿园3所。\n")
    years_a = [RulesExtractor.doc_year(a) for _ in range(5)]
    years_b = [RulesExtractor.doc_year(b) for _ in range(3)]
    assert len(set(years_a)) == 1 and len(set(years_b)) == 1
    assert calls == [a, b]  # one dating per document, not one per question
    RulesExtractor.doc_year(a)  # another document asked in between: dated afresh
    assert calls == [a, b, a]


def test_the_memo_answers_as_the_dating_itself():
    docs = [_doc("c", "某区2031—2035年教育发展规划\n"), _doc("d", "截至2032年3月底,全区共有幼儿园40所。\n"),
            _doc("e", "没有年份的一页。\n")]
    for d in docs:
        assert RulesExtractor.doc_year(d) == RulesExtractor._dated_year(d)
