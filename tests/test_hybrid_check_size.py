"""A target check's ask stays within the local model's reach: the sentence is cut to the clauses around its
candidates when it runs long (a 实事 list or a flattened page with no full stop), and an ask holds at most
``MAX_CHECK_CANDIDATES`` candidates (hybrid.v8). No server: a client that records what it is asked."""

import hashlib
import re

from extract.data import Document
from extract.llm.backend import MAX_CHECK_CANDIDATES, MAX_CHECK_CONTEXT, HybridExtractor, _context_of
from extract.llm.config import LLMConfig
from extract.pipeline import process_document


class RecordingClient:
    def __init__(self):
        self.asked: list[tuple[str, list[dict]]] = []

    def check(self):
        pass

    def call(self, task, messages, model):
        self.asked.append((task, messages))
        return None, "not answered"  # no decision: the rules' records stand


def test_a_short_sentence_is_its_own_context():
    text = "到2025年,新建幼儿园5所。"
    s = text.index("5所")
    a, b = _context_of(text, s, s + 2)
    assert a == 0 and text[a:b].startswith("到2025年") and b >= len(text) - 1


def test_a_long_run_without_full_stops_is_cut_to_clauses_around_the_candidate():
    items = [f"新建第{n}所幼儿园的配套设施{n}处" for n in range(200)]
    text = ",".join(items) + "。"
    s = text.index("配套设施100处") + 4
    a, b = _context_of(text, s, s + 4)
    assert b - a <= MAX_CHECK_CONTEXT and a <= s and s + 4 <= b
    assert text[a - 1] == "," and text[b] == ","  # cut at clause marks


def test_many_candidates_in_one_sentence_are_asked_in_small_groups(tmp_path):
    # long names (more than 16 characters): each candidate is asked for a better one
    body = ",".join(f"新建标准化寄宿制学校配套学生宿舍及食堂{n}栋" for n in range(1, 16))
    text = f"一、工作进展\n{body}。\n"
    doc = Document(doc_id="d", path="d.txt", text=text, encoding="utf-8", sha256=hashlib.sha256(text.encode()).hexdigest())
    client = RecordingClient()
    h = HybridExtractor(LLMConfig(base_url="http://127.0.0.1:9/v1", model="stub"), client)
    process_document(doc, h)
    checks = [m for task, m in client.asked if task == "target_check"]
    sizes = [len(re.findall(r"^\d+\. ", m[-1]["content"], re.M)) for m in checks]
    assert 3 <= len(checks) <= 5 and all(0 < n <= MAX_CHECK_CANDIDATES for n in sizes), sizes
