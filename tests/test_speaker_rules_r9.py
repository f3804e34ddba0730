"""Speakers, tenth pass (issue 20): what unseen real pages still got wrong, each written as a
passage of its own for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import cases_in_tables, speakers

from newsfacts.extractors.speech.entities import Entities, fullness
from newsfacts.extractors.speech.names import people_endings, people_in_the_plural
from newsfacts.extractors.speech.speakers import ORG, PERSON, classify
from newsfacts.extractors.speech.subjects import USER_ID
from newsfacts.page.article import parse_article

# --- one post written once for two people listed with a middle dot ---------------------------

_BOTH = "새물결당 한도윤·시민중도당 마서진 원내대표"

SHARED_POST = [
    pytest.param(
        "새물결당 한도윤·시민중도당 마서진 원내대표는 이날 국회에서 처음 만났다. "
        "한 원내대표는 “자주 만나 풀어가자”고 말했다. "
        "마 원내대표는 “먼저 손을 내밀어 주셔서 고맙다”고 화답했다.",
        [
            ("자주 만나 풀어가자", "새물결당 한도윤 원내대표", "한 원내대표"),
            ("먼저 손을 내밀어 주셔서 고맙다", "시민중도당 마서진 원내대표", "마 원내대표"),
        ],
        id="two-leaders-of-two-parties",
    ),
    pytest.param(
        "탁지호·변서윤 의원은 공동으로 법안을 발의했다. 변 의원은 “현장의 요구를 담았다”고 설명했다.",
        [("현장의 요구를 담았다", "변서윤 의원", "변 의원")],
        id="two-members-no-party",
    ),
    pytest.param(
        "새물결당 한도윤·시민중도당 마서진 원내대표는 “함께 풀겠다”고 말했다. "
        "한 원내대표는 “자주 보자”고 했다.",
        [
            ("함께 풀겠다", _BOTH, _BOTH),
            ("자주 보자", "새물결당 한도윤 원내대표", "한 원내대표"),
        ],
        id="the-list-speaks-together-then-one-of-it",
    ),
    pytest.param(
        "정부·여당 관계자는 이날 “결론은 다음 주에 난다”고 말했다.",
        [("결론은 다음 주에 난다", "정부·여당 관계자", "정부·여당 관계자")],
        id="bodies-listed-are-no-names",
    ),
    pytest.param(
        "가온당 신임 원내대표로 국도하 의원이 뽑혔다. 당은 국 신임 원내대표를 중심으로 뭉치기로 했다. "
        "국 신임 원내대표는 “협치의 길을 열겠다”고 말했다.",
        [("협치의 길을 열겠다", "국도하 의원", "국 신임 원내대표")],
        id="newly-in-the-post-is-the-same-person",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "새물결당 한도윤·시민중도당 마서진 원내대표는 이날 만났다.",
            [
                ("새물결당 한도윤 원내대표", ["새물결당 한도윤"]),
                ("시민중도당 마서진 원내대표", ["시민중도당 마서진 원내대표"]),
            ],
        ),
        ("윤 의원·김 의원은 이날 만났다.", []),
    ],
)
def test_each_person_of_a_shared_post_is_an_entity(text: str, expected: list[tuple[str, list[str]]]) -> None:
    article = parse_article(text)
    found = [
        (e.name, [m.text for m in e.mentions]) for e in Entities(article).entities() if "·" not in e.name
    ]
    assert found == expected
    for e in Entities(article).entities():
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text


# --- what a claim after a quote is about is no speaker of the quote -------------------------

ABOUT = [
    pytest.param(
        "한결대 오민수 총장은 이날 기자간담회를 열었다. 또 학생 정원을 “법률로 묶는 것은 위헌 소지가 "
        "있다”며 국회에서 통과된 정원 상한제는 개정 작업이 필요하다고 밝혔다.",
        [
            ("법률로 묶는 것은 위헌 소지가 있다", "한결대 오민수 총장", None),
            ("국회에서 통과된 정원 상한제는 개정 작업이 필요하다", "한결대 오민수 총장", None),
        ],
        id="a-described-thing-after-the-quote",
    ),
    pytest.param(
        "“공사를 서둘러 마치겠다”며 새로 부임한 나윤재 소장은 현장을 둘러봤다.",
        [("공사를 서둘러 마치겠다", "나윤재 소장", "나윤재 소장")],
        id="a-described-person-after-the-quote-still-speaks",
    ),
    pytest.param(
        "“수사에 속도를 내겠다”며 이 사건을 맡은 수원지검은 전담팀을 꾸렸다.",
        [("수사에 속도를 내겠다", "수원지검", "수원지검")],
        id="a-described-body-after-the-quote-still-speaks",
    ),
]

# --- a reporting verb in a relative clause has its own subject -----------------------------

RELATIVE = [
    pytest.param(
        "이번 회의는 마크 델런 미국 대통령이 수입 철강에 관세를 부과하겠다고 밝힌 이후 처음 열린 회의였다.",
        [("수입 철강에 관세를 부과하겠다", "마크 델런 미국 대통령", "마크 델런 미국 대통령")],
        id="the-subject-inside-not-the-topic-outside",
    ),
    pytest.param(
        "노조는 가온전자가 경기가 어렵다고 말한 뒤 곧바로 협상에 나섰다.",
        [("경기가 어렵다", "가온전자", "가온전자")],
        id="what-is-said-has-its-own-subject",
    ),
    pytest.param(
        "앞서 한 매체는 배우 오하린이 새 소속사를 찾고 있다고 보도한 바 있다.",
        [("배우 오하린이 새 소속사를 찾고 있다", "한 매체", "한 매체")],
        id="bound-noun-after-the-verb-keeps-the-topic",
    ),
]

# --- people in the plural can speak, a situation cannot --------------------------------------

_PEOPLE_OF_ENDING = {
    "자": "자영업자",
    "인": "상인",
    "민": "농민",
    "원": "직원",
    "생": "학생",
    "꾼": "누리꾼",
    "객": "관광객",
    "족": "유족",
    "모": "학부모",
    "수": "선수",
    "가": "전문가",
}


@pytest.mark.parametrize("ending", sorted(people_endings()))
def test_every_people_ending(ending: str) -> None:
    people = _PEOPLE_OF_ENDING[ending] + "들"
    text = f"한빛시 사태가 길어지면서 {people}은 지원이 꼭 필요하다고 호소했다."
    assert speakers(text) == [("지원이 꼭 필요하다", people, people)]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("영천시장 상인들", True), ("교사들", False), ("건설사들", False), ("상인", False), ("인들", False)],
)
def test_people_in_the_plural(written: str, expected: bool) -> None:
    assert people_in_the_plural(written) is expected


# --- a body's side is the body --------------------------------------------------------------

SIDES = [
    pytest.param(
        "환경단체 한빛환경연합은 이날 소송을 냈다. 한빛환경연합 측은 “배출 책임이 인정돼야 한다”고 말했다.",
        [("배출 책임이 인정돼야 한다", "한빛환경연합", "한빛환경연합 측")],
        id="the-side-of-a-body-named-before",
    ),
    pytest.param(
        "가람전자는 신제품을 공개했다. 한편 경쟁사 측은 “대응 계획이 없다”고 말했다.",
        [("대응 계획이 없다", "경쟁사 측", "경쟁사 측")],
        id="the-side-of-a-body-never-named-stays",
    ),
]

# --- a reference written after the claim takes up who was named before the claim ----------

AFTER_THE_CLAIM = [
    pytest.param(
        "시민단체 가온연대는 통신사들을 신고했다고 밝혔다. "
        "월 평균 사용량은 3GB인데, 한빛텔레콤은 6GB 요금제로 바로 이어진다고 이 단체는 전했다.",
        [
            ("통신사들을 신고했다", "가온연대", "가온연대"),
            ("월 평균 사용량은 3GB인데, 한빛텔레콤은 6GB 요금제로 바로 이어진다", "가온연대", "이 단체"),
        ],
        id="a-body-in-the-claim-is-what-is-said",
    ),
    pytest.param(
        "가온연대는 먼저 기본 데이터량(300MB)이 턱없이 적다고 지적했다.\n\n"
        "이 단체는 “요금제를 바꿔야 한다”고 말했다.",
        [
            ("기본 데이터량(300MB)이 턱없이 적다", "가온연대", "가온연대"),
            ("요금제를 바꿔야 한다", "가온연대", "이 단체"),
        ],
        id="a-figure-in-brackets-names-no-body",
    ),
]

# --- 'this X', X a word of the body's name ---------------------------------------------------

THIS_BODY = [
    pytest.param(
        "싱가포르 가상화폐 거래소 누리Ex가 해킹 공격을 받았다. "
        "해당 거래소는 “수사 당국에 도움을 요청했다”고 밝혔다. 이 거래소는 “시스템 점검 중”이라고 공지했다.",
        [
            ("수사 당국에 도움을 요청했다", "싱가포르 가상화폐 거래소 누리Ex", "해당 거래소"),
            ("시스템 점검 중", "싱가포르 가상화폐 거래소 누리Ex", "이 거래소"),
        ],
        id="this-exchange",
    ),
    pytest.param(
        "국내 거래소들은 긴장하고 있다. 이 거래소는 “문제없다”고 말했다.",
        [("문제없다", "이 거래소", "이 거래소")],
        id="no-body-named-so-stays",
    ),
]

# --- a subject inside a reported clause before the quote is what is said --------------------

SAID_BEFORE = [
    pytest.param(
        "가람시의회 오하준 의원은 조례안을 냈다. 이어 해당 조례가 늦어져 아쉽다고 말한 뒤, "
        "“주민들이 기다린다”고 강조했다.",
        [("주민들이 기다린다", "가람시의회 오하준 의원", None)],
        id="a-thing-linked-to-the-quotative",
    ),
    pytest.param(
        "가람시의회 오하준 의원은 조례안을 냈다. 사업이 늦어지고 비용이 늘었다고 지적한 뒤 "
        "“책임을 묻겠다”고 말했다.",
        [("책임을 묻겠다", "가람시의회 오하준 의원", None)],
        id="two-things-said",
    ),
    pytest.param(
        "오하준 의원이 회의를 열어 예산이 부족하다고 지적한 뒤 “책임을 묻겠다”고 말했다.",
        [("책임을 묻겠다", "오하준 의원", "오하준 의원")],
        id="who-says-it-still-speaks",
    ),
]

# --- netizens quoted by their handle ----------------------------------------------------------

HANDLES = [
    pytest.param(
        "누리꾼들은 분통을 터뜨렸다. 네이버 아이디 'gaon****'는 “배춧값이 너무 올랐다”고 썼다.",
        [("배춧값이 너무 올랐다", "gaon****", "gaon****")],
        id="a-masked-portal-handle-in-quotes",
    ),
    pytest.param(
        "누리꾼들은 분통을 터뜨렸다. 'h7z2****'는 “장사꾼만 남긴다”고 했다.",
        [("장사꾼만 남긴다", "h7z2****", "h7z2****")],
        id="a-handle-alone",
    ),
    pytest.param(
        "누리꾼들은 분통을 터뜨렸다. 아이디 @nuri_kim는 “반값 요금이 답”이라고 썼다. "
        "@gaon22 아이디는 “통신사는 뭐 하나”라고 했다.",
        [("반값 요금이 답", "@nuri_kim", "@nuri_kim"), ("통신사는 뭐 하나", "@gaon22", "@gaon22")],
        id="social-network-handles",
    ),
    pytest.param(
        "현지 일간지 '가온 타임스'는 “협상이 끝났다”고 보도했다.",
        [("협상이 끝났다", "가온 타임스", "가온 타임스")],
        id="a-paper-in-quotes-is-no-handle",
    ),
]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("sich****", True),
        ("@KwonWS", True),
        ("q730****", True),
        ("sich", False),
        ("****", False),
        ("@", False),
    ],
)
def test_user_id(written: str, expected: bool) -> None:
    assert (USER_ID.match(written) is not None) is expected


# --- who the reporter met at a place ----------------------------------------------------------

MET_THERE = [
    pytest.param(
        "가람시장의 한 과일가게 앞에서 만난 한 60대 주부는 사과를 고르며 이같이 말했다. "
        "이 주부는 “가격이 크게 올랐다”고 말했다. 이곳 사장은 “올해는 사과가 가장 비싸다”고 했다.",
        [
            ("가격이 크게 올랐다", "한 과일가게 앞에서 만난 한 60대 주부", "이 주부"),
            ("올해는 사과가 가장 비싸다", "이곳 사장", "이곳 사장"),
        ],
        id="a-shopper-then-the-owner-of-the-place",
    ),
]

# --- '이들' after a sentence whose topic is a group and whose claim names another ---------------

THEY = [
    pytest.param(
        "가온연대는 통신 3사가 요금제를 불공정하게 운영한다고 지적했다. "
        "이들은 “기본 제공량을 늘려야 한다”고 주장했다.",
        [
            ("통신 3사가 요금제를 불공정하게 운영한다", "가온연대", "가온연대"),
            ("기본 제공량을 늘려야 한다", "가온연대", "이들"),
        ],
        id="the-topic-not-the-subject-of-what-it-says",
    ),
]

# --- which written form is the fullest ---------------------------------------------------------

FULLEST_FORM = [
    pytest.param(
        "칸에서 감독상을 받은 영화감독 변시온이 무대인사에 나섰다. 변시온 감독은 “와주셔서 고맙다”고 말했다.",
        [("와주셔서 고맙다", "변시온 감독", "변시온 감독")],
        id="the-post-after-the-name-over-a-role-before-it",
    ),
]


@pytest.mark.parametrize(
    ("fuller", "shorter"),
    [
        ("변시온 감독", "영화감독 변시온"),
        ("변시온 감독", "변 감독"),
        ("노르데나 대통령 카밀라 오스테르만", "오스테르만 대통령"),
        ("정민호 한국은행 총재", "정민호 총재"),
        ("이병래 손해보험협회장", "이병래 신임 손해보험협회장"),
        ("우에다 가즈오 일본은행 총재", "일본은행의 우에다 가즈오 총재"),
    ],
)
def test_the_fuller_form(fuller: str, shorter: str) -> None:
    assert fullness(fuller) > fullness(shorter)


# --- a judge sitting alone is the bench ----------------------------------------------------------

BENCH = [
    pytest.param(
        "가람지법 형사5단독 한도윤 부장판사는 15일 최모 씨에게 금고 1년을 선고했다. "
        "재판부는 “피고인의 과실이 크다”고 판시했다.",
        [("피고인의 과실이 크다", "가람지법 형사5단독 한도윤 부장판사", "재판부")],
        id="a-single-judge",
    ),
    pytest.param(
        "가람지법 형사항소2부(부장판사 구태원)는 14일 항소를 기각했다. "
        "앞서 1심을 맡은 가람지법 형사5단독 홍재석 판사도 징역 4년을 선고했다. "
        "재판부는 “현장을 떠났다”고 판시했다.",
        [("현장을 떠났다", "가람지법 형사항소2부(부장판사 구태원)", "재판부")],
        id="not-the-first-courts-judge-of-an-appeal",
    ),
]

# --- with no one before to go on with, the person a clause is about answers ------------------

NO_ONE_BEFORE = [
    pytest.param(
        "마크 델런 가람 중앙은행 총재가 연내 두 차례 인하 전망을 유지한 것과 관련한 기자의 질문에 "
        "“앞으로 어떻게 될지는 알 수 없다”고 답했다.",
        [("앞으로 어떻게 될지는 알 수 없다", "마크 델런 가람 중앙은행 총재", "마크 델런 가람 중앙은행 총재")],
        id="the-first-quote-of-the-story",
    ),
    pytest.param(
        "감독은 “선수들이 잘했다”고 말했다. 페널티킥을 서진수가 처리한 것과 관련해서는 “내가 정했다”고 했다.",
        [("선수들이 잘했다", "감독", "감독"), ("내가 정했다", "감독", None)],
        id="one-before-goes-on",
    ),
]

# --- a foreign name written again with the body short -------------------------------------------

_DELEN = "파티 델렌 국제해양기구(IMO) 사무총장"  # a given name Kiwi reads as a common noun

FOREIGN_AGAIN = [
    pytest.param(
        "파티 델렌 국제해양기구(IMO) 사무총장은 “시장은 균형을 이루고 있다”고 말했다.\n\n"
        "회의에 참석한 파티 델렌 IMO 사무총장은 지난 17일 인터뷰에서 “불확실성은 크다”고 말했다.",
        [
            ("시장은 균형을 이루고 있다", _DELEN, _DELEN),
            ("불확실성은 크다", _DELEN, "파티 델렌 IMO 사무총장"),
        ],
        id="the-body-written-short-the-second-time",
    ),
    pytest.param(
        "컨테이너 차주 조 모씨도 “불안하다”고 전했다. 또 다른 차주도 “무섭다”고 말했다.",
        [
            ("불안하다", "컨테이너 차주 조 모씨", "컨테이너 차주 조 모씨"),
            ("무섭다", "또 다른 차주", "또 다른 차주"),
        ],
        id="a-loanword-before-a-role-is-no-foreign-name",
    ),
]

# --- a gloss alone before the particle ---------------------------------------------------------

GLOSS_ALONE = [
    pytest.param(
        "「가람 평화를 위한 종교인협의회」(공동대표 한도윤신부등 3명)는 4일 성명을 내고 "
        "『작금의 사태에 유감을 표한다』고 밝혔다.",
        [("작금의 사태에 유감을 표한다", "가람 평화를 위한 종교인협의회", "가람 평화를 위한 종교인협의회")],
        id="the-bracketed-name-before-it",
    ),
    pytest.param(
        "(공동대표 한도윤 신부 등 3명)는 4일 “유감을 표한다”고 밝혔다.",
        [("유감을 표한다", None, None)],
        id="no-name-no-speaker",
    ),
]

# --- a foreign name with 씨 glued on after its gloss ---------------------------------------------

GLUED_SSI_FOREIGN = [
    pytest.param(
        "남자 풀코스에서 우승한 케냐 출신 다니엘 오루마(31·DANIEL ORUMA)씨가 이같은 소감을 밝혔다. "
        "고지대 출신인 그는 어릴 적부터 달렸다. 그는 “금메달을 따는 것이 꿈”이라고 말했다.",
        [("금메달을 따는 것이 꿈", "다니엘 오루마(31·DANIEL ORUMA)씨", "그")],
        id="a-runner-then-he",
    ),
]


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("다니엘 오루마(31)씨", PERSON),
        ("케냐 출신 다니엘 오루마(31·DANIEL ORUMA)씨", PERSON),
        ("영하 섭씨", ORG),
    ],
)
def test_a_foreign_name_with_ssi_glued_on(written: str, kind: str) -> None:
    assert classify(written)[0] == kind


# --- a photo's credit at the end of a caption ------------------------------------------------

CREDITS = [
    pytest.param(
        "가람 전태오 감독이 경기를 지켜보고 있다. KBL 제공 가람 전태오 감독이 웃고 있다.\n\n"
        "4강에 진출한 부산 가람 전태오 감독은 “선수들 덕분”이라고 말했다.",
        [("선수들 덕분", "부산 가람 전태오 감독", "부산 가람 전태오 감독")],
        id="the-credit-is-no-part-of-the-name",
    ),
    pytest.param(
        "정보 제공 업체 관계자는 “이용자가 늘었다”고 말했다.",
        [("이용자가 늘었다", "정보 제공 업체 관계자", "정보 제공 업체 관계자")],
        id="providing-is-part-of-a-firm",
    ),
]

# --- a bare name's gloss of several words is its post ---------------------------------------------

NAME_AND_GLOSS = [
    pytest.param(
        "원자재 가격이 올랐다.\n\n<인터뷰> 변시온(공사현장 관계자) : “원가 관리가 어렵습니다.”\n\n"
        "<인터뷰> 탁지호(가온경제연구원 실장) : “금리 인상도 고려할 만합니다.”\n",
        [
            ("원가 관리가 어렵습니다.", "변시온(공사현장 관계자)", "변시온(공사현장 관계자)"),
            ("금리 인상도 고려할 만합니다.", "탁지호(가온경제연구원 실장)", "탁지호(가온경제연구원 실장)"),
        ],
        id="a-broadcast-tag-name-and-post",
    ),
]

ALL_CASES = [
    *SHARED_POST,
    *NAME_AND_GLOSS,
    *CREDITS,
    *GLUED_SSI_FOREIGN,
    *GLOSS_ALONE,
    *FOREIGN_AGAIN,
    *NO_ONE_BEFORE,
    *BENCH,
    *FULLEST_FORM,
    *THEY,
    *MET_THERE,
    *HANDLES,
    *SAID_BEFORE,
    *THIS_BODY,
    *ABOUT,
    *RELATIVE,
    *SIDES,
    *AFTER_THE_CLAIM,
]


def test_every_table_runs() -> None:
    assert cases_in_tables(globals()) == len(ALL_CASES)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_tenth_pass(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected
