"""Speakers, seventh pass (issue 20): page layouts real pages showed, each written as a
passage of its own for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import cases_in_tables, speakers

import newsfacts
from newsfacts.lexicon import load
from newsfacts.page.article import parse_article

# --- a name tag alone on its line over the lines of that person's words --------------------

TAGS = [
    pytest.param(
        "[한낮의 시사토크] 여당 정책위의장에게 듣는다\n\n■ 진행 : 도은채 앵커\n"
        "■ 출연 : 엄태수 새한국당 정책위의장\n\n엄태수 / 새한국당 정책위의장\n"
        '"추경 규모는 20조 원이 적당…더 늘리면 물가 부담"\n"지역화폐 예산, 지자체와 절반씩 나눠야"\n\n'
        "▷ 도은채 / 앵커 : 오늘은 여당 정책위의장 모셨습니다.\n\n"
        "▶ 엄태수 / 새한국당 정책위의장 : 안녕하십니까.\n",
        [
            ("추경 규모는 20조 원이 적당…더 늘리면 물가 부담", "엄태수 새한국당 정책위의장", "엄태수"),
            ("지역화폐 예산, 지자체와 절반씩 나눠야", "엄태수 새한국당 정책위의장", "엄태수"),
        ],
        id="a-talk-show-lists-its-guests-sayings-under-the-guests-tag",
    ),
    pytest.param(
        "전문가 열 명 가운데 아홉 명이 연내 인하를 점쳤습니다.\n\n반지훈 / 가람대 경제학과 교수\n"
        '"내수가 너무 식었습니다. 두 번까지 내릴 수 있다고 봅니다…."\n\n'
        "물가 둔화를 인하 이유로 꼽았습니다.\n\n채 민 / 누리증권 수석연구위원\n"
        '"환율이 변수입니다."\n',
        [
            (
                "내수가 너무 식었습니다. 두 번까지 내릴 수 있다고 봅니다….",
                "반지훈 가람대 경제학과 교수",
                "반지훈",
            ),
            ("환율이 변수입니다.", "채 민 누리증권 수석연구위원", "채 민"),
        ],
        id="a-broadcast-script-prints-each-soundbite-under-a-tag-a-spaced-two-syllable-name-too",
    ),
    pytest.param(
        "누리시 하수관로 공사를 두고 함동규 누리시의회 건설교통위원장이 현장을 찾았다.\n\n"
        '함동규 / 위원장\n"주민 설명회부터 다시 하라"\n',
        [("주민 설명회부터 다시 하라", "함동규 누리시의회 건설교통위원장", "함동규")],
        id="the-article-writing-the-tagged-person-more-fully-gives-the-fullest-form",
    ),
    pytest.param(
        '주요 뉴스\n\n정치 / 사회\n"오늘의 말말말"\n\n'
        '서울 시내 버스 요금이 오른다. 시는 "적자가 크다"고 밝혔다.\n',
        [("오늘의 말말말", None, None), ("적자가 크다", "시", "시")],
        id="a-menus-slash-is-no-tag",
    ),
]


# --- an interview page's guest says the quote lines of its headline and subhead ----------

GUESTS = [
    pytest.param(
        "뉴스한낮\n\n[이슈 집중] 독감 유행 정점은 언제?\n\n입력 | 2025-12-03 14:10\n\n"
        "″유행 정점은 이달 말…고위험군은 지금 접종해야″\n\n″해열제 사재기 필요 없어″\n\n◀ 앵커 ▶\n\n"
        "변지호 누리대병원 감염내과 교수 모셨습니다.\n\n어서 오세요.\n\n◀ 변지호/누리대병원 교수 ▶\n\n"
        "네, 안녕하세요.\n",
        [
            ("유행 정점은 이달 말…고위험군은 지금 접종해야", "변지호 누리대병원 감염내과 교수", "변지호"),
            ("해열제 사재기 필요 없어", "변지호 누리대병원 감염내과 교수", "변지호"),
        ],
        id="a-programme-page-lists-its-guests-sayings-and-the-transcript-names-the-guest",
    ),
    pytest.param(
        "■ 진행 : 도은채 앵커\n■ 대담 : 엄태수 새한국당 정책위의장\n\n"
        '"추경은 20조 원이 적당"\n\n"지역화폐는 절반씩"\n\n'
        "▷ 도은채 / 앵커 : 어서 오십시오.\n\n▶ 엄태수 / 새한국당 의원 : 안녕하십니까.\n",
        [
            ("추경은 20조 원이 적당", "엄태수 새한국당 정책위의장", "엄태수"),
            ("지역화폐는 절반씩", "엄태수 새한국당 정책위의장", "엄태수"),
        ],
        id="the-guest-line-of-a-talk-show-and-its-turns-name-one-guest-the-host-is-none",
    ),
    pytest.param(
        "■ 진행 : 도은채 앵커\n■ 대담 : 엄태수 새한국당 의원, 반하늘 민생당 의원\n\n"
        '"추경은 20조 원이 적당"\n\n▶ 엄태수 / 새한국당 의원 : 안녕하십니까.\n\n'
        "▶ 반하늘 / 민생당 의원 : 반갑습니다.\n",
        [("추경은 20조 원이 적당", None, None)],
        id="two-guests-and-the-header-quote-is-nobodys-named",
    ),
]

# --- a name and its post with the body between, met in passing -----------------------------

PASSING = [
    pytest.param(
        "기자회견에는 변지호 누리대병원 감염내과 교수 등이 함께했다.\n\n"
        "변 교수는 “접종이 최선”이라고 말했다.\n",
        [("접종이 최선", "변지호 누리대병원 감염내과 교수", "변 교수")],
        id="name-body-department-post-then-surname-and-post",
    ),
    pytest.param(
        "김 기자는 시청사 본관에서 열린 한도윤 시장 취임 간담회에서 질문했다.\n\n"
        "이에 한 시장은 “교통부터 풀겠다”고 답했다.\n",
        [("교통부터 풀겠다", "한도윤 시장", "한 시장")],
        id="a-place-before-the-name-is-no-part-of-it-the-scan-looks-again-at-each-word",
    ),
]


# --- a subject inside a clause the sentence holds speaks only if it can ------------------

CLAUSES = [
    pytest.param(
        "한지석 정무수석은 이날 라디오에 출연했다.\n\n"
        "다음 달 무역 협상이 타결될 가능성에 대해서는 “서두르지 않겠다”고 말했다.\n",
        [("서두르지 않겠다", "한지석 정무수석", None)],
        id="the-subject-of-a-clause-describing-a-noun-is-no-speaker-the-dropped-one-speaks",
    ),
    pytest.param(
        "오민호 누리도지사가 발표를 마쳤다.\n\n"
        "기자들의 질문이 여기저기서 터져 나오자 “다음에 자리를 만들겠다”며 회견을 끝냈다.\n",
        [("다음에 자리를 만들겠다", "오민호 누리도지사", None)],
        id="the-subject-of-a-clause-ending-in-자-is-no-speaker",
    ),
    pytest.param(
        "엄태수 의원은 “당이 하나로 가야 한다”고 말했다. 특히 반 위원이 지난 5일 예산을 두고 "
        "신경전을 벌였던 것을 겨냥하며 “공개 회의에서 할 일이 아니다”라고 꼬집었다.\n",
        [
            ("당이 하나로 가야 한다", "엄태수 의원", "엄태수 의원"),
            ("공개 회의에서 할 일이 아니다", "엄태수 의원", None),
        ],
        id="a-date-and-a-postposition-do-not-end-the-clause-about-what-someone-did",
    ),
    pytest.param(
        "노르바니아의 대통령이 국경 지역에 배치한 병력을 철수하지 않겠다고 밝혔다.\n",
        [("국경 지역에 배치한 병력을 철수하지 않겠다", "노르바니아의 대통령", "노르바니아의 대통령")],
        id="before-an-object-the-subject-goes-on",
    ),
    pytest.param(
        "박진호 보건복지부 차관이 응급실 상황에 대한 국민 불안이 커지는 상황에서 "
        "“극복할 수 있다”고 밝혔다.\n",
        [("극복할 수 있다", "박진호 보건복지부 차관", "박진호 보건복지부 차관")],
        id="에-대한-is-a-postposition-the-person-before-it-speaks",
    ),
    pytest.param(
        "한도윤 시장이 주민들을 만난 자리에서 “길부터 넓히겠다”고 말했다.\n",
        [("길부터 넓히겠다", "한도윤 시장", "한도윤 시장")],
        id="a-person-in-a-clause-describing-where-still-speaks",
    ),
]

# every postpositional verb: '반 위원이 {…} 신경전을 벌였던 것을 겨냥하며' is about 반 위원
POSTPOSITIONS = {
    "두": "예산을 두고",
    "대하": "예산에 대해",
    "관하": "예산에 관해",
    "통하": "언론을 통해",
    "위하": "지역을 위해",
    "따르": "당헌에 따라",
    "비롯하": "예산을 비롯해",
    "향하": "지도부를 향해",
    "둘러싸": "예산을 둘러싸고",
    "인하": "예산으로 인해",
    "관련하": "예산과 관련해",
}


def test_every_postpositional_verb_is_exercised() -> None:
    assert set(POSTPOSITIONS) == set(load("speakers")["postpositional_verbs"])


@pytest.mark.parametrize(("verb", "phrase"), POSTPOSITIONS.items())
def test_a_postposition_does_not_end_a_clause(verb: str, phrase: str) -> None:
    text = (
        "엄태수 의원은 “당이 하나로 가야 한다”고 말했다. 특히 반 위원이 지난 5일 "
        f"{phrase} 신경전을 벌였던 것을 겨냥하며 “공개 회의에서 할 일이 아니다”라고 꼬집었다.\n"
    )
    assert speakers(text)[1] == ("공개 회의에서 할 일이 아니다", "엄태수 의원", None)


# --- lists of sayings and joined quotes -----------------------------------------------------

LISTS = [
    pytest.param(
        '오민호 누리도지사는 26일 기자회견을 열어 "그동안 걱정을 끼쳐 죄송하다"하고 '
        '"앞으로 빚을 갚아나가겠다"며 도정에 힘쓰겠다고 밝혔다.\n',
        [
            ("그동안 걱정을 끼쳐 죄송하다", "오민호 누리도지사", "오민호 누리도지사"),
            ("앞으로 빚을 갚아나가겠다", "오민호 누리도지사", "오민호 누리도지사"),
            ("도정에 힘쓰겠다", "오민호 누리도지사", None),
        ],
        id="a-quote-joined-by-하고-to-the-next-is-speech-as-the-next-is",
    ),
    pytest.param(
        '오 지사는 "소통의 행정을 할 것"이며, 또한 "화합의 길로 나아갈 것"이라고 강조했다.\n',
        [("소통의 행정을 할 것", "오 지사", "오 지사"), ("화합의 길로 나아갈 것", "오 지사", "오 지사")],
        id="a-quote-joined-by-이며-또한",
    ),
    pytest.param(
        '국감 첫날\n\n[엄태수/새한국당 의원/19일/정치분야 : "영빈관은 누가 지시했습니까?"]\n\n'
        '[하지선/국무총리 : "아니에요."]\n',
        [
            ("영빈관은 누가 지시했습니까?", "엄태수 새한국당 의원", "엄태수/새한국당 의원"),
            ("아니에요.", "하지선 국무총리", "하지선/국무총리"),
        ],
        id="a-soundbite-with-a-date-and-a-session-after-the-post-and-its-words-in-marks",
    ),
    pytest.param(
        "국감 첫날 여야가 기싸움을 벌였다.\n\n"
        "▲“모르면 모른다고 해라.”(국방위 소속 새한국당 엄태수 의원. 지난달 합의 여부를 묻다가)\n\n"
        "▲ “기업들 살려주세요.” (산자위 소속 민생당 반하늘 의원, 장관에게)\n",
        [
            ("모르면 모른다고 해라.", "국방위 소속 새한국당 엄태수 의원", "국방위 소속 새한국당 엄태수 의원"),
            ("기업들 살려주세요.", "산자위 소속 민생당 반하늘 의원", "산자위 소속 민생당 반하늘 의원"),
        ],
        id="a-days-sayings-each-with-who-and-what-in-brackets-a-full-stop-inside",
    ),
]


SAYINGS = [
    pytest.param(
        "국감 말말말\n\n여야가 맞붙었다.\n\n"
        '▲ "세간에서는요. 국회는 민의의 전당입니다." (국민의힘 엄태수 의원, 국정감사 중)\n',
        [("세간에서는요. 국회는 민의의 전당입니다.", "국민의힘 엄태수 의원", "국민의힘 엄태수 의원")],
        id="a-bullet-before-a-straight-mark-of-two-sentences",
    ),
    pytest.param(
        '배구 미디어데이\n\n누리화재의 신한결 감독은 "편하게 치르고 싶다"고 말했다.\n\n'
        '▲ "좋은 동반자입니다. 존중합니다." (신한결 누리화재 감독, 맞수를 평가하며)\n',
        [
            ("편하게 치르고 싶다", "누리화재의 신한결 감독", "누리화재의 신한결 감독"),
            ("좋은 동반자입니다. 존중합니다.", "신한결 누리화재 감독", "신한결 누리화재 감독"),
        ],
        id="straight-marks-kiwi-leaves-unpaired-and-the-form-written-at-the-quote",
    ),
]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("▲ 엄태수 의원이 질의하고 있다.", "caption"),
        ("▲“모르면 모른다고 해라.”(국방위 소속 엄태수 의원)", "body"),
        ("▲“기업 살려라” 엄태수 의원이 말하고 있다. /뉴스1", "caption"),
    ],
)
def test_a_bullet_before_a_quote_mark_lists_a_saying(line: str, role: str) -> None:
    article = parse_article(f"국감 첫날 여야가 기싸움을 벌였다.\n\n{line}\n\n본문이 이어진다.\n")
    assert [p.role for p in article.paragraphs] == ["body", role, "body"]


# --- courts met in passing, and '1심' in a story about an appeal ---------------------------

COURTS = [
    pytest.param(
        "검찰은 광주고법 형사1부 심리로 열린 결심공판에서 사형을 구형했다.\n\n"
        "앞서 전주지법 형사12부(부장판사 하지선) 심리로 열린 1심 선고공판에서 재판부는 무기징역을 "
        "선고했다.\n\n1심은 “반성하는 모습이 없다”며 중형을 선고했다.\n",
        [("반성하는 모습이 없다", "전주지법 형사12부", "1심")],
        id="1심-is-the-district-court-named-before-not-the-appeal-court",
    ),
    pytest.param(
        "수원지법 형사11부 심리로 열린 공판에서 재판부는 “증거가 부족하다”고 밝혔다.\n",
        [("증거가 부족하다", "수원지법 형사11부", "재판부")],
        id="재판부-is-the-court-before-심리로",
    ),
    pytest.param(
        "재판 소식\n\n항소심 재판부가 “적법한 선고 절차였다”고 판단했습니다.\n\n"
        "의정부지법 형사1부는 한 모 씨에 대한 항소심에서 원심을 파기했습니다.\n",
        [("적법한 선고 절차였다", "의정부지법 형사1부", "항소심 재판부")],
        id="a-lede-says-재판부-before-the-court-is-named",
    ),
    pytest.param(
        "누리 노조 파업\n\n누리전자노동조합(이하 누전노) 조합원 3천여명이 8일 파업에 들어갔다.\n\n"
        "누전노 측은 “마지막 카드”라고 밝혔다.\n",
        [("마지막 카드", "누리전자노동조합(이하 누전노)", "누전노 측")],
        id="a-body-given-its-short-name-anywhere-in-a-sentence",
    ),
    pytest.param(
        "한일 차관 회담\n\n일본 외무성이 한일 차관 회담에서 소통하기로 했다고 밝혔다.\n\n"
        "외무성은 보도자료를 통해 “현안을 조기에 해결하기로 했다”고 밝혔다.\n",
        [
            ("한일 차관 회담에서 소통하기로 했다", "일본 외무성", "일본 외무성"),
            ("현안을 조기에 해결하기로 했다", "일본 외무성", "외무성"),
        ],
        id="a-bodys-word-after-whose-it-is-names-a-body",
    ),
]

# every first_court_heads entry: the district court, named before the appeal court, says it
FIRST_COURTS = {
    "지법": "서울중앙지법 형사5부",
    "지방법원": "대구지방법원 형사2부",
    "지원": "안산지원 형사1부",
}


def test_every_first_court_head_is_exercised() -> None:
    assert set(FIRST_COURTS) == set(load("entities")["first_court_heads"])


@pytest.mark.parametrize(("head", "court"), FIRST_COURTS.items())
def test_1심_takes_up_the_district_court(head: str, court: str) -> None:
    text = (
        f"{court}는 지난해 징역 5년을 선고했다.\n\n서울고법 형사3부는 20일 항소를 기각했다.\n\n"
        "1심은 당시 “죄질이 나쁘다”고 밝혔다.\n"
    )
    assert speakers(text) == [("죄질이 나쁘다", court, "1심")]


# --- who someone is, written before the name ----------------------------------------------

ROLES = [
    pytest.param(
        "제작발표회에는 배우 채지안, 송하윤이 참석했다.\n\n채지안은 “드라마가 처음”이라고 말했다.\n",
        [("드라마가 처음", "배우 채지안", "채지안")],
        id="a-role-before-the-first-name-of-a-list-the-words-before-with-a-particle-are-not-its",
    ),
    pytest.param(
        "제보자 A씨는 밤늦게 메시지를 받았다.\n\nA씨는 “보이스피싱인 줄 알았다”고 말했다.\n",
        [("보이스피싱인 줄 알았다", "제보자 A씨", "A씨")],
        id="제보자-is-a-role",
    ),
    pytest.param(
        "노조는 16일 엄태수 기자를 위원장으로 뽑았다.\n\n"
        "신임 엄 위원장은 “노조다운 노조를 만들겠다”고 말했다.\n",
        [("노조다운 노조를 만들겠다", "엄태수 기자", "신임 엄 위원장")],
        id="신임-before-a-family-name-and-a-new-post",
    ),
]


# --- unnamed people, and a name written whole over its short forms ------------------------

FORMS = [
    pytest.param(
        "한 학부모는 “교육이 답”이라고 말했다.\n\n또 다른 학부모는 “공교육을 살려달라”고 말했다.\n",
        [("교육이 답", "한 학부모", "한 학부모"), ("공교육을 살려달라", "또 다른 학부모", "또 다른 학부모")],
        id="또-다른-introduces-another-unnamed-one",
    ),
    pytest.param(
        "한 주민은 “요금이 너무 높다”고 했다. 또 다른 주민은 노후 관로 누수부터 잡아야 한다고 주장했다.\n",
        [
            ("요금이 너무 높다", "한 주민", "한 주민"),
            ("노후 관로 누수부터 잡아야 한다", "또 다른 주민", "또 다른 주민"),
        ],
        id="the-또-of-또-다른-does-not-continue-the-last-speaker",
    ),
    pytest.param(
        "한 회원은 “환경부가 나서야 한다”고 말했다. 이 회원은 “약속을 지켜야 한다”고 덧붙였다.\n",
        [("환경부가 나서야 한다", "한 회원", "한 회원"), ("약속을 지켜야 한다", "한 회원", "이 회원")],
        id="한-and-a-role-is-a-person-이-and-the-role-takes-them-up",
    ),
    pytest.param(
        "엄태수 누리노조 새 지부장, “현장을 강화하겠다”\n\n2025-01-17 홍길동 기자\n\n"
        "엄 신임지부장은 “교섭을 타파하겠다”고 밝혔다.\n\n새 집행부는 엄태수 지부장을 비롯해 8명이다.\n",
        [
            ("현장을 강화하겠다", "엄태수 누리노조 새 지부장", "엄태수 누리노조 새 지부장"),
            ("교섭을 타파하겠다", "엄태수 누리노조 새 지부장", "엄 신임지부장"),
        ],
        id="a-short-form-before-the-full-name-and-the-headline-writing-it-fullest",
    ),
    pytest.param(
        "해솔시 수도요금 인상안 공청회\n오정택 해솔시장 “인상 폭 최소화”\n\n"
        "해솔시가 상수도 요금 인상을 추진한다.\n\n"
        "오 시장은 “인상 폭을 최소화하겠다”고 말했다.\n",
        [
            ("인상 폭 최소화", "오정택 해솔시장", "오정택 해솔시장"),
            ("인상 폭을 최소화하겠다", "오정택 해솔시장", "오 시장"),
        ],
        id="a-body-short-form-written-in-full-only-in-a-subhead",
    ),
]


# --- broadcast scripts as their web pages print them ---------------------------------------

SCRIPTS = [
    pytest.param(
        "종로 의류상가 화재\n\n어제 밤 의류자재 상가에서 불이 났습니다.\n▶ 인터뷰 : 김명수 / 목격자\n"
        '- "연기가 보통 연기가 아니었어요."\n창고 뒤편에서 시작된 불은 건물 전체로 번졌습니다.\n'
        '▶ 스탠딩 : 박광일 / 기자\n- "상가가 오래된 목조 건물이었습니다."\n',
        [
            ("연기가 보통 연기가 아니었어요.", "김명수 목격자", "김명수 / 목격자"),
            ("상가가 오래된 목조 건물이었습니다.", "박광일 기자", "박광일 / 기자"),
        ],
        id="an-interview-line-and-a-reporters-stand-up-over-a-dashed-quote",
    ),
    pytest.param(
        "목욕탕 화재\n\n    바로 근처에 계셨는지요?\n\n    [김상대/목격자]\n"
        '    "그렇죠. 연기를 많이 흡입하셨어요."\n\n    ◀ 앵커 ▶\n',
        [("그렇죠. 연기를 많이 흡입하셨어요.", "김상대 목격자", "김상대")],
        id="a-tag-in-brackets-a-name-that-ends-like-a-bodys-under-a-role",
    ),
    pytest.param(
        "김천 수해\n\n주민들에게는 안락한 집이 꿈만 같습니다.\n◀INT▶이외순/김천시 구성면\n"
        '"그저 막막합니다. 앞으로 어떻게 살아야 할지"\n◀INT▶배순자/김천시 구성면\n'
        '"남의 일인 줄 알았는데. 제가 당하고 나니\n뭐라 말을 못하겠습니다."\n'
        "일부 주민들은 면사무소 밖에서 잠을 잤습니다.\n",
        [
            ("그저 막막합니다. 앞으로 어떻게 살아야 할지", "이외순 김천시 구성면", "이외순"),
            (
                "남의 일인 줄 알았는데. 제가 당하고 나니\n뭐라 말을 못하겠습니다.",
                "배순자 김천시 구성면",
                "배순자",
            ),
        ],
        id="mbc-int-cues-are-lines-of-their-own-and-a-quote-may-be-wrapped",
    ),
]

SCRIPTS += [
    pytest.param(
        "국방부 정례브리핑\n\n[문상수 / 국방부 대변인]\n자료 제공은 2건입니다. "
        "보도자료를 참고하시기 바랍니다.\n\n[기자]\n비행거리는 얼마입니까?\n\n"
        "[노재선 / 합참 공보실장]\n현재 분석 중이라는 말씀드리겠습니다.\n",
        [
            ("자료 제공은 2건입니다. 보도자료를 참고하시기 바랍니다.", "문상수 국방부 대변인", "문상수"),
            ("현재 분석 중이라는 말씀드리겠습니다.", "노재선 합참 공보실장", "노재선"),
        ],
        id="a-briefings-transcript-each-tag-over-what-was-said-unmarked-the-reporter-is-none",
    ),
    pytest.param(
        "[속보] 감염병 브리핑\n\n보건복지부 감염병 브리핑\n\n■하윤수 보건복지부 장관\n\n"
        "“정부 노력에도 환자 계속 발생”\n\n“상황 대단히 송구”\n",
        [
            ("정부 노력에도 환자 계속 발생", "하윤수 보건복지부 장관", "하윤수 보건복지부 장관"),
            ("상황 대단히 송구", "하윤수 보건복지부 장관", "하윤수 보건복지부 장관"),
        ],
        id="a-person-alone-on-a-line-over-the-lines-of-their-words",
    ),
    pytest.param(
        "[청년창업가를 만나다] 폐어망으로 운동화 만드는 한서윤 대표\n“쓰레기는 없어요”\n\n"
        "바다결 한서윤(29) 대표는 “쓰레기는 없어요, 자원이 있을 뿐”이라고 말했다.\n",
        [
            ("쓰레기는 없어요", "바다결 한서윤(29) 대표", None),
            ("쓰레기는 없어요, 자원이 있을 뿐", "바다결 한서윤(29) 대표", "바다결 한서윤(29) 대표"),
        ],
        id="a-headline-naming-the-interviewee-is-no-tag-the-body-quote-says-who",
    ),
]

SCRIPTS += [
    pytest.param(
        "수산물 물가 점검\n\n최다희 기자>\n꽃게가 가득 쌓였습니다.\n\n녹취> 나현주 / 수산시장 상인\n"
        '"요즘에는 가을 꽃게가 제철이죠."\n\n하지만 시민들의 표정은 가볍지 않습니다.\n',
        [("요즘에는 가을 꽃게가 제철이죠.", "나현주 수산시장 상인", "나현주")],
        id="ktvs-녹취-tag-over-the-quote-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCRIPTS)
def test_broadcast_scripts(text: str, expected: list[tuple]) -> None:
    # through the public call: the page's reading joins wrapped lines, offsets are the input's
    found = newsfacts.extract(text).quotes
    assert all(text[q.start : q.end] == q.text for q in found)
    assert [(q.text, q.speaker, q.speaker_mention) for q in found] == expected


ALL_CASES = [*TAGS, *GUESTS, *PASSING, *CLAUSES, *LISTS, *SAYINGS, *COURTS, *ROLES, *FORMS]


def test_every_table_runs() -> None:
    assert cases_in_tables(globals(), besides=("SCRIPTS",)) == len(ALL_CASES)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_seventh_pass(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected
