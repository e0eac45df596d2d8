"""(tgtA30, N8) Measure words the target reader did not know, each the unit as written after the number: a bridge's or
a pipe's length in running metres (``改造危桥221延米``), a training's sessions (``办理120梯次``), lengths in ``km`` and
``公分`` (``建成生态河道60km``, ``间隔50公分以上``), parking spaces counted in ``格`` (``设149格汽车停车位``: only before
a word of parking) and the concentrations of an air or water standard (``不超过0.06毫克/标准立方米``, ``下降到25微克/立方米``)."""

from __future__ import annotations

# before ``米`` and ``次`` of the general list: the longer words first
MEASURES = ("延米|梯次|km|公分|毫克/标准立方米|毫克/立方米|微克/立方米|"
            "格(?=汽车|汽車|机车|機車|停车|停車|车位|車位)|")

# (N8a) a rate per square metre written with the metric sign (``物业费0.45元/m2``, ``元/㎡``): the per-part stays in the unit
RATE_DENOMINATORS = "m2|m²|㎡|"
