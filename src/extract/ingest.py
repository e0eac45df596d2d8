"""Ingest stage: a file on disk -> ``Document`` (decoded original text).

``.txt``/``.md``: UTF-8, UTF-16 and GB18030/GBK are detected (BOM handled). ``.html``: the page's
text without scripts, styles and navigation. ``.docx``: paragraphs and tables in body order, one
table cell per line. ``.pdf``: the text layer. Spans of every record index ``Document.text``.
Any file that cannot be read raises ``IngestError`` naming the file, the reason and the fix.
"""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from extract.data import Document
from extract.errors import IngestError

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
            return raw.decode(enc), enc
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
    for enc in ("gb18030", "big5"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and _looks_like_text(str(best)):
        return str(best), best.encoding
    raise IngestError(path, "not decodable as UTF-8, UTF-16, GB18030 or Big5 text",
                      "save it as UTF-8 text, or pass the HTML/DOCX/PDF original")


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
        raise IngestError(spath, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit",
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
    if not text.strip():
        raise IngestError(spath, "no text in the file", "nothing to extract; remove it from the batch")
    return Document(doc_id=doc_id_for(path), path=spath, text=text, encoding=enc,
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
