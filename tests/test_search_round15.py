"""Search, fifteenth round (search15): Traditional-script and paraphrase questions.

- Hong Kong's variant characters that OpenCC's ``t2s`` keeps (``衞``, ``敍``, ``枱``, ...) are read as the Simplified
  ones on the search side (``bm25.HK_VARIANTS``), in the query and in the texts BM25 reads;
- everyday words: ``托管班`` -> ``托班``, ``暑假`` -> ``暑期`` (``bm25.PLAIN_WORDS``).
"""


def test_hong_kong_variants_are_simplified():
    from extract.search.bm25 import bigrams, normalise_query, tokenize

    assert normalise_query("示例區衞生署") == "示例区卫生署"
    assert normalise_query("敍述 枱面 衹有") == "叙述 台面 只有"
    # the same words in either script, either variant, share their tokens and character pairs
    assert set(tokenize("衞生服務")) == set(tokenize("衛生服務")) == set(tokenize("卫生服务"))
    assert bigrams("某某衞生中心") == bigrams("某某卫生中心")
    # text with none of them is as before
    assert normalise_query("長者飯堂 ABC") == "长者饭堂 abc"


def test_tokens_version_moves_with_the_variants():
    from extract.search.bm25 import TOKENS_VERSION
    from extract.search.items import ITEMS_VERSION

    assert TOKENS_VERSION == "tokens.v3" and ITEMS_VERSION.endswith("tokens.v3")


def test_plain_words_for_holiday_care():
    from extract.search.bm25 import plain_words

    assert plain_words("寒假裡有沒有托管班") == "托班"
    assert plain_words("暑假孩子去哪里上兴趣课").split()[-1] == "暑期"
    assert plain_words("暑期托班有几个") == ""  # the texts' own words add nothing


def test_taiwan_and_hong_kong_welfare_words_add_the_mainland_ones():
    from extract.search.bm25 import normalise_query
    from extract.search.regional import mainland_to_regional, regional_to_mainland

    def mainland(q):
        return regional_to_mainland(normalise_query(q))

    assert mainland("示例縣安親班一個月收多少") == ["托管", "课后服务"]
    assert mainland("某市補習班要怎麼管") == ["校外培训"]
    assert mainland("低收入戶的孩子有沒有營養午餐") == ["低保", "营养餐"]
    assert mainland("綜援家庭") == ["低保"]
    assert mainland("長照據點增加幾處") == ["长期护理", "养老"]
    assert mainland("公屋興建量") == ["公租房", "保障性住房"]
    assert mainland("準公共化幼兒園收費") == ["普惠"]
    assert mainland("身障者就業") == ["残疾人"]
    assert mainland("托兒服務名額") == ["托育"]
    # one way: a mainland question is not sent to the regional words
    assert mainland_to_regional("示例区校外培训机构治理") == []
    assert mainland_to_regional("示例区低保家庭") == []
    # 托位 <-> 收托 both ways (the mainland word adds the Taiwan one at the lower weight)
    assert mainland("示例鄉托嬰中心可收托幾名") == ["托育", "托位"]
    assert mainland_to_regional("示例区新增托位数") == ["收托"]


def test_air_conditioning_and_the_noon_nap():
    from extract.search.bm25 import normalise_query, plain_words
    from extract.search.regional import mainland_to_regional, regional_to_mainland

    assert regional_to_mainland(normalise_query("示例縣教室裝冷氣要多少錢")) == ["空调"]
    assert mainland_to_regional("示例县教室装空调的预算") == ["冷气"]
    assert plain_words("给学生配午睡的床") == "午休"
