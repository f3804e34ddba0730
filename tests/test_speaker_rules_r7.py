"""Speakers, eighth pass (issue 20): what unseen real pages still got wrong, each written as
a passage of its own for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import cases_in_tables, speakers

import newsfacts
from newsfacts.extractors.speech.entities import post_qualifiers
from newsfacts.extractors.speech.groups import group_references
from newsfacts.extractors.speech.soundbites import speaker_labels

# --- a topic that cannot speak, after a subject that can, is what is spoken of ------------

TOPICS = [
    pytest.param(
        "한솔군의회 박태운 의장이 2회 추경안 상정 보류는 재정 여건을 살핀 결정이라고 주장했다.",
        [
            (
                "2회 추경안 상정 보류는 재정 여건을 살핀 결정이라",
                "한솔군의회 박태운 의장",
                "한솔군의회 박태운 의장",
            )
        ],
        id="a-council-chair-argues-about-a-decision",
    ),
    pytest.param(
        "가람전자 오민석 사장이 폴더블폰의 연내 출시는 어렵다고 말했다.",
        [("폴더블폰의 연내 출시는 어렵다", "가람전자 오민석 사장", "가람전자 오민석 사장")],
        id="a-chief-executive-on-a-launch",
    ),
    pytest.param(
        "새한국당 정하윤 대표가 야당의 입법 독주는 결국 민심의 심판을 받을 것이라고 경고했다.",
        [
            (
                "야당의 입법 독주는 결국 민심의 심판을 받을 것이라",
                "새한국당 정하윤 대표",
                "새한국당 정하윤 대표",
            )
        ],
        id="a-party-leader-warns-about-the-oppositions-course",
    ),
    pytest.param(
        "한도윤 대표는 취임사에서 변화를 강조했다. "
        "최근 몇 년간 서울시가 제대로 대응하지 못한 부분도 있다며 위기 의식을 당부했다.",
        [("최근 몇 년간 서울시가 제대로 대응하지 못한 부분도 있다", "한도윤 대표", None)],
        id="a-subject-before-a-verb-and-its-auxiliary-describes-a-noun-and-does-not-speak",
    ),
    pytest.param(
        "가람시 관계자는 예산 집행이 늦어진 부분도 있다고 말했다.",
        [("예산 집행이 늦어진 부분도 있다", "가람시 관계자", "가람시 관계자")],
        id="a-topic-first-still-speaks",
    ),
]


# --- which written form of a person is given ---------------------------------------------

FORMS = [
    pytest.param(
        "나윤재 신임 가람보험협회장이 지난 2일 취임했다. "
        "나윤재 가람보험협회장은 5일 신년사에서 “상생이 먼저”라고 말했다.",
        [("상생이 먼저", "나윤재 가람보험협회장", "나윤재 가람보험협회장")],
        id="newly-appointed-says-no-more-who-than-the-form-without-it",
    ),
    pytest.param(
        "정소연 문화체육관광부 장관은 30일 서울에서 간담회를 열었다.\n"
        "정소연 한국관광공사 해외지사장과 간담회 개최, “맞춤형 전략 펼쳐야”\n"
        "정 장관은 “지역별 전략이 필요하다”고 말했다.",
        [
            ("맞춤형 전략 펼쳐야", None, None),
            ("지역별 전략이 필요하다", "정소연 문화체육관광부 장관", "정 장관"),
        ],
        id="a-longer-form-with-another-post-does-not-replace-a-name-written-with-body-and-post",
    ),
    pytest.param(
        "“기존 방식의 행사는 하지 않겠다.”(한다온 GAIK 회장)\n"
        "협회장을 맡은 한다온 누리테크놀로지스 대표에 따르면 협회는 10개사로 출범한다.",
        [
            ("기존 방식의 행사는 하지 않겠다.", "한다온 GAIK 회장", "한다온 GAIK 회장"),
            ("협회는 10개사로 출범한다", "한다온 누리테크놀로지스 대표", "한다온 누리테크놀로지스 대표"),
        ],
        id="the-capacity-written-at-the-quote-is-kept",
    ),
    pytest.param(
        "김하람 의원은 “예산을 다시 짜야 한다”고 말했다. "
        "김하람 새한국당 원내대표는 이어 “협상은 없다”고 했다.",
        [
            ("예산을 다시 짜야 한다", "김하람 새한국당 원내대표", "김하람 의원"),
            ("협상은 없다", "김하람 새한국당 원내대표", "김하람 새한국당 원내대표"),
        ],
        id="a-name-with-a-post-alone-still-gives-way-to-a-fuller-form",
    ),
    pytest.param(
        "구민호 한솔군수, 가람면 이동군수실에서 주민과 대화\n\n"
        "구민호 군수의 인사말씀에 이어 주민과의 대화가 이어졌다. "
        "이에 구민호 군수는 “체육공원을 더 늘리겠다”고 답했다.",
        [("체육공원을 더 늘리겠다", "구민호 한솔군수", "구민호 군수")],
        id="a-headline-without-a-quote-gives-the-post-with-where-it-is-held",
    ),
    pytest.param(
        "지난 4일 기자와 만난 한 시민은 “버스 노선이 바뀌어 불편하다”고 말했다. "
        "이 시민은 “시민의 발을 생각해 달라”고 덧붙였다.",
        [
            ("버스 노선이 바뀌어 불편하다", "한 시민", "한 시민"),
            ("시민의 발을 생각해 달라", "한 시민", "이 시민"),
        ],
        id="this-citizen-is-the-citizen-met-before",
    ),
    pytest.param(
        "오민철 “물가 엄중…모두 물가 지킴이 돼야”\n\n"
        "오민철 경제부총리 겸 기획재정부 장관은 “모든 직원이 긴장해야 한다”고 말했다.",
        [
            ("물가 엄중…모두 물가 지킴이 돼야", "오민철 경제부총리 겸 기획재정부 장관", "오민철"),
            (
                "모든 직원이 긴장해야 한다",
                "오민철 경제부총리 겸 기획재정부 장관",
                "오민철 경제부총리 겸 기획재정부 장관",
            ),
        ],
        id="a-name-written-with-two-posts-is-still-the-headlines-bare-name",
    ),
    pytest.param(
        "전국농민회총연맹전북도연맹은 4일 도청 앞에서 기자회견을 열었다. "
        "전농은 “수매가를 보장하라”고 요구했다.",
        [("수매가를 보장하라", "전국농민회총연맹전북도연맹", "전농")],
        id="a-listed-short-name-for-the-body-with-its-branch-written-on",
    ),
    pytest.param(
        "이 자리에는 크리스 정 팰리세이즈파크 시장, 앤디 김 연방하원의원 등이 참석했다. "
        "크리스 정 시장은 “지난 선거는 역사적이었다”고 말했다.",
        [("지난 선거는 역사적이었다", "크리스 정 팰리세이즈파크 시장", "크리스 정 시장")],
        id="a-known-given-name-and-a-korean-family-name-are-one-person-written-again",
    ),
]


@pytest.mark.parametrize("word", sorted(post_qualifiers()))
def test_a_post_qualifier_is_left_out_where_a_form_without_it_is_written(word: str) -> None:
    text = f"한서율 {word} 누리협회장이 취임했다. 한서율 누리협회장은 “변화가 먼저”라고 말했다."
    assert speakers(text) == [("변화가 먼저", "한서율 누리협회장", "한서율 누리협회장")]


# --- a claim's topic that cannot speak: the one who spoke before in the sentence, the source --

CLAIMS = [
    pytest.param(
        "가람시 보건소는 과도한 불안은 필요 없다고 강조하며, "
        "확진자가 다녀간 장소는 모두 소독을 마쳤다고 밝혔다.",
        [
            ("과도한 불안은 필요 없다", "가람시 보건소", "가람시 보건소"),
            ("확진자가 다녀간 장소는 모두 소독을 마쳤다", "가람시 보건소", None),
        ],
        id="a-second-claim-about-places-goes-on-with-the-health-centre",
    ),
    pytest.param(
        "누리공항 측은 승객 2만 명이 발이 묶였다고 추정했으며, "
        "날씨가 풀리면 운항이 차츰 정상화될 것이라고 전했다.",
        [
            ("승객 2만 명이 발이 묶였다", "누리공항 측", "누리공항 측"),
            ("날씨가 풀리면 운항이 차츰 정상화될 것이라", "누리공항 측", None),
        ],
        id="the-weather-does-not-speak-the-airport-goes-on",
    ),
    pytest.param(
        "한솔수협에 따르면 지난 1일부터 9일까지 멸치 위판량은 1만 상자로 지난해보다 크게 줄었다고 밝혔다.",
        [("지난 1일부터 9일까지 멸치 위판량은 1만 상자로 지난해보다 크게 줄었다", "한솔수협", "한솔수협")],
        id="after-according-to-a-figures-topic-leaves-the-claim-to-the-source",
    ),
    pytest.param(
        "지난 3일 가람병원에서 환자가 숨진 것과 관련, 유족들이 병원의 늦장 대응에 따른 의료사고라고 "
        "주장하고 있는데 대해 병원측은 유족측의 일방적인 주장일 뿐이라고 반박했다.",
        [
            ("병원의 늦장 대응에 따른 의료사고라", "유족들", "유족들"),
            ("유족측의 일방적인 주장일 뿐이라", "병원측", "병원측"),
        ],
        id="a-side-answering-in-a-second-claim-speaks-for-itself",
    ),
]


# --- what is no part of who speaks: a time before the name, a photo's place in it ----------

PHRASES = [
    pytest.param(
        "새한국당 최경수(63) 의원이 검찰에 출석했다. "
        "이어 오전 11시 21분께 최 의원은 “조사에 성실히 임하겠다”고 말했다.",
        [("조사에 성실히 임하겠다", "새한국당 최경수(63) 의원", "최 의원")],
        id="a-time-with-께-before-the-short-form",
    ),
    pytest.param(
        "새한국당 최경수(63) 의원이 검찰에 출석했다. 이날 오후 최 의원은 “대가 관계는 없다”고 말했다.",
        [("대가 관계는 없다", "새한국당 최경수(63) 의원", "최 의원")],
        id="a-time-of-day-before-the-short-form",
    ),
    pytest.param(
        "▲ 이창수(왼쪽) 가람은행 총재가 28일 도청을 방문해 김도현(오른쪽) 도지사와 악수하고 있다.\n"
        "이창수(왼쪽) 가람은행 총재는 “소통을 강화하겠다”고 말했다. "
        "김도현(오른쪽) 도지사는 “협력을 넓히겠다”고 답했다.",
        [
            ("소통을 강화하겠다", "이창수 가람은행 총재", "이창수(왼쪽) 가람은행 총재"),
            ("협력을 넓히겠다", "김도현 도지사", "김도현(오른쪽) 도지사"),
        ],
        id="where-a-person-stands-in-the-photo-is-no-part-of-the-name",
    ),
]


def test_a_gloss_alone_before_a_particle_names_no_one() -> None:
    # found on a real page: the entity reader once took '(감독 조영준)' for a name and failed
    text = "봉준호 감독이 영화 '살인자 리포트'(감독 조영준)를 감상하고 딱 두 마디를 던졌다."
    assert [e.name for e in newsfacts.extract(text).entities] == ["봉준호 감독"]


def test_the_photos_place_is_left_out_of_the_entities_too() -> None:
    text = "이창수(왼쪽) 가람은행 총재는 “소통을 강화하겠다”고 말했다."
    assert [e.name for e in newsfacts.extract(text).entities] == ["이창수 가람은행 총재"]


# --- a body written short is the body last written with what it is of ----------------------

BODIES = [
    pytest.param(
        "여객선 실종자 가족 대표단은 이날 총리와 면담한 뒤 “구조에 집중해 달라고 요청했다”고 밝혔다.\n"
        "대표단은 이어 “총리가 내일까지 답을 주겠다고 했다”고 전했다.",
        [
            ("구조에 집중해 달라고 요청했다", "여객선 실종자 가족 대표단", "여객선 실종자 가족 대표단"),
            ("총리가 내일까지 답을 주겠다고 했다", "여객선 실종자 가족 대표단", "대표단"),
        ],
        id="the-delegation",
    ),
    pytest.param(
        "한결중공업 노조는 7일 잠정합의안 찬반 투표를 진행한다고 밝혔다.\n"
        "노조에 따르면 투표는 오후 3시까지 15개 투표소에서 진행된다.",
        [
            ("7일 잠정합의안 찬반 투표를 진행한다", "한결중공업 노조", "한결중공업 노조"),
            ("투표는 오후 3시까지 15개 투표소에서 진행된다", "한결중공업 노조", "노조"),
        ],
        id="the-union-as-a-source",
    ),
    pytest.param(
        "예솔산부인과는 다음 달 분만실을 닫는다고 밝혔다. "
        "병원은 안내문에서 “우리 병원은 끝까지 책임을 다하겠다”고 했다.",
        [
            ("다음 달 분만실을 닫는다", "예솔산부인과", "예솔산부인과"),
            ("우리 병원은 끝까지 책임을 다하겠다", "예솔산부인과", "병원"),
        ],
        id="a-clinic-is-the-hospital-written-short",
    ),
    pytest.param(
        "한지수 원장은 “우리 병원은 문을 닫지 않는다”고 말했다. 병원은 이어 “야간 진료도 계속된다”고 밝혔다.",
        [
            ("우리 병원은 문을 닫지 않는다", "한지수 원장", "한지수 원장"),
            ("야간 진료도 계속된다", "병원", "병원"),
        ],
        id="words-inside-a-quote-name-no-body",
    ),
    pytest.param(
        '경찰 "낙서 사건 교사범 추적 중"\n\n'
        "경찰이 낙서 사건의 피의자가 혐의를 부인하자 교사범이 따로 있는 것으로 보고 "
        "그를 추적하고 있다고 밝혔다.\n"
        "2일 해울경찰청은 기자간담회를 열고 수사 상황을 설명했다.",
        [
            ("낙서 사건 교사범 추적 중", "해울경찰청", "경찰"),
            (
                "낙서 사건의 피의자가 혐의를 부인하자 교사범이 따로 있는 것으로 보고 그를 추적하고 있다",
                "해울경찰청",
                "경찰",
            ),
        ],
        id="a-ledes-police-named-only-in-the-next-sentence",
    ),
]


# --- 이들, 이 단체: a group or body introduced without a name the other rules find ----------

GROUPS = [
    pytest.param(
        "가람지역 15개 시민단체와 정당으로 구성한 '가람 탄소중립행동'이 12일 출범했다.\n"
        "이 단체는 도청에서 기자회견을 열고 “지구가 보내는 경고에 더는 머뭇거리지 않겠다”고 밝혔다.\n"
        "이들은 “따뜻한 겨울은 위험한 징조”라고 말했다.",
        [
            ("지구가 보내는 경고에 더는 머뭇거리지 않겠다", "가람 탄소중립행동", "이 단체"),
            ("따뜻한 겨울은 위험한 징조", "가람 탄소중립행동", "이들"),
        ],
        id="a-coalition-named-in-single-quotes-not-the-earth-in-its-quote",
    ),
    pytest.param(
        "청년센터 '누리공간' 입주기업들이 지역 라디오에 출연했다. "
        "현장에는 출판사 '씨앗', 과외 서비스 '모두'가 참여했다.\n"
        "서로 변화를 공유한다는 이들은 “함께여서 힘이 된다”고 말했다.",
        [("함께여서 힘이 된다", "입주기업들", "이들")],
        id="이들-prefers-the-plural-over-the-names-in-between",
    ),
    pytest.param(
        "누리 장애인차별철폐연대는 4일 기자회견을 열었다. "
        "단체는 “자립 생활 권리가 후퇴하고 있다”고 주장했다.",
        [("자립 생활 권리가 후퇴하고 있다", "누리 장애인차별철폐연대", "단체")],
        id="a-bare-단체-is-the-body-just-named",
    ),
    pytest.param(
        "누리군 한솔면 주민과 한솔중 학부모 등 200여명이 2일 교육청 앞에서 집회를 열었다. "
        "이들은 “통폐합 결정을 즉시 따르라”고 요구했다. 이어 “감사를 청구하겠다”고 밝혔다.",
        [
            ("통폐합 결정을 즉시 따르라", "한솔중 학부모 등 200여명", "이들"),
            ("감사를 청구하겠다", "한솔중 학부모 등 200여명", None),
        ],
        id="people-counted-and-the-group-going-on-after-이들",
    ),
    pytest.param(
        "한솔면 주민 30여명이 2일 군청 앞에서 집회를 열었다. 현장에는 시민단체 '누리연대'가 함께했다. "
        "이들은 “축사 허가를 취소하라”고 요구했다.",
        [("축사 허가를 취소하라", "한솔면 주민 30여명", "이들")],
        id="이들-takes-up-people-counted-over-a-body-named-since",
    ),
    pytest.param(
        "누리교원단체총연합회(회장 한정수)는 6일 성명을 냈다. 누리교총은 “강제 통폐합을 멈추라”고 촉구했다. "
        "단체는 “지역 의견부터 들으라”고 밝혔다.",
        [
            ("강제 통폐합을 멈추라", "누리교원단체총연합회(회장 한정수)", "누리교총"),
            ("지역 의견부터 들으라", "누리교원단체총연합회(회장 한정수)", "단체"),
        ],
        id="a-federations-short-name-and-단체-taking-it-up-are-the-name-in-full",
    ),
]


# --- the person written after a subhead's or headline's quote on its line -----------------

TRAILING = [
    pytest.param(
        '◇"첫 출전에 우승 기쁨 두배" - 女 풀코스 한서윤씨\n\n'
        '마라톤 풀코스 여자부 우승은 한서윤(50)씨가 차지했다. 한씨는 "영광스러운 날"이라고 말했다.',
        [
            ("첫 출전에 우승 기쁨 두배", "한서윤(50)씨", "한서윤씨"),
            ("영광스러운 날", "한서윤(50)씨", "한씨"),
        ],
        id="a-winners-subhead-after-a-dash",
    ),
    pytest.param(
        "“남북 음악가 계속 만났으면” 정명우 예술감독 佛라디오 회견\n\n"
        "정명우 누리시향 예술감독은 9일 라디오 회견에서 “함께 연주하게 돼 기쁘다”고 말했다.",
        [
            ("남북 음악가 계속 만났으면", "정명우 누리시향 예술감독", "정명우 예술감독"),
            ("함께 연주하게 돼 기쁘다", "정명우 누리시향 예술감독", "정명우 누리시향 예술감독"),
        ],
        id="a-headline-with-the-name-and-post-after-its-quote",
    ),
    pytest.param(
        '◇"물가 잡기 총력" - 경제 분야 요약\n\n정부는 물가 대책을 발표했다.',
        [("물가 잡기 총력", None, None)],
        id="what-follows-a-dash-names-no-one",
    ),
    pytest.param(
        "군 생활관 신축을 두고 주민 반발이 이어지고 있습니다.\n▶ 인터뷰 : 박서린 / 누리시의원\n"
        '- "협상 테이블에서 좋은 조건으로 풀어야 한다고 생각합니다. "',
        [
            (
                "협상 테이블에서 좋은 조건으로 풀어야 한다고 생각합니다.",
                "박서린 누리시의원",
                "박서린 / 누리시의원",
            )
        ],
        id="a-dashed-soundbite-under-an-interview-cue-is-no-subhead-and-the-tags-slash-no-part-of-the-name",
    ),
    pytest.param(
        "“금리 인하 여건 형성”....이창수 가람은행 총재\n\n가람은행은 기준금리를 동결했다.",
        [("금리 인하 여건 형성", "이창수 가람은행 총재", "이창수 가람은행 총재")],
        id="a-name-after-dots",
    ),
    pytest.param(
        "“고품질 벼 확대”<조합장 취임 100일 인터뷰> 한솔농협 윤태호 조합장\n\n"
        "한솔농협은 올해 벼 수매를 늘린다.",
        [("고품질 벼 확대", "윤태호 조합장", "윤태호 조합장")],
        id="a-name-ending-the-line-after-a-bracketed-series-title",
    ),
    pytest.param(
        '[르포]"단골마저 지갑 닫았다"…이사철· 신학기 특수 사라진 전통시장\n\n"지난해보다 장사가 더 안돼요"',
        [("단골마저 지갑 닫았다", None, None), ("지난해보다 장사가 더 안돼요", None, None)],
        id="a-market-is-no-mayor-and-a-new-term-no-name",
    ),
]


# --- a person the copy does not name is who the words before say ---------------------------

UNNAMED = [
    pytest.param(
        "여행객 A씨는 “공항에서 2시간을 기다렸다”고 말했다.",
        [("공항에서 2시간을 기다렸다", "여행객 A씨", "여행객 A씨")],
        id="a-traveller-A",
    ),
    pytest.param(
        "60대 전모씨는 “요새는 집들이 가는 사람도 없다”고 말했다.",
        [("요새는 집들이 가는 사람도 없다", "60대 전모씨", "60대 전모씨")],
        id="a-trader-in-her-sixties",
    ),
    pytest.param(
        "이날 승객 B(45)씨는 “모두 헛걸음을 했다”고 했다.",
        [("모두 헛걸음을 했다", "승객 B(45)씨", "승객 B(45)씨")],
        id="a-time-before-stays-out",
    ),
    pytest.param(
        "누리대 사회복지학과 3학년 ㄱ씨는 “등록금을 채우기 어렵다”고 말했다.",
        [("등록금을 채우기 어렵다", "사회복지학과 3학년 ㄱ씨", "사회복지학과 3학년 ㄱ씨")],
        id="two-words-before-at-most-and-a-consonant-for-the-name",
    ),
    pytest.param(
        "한 상인은 “현대화한다고 손님이 오는 건 아니다”고 말했다. "
        "다른 상인도 “어떨지 모르겠다”고 말했다. 그는 “임대료가 오른다는 얘기가 있다”고 말했다.",
        [
            ("현대화한다고 손님이 오는 건 아니다", "한 상인", "한 상인"),
            ("어떨지 모르겠다", "다른 상인", "다른 상인"),
            ("임대료가 오른다는 얘기가 있다", "다른 상인", "그"),
        ],
        id="another-trader-is-an-unnamed-person-whom-그-takes-up",
    ),
]


# --- a page's label over one person's lines; a headline's person carried down -------------

HEADS = [
    pytest.param(
        '<발표자: 한도윤 가람부 장관>\n\n"올해 사고를 반드시 줄이겠다"\n\n"현장 감독을 강화하겠다"\n',
        [
            ("올해 사고를 반드시 줄이겠다", "한도윤 가람부 장관", "한도윤 가람부 장관"),
            ("현장 감독을 강화하겠다", "한도윤 가람부 장관", "한도윤 가람부 장관"),
        ],
        id="a-broadcasters-presenter-label-over-lines-of-quotes",
    ),
    pytest.param(
        '"끝장이 바로 민생" 안태호, 첫 공식 선거운동 시작\n\n'
        '안 후보는 9일 새벽 시장을 찾아 "정권을 심판하겠다"고 말했다.',
        [
            ("끝장이 바로 민생", "안태호 후보", "안태호"),
            ("정권을 심판하겠다", "안태호 후보", "안 후보"),
        ],
        id="a-bare-name-after-a-headline-quote-and-the-short-form-below-it",
    ),
    pytest.param(
        "위민호 후보 “한 표로 승리 만들어달라”\n“정치는 약자의 무기”\n\n"
        "새한국당 위민호 후보는 9일 유세에서 “마지막까지 뛰겠다”고 말했다.",
        [
            ("한 표로 승리 만들어달라", "새한국당 위민호 후보", "위민호 후보"),
            ("정치는 약자의 무기", "새한국당 위민호 후보", None),
            ("마지막까지 뛰겠다", "새한국당 위민호 후보", "새한국당 위민호 후보"),
        ],
        id="a-subhead-of-quotes-goes-on-with-the-headlines-speaker",
    ),
    pytest.param(
        "신창호 “생명보험은 사랑 이야기”\n\n신 의장은 시상식에서 “보험의 정신을 잊지 말자”고 말했다.",
        [
            ("생명보험은 사랑 이야기", "신창호 의장", "신창호"),
            ("보험의 정신을 잊지 말자", "신창호 의장", "신 의장"),
        ],
        id="a-family-name-and-post-is-the-headlines-bare-name",
    ),
    pytest.param(
        "“정부 발표 유감”\n\n문태호 가람부 장관은 3일 “병원 명단 공개는 신중해야 한다”고 말했다. "
        "그는 “확진자 동선은 모두 소독했다”고 밝혔다. 문 장관은 “지자체와 협력하겠다”고 덧붙였다.",
        [
            ("정부 발표 유감", "문태호 가람부 장관", None),
            ("병원 명단 공개는 신중해야 한다", "문태호 가람부 장관", "문태호 가람부 장관"),
            ("확진자 동선은 모두 소독했다", "문태호 가람부 장관", "그"),
            ("지자체와 협력하겠다", "문태호 가람부 장관", "문 장관"),
        ],
        id="a-headline-quote-condensing-nothing-in-an-article-of-one-voice",
    ),
    pytest.param(
        "“정부 발표 유감”\n\n문태호 가람부 장관은 3일 “병원 명단 공개는 신중해야 한다”고 말했다. "
        "한지수 누리시장은 “확진자 동선을 공개하겠다”고 맞섰다. 문 장관은 “지자체와 협력하겠다”고 덧붙였다.",
        [
            ("정부 발표 유감", None, None),
            ("병원 명단 공개는 신중해야 한다", "문태호 가람부 장관", "문태호 가람부 장관"),
            ("확진자 동선을 공개하겠다", "한지수 누리시장", "한지수 누리시장"),
            ("지자체와 협력하겠다", "문태호 가람부 장관", "문 장관"),
        ],
        id="two-voices-leave-it-to-no-one",
    ),
]


@pytest.mark.parametrize("label", speaker_labels())
def test_every_speaker_label(label: str) -> None:
    text = f'<{label}: 한도윤 가람부 장관>\n\n"올해 사고를 반드시 줄이겠다"\n'
    assert speakers(text) == [("올해 사고를 반드시 줄이겠다", "한도윤 가람부 장관", "한도윤 가람부 장관")]


def _topic_particle(word: str) -> str:
    last = ord(word[-1]) - 0xAC00
    return "은" if last % 28 else "는"


@pytest.mark.parametrize("reference", sorted(group_references()))
def test_every_group_reference(reference: str) -> None:
    text = (
        "누리시 12개 주민단체가 모인 '누리 공항반대행동'이 3일 출범했다. "
        f"{reference}{_topic_particle(reference)} “공항 계획을 철회하라”고 요구했다."
    )
    assert speakers(text) == [("공항 계획을 철회하라", "누리 공항반대행동", reference)]


ALL_CASES = [*TOPICS, *FORMS, *CLAIMS, *PHRASES, *BODIES, *GROUPS, *TRAILING, *HEADS, *UNNAMED]


def test_every_table_runs() -> None:
    assert cases_in_tables(globals()) == len(ALL_CASES)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_eighth_pass(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected
