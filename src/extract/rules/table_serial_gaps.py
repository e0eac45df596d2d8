"""(r25 unitB25) A task table that prints some rows of a longer numbered list (``145 | 任务 | 牵头单位 | …`` then
``249 | …``): the serial numbers of its rows jump, by more than any run of skipped rows the table reader allows
for between two rows it reads in a row. Where the row before holds exactly the header's columns, a larger serial in
the next cell opens the next row all the same: a full row ends there (a value cell of that size inside the row stands
before its columns are full). Made-up examples only."""

from __future__ import annotations

# the gap between two serials the reader takes for the next row wherever it stands (rows skipped, a sub-row count)
NEAR_GAP = 30


def opens_next_row(no: int, t_no: int | None, cells_in_row: int, ncols: int) -> bool:
    """Whether a cell whose serial reading is ``t_no`` opens the row after the one numbered ``no`` that holds
    ``cells_in_row`` cells so far, under a header of ``ncols`` body columns: a near larger serial anywhere, a far
    larger one (``145`` then ``249``) right where the row's columns are full."""
    if t_no is None or t_no <= no:
        return False
    return t_no <= no + NEAR_GAP or cells_in_row == ncols
