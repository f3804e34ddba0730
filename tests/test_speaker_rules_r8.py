"""Speakers, ninth pass (issue 20): what unseen real pages still got wrong, each written as a
passage of its own for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import cases_in_tables, speakers

from newsfacts.extractors.speech.names import association_endings, hanja_abbreviations
from newsfacts.extractors.speech.speakers import classify

# --- broadcasters' posts written in Latin letters, and who is listed at an event -----------

POSTS = [
    pytest.param(
        "이날 간담회에는 연출을 맡은 윤도겸 PD, 하서진 작가 등이 참석했다.\n\n"
        "윤도겸 PD는 “가장 아끼는 코너가 있느냐”는 질문에 “하나만 고르기 어렵다”며 웃었다. "
        "그는 “요즘 녹화장이 더 시끄러워졌다”고 말했다.",
        [
            ("하나만 고르기 어렵다", "윤도겸 PD", "윤도겸 PD"),
            ("요즘 녹화장이 더 시끄러워졌다", "윤도겸 PD", "그"),
        ],
        id="a-producer-then-he",
    ),
    pytest.param(
        "제작발표회에는 채서율 CP를 비롯해 출연자 다섯 명이 참석했다. "
        "이날 채 CP는 “다음 주부터 새 얼굴들이 나온다”고 말했다.",
        [("다음 주부터 새 얼굴들이 나온다", "채서율 CP", "채 CP")],
        id="a-chief-producer-shortened",
    ),
    pytest.param(
        "[가람뉴스 한다인 기자] 국민의힘 여도혁 대전 유성구의회 나선거구 후보가 토론회 거부를 비판했다. "
        "여도혁 후보는 “토론을 회피하는 것은 유권자를 무시하는 것”이라고 말했다.",
        [
            (
                "토론을 회피하는 것은 유권자를 무시하는 것",
                "국민의힘 여도혁 대전 유성구의회 나선거구 후보",
                "여도혁 후보",
            )
        ],
        id="a-candidate-of-a-lettered-constituency",
    ),
    pytest.param(
        "여도윤PD는 제작발표회에서 “솔직히 말해야 되나”라고 말했다. "
        "여 PD는 “배우들이 캐릭터와 잘 맞았다”고 말했다.",
        [
            ("솔직히 말해야 되나", "여도윤PD", "여도윤PD"),
            ("배우들이 캐릭터와 잘 맞았다", "여도윤PD", "여 PD"),
        ],
        id="a-latin-post-glued-to-the-name-is-shortened-too",
    ),
    pytest.param(
        "행사에는 연출을 맡은 변시온 감독, 소하윤 촬영감독 등이 참석했다. "
        "변 감독은 “배우들 덕에 촬영이 즐거웠다”고 말했다.",
        [("배우들 덕에 촬영이 즐거웠다", "변시온 감독", "변 감독")],
        id="the-verb-before-a-listed-name-is-no-part-of-it",
    ),
    pytest.param(
        "뉴스를 진행하는 도서은 앵커는 “시청자의 질문에 답하겠다”고 밝혔다. "
        "그는 “매주 한 번 질문을 받겠다”고 덧붙였다.",
        [
            ("시청자의 질문에 답하겠다", "도서은 앵커", "도서은 앵커"),
            ("매주 한 번 질문을 받겠다", "도서은 앵커", "그"),
        ],
        id="an-anchor-then-he",
    ),
]


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("KBS PD", "person"),
        ("홍길동 CP", "person"),
        ("이창태PD", "person"),
        ("TSMC", "org"),  # no producer: a Latin title ends a word only after no Latin letter
        ("NCP", "org"),
        ("EPD", "org"),
    ],
)
def test_a_latin_post_ends_a_word_only_after_no_latin_letter(written: str, kind: str) -> None:
    assert classify(written)[0] == kind


# --- a broadcaster's page tags the part before the one who speaks --------------------------

TAGGED = [
    pytest.param(
        "선수들의 소감을 들어봤다.\n\n"
        "<인터뷰> 모하준(태권도 국가대표) : “꿈만 같습니다. 응원해 주셔서 감사합니다.”\n\n"
        "[녹취] 여은비 : “다음 대회도 잘 준비하겠습니다.”\n",
        [
            (
                "꿈만 같습니다. 응원해 주셔서 감사합니다.",
                "모하준(태권도 국가대표)",
                "모하준(태권도 국가대표)",
            ),
            ("다음 대회도 잘 준비하겠습니다.", "여은비", "여은비"),
        ],
        id="an-interview-tag-before-the-label",
    ),
    pytest.param(
        "지난달 취임한 염도윤 사장이 올해 매출 목표를 밝혔습니다.\n\n"
        "<인터뷰> 염도윤 누리식품 대표이사\n\n"
        "“올해는 매출 1조원을 회복하는 것이 목표입니다.”\n",
        [
            (
                "올해는 매출 1조원을 회복하는 것이 목표입니다.",
                "염도윤 누리식품 대표이사",
                "염도윤 누리식품 대표이사",
            ),
        ],
        id="an-interview-tag-in-angle-brackets-over-the-quote",
    ),
    pytest.param(
        "장롱에는 곰팡이가 가득 피었습니다.\n\n"
        '<장도식 / 침수피해 주민> "다 썩어요. 내놓을 수가 없어요."\n\n'
        "주민들은 하늘이 원망스럽습니다.\n",
        [("다 썩어요. 내놓을 수가 없어요.", "장도식 침수피해 주민", "장도식 / 침수피해 주민")],
        id="a-name-and-post-in-angle-brackets-before-the-quote",
    ),
    pytest.param(
        '<정치 / 사회> "오늘의 주요 뉴스"\n\n주민들은 하늘이 원망스럽습니다.\n',
        [("오늘의 주요 뉴스", None, None)],
        id="a-menu-in-angle-brackets-names-no-one",
    ),
    pytest.param(
        "택시는 내리막길에서 굴렀습니다.\n\n[피해 택시기사 : 브레이크를 잡아도 안 듣는 거야.]\n\n"
        "[누리시청 관계자 : 현장을 다시 점검하겠습니다.]\n\n[영상 : 다른 화면입니다.]\n",
        [
            ("브레이크를 잡아도 안 듣는 거야.", "피해 택시기사", "피해 택시기사"),
            ("현장을 다시 점검하겠습니다.", "누리시청 관계자", "누리시청 관계자"),
        ],
        id="a-soundbite-by-role-without-a-slash",
    ),
]


# --- a person brought on stage without a subject of a verb --------------------------------

STAGED = [
    pytest.param(
        "한서윤은 계약 결혼 전문가 최상은을 연기한다. 최상은은 모든 것을 갖춘 인물이다.\n\n"
        "전작에 이어 로맨틱 코미디로 다시 돌아온 한서윤. "
        "그는 “이번엔 웃으며 촬영하고 싶었다”고 설명했다.",
        [("이번엔 웃으며 촬영하고 싶었다", "한서윤", "그")],
        id="a-sentence-that-is-only-a-name-then-he",
    ),
    pytest.param(
        "최상은은 모든 것을 갖춘 인물이다. 석 달 만에 무대로 돌아온 가수 하예린. "
        "그는 “관객이 그리웠다”고 말했다.",
        [("관객이 그리웠다", "가수 하예린", "그")],
        id="a-role-and-a-name-alone-then-he",
    ),
    pytest.param(
        "행사에는 배우 한서윤, 고도현, 민채아와 남궁호 PD가 참석했다. 한서윤은 “웃으면서 찍었다”고 말했다.",
        [("웃으면서 찍었다", "배우 한서윤", "한서윤")],
        id="a-list-before-a-name-joined-by-wa",
    ),
    pytest.param(
        "[가람뉴스 한다인 기자] 그룹 노바린이 쇼케이스로 컴백했다.\n\n"
        "노바린은 이날 “7개월 만에 컴백해 설렌다”고 소감을 밝혔다.",
        [("7개월 만에 컴백해 설렌다", "그룹 노바린", "노바린")],
        id="a-group-introduced-as-one",
    ),
    pytest.param(
        "금메달을 딴 볼트(22·자메이카)는 “200m에 초점을 맞추겠다”며 목표를 밝혔다. "
        "그는 16일 “오직 이기려고 왔다”고 말했다.",
        [
            ("200m에 초점을 맞추겠다", "볼트(22·자메이카)", "볼트(22·자메이카)"),
            ("오직 이기려고 왔다", "볼트(22·자메이카)", "그"),
        ],
        id="one-word-and-an-age-is-someone",
    ),
]


# --- bodies listed with commas before the subject speak together ---------------------------

JOINED = [
    pytest.param(
        "누리탈핵행동, 가람환경회의는 18일 기자회견을 열고 “연장이 아니라 폐쇄가 답이다”라고 외쳤다. "
        "이들은 “시민의 행동이 결과를 만들었다”고 말했다. "
        "이들 단체는 “계획을 즉각 철회하라”고 촉구했다.",
        [
            ("연장이 아니라 폐쇄가 답이다", "누리탈핵행동, 가람환경회의", "누리탈핵행동, 가람환경회의"),
            ("시민의 행동이 결과를 만들었다", "누리탈핵행동, 가람환경회의", "이들"),
            ("계획을 즉각 철회하라", "누리탈핵행동, 가람환경회의", "이들 단체"),
        ],
        id="two-bodies-then-they",
    ),
    pytest.param(
        '배달 노조, 한도윤 지사에 "수수료 구조도 바꾸자"\n\n'
        "배달 노동조합 '라이더연대'가 한도윤 가람도지사에게 협의회 결성을 제안했다.\n\n"
        '라이더연대는 7일 보도자료를 통해 "한 지사가 할 수 있는 걸 하겠다고 한 것에 '
        '인상을 받았다"고 밝혔다.\n\n'
        '이들은 "배달대행 수수료 구조도 바꿔야 한다"고 주장했다.\n',
        [
            ("수수료 구조도 바꾸자", "라이더연대", None),
            ("한 지사가 할 수 있는 걸 하겠다고 한 것에 인상을 받았다", "라이더연대", "라이더연대"),
            ("배달대행 수수료 구조도 바꿔야 한다", "라이더연대", "이들"),
        ],
        id="they-are-the-union-not-the-governor-it-wrote-to",
    ),
    pytest.param(
        "발표 직후인 18일 오후, 가람전자는 “하반기에는 회복한다”고 밝혔다.",
        [("하반기에는 회복한다", "가람전자", "가람전자")],
        id="a-time-before-the-comma-is-no-body",
    ),
    pytest.param(
        "배우 한서윤, 고도현, 민채아는 “촬영장이 즐거웠다”고 입을 모았다.",
        [("촬영장이 즐거웠다", "민채아", "민채아")],
        id="people-listed-are-not-joined-as-a-body",
    ),
]


# --- a topic that cannot speak gives way to a subject the quote follows --------------------

GIVING_WAY = [
    pytest.param(
        "노태윤 누리 이글스 감독은 3차전을 앞두고 말을 아꼈다. "
        "이날 중계 인터뷰는 방송사가 요청하자 노 감독이 "
        "“경기 중이라면 몰라도 할 말이 없다”라고 밝혀 성사됐다.",
        [("경기 중이라면 몰라도 할 말이 없다", "노태윤 누리 이글스 감독", "노 감독")],
        id="an-interview-is-what-the-manager-agreed-to",
    ),
    pytest.param(
        "이번 사태에 대해 교사들은 사과를 요구했으며 서동하 교육감은 사과는 하지 않았지만 "
        "“원인이 나오면 답변하겠다”고 말했다.",
        [("원인이 나오면 답변하겠다", "서동하 교육감", "서동하 교육감")],
        id="a-second-topic-who-can-speak",
    ),
    pytest.param(
        "통일부는 8일 북한 지도부가 남북대화를 언급한 것에 대해 “진정성이 없다”고 일축했다.",
        [("진정성이 없다", "통일부", "통일부")],
        id="a-ministry-is-a-body-though-no-proper-noun",
    ),
    pytest.param(
        "해수부는 이날 설명회에서 오염수가 우리 해역에 유입돼도 “안전한 수준”이라고 강조했다.",
        [("안전한 수준", "해수부", "해수부")],
        id="a-subject-in-the-topics-clause-does-not-take-over",
    ),
]


# --- a thing described by a clause is what a claim is about, not who makes it -------------

THINGS = [
    pytest.param(
        "한도윤 가람마트 대표는 올해 신규 출점을 늘리겠다고 밝혔다. "
        "기존 점포를 개편하는 리뉴얼 작업도 적극 확대하겠다고 말했다.",
        [
            ("올해 신규 출점을 늘리겠다", "한도윤 가람마트 대표", "한도윤 가람마트 대표"),
            ("기존 점포를 개편하는 리뉴얼 작업도 적극 확대하겠다", "한도윤 가람마트 대표", None),
        ],
        id="a-thing-of-two-words",
    ),
    pytest.param(
        "별도 기자회견을 연 새시민당 소속 시의원들은 재원 대책 없는 사업에는 동의할 수 없다고 주장했다.",
        [("재원 대책 없는 사업에는 동의할 수 없다", "새시민당 소속 시의원들", "새시민당 소속 시의원들")],
        id="people-described-by-a-clause-make-the-claim",
    ),
]


# --- a post given by what someone took on before the name ('…을 맡은') -----------------------

TAKEN_ON = [
    pytest.param(
        "예산결산특별위원회 위원장을 맡은 반서율 의원(월성동)은 “역할은 다 하겠다”고 말했다. "
        "회의에는 반도현 의원도 참석했다. 반 위원장은 “선심성 예산을 살펴 삭감하겠다”고 밝혔다.",
        [
            ("역할은 다 하겠다", "반서율 의원(월성동)", "반서율 의원(월성동)"),
            ("선심성 예산을 살펴 삭감하겠다", "반서율 의원(월성동)", "반 위원장"),
        ],
        id="a-chair-taken-on-is-the-short-form",
    ),
    pytest.param(
        "예결위원장을 맡고 있는 반서율 의원은 “역할은 다 하겠다”고 말했다. "
        "회의에는 반도현 의원도 참석했다. 반 위원장은 “예산을 살피겠다”고 밝혔다.",
        [
            ("역할은 다 하겠다", "반서율 의원", "반서율 의원"),
            ("예산을 살피겠다", "반서율 의원", "반 위원장"),
        ],
        id="the-title-ending-a-compound-post",
    ),
]


# --- the end of a body's name stands for the body --------------------------------------------

BODY_ENDS = [
    pytest.param(
        "가람특별자치도의사회가 전공의들의 복귀를 호소했다. "
        "의사회는 9일 발표한 호소문에서 “상황을 심각하게 받아들이고 있다”고 밝혔다.",
        [("상황을 심각하게 받아들이고 있다", "가람특별자치도의사회", "의사회")],
        id="a-medical-association-by-its-last-word",
    ),
    pytest.param(
        "전세사기 누리대책위와 각 지역별 대책위, 시민사회대책위가 30일 기자회견을 열었다. "
        "대책위는 “정부가 면담 요청을 거부했다”고 비판했다.",
        [("정부가 면담 요청을 거부했다", "누리대책위", "대책위")],
        id="of-several-in-a-list-the-first",
    ),
]


# a word of each ending, as copy writes the association short ('협의회는', '대책위는')
_SHORT_OF_ENDING = {"회": "협의회", "위": "대책위", "조합": "노동조합", "단": "봉사단"}


@pytest.mark.parametrize("ending", association_endings())
def test_every_association_ending(ending: str) -> None:
    short = _SHORT_OF_ENDING[ending]
    particle = "은" if (ord(short[-1]) - 0xAC00) % 28 else "는"
    text = f"누리시가람동{short}가 성명을 냈다. {short}{particle} “계획을 철회하라”고 요구했다."
    assert speakers(text) == [("계획을 철회하라", f"누리시가람동{short}", short)]


# --- people written short ('주민들') are the people last written with where they are from ----

PEOPLE_OF = [
    pytest.param(
        "가람군 원남면 삼용리 주민 100여명이 군청 앞에서 집회를 열었다. "
        "주민들은 “매립장 때문에 고통받았다”고 주장했다.",
        [("매립장 때문에 고통받았다", "가람군 원남면 삼용리 주민 100여명", "주민들")],
        id="residents-counted",
    ),
    pytest.param(
        "가람군 원남면 삼용리 주민이 군청 앞에서 집회를 열었다. "
        "주민들은 “매립장 때문에 고통받았다”고 주장했다.",
        [("매립장 때문에 고통받았다", "가람군 원남면 삼용리 주민", "주민들")],
        id="residents-written-in-the-singular",
    ),
    pytest.param(
        "주민 150여명이 군청 앞에서 집회를 열었다. 주민들은 “요금을 한꺼번에 너무 올린다”고 주장했다.",
        [("요금을 한꺼번에 너무 올린다", "주민들", "주민들")],
        id="only-their-number-is-no-fuller",
    ),
    pytest.param(
        "공무원을 막아서는 한 주민의 모습이 보였다. 주민들은 “현대화는 사실상 증설”이라고 주장했다.",
        [("현대화는 사실상 증설", "주민들", "주민들")],
        id="one-resident-described-is-not-the-residents",
    ),
]


# --- a headline's family name in one Chinese character -------------------------------------

HANJA = [
    pytest.param(
        '尹 "우주강국 정말 벅차다"\n\n'
        '윤 대통령은 이날 입장문을 통해 "우리 기술로 올린 위성"이라며 "정말 벅차다"고 말했다.',
        [
            ("우주강국 정말 벅차다", "윤 대통령", "尹"),
            ("우리 기술로 올린 위성", "윤 대통령", "윤 대통령"),
            ("정말 벅차다", "윤 대통령", "윤 대통령"),
        ],
        id="the-president-by-his-family-name",
    ),
    pytest.param(
        '尹 "우주강국 정말 벅차다"\n\n윤리위원회는 이날 "징계를 논의하겠다"고 밝혔다.',
        [("우주강국 정말 벅차다", "尹", "尹"), ("징계를 논의하겠다", "윤리위원회", "윤리위원회")],
        id="a-body-starting-with-the-syllable-is-no-one-of-the-family",
    ),
]


@pytest.mark.parametrize(("hanja", "word"), sorted(hanja_abbreviations().items()))
def test_every_hanja_abbreviation(hanja: str, word: str) -> None:
    text = f"{hanja} “협상은 없다”\n\n양측은 이날 다시 만났다.\n"
    assert speakers(text) == [("협상은 없다", word, hanja)]


def test_a_hanja_abbreviation_is_the_body_of_that_kind_the_article_names() -> None:
    text = "檢 “혐의 입증 자신”\n\n서울중앙지검은 이날 “혐의 입증에 자신이 있다”고 밝혔다.\n"
    assert speakers(text) == [
        ("혐의 입증 자신", "서울중앙지검", "檢"),
        ("혐의 입증에 자신이 있다", "서울중앙지검", "서울중앙지검"),
    ]


ALL_CASES = [
    *POSTS,
    *TAGGED,
    *STAGED,
    *JOINED,
    *GIVING_WAY,
    *THINGS,
    *TAKEN_ON,
    *BODY_ENDS,
    *PEOPLE_OF,
    *HANJA,
]


def test_every_table_runs() -> None:
    assert cases_in_tables(globals()) == len(ALL_CASES)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_ninth_pass(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected
