"""Goal cues of the tenth round's second wave, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import year_deed
from rules_kit import records


def goals(text):
    return [(r.quote, r.target_year) for r in records(text, "goal")]


def test_a_year_and_a_deed_of_adding_or_building_with_its_quantity():
    # (N9a, O3) the year (an ROC school year too, read in the common era) as the time of a deed that adds or builds
    assert year_deed("2033年度甲区公共化幼儿园再增8班")[0] == 2033
    assert year_deed("乙县表示,2033年乙镇增设幼儿园4校")[0] == 2033
    assert year_deed("2034年丙区扩建中学2所")[0] == 2034
    assert year_deed("2034年丁镇兴建体育馆1座")[0] == 2034
    # no quantity, or the year does not open the clause: no deed of that year
    assert year_deed("2033年甲区再增班级")[0] is None
    assert year_deed("甲区再增8班,满足2033年需求")[0] is None
    text = ("甲市公共化教保服务扩充\n\n"
            "教育处表示,将持续依各区供需情形增班,118学年度甲区公共化幼儿园再增8班、专班至少再增5班,减轻家长负担。\n\n"
            "乙县表示,2033年乙镇增设幼儿园4校。\n")
    got = goals(text)
    assert ("教育处表示,将持续依各区供需情形增班,118学年度甲区公共化幼儿园再增8班、专班至少再增5班,减轻家长负担", 2029) in got
    assert ("乙县表示,2033年乙镇增设幼儿园4校", 2033) in got
