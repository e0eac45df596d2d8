"""Search, sixteenth round (search16): questions typed the way people speak.

- Cantonese question and function words (``幾多``, ``邊度``, ``係``, ``有冇``, ``點樣``) are read as written Mandarin on the
  query side (``regional.written_mandarin``), so they leave the BM25 side as question words do and the dense model
  reads a written question.
"""


def test_cantonese_question_words_read_as_written_mandarin():
    from extract.search.regional import written_mandarin

    assert written_mandarin("示例區長者券今年增加到幾多張") == "示例區長者券今年增加到多少張"
    assert written_mandarin("目標係幾多") == "目標是多少"
    assert written_mandarin("邊度有免費身體檢查") == "哪里有免費身體檢查"
    assert written_mandarin("邊個部門負責收生") == "哪个部門負責收生"
    assert written_mandarin("學費有冇資助") == "學費有没有資助"
    assert written_mandarin("點樣申請津貼") == "怎样申請津貼"
    assert written_mandarin("幾時開始") == "什么时候開始"
    assert written_mandarin("係唔係免費") == "是不是免費"
    assert written_mandarin("啲細路喺邊度返學") == "些小孩在哪里上学"
    # written Chinese is left as it is: 關係 (a relation), 旁邊 (beside), 邊境 (a border)
    for q in ("兩地關係幾好", "學校旁邊", "邊境口岸", "联系方式", "示例区新增多少个学位"):
        assert written_mandarin(q) == q


def test_cantonese_question_words_leave_the_bm25_query():
    from extract.search.bm25 import normalise_query, question_words, tokenize
    from extract.search.regional import written_mandarin

    def bm25_words(q):
        return question_words(tokenize(normalise_query(written_mandarin(q))))

    toks = bm25_words("示例中心會增設幾多間")
    assert "几多" not in toks and "多少" not in toks and "增设" in toks
    assert "系" not in bm25_words("佔比目標係幾多")  # 係 was read as 系 (a system)
    assert not {"边度", "哪里"} & set(bm25_words("邊度有長者飯堂"))
    assert bm25_words("幾時開始實施免費教育") == bm25_words("什么时候开始实施免费教育")


def test_everyday_words_of_school_care_health_and_housing():
    from extract.search.bm25 import plain_words

    assert "辍学" in plain_words("怎么防止孩子中途不念书").split()
    assert plain_words("给老年人吃饭的地方") == "就餐 助餐"
    assert plain_words("农村喝水安全") == "饮水"
    assert plain_words("残疾人想做生意") == "创业"
    assert plain_words("想学门手艺") == "技能培训"
    assert plain_words("养老院床位") == "养老机构 敬老院"
    assert "课后服务" in plain_words("放学后谁看孩子").split()
    # the texts' own words add nothing
    assert plain_words("示例区适龄儿童入学率") == ""
    assert plain_words("示例县创业扶持资金") == ""


def test_more_taiwan_and_hong_kong_words_add_the_mainland_ones():
    from extract.search.bm25 import normalise_query
    from extract.search.regional import mainland_to_regional, regional_to_mainland

    def mainland(q):
        return regional_to_mainland(normalise_query(q))

    assert mainland("偏鄉學校數位學習經費") == ["农村", "偏远", "数字"]
    assert mainland("弱勢學生課輔") == ["困难", "课后服务"]
    assert mainland("非營利幼兒園增加幾班") == ["普惠"]
    assert mainland("校舍耐震補強編列多少預算") == ["抗震", "加固", "安排"]
    assert mainland("示例資助幼兒中心增設幾間") == ["托育"]
    # one way: the mainland's words send nothing to the regional ones
    assert mainland_to_regional("示例县农村学校抗震加固") == mainland_to_regional("示例县农村困难学生数字化") == []


def test_a_longer_everyday_word_is_read_before_the_words_inside_it():
    from extract.search.bm25 import plain_words

    assert plain_words("打疫苗要不要自己掏钱") == "接种 免费 自付 费用"  # not 钱's 资金, 投资
    assert plain_words("示例小学改建一共花了多少钱") == "资金 经费 投入 投资"
    assert plain_words("小区电瓶车充电") == "电动自行车"
    assert plain_words("家里穷的学生有什么补助") == "困难 家庭经济困难"


def test_the_dense_query_names_the_texts_words_only_for_everyday_ones():
    from extract.search.bm25 import normalise_query
    from extract.search.index import dense_query

    # a regional word is left to the dense model (the mainland's word in brackets drew Taiwan and Hong Kong
    # questions away from their own pages): only the BM25 side adds it
    assert dense_query(normalise_query("示例區啟用的學校新增多少學額")) == "示例区启用的学校新增多少学额"
    assert dense_query("示例县老人想打疫苗") == "示例县老人想打疫苗(老年人 长者 接种)"


def test_yes_no_question_forms_leave_the_bm25_query():
    from extract.search.bm25 import question_words, tokenize, without_yes_no

    def bm25_words(q):
        return question_words(tokenize(without_yes_no(q)))

    assert bm25_words("示例疫苗能不能免费") == bm25_words("示例疫苗免费")
    assert "不要" not in bm25_words("打疫苗要不要自己付费")
    assert "没有" not in bm25_words("有没有扫盲的办法") and "扫盲" in bm25_words("有没有扫盲的办法")
    assert not {"不会", "会"} & set(bm25_words("会不会延长产假"))
    assert not {"可以", "不可", "可不"} & set(bm25_words("可不可以申请补贴"))
    # a text's own negation is no question form
    assert without_yes_no("不能低于90%") == "不能低于90%"
    assert without_yes_no("是否达标") == "是否达标"
