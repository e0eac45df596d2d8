"""BM25 over jieba tokens of the Simplified text (``bm25s``).

Exact terms matter to analysts (毛入园率, 区文化旅游委, 98%): dense vectors blur them, BM25 keeps
them. Text is normalised first (NFKC, Traditional -> Simplified, lower case); numbers are split
from their units so ``98%`` matches ``98`` and ``%``; jieba's search mode adds the sub-words of
long words (义务教育 -> 义务, 教育, 义务教育). A private ``jieba.Tokenizer`` is used so the global
dictionary is left alone. A second index over every pair of adjacent characters (``bigrams``) adds
``BIGRAM_WEIGHT`` of its score (``SearchIndex.bm25_scores``), so a word jieba cuts one way in the
question and another in the text still counts.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from typing import Sequence

import numpy as np

from extract.normalise import to_simplified

TOKENS_VERSION = "tokens.v3"  # bump on any change to ``tokenize``: the index stores its items' tokens
# words jieba splits badly in this domain; added to the private dictionary only
DOMAIN_WORDS = ("毛入园率", "毛入学率", "巩固率", "入学率", "普及普惠", "优质均衡", "集团化办学", "课后服务",
                "双减", "牵头单位", "责任单位", "公参民", "区管校聘", "思政课", "特色学校", "名班主任",
                "学科带头人", "骨干教师", "心理健康", "劳动教育", "智慧校园", "产教融合", "校企合作")
# the short names of government units, which jieba cuts across their level (``市住建局`` -> ``市住`` ``建局``,
# ``市人社局`` -> ``市人`` ``社局``), so the same unit under another level (``区住建局``) or named alone
# (``住建局``) shares no token with it; as words, the level stands apart (``市`` ``住建局``)
UNIT_WORDS = ("人社局", "住建局", "住建委", "发改局", "发改委", "教科局", "教体局", "教育局", "教委", "教工委",
              "文旅局", "文广旅体局", "文广新局", "文体局", "资规局", "规资局", "自规局", "规自局", "自然资源局",
              "卫健局", "卫健委", "卫计委", "医保局", "城管局", "财政局", "民政局", "公安局", "司法局", "审计局",
              "统计局", "水利局", "林业局", "商务局", "体育局", "农业农村局", "农业局", "交通局", "交通运输局",
              "市场监管局", "生态环境局", "环保局", "应急局", "应急管理局", "退役军人事务局", "数据局", "大数据局",
              "经信局", "科技局", "工信局", "税务局", "人防办", "编办", "残联", "妇联", "团委", "科协", "工会",
              "宣传部", "组织部", "统战部", "政法委", "网信办", "文明办", "督导室", "教研室", "政府办")
STOPWORDS = frozenset("的 和 与 及 等 在 了 是 为 对 把 将 以 中 其 并 或 个 有 也 之 于 由 各 该 要 "
                      "哪些 哪个 什么 怎么 如何 多少 吗 呢 有关 关于 相关 一些 这个 那些".split())
# a question's own words (``谁``, ``几所``, ``什么时候``, ``多大``, ``哪一年``): no text holds them, so as query tokens they
# only weigh down the share of the query every hit holds (an unknown token has the largest idf), and a plain
# question (``…由谁负责``, ``…新建几所幼儿园``) got a weaker BM25 list than the same question typed as a term; they are
# dropped from the BM25 side of a query (``question_words``), never from the items' tokens
_QUESTION_WORD = re.compile(r"^(?:谁|由谁|是谁|几[所个间家项名年次条座台种天月位人批处类级万亿]?|多(?:大|久|长|高|远|重|少钱)|多长时间|什么时候|时候|"
                            r"甚么|啥|咋|怎样|怎么样|是否|能否|有没有|哪[\u4e00-\u9fff]{0,2})$")
_PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)
_NUM_UNIT = re.compile(r"(\d+(?:\.\d+)?)")
# a small number in Chinese numerals before a counter or unit (``三岁``, ``两所``, ``十二个``): read as
# figures on both sides, so ``三岁以下`` matches ``3岁以下`` (a year's or a plan's name, ``十四五``, is not counted)
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_COUNT = re.compile(r"(?<![一二三四五六七八九十两〇零第])([一二三四五六七八九两]?十[一二三四五六七八九]?|[一二三四五六七八九两])"
                       r"(?=(?:周岁|岁|年|所|个|名|项|家|座|间|倍|批|条|类|门|天|月|万|亿))")


@functools.lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for w in DOMAIN_WORDS + UNIT_WORDS:
        tok.add_word(w, freq=20000)
    return tok


# Hong Kong's variant characters that OpenCC's ``t2s`` leaves as they are (``衞生署`` stays ``衞生署``, not ``卫生署``):
# its ``hk2s`` maps them (HKVariantsRev); these are every character in U+4E00-U+9FFF where ``hk2s`` and ``t2s`` part,
# less 潀 (a rare river name). Search only: the extraction's canonical text is ``t2s``'s (the scorer's spec).
HK_VARIANTS = str.maketrans("敍枱粧糭衞衹", "叙台妆粽卫只")


def normalise_query(text: str) -> str:
    return to_simplified(unicodedata.normalize("NFKC", text or "")).translate(HK_VARIANTS).lower()


def _cn_number(numeral: str) -> int:
    if "十" not in numeral:
        return _CN_DIGITS[numeral]
    tens, _, ones = numeral.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def counts_as_figures(text: str) -> str:
    """``三岁以下`` -> ``3岁以下``, ``新建十二所`` -> ``新建12所`` (numbers up to 99 before a counter)."""
    return _CN_COUNT.sub(lambda m: str(_cn_number(m.group(1))), text)


# a question's everyday words and the words the texts use for the same thing (``老师`` for ``教师``, ``打工`` for
# ``务工``, ``上幼儿园`` for ``入园``): a question in plain words shares no token with the text, so the query's
# BM25 side also looks for the texts' words (``plain_words``), at ``PLAIN_WEIGHT`` of a word the question says;
# in the share of the query a hit holds (the fusion's coverage) each counts ``PLAIN_COVER`` of its idf, so a hit
# that holds only the added words does not outweigh one that holds the question's own
PLAIN_WORDS = (("上幼儿园", "入园"), ("老师", "教师"), ("打工", "务工"), ("护工", "护理员"), ("小孩", "儿童"),
               ("孩子", "儿童"), ("老人", "老年人 长者"), ("看病", "就医"), ("私立", "民办"), ("住校", "寄宿"),
               ("找工作", "就业"), ("钱", "资金 经费 投入 投资"), ("老年痴呆", "认知障碍 失智"), ("抽烟", "吸烟 控烟"),
               ("托管班", "托班"), ("暑假", "暑期"), ("午睡", "午休"),
               # a sixteenth round's everyday words: school, care, health, work, housing, daily needs
               ("不上学", "辍学 控辍保学"),
               ("不念书", "辍学 控辍保学"), ("上大学", "高等教育 高校"), ("放学", "课后服务"), ("补课", "校外培训"),
               ("辅导班", "校外培训"), ("养老院", "养老机构 敬老院"), ("老人院", "养老机构 敬老院"),
               ("喝水", "饮水"), ("自来水", "供水"), ("做生意", "创业"), ("手艺", "技能培训"), ("学技术", "技能培训"),
               ("生孩子", "生育"), ("打疫苗", "接种"), ("退休金", "养老金"), ("房子", "住房"), ("租房", "租赁住房 公租房"),
               ("吃饭", "就餐 助餐"), ("午饭", "午餐"), ("家里困难", "家庭经济困难 困境"), ("穷", "困难 家庭经济困难"),
               ("看牙", "口腔"), ("牙齿", "口腔"), ("护士", "护理"), ("医生", "医师"), ("上网", "网络"),
               ("当兵", "入伍 兵役"), ("警察", "公安 民警"), ("被欺负", "欺凌"), ("心理问题", "心理健康"),
               ("拆迁", "征收 安置"), ("户口", "户籍"), ("电瓶车", "电动自行车"), ("不识字", "文盲 扫盲 识字"),
               ("灯光", "照明"), ("煤气", "燃气"), ("掏钱", "免费 自付 费用"), ("要不要钱", "免费 收费"),
               ("收不收费", "免费 收费"), ("智能手机", "智能技术"),
               # the twenty-second round's: care of the old by day, a home made fit for them
               ("白天", "日间照料 日间照顾 日照中心"), ("照看", "照料 照顾 照护"), ("适合老人", "适老化"))
PLAIN_WEIGHT = 0.5
PLAIN_COVER = 0.25


from extract.search.rates import stage_rate_words  # noqa: E402


def plain_words(query: str) -> str:
    """The texts' words for the everyday words of ``query`` (``PLAIN_WORDS``), space-separated ("" if none)."""
    s = normalise_query(query)
    out: list[str] = []
    # a longer everyday word first, and the words inside it are no longer read (``掏钱``: not ``钱``'s 资金, 投资)
    found, rest = [], s
    for plain, text_words in sorted(PLAIN_WORDS, key=lambda pw: -len(pw[0])):
        if plain in rest:
            found.append((PLAIN_WORDS.index((plain, text_words)), text_words))
            rest = rest.replace(plain, "□")
    for _, text_words in sorted(found):
        out += [w for w in text_words.split() if w not in s and w not in out]
    rates = [w for w in stage_rate_words(s).split() if w not in s and w not in out]  # 上幼儿园的比例 -> 毛入园率
    out = [w for w in out if not any(w in r for r in rates)] + rates  # the rate, not its stage's 入园
    return " ".join(out)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# the bigram list's share of a BM25 score (``BM25Index.scores`` of the words plus this much of the bigrams')
BIGRAM_WEIGHT = 0.5


def bigrams(text: str) -> list[str]:
    """Every pair of adjacent Chinese characters of ``text`` (normalised as ``tokenize`` does): a second
    vocabulary that does not depend on where jieba cuts. A word the dictionary cuts one way in the question
    and another in the text (``入园率`` beside ``毛入园率``, a Traditional text's words after conversion, a
    unit's name run into its level) still shares its character pairs."""
    s = counts_as_figures(normalise_query(text))
    return [run[i:i + 2] for run in _CJK_RUN.findall(s) for i in range(len(run) - 1)]


def tokenize(text: str) -> list[str]:
    s = counts_as_figures(normalise_query(text))
    s = _NUM_UNIT.sub(r" \1 ", s)
    out = []
    for tok in _tokenizer().cut_for_search(s):
        tok = tok.strip()
        if not tok or tok in STOPWORDS or _PUNCT.match(tok):
            continue
        out.append(tok)
    return out


# a yes-or-no question's A-not-A form (``能不能免费``, ``要不要自己掏钱``, ``有没有扫盲的办法``, ``会不会延长``, ``可不可以``):
# jieba's search mode cuts it into words the texts use in another sense (``不能``, ``不要``, ``没有``, ``不会``, ``可以``),
# so a hit that says ``不能低于`` or ``没有`` got a share of the question; the form is taken out of the BM25 side's text
_A_NOT_A = re.compile(r"有没有|可不可以|需不需要|应不应该|能不能够|([能要会是可需用收该应肯行])不\1")
# the same form of any other verb or adjective (``给不给补贴``, ``帮不帮忙``, ``免不免费``, ``安不安全``, ``建没建好``): the
# question's word is the verb itself, whole (``帮忙``, ``免费``, ``安全``), which the form cut in two (``免``, ``不``, ``免费``
# and a ``不`` of its own); it is read as the verb once
_VERB_NOT_VERB = re.compile(r"([\u4e00-\u9fff])[不没]\1")
VERB_FORMS = True  # other verbs' A-not-A forms read as the verb (False: left as jieba cuts them)


def without_yes_no(text: str) -> str:
    """``text`` without its A-not-A question forms: ``疫苗能不能免费`` -> ``疫苗免费``, ``有没有扫盲的办法`` -> ``扫盲的办法``;
    any other verb's form read as the verb: ``帮不帮忙`` -> ``帮忙``, ``免不免费`` -> ``免费``."""
    text = _A_NOT_A.sub(" ", text)
    return _VERB_NOT_VERB.sub(r"\1", text) if VERB_FORMS else text


def question_words(tokens: Sequence[str]) -> list[str]:
    """``tokens`` without the question's own words (``谁``, ``几所``, ``时候``, ``多大``, ``哪年``)."""
    return [t for t in tokens if not _QUESTION_WORD.match(t)]


# A word of the query that no item's text holds at all (``某县有哪些学校在办某计划``: the place the page calls ``本县``; a
# programme's or district's name the answering sentence does not repeat) tells no hit from another, yet counted at the
# largest idf a token can have it shrank every hit's share of the query alike: the BM25 list's best hit, holding the rest
# of the question, lost its vote in the fusion (its share is scaled by that share squared) and the list its weight, so
# the dense list alone decided. Such words weigh nothing in the share (``absent_words``), when the words the texts hold
# outweigh them. Not: a single character (``后``, ``读`` of ``报名后再读夜校``: the question's phrasing); a word the texts
# hold inside a longer one (``班化`` of ``小班化``); a question most of whose weight is absent words (its one held word,
# say the place, would then make every hit that names the place a full match).
ABSENT_MIN = 2
ABSENT_RATIO = 1.5  # the held words' idf over the absent words' for these to weigh nothing


def absent_words(tokens: Sequence[str], index: "BM25Index", text: str, scale: dict[str, float] | None = None) -> list[str]:
    """The words of ``tokens`` (a query's) of ``ABSENT_MIN`` characters or more that neither ``index``'s vocabulary nor
    ``text`` (every item's BM25 text) holds, when the held tokens outweigh them by idf (``scale``: a token's share of
    its idf; an absent word's parts jieba cut out of it as well count once): ``["某县", "科学", "教育", "计划"]`` over
    items that say ``本县…科学教育计划`` -> ``["某县"]``; else []."""
    toks = list(dict.fromkeys(tokens))
    absent = [t for t in toks if len(t) >= ABSENT_MIN and t not in index.vocab and t not in text]
    if not absent:
        return []
    held = sum(index.idf(t) * (scale or {}).get(t, 1.0) for t in toks if t not in absent)
    names = sum(index.idf(t) for t in absent if not any(t != o and t in o for o in absent))
    return absent if held >= names * ABSENT_RATIO else []


# characters jieba glues to a question's word (``要建`` of ``…学校要建多少所``, ``多少岁``, ``县里``, ``率要``, ``能免``): a
# query token no item holds is read as the word left when they are taken off its ends, if an item holds that
_GLUE_HEAD = re.compile(r"^(?:多少|要|能|会|把|给|在|都|也|就|还|才|让|被|去|来|新|再|又|该|得)+")
_GLUE_TAIL = re.compile(r"(?:要|了|的|得|个|里|上|下|中|时|能|会|是|过|着|吗|呢)+$")


def unglued(tokens: Sequence[str], vocab) -> list[str]:
    """``tokens`` with each one that ``vocab`` lacks replaced by the word it holds once the characters jieba glued to
    its ends (``要``, ``多少``, ``里``) are taken off (``要建`` -> ``建``, ``多少岁`` -> ``岁``, ``县里`` -> ``县``), where
    ``vocab`` holds that word; else kept."""
    out = []
    for t in tokens:
        if t not in vocab:
            for core in (_GLUE_TAIL.sub("", _GLUE_HEAD.sub("", t)), _GLUE_HEAD.sub("", t), _GLUE_TAIL.sub("", t)):
                if core and core != t and core in vocab and core not in STOPWORDS:
                    t = core
                    break
        out.append(t)
    return out


class BM25Index:
    """BM25 scores of a query against every document of a fixed corpus (token lists)."""

    def __init__(self, corpus_tokens: Sequence[Sequence[str]], k1: float = 1.2, b: float = 0.75,
                 keep: Sequence[bool] | None = None) -> None:
        """``keep``: which documents BM25 reads (None: all); the others score 0 and count in no statistic, but every
        array it returns has one entry per document of ``corpus_tokens``."""
        import bm25s

        self.size = len(corpus_tokens)
        self._keep = None
        if keep is not None and not all(keep):
            self._keep = np.flatnonzero(np.asarray(keep, dtype=bool))
            corpus_tokens = [corpus_tokens[i] for i in self._keep]
        self.n = len(corpus_tokens)
        self.vocab: dict[str, int] = {}
        ids = [[self.vocab.setdefault(t, len(self.vocab)) for t in doc] for doc in corpus_tokens]
        self._bm25 = None
        if self.n and self.vocab:
            self._bm25 = bm25s.BM25(k1=k1, b=b)
            # an empty document would make bm25s drop a row: give it a token no query has
            ids = [doc or [self.vocab.setdefault("\x00", len(self.vocab))] for doc in ids]
            self._bm25.index(bm25s.tokenization.Tokenized(ids=ids, vocab=dict(self.vocab)), show_progress=False)

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """One score per corpus document (0 where no query token occurs)."""
        if self._bm25 is None:
            return np.zeros(self.size, dtype=np.float32)
        known = [self.vocab[t] for t in query_tokens if t in self.vocab]
        if not known:
            return np.zeros(self.size, dtype=np.float32)
        # bm25s keeps each token's per-document scores as a sparse column; summing the query's
        # columns with one bincount is many times faster than its own per-token accumulation
        m = self._bm25.scores
        data, indices, indptr = m["data"], m["indices"], m["indptr"]
        ids = np.asarray(known, dtype=np.int64)
        parts = [(indptr[i], indptr[i + 1]) for i in ids]
        idx = np.concatenate([indices[a:b] for a, b in parts])
        val = np.concatenate([data[a:b] for a, b in parts])
        out = np.bincount(idx, weights=val, minlength=self.n).astype(np.float32)
        extra = getattr(self._bm25, "nonoccurrence_array", None)
        if extra is not None:
            out += extra[ids].sum()
        return self._spread(out)

    def _spread(self, out: np.ndarray) -> np.ndarray:
        """Scores of the documents read, as one entry per document (0 for the others)."""
        if self._keep is None:
            return out
        full = np.zeros(self.size, dtype=out.dtype)
        full[self._keep] = out
        return full

    def coverage(self, query_tokens: Sequence[str], doc_tokens: Sequence[str]) -> float:
        """The share of the query's weight (each distinct token by its idf) that ``doc_tokens`` hold."""
        toks = list(dict.fromkeys(query_tokens))
        if not toks or self._bm25 is None:
            return 0.0
        have = set(doc_tokens)
        weights = [self.idf(t) for t in toks]
        total = sum(weights)
        return sum(w for t, w in zip(toks, weights) if t in have) / total if total else 0.0

    def coverages(self, query_tokens: Sequence[str], scale: dict[str, float] | None = None) -> np.ndarray:
        """``coverage`` of the query for every corpus document at once, from the index's postings (a token in
        ``scale`` weighs that share of its idf)."""
        out = np.zeros(self.n, dtype=np.float32)
        toks = list(dict.fromkeys(query_tokens))
        if not toks or self._bm25 is None:
            return self._spread(out)
        indptr, indices = self._bm25.scores["indptr"], self._bm25.scores["indices"]
        total = 0.0
        for t in toks:
            w = self.idf(t) * (scale or {}).get(t, 1.0)
            total += w
            i = self.vocab.get(t)
            if i is not None:
                out[indices[indptr[i]:indptr[i + 1]]] += w
        return self._spread(out / total if total else out)

    def idf(self, token: str) -> float:
        """BM25's idf of ``token`` (an unknown token: as rare as a token can be)."""
        i = self.vocab.get(token)
        indptr = self._bm25.scores["indptr"]
        df = 0 if i is None else int(indptr[i + 1] - indptr[i])
        return float(np.log(1 + (self.n - df + 0.5) / (df + 0.5)))

    def scores_reference(self, query_tokens: Sequence[str]) -> np.ndarray:
        """The same scores through ``bm25s`` itself (for tests)."""
        known = [t for t in query_tokens if t in self.vocab]
        if self._bm25 is None or not known:
            return np.zeros(self.size, dtype=np.float32)
        return self._spread(np.asarray(self._bm25.get_scores([self.vocab[t] for t in known]), dtype=np.float32))
