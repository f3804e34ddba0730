"""Speakers, fifth pass (issue 20): rules that two more sets of unseen articles (held-out
sets 4 and 5) showed missing, each stated by the structure of the copy.

Every passage is written for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import speakers

from newsfacts.lexicon import load

ENTITIES = load("entities")
VERBS = load("reporting_verbs")


# --- people: an age, a given name, a foreign name, a descriptor in a headline ---------------

PEOPLE = [
    pytest.param(
        "결승골을 넣은 하도윤(24)은 경기 뒤 취재진 앞에 섰다. 그는 “꿈만 같다”고 말했다.",
        [("꿈만 같다", "하도윤(24)", "그")],
        id="a-name-with-its-age-is-a-person",
    ),
    pytest.param(
        "아침 9시, 흰 조리복을 입은 마은결(47) 셰프가 장독 뚜껑을 열었다. 그는 “장이 먼저”라고 말했다.",
        [("장이 먼저", "마은결(47) 셰프", "그")],
        id="a-name-with-its-age-and-any-post",
    ),
    pytest.param(
        "주인공을 맡은 배우 한소율은 공연 뒤 무대 인사를 했다. 소율은 “다시 태어난 기분”이라고 말했다.",
        [("다시 태어난 기분", "배우 한소율", "소율")],
        id="the-given-name-alone",
    ),
    pytest.param(
        "MVP 하도윤 “동료들 덕분”\n\n결승골을 넣은 가드 하도윤(24)은 “동료들 덕분에 받은 상”이라고 말했다.",
        [
            ("동료들 덕분", "가드 하도윤(24)", "MVP 하도윤"),
            ("동료들 덕분에 받은 상", "가드 하도윤(24)", "가드 하도윤(24)"),
        ],
        id="a-headline-says-what-the-person-is",
    ),
    pytest.param(
        "협상을 맡은 제임스 오코너 에이전트는 “선수가 비전을 택했다”고 전했다. "
        "오코너는 “합리적인 계약”이라고 말했다.",
        [
            ("선수가 비전을 택했다", "제임스 오코너 에이전트", "제임스 오코너 에이전트"),
            ("합리적인 계약", "제임스 오코너 에이전트", "오코너"),
        ],
        id="a-foreign-family-name-before-the-post",
    ),
    pytest.param(
        "배우 나정희(68)는 “이런 날이 온다”고 말했다. 올해 가장 주목받은 신인은 감독 겸 배우 "
        "주하은(24)이었다. 그녀는 “꿈만 같다”고 했다.",
        [
            ("이런 날이 온다", "배우 나정희(68)", "배우 나정희(68)"),
            ("꿈만 같다", "감독 겸 배우 주하은(24)", "그녀"),
        ],
        id="a-person-named-as-what-the-subject-is",
    ),
    pytest.param(
        "마은결(47) 셰프가 장독을 열었다. 이 식당 부주방장 유태경(29) 씨는 마 셰프가 직접 뽑은 "
        "첫 제자다. 그는 “기다리는 법부터 배웠다”고 말했다.",
        [("기다리는 법부터 배웠다", "이 식당 부주방장 유태경(29) 씨", "그")],
        id="the-topic-outranks-a-subject-inside-a-clause",
    ),
    pytest.param(
        "정다솜 새온증권 연구위원은 “상승은 금리 기대 때문”이라고 말했다. "
        "백지훈 누리리서치 대표 역시 “추격 매수는 위험하다”고 말했다.",
        [
            ("상승은 금리 기대 때문", "정다솜 새온증권 연구위원", "정다솜 새온증권 연구위원"),
            ("추격 매수는 위험하다", "백지훈 누리리서치 대표", "백지훈 누리리서치 대표"),
        ],
        id="also-after-the-subject",
    ),
    pytest.param(
        "내야수 차민석(30)은 “우승이 먼저”라고 말했다. 10년을 뛴 팀을 떠나는 결정은 쉽지 않았다고 했다.",
        [
            ("우승이 먼저", "내야수 차민석(30)", "내야수 차민석(30)"),
            ("10년을 뛴 팀을 떠나는 결정은 쉽지 않았다", "내야수 차민석(30)", None),
        ],
        id="a-thing-described-by-a-clause-is-no-speaker",
    ),
]


@pytest.mark.parametrize("given", ENTITIES["foreign_given_names"])
def test_every_foreign_given_name_opens_a_person(given: str) -> None:
    # a club is written in the same shape ('서진 썬더스'): only the given name tells a person
    text = f"골밑을 지킨 {given} 하워드는 리바운드 15개를 잡았다. 그는 “오늘이 최고의 날”이라고 말했다."
    assert speakers(text) == [("오늘이 최고의 날", f"{given} 하워드", "그")]


# --- bodies: by their kind, written short, and the company after a group -------------------

BODIES = [
    pytest.param(
        "온주해온대학교병원은 재정 여건상 인상이 어렵다는 입장이다. "
        "병원 측은 “필수 부서는 정상 운영된다”고 밝혔다.",
        [
            ("재정 여건상 인상이 어렵다", "온주해온대학교병원", "온주해온대학교병원"),
            ("필수 부서는 정상 운영된다", "온주해온대학교병원", "병원 측"),
        ],
        id="a-name-kiwi-reads-as-common-nouns-and-its-kind",
    ),
    pytest.param(
        "병원 측 “필수 부서 정상 운영”\n\n온주해온대학교병원은 재정 여건상 인상이 어렵다는 입장이다. "
        "병원 측은 “필수 부서는 정상 운영된다”고 밝혔다.",
        [
            ("필수 부서 정상 운영", "온주해온대학교병원", "병원 측"),
            ("재정 여건상 인상이 어렵다", "온주해온대학교병원", "온주해온대학교병원"),
            ("필수 부서는 정상 운영된다", "온주해온대학교병원", "병원 측"),
        ],
        id="a-headline-above-the-body-it-names",
    ),
    pytest.param(
        "하늘빛항공 조종사노동조합의 파업이 사흘째 이어졌다. 노조는 “임금을 3년째 동결했다”고 주장했다.",
        [("임금을 3년째 동결했다", "조종사노동조합", "노조")],
        id="the-union-named-only-before-ui",
    ),
    pytest.param(
        "청림중학교는 은폐 의혹을 부인했다. 학교 측은 “절차를 지켰다”고 밝혔다.",
        [("절차를 지켰다", "청림중학교", "학교 측")],
        id="a-name-and-its-kind-is-a-body",
    ),
    pytest.param(
        "서원구청은 인가를 미뤘다. 구청은 “협의 결과를 보겠다”고 밝혔다.",
        [("협의 결과를 보겠다", "서원구청", "구청")],
        id="the-kind-alone",
    ),
    pytest.param(
        "노사 양측은 “대화를 이어가겠다”고 밝혔다. 태림조선은 노조 요구를 일축했다. "
        "회사 측은 “재무 여건상 어렵다”고 말했다.",
        [
            ("대화를 이어가겠다", "노사 양측", "노사 양측"),
            ("재무 여건상 어렵다", "태림조선", "회사 측"),
        ],
        id="a-company-not-a-group-ending-in-cheuk",
    ),
]


KIND_SHORT = {
    ("노조", "노동조합"): ("태림조선노동조합이 20일 파업을 예고했다.", "태림조선노동조합"),
    ("노조", "지부"): ("한국유통노동자연맹 모아마트지부가 성명을 냈다.", "한국유통노동자연맹 모아마트지부"),
    ("검찰", "지검"): ("서하지검 금융범죄수사부는 민모 씨를 기소했다.", "서하지검 금융범죄수사부"),
    ("검찰", "검찰청"): ("가람지방검찰청은 민모 씨를 기소했다.", "가람지방검찰청"),
    ("대학", "대학교"): ("서온대학교는 등록금을 5% 올렸다.", "서온대학교"),
    ("경찰", "경찰서"): ("세명경찰서는 승합차 사고를 조사하고 있다.", "세명경찰서"),
    ("경찰", "경찰청"): ("해울경찰청은 총책을 쫓고 있다.", "해울경찰청"),
}


KIND_PAIRS = [(short, kind) for short, kinds in ENTITIES["kind_short_names"].items() for kind in kinds]


@pytest.mark.parametrize(("short", "kind"), KIND_PAIRS)
def test_every_kind_short_name(short: str, kind: str) -> None:
    before, body = KIND_SHORT[(short, kind)]
    particle = "는" if short.endswith("조") else "은"
    text = f"{before} {short}{particle} “입장을 정리하겠다”고 밝혔다."
    assert speakers(text) == [("입장을 정리하겠다", body, short)]


# --- headlines -------------------------------------------------------------------------------

HEADLINES = [
    pytest.param(
        "이도훈, 獨 베르크하임 이적 확정…“꿈의 무대에서 증명하겠다”\n\n"
        "해운FC의 공격수 이도훈(26)은 “어릴 때부터 그리던 곳에서 뛰게 돼 설렌다”고 말했다.",
        [
            ("꿈의 무대에서 증명하겠다", "해운FC의 공격수 이도훈(26)", None),
            ("어릴 때부터 그리던 곳에서 뛰게 돼 설렌다", *["해운FC의 공격수 이도훈(26)"] * 2),
        ],
        id="the-name-the-headline-opens-with",
    ),
    pytest.param(
        "연금 청문회…한빛당 “기금 고갈 막아야”\n\n"
        "한빛당 오세진 의원은 “지금 구조라면 기금은 2055년에 바닥난다”고 말했다. "
        "새물결당 장태민 의원은 “청년에게 떠넘기는 개악”이라고 맞섰다.",
        [
            ("기금 고갈 막아야", "한빛당 오세진 의원", "한빛당"),
            ("지금 구조라면 기금은 2055년에 바닥난다", "한빛당 오세진 의원", "한빛당 오세진 의원"),
            ("청년에게 떠넘기는 개악", "새물결당 장태민 의원", "새물결당 장태민 의원"),
        ],
        id="one-shared-word-with-a-quote-of-the-body-named",
    ),
]


# --- whose words: the sentence after a lone quote ----------------------------------------

WHOSE = [
    pytest.param(
        "“이적료 일부는 훈련장 개선에 쓰겠다.” 박재영 해운FC 단장의 말이다.",
        [("이적료 일부는 훈련장 개선에 쓰겠다.", "박재영 해운FC 단장", "박재영 해운FC 단장")],
        id="the-owner-before-ui",
    ),
    pytest.param(
        "“가해 학생과의 분리보다 피해 학생의 일상 회복이 먼저입니다.” 피해자 지원단체 푸른울타리 "
        "서경민 상담팀장의 설명이다. 서 팀장은 “학교가 원칙을 지키지 않았다”고 지적했다.",
        [
            (
                "가해 학생과의 분리보다 피해 학생의 일상 회복이 먼저입니다.",
                "푸른울타리 서경민 상담팀장",
                "푸른울타리 서경민 상담팀장",
            ),
            ("학교가 원칙을 지키지 않았다", "푸른울타리 서경민 상담팀장", "서 팀장"),
        ],
        # what the body is ('피해자 지원단체') is a descriptor before its name, dropped
        id="a-long-owner-and-its-short-form",
    ),
    pytest.param(
        "“이것이 기본입니다.” 그것이 이 식당의 핵심이다.",
        [],
        id="no-owner-noun-no-speaker",
    ),
]


@pytest.mark.parametrize("left", VERBS["left_words"])
def test_every_left_word(left: str) -> None:
    said = "마은결 셰프는 “장이 먼저”라고 말했다."
    text = f"{said} “요리는 기다림이에요.” 인터뷰를 마치며 마 셰프가 {left} 말이다."
    assert speakers(text) == [
        ("장이 먼저", "마은결 셰프", "마은결 셰프"),
        ("요리는 기다림이에요.", "마은결 셰프", "마 셰프"),
    ]


# --- held-out set 6 ------------------------------------------------------------------------

SET6 = [
    pytest.param(
        "한누리바이오는 생산 능력이 연간 500만 도스에 이른다며 "
        "가격은 수입 백신보다 낮게 책정하겠다고 밝혔다.",
        [
            ("생산 능력이 연간 500만 도스에 이른다", "한누리바이오", "한누리바이오"),
            ("가격은 수입 백신보다 낮게 책정하겠다", "한누리바이오", "한누리바이오"),
        ],
        id="a-second-reported-clause-before-the-verb",
    ),
    pytest.param(
        "업계에서는 경쟁 앱들이 뒤따를 수 있다는 관측도 나온다. 청람케미칼은 즉각 반발했다. "
        "회사 측은 “설비는 정상 가동됐다”고 반박했다.",
        [
            ("경쟁 앱들이 뒤따를 수 있다", "업계", "업계"),
            ("설비는 정상 가동됐다", "청람케미칼", "회사 측"),
        ],
        id="cheuk-is-a-word-of-its-own-not-a-syllable",
    ),
    pytest.param(
        "노바린 멤버 4명 “전속계약 해지”\n\n"
        "노바린 리더 태오는 “멤버 네 명이 전속계약 해지라는 결정을 내렸다”고 밝혔다.",
        [
            ("전속계약 해지", "노바린 리더 태오", "노바린 멤버 4명"),
            ("멤버 네 명이 전속계약 해지라는 결정을 내렸다", "노바린 리더 태오", "노바린 리더 태오"),
        ],
        id="people-counted-are-a-group",
    ),
    pytest.param(
        "권혜린 다온금융지주 최고재무책임자(CFO)는 “순이익이 늘었다”고 말했다. "
        "권 부사장은 “NIM이 유지될 것”이라고 덧붙였다.",
        [
            ("순이익이 늘었다", *["권혜린 다온금융지주 최고재무책임자(CFO)"] * 2),
            ("NIM이 유지될 것", "권혜린 다온금융지주 최고재무책임자(CFO)", "권 부사장"),
        ],
        id="a-post-never-written-the-one-person-so-named",
    ),
    pytest.param(
        "권혜린 최고재무책임자(CFO)와 권민호 부행장이 배석했다. 권 부사장은 “NIM이 유지될 것”이라고 말했다.",
        [("NIM이 유지될 것", "권 부사장", "권 부사장")],
        id="two-so-named-no-one",
    ),
    pytest.param(
        "탁재현 전 가람시장은 의혹을 부인했다. 탁 전 시장은 “사실과 다른 얘기”라고 말했다.",
        [("사실과 다른 얘기", "탁재현 전 가람시장", "탁 전 시장")],
        id="former-between-the-family-name-and-the-post",
    ),
    pytest.param(
        "대니얼 하워스 미국 대통령은 “타결이 임박했다”고 말했다. "
        "하워스 美 대통령은 “쿼터만 남았다”고 덧붙였다.",
        [
            ("타결이 임박했다", *["대니얼 하워스 미국 대통령"] * 2),
            ("쿼터만 남았다", "대니얼 하워스 미국 대통령", "하워스 美 대통령"),
        ],
        id="a-country-between-the-family-name-and-the-post",
    ),
    pytest.param(
        "가람 블루윙스가 2연승을 거뒀다. 동점 홈런을 친 외국인 타자 제이크 펜윅은 “끝까지 싸웠다”고 "
        "말했다. 구단은 원정 응원석이 모두 팔렸다고 밝혔다.",
        [
            ("끝까지 싸웠다", *["외국인 타자 제이크 펜윅"] * 2),
            ("원정 응원석이 모두 팔렸다", "가람 블루윙스", "구단"),
        ],
        id="what-a-foreign-player-is-before-the-name",
    ),
    pytest.param(
        "도영식 남오군수는 “물류 거점으로 도약할 기회”라고 말했다. 군은 가공 시설을 유치하겠다고 밝혔다.",
        [
            ("물류 거점으로 도약할 기회", "도영식 남오군수", "도영식 남오군수"),
            ("가공 시설을 유치하겠다", "남오군", "군"),
        ],
        id="the-county-of-its-head",
    ),
    pytest.param(
        "해온대병원 파업 사흘째…병원 측 “필수 부서 정상 운영”\n\n"
        "온주해온대학교병원은 인상이 어렵다는 입장이다. 병원 측은 “필수 부서는 정상 운영된다”고 밝혔다.",
        [
            ("필수 부서 정상 운영", "온주해온대학교병원", "병원 측"),
            ("인상이 어렵다", "온주해온대학교병원", "온주해온대학교병원"),
            ("필수 부서는 정상 운영된다", "온주해온대학교병원", "병원 측"),
        ],
        id="a-headline-body-by-its-kind-is-the-one-the-story-names-in-full",
    ),
    pytest.param(
        "가람소방재난본부는 부상자 23명을 옮겼다고 밝혔다. "
        "소방 당국은 구조대가 7분 만에 도착했다고 설명했다.",
        [
            ("부상자 23명을 옮겼다", "가람소방재난본부", "가람소방재난본부"),
            ("구조대가 7분 만에 도착했다", "가람소방재난본부", "소방 당국"),
        ],
        id="the-authorities-of-a-kind",
    ),
    pytest.param(
        "소방 당국은 구조대가 7분 만에 도착했다고 설명했다.",
        [("구조대가 7분 만에 도착했다", "소방 당국", "소방 당국")],
        id="no-body-of-that-kind-named",
    ),
    pytest.param(
        "협상 내용에 정통한 소식통은 “타결이 임박했다”고 말했다.",
        [("타결이 임박했다", *["협상 내용에 정통한 소식통"] * 2)],
        id="an-anonymous-source-is-who-the-clause-says",
    ),
    pytest.param(
        "익명을 요구한 한 시청 간부는 “결재가 밀린다”고 말했다. 이 간부는 “무력감이 크다”고 말했다.",
        [
            ("결재가 밀린다", *["익명을 요구한 한 시청 간부"] * 2),
            ("무력감이 크다", "익명을 요구한 한 시청 간부", "이 간부"),
        ],
        id="the-clause-stays-with-the-back-reference",
    ),
    pytest.param(
        "이날 회의에 참석한 한 관계자는 “좋다”고 말했다.",
        [("좋다", *["회의에 참석한 한 관계자"] * 2)],
        id="a-time-before-the-clause-is-the-sentences",
    ),
]


# --- held-out set 7 ------------------------------------------------------------------------

SET7 = [
    pytest.param(
        "[앵커]\n폭염에 전력 수요가 또 최고치를 넘었습니다.\n\n[인터뷰] 가온대 전기공학과 예인혁 교수\n"
        '"열대야가 길어지면 발전기를 쉬게 할 틈이 없습니다."\n\n[기자]\n'
        "예 교수는 취약계층 냉방비 지원을 서둘러야 한다고 지적했습니다.",
        [
            ("열대야가 길어지면 발전기를 쉬게 할 틈이 없습니다.", *["가온대 전기공학과 예인혁 교수"] * 2),
            ("취약계층 냉방비 지원을 서둘러야 한다", "가온대 전기공학과 예인혁 교수", "교수"),
        ],
        id="a-broadcast-interview-cue-names-who-speaks-next",
    ),
    pytest.param(
        "열대야에 잠 못 드는 밤\n\n[인터뷰] 탁순애 / 여울시 남정동 주민\n"
        '"밤에도 30도가 넘으니까 잠을 못 자요."',
        [("밤에도 30도가 넘으니까 잠을 못 자요.", "탁순애", "탁순애")],
        id="a-cue-with-the-name-then-what-the-person-is",
    ),
    pytest.param(
        "소방관 방현철(58) 소방경을 만났다. 그는 30년을 현장에서 보냈다.\n\n―가장 기억에 남는 출동은.\n\n"
        "“2003년 시장 화재입니다. 3층에 갇힌 아이를 업고 나왔습니다.”",
        [("2003년 시장 화재입니다. 3층에 갇힌 아이를 업고 나왔습니다.", "소방관 방현철(58) 소방경", None)],
        id="an-interview-answer-after-the-question",
    ),
    pytest.param(
        "주장 어수민(31)은 눈물을 쏟았다. 선수는 “꿈만 같다”고 말했다.",
        [("꿈만 같다", "주장 어수민(31)", "선수")],
        id="a-bare-post-is-the-person-just-named",
    ),
    pytest.param(
        "봉 감독이 가장 먼저 끌어안은 선수는 주장 어수민(31)이었다. 그녀는 “꿈만 같다”고 말했다.",
        [("꿈만 같다", "주장 어수민(31)", "그녀")],
        id="a-bare-post-names-nobody",
    ),
    pytest.param(
        "소설가 연하람(52)이 7년 만에 장편소설을 펴냈다. 연 작가는 “기억은 물처럼 새어 나가죠”라고 말했다.",
        [("기억은 물처럼 새어 나가죠", "소설가 연하람(52)", "연 작가")],
        id="a-family-name-kiwi-reads-as-a-determiner",
    ),
    pytest.param(
        "석다인 해람대 부동산학과 교수는 시장을 분석했다. 석 교수는 “관망세가 이어질 것”이라고 말했다.",
        [("관망세가 이어질 것", "석다인 해람대 부동산학과 교수", "석 교수")],
        id="a-name-kiwi-reads-as-a-copula",
    ),
    pytest.param(
        "다니엘 오스본 CEO “내년 해외 법인 설립”\n\n"
        "세레나랩스 다니엘 오스본 대표는 “내년 하반기 해외 법인을 세운다”고 말했다.",
        [
            ("내년 해외 법인 설립", "세레나랩스 다니엘 오스본 대표", "다니엘 오스본 CEO"),
            ("내년 하반기 해외 법인을 세운다", *["세레나랩스 다니엘 오스본 대표"] * 2),
        ],
        id="a-foreign-name-and-the-same-post-otherwise-called",
    ),
    pytest.param(
        "알데리아 대통령실 대변인 소피아 렌하르트는 브리핑을 열었다. "
        "렌하르트 대변인은 “서명이 연내 이뤄질 수 있다”고 말했다.",
        [("서명이 연내 이뤄질 수 있다", "알데리아 대통령실 대변인 소피아 렌하르트", "렌하르트 대변인")],
        id="the-post-before-a-foreign-name",
    ),
    pytest.param(
        "일리나 코바치 베스카르 총리는 회담장을 나섰다. 코바치는 “갈 길이 멀다”고 말했다.",
        [("갈 길이 멀다", "일리나 코바치 베스카르 총리", "코바치")],
        id="a-foreign-family-name-with-no-given-name-listed",
    ),
    pytest.param(
        "외국인 공격수 이사벨라 로차가 결승점을 냈다. 로차는 “손이 떨렸다”고 말했다.",
        [("손이 떨렸다", "외국인 공격수 이사벨라 로차", "로차")],
        id="a-role-before-a-foreign-name",
    ),
    pytest.param(
        "도 시장은 “깎인 예산은 반드시 되살리겠다”고 말했다. 시는 국비를 반납해야 한다고 설명했다.",
        [("깎인 예산은 반드시 되살리겠다", "도 시장", "도 시장"), ("국비를 반납해야 한다", "시", "시")],
        id="an-adverb-ending-in-si-is-no-city",
    ),
]


# --- held-out set 8 ------------------------------------------------------------------------

SET8 = [
    pytest.param(
        "곽민철 국민중도당 의원은 “44%도 현실을 외면한 숫자”라고 말했다. 같은 당 박태웅 원내대변인도 "
        "“지원 예산이 없다”고 지적했다. 박 대변인은 “대안을 내겠다”고 말했다.",
        [
            ("44%도 현실을 외면한 숫자", *["곽민철 국민중도당 의원"] * 2),
            ("지원 예산이 없다", "국민중도당 박태웅 원내대변인", "같은 당 박태웅 원내대변인"),
            ("대안을 내겠다", "박태웅 원내대변인", "박 대변인"),
        ],
        id="the-party-after-the-name-and-the-same-partys-member-named",
    ),
    pytest.param(
        "청해시향이 오스트리아 지휘자 마티아스 벨러(48)를 음악감독으로 선임했다. "
        "그는 “말러 전곡에 도전하겠다”고 말했다. 벨러는 “첫 시즌은 1번으로 연다”고 덧붙였다.",
        [
            ("말러 전곡에 도전하겠다", "오스트리아 지휘자 마티아스 벨러(48)", "그"),
            ("첫 시즌은 1번으로 연다", "오스트리아 지휘자 마티아스 벨러(48)", "벨러"),
        ],
        id="a-foreign-name-with-its-age-met-as-the-object",
    ),
    pytest.param(
        "드로브닉 대통령은 “물러서지 않겠다”고 말했다. 연설에는 발린 국방장관과 군 수뇌부가 배석했다. "
        "그는 “대화의 문은 열려 있다”고 말했다.",
        [
            ("물러서지 않겠다", "드로브닉 대통령", "드로브닉 대통령"),
            ("대화의 문은 열려 있다", "드로브닉 대통령", "그"),
        ],
        id="a-person-met-with-and-is-not-taken-up",
    ),
    pytest.param(
        "한 중견 단원은 “모두의 이름을 외운다”고 말했다. 이 단원은 “처음 있는 일”이라고 덧붙였다.",
        [("모두의 이름을 외운다", *["한 중견 단원"] * 2), ("처음 있는 일", "한 중견 단원", "이 단원")],
        id="a-member-of-a-body-is-a-post",
    ),
    pytest.param(
        "국토교통부 건설사고조사위원회(사조위)는 “용접 불량이 원인”이라고 밝혔다.",
        [("용접 불량이 원인", *["국토교통부 건설사고조사위원회(사조위)"] * 2)],
        id="the-body-a-body-belongs-to",
    ),
    pytest.param(
        "평론가가 “올해의 발견”이라고 말했다.",
        [("올해의 발견", "평론가", "평론가")],
        id="a-word-and-its-particle-are-no-body",
    ),
    pytest.param(
        "권 교수가 “여지가 충분하다”고 보는 반면 여 연구위원은 “어렵다”고 봤다.",
        [("여지가 충분하다", "권 교수", "권 교수"), ("어렵다", "여 연구위원", "여 연구위원")],
        id="on-the-other-hand-a-family-name-read-as-a-determiner",
    ),
    pytest.param(
        "김 대표가 “비율은 고객 편에서 정하겠다”고 하자 조 대표는 “기준을 만들겠다”고 화답했다.",
        [("비율은 고객 편에서 정하겠다", "김 대표", "김 대표"), ("기준을 만들겠다", "조 대표", "조 대표")],
        id="said-and-then",
    ),
    pytest.param(
        "명륜학원 측은 “법인 운영에 차질이 없도록 하겠다”는 짧은 입장만 내놨다.",
        [("법인 운영에 차질이 없도록 하겠다", "명륜학원 측", "명륜학원 측")],
        id="a-speech-noun-with-an-adjective-and-only",
    ),
    pytest.param(
        "한 수집가가 “바람 소리가 난다”고 한 적이 있어요.",
        [("바람 소리가 난다", "한 수집가", "한 수집가")],
        id="once-said-in-an-answer",
    ),
]


# --- held-out set 9 ------------------------------------------------------------------------

SET9 = [
    pytest.param(
        "케냐의 에제키엘 키물리가 대회 2연패를 달성했다. 경기 후 키물리는 통역을 통해 "
        "“언덕에서 승부를 걸어야 한다는 걸 알고 있었다”고 말했다.",
        [("언덕에서 승부를 걸어야 한다는 걸 알고 있었다", "에제키엘 키물리", "키물리")],
        id="a-name-kiwi-reads-as-a-verb-before-a-quote",
    ),
    pytest.param(
        "작품을 만든 안무가 서하린(41)은 해녀 12명을 인터뷰했다. 서하린이 가장 공을 들인 건 주역 무용수 "
        "탁은비(29)의 호흡이었다. 솔로에서 탁은비는 숨을 참은 채 바닥을 긴다. "
        "그녀는 “쓰러질 뻔했다”고 털어놨다.",
        [("쓰러질 뻔했다", "주역 무용수 탁은비(29)", "그녀")],
        id="a-name-kiwi-reads-as-a-verb-is-taken-up",
    ),
    pytest.param(
        "청하공공교통시민연대는 인상에 반대했다. 청하시는 인상안을 발표했다. "
        "시는 “환승 할인은 유지한다”고 밝혔다.",
        [("환승 할인은 유지한다", "청하시", "시")],
        id="a-citys-name-is-short",
    ),
    pytest.param(
        "도하건설은 “부분 보수로 충분하다”고 밝혔다. 건설사는 “합동 점검에 응하겠다”고 덧붙였다.",
        [("부분 보수로 충분하다", "도하건설", "도하건설"), ("합동 점검에 응하겠다", "도하건설", "건설사")],
        id="a-company-by-its-trade",
    ),
]


# --- held-out set 10 -----------------------------------------------------------------------

SET10 = [
    pytest.param(
        "후보 3명이 토론회에서 맞붙었다. 미래한길당 민도현(56) 후보, 시민연대당 허진아(49) 후보, "
        "무소속 표승우(44) 후보가 나섰다. 민 후보는 “경전철을 착공하겠다”고 말했다. "
        "허 후보는 “재원 대책부터”라고 맞섰다.",
        [
            ("경전철을 착공하겠다", "미래한길당 민도현(56) 후보", "민 후보"),
            ("재원 대책부터", "시민연대당 허진아(49) 후보", "허 후보"),
        ],
        id="people-listed-before-the-subject-are-named-too",
    ),
    pytest.param(
        "피해자 가족 A씨는 “멍이 가득했다”고 말했다. A씨는 “직원이 무섭다고 했다”고 덧붙였다.",
        [
            ("멍이 가득했다", *["피해자 가족 A씨"] * 2),
            ("직원이 무섭다고 했다", "피해자 가족 A씨", "A씨"),
        ],
        id="a-family-member-is-a-role",
    ),
    pytest.param(
        "탁 교수 연구실 출신 대학원생 C씨는 학교에 진정을 냈다. C씨는 “지시를 따랐을 뿐”이라고 말했다.",
        [("지시를 따랐을 뿐", "탁 교수 연구실 출신 대학원생 C씨", "C씨")],
        id="a-student-is-a-role",
    ),
    pytest.param(
        "태성에너지솔루션 차민혁 사장은 “점유율을 두 배로 늘리겠다”고 말했다. "
        "차 대표는 “공장이 내년에 돈다”고 덧붙였다.",
        [
            ("점유율을 두 배로 늘리겠다", *["태성에너지솔루션 차민혁 사장"] * 2),
            ("공장이 내년에 돈다", "태성에너지솔루션 차민혁 사장", "차 대표"),
        ],
        id="a-companys-head-is-its-daepyo",
    ),
    pytest.param(
        "에드가르 몬티엘 유엔 사무총장 특사는 기자회견을 열었다. "
        "몬티엘 특사는 “감시단을 배치하겠다”고 말했다.",
        [("감시단을 배치하겠다", "에드가르 몬티엘 유엔 사무총장 특사", "몬티엘 특사")],
        id="an-envoy-is-a-post",
    ),
    pytest.param(
        "해림중앙시장 상인회는 복구를 요구했다. 해림시는 시범사업 대상으로 선정했다. "
        "시는 “지원을 늘리겠다”고 밝혔다.",
        [("지원을 늘리겠다", "해림시", "시")],
        id="a-market-is-no-city",
    ),
    pytest.param(
        "해림소방서에 따르면 직원 박모(58) 씨가 화상을 입었다. "
        "소방 당국은 배관에서 가스가 새어 나왔다고 설명했다.",
        [
            ("직원 박모(58) 씨가 화상을 입었다", "해림소방서", "해림소방서"),
            ("배관에서 가스가 새어 나왔다", "해림소방서", "소방 당국"),
        ],
        id="the-authorities-of-a-kind-written-only-as-a-source",
    ),
]


# --- held-out set 11 -----------------------------------------------------------------------

SET11 = [
    pytest.param(
        "가람시립미술관이 여는 설치작가 서유나(41)의 개인전은 수몰된 마을을 다룬다. "
        "그녀는 “기억은 옮겨갈 뿐”이라고 말했다.",
        [("기억은 옮겨갈 뿐", "설치작가 서유나(41)", "그녀")],
        id="with-no-one-else-the-person-met-as-an-owner",
    ),
    pytest.param(
        "가람시립미술관 권도현 학예연구사는 전시를 기획했다. 권 학예사는 “3년이 걸렸다”고 말했다.",
        [("3년이 걸렸다", "가람시립미술관 권도현 학예연구사", "권 학예사")],
        id="a-curator-is-a-post",
    ),
    pytest.param(
        "“퇴근 시간은 의미가 없어요.” 12년 차 수간호사 C씨는 이렇게 말했다.",
        [("퇴근 시간은 의미가 없어요.", *["수간호사 C씨"] * 2)],
        id="years-in-the-job-before-a-role-by-its-ending",
    ),
]


# --- held-out set 12 -----------------------------------------------------------------------

SET12 = [
    pytest.param(
        '가뭄에 제한급수\n\n[인터뷰] 박순자 / 청림군 양지리 주민 : "물 나오는 날엔 다 채워놔요."',
        [("물 나오는 날엔 다 채워놔요.", "박순자", "박순자")],
        id="a-cue-on-the-quotes-own-line",
    ),
    pytest.param(
        "[인터뷰] 민수아 핀베리 대표 “시리즈B 400억”\n\n"
        "사무실에서 만난 민수아(34) 핀베리 대표는 “쓸 곳을 정하는 게 어렵다”고 말했다.",
        [
            ("시리즈B 400억", "민수아(34) 핀베리 대표", "민수아 핀베리 대표"),
            ("쓸 곳을 정하는 게 어렵다", *["민수아(34) 핀베리 대표"] * 2),
        ],
        id="a-headlines-interview-tag-is-no-cue",
    ),
    pytest.param(
        "개인정보보호위원회는 조사에 착수했다. 회사 측은 “결제 정보는 안전하다”고 밝혔다.",
        [("결제 정보는 안전하다", "회사 측", "회사 측")],
        id="a-commission-is-no-company",
    ),
]


# --- held-out set 13 -----------------------------------------------------------------------

SET13 = [
    pytest.param(
        "하윤석 산업통상자원부 장관과 레 민 쾅 베트남 산업무역부 장관이 회의를 열었다. "
        "쾅 장관은 “한국 기업은 심장”이라고 말했다.",
        [("한국 기업은 심장", "레 민 쾅 베트남 산업무역부 장관", "쾅 장관")],
        id="a-vietnamese-name-of-one-syllable-words",
    ),
    pytest.param(
        "두 장관은 “합의했다”고 말했다.",
        [("합의했다", "장관", "장관")],
        id="a-numeral-before-a-post-is-no-name",
    ),
    pytest.param(
        "남평소방서 구조대장 석진우 소방령은 현장을 지휘했다. 대장은 “수색을 마무리하겠다”고 말했다.",
        [("수색을 마무리하겠다", "남평소방서 구조대장 석진우 소방령", "대장")],
        id="the-head-of-a-unit-by-the-tail-of-the-post",
    ),
    pytest.param(
        "가람소방재난본부는 부상자 23명을 옮겼다고 밝혔다. 소방당국은 구조대가 7분 만에 도착했다고 설명했다.",
        [
            ("부상자 23명을 옮겼다", "가람소방재난본부", "가람소방재난본부"),
            ("구조대가 7분 만에 도착했다", "가람소방재난본부", "소방당국"),
        ],
        id="the-authorities-written-as-one-word",
    ),
]


# --- the reporter, on real pages ---------------------------------------------------------

REPORTER = [
    pytest.param(
        "마은결(47) 셰프가 장독을 열었다. 기자가 “가장 아끼는 식재료가 무엇이냐”고 묻자 "
        "그는 “결국은 장”이라고 답했다.",
        [("결국은 장", "마은결(47) 셰프", "그")],
        id="the-reporter-asks-and-he-is-the-one-asked",
    ),
    pytest.param(
        "A기자는 최 회장에게 “한 말씀 부탁드린다”고 물었다. 최 회장은 “마음이 아프다”고 답했다. "
        "이후 또 다른 기자가 “전할 말이 있는가”라고 물었다.",
        [
            ("한 말씀 부탁드린다", "A기자", "A기자"),
            ("마음이 아프다", "최 회장", "최 회장"),
            ("전할 말이 있는가", "또 다른 기자", "또 다른 기자"),
        ],
        id="another-reporter-is-not-the-one-named-before",
    ),
]


# each table is a group of rules; the ids say which case fails
ALL_CASES = [
    *PEOPLE,
    *BODIES,
    *HEADLINES,
    *WHOSE,
    *SET6,
    *SET7,
    *SET8,
    *SET9,
    *SET10,
    *SET11,
    *SET12,
    *SET13,
    *REPORTER,
]


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_fifth_pass(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected
