"""Ingest stage: files written in tmp_path -> ``Document`` (or an ``IngestError`` naming file and reason)."""

from __future__ import annotations

import codecs
import random
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from extract.errors import IngestError, UserError
from extract.ingest import DEFAULT_MAX_BYTES, SUPPORTED, discover, read_document

# mixed text: Chinese with ASCII digits, '%' and newlines (the usual shape of a plan)
PLAN = "二、主要目标\n到2025年,学前三年毛入园率达到95%以上,九年义务教育巩固率不低于99%。\n教育现代化取得重要进展。\n"
# pure Chinese text: no ASCII at all, so UTF-16 has no NUL bytes to give it away
PURE = "教育现代化取得重要进展。全面提高教育教学质量，努力让人民群众享有更高质量的教育。"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _codec(name: str) -> str:
    return codecs.lookup(name).name


# -- encodings -------------------------------------------------------------------------------------

ENCODINGS = [
    # id, text, bytes, accepted reported codecs
    ("utf-8", PLAN, PLAN.encode("utf-8"), {"utf-8"}),
    ("utf-8-bom", PLAN, codecs.BOM_UTF8 + PLAN.encode("utf-8"), {"utf-8-sig"}),
    ("gbk", PLAN, PLAN.encode("gbk"), {"gbk", "gb18030"}),
    ("gb18030", PLAN, PLAN.encode("gb18030"), {"gb18030"}),
    ("utf-16-bom-le", PLAN, codecs.BOM_UTF16_LE + PLAN.encode("utf-16-le"), {"utf-16", "utf-16-le"}),
    ("utf-16-bom-be", PLAN, codecs.BOM_UTF16_BE + PLAN.encode("utf-16-be"), {"utf-16", "utf-16-be"}),
    ("utf-16-le-nobom", PLAN, PLAN.encode("utf-16-le"), {"utf-16-le"}),
    ("utf-16-le-nobom-pure", PURE, PURE.encode("utf-16-le"), {"utf-16-le"}),
    ("gbk-pure", PURE, PURE.encode("gbk"), {"gbk", "gb18030"}),
]


@pytest.mark.parametrize("text,raw,codecs_ok", [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_chinese_text_decodes_in_every_encoding(tmp_path, text, raw, codecs_ok):
    p = _write(tmp_path, "plan.txt", raw)
    doc = read_document(p)
    assert doc.text == text  # BOM stripped, no mojibake
    assert "\ufeff" not in doc.text
    assert _codec(doc.encoding) in {_codec(c) for c in codecs_ok}
    assert doc.doc_id == "plan"
    assert doc.path == str(p)
    assert doc.sha256 == doc.hash_text(text)  # the hash is of the decoded text, so the same in any encoding


def test_all_encodings_give_the_same_document_hash(tmp_path):
    hashes = set()
    for i, (_, text, raw, _) in enumerate(ENCODINGS):
        if text is PLAN:
            hashes.add(read_document(_write(tmp_path, f"p{i}.txt", raw)).sha256)
    assert len(hashes) == 1


def test_md_and_text_suffixes_read_as_text(tmp_path):
    for name in ("notes.md", "notes.text"):
        doc = read_document(_write(tmp_path, name, PLAN.encode("gb18030")))
        assert doc.text == PLAN and doc.doc_id == "notes"


def test_big5_traditional_text_decodes(tmp_path):
    text = "到2025年，學前三年毛入園率達到95%以上，義務教育鞏固率保持在99%以上。\n"
    doc = read_document(_write(tmp_path, "big5.txt", text.encode("big5")))
    assert doc.text == text
    assert _codec(doc.encoding) in {"big5", "cp950", "big5hkscs"}


# -- unreadable files --------------------------------------------------------------------------------

def _png() -> bytes:
    """A real 1x1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


def _random_with_nuls(seed: int, n: int = 4096, nul_rate: float = 0.1) -> bytes:
    rnd = random.Random(seed)
    return bytes(0 if rnd.random() < nul_rate else rnd.randrange(256) for _ in range(n))


def _zip_bytes(tmp_path: Path) -> bytes:
    z = tmp_path / "real.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return z.read_bytes()


def _raises(path: Path) -> IngestError:
    with pytest.raises(IngestError) as ei:
        read_document(path)
    err = ei.value
    assert isinstance(err, UserError)  # the CLI turns it into exit 2 / a failed document, never a traceback
    assert err.path == str(path)
    assert str(path) in str(err)
    assert err.reason and err.reason in str(err)
    return err


def test_empty_file(tmp_path):
    err = _raises(_write(tmp_path, "empty.txt", b""))
    assert "empty" in err.reason


@pytest.mark.parametrize("raw", [b"   \n\t\r\n   \n", " \u3000\n".encode("utf-8"), " \n\n".encode("utf-16")],
                         ids=["ascii", "ideographic-space", "utf-16"])
def test_whitespace_only_file(tmp_path, raw):
    err = _raises(_write(tmp_path, "blank.txt", raw))
    assert "empty" in err.reason or "no text" in err.reason


@pytest.mark.parametrize("seed,nul_rate", [(0, 0.05), (1, 0.1), (2, 0.3), (3, 0.6)])
def test_random_binary_with_nuls(tmp_path, seed, nul_rate):
    raw = _random_with_nuls(seed, nul_rate=nul_rate)
    assert b"\x00" in raw
    err = _raises(_write(tmp_path, "data.txt", raw))
    assert "binary" in err.reason or "not decodable" in err.reason


@pytest.mark.parametrize("name", ["image.txt", "image.png"])
def test_png_is_rejected(tmp_path, name):
    err = _raises(_write(tmp_path, name, _png() + _random_with_nuls(9, 2000)))
    assert "binary" in err.reason or "not decodable" in err.reason


def test_txt_that_is_really_a_pdf(tmp_path):
    raw = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    err = _raises(_write(tmp_path, "report.txt", raw))
    assert "binary document" in err.reason
    assert ".pdf" in str(err)  # the fix: rename it


def test_txt_that_is_really_a_zip(tmp_path):
    err = _raises(_write(tmp_path, "report.txt", _zip_bytes(tmp_path)))
    assert "binary document" in err.reason
    assert ".docx" in str(err)


def test_folder_is_not_a_file(tmp_path):
    err = _raises(tmp_path)
    assert "not a file" in err.reason


# -- size limit --------------------------------------------------------------------------------------

def test_default_limit_is_64_mb():
    assert DEFAULT_MAX_BYTES == 64 * 2**20


def test_file_over_the_limit_names_the_limit(tmp_path):
    p = _write(tmp_path, "big.txt", PLAN.encode("utf-8") * (2 * 2**20 // len(PLAN.encode("utf-8")) + 1))
    with pytest.raises(IngestError) as ei:
        read_document(p, max_bytes=1 * 2**20)
    msg = str(ei.value)
    assert ei.value.path == str(p) and str(p) in msg
    assert "over the 1 MB limit" in msg
    assert "2.0 MB" in msg
    assert "--max-mb" in msg


def test_file_exactly_at_the_limit_is_read(tmp_path):
    raw = PLAN.encode("utf-8")
    p = _write(tmp_path, "edge.txt", raw)
    assert read_document(p, max_bytes=len(raw)).text == PLAN
    with pytest.raises(IngestError):
        read_document(p, max_bytes=len(raw) - 1)


def test_fractional_limit_is_named_correctly(tmp_path):
    p = _write(tmp_path, "big.txt", b"x" * (2**20))
    with pytest.raises(IngestError) as ei:
        read_document(p, max_bytes=int(0.5 * 2**20))
    assert "0.5 MB" in str(ei.value)


def test_ten_mb_chinese_text_under_the_limit(tmp_path):
    para = ("到2025年,学前三年毛入园率达到95%以上,九年义务教育巩固率不低于99%。"
            "全面提高教育教学质量,努力让人民群众享有更高质量的教育。\n")
    n = 10 * 2**20 // len(para.encode("utf-8"))
    text = para * n
    p = tmp_path / "big.txt"
    p.write_text(text, encoding="utf-8")
    assert 9.9 * 2**20 < p.stat().st_size <= 10 * 2**20
    t0 = time.perf_counter()
    doc = read_document(p)
    elapsed = time.perf_counter() - t0
    assert elapsed < 5
    assert doc.encoding == "utf-8"
    assert len(doc.text) == len(text) and doc.text == text


# -- HTML ----------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>页面标题</title>
<style>.x {{ color: red }} /* 样式文字 */</style>
<script>var s = "脚本文字"; document.write("脚本输出");</script></head>
<body>
<nav><a href="/">首页</a> <a href="/a">导航文字</a></nav>
<header>页眉文字</header>
<h1>某区教育事业发展规划</h1>
<p>到2025年,学前三年毛入园率达到95%以上。</p>
<p>第一行<br>第二行</p>
<aside>侧栏文字</aside>
<script>var t = "正文中的脚本";</script>
<footer>版权所有 页脚文字</footer>
</body></html>"""

HTML_TEXT = "某区教育事业发展规划\n到2025年,学前三年毛入园率达到95%以上。\n第一行\n第二行"


@pytest.mark.parametrize("suffix,charset", [(".html", "utf-8"), (".htm", "utf-8"), (".html", "gbk")])
def test_html_keeps_body_text_only(tmp_path, suffix, charset):
    p = _write(tmp_path, "page" + suffix, HTML.format(charset=charset).encode(charset))
    doc = read_document(p)
    assert doc.encoding == "html"
    assert doc.text == HTML_TEXT
    for gone in ("脚本", "样式", "导航", "首页", "页眉", "侧栏", "页脚", "版权所有", "页面标题", "color", "var "):
        assert gone not in doc.text


def test_html_with_only_boilerplate_has_no_text(tmp_path):
    p = _write(tmp_path, "nav.html", "<html><body><nav>首页</nav><script>x=1</script></body></html>".encode())
    err = _raises(p)
    assert "no text" in err.reason


# -- DOCX ----------------------------------------------------------------------------------------------

def test_docx_paragraphs_and_table_cells_in_body_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("一、总体目标")
    table = d.add_table(rows=2, cols=3)
    cells = [["指标", "2024年", "2025年"], ["学前三年毛入园率(%)", "94.5", "95"]]
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.add_paragraph("到2025年,学前三年毛入园率达到95%以上。")
    p = tmp_path / "plan.docx"
    d.save(p)

    doc = read_document(p)
    assert doc.encoding == "docx"
    assert doc.doc_id == "plan"
    assert doc.text.split("\n") == ["一、总体目标", "指标", "2024年", "2025年", "学前三年毛入园率(%)", "94.5", "95",
                                    "到2025年,学前三年毛入园率达到95%以上。"]


def test_docx_merged_cell_appears_once(tmp_path):
    import docx

    d = docx.Document()
    table = d.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "牵头单位"
    table.cell(0, 2).text = "区教委"
    p = tmp_path / "m.docx"
    d.save(p)
    assert read_document(p).text.split("\n") == ["牵头单位", "区教委"]


def test_broken_docx(tmp_path):
    err = _raises(_write(tmp_path, "broken.docx", b"this is not a zip file"))
    assert "DOCX" in err.reason


# -- PDF -----------------------------------------------------------------------------------------------

def _text_pdf(text: str) -> bytes:
    """A minimal one-page PDF with a Helvetica text layer (ASCII text)."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_pdf_without_text_layer(tmp_path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    p = tmp_path / "scan.pdf"
    with open(p, "wb") as f:
        w.write(f)
    err = _raises(p)
    assert "text layer" in err.reason
    assert "OCR" in str(err)


def test_pdf_with_text_layer(tmp_path):
    p = _write(tmp_path, "plan.pdf", _text_pdf("Target 2025: enrolment 95 percent"))
    doc = read_document(p)
    assert doc.encoding == "pdf"
    assert doc.text == "Target 2025: enrolment 95 percent"


def test_broken_pdf(tmp_path):
    err = _raises(_write(tmp_path, "broken.pdf", b"not a pdf at all"))
    assert "cannot read PDF" in err.reason


# -- discover ------------------------------------------------------------------------------------------

def test_discover_folder_returns_supported_files_sorted(tmp_path):
    root = tmp_path / "docs"
    (root / "sub" / "deeper").mkdir(parents=True)
    keep = ["b.txt", "a.html", "c.docx", "d.pdf", "e.md", "f.htm", "g.text", "H.TXT", "sub/z.txt",
            "sub/deeper/y.pdf", "sub/a.md"]
    skip = ["img.png", "data.csv", "archive.zip", ".hidden.txt", "sub/.DS_Store", "noext", "sub/x.doc"]
    for name in keep + skip:
        (root / name).write_bytes(b"x")
    (root / "folder.txt").mkdir()  # a folder with a supported suffix is not a file
    found = discover([root])
    assert found == sorted(root / n for n in keep)
    assert all(f.suffix.lower() in SUPPORTED for f in found)


def test_discover_keeps_files_as_given(tmp_path):
    a = _write(tmp_path, "b.txt", b"x")
    b = _write(tmp_path, "a.png", b"x")
    folder = tmp_path / "f"
    folder.mkdir()
    c = _write(folder, "c.txt", b"x")
    assert discover([a, b, folder]) == [a, b, c]


def test_discover_empty_folder(tmp_path):
    assert discover([tmp_path]) == []


def test_discover_missing_path(tmp_path):
    missing = tmp_path / "nope" / "plan.txt"
    with pytest.raises(IngestError) as ei:
        discover([tmp_path, missing])
    assert ei.value.path == str(missing)
    assert str(missing) in str(ei.value)
    assert "no such file" in ei.value.reason
