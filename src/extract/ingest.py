"""Ingest stage: a file on disk -> ``Document`` (decoded original text).

``.txt``/``.md``: UTF-8, UTF-16 and GB18030/GBK are detected (BOM handled). ``.html``: the page's
text without scripts, styles and navigation. ``.docx``: paragraphs and tables in body order, one
table cell per line. ``.pdf``: the text layer. Spans of every record index ``Document.text``.
Any file that cannot be read raises ``IngestError`` naming the file, the reason and the fix.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from extract.data import Document
from extract.errors import IngestError

_SURROGATE = re.compile("[\ud800-\udfff]")
SUPPORTED = (".txt", ".md", ".text", ".html", ".htm", ".docx", ".pdf")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def doc_id_for(path: Path) -> str:
    return path.stem


def discover(paths: list[Path]) -> list[Path]:
    """Expand folders into the supported files below them (sorted); keep files as given."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                              and not f.name.startswith(".")))
        elif p.exists():
            out.append(p)
        else:
            raise IngestError(str(p), "no such file or folder", "check the path")
    return out


def decode_text(raw: bytes, path: str) -> tuple[str, str]:
    """Decode bytes of a text file; returns (text, encoding)."""
    if not raw.strip():
        raise IngestError(path, "the file is empty", "nothing to extract; remove it from the batch")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"starts with a {enc.upper()} byte-order mark but has invalid bytes at "
                                  f"offset {exc.start}", "re-save it in one encoding (UTF-8)") from exc
    sample = raw[:4096]
    # UTF-16 without BOM: every other byte is NUL for mostly-ASCII text
    if sample.count(b"\x00") > len(sample) // 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = raw.decode(enc)
            if _looks_like_text(text):
                return text, enc
        except UnicodeDecodeError:
            pass
        raise IngestError(path, "binary file (NUL bytes), not text", "convert it to a text, HTML, DOCX or PDF file")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # GB18030 accepts almost any byte pair, Big5 text included: decode both, keep the likelier
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            candidates.append((_chinese_score(text), enc, text))
    if candidates:
        _score, enc, text = max(candidates)
        return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and _looks_like_text(str(best)):
        return str(best), best.encoding
    raise IngestError(path, "not decodable as UTF-8, UTF-16, GB18030 or Big5 text",
                      "save it as UTF-8 text, or pass the HTML/DOCX/PDF original")


_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")


def _chinese_score(text: str) -> float:
    """How much a decoding looks like Chinese: common characters count, private-use ones cost."""
    sample = text[:20000]
    common = sum(1 for ch in sample if ch in _COMMON)
    pua = sum(1 for ch in sample if "\ue000" <= ch <= "\uf8ff")
    return (common - 10 * pua) / max(1, len(sample))


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad <= len(sample) * 0.01


def _html_text(raw: bytes, path: str) -> str:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(raw, "lxml")
    except Exception as exc:  # lxml raises many kinds on broken input
        raise IngestError(path, f"cannot parse HTML: {exc}", "check that the file is a web page") from exc
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    root = soup.body or soup
    text = root.get_text("\n")
    lines = [ln.strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _docx_text(path: Path) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(str(path))
    except Exception as exc:
        raise IngestError(str(path), f"cannot open as DOCX: {exc}", "re-save it from Word or LibreOffice") from exc
    lines: list[str] = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, d).text)
        elif tag == "tbl":
            for row in Table(child, d).rows:
                seen: set[int] = set()
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    lines.append(cell.text.strip())
    return "\n".join(lines)


def _pdf_text(path: Path) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:
        raise IngestError(str(path), f"cannot read PDF: {exc}", "check that the file is a valid PDF") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise IngestError(str(path), "the PDF has no text layer (scanned?)", "OCR it first, then pass the text")
    return text


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a ``Document``; raises ``IngestError`` with the reason."""
    spath = str(path)
    if not path.is_file():
        raise IngestError(spath, "not a file", "pass a file or a folder of documents")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(spath, "the file is empty", "nothing to extract; remove it from the batch")
    if size > max_bytes:
        raise IngestError(spath, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB limit",
                          "split it, or raise the limit with --max-mb")
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes() if suffix != ".docx" and suffix != ".pdf" else b""
    except OSError as exc:
        raise IngestError(spath, f"cannot read: {exc.strerror}", "check permissions") from exc
    if suffix in (".html", ".htm"):
        text, enc = _html_text(raw, spath), "html"
    elif suffix == ".docx":
        text, enc = _docx_text(path), "docx"
    elif suffix == ".pdf":
        text, enc = _pdf_text(path), "pdf"
    else:
        if raw[:5] == b"%PDF-" or raw[:4] == b"PK\x03\x04":
            raise IngestError(spath, "binary document with a text-file name", "rename it to .pdf or .docx")
        text, enc = decode_text(raw, spath)
    # lone surrogates (a PDF font map, a broken UTF-16 file) cannot be stored or hashed; strict UTF-8
    # encoding fails on them and only on them, so the encoding the hash needs is the (one-pass) test
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
        data = text.encode("utf-8")
    if not text.strip():
        raise IngestError(spath, "no text in the file", "nothing to extract; remove it from the batch")
    return Document(doc_id=doc_id_for(path), path=spath, text=text, encoding=enc,
                    sha256=hashlib.sha256(data).hexdigest())
