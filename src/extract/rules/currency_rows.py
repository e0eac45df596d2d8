"""Amount schedules printed as rows with a currency sign: an allowance or a grant per class of recipient.

A measure that sets how much each class receives prints it as a small table under a caption that names the amount
(``二、交通津贴金额如下表:``), a header whose last cell names the currency in brackets (``年级 金额(港元)``) and one row
per class, the label then the amount with its sign (``初中 $3,150.00``). Each row's amount is a target of the measure
(N17b: an amount set for the period ahead), its indicator the caption's amount and the row's label, its unit the
header's currency. A table of limits (``家庭收入在下表限度内可申请:``) sets who may apply, not amounts paid: no caption
of an amount, no record; and the count that labels such a row (``8人或以上 $20,180.00``: the household's size) is no
target either (``labels_priced_row``)."""
from __future__ import annotations

import re

from extract.rules.table_captions import CaptionValue

# a caption that names an amount and announces the table: ``膳食津贴金额如下表:``, ``资助标准如下:``
_AMOUNT_CAPTION = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*"
                             r"(?P<name>[^\n:：]{0,24}?(?:金额|金額|津贴|津貼|补贴|補貼|补助|補助|资助|資助|助学金|助學金|奖学金|獎學金|"
                             r"标准|標準|额度|額度))(?:如下表|如下|见下表|見下表|列表如下)\s*[:：]\s*$")
# a caption of limits: who may apply, not what is paid
_LIMIT_WORD = re.compile(r"限度|上限|限额|限額|收入|资产|資產|不超过|不超過")
# the header's last cell: the currency in brackets
_CURRENCY_HEAD = re.compile(r"[(（](?P<cur>澳门币|澳門幣|澳门元|澳門元|港币|港幣|港元|新台币|新臺幣|人民币|人民幣|元)[)）]\s*$")
_SIGN = r"(?:HK\$|MOP\$?|NT\$|\$|¥|￥)"
# a row: its label, then the amount with its sign, to the line's end
_ROW = re.compile(r"^(?P<label>[^\d\s$][^\n$]{0,30}?)\s*" + _SIGN + r"\s*(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$")
# what a count labels when a signed amount closes its row: ``8人或以上 $20,180.00``
_PRICED_AFTER = re.compile(r"^\s*(?:或以上|及以上|以上|或以下|以下)?\s*" + _SIGN + r"\s*\d")


def amount_rows(text: str) -> list[CaptionValue]:
    """The amounts of the schedules of ``text`` (see above): (label start, amount end, indicator, value, currency)."""
    if "$" not in text and "¥" not in text and "￥" not in text:
        return []
    out: list[CaptionValue] = []
    lines = text.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    k = 0
    while k < len(lines) - 2:
        cap = _AMOUNT_CAPTION.match(lines[k])
        head = _CURRENCY_HEAD.search(lines[k + 1]) if cap is not None else None
        if cap is None or head is None or _LIMIT_WORD.search(cap.group("name")):
            k += 1
            continue
        name = cap.group("name").strip()
        j = k + 2
        while j < len(lines) and (row := _ROW.match(lines[j])) is not None:
            label = row.group("label").strip()
            a = starts[j] + lines[j].find(label)
            out.append(CaptionValue(a, starts[j] + row.end("v"), f"{name}({label})",
                                    float(row.group("v").replace(",", "")), head.group("cur"), None))
            j += 1
        k = j
    return out


def labels_priced_row(after: str) -> bool:
    """A count that a signed amount follows to close the row (``8人或以上 $20,180.00``): the row's label, the class
    the amount is for, not a quantity of its own."""
    return _PRICED_AFTER.match(after) is not None
