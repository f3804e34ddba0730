"""Speakers, sixth pass (issue 20): rules that held-out set 14 and real pages showed
missing, each stated by the structure of the copy.

Every passage is written for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import cases_in_tables, speakers

from newsfacts.extractors.speech.names import short_parts
from newsfacts.lexicon import load

ENTITIES = load("entities")
VERBS = load("reporting_verbs")


# --- one person written again: the same full name, a foreign family name, a short form -------

SAME_PERSON = [
    pytest.param(
        "세온발레단은 프랑스 출신 안무가 엘렌 드로지에(52)를 예술감독으로 선임했다.\n\n"
        "엘렌 드로지에 신임 예술감독은 “무용수의 목소리를 끌어내겠다”고 말했다. "
        "드로지에 단장은 “고전은 살아 있는 몸”이라고 강조했다.",
        [
            ("무용수의 목소리를 끌어내겠다", "엘렌 드로지에 신임 예술감독", "엘렌 드로지에 신임 예술감독"),
            ("고전은 살아 있는 몸", "엘렌 드로지에 신임 예술감독", "드로지에 단장"),
        ],
        id="the-same-foreign-name-with-another-post-and-the-family-name-with-a-third",
    ),
    pytest.param(
        "간담회에는 수석무용수 강민재(34)도 함께했다. 강민재는 “연습이 전부”라고 말했다. "
        "강 수석은 “남성 군무가 늘길 바란다”고 덧붙였다.",
        [
            ("연습이 전부", "강민재(34)", "강민재"),
            ("남성 군무가 늘길 바란다", "강민재(34)", "강 수석"),
        ],
        id="a-family-name-and-a-post-shorten-the-name-never-replace-it",
    ),
    pytest.param(
        "다온리테일 오수진 대표는 “고용 승계가 원칙”이라고 밝혔다. 이 메일에서 오 사장은 "
        "“흡수가 아니라 결합”이라고 강조했다.",
        [
            ("고용 승계가 원칙", "다온리테일 오수진 대표", "다온리테일 오수진 대표"),
            ("흡수가 아니라 결합", "다온리테일 오수진 대표", "오 사장"),
        ],
        id="a-ceo-is-written-as-대표-and-사장",
    ),
    pytest.param(
        "새한국당 곽태민 후보는 “교통부터 바꾸겠다”고 말했다. 곽태민 캠프 윤채령 대변인은 "
        "“상대 공약은 재원이 없다”고 비판했다.",
        [
            ("교통부터 바꾸겠다", "새한국당 곽태민 후보", "새한국당 곽태민 후보"),
            ("상대 공약은 재원이 없다", "곽태민 캠프 윤채령 대변인", "곽태민 캠프 윤채령 대변인"),
        ],
        id="a-name-before-캠프-is-whose-camp-not-who-speaks",
    ),
    pytest.param(
        "이리나 사블리나 베라니아 대통령실 대변인은 “상황은 안정됐다”고 말했다. 토마시 레흐네르 "
        "주한 베라니아 대사도 “우려를 안다”고 말했다.",
        [
            (
                "상황은 안정됐다",
                "이리나 사블리나 베라니아 대통령실 대변인",
                "이리나 사블리나 베라니아 대통령실 대변인",
            ),
            ("우려를 안다", "토마시 레흐네르 주한 베라니아 대사", "토마시 레흐네르 주한 베라니아 대사"),
        ],
        id="a-country-both-posts-name-is-no-persons-name",
    ),
    pytest.param(
        "같은 날 다온리테일 오수진 대표는 “협상은 초기 단계”라고 밝혔다. 같은 시각 세온마트 "
        "남궁현 대표는 “논평하지 않겠다”고 말했다.",
        [
            ("협상은 초기 단계", "다온리테일 오수진 대표", "다온리테일 오수진 대표"),
            ("논평하지 않겠다", "세온마트 남궁현 대표", "세온마트 남궁현 대표"),
        ],
        id="같은-날-and-같은-시각-are-when-not-who",
    ),
]


# --- real pages: short forms as copy writes them -------------------------------------------

SHORT_FORMS = [
    pytest.param(
        "이창용 한은 총재 “금리 인상 기조 유지”\n\n이창용 한국은행 총재는 “금리 인상 기조를 "
        "가져갈 수밖에 없다”고 말했다.",
        [
            ("금리 인상 기조 유지", "이창용 한국은행 총재", "이창용 한은 총재"),
            ("금리 인상 기조를 가져갈 수밖에 없다", "이창용 한국은행 총재", "이창용 한국은행 총재"),
        ],
        id="a-headline-name-is-the-body-persons-fullest-form",
    ),
    pytest.param(
        "자오리젠(趙立堅) 중국 외교부 대변인은 “대화를 희망한다”고 말했다. 자오 대변인은 “성의를 "
        "보였다”고 밝혔다.",
        [
            ("대화를 희망한다", "자오리젠(趙立堅) 중국 외교부 대변인", "자오리젠(趙立堅) 중국 외교부 대변인"),
            ("성의를 보였다", "자오리젠(趙立堅) 중국 외교부 대변인", "자오 대변인"),
        ],
        id="a-chinese-name-is-one-word-its-family-name-first",
    ),
    pytest.param(
        "시진핑 국가주석은 “협력하자”고 말했다. 시 주석은 “시장을 열겠다”고 덧붙였다.",
        [
            ("협력하자", "시진핑 국가주석", "시진핑 국가주석"),
            ("시장을 열겠다", "시진핑 국가주석", "시 주석"),
        ],
        id="a-chinese-leaders-family-name-and-post",
    ),
    pytest.param(
        "권오현 삼성전자 반도체사업부 사장은 기자들과 만났다. 권사장은 “영향은 없다”고 말했다.",
        [("영향은 없다", "권오현 삼성전자 반도체사업부 사장", "권사장")],
        id="a-family-name-glued-to-the-post",
    ),
    pytest.param(
        "최수연 네이버 대표와 정신아 카카오 대표 내정자가 처음 만났다. 정 내정자는 “만나서 반갑다”고 말했다.",
        [("만나서 반갑다", "정신아 카카오 대표 내정자", "정 내정자")],
        id="a-designate-is-a-post",
    ),
    pytest.param(
        "박근혜 변호인 “1심 선고일 뿐”\n\n박근혜 전 대통령이 1심에서 중형을 선고받았다. 박 전 대통령 "
        "측 강철구 변호사는 “1심 선고일 뿐이다”라고 말했다.",
        [
            ("1심 선고일 뿐", "박 전 대통령 측 강철구 변호사", "박근혜 변호인"),
            ("1심 선고일 뿐이다", "박 전 대통령 측 강철구 변호사", "박 전 대통령 측 강철구 변호사"),
        ],
        id="a-name-and-변호인-is-the-lawyer-not-the-client",
    ),
]


# --- what a person is written with: a team and a position, an affiliation, a stage name ------

WRITTEN_WITH = [
    pytest.param(
        "9회말 배지훈의 2타점 적시타가 터졌다. 수훈 선수로 뽑힌 금파 블루호크스 우익수 배지훈은 "
        "“자신이 있었다”고 말했다.",
        [("자신이 있었다", "금파 블루호크스 우익수 배지훈", "금파 블루호크스 우익수 배지훈")],
        id="a-team-and-a-position-before-the-name",
    ),
    pytest.param(
        "의장 후보로 거론되는 열린공정당 소속 B씨는 “돈 봉투를 건넨 적이 없다”고 반박했다.",
        [("돈 봉투를 건넨 적이 없다", "열린공정당 소속 B씨", "열린공정당 소속 B씨")],
        id="소속-keeps-what-the-person-belongs-to",
    ),
    pytest.param(
        "가수 루아(본명 채서윤)의 신곡이 표절 의혹에 휩싸였다.\n\n루아는 “걱정을 끼쳐 죄송하다”고 적었다.",
        [("걱정을 끼쳐 죄송하다", "가수 루아(본명 채서윤)", "루아")],
        id="a-stage-name-glossed-with-the-real-name-is-a-person",
    ),
]


# --- real pages: photo glosses, 이하 short names, what a claim is about ---------------------

PAGES = [
    pytest.param(
        "크리스틴 라가르드 유럽중앙은행(ECB) 총재(사진)가 금리인하는 검토하지 않는다고 밝혔다. "
        "라가르드는 “너무 이르다”고 말했다.",
        [
            (
                "금리인하는 검토하지 않는다",
                "크리스틴 라가르드 유럽중앙은행(ECB) 총재",
                "크리스틴 라가르드 유럽중앙은행(ECB) 총재",
            ),
            ("너무 이르다", "크리스틴 라가르드 유럽중앙은행(ECB) 총재", "라가르드"),
        ],
        id="a-photo-gloss-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "전국삼성전자노동조합(이하 전삼노)은 결의대회를 열었다. 전삼노 측은 “마지막 카드다”라고 밝혔다.",
        [("마지막 카드다", "전국삼성전자노동조합(이하 전삼노)", "전삼노 측")],
        id="a-short-name-given-with-이하",
    ),
    pytest.param(
        "김동명 LG에너지솔루션 대표는 “수요 확보가 중요하다”고 말했다. 북미 ESS 전환 가능성도 시장 "
        "상황에 따라 진행할 방침이라고 덧붙였다.",
        [
            ("수요 확보가 중요하다", "김동명 LG에너지솔루션 대표", "김동명 LG에너지솔루션 대표"),
            ("북미 ESS 전환 가능성도 시장 상황에 따라 진행할 방침이라", "김동명 LG에너지솔루션 대표", None),
        ],
        id="what-the-claim-is-about-is-no-speaker",
    ),
    pytest.param(
        "강철구 변호사는 “최선을 다했다”고 말했다. 박 전 대통령을 단 한 차례도 접견하지 못한 데 "
        "대해서는 “말씀드리지 않겠다”며 말을 아꼈다.",
        [
            ("최선을 다했다", "강철구 변호사", "강철구 변호사"),
            ("말씀드리지 않겠다", "강철구 변호사", None),
        ],
        id="a-count-is-no-speaker",
    ),
]


CARRIED = [
    pytest.param(
        "[스포츠조선 조윤선 기자] 임필성 감독이 출연 뒷이야기를 공개했다.\n"
        "이어 “오디션을 했다”며 “식은땀이 났다”고 말했다.",
        [("오디션을 했다", "임필성 감독", None), ("식은땀이 났다", "임필성 감독", None)],
        id="a-sentences-only-subject-is-what-a-dropped-subject-continues",
    ),
    pytest.param(
        "권 원내대표는 기자회견을 열어 “재의요구권을 행사해야 한다”고 말했다.\n"
        "협상 결렬에 대해서는 “합의는 없었다”고 했다.\n"
        "그러면서 “눈속임에 불과하다”고 주장했다.\n"
        "이어 “독소조항”이라고 말했다.",
        [
            ("재의요구권을 행사해야 한다", "권 원내대표", "권 원내대표"),
            ("합의는 없었다", "권 원내대표", None),
            ("눈속임에 불과하다", "권 원내대표", None),
            ("독소조항", "권 원내대표", None),
        ],
        id="a-dropped-subject-paragraph-after-paragraph",
    ),
]


SUBJECTS = [
    pytest.param(
        "박민수 보건복지부 차관이 응급실에 대한 국민 불안이 커지는 상황에서 “극복할 수 있다”고 밝혔다.",
        [("극복할 수 있다", "박민수 보건복지부 차관", "박민수 보건복지부 차관")],
        id="of-two-subjects-the-one-that-can-speak",
    ),
    pytest.param(
        "남기일 제주유나이티드 감독은 “행복한 경기였다”고 말했다. 페널티킥을 서진수가 처리한 것과 "
        "관련해 “누가 차도 넣었을 것”이라고 말했다.",
        [
            ("행복한 경기였다", "남기일 제주유나이티드 감독", "남기일 제주유나이티드 감독"),
            ("누가 차도 넣었을 것", "남기일 제주유나이티드 감독", None),
        ],
        id="a-subject-inside-a-것-clause-is-not-the-sentences",
    ),
    pytest.param(
        "'작심 발언' 삼성 박진만 감독 “선수들에게 미안하다”\n\n박진만(47) 감독이 아쉬움을 표했다. "
        "박진만 감독은 “선수들에게 미안하다”고 말했다.",
        [
            ("선수들에게 미안하다", "삼성 박진만 감독", "삼성 박진만 감독"),
            ("선수들에게 미안하다", "삼성 박진만 감독", "박진만 감독"),
        ],
        id="a-headline-writes-the-person-more-fully",
    ),
]


# --- real pages: what makes a quote, and speech printed without marks -----------------------

FOUND = [
    pytest.param(
        "한수총은 “위기다”라며 “수산정책을 열망한다”고 기대감을 표시했다.",
        [("위기다", "한수총", "한수총"), ("수산정책을 열망한다", "한수총", "한수총")],
        id="a-quote-tied-by-고-to-any-predicate",
    ),
    pytest.param(
        "정기석 교수는 ″접종이 순조롭다″고 말했다.",
        [("접종이 순조롭다", "정기석 교수", "정기석 교수")],
        id="double-primes-as-quote-marks",
    ),
    pytest.param(
        "전세 문의가 늘었다.\n[홍순철/공인중개사 : 전세 문의가 부쩍 늘었습니다.]\n"
        "[김주철 / 닥터아파트 리서치팀장 : 전세시장으로 몰리고 있습니다]\n[앵커]",
        [
            ("전세 문의가 부쩍 늘었습니다.", "홍순철 공인중개사", "홍순철/공인중개사"),
            (
                "전세시장으로 몰리고 있습니다",
                "김주철 닥터아파트 리서치팀장",
                "김주철 / 닥터아파트 리서치팀장",
            ),
        ],
        id="broadcast-soundbites-without-marks",
    ),
    pytest.param(
        "정부 대응을 두고 공방이 오갔다.\n"
        "[곽대훈/자유한국당 의원 (어제) : 롱리스트를 가지고 있다고 했습니다.]",
        [("롱리스트를 가지고 있다고 했습니다.", "곽대훈 자유한국당 의원", "곽대훈/자유한국당 의원")],
        id="a-soundbite-with-when-and-a-claim-inside-it",
    ),
    pytest.param(
        "서점 주인 권옥분(74)씨를 만났다. “온라인 서점과 어떻게 경쟁하느냐”고 묻자 그는 손사래를 쳤다.",
        [],
        id="a-question-asked-is-nobodys-quote-here",
    ),
    pytest.param(
        "“부스 규모는 커졌지만 색깔은 줄었다.”\n(부산=뉴스1) 김민석 기자 = 이재교 NXC 대표는 14일 부산 "
        "벡스코에서 열린 다큐멘터리 ‘온 더 라인’ 사전 상영회 직후 기자들과 만나 이같이 말했다.",
        [("부스 규모는 커졌지만 색깔은 줄었다.", "이재교 NXC 대표", "이재교 NXC 대표")],
        id="a-lone-quote-and-who-said-it-after-a-wire-byline-and-a-title",
    ),
]


GLOSSED = [
    pytest.param(
        "김정주 창업자의 기록을 담았다. 김정욱 넥슨재단 이사장(넥슨코리아 공동대표)도 참석했다. "
        "김 이사장은 “책임감을 갖겠다”고 말했다.",
        [("책임감을 갖겠다", "김정욱 넥슨재단 이사장(넥슨코리아 공동대표)", "김 이사장")],
        id="a-gloss-of-several-words-after-the-post",
    ),
    pytest.param(
        "서거석 교육감이 학부모들과 만났다. 서 교육감은 “공교육을 강화하겠다”고 말했다.",
        [("공교육을 강화하겠다", "서거석 교육감", "서 교육감")],
        id="교육감-is-a-post",
    ),
    pytest.param(
        "조계종 총무원장 설정스님은 “참고 기다리자”고 당부했다.",
        [("참고 기다리자", "조계종 총무원장 설정스님", "조계종 총무원장 설정스님")],
        id="a-monks-name-and-스님",
    ),
]


LAYOUTS = [
    pytest.param(
        "경기 뒤 두 감독의 말이다.\n\n◆김진욱 두산 감독=“선수들이 힘든 경기를 했다. 감사하다.”\n\n"
        "▲이승엽 LG 감독: “잘 싸웠다.”",
        [
            ("선수들이 힘든 경기를 했다. 감사하다.", "김진욱 두산 감독", "김진욱 두산 감독"),
            ("잘 싸웠다.", "이승엽 LG 감독", "이승엽 LG 감독"),
        ],
        id="a-quote-labelled-with-who-says-it",
    ),
    pytest.param(
        "트럼프 ‘김정은 건재’ 말 아끼며 “적절한 때 할 얘기 있을 것”\n\n"
        "트럼프 미국 대통령은 “적절한 때에 할 얘기가 있을 것”이라고 말했다.",
        [
            ("적절한 때 할 얘기 있을 것", "트럼프 미국 대통령", "트럼프"),
            ("적절한 때에 할 얘기가 있을 것", "트럼프 미국 대통령", "트럼프 미국 대통령"),
        ],
        id="a-headline-name-whose-action-leads-into-the-quote",
    ),
    pytest.param(
        "물가 오르자 정부 나서며 “지원금 확대”\n\n정부는 지원금을 늘렸다.",
        [("지원금 확대", None, None)],
        id="a-headline-opening-with-a-thing-names-nobody",
    ),
    pytest.param(
        "가을야구 더그아웃에서 나온 말들을 모았다. 선수들은 긴장한 모습이었다.\n\n"
        "“통장 잔고가 5000원 밖에 없는 것 아냐.” 선동렬 삼성 감독(19일 경기 전 취재진에게)\n\n"
        "▲ “국회는 민의의 전당입니다.” (국민의힘 이상휘 의원, 국회 과방위 국감에서)\n\n"
        "“딸 목소리가 들리니까 머리가 하얘졌어요.” 전화에 속은 최모(62) 씨의 말이다.",
        [
            ("통장 잔고가 5000원 밖에 없는 것 아냐.", "선동렬 삼성 감독", "선동렬 삼성 감독"),
            ("국회는 민의의 전당입니다.", "국민의힘 이상휘 의원", "국민의힘 이상휘 의원"),
            ("딸 목소리가 들리니까 머리가 하얘졌어요.", "최모(62) 씨", "최모(62) 씨"),
        ],
        id="sayings-each-followed-by-who-and-a-bracket",
    ),
    pytest.param(
        "김 기자, 문 대통령에 경제기조 질문\n\n김예령 기자는 청와대에서 열린 문재인 대통령 "
        "신년기자회견에서 질문했다. 이에 문 대통령은 “정책기조는 계속 가야 한다”고 답했다.",
        [("정책기조는 계속 가야 한다", "문재인 대통령", "문 대통령")],
        id="a-name-and-post-met-in-passing-and-a-headlines-short-form-before-it",
    ),
    pytest.param(
        "교사노조는 흡연이 적발된 한 학생의 학부모가 문제를 삼지 말 것을 요구했다. 이에 해당 학부모는 "
        "“사실과 다르다”라고 밝혔다.",
        [("사실과 다르다", "적발된 한 학생의 학부모", "해당 학부모")],
        id="해당-like-이-points-back-to-the-one-described",
    ),
    pytest.param(
        "70대로 보이는 한 할머니가 군청을 찾았다. 군청 관계자들은 놀랐다. 할머니는 “동생 아플 때 "
        "도와줬다”고 말했다.",
        [("동생 아플 때 도와줬다", "70대로 보이는 한 할머니", "할머니")],
        id="an-unnamed-persons-head-alone-points-back-to-them",
    ),
    pytest.param(
        "염 연구원은 “우려는 점차 완화될 수 있을 것”으로 전망했다.",
        [("우려는 점차 완화될 수 있을 것", "염 연구원", "염 연구원")],
        id="a-forecast-quoted-with-으로",
    ),
    pytest.param(
        "장용은 “무대에서 쓰러지는 게 행복하다고 하셨다” 회상했고, 손숙은 “곧 만나요”라며 고인을 기렸다.",
        [("무대에서 쓰러지는 게 행복하다고 하셨다", "장용", "장용"), ("곧 만나요", "손숙", "손숙")],
        id="a-reporting-verb-right-after-the-quote-its-고-left-out",
    ),
    pytest.param(
        "머스크 CEO는 이날 트위터를 통해 ”지난 2017년 애플에 팔려고 했다”고 밝혔다.",
        [("지난 2017년 애플에 팔려고 했다", "머스크 CEO", "머스크 CEO")],
        id="a-closing-mark-written-to-open-a-quote",
    ),
    pytest.param(
        "최영호 청장은 주민들과 악수했다.\n\n"
        "▲ 할머니가 “정자 앞에 나무를 심어 주시오” 하자 최 청장이 웃었다.",
        [("정자 앞에 나무를 심어 주시오", "할머니", "할머니")],
        id="a-bare-post-with-이-가-brings-someone-new-in",
    ),
    pytest.param(
        "전북 군산시 옥도면 어청도 주민들이 공사 추진을 규탄했다. 이에 대해 지역주민들은 사전 협의가 "
        "없었다고 주장했다.",
        [("사전 협의가 없었다", "전북 군산시 옥도면 어청도 주민들", "지역주민들")],
        id="a-group-written-short-is-the-group-last-written-in-full",
    ),
    pytest.param(
        "현장에 출동했던 하태승 순경은 “긴장했다”고 말했다. 하 순경은 “미안하다고 했다”고 전했다.",
        [("긴장했다", "하태승 순경", "하태승 순경"), ("미안하다고 했다", "하태승 순경", "하 순경")],
        id="a-police-rank-is-a-post",
    ),
    pytest.param(
        "김동명(44·사진) 일동제약노조 위원장이 연맹 위원장으로 선출됐다. 김 위원장 당선자는 “강한 연맹을 "
        "만들겠다”고 말했다.",
        [("강한 연맹을 만들겠다", "김동명(44·사진) 일동제약노조 위원장", "김 위원장 당선자")],
        id="a-short-form-elected-to-the-post",
    ),
    pytest.param(
        "해양수산부,“ 지난해 항만물동량 4.1% 증가 ”\n\n해양수산부는 물동량이 4.1% 증가했다고 밝혔다.",
        [
            ("지난해 항만물동량 4.1% 증가", "해양수산부", "해양수산부"),
            ("물동량이 4.1% 증가했다", "해양수산부", "해양수산부"),
        ],
        id="spaces-inside-the-marks-are-no-part-of-the-quote",
    ),
    pytest.param(
        "유 대표는 무대로 등장해 “X330은 전략의 밑바탕이 되는 인프라”라 소개했다.",
        [("X330은 전략의 밑바탕이 되는 인프라", "유 대표", "유 대표")],
        id="라-for-라고",
    ),
    pytest.param(
        "노동계 간담회\n\n(전주=뉴스1) 신준수 기자 = “지금이 요구를 제기할 가장 좋은 기회라고 생각합니다.”\n"
        "양경수 전국민주노동조합총연맹(민주노총) 위원장이 8일 전주에서 간담회를 가졌다.",
        [
            (
                "지금이 요구를 제기할 가장 좋은 기회라고 생각합니다.",
                "양경수 전국민주노동조합총연맹(민주노총) 위원장",
                "양경수 전국민주노동조합총연맹(민주노총) 위원장",
            )
        ],
        id="a-quote-that-opens-the-story-and-the-person-introduced-next",
    ),
    pytest.param(
        "노동계 간담회\n\n“올해가 가장 좋은 기회다.”\n민주노총은 8일 전주에서 간담회를 열었다.",
        [],
        id="a-lede-quote-then-a-body-is-not-given-to-the-body",
    ),
    pytest.param(
        "서울서부지법 형사항소3-2부는 항소를 기각했다. 재판부는 “사정이 변한 게 없다”고 밝혔다.",
        [("사정이 변한 게 없다", "서울서부지법 형사항소3-2부", "재판부")],
        id="a-court-division-numbered-with-a-hyphen",
    ),
    pytest.param(
        "열애설이 불거진 가운데 씨제스 측은 “사실무근”이라고 밝혔다. 6월23일 송지효 소속사 관계자는 "
        "“오보”라고 말했다.",
        [("사실무근", "씨제스 측", "씨제스 측"), ("오보", "송지효 소속사 관계자", "송지효 소속사 관계자")],
        id="가운데-and-a-date-written-together-are-when-not-who",
    ),
]


@pytest.mark.parametrize(("hanja", "hangul"), sorted(ENTITIES["hanja_surnames"].items()))
def test_every_hanja_surname_in_a_headline(hanja: str, hangul: str) -> None:
    text = f"{hanja}대통령 “협력하자”\n\n{hangul}도윤 대통령은 “더 협력하자”고 말했다."
    assert speakers(text)[0] == ("협력하자", f"{hangul}도윤 대통령", f"{hanja}대통령")


@pytest.mark.parametrize("head", VERBS["topic_heads"])
def test_every_topic_head_is_what_is_said(head: str) -> None:
    text = f"한결은행 김도윤 부행장은 “금리를 본다”고 말했다. 다음 달 대출 {head}도 곧 정하겠다고 덧붙였다."
    assert [s for _, s, _ in speakers(text)] == ["한결은행 김도윤 부행장"] * 2


# --- foreign names as Kiwi cuts them, and posts of other countries ---------------------------

FOREIGN = [
    pytest.param(
        "하워드 펠트만 미국 상무장관은 예외를 두지 않겠다고 밝혔다.\n\n"
        "펠트만 장관은 “미국에서 만들라”고 말했다.",
        [
            ("예외를 두지 않겠다", "하워드 펠트만 미국 상무장관", "하워드 펠트만 미국 상무장관"),
            ("미국에서 만들라", "하워드 펠트만 미국 상무장관", "펠트만 장관"),
        ],
        id="a-name-ending-in-만-read-as-a-particle",
    ),
    pytest.param(
        "무라카미 소이치로 일본 경제산업상은 “심사를 간소화하겠다”고 밝혔다. 무라카미 경제산업상은 "
        "“한국은 파트너”라고 말했다.",
        [
            ("심사를 간소화하겠다", "무라카미 소이치로 일본 경제산업상", "무라카미 소이치로 일본 경제산업상"),
            ("한국은 파트너", "무라카미 소이치로 일본 경제산업상", "무라카미 경제산업상"),
        ],
        id="a-japanese-name-ending-in-로-and-a-japanese-ministers-post",
    ),
    pytest.param(
        "베트남 산업무역부 장관 팜 꽝 빈은 “전력 문제를 안다”고 말했다. 빈 장관은 송전선로를 "
        "완공하겠다고 밝혔다.",
        [
            ("전력 문제를 안다", "베트남 산업무역부 장관 팜 꽝 빈", "베트남 산업무역부 장관 팜 꽝 빈"),
            ("송전선로를 완공하겠다", "베트남 산업무역부 장관 팜 꽝 빈", "빈 장관"),
        ],
        id="a-vietnamese-name-after-its-post",
    ),
    pytest.param(
        "日 경제산업상 “수출 심사 간소화”\n\n고토 마사루 전 경제산업상은 “신중해야 한다”고 말했다. "
        "무라카미 소이치로 일본 경제산업상은 “수출 심사를 간소화하겠다”고 밝혔다.",
        [
            ("수출 심사 간소화", "무라카미 소이치로 일본 경제산업상", "日 경제산업상"),
            ("신중해야 한다", "고토 마사루 전 경제산업상", "고토 마사루 전 경제산업상"),
            (
                "수출 심사를 간소화하겠다",
                "무라카미 소이치로 일본 경제산업상",
                "무라카미 소이치로 일본 경제산업상",
            ),
        ],
        id="a-headlines-country-and-post-is-who-holds-it-now",
    ),
]


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("권사장", ("권", "사장")),
        ("김대표", ("김", "대표")),
        ("박장관", ("박", "장관")),
        ("부사장", None),  # a post of its own
        ("이사장", None),
        ("부시장", None),  # 부, 전, 현: vice, former, current
        ("전대표", None),
        ("조교수", None),
        ("시장", None),  # a post of one syllable after the family name's is no post
    ],
)
def test_glued_family_name_and_post(word: str, parts: tuple[str, str] | None) -> None:
    assert short_parts(word) == parts


@pytest.mark.parametrize("relation", ENTITIES["relations"])
def test_every_relation_is_someone_else(relation: str) -> None:
    topic = "은" if (ord(relation[-1]) - 0xAC00) % 28 else "는"
    text = f"한결전자 강도윤 회장은 병원에 입원했다. 강도윤 {relation}{topic} “회복 중”이라고 말했다."
    found = speakers(text)
    assert len(found) == 1 and found[0][0] == "회복 중"
    assert found[0][1] != "한결전자 강도윤 회장"


# --- headlines: what the headline says of the speaker comes before the name ------------------

HEADLINES = [
    pytest.param(
        "은퇴 앞둔 김연경 “마지막까지 뛰겠다”\n\n배구 선수 김연경은 “마지막까지 코트에서 뛰겠다”고 말했다.",
        [
            ("마지막까지 뛰겠다", "배구 선수 김연경", "김연경"),
            ("마지막까지 코트에서 뛰겠다", "배구 선수 김연경", "배구 선수 김연경"),
        ],
        id="a-clause-describing-the-speaker",
    ),
    pytest.param(
        "아흔 서예가 도명순 “붓은 늙지 않는다”\n\n서예가 도명순(90) 선생은 “손이 늙을 뿐”이라고 말했다.",
        [
            ("붓은 늙지 않는다", "서예가 도명순(90) 선생", "서예가 도명순"),
            ("손이 늙을 뿐", "서예가 도명순(90) 선생", "서예가 도명순(90) 선생"),
        ],
        id="an-age-in-words-before-the-speaker",
    ),
    pytest.param(
        "물가 오르는데 “지원금은 그대로”\n\n정부는 지원금을 동결했다.",
        [("지원금은 그대로", None, None)],
        id="a-clause-before-a-quote-names-nobody",
    ),
]


# --- interviews: an answer that ends in a stage direction is still an answer ----------------

INTERVIEWS = [
    pytest.param(
        "서예가 도명순(90) 선생의 작업실은 언덕 위에 있다.\n\n작업실에서 만난 도 선생은 벼루 곁을 "
        "떠나지 않았다. 다음은 일문일답.\n\n―붓을 처음 잡은 게 언제입니까.\n\n"
        "“일곱 살 때였어요. 그러니 살려고 쓴 거지요.(웃음)”\n\n―쉰 적은 없습니까.\n\n"
        "“딱 한 번 있어요.”",
        [
            ("일곱 살 때였어요. 그러니 살려고 쓴 거지요.(웃음)", "서예가 도명순(90) 선생", None),
            ("딱 한 번 있어요.", "서예가 도명순(90) 선생", None),
        ],
        id="an-answer-ending-in-a-stage-direction",
    ),
]


ALL_CASES = [
    *SAME_PERSON,
    *SHORT_FORMS,
    *WRITTEN_WITH,
    *PAGES,
    *CARRIED,
    *SUBJECTS,
    *FOUND,
    *GLOSSED,
    *LAYOUTS,
    *FOREIGN,
    *HEADLINES,
    *INTERVIEWS,
]


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_sixth_pass(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


def test_every_table_runs() -> None:
    assert cases_in_tables(globals()) == len(ALL_CASES)
