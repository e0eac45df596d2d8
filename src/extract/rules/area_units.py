"""Measure words of area as informal pages write them, kept as the unit (N8): ``平米`` (short for 平方米:
``展厅面积超3万平米``, ``改造8160平米``), so the quantity keeps its measure and the magnitude ``万`` before it."""
from __future__ import annotations

MEASURES = "平米|"  # joined into ``targets._MEASURE`` before its one-character words (``米``)
