"""(goalB37) G2a, O2: a page's file list or share widget run into a sentence is furniture, no goal.

A school's or a township's page lists the files attached to a post (``2031年书屋补助公文.pdf  书屋建设计划.doc``) and
its share bar labels a QR code (``…将于2031年完工_QRCODE码``, the headline repeated for the code). The year in a file's
name dates the document (N9c) and the headline the widget repeats is a title (O2): the piece states nothing. The cue is
a file name's office extension right after its name (``.pdf``, ``.doc``, ``.docx``, ``.xls``, ``.odt``, ``.wps``,
``.zip``), or the Latin token ``QRCODE`` / ``QR code``; a Chinese ``二维码`` in a sentence may be a task's object
(``推广就诊二维码``) and is left.
"""

from __future__ import annotations

import re

# ``公文.pdf``, ``计划.doc``, ``附件1.xlsx``: a file name's extension, no Latin letter after it (not ``.docs.example``)
_FILE_NAME = re.compile(r"[\u4e00-\u9fff\w)）】\]]\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|pptx?|PPTX?|odt|ods|wps|WPS|rar|zip|ZIP)"
                        r"(?![A-Za-z])")
_QR_CODE = re.compile(r"QR\s*CODE|QR\s*[Cc]ode")


def names_page_files(sentence: str) -> bool:
    """The piece names an attached file by its extension (``…补助公文.pdf  …计划.doc`` -> True) or labels a share
    widget's QR code (``…完工_QRCODE码`` -> True): page furniture, no goal (``到2031年建成书屋12个`` -> False)."""
    if "." in sentence and _FILE_NAME.search(sentence) is not None:
        return True
    return ("QR" in sentence or "qr" in sentence) and _QR_CODE.search(sentence) is not None
