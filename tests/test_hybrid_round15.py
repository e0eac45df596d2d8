"""hybrid.v11 (fifteenth round): the model's target veto is opt-in (``LLMConfig.target_veto``).

Over the retired sealed texts w20-*/w21-* (cached answers of the local model) and the sealed splits v15 and v16, the
vetoes that stood dropped six true targets and no false one, so by default the target check asks only for better
names of weakly named targets and drops nothing. Made-up sentences only; no server (a client that says no)."""

import hashlib

import pytest

from extract.data import Document
from extract.llm.backend import HybridExtractor
from extract.llm.config import LLMConfig
from extract.llm.schemas import TargetCheck, TargetVerdict
from extract.pipeline import process_document

# a past sign the second figure falls under (累计, no time ahead between): a veto could stand here; the long
# indicator of the first figure (more than 16 characters) is a weak name, asked for a better one in any case
TEXT = ("三、重点任务\n(一)扩大资源。新建标准化寄宿制学校配套学生宿舍及教师周转房12栋。"
        "全县累计新增学位3000个,其中公办学位2000个。\n")


class SaysNo:
    """A target check client that says no to every candidate and records what it was asked."""

    def __init__(self, veto: bool | None = None):
        kw = {} if veto is None else {"target_veto": veto}
        self.config = LLMConfig(base_url="http://127.0.0.1:9/v1", model="stub", **kw)
        self.asked: list[str] = []

    def check(self):
        return []

    def call(self, task, messages, model):
        if task != "target_check":
            return None, "no decision"
        lines = [ln for ln in messages[-1]["content"].splitlines() if ln[:1].isdigit() and ". " in ln]
        self.asked += [ln.split(". ", 1)[1] for ln in lines]
        return TargetCheck(items=[TargetVerdict(id=int(ln.split(".")[0]), is_target=False, indicator="")
                                  for ln in lines]), None


def _doc() -> Document:
    return Document(doc_id="t", path="t.txt", text=TEXT, encoding="utf-8", sha256=hashlib.sha256(TEXT.encode()).hexdigest())


def _targets(extractor) -> list[float]:
    return sorted(r.value for r in process_document(_doc(), extractor).records if r.type == "numeric_target")


def test_by_default_no_veto_drops_a_target():
    rules = _targets("rules")
    c = SaysNo()
    h = HybridExtractor(c.config, c)
    assert _targets(h) == rules and 3000 in rules
    assert "+veto" not in h.version and h.version.startswith("hybrid.v11(")


def test_by_default_only_weak_names_are_asked():
    c = SaysNo()
    _targets(HybridExtractor(c.config, c))
    assert not any("3000" in a for a in c.asked)  # well named, under a past sign: nothing to ask without the veto


def test_with_the_veto_a_target_under_a_past_sign_is_dropped():
    rules = _targets("rules")
    c = SaysNo(veto=True)
    h = HybridExtractor(c.config, c)
    got = _targets(h)
    assert 3000 in rules and 3000 not in got
    assert any("3000" in a for a in c.asked) and h.version.endswith("+veto)")


def test_target_veto_setting_from_env(monkeypatch):
    monkeypatch.setenv("EXTRACT_LLM_TARGET_VETO", "on")
    assert LLMConfig.from_env().target_veto is True
    monkeypatch.setenv("EXTRACT_LLM_TARGET_VETO", "off")
    assert LLMConfig.from_env().target_veto is False
    monkeypatch.delenv("EXTRACT_LLM_TARGET_VETO")
    assert LLMConfig.from_env().target_veto is False
    monkeypatch.setenv("EXTRACT_LLM_TARGET_VETO", "sometimes")
    with pytest.raises(ValueError, match="EXTRACT_LLM_TARGET_VETO"):
        LLMConfig.from_env()


def test_a_bad_setting_is_a_clear_cli_error(tmp_path, monkeypatch, capsys):
    from extract.cli import main

    page = tmp_path / "p.txt"
    page.write_text("到2031年,学前三年毛入园率达到95%以上。", encoding="utf-8")
    for name, value in (("EXTRACT_LLM_TARGET_VETO", "maybe"), ("EXTRACT_LLM_TIMEOUT", "soon")):
        monkeypatch.setenv(name, value)
        assert main(["run", str(page), "--backend", "hybrid", "--out", str(tmp_path / "run")]) == 2
        assert name.split("_")[-1].lower() in capsys.readouterr().err.lower()
        monkeypatch.delenv(name)
    assert not (tmp_path / "run" / "records.jsonl").exists()
