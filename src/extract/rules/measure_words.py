"""(tgtA30, N8) Measure words the target reader did not know, each the unit as written after the number: a bridge's or
a pipe's length in running metres (``改造危桥221延米``), a training's sessions (``办理120梯次``), lengths in ``km`` and
``公分`` (``建成生态河道60km``, ``间隔50公分以上``), parking spaces counted in ``格`` (``设149格汽车停车位``: only before
a word of parking) and the concentrations of an air or water standard (``不超过0.06毫克/标准立方米``, ``下降到25微克/立方米``)."""

from __future__ import annotations

# before ``米`` and ``次`` of the general list: the longer words first
# (tgtA31, N8) counters of things given, bought or built, as written after the number: pictures and plots of land
# (``送书画500幅``, ``另有12幅用地``), pairs and sets (``书写春联800副``; never a deputy's title, ``3副院长``), bottles
# (``采购300瓶``), doses (``接种1针``, ``2000针次``), wells and pits (``新建沼气池30口``; never ``3口之家``) and boats
# (``新增渔船5艘``)
# (tgtA37) flats counted in ``伙``, as Hong Kong texts count them (``公營房屋動工量達1.58萬伙``, ``上調至50萬伙``); never
# a meal (``伙食``), a partner (``伙伴``) or a mate (``伙计``)
MORE_COUNTERS = ("幅|副(?![\u4e00-\u9fff]{0,3}(?:长|主任|书记|主席|职|总|教授|研究员|馆长))|瓶|针次|针|"
                 "口(?!之家|人|径|岸)|艘|伙(?![食伴计計])|")

# (tgtB36, N8, N12) projects counted in ``宗``, as southern and Hong Kong texts count them: only right after a
# project word (``安排重点项目91宗``, ``续建項目35宗``) or before one a few words on (``39宗新开工项目``); a project not
# yet begun (``31宗未开工项目``) is what the plan has left, not its count, and never ``宗`` as a case
# (``案件513宗``), a plot (``宗地``) or a tenet (``宗旨``)
# (a page's inline pinyin, ``項(xiàng)目``, stands in brackets of latin letters between the characters)
_PINYIN = r"\([^()\d\u4e00-\u9fff]{1,8}\)"
_PROJECT_WORD = r"[项項](?:" + _PINYIN + r")?目"
PROJECT_COUNT = (r"(?<=目\d)宗|(?<=目\d\d)宗|(?<=目\d\d\d)宗|"
                 r"宗(?=(?:[^\d。；;，,、:：()（）未]|" + _PINYIN + r"){0,8}?" + _PROJECT_WORD + r")")

MEASURES = ("延米|梯次|km|公分|毫克/标准立方米|毫克/立方米|微克/立方米|"
            "格(?=汽车|汽車|机车|機車|停车|停車|车位|車位)|" + PROJECT_COUNT + "|" + MORE_COUNTERS)

# (N8a) a rate per square metre written with the metric sign (``物业费0.45元/m2``, ``元/㎡``): the per-part stays in the unit
RATE_DENOMINATORS = "m2|m²|㎡|"
