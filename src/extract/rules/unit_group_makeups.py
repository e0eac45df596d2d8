"""The make-up of a body set up for a task, told between its name and its charge: ``成立某镇创建工作领导小组,由党委书记
任组长,镇长任副组长,负责统筹协调全镇创建工作``. The clauses that say who holds its posts name people (U4a: no units);
the body still takes the charge after them (U7 ``(由)X负责Y``, U7d: a body set up for the task)."""

# one clause of the make-up: a post holder and ``任`` a post of the body, with its comma (``由党委书记任组长,``,
# ``党委副书记、镇长任常务副组长，``, ``分管副县长任副总指挥,``)
MAKEUP_CLAUSE = (r"(?:[^。;；,，:：\n]{2,30}?(?:任|担任|兼任)(?:常务)?副?(?:组长|主任|指挥长|总指挥|秘书长|主任委员)[,，]\s*)")
# any number of them, as an optional group of a pattern that reads the body's name, a comma and its charge
MAKEUP = rf"(?P<makeup>{MAKEUP_CLAUSE}*)"
# the adverb of a decision before the verb that sets the body up (``特成立…``, ``现成立…``, ``决定成立…``)
SET_UP_ADVERB = r"(?:特|现|决定|特决定)?"
# a template's blank for the place in a body's name (``XX镇…领导小组``, ``××县…指挥部``), optional
PLACE_BLANK = r"(?:[Xx×＊*]{1,3})?"
