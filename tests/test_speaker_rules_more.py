"""Speakers, third pass (issue 20): the frames, short names, headlines and title forms that a
second set of unseen articles showed missing.

Each table is one rule of Korean newswriting; every passage is written for this project. An
expected row is ``(quote text, speaker, speaker_mention, verb)`` or ``(quote text, speaker,
speaker_mention)``, in text order.
"""

from __future__ import annotations

import pytest

from newsfacts.extractors.speech.fullest import abbreviates
from newsfacts.extractors.speech.reading import extract_quotes
from newsfacts.lexicon import load
from newsfacts.page.article import parse_article


def quotes(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = extract_quotes(parse_article(text))
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    return [(q.text, q.speaker, q.speaker_mention, q.verb) for q in found]


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [row[:3] for row in quotes(text)]


VERBS = load("reporting_verbs")
ENTITIES = load("entities")


# --- 1. what ties a quote to its speaker ----------------------------------------------------

RAGO = [
    pytest.param(
        "김 의원은 “그건 변명일 뿐”이라고 받아쳤다.",
        [("그건 변명일 뿐", "김 의원", "김 의원", "받아쳤다")],
        id="rago-ties-any-predicate",
    ),
    pytest.param(
        "김 위원장은 영어로 “반갑습니다”라고 인사를 건넨 뒤 “협력을 넓히자”고 제안했다.",
        [
            ("반갑습니다", "김 위원장", "김 위원장", "건넨"),
            ("협력을 넓히자", "김 위원장", None, "제안했다"),
        ],
        id="rago-before-an-action-and-dwi",
    ),
    pytest.param(
        "박 과장은 “배차 간격을 줄였다”고 설명합니다. 주민 이모 씨는 “정류장이 멀다”고 토로합니다.",
        [
            ("배차 간격을 줄였다", "박 과장", "박 과장", "설명합니다"),
            ("정류장이 멀다", "주민 이모 씨", "주민 이모 씨", "토로합니다"),
        ],
        id="broadcast-present-tense",
    ),
    pytest.param("시위대는 “물러나라”라고 적힌 현수막을 들었다.", [], id="a-sign-is-no-quote"),
    pytest.param("평론가들은 이 영화를 “올해의 발견”이라고 불렀다.", [], id="a-name-is-no-quote"),
    pytest.param("이 책은 “시대의 기록”이라고 평가받는다.", [], id="a-passive-has-no-speaker"),
    pytest.param("그는 “출입 금지”라고 쓴 종이를 치웠다.", [], id="an-adnominal-before-a-noun"),
    pytest.param("김 의원은 ‘그건 변명’이라고 받아쳤다.", [], id="single-marks-need-a-reporting-verb"),
]


@pytest.mark.parametrize(("text", "expected"), RAGO)
def test_rago_ties_a_quote_to_the_predicate(text: str, expected: list[tuple]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize("word", VERBS["label_words"])
def test_every_label_word_makes_a_sign_or_a_name(word: str) -> None:
    assert quotes(f"시민들은 “출입 금지”라고 {word} 종이를 치웠다.") == []


@pytest.mark.parametrize("ending", VERBS["passive_endings"])
def test_every_passive_ending_leaves_the_quote_unsaid(ending: str) -> None:
    assert quotes(f"이 다리는 “도시의 명물”이라고 소개{ending} 왔다.") == []
    assert quotes(f"이 다리는 “도시의 명물”이라고 소개{ending}.") == []


@pytest.mark.parametrize("form", sorted({f for forms in VERBS["gesture_verbs"].values() for f in forms}))
def test_every_gesture_after_rami_is_speech(form: str) -> None:
    rest = "." if form.endswith("다") else " 자리를 떴다."
    text = f"김 감독은 “수비 덕분에 이긴 경기”라며 {form}{rest}"
    assert quotes(text) == [("수비 덕분에 이긴 경기", "김 감독", "김 감독", "라며")]


def test_a_phrase_before_rami_and_no_gesture_is_a_label() -> None:
    assert quotes("이사회는 “미래를 여는 인재”라며 그를 위원으로 임명했다.") == []


# --- 2. bodies' short names, full name written anywhere -----------------------------------

BODIES = [
    pytest.param(
        "곽민수 고용노동부 장관은 현장을 찾았다. 노동부는 “체불 임금을 먼저 해결하겠다”고 밝혔다.",
        [("체불 임금을 먼저 해결하겠다", "고용노동부", "노동부")],
        id="full-name-inside-a-persons-title",
    ),
    pytest.param(
        "금감원은 “시장을 점검하겠다”고 밝혔다. 금융감독원은 이날 회의를 열었다.",
        [("시장을 점검하겠다", "금융감독원", "금감원")],
        id="full-name-after-the-short-one",
    ),
    pytest.param(
        "정부는 중앙재난안전대책본부(중대본) 대응 수위를 높였다. 중대본은 “주민은 대피하라”고 당부했다.",
        [("주민은 대피하라", "중앙재난안전대책본부", "중대본")],
        id="glossed-inside-a-longer-phrase",
    ),
    pytest.param(
        "국토교통부에 따르면 거래량이 줄었다. 국토부는 “공급을 늘리겠다”고 밝혔다.",
        [("거래량이 줄었다", "국토교통부", "국토교통부"), ("공급을 늘리겠다", "국토교통부", "국토부")],
        id="full-name-as-a-source",
    ),
    pytest.param(
        "서울경찰청은 수사에 착수했다. 경찰청은 “전국 단위로 점검하겠다”고 밝혔다.",
        [("전국 단위로 점검하겠다", "경찰청", "경찰청")],
        id="a-kind-after-a-place-is-another-body",
    ),
    pytest.param(
        "현대자동차그룹은 투자를 늘렸다. 현대차는 “공장을 짓겠다”고 밝혔다.",
        [("공장을 짓겠다", "현대차", "현대차")],
        id="a-longer-word-is-no-full-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_short_names_resolve_to_a_full_name_written_anywhere(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("place", ENTITIES["place_prefixes"])
def test_every_place_prefix_makes_the_kind_another_body(place: str) -> None:
    assert not abbreviates("경찰청", f"{place}경찰청")
    assert abbreviates("노동부", "고용노동부")


@pytest.mark.parametrize("particle", ENTITIES["body_particles"])
def test_every_body_particle_ends_a_full_name(particle: str) -> None:
    text = f"어제 고용노동부{particle} 관심이 쏠렸다. 노동부는 “점검하겠다”고 밝혔다."
    assert speakers(text) == [("점검하겠다", "고용노동부", "노동부")]


# --- 3. headlines that name a group, a body or a title -------------------------------------

HEADLINES = [
    pytest.param(
        "주민들 “출근길 멀어졌다”\n\n직장인 김하늘 씨는 “출근길이 30분 더 멀어졌다”고 말했다.",
        [
            ("출근길 멀어졌다", "직장인 김하늘 씨", "주민들"),
            ("출근길이 30분 더 멀어졌다", "직장인 김하늘 씨", "직장인 김하늘 씨"),
        ],
        id="a-group-is-the-member-quoted",
    ),
    pytest.param(
        "주민들 “버스 돌려달라”\n\n청솔시는 노선을 바꿨다.",
        [("버스 돌려달라", None, "주민들")],
        id="a-group-condensing-nothing-names-nobody",
    ),
    pytest.param(
        "금감원 “시장 점검 강화”\n\n금융감독원은 이날 회의를 열었다. 회의를 주재한 이정훈 금감원 부원장은 "
        "“시장 점검을 강화하겠다”고 말했다.",
        [
            ("시장 점검 강화", "이정훈 금감원 부원장", "금감원"),
            ("시장 점검을 강화하겠다", "이정훈 금감원 부원장", "이정훈 금감원 부원장"),
        ],
        id="a-body-is-its-official-quoted",
    ),
    pytest.param(
        "금감원 “시장 점검 강화”\n\n"
        "회의를 주재한 이정훈 금융감독원 부원장은 “시장 점검을 강화하겠다”고 말했다.",
        [
            ("시장 점검 강화", "이정훈 금융감독원 부원장", "금감원"),
            ("시장 점검을 강화하겠다", "이정훈 금융감독원 부원장", "이정훈 금융감독원 부원장"),
        ],
        id="a-short-name-is-its-official-under-the-full-name",
    ),
    pytest.param(
        "한빛시의회 “예산 삭감 철회하라”\n\n한빛시의회는 이날 임시회를 열었다. "
        "의회 의장인 정하윤 의원은 “예산 삭감을 즉각 철회하라”고 요구했다.",
        [
            ("예산 삭감 철회하라", "정하윤 의원", "한빛시의회"),
            ("예산 삭감을 즉각 철회하라", "정하윤 의원", "정하윤 의원"),
        ],
        id="a-body-is-who-speaks-for-it-in-the-paragraph-it-is-named",
    ),
    pytest.param(
        "군수 “밤새 수색”\n\n김영희 청솔군수는 “밤새 수색을 이어가겠다”고 말했다.",
        [
            ("밤새 수색", "김영희 청솔군수", "군수"),
            ("밤새 수색을 이어가겠다", "김영희 청솔군수", "김영희 청솔군수"),
        ],
        id="a-title-is-the-one-who-holds-it",
    ),
    pytest.param(
        "금융위 “대출 규제 유지”\n\n김영수 한빛대 교수는 “대출 규제를 유지해야 한다”고 말했다.",
        [
            ("대출 규제 유지", "금융위", "금융위"),
            ("대출 규제를 유지해야 한다", "김영수 한빛대 교수", "김영수 한빛대 교수"),
        ],
        id="a-body-is-not-a-person-of-another",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_speakers_condensing_a_body_quote(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 4. references to the company and title forms --------------------------------------------

REFERENCES = [
    pytest.param(
        "한빛조선은 손실이 커졌다고 밝혔다. 회사는 “불법 점거에 대응하겠다”고 밝혔다. "
        "사측은 “대화는 없다”고 말했다.",
        [
            ("손실이 커졌다", "한빛조선", "한빛조선"),
            ("불법 점거에 대응하겠다", "한빛조선", "회사"),
            ("대화는 없다", "한빛조선", "사측"),
        ],
        id="company-and-management",
    ),
    pytest.param(
        "타이거즈 구단은 연봉 협상에 들어간다고 밝혔다. 구단 측은 “최고 대우를 하겠다”고 말했다.",
        [
            ("연봉 협상에 들어간다", "타이거즈 구단", "타이거즈 구단"),
            ("최고 대우를 하겠다", "타이거즈 구단", "구단 측"),
        ],
        id="x-side-is-the-body-whose-name-ends-in-x",
    ),
    pytest.param(
        "“아직 실감이 안 난다.” 신인왕에 오른 한빛 타이거즈 투수 강민호(21)는 시상식 뒤 "
        "이렇게 말하며 웃었다.",
        [("아직 실감이 안 난다.", "한빛 타이거즈 투수 강민호(21)", "한빛 타이거즈 투수 강민호(21)")],
        id="this-way-after-a-long-subject",
    ),
    pytest.param(
        "한빛대 내과 김정란 교수는 “자료가 더 필요하다”고 말했다. 교수는 “부작용도 봐야 한다”고 덧붙였다.",
        [
            ("자료가 더 필요하다", "한빛대 내과 김정란 교수", "한빛대 내과 김정란 교수"),
            ("부작용도 봐야 한다", "한빛대 내과 김정란 교수", "교수"),
        ],
        id="a-bare-title-is-the-latest-with-it",
    ),
    pytest.param(
        "박지원 누리제약 최고의학책임자(CMO)는 “임상이 끝났다”고 말했다. "
        "박 CMO는 “내년에 신청한다”고 말했다.",
        [
            ("임상이 끝났다", "박지원 누리제약 최고의학책임자(CMO)", "박지원 누리제약 최고의학책임자(CMO)"),
            ("내년에 신청한다", "박지원 누리제약 최고의학책임자(CMO)", "박 CMO"),
        ],
        id="the-glossed-abbreviation-of-a-title",
    ),
    pytest.param(
        "한 시중은행 외환딜러는 “달러가 강하다”고 말했다. 이 딜러는 “당분간 오를 것”이라고 말했다.",
        [
            ("달러가 강하다", "한 시중은행 외환딜러", "한 시중은행 외환딜러"),
            ("당분간 오를 것", "한 시중은행 외환딜러", "이 딜러"),
        ],
        id="this-x-with-the-tail-of-a-compound-title",
    ),
    pytest.param(
        "한빛에듀 평가연구소장 황재민 씨는 “경쟁이 세졌다”고 말했다. 황 소장은 “상위권이 몰린다”고 말했다.",
        [
            ("경쟁이 세졌다", "한빛에듀 평가연구소장 황재민 씨", "한빛에듀 평가연구소장 황재민 씨"),
            ("상위권이 몰린다", "한빛에듀 평가연구소장 황재민 씨", "황 소장"),
        ],
        id="the-tail-of-a-title-before-the-name",
    ),
    pytest.param(
        "김영희 청솔군수는 현장을 찾았다. 김 군수는 “수색을 이어가겠다”고 말했다.",
        [("수색을 이어가겠다", "김영희 청솔군수", "김 군수")],
        id="a-title-glued-to-its-place",
    ),
    pytest.param(
        "기상청 박윤재 예보분석관은 “비가 더 온다”고 예보했다. 박 예보관은 “산사태를 조심하라”고 당부했다.",
        [
            ("비가 더 온다", "기상청 박윤재 예보분석관", "기상청 박윤재 예보분석관"),
            ("산사태를 조심하라", "기상청 박윤재 예보분석관", "박 예보관"),
        ],
        id="a-title-without-its-middle-syllables",
    ),
    pytest.param(
        "이 마을에서 40년째 사는 최복순 할머니는 병원에 가지 못했다. 최 할머니는 “버스가 없다”고 말했다.",
        [("버스가 없다", "최복순 할머니", "최 할머니")],
        id="grandmother-as-a-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_references_and_title_forms(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 5. people named by a role, a masked name or a country's title --------------------------

PEOPLE = [
    pytest.param(
        "재판부는 사기 혐의로 기소된 임대업자 강모(46)씨에게 징역 13년을 선고했다.\n\n"
        "강씨도 최후진술에서 “모두 제 욕심이었다”고 말했다.",
        [("모두 제 욕심이었다", "임대업자 강모(46)씨", "강씨")],
        id="masked-name-with-age-before-ssi-and-a-role",
    ),
    pytest.param(
        "학부모 김은정(44)씨는 “결국 사교육만 늘어날 것”이라고 말했다.",
        [("결국 사교육만 늘어날 것", "학부모 김은정(44)씨", "학부모 김은정(44)씨")],
        id="a-given-name-read-as-a-particle-stays-in-the-name",
    ),
    pytest.param(
        "청운지법 형사2부(부장판사 이도하)는 징역 7년을 선고했다. 재판부는 “피해 회복이 이뤄지지 않았다”고 "
        "밝혔다.",
        [("피해 회복이 이뤄지지 않았다", "청운지법 형사2부(부장판사 이도하)", "재판부")],
        id="a-judges-name-in-the-gloss-keeps-the-court-whole",
    ),
    pytest.param(
        "박씨의 변호인은 “무죄”라고 말했다. 변호인은 “항소하겠다”고 말했다.",
        [("무죄", "박씨의 변호인", "박씨의 변호인"), ("항소하겠다", "박씨의 변호인", "변호인")],
        id="a-role-alone-is-the-latest-with-it",
    ),
    pytest.param(
        "김도윤 “어머니께 드리는 선물”\n\n한빛 위너스는 김도윤의 결승타에 힘입어 이겼다. "
        "“어머니께 선물을 드리고 싶었다”고 위너스 외야수 김도윤(27)은 경기 뒤 말했다.",
        [
            ("어머니께 드리는 선물", "위너스 외야수 김도윤(27)", "김도윤"),
            ("어머니께 선물을 드리고 싶었다", "위너스 외야수 김도윤(27)", "위너스 외야수 김도윤(27)"),
        ],
        id="a-name-met-alone-grows-to-its-full-form",
    ),
    pytest.param(
        "텔리시아의 대통령이 병력을 철수하지 않겠다고 밝혔다.\n\n"
        "안드레이 코발 텔리시아 대통령은 이날 연설에서 “협상은 없다”고 말했다.",
        [
            ("병력을 철수하지 않겠다", "안드레이 코발 텔리시아 대통령", "텔리시아의 대통령"),
            ("협상은 없다", "안드레이 코발 텔리시아 대통령", "안드레이 코발 텔리시아 대통령"),
        ],
        id="a-countrys-title-with-ui",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_by_role_masked_name_and_country(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("ending", load("speakers")["role_endings"])
def test_every_role_ending_keeps_the_role_in_the_speaker(ending: str) -> None:
    role = f"한빛{ending}"
    text = f"{role} 김모(46)씨는 혐의를 인정했다. 김씨는 “모두 제 잘못”이라고 말했다."
    assert speakers(text) == [("모두 제 잘못", f"{role} 김모(46)씨", "김씨")]


# --- 6. a paper introduced by what it is, its name in single quotes ---------------------------

OUTLETS = [
    pytest.param(
        "야당 대변인은 “검토가 부족했다”고 지적했다. 현지 언론도 회담에 주목했다. "
        "텔리시아 최대 일간지 ‘라 노테 델 마레’는 “가장 실질적인 성과”라고 평가했다.",
        [
            ("검토가 부족했다", "야당 대변인", "야당 대변인"),
            ("가장 실질적인 성과", "라 노테 델 마레", "라 노테 델 마레"),
        ],
        id="a-quoted-paper-name-is-the-speaker",
    ),
    pytest.param(
        "현지 언론도 회담에 주목했다. 텔리시아 최대 일간지 라 노테 델 마레는 “가장 실질적인 성과”라고 "
        "평가했다.",
        [("가장 실질적인 성과", "라 노테 델 마레", "라 노테 델 마레")],
        id="a-foreign-paper-name-of-several-words",
    ),
    pytest.param(
        "이 신문 편집국장은 “보도는 정확했다”고 말했다. 방송 3사는 “중계를 중단한다”고 밝혔다.",
        [
            ("보도는 정확했다", "이 신문 편집국장", "이 신문 편집국장"),
            ("중계를 중단한다", "방송 3사", "방송 3사"),
        ],
        id="a-person-of-the-paper-and-a-count-are-no-paper-name",
    ),
    pytest.param(
        "하지만 방송 말미에 성민아는 “다시 왔다”고 말했다.",
        [("다시 왔다", "성민아", "성민아")],
        id="a-phrase-with-a-particle-is-no-paper-name",
    ),
    pytest.param(
        "김 감독은 “배우들이 잘했다”고 말했다. 영화 ‘먼 바다’는 “올해의 발견”이라는 평가를 받았다.",
        [("배우들이 잘했다", "김 감독", "김 감독")],
        id="a-quoted-film-title-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_quoted_outlet_names(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("noun", load("speakers")["outlet_nouns"])
def test_every_outlet_noun_introduces_a_quoted_name(noun: str) -> None:
    text = f"텔리시아의 한 {noun} ‘라 노테’는 “가장 큰 성과”라고 평가했다."
    assert speakers(text) == [("가장 큰 성과", "라 노테", "라 노테")]
