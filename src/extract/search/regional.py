"""The same thing in the words of the mainland, Taiwan, Hong Kong and Macau, for search.

A question typed in Taipei or Hong Kong names a school year, a school place or a home for the elderly in its own
words (``國中``, ``學額``, ``安老``), and a mainland text says ``初中``, ``学位``, ``养老``; a mainland question meets a
Taiwan or Hong Kong text the other way round. Script is not the difference (both sides are converted to Simplified
before search): the words are. The BM25 side of a query also looks for the other regions' words
(``SearchIndex.search``), as it looks for the texts' words for everyday ones (``bm25.plain_words``):

- a regional word of the query adds the mainland word (and the other regions' words) at ``REGIONAL_WEIGHT``;
- a mainland word adds the regional words at ``REVERSE_WEIGHT``: most questions and texts are the mainland's, so
  a mainland question over mainland texts must not be drawn to a Hong Kong page by ``幼稚园`` for its ``幼儿园``;
- in the share of the query a hit holds (the fusion's coverage) an added word counts ``REGIONAL_COVER`` of its idf.

The terms are a short list of education and public-service words (``REGIONAL_TERMS``, ``ONE_WAY``). OpenCC's
Taiwan phrase dictionaries (``TWPhrases``, shipped with the ``opencc`` package the project uses for script
conversion) hold none of them: their entries are general and IT words (計程車/出租车, 資訊/信息, 軟體/软件), and some
mislead in this genre (``新增`` -> ``添加``, ``社区`` -> ``社群``, ``项目`` -> ``专案``), so they are not used
(eval/search/README.md, tenth round, second wave).

Everything here is Simplified (the query is normalised before it is looked up).
"""

from __future__ import annotations

import re

# one thing, several regions' words (the mainland's first); TW: Taiwan, HK: Hong Kong, MO: Macau
REGIONAL_TERMS: tuple[tuple[str, ...], ...] = (
    ("初中", "国中"),                      # junior secondary school (TW 國中)
    ("小学", "国小"),                      # primary school (TW 國小)
    ("中小学", "国中小"),                  # TW 國中小
    ("初一", "国一"), ("初二", "国二"), ("初三", "国三"),  # TW 國一 … 國三
    ("幼儿园", "幼稚园"),                  # HK/MO 幼稚園 (TW 幼兒園 is the mainland's word)
    ("学位", "学额"),                      # a school place (HK/MO 學額)
    ("托育", "托婴"),                      # care of children under three (TW 托嬰)
    ("课后服务", "课后照顾"),              # after-school care (TW 課後照顧)
    ("老年人", "长者"),                    # the elderly (HK/TW 長者)
    ("养老", "安老"),                      # care of the elderly (HK 安老)
    ("床位", "宿位"),                      # a residential-care place (HK 宿位)
    ("食堂", "饭堂"),                      # HK 飯堂 (長者飯堂)
    ("社会福利", "社福"),                  # TW/HK 社福
    ("残疾人", "身心障碍者", "残障人士"),  # TW 身心障礙者, HK 殘障人士
    ("普惠", "平价"),                      # affordable (TW 平價)
    ("公办", "公立", "公营"),              # publicly run (TW 公立, HK 公營)
    ("建成", "落成"),                      # completed (HK/TW 落成)
    ("补贴", "补助", "津贴"),              # a subsidy (TW 補助, HK 津貼)
    ("中标", "得标"),                      # winning a tender (TW 得標)
    ("托位", "收托"),                      # a childcare place (TW 收托: places taken in)
    ("空调", "冷气"),                      # air conditioning (TW/HK 冷氣)
)
# a regional word whose mainland words are wider or several: only the regional word adds them
ONE_WAY: tuple[tuple[str, str], ...] = (
    ("高中职", "高中 中职"),               # TW 高中職: senior high and vocational high schools
    ("技职", "职业教育"),                  # TW 技職
    ("学童", "学生"),                      # HK 學童
    ("拨款", "资金 投入"),                 # HK 撥款: an appropriation
    ("公幼", "公办幼儿园"),                # TW 公幼
    ("园舍", "校舍"),                      # a kindergarten's premises (HK 校舍)
    ("安亲班", "托管 课后服务"),           # TW 安親班: after-school care run privately
    ("补习班", "校外培训"),                # TW 補習班: a cram school (the mainland's 校外培训机构)
    ("补习社", "校外培训"),                # HK 補習社
    ("低收入户", "低保"),                  # TW 低收入戶: a household on the minimum allowance
    ("综援", "低保"),                      # HK 綜援 (CSSA)
    ("长照", "长期护理 养老"),             # TW 長照: long-term care
    ("公屋", "公租房 保障性住房"),         # HK 公屋: public rental housing
    ("准公共", "普惠"),                    # TW 準公共化幼兒園: the affordable kindergartens
    ("身障", "残疾人"),                    # TW 身障 (short for 身心障礙)
    ("托儿", "托育"),                      # HK/TW 托兒 (托兒所, 托兒服務)
    ("营养午餐", "营养餐"),                # TW 營養午餐: school lunches
    # sixteenth round: Taiwan's words of school finance, buildings and digital learning, Hong Kong's nurseries
    ("偏乡", "农村 偏远"),                 # TW 偏鄉: remote rural places
    ("弱势", "困难"),                      # TW 弱勢學生/家庭: disadvantaged (the mainland's 困难学生, 困难家庭)
    ("非营利幼儿园", "普惠"),              # TW 非營利幼兒園: the mainland's 普惠性幼儿园
    ("公共化", "普惠"),                    # TW 公共化教保服務
    ("课辅", "课后服务"),                  # TW 課輔: after-school tutoring
    ("社会住宅", "保障性住房 公租房"),     # TW 社會住宅
    ("社宅", "保障性住房 公租房"),         # TW 社宅
    ("耐震", "抗震"),                      # TW 耐震: earthquake resistance
    ("补强", "加固"),                      # TW 補強: strengthening (a building)
    ("编列", "安排"),                      # TW 編列預算: to budget
    ("员额", "编制"),                      # TW 員額: posts, headcount
    ("县府", "县政府"), ("市府", "市政府"),  # TW 縣府, 市府
    ("数位", "数字"),                      # TW 數位: digital
    ("网路", "网络"),                      # TW 網路
    ("资讯", "信息"),                      # TW 資訊: information
    ("幼儿中心", "托育"),                  # HK 幼兒中心: a nursery for children under three
    ("特教", "特殊教育"),                  # 特教: special education, short
)
REGIONAL_WEIGHT = 1.0  # a mainland word for a regional word of the query, times a word the query says
REVERSE_WEIGHT = 0.25  # a regional word for a mainland word of the query
REGIONAL_COVER = 0.5   # an added word's share of its idf in the fusion's coverage
# ``国`` that ends a country's or the nation's name before ``中``/``小``/a grade (全国中小学, 我国中部): no 国中 there
_COUNTRY_GUO = re.compile(r"(?<=[全中我各本外祖两美英法德韩泰该强大民邻])国(?=[中小一二三])")


def _masked(query: str) -> str:
    """``query`` with the ``国`` of a country's name blanked, so ``国中``/``国小`` match Taiwan's words only."""
    return _COUNTRY_GUO.sub("□", query)


def regional_to_mainland(query: str) -> list[str]:
    """The mainland's (and the other regions') words for the regional words of ``query``, none it already holds:
    ``国中毕业生升学率`` -> ``["初中"]``, ``新增多少学额`` -> ``["学位"]``, ``高中职`` -> ``["高中", "中职"]``."""
    s = _masked(query)
    out: list[str] = []
    for group in REGIONAL_TERMS:
        if any(w in s for w in group[1:]):
            out += [w for w in group if w not in s and w not in out]
    for word, words in ONE_WAY:
        if word in s:
            rest = s.replace(word, "□")  # 高中职 holds 中职's characters, not the word
            out += [w for w in words.split() if w not in rest and w not in out]
    return out


def mainland_to_regional(query: str) -> list[str]:
    """The other regions' words for the mainland words of ``query`` that it names in no region's word:
    ``台湾初中毕业生的升学率`` -> ``["国中"]``, ``澳门还缺多少个学位`` -> ``["学额"]``."""
    s = _masked(query)
    out: list[str] = []
    for group in REGIONAL_TERMS:
        if group[0] in s and not any(w in s for w in group[1:]):
            out += [w for w in group[1:] if w not in out]
    return out


# Cantonese written as spoken (a Hong Kong or Macau user's question: ``長者社區券今年增加到幾多張``, ``邊度為長者免費做
#身體檢查``, ``目標係幾多``, ``幼稚園學費有冇資助``): its question and function words are in no text and in no list of
# question words, so they stayed as BM25 tokens no item holds (the largest idf, weighing down every hit's share of the
# query) and as words the dense model reads apart from their Mandarin sense; ``係`` (is) even becomes ``系`` (a system)
# in Simplified script. They are read as written Mandarin first (query side only; the texts are written Chinese).
# Either script; the longer forms before the shorter ones. ``係`` only as the copula before a question or negation word
# (``關係``, ``聯係`` stay), ``邊`` only before a counter or place word (``旁邊``, ``邊境`` stay).
_CANTONESE = (
    ("係唔係", "是不是"), ("係咪", "是不是"), ("唔係", "不是"),
    ("有冇", "有没有"), ("係", "是"), ("幾多", "多少"), ("几多", "多少"), ("幾時", "什么时候"), ("几时", "什么时候"),
    ("點樣", "怎样"), ("点样", "怎样"), ("點解", "为什么"), ("点解", "为什么"),
    ("乜嘢", "什么"), ("乜野", "什么"), ("咩", "什么"), ("邊度", "哪里"), ("边度", "哪里"), ("邊處", "哪里"),
    ("边处", "哪里"), ("邊個", "哪个"), ("边个", "哪个"), ("邊間", "哪间"), ("边间", "哪间"), ("邊位", "哪位"),
    ("边位", "哪位"), ("邊區", "哪个区"), ("边区", "哪个区"),
    ("佢哋", "他们"), ("佢地", "他们"), ("佢", "他"), ("而家", "现在"), ("屋企", "家里"),
    ("細路仔", "小孩"), ("細路", "小孩"), ("细路仔", "小孩"), ("细路", "小孩"), ("細蚊仔", "小孩"), ("细蚊仔", "小孩"),
    ("返學", "上学"), ("返学", "上学"), ("返工", "上班"), ("搵工", "找工作"),
    ("冇", "没有"), ("嘅", "的"), ("喺", "在"), ("咗", "了"), ("啲", "些"), ("唔", "不"), ("嚟", "来"), ("睇", "看"),
    ("搵", "找"), ("畀", "给"), ("嗰", "那"),
)
_CANTONESE_RE = re.compile("|".join(
    (r"(?<![關关聯联體体維维派干幹世譜谱])係(?=[幾几咩乜邊边唔咪點点多甚什哪])" if a == "係" else re.escape(a)) for a, _ in _CANTONESE))
_CANTONESE_MAP = dict(_CANTONESE)


def written_mandarin(query: str) -> str:
    """``query`` with Cantonese question and function words read as written Mandarin: ``目標係幾多`` -> ``目標是多少``,
    ``邊度有長者飯堂`` -> ``哪里有長者飯堂``, ``有冇資助`` -> ``有没有資助`` (the rest as it is, in its script)."""
    return _CANTONESE_RE.sub(lambda m: _CANTONESE_MAP[m.group(0)], query or "")
