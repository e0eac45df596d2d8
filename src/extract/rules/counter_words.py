"""A counter character that is really the first character of a longer word (N1: a number with no measure is no
target).

``2组织实施``, ``2030人力资源``, ``2031元旦``: the character read as the number's measure (``组``, ``人``, ``元``)
opens a word with the character after it (``组织``, ``人力``, ``元旦``), so the number counts nothing: it is a heading
number, a year or a code run into the text. A count keeps its counter where the next character opens a new word
(``2组成员``, ``30人参加``, ``5元/人``).
"""

from __future__ import annotations

# counter -> the characters that make a word with it (only words that never follow a count of that measure)
_WORD_AFTER_COUNTER = {
    "组": "织",        # 组织
    "人": "力民事社文居身",  # 人力, 人民, 人事, 人社, 人文, 人居, 人身
    "所": "有属得",    # 所有, 所属, 所得
    "名": "称单",      # 名称, 名单 (not 名义: ``300名义务教育学生``)
    "元": "旦素",      # 元旦, 元素
    "台": "风湾",      # 台风, 台湾
    "场": "所",        # 场所
    "部": "门署",      # 部门, 部署
    "位": "于",        # 位于
    "周": "边围",      # 周边, 周围
    "天": "然津",      # 天然, 天津
    "条": "件例",      # 条件, 条例
    "节": "能约",      # 节能, 节约
    "处": "理置",      # 处理, 处置
    "座": "谈",        # 座谈
    "对": "象接",      # 对象, 对接
    "种": "植",        # 种植
    "份": "额",        # 份额
    "户": "籍",        # 户籍
    "批": "准",        # 批准
    "次": "要序",      # 次要, 次序
    "本": "预办细章届次市县站",  # (lead52) ``1.1本预案适用于…``: the demonstrative (本预案, 本办法, 本市), no count of books
}
# the same words in Traditional script (``2組織``, ``部門``, ``處理``, ``臺灣``): the second character's form
_WORD_AFTER_COUNTER.update({"組": "织織", "處": "理置", "臺": "风風湾灣", "條": "件例", "節": "能约約", "種": "植",
                            "對": "象接", "戶": "籍", "場": "所"})
for _counter, _second in (("组", "織"), ("名", "稱單"), ("部", "門"), ("台", "風灣"), ("节", "約"), ("座", "談"),
                          ("周", "圍邊"), ("批", "準"), ("份", "額")):
    _WORD_AFTER_COUNTER[_counter] += _second


def counter_opens_word(unit: str, after: str) -> bool:
    """True where the last character of the measure read after a number (``unit``) makes a word with the first
    character after it (``after``): ``2组织指挥体系`` (组织), ``2030人力资源`` (人力), ``2031元旦`` (元旦), ``5位于某区``
    (位于), ``2組織架構``. Not a count before a new word (``2组成员``, ``30人参加``, ``8所学校``), nor a measure of
    two characters or more (``3万人``, ``5个所有制``: a measure of its own)."""
    if len(unit) != 1 or not after:
        return False
    return after[0] in _WORD_AFTER_COUNTER.get(unit, "")


# (N8) two measures Taiwan and Hong Kong pages write after a count: ``案`` (a case, a funded project: ``辦理35案``,
# ``改善4案運動場地``) and ``成`` (tenths: ``達到4成``, ``1.5成經費``, ``7至8成``); not ``成`` that opens a word
# (``3成员``, ``5成立``, ``2成为``, ``4成果``, ``6成本``)
TENTH_AND_CASE_MEASURES = r"案|成(?![员員立为為果本效熟就功交长長都绩績])|"
