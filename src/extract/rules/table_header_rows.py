"""(unitB26) A delimited table's first row taken for its header (eval/README.md U1, U5, U6).

A table written a row a line with ``|`` between its cells may reach us with its real header lost or unread (a header
that names no unit column: ``工作要点 | 具体要求 | 任务分工``): the first line whose words read as a unit column's
header is then a row, its unit cell a name that ends like a column word (``某厅机关各处室``, ``某局各科室``)::

    重点工作 | 推进某项信息公开,做好解读。 | 某厅机关各处室 |
    民生保障 | 做好某类补贴政策的公开。 | 甲处,乙处 |

The reader of such tables (``extract.line_tables.find_line_tables``) keeps the line as the header of the rows under it,
and, where ``header_line_is_row`` says the line is a row too, reads it as the table's first row with the same roles.

Made-up examples only.
"""

from __future__ import annotations

import re

# a sentence's mark inside a cell: a header word holds none
_SENTENCE_MARK = re.compile(r"[。;；!！?？]|[,，].{4,}")


def header_line_is_row(cells: list[str], roles: list[str]) -> bool:
    """Whether a delimited line read as a header (``roles`` from its words) is a row of the table: one of its task cells
    (``title``/``content``) is a sentence (a ``。``, ``;`` or a clause after a comma) or runs over 20 characters, and each
    of its unit cells (``lead``/``responsible``) reads as a list of units. A header's cells are short column words."""
    from extract.cues import is_unit_cell
    if len(cells) != len(roles):
        return False
    task = [c for c, r in zip(cells, roles) if r in ("title", "content")]
    unit = [c for c, r in zip(cells, roles) if r in ("lead", "responsible")]
    return bool(task) and bool(unit) and any(_SENTENCE_MARK.search(c) or len(c) > 20 for c in task) \
        and all(is_unit_cell(c) for c in unit)
