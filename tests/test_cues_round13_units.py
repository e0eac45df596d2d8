"""Unit-assignment cues of the thirteenth round (units13), from the errors of the retired sealed v13 texts (w19-*):
each a general cue the code missed, tested on made-up variants in mainland, Taiwan and Hong Kong/Macau wordings and on
near-misses that must not fire. Every text is made up (no sentence of a real document).

1. A label line under an item of a progress report (``(一)…`` / ``1.…`` / ``责任单位:…`` / ``完成情况:…``): read as in a
   plan (eval/README.md U8a: the genre changes nothing).
2. A row of a delimited task table shorter than its header, its first columns merged with the rows above
   (``一级指标 | … | 任务分解 | 责任单位 | 完成时限``): its cells fill the header's last columns (line_tables.short_row_start).
3. Units a table cell parts by blanks only (``甲局 乙集团``: U3 splits on spaces), the blank dropped by the normaliser.
4. A label bracket wrapped with its line (``(责任单位:基建`` / ``装备科,各项目学校)``): one list across the break.
"""

import pytest

from rules_kit import units
from test_cues_round12v_units import check

# -- 1. label lines under the items of a progress report
REPORT_LABELS = [
    ('一、2030年民生实事完成情况\n（一）新建乡村书屋\n1.全年新建乡村书屋20个。\n责任单位：丁区文旅局\n完成情况：已建成22个。\n'
     '（二）改造农村公路\n2.改造农村公路35公里。\n牵头单位：丁区交通局\n配合单位：丁区财政局、各镇（街道）\n完成情况：已完成。\n',
     [('新建乡村书屋20个', [], ['丁区文旅局']), ('改造农村公路35公里', ['丁区交通局'], ['丁区财政局', '各镇（街道）'])]),
    ('一、工作进展情况\n1.全年新建乡村书屋20个。\n责任单位：丁区文旅局\n2.改造农村公路35公里。\n责任单位：丁区交通局\n',
     [('新建乡村书屋20个', [], ['丁区文旅局']), ('改造农村公路35公里', [], ['丁区交通局'])]),
    ('一、113年度施政計畫執行情形\n（一）充實公共托育\n1.增設公共托育家園5處。\n主辦機關：社會局\n協辦機關：財政局\n執行情形：已完成4處。\n',
     [('增設公共托育家園5處', ['社會局'], ['財政局'])]),
    ('一、工作進展\n（一）改善行人設施\n1.加建上蓋行人通道3條。\n負責部門：路政署\n協助部門：運輸署\n進展：已完成2條。\n',
     [('加建上蓋行人通道3條', ['路政署'], ['運輸署'])]),
    # near-misses: a contact line and a people's label under a reported item give no unit row
    ('一、2030年民生实事完成情况\n1.全年新建乡村书屋22个。\n联系人：王五\n完成情况：已建成。\n',
     []),
    ('一、工作完成情况\n1.全年新建乡村书屋22个。\n责任人：王五\n',
     []),
]


@pytest.mark.parametrize("text,rows", REPORT_LABELS)
def test_labels_under_reported_items(text, rows):
    check(text, rows)


# -- 2. short rows of a delimited table whose first columns are merged with the rows above
SHORT_ROWS = [
    ('一级指标 | 二级指标 | 工作内容 | 任务分解 | 责任单位 | 完成时限 |\n'
     '一、设施建设 | (一)书屋建设 | 建成乡村书屋网络。 | 1.1新建乡村书屋20个; | 丁区文旅局 | 2030年6月 |\n'
     '1.2改造乡村书屋10个; | 丁区文旅局、各镇(街道) | 2030年10月 | |||\n'
     '1.3配备图书1万册; | 丁区图书馆 | 2030年12月 | |||\n',
     [('书屋建设', ['丁区文旅局'], []), ('改造乡村书屋10个', ['丁区文旅局', '各镇(街道)'], []),
      ('配备图书1万册', ['丁区图书馆'], [])]),
    ('類別\t項目\t工作內容\t執行策略\t主辦機關\t協辦機關\n'
     '一、托育\t公共托育\t擴充公共托育量能。\t1.增設托育家園5處\t社會局\t財政局\n'
     '2.培訓托育人員200人\t社會局\t勞工局\n',
     [('公共托育', ['社會局'], ['財政局']), ('培訓托育人員200人', ['社會局'], ['勞工局'])]),
    ('範疇 | 目標 | 措施 | 負責部門 | 協助部門 |\n'
     '交通 | 改善行人設施 | 加建上蓋行人通道3條 | 路政署 | 運輸署 |\n'
     '增設無障礙設施10處 | 路政署 | 房屋署 |\n',
     [('改善行人設施', ['路政署'], ['運輸署']), ('增設無障礙設施10處', ['路政署'], ['房屋署'])]),
    # a row the page cut after its units keeps the columns of the short row above
    ('一级指标 | 二级指标 | 任务分解 | 责任单位 | 完成时限 |\n'
     '一、设施 | (一)书屋 | 1.1新建乡村书屋20个; | 丁区文旅局 | 2030年6月 |\n'
     '1.2改造乡村书屋10个; | 丁区文旅局 | 2030年10月 | ||\n'
     '1.3配备图书1万册; | 丁区文旅',
     [('书屋', ['丁区文旅局'], []), ('改造乡村书屋10个', ['丁区文旅局'], []), ('配备图书1万册', ['丁区文旅'], [])]),
    # near-miss: a line that continues the content cell of the row above (no units, no date) stays content
    ('项目 | 工作内容 | 责任单位 | 完成时限 |\n'
     '乡村书屋 | 新建乡村书屋20个, | 丁区文旅局 | 2030年6月 |\n'
     '配备图书1万册。 | 另行通知 |\n',
     [('乡村书屋', ['丁区文旅局'], [])]),
]


@pytest.mark.parametrize("text,rows", SHORT_ROWS)
def test_short_rows_of_merged_cells(text, rows):
    check(text, rows)


# -- 3. units a cell parts by blanks only
BLANK_PARTED = [
    ('序号 | 重点任务 | 牵头单位 | 配合单位 |\n1 | 新建乡村书屋20个 | 丁区文旅局 城投集团 | 丁区财政局 |\n'
     '2 | 改造农村公路35公里 | 丁区交通局 | 各镇(街道) 交投公司 |\n',
     [('新建乡村书屋20个', ['丁区文旅局', '城投集团'], ['丁区财政局']),
      ('改造农村公路35公里', ['丁区交通局'], ['各镇(街道)', '交投公司'])]),
    ('項次\t工作項目\t主辦機關\t協辦機關\n1\t新設社區書屋20處\t文化局 圖書館\t財政處\n',
     [('新設社區書屋20處', ['文化局', '圖書館'], ['財政處'])]),
    ('| 措施 | 負責部門 | 協助部門 |\n| 增設社區圖書站二十個 | 康樂及文化事務署 | 民政事務總署 房屋署 |\n',
     [('增設社區圖書站二十個', ['康樂及文化事務署'], ['民政事務總署', '房屋署'])]),
    # near-miss: a name the source broke with a blank stays one unit (a piece is no unit's name)
    ('序号 | 重点任务 | 牵头单位 |\n1 | 新建乡村书屋20个 | 丁区文化 广电局 |\n',
     [('新建乡村书屋20个', ['丁区文化广电局'], [])]),
]


@pytest.mark.parametrize("text,rows", BLANK_PARTED)
def test_units_parted_by_blanks(text, rows):
    check(text, rows)


# -- 4. a label bracket wrapped with its line
WRAPPED = [
    ('1.加快推进书屋建设。新建乡村书屋20个,配备图\n书1万册。(责任单位:基建\n装备科,各项目学校)\n',
     [('书1万册', [], ['基建装备科', '各项目学校'])]),
    ('1.加快推进书屋建设。(牵头单位:丁区文旅局;责任单位:丁区财\n政局、丁区住建局)\n',
     [('加快推进书屋建设', ['丁区文旅局'], ['丁区财政局', '丁区住建局'])]),
    ('一、增設社區書屋20處。(主辦機關:文化\n局;協辦機關:財政處)\n',
     [('增設社區書屋20處', ['文化局'], ['財政處'])]),
    ('1.加建上蓋行人通道3條。(負責部門:路政\n署;協助部門:運輸署)\n',
     [('加建上蓋行人通道3條', ['路政署'], ['運輸署'])]),
    # near-miss: a bracket lost in scraping ends at its line; the next line's item is its own task
    ('1.新建乡村书屋20个。(责任单位:丁区文旅局\n2.改造农村公路35公里。(责任单位:丁区交通局)\n',
     [('新建乡村书屋20个', [], ['丁区文旅局']), ('改造农村公路35公里', [], ['丁区交通局'])]),
]


@pytest.mark.parametrize("text,rows", WRAPPED)
def test_label_bracket_wrapped_with_its_line(text, rows):
    check(text, rows)


# U4b as widened by the thirteenth round's adjudication: ``X等相关部门`` gives X only (the class noun is the dropped
# tail of 等); a collective joined by 及/和/与, or one before another unit, stays a unit
@pytest.mark.parametrize("listed, units", [
    ("甲局等相关部门", ["甲局"]),
    ("乙委、丙局等有关单位", None),
    ("丁署等其他机构", ["丁署"]),
    ("甲局及相关部门", ["甲局", "相关部门"]),
    ("甲局与有关单位", ["甲局", "有关单位"]),
    ("甲局等部门和各区县政府", ["甲局", "各区县政府"]),
    ("甲局等相关部门和各街道", ["甲局", "各街道"]),
])
def test_class_noun_after_etc_is_no_unit(listed, units):
    from extract.rules.unit_lists import _split_joints

    got = _split_joints(listed)
    if units is None:
        assert "有关单位" not in got
    else:
        assert got == units
