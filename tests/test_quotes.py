"""Direct quotes and reported claims: text, kind, speaker, verb (issue 5).

Every sentence here is written for this project in the style of Korean dailies and wire copy.
An expected row is ``(kind, text, speaker, verb)`` with an optional dict of further fields
(``speaker_mention``, ``anonymous``, ``via``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts
from newsfacts.extractors.speech.quotes import QuoteMention
from newsfacts.extractors.speech.reading import extract_quotes
from newsfacts.extractors.speech.speakers import COMPANY, classify
from newsfacts.lexicon import load
from newsfacts.page.article import parse_article

DIR, IND = "direct", "indirect"


def quotes(text: str) -> list[QuoteMention]:
    found = extract_quotes(parse_article(text))
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    return found


def check(text: str, expected: list[tuple]) -> None:
    found = quotes(text)
    assert [(q.kind, q.text, q.speaker, q.verb) for q in found] == [e[:4] for e in expected]
    for q, e in zip(found, expected, strict=True):
        for key, value in (e[4] if len(e) > 4 else {}).items():
            assert getattr(q, key) == value, key


DIRECT = [
    # --- marks ---------------------------------------------------------------------------
    pytest.param(
        "김 장관은 “경제가 어렵다”고 말했다.",
        [(DIR, "경제가 어렵다", "김 장관", "말했다")],
        id="curly-double",
    ),
    pytest.param(
        "더불어한국당 정민수 원내대표는 “예산은 지켰다”고 말했다.",
        [(DIR, "예산은 지켰다", "더불어한국당 정민수 원내대표", "말했다")],
        id="speaker-whole-first-word",
    ),
    pytest.param(
        '이재명 대표는 "협치가 필요하다"고 강조했다.',
        [(DIR, "협치가 필요하다", "이재명 대표", "강조했다")],
        id="straight-double",
    ),
    pytest.param(
        "홍 사장은 「대화의 문은 열려 있다」고 밝혔다.",
        [(DIR, "대화의 문은 열려 있다", "홍 사장", "밝혔다")],
        id="corner",
    ),
    pytest.param(
        "최 위원장은 ‘시장 안정이 최우선’이라고 말했다.",
        [(DIR, "시장 안정이 최우선", "최 위원장", "말했다")],
        id="single-with-quotative",
    ),
    pytest.param("정부는 ‘K-칩스법’ 처리를 서두르고 있다.", [], id="single-emphasis-not-quote"),
    pytest.param("중국의 ‘딥시크’가 개발한 ‘R1’ 모델이 화제다.", [], id="single-names-not-quotes"),
    pytest.param("이른바 “AI 굴기”가 한창이다.", [], id="double-emphasis-not-quote"),
    pytest.param("“반도체 겨울”이 다시 찾아왔다는 우려가 커졌다.", [], id="double-emphasis-subject"),
    pytest.param("그는 《총, 균, 쇠》를 다시 읽었다.", [], id="book-title-not-quote"),
    pytest.param("KBS는 『세계는 지금』을 방송했다.", [], id="programme-title-not-quote"),
    pytest.param(
        "작가는 책 서문에 『모든 것은 변한다』라고 적었다.",
        [(DIR, "모든 것은 변한다", "작가", "적었다")],
        id="title-marks-with-verb",
    ),
    pytest.param(
        "박 의원은 “국민들이 ‘이제 그만’이라고 외친다”고 말했다.",
        [(DIR, "국민들이 ‘이제 그만’이라고 외친다", "박 의원", "말했다")],
        id="nested-single",
    ),
    pytest.param(
        "그는 “첫째. “둘째”라는 말이다. 셋째.”라고 말했다.",
        [(DIR, "첫째. “둘째”라는 말이다. 셋째.", "그", "말했다")],
        id="nested-double",
    ),
    pytest.param(
        "이창용 한은 총재는 “물가가 안정되고 있다. 다만 환율이 변수다”라고 말했다.",
        [(DIR, "물가가 안정되고 있다. 다만 환율이 변수다", "이창용 한은 총재", "말했다")],
        id="quote-over-two-sentences",
    ),
    pytest.param(
        "조 위원은 “첫 번째 이유는 수요다. 두 번째는 공급이다. 셋째는 환율이다”라고 설명했다.",
        [(DIR, "첫 번째 이유는 수요다. 두 번째는 공급이다. 셋째는 환율이다", "조 위원", "설명했다")],
        id="quote-over-three-sentences",
    ),
    pytest.param("김 장관은 “”이라고 말했다.", [], id="empty-quote"),
    # --- one mention per span ---------------------------------------------------------------
    pytest.param(
        "김 장관은 “수출이 회복되고 있다”며 “하반기에는 더 나아질 것”이라고 말했다.",
        [
            (DIR, "수출이 회복되고 있다", "김 장관", "며"),
            (DIR, "하반기에는 더 나아질 것", "김 장관", "말했다"),
        ],
        id="two-quotes-며",
    ),
    pytest.param(
        "이 대표는 “민생이 먼저”라며 “추경을 서둘러야 한다”고 강조했다.",
        [(DIR, "민생이 먼저", "이 대표", "라며"), (DIR, "추경을 서둘러야 한다", "이 대표", "강조했다")],
        id="two-quotes-라며",
    ),
    pytest.param(
        "한 총리는 “위기는 기회”이라며 “힘을 모아 달라”고 당부했다.",
        [(DIR, "위기는 기회", "한 총리", "이라며"), (DIR, "힘을 모아 달라", "한 총리", "당부했다")],
        id="two-quotes-이라며",
    ),
    pytest.param(
        "그는 “시장이 과열됐다”면서 “속도 조절이 필요하다”고 지적했다.",
        [(DIR, "시장이 과열됐다", "그", "면서"), (DIR, "속도 조절이 필요하다", "그", "지적했다")],
        id="two-quotes-면서",
    ),
    pytest.param(
        "정 회장은 “위기다”라면서 “비상경영에 들어간다”고 밝혔다.",
        [(DIR, "위기다", "정 회장", "라면서"), (DIR, "비상경영에 들어간다", "정 회장", "밝혔다")],
        id="two-quotes-라면서",
    ),
    pytest.param(
        "그는 “노조와 대화하겠다”며 협상 테이블에 복귀할 뜻을 비쳤다. 이어 “양보도 가능하다”고 했다.",
        [(DIR, "노조와 대화하겠다", "그", "며"), (DIR, "양보도 가능하다", "그", "했다")],
        id="connective-then-dropped-subject",
    ),
    pytest.param(
        "김 장관은 “A는 B”라고 말했고 이 차관은 “C는 D”라고 말했다.",
        [(DIR, "A는 B", "김 장관", "말했고"), (DIR, "C는 D", "이 차관", "말했다")],
        id="two-speakers-one-sentence",
    ),
    # a whole quoted sentence before 며 is speech whatever verb ends the frame
    pytest.param(
        "트럼프 대통령은 “미국에서 만들지 않으면 관세를 내야 한다”며 물러서지 않았다.",
        [(DIR, "미국에서 만들지 않으면 관세를 내야 한다", "트럼프 대통령", "며")],
        id="sentence-며-stance-verb",
    ),
    pytest.param(
        "노조 위원장은 “더는 기다릴 수 없다.”면서 단식에 들어갔다.",
        [(DIR, "더는 기다릴 수 없다.", "노조 위원장", "면서")],
        id="sentence-with-period-면서-action",
    ),
    pytest.param(
        "한 시민은 “이게 나라냐”며 발길을 돌렸다.",
        [(DIR, "이게 나라냐", "한 시민", "며")],
        id="question-며-action",
    ),
    # --- not speech -----------------------------------------------------------------------
    pytest.param("윤 대통령은 “최고의 적임자”라며 그를 장관으로 임명했다.", [], id="appointment-not-speech"),
    pytest.param("회장은 “한 가족”이라며 그를 부사장으로 승진시켰다.", [], id="promotion-not-speech"),
    pytest.param("경기도는 “안전 제일”이라고 적힌 현수막을 걸었다.", [], id="banner-not-speech"),
    # --- speakers before the quote ----------------------------------------------------------
    pytest.param(
        "샘 올트먼 오픈AI CEO는 “경쟁이 반갑다”고 말했다.",
        [(DIR, "경쟁이 반갑다", "샘 올트먼 오픈AI CEO", "말했다")],
        id="name-company-title",
    ),
    pytest.param(
        "구글의 순다르 피차이 최고경영자(CEO)는 “AI는 불보다 중요하다”고 강조했다.",
        [(DIR, "AI는 불보다 중요하다", "구글의 순다르 피차이 최고경영자(CEO)", "강조했다")],
        id="affiliation-의-title-paren",
    ),
    pytest.param(
        "클라우드 사업을 총괄하는 아마존의 앤디 재시 CEO는 “투자를 늘린다”고 밝혔다.",
        [(DIR, "투자를 늘린다", "아마존의 앤디 재시 CEO", "밝혔다")],
        id="relative-clause-cut",
    ),
    pytest.param(
        "미국의 유명 투자자 워런 버핏은 “공포에 사라”고 조언했다.",
        [(DIR, "공포에 사라", "워런 버핏", "조언했다")],
        id="apposition-dropped",
    ),
    pytest.param(
        "카카오 측은 “사실무근”이라고 반박했다.", [(DIR, "사실무근", "카카오 측", "반박했다")], id="측"
    ),
    pytest.param(
        "네이버도 “검토한 바 없다”고 밝혔다.", [(DIR, "검토한 바 없다", "네이버", "밝혔다")], id="subject-도"
    ),
    pytest.param(
        "김 장관이 “책임지겠다”고 말했다.", [(DIR, "책임지겠다", "김 장관", "말했다")], id="subject-이"
    ),
    pytest.param(
        "이날 국회 본회의에서 한 총리는 “송구하다”고 사과했다.",
        [(DIR, "송구하다", "한 총리", "사과했다")],
        id="topic-after-adverbials",
    ),
    pytest.param(
        "한편 트럼프 대통령은 기자들의 질문에 “관세는 아름다운 단어”라고 답했다.",
        [(DIR, "관세는 아름다운 단어", "트럼프 대통령", "답했다")],
        id="object-between",
    ),
    pytest.param(
        "마크 저커버그 메타 CEO는 AI 비서를 “가장 중요한 제품”이라고 평가했다.",
        [(DIR, "가장 중요한 제품", "마크 저커버그 메타 CEO", "평가했다")],
        id="object-before-quote",
    ),
    pytest.param(
        "윈스턴 처칠 전 영국 총리는 “결코 포기하지 마라”고 연설했다.",
        [(DIR, "결코 포기하지 마라", "윈스턴 처칠 전 영국 총리", "연설했다")],
        id="전-title",
    ),
    # --- speakers after the quote -----------------------------------------------------------
    pytest.param(
        "“금리 인하는 시기상조”라고 이창용 총재가 23일 기자간담회에서 말했다.",
        [(DIR, "금리 인하는 시기상조", "이창용 총재", "말했다")],
        id="speaker-after-quote",
    ),
    pytest.param(
        "“협상은 끝나지 않았다”고 김 본부장은 말했다.",
        [(DIR, "협상은 끝나지 않았다", "김 본부장", "말했다")],
        id="speaker-after-topic",
    ),
    pytest.param(
        "“우리는 준비돼 있다”고 그가 덧붙였다.",
        [(DIR, "우리는 준비돼 있다", "그", "덧붙였다")],
        id="pronoun-after-quote",
    ),
    # --- speaker in the next sentence -------------------------------------------------------
    pytest.param(
        "“금리를 당분간 동결할 것이다.” 한국은행 관계자는 이같이 밝혔다.",
        [(DIR, "금리를 당분간 동결할 것이다.", "한국은행 관계자", "밝혔다", {"anonymous": True})],
        id="next-sentence-이같이",
    ),
    pytest.param(
        "“수출이 살아나고 있다.” 산업부 장관은 이렇게 말했다.",
        [(DIR, "수출이 살아나고 있다.", "산업부 장관", "말했다")],
        id="next-sentence-이렇게",
    ),
    pytest.param(
        "“물가가 잡혔다. 이제 성장이다.” 기재부 차관은 이처럼 강조했다.",
        [(DIR, "물가가 잡혔다. 이제 성장이다.", "기재부 차관", "강조했다")],
        id="next-sentence-two-sentence-quote",
    ),
    pytest.param(
        "“첫 경기가 중요하다.” “선수들을 믿는다.” 홍 감독은 이같이 말했다.",
        [(DIR, "첫 경기가 중요하다.", "홍 감독", "말했다"), (DIR, "선수들을 믿는다.", "홍 감독", "말했다")],
        id="next-sentence-two-quotes",
    ),
    pytest.param("“경기가 좋지 않다.” 시장은 얼어붙었다.", [], id="next-sentence-no-verb"),
    # --- references ---------------------------------------------------------------------------
    pytest.param(
        "최상목 부총리는 “재정이 중요하다”고 말했다. 그는 “추경은 없다”고 덧붙였다.",
        [
            (DIR, "재정이 중요하다", "최상목 부총리", "말했다"),
            (DIR, "추경은 없다", "최상목 부총리", "덧붙였다", {"speaker_mention": "그"}),
        ],
        id="그는",
    ),
    pytest.param(
        "강 장관은 “협의 중”이라고 말했다. 그녀는 “곧 결론이 난다”고 했다.",
        [
            (DIR, "협의 중", "강 장관", "말했다"),
            (DIR, "곧 결론이 난다", "강 장관", "했다", {"speaker_mention": "그녀"}),
        ],
        id="그녀는",
    ),
    pytest.param(
        "최상목 부총리는 “재정이 중요하다”고 말했다. 최 부총리는 “추경은 없다”고 덧붙였다.",
        [
            (DIR, "재정이 중요하다", "최상목 부총리", "말했다"),
            (DIR, "추경은 없다", "최상목 부총리", "덧붙였다", {"speaker_mention": "최 부총리"}),
        ],
        id="surname-title",
    ),
    pytest.param(
        "금융당국 관계자는 “점검 중”이라고 말했다. 이 관계자는 “제재도 검토한다”고 덧붙였다.",
        [
            (DIR, "점검 중", "금융당국 관계자", "말했다", {"anonymous": True}),
            (
                DIR,
                "제재도 검토한다",
                "금융당국 관계자",
                "덧붙였다",
                {"speaker_mention": "이 관계자", "anonymous": True},
            ),
        ],
        id="이-관계자",
    ),
    pytest.param(
        "한 여당 의원은 “불만이 있다”고 말했다. 이 의원은 “결론을 내야 한다”고 강조했다.",
        [
            (DIR, "불만이 있다", "한 여당 의원", "말했다", {"anonymous": True}),
            (
                DIR,
                "결론을 내야 한다",
                "한 여당 의원",
                "강조했다",
                {"speaker_mention": "이 의원", "anonymous": True},
            ),
        ],
        id="이-title-after-an-anonymous-one",
    ),
    pytest.param(
        "이정훈 의원은 “불만이 있다”고 말했다. 이 의원은 “결론을 내야 한다”고 강조했다.",
        [
            (DIR, "불만이 있다", "이정훈 의원", "말했다"),
            (DIR, "결론을 내야 한다", "이정훈 의원", "강조했다", {"speaker_mention": "이 의원"}),
        ],
        id="이-surname-title",
    ),
    pytest.param(
        "블룸버그통신은 애플이 신제품을 공개한다고 보도했다. 이 매체는 “출시는 9월”이라고 전했다.",
        [
            (IND, "애플이 신제품을 공개한다", "블룸버그통신", "보도했다"),
            (DIR, "출시는 9월", "블룸버그통신", "전했다", {"speaker_mention": "이 매체"}),
        ],
        id="이-매체",
    ),
    pytest.param(
        "뉴욕타임스(NYT)는 “위기”라고 표현했다. 이 신문은 “전례가 없다”고 했다.",
        [
            (DIR, "위기", "뉴욕타임스(NYT)", "표현했다"),
            (DIR, "전례가 없다", "뉴욕타임스(NYT)", "했다", {"speaker_mention": "이 신문"}),
        ],
        id="이-신문",
    ),
    pytest.param(
        "삼성전자는 “HBM 공급을 늘린다”고 밝혔다. 이 회사는 “투자를 계속할 것”이라고 강조했다.",
        [
            (DIR, "HBM 공급을 늘린다", "삼성전자", "밝혔다"),
            (DIR, "투자를 계속할 것", "삼성전자", "강조했다", {"speaker_mention": "이 회사"}),
        ],
        id="이-회사",
    ),
    pytest.param(
        "민주당 김민석 최고위원은 “특검이 필요하다”고 말했다. 같은 당 한준호 최고위원도 “동의한다”고 했다.",
        [
            (DIR, "특검이 필요하다", "민주당 김민석 최고위원", "말했다"),
            (
                DIR,
                "동의한다",
                "민주당 한준호 최고위원",
                "했다",
                {"speaker_mention": "같은 당 한준호 최고위원"},
            ),
        ],
        id="같은-당",
    ),
    pytest.param(
        "김 장관은 “A안이 낫다”고 말했다. 이어 “B안은 어렵다”고 덧붙였다.",
        [
            (DIR, "A안이 낫다", "김 장관", "말했다"),
            (DIR, "B안은 어렵다", "김 장관", "덧붙였다", {"speaker_mention": None}),
        ],
        id="dropped-subject",
    ),
    pytest.param(
        "엔비디아는 신제품을 공개했다. 이 매체는 “호평”이라고 전했다.",
        [(DIR, "호평", "이 매체", "전했다")],
        id="이-매체-no-outlet-before",
    ),
    pytest.param(
        "로이터는 엔비디아가 칩을 판다고 전했다. 엔비디아는 공개를 미뤘다. 이 매체는 “곧 발표한다”고 했다.",
        [
            (IND, "엔비디아가 칩을 판다", "로이터", "전했다"),
            (DIR, "곧 발표한다", "로이터", "했다", {"speaker_mention": "이 매체"}),
        ],
        id="이-매체-skips-company",
    ),
    # --- anonymous sources ----------------------------------------------------------------------
    pytest.param(
        "업계 관계자는 “재고가 쌓이고 있다”고 귀띔했다.",
        [(DIR, "재고가 쌓이고 있다", "업계 관계자", "귀띔했다", {"anonymous": True})],
        id="업계-관계자",
    ),
    pytest.param(
        "정부 고위 당국자는 “추가 협상은 없다”고 선을 그었다.",
        [(DIR, "추가 협상은 없다", "정부 고위 당국자", "선을 그었다", {"anonymous": True})],
        id="고위-당국자",
    ),
    pytest.param(
        "한 소식통은 “이번 주 발표가 유력하다”고 전했다.",
        [(DIR, "이번 주 발표가 유력하다", "한 소식통", "전했다", {"anonymous": True})],
        id="한-소식통",
    ),
    pytest.param(
        "익명을 요구한 여당 관계자는 “공천 물갈이가 불가피하다”고 말했다.",
        # an anonymous source is who the clause before it says (issue 20, held-out sets 4 and 6)
        [(DIR, "공천 물갈이가 불가피하다", "익명을 요구한 여당 관계자", "말했다", {"anonymous": True})],
        id="익명",
    ),
    pytest.param(
        "전문가들은 “금리 인하가 필요하다”고 입을 모았다.",
        [(DIR, "금리 인하가 필요하다", "전문가들", "입을 모았다", {"anonymous": True})],
        id="전문가들",
    ),
    pytest.param(
        "김 교수는 “규제가 과도하다”고 말했다.",
        [(DIR, "규제가 과도하다", "김 교수", "말했다", {"anonymous": False})],
        id="named-not-anonymous",
    ),
    # --- idiomatic verbs ----------------------------------------------------------------------
    pytest.param(
        "야당은 “국정 농단”이라고 목소리를 높였다.",
        [(DIR, "국정 농단", "야당", "목소리를 높였다")],
        id="목소리를-높였다",
    ),
    pytest.param(
        "진 교수는 “말장난에 불과하다”고 꼬집었다.",
        [(DIR, "말장난에 불과하다", "진 교수", "꼬집었다")],
        id="꼬집었다",
    ),
    pytest.param(
        "대통령실은 “검토한 적 없다”고 일축했다.",
        [(DIR, "검토한 적 없다", "대통령실", "일축했다")],
        id="일축했다",
    ),
    pytest.param(
        "구단 측은 “재계약은 없다”고 못 박았다.",
        [(DIR, "재계약은 없다", "구단 측", "못 박았다")],
        id="못-박았다",
    ),
    pytest.param(
        "김 교수는 “규제가 과도하다”는 입장을 밝혔다.",
        [(DIR, "규제가 과도하다", "김 교수", "밝혔다")],
        id="adnominal-입장",
    ),
    pytest.param(
        "협회는 “환영한다”라는 성명을 냈다.", [(DIR, "환영한다", "협회", "냈다")], id="adnominal-성명"
    ),
    pytest.param(
        "그는 “힘든 시간이었다”는 글을 올렸다.", [(DIR, "힘든 시간이었다", "그", "올렸다")], id="adnominal-글"
    ),
    # --- relays --------------------------------------------------------------------------------
    pytest.param(
        "그는 “증세는 없다”고 말했다고 연합뉴스가 전했다.",
        [(DIR, "증세는 없다", "그", "말했다", {"via": "연합뉴스"})],
        id="relay-연합뉴스",
    ),
    pytest.param(
        "시진핑 주석은 “평화를 원한다”고 말했다고 신화통신이 보도했다.",
        [(DIR, "평화를 원한다", "시진핑 주석", "말했다", {"via": "신화통신"})],
        id="relay-신화통신",
    ),
    pytest.param(
        "푸틴 대통령은 “협상할 준비가 됐다”고 밝혔다고 타스통신이 24일 보도했다.",
        [(DIR, "협상할 준비가 됐다", "푸틴 대통령", "밝혔다", {"via": "타스통신"})],
        id="relay-with-date",
    ),
    pytest.param(
        "재판부는 “피해 회복이 안 됐다”며 “죄질이 매우 불량하다”고 판시했다.",
        [(DIR, "피해 회복이 안 됐다", "재판부", "며"), (DIR, "죄질이 매우 불량하다", "재판부", "판시했다")],
        id="court-판시했다",
    ),
    # --- headlines and subheads ----------------------------------------------------------------
    pytest.param("트럼프 “관세 전쟁 불사”", [(DIR, "관세 전쟁 불사", "트럼프", None)], id="headline-style"),
    pytest.param(
        "이창용 “금리 인하 서두르지 않겠다”… 환율 변수",
        [(DIR, "금리 인하 서두르지 않겠다", "이창용", None)],
        id="headline-with-tail",
    ),
    pytest.param(
        "WSJ “애플, AI 협력사 물색”… 삼성 “사실무근”",
        [(DIR, "애플, AI 협력사 물색", "WSJ", None), (DIR, "사실무근", "삼성", None)],
        id="headline-two-speakers",
    ),
    pytest.param(
        "대통령실, “추경 편성 검토 안 해”… 야 “민생 외면”",
        [(DIR, "추경 편성 검토 안 해", "대통령실", None), (DIR, "민생 외면", "야", None)],
        id="headline-comma-after-speaker",
    ),
    pytest.param(
        "이창용 총재, “물가 안정이 먼저”",
        [(DIR, "물가 안정이 먼저", "이창용 총재", None)],
        id="headline-comma-after-titled-name",
    ),
    # the topic is no speaker, but the quote is still a quote (issue 20): listed without one
    pytest.param(
        "환율 1400원 돌파, “당분간 강달러”",
        [(DIR, "당분간 강달러", None, None)],
        id="headline-comma-after-topic-with-number",
    ),
    pytest.param(
        "관세 폭탄, “수출 타격 불가피”",
        [(DIR, "수출 타격 불가피", None, None)],
        id="headline-comma-after-two-word-topic",
    ),
    pytest.param("“반도체 겨울 온다”", [(DIR, "반도체 겨울 온다", None, None)], id="headline-no-speaker"),
    pytest.param("저비용 ‘딥시크’의 역습", [], id="headline-single-emphasis"),
]

INDIRECT = [
    pytest.param(
        "한빛전자는 지난해 4분기 영업이익이 1조2천억원을 기록했다고 지난달 30일 공시했다.",
        [(IND, "지난해 4분기 영업이익이 1조2천억원을 기록했다", "한빛전자", "공시했다")],
        id="다고-date-공시했다",
    ),
    pytest.param(
        "통계청은 지난달 출생아 수가 2만1천명으로 집계됐다고 26일 발표했다.",
        [(IND, "지난달 출생아 수가 2만1천명으로 집계됐다", "통계청", "발표했다")],
        id="다고-date-발표했다",
    ),
    pytest.param(
        "금융위원회는 가계대출 증가세가 둔화했다고 분석했다.",
        [(IND, "가계대출 증가세가 둔화했다", "금융위원회", "분석했다")],
        id="다고-분석했다",
    ),
    pytest.param(
        "기획재정부는 하반기 경기가 회복될 것이라고 밝혔다.",
        [(IND, "하반기 경기가 회복될 것이라", "기획재정부", "밝혔다")],
        id="라고-밝혔다",
    ),
    pytest.param(
        "월스트리트저널(WSJ)은 애플이 인력을 감축한다고 보도했다.",
        [(IND, "애플이 인력을 감축한다", "월스트리트저널(WSJ)", "보도했다")],
        id="outlet-보도했다",
    ),
    pytest.param(
        "트럼프 행정부가 규제를 검토하고 있다고 블룸버그통신이 29일(현지 시간) 보도했다.",
        [(IND, "트럼프 행정부가 규제를 검토하고 있다", "블룸버그통신", "보도했다")],
        id="speaker-after-claim",
    ),
    pytest.param(
        "한국은행은 올해 경제성장률이 1.9%에 그칠 것으로 내다봤다.",
        [(IND, "올해 경제성장률이 1.9%에 그칠 것", "한국은행", "내다봤다")],
        id="것으로-내다봤다",
    ),
    pytest.param(
        "국제통화기금(IMF)은 세계 경제가 3% 성장할 것으로 전망했다.",
        [(IND, "세계 경제가 3% 성장할 것", "국제통화기금(IMF)", "전망했다")],
        id="것으로-전망했다",
    ),
    pytest.param(
        "증권가는 삼성전자의 2분기 영업이익이 10조 원을 넘을 것으로 예상했다.",
        [(IND, "삼성전자의 2분기 영업이익이 10조 원을 넘을 것", "증권가", "예상했다", {"anonymous": True})],
        id="것으로-예상했다",
    ),
    pytest.param(
        "CNBC는 엔비디아가 칩을 다량 보유했을 가능성을 제기했다.",
        [(IND, "엔비디아가 칩을 다량 보유했을 가능성", "CNBC", "제기했다")],
        id="가능성을-제기했다",
    ),
    pytest.param(
        "일각에서는 개발 비용이 축소됐을 가능성을 제기한다.",
        [(IND, "개발 비용이 축소됐을 가능성", "일각", "제기한다", {"anonymous": True})],
        id="일각에서는",
    ),
    pytest.param(
        "삼성전자는 올해 투자를 50조 원으로 늘릴 것으로 알려졌다.",
        [(IND, "삼성전자는 올해 투자를 50조 원으로 늘릴 것", None, "알려졌다")],
        id="것으로-알려졌다",
    ),
    pytest.param(
        "두 회사의 합병 논의는 지난달 시작된 것으로 전해졌다.",
        [(IND, "두 회사의 합병 논의는 지난달 시작된 것", None, "전해졌다")],
        id="것으로-전해졌다",
    ),
    pytest.param(
        "수출 규제가 오히려 혁신을 자극했다는 분석도 나온다.",
        [(IND, "수출 규제가 오히려 혁신을 자극했다", None, "나온다")],
        id="분석도-나온다",
    ),
    pytest.param(
        "업계에서는 가격 인상이 불가피하다는 목소리가 커지고 있다.",
        [(IND, "가격 인상이 불가피하다", "업계", "커지고 있다", {"anonymous": True})],
        id="group-passive-noun",
    ),
    pytest.param(
        "정부는 추가 대책은 없다는 입장을 고수했다.",
        [(IND, "추가 대책은 없다", "정부", "고수했다")],
        id="다는-입장을-고수했다",
    ),
    pytest.param(
        "로이터는 소식통을 인용해 삼성전자가 미국에 새 공장을 짓는다고 보도했다.",
        [(IND, "삼성전자가 미국에 새 공장을 짓는다", "로이터", "보도했다", {"via": "소식통"})],
        id="cite-소식통",
    ),
    pytest.param(
        "AP통신은 복수의 외교 소식통을 인용해 회담이 연기됐다고 전했다.",
        [(IND, "회담이 연기됐다", "AP통신", "전했다", {"via": "복수의 외교 소식통"})],
        id="cite-long",
    ),
    pytest.param(
        "그는 경기가 회복될 것으로 내다봤다고 연합뉴스가 전했다.",
        [(IND, "경기가 회복될 것", "그", "내다봤다", {"via": "연합뉴스"})],
        id="forecast-relayed-outlet-not-speaker",
    ),
    pytest.param(
        "김 의원은 정부가 예산을 삭감했다며 강하게 비판했다.",
        [(IND, "정부가 예산을 삭감했다", "김 의원", "비판했다")],
        id="다며-비판했다",
    ),
    pytest.param(
        "그는 왜 지금이냐고 되물었다.", [(IND, "왜 지금이냐", "그", "되물었다")], id="냐고-되물었다"
    ),
    pytest.param(
        "노조는 임금 협상을 다시 하자고 요구했다.",
        [(IND, "임금 협상을 다시 하자", "노조", "요구했다")],
        id="자고-요구했다",
    ),
    pytest.param(
        "한편 그는 재정 적자가 크지 않다고 설명했다.",
        [(IND, "재정 적자가 크지 않다", "그", "설명했다")],
        id="lead-adverb-skipped",
    ),
    pytest.param(
        "김 장관은 “A안이 낫다”고 말했다. 또 B안은 비용이 크다고 덧붙였다.",
        [(DIR, "A안이 낫다", "김 장관", "말했다"), (IND, "B안은 비용이 크다", "김 장관", "덧붙였다")],
        id="claim-dropped-subject",
    ),
    pytest.param(
        "김 장관은 “A안이 낫다”고 말했고, B안은 어렵다고 덧붙였다.",
        [(DIR, "A안이 낫다", "김 장관", "말했고"), (IND, "B안은 어렵다", "김 장관", "덧붙였다")],
        id="claim-after-quote-same-sentence",
    ),
    # --- 에 따르면 --------------------------------------------------------------------------
    pytest.param(
        "통계청에 따르면 지난달 소비자물가는 2.1% 올랐다.",
        [(IND, "지난달 소비자물가는 2.1% 올랐다", "통계청", "따르면")],
        id="에-따르면",
    ),
    pytest.param(
        "산업통상자원부의 발표에 따르면 수출은 8% 늘었다.",
        [(IND, "수출은 8% 늘었다", "산업통상자원부", "따르면")],
        id="의-발표에-따르면",
    ),
    pytest.param(
        "관세청 집계에 따르면 1월 수출은 10% 줄었다.",
        [(IND, "1월 수출은 10% 줄었다", "관세청", "따르면")],
        id="집계에-따르면",
    ),
    # the one who issued the document, not the document
    pytest.param(
        "통계청이 14일 발표한 3월 고용동향에 따르면 취업자는 19만 명 늘었다.",
        [(IND, "취업자는 19만 명 늘었다", "통계청", "따르면")],
        id="X가-발표한-문서에-따르면",
    ),
    pytest.param(
        "통계청이 14일 발표한 ‘3월 고용동향’에 따르면 실업률은 3.1%로 올랐다.",
        [(IND, "실업률은 3.1%로 올랐다", "통계청", "따르면")],
        id="X가-발표한-‘문서’에-따르면",
    ),
    pytest.param(
        "금융감독원이 공개한 '2024년 민원 동향'에 따르면 민원은 5% 줄었다.",
        [(IND, "민원은 5% 줄었다", "금융감독원", "따르면")],
        id="X가-공개한-'문서'에-따르면",
    ),
    pytest.param(
        "한국은행의 ‘2024년 국민계정’에 따르면 성장률은 2.0%였다.",
        [(IND, "성장률은 2.0%였다", "한국은행", "따르면")],
        id="X의-‘문서’에-따르면",
    ),
    pytest.param(
        "한국갤럽이 지난 10∼12일 실시한 여론조사 결과에 따르면 지지율은 40%였다.",
        [(IND, "지지율은 40%였다", "한국갤럽", "따르면")],
        id="X가-날짜-실시한-조사-결과에-따르면",
    ),
    pytest.param(
        "정부가 국회에 제출한 자료에 따르면 예산은 5% 늘었다.",
        [(IND, "예산은 5% 늘었다", "정부", "따르면")],
        id="X가-국회에-제출한-자료에-따르면",
    ),
    pytest.param(
        "최근 발표된 보고서에 따르면 수출은 5% 늘었다.",
        [],
        id="발표된-보고서-no-publisher",
    ),
    pytest.param(
        "외신에 의하면 협상은 결렬됐다.",
        [(IND, "협상은 결렬됐다", "외신", "의하면", {"anonymous": True})],
        id="에-의하면",
    ),
    pytest.param(
        "업계에 따르면 삼성전자는 신규 라인 투자를 늘릴 것으로 알려졌다.",
        [(IND, "삼성전자는 신규 라인 투자를 늘릴 것", "업계", "알려졌다")],
        id="따르면-알려졌다",
    ),
    # --- nothing to find -----------------------------------------------------------------------
    pytest.param("코스피는 전 거래일보다 1.2% 오른 2,550.3에 마감했다.", [], id="market-report"),
    pytest.param("정부는 내년 예산안을 국회에 제출했다.", [], id="plain-statement"),
    pytest.param("그는 지난해 회사를 떠났다.", [], id="pronoun-no-speech"),
    pytest.param("이번 조치로 수출이 늘어날 것으로 보인다.", [], id="reporter-own-inference"),
    pytest.param("회의는 예정보다 늦게 끝났다고 한다", [], id="hearsay-no-reporting-verb"),
    pytest.param("시장에서는 금리 동결에 무게를 싣고 있다.", [], id="no-quotative"),
    pytest.param("", [], id="empty"),
    pytest.param("“”", [], id="empty-marks"),
    pytest.param("“닫히지 않은 따옴표로 끝나는 문장이다.", [], id="unclosed-quote"),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes(text: str, expected: list[tuple]) -> None:
    check(text, expected)


# vs between two headline quotes separates them; it speaks for neither (issue 20)
HEADLINE_SIDES = [
    pytest.param(
        "추경 공방…“15조 원 필요” vs “선심성 예산”",
        [(DIR, "15조 원 필요", None, None), (DIR, "선심성 예산", None, None)],
        id="headline-vs-is-no-speaker",
    ),
    pytest.param(
        "“포퓰리즘” VS “민생 외면”",
        [(DIR, "포퓰리즘", None, None), (DIR, "민생 외면", None, None)],
        id="headline-upper-vs-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_SIDES)
def test_headline_sides(text: str, expected: list[tuple]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_claims(text: str, expected: list[tuple]) -> None:
    check(text, expected)


# --- every data entry, embedded in a sentence ---------------------------------------------------

VERBS = load("reporting_verbs")
SPEAKERS = load("speakers")


def _has_batchim(word: str) -> bool:
    last = word.rstrip(")")[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    return last in "LMN0136780"  # how Latin letters and digits are read aloud


def topic(word: str) -> str:
    return word + ("은" if _has_batchim(word) else "는")


def obj(word: str) -> str:
    return word + ("을" if _has_batchim(word) else "를")


def _rest(form: str) -> str:
    return "." if form.endswith("다") else " 자리를 떴다."


@pytest.mark.parametrize("noun", VERBS["hada_nouns"])
def test_every_hada_noun(noun: str) -> None:
    check(f"김 위원은 “변화가 필요하다”고 {noun}했다.", [(DIR, "변화가 필요하다", "김 위원", f"{noun}했다")])


@pytest.mark.parametrize("ending", VERBS["hada_endings"])
def test_every_hada_ending(ending: str) -> None:
    verb = f"강조{ending}"
    check(f"김 위원은 “변화가 필요하다”고 {verb}{_rest(verb)}", [(DIR, "변화가 필요하다", "김 위원", verb)])


@pytest.mark.parametrize("form", sorted({f for forms in VERBS["verbs"].values() for f in forms}))
def test_every_verb_form(form: str) -> None:
    check(f"김 위원은 “변화가 필요하다”고 {form}{_rest(form)}", [(DIR, "변화가 필요하다", "김 위원", form)])


@pytest.mark.parametrize("q", VERBS["quotatives"]["direct"])
def test_every_direct_quotative(q: str) -> None:
    check(f"김 위원은 “변화”{q} 말했다.", [(DIR, "변화", "김 위원", "말했다")])


@pytest.mark.parametrize("particle", VERBS["quotative_particles"])
def test_every_quotative_particle(particle: str) -> None:
    # '“…”고만 했다' (only said), '…겠다고도 말했다' (also said)
    check(f"김 위원은 “변화”라고{particle} 말했다.", [(DIR, "변화", "김 위원", "말했다")])
    check(f"김 위원은 “변화”고{particle} 했다.", [(DIR, "변화", "김 위원", "했다")])
    check(f"김 위원은 규제를 풀겠다고{particle} 말했다.", [(IND, "규제를 풀겠다", "김 위원", "말했다")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김 위원은 “변화” 라고 말했다.", [(DIR, "변화", "김 위원", "말했다")]),
        ("김 위원은 “변화” 이라고 말했다.", [(DIR, "변화", "김 위원", "말했다")]),
        (
            "김 위원은 “변화” 라며 “개혁” 라고 말했다.",
            [(DIR, "변화", "김 위원", "라며"), (DIR, "개혁", "김 위원", "말했다")],
        ),
        ("김 위원은 “변화” 고 말했다.", []),  # a bare 고 after a space is not read
    ],
)
def test_a_space_before_ra_quotatives(text: str, expected: list[tuple]) -> None:
    check(text, expected)


@pytest.mark.parametrize("q", VERBS["quotatives"]["connective"])
def test_every_connective_quotative(q: str) -> None:
    check(
        f"김 위원은 “변화”{q} “개혁”이라고 말했다.",
        [(DIR, "변화", "김 위원", q), (DIR, "개혁", "김 위원", "말했다")],
    )


@pytest.mark.parametrize("q", VERBS["quotatives"]["adnominal"])
def test_every_adnominal_quotative(q: str) -> None:
    check(f"김 위원은 “변화가 필요하다”{q} 입장을 밝혔다.", [(DIR, "변화가 필요하다", "김 위원", "밝혔다")])


@pytest.mark.parametrize("noun", VERBS["speech_nouns"])
def test_every_speech_noun(noun: str) -> None:
    check(
        f"김 위원은 “변화가 필요하다”는 {obj(noun)} 밝혔다.", [(DIR, "변화가 필요하다", "김 위원", "밝혔다")]
    )


@pytest.mark.parametrize("verb", VERBS["noun_verbs"])
def test_every_noun_verb(verb: str) -> None:
    check(f"정부는 추가 대책은 없다는 입장을 {verb}.", [(IND, "추가 대책은 없다", "정부", verb)])


@pytest.mark.parametrize("verb", VERBS["passive_noun_verbs"])
def test_every_passive_noun_verb(verb: str) -> None:
    check(f"수출이 늘었다는 분석이 {verb}.", [(IND, "수출이 늘었다", None, verb)])


@pytest.mark.parametrize("verb", VERBS["forecast_verbs"])
def test_every_forecast_verb(verb: str) -> None:
    check(f"한국은행은 물가가 오를 것으로 {verb}.", [(IND, "물가가 오를 것", "한국은행", verb)])


@pytest.mark.parametrize("verb", VERBS["passive_claims"])
def test_every_passive_claim(verb: str) -> None:
    check(f"두 회사는 합병을 논의한 것으로 {verb}.", [(IND, "두 회사는 합병을 논의한 것", None, verb)])


@pytest.mark.parametrize("verb", VERBS["possibility_verbs"])
def test_every_possibility_verb(verb: str) -> None:
    check(f"CNBC는 협상이 결렬될 가능성을 {verb}.", [(IND, "협상이 결렬될 가능성", "CNBC", verb)])


@pytest.mark.parametrize("verb", VERBS["relay_verbs"])
def test_every_relay_verb(verb: str) -> None:
    check(
        f"그는 “증세는 없다”고 말했다고 연합뉴스가 {verb}.",
        [(DIR, "증세는 없다", "그", "말했다", {"via": "연합뉴스"})],
    )


@pytest.mark.parametrize("verb", VERBS["cite_verbs"])
def test_every_cite_verb(verb: str) -> None:
    check(
        f"로이터는 소식통을 {verb} 회담이 연기됐다고 보도했다.",
        [(IND, "회담이 연기됐다", "로이터", "보도했다", {"via": "소식통"})],
    )


@pytest.mark.parametrize("verb", VERBS["according_to"])
def test_every_according_to(verb: str) -> None:
    check(f"통계청에 {verb} 물가는 2% 올랐다.", [(IND, "물가는 2% 올랐다", "통계청", verb)])


# the adnominal form each stem takes before a document's name
_ADNOMINAL = {"내놓": "내놓은", "펴내": "펴낸", "내": "낸"}


@pytest.mark.parametrize("verb", VERBS["publish_verbs"])
def test_every_publish_verb(verb: str) -> None:
    written = _ADNOMINAL.get(verb, f"{verb}한")
    check(
        f"통계청이 지난달 {written} 자료에 따르면 물가는 2% 올랐다.",
        [(IND, "물가는 2% 올랐다", "통계청", "따르면")],
    )


@pytest.mark.parametrize("noun", VERBS["survey_nouns"])
def test_every_survey_noun(noun: str) -> None:
    check(
        f"한국갤럽이 지난 9∼11일 전국 성인 1,001명을 대상으로 실시한 {noun}에서 찬성은 58%였다.",
        [(IND, "찬성은 58%였다", "한국갤럽", "에서")],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("리얼미터가 실시한 조사 결과에서는 지지율이 45%였다.", [("45%", "리얼미터")]),
        ("갤럽이 실시한 조사에서 찬성은 58%, 반대는 31%였다.", [("58%", "갤럽"), ("31%", "갤럽")]),
        ("이번 조사에서 응답자의 58%가 찬성했다.", [("58%", None)]),  # names nobody
        ("통계청이 발표한 자료에서 실업률은 3%였다.", [("3%", None)]),  # a document, not a survey
    ],
)
def test_a_survey_speaks_through_the_one_who_ran_it(text: str, expected: list[tuple]) -> None:
    assert [(p.text, p.attributed_to) for p in newsfacts.extract(text).percentages] == expected


@pytest.mark.parametrize("noun", VERBS["source_nouns"])
def test_every_source_noun(noun: str) -> None:
    check(f"통계청의 {noun}에 따르면 물가는 2% 올랐다.", [(IND, "물가는 2% 올랐다", "통계청", "따르면")])
    check(f"통계청 {noun}에 따르면 물가는 2% 올랐다.", [(IND, "물가는 2% 올랐다", "통계청", "따르면")])


@pytest.mark.parametrize("word", VERBS["this_way"])
def test_every_this_way(word: str) -> None:
    check(
        f"“금리를 동결한다.” 한은 관계자는 {word} 밝혔다.",
        [(DIR, "금리를 동결한다.", "한은 관계자", "밝혔다", {"anonymous": True})],
    )


@pytest.mark.parametrize("adverb", VERBS["lead_adverbs"])
def test_every_lead_adverb(adverb: str) -> None:
    check(f"{adverb} 수출이 늘었다고 산업부가 밝혔다.", [(IND, "수출이 늘었다", "산업부", "밝혔다")])


@pytest.mark.parametrize("adverb", VERBS["continuation_adverbs"])
def test_every_continuation_adverb(adverb: str) -> None:
    check(
        f"김 장관은 “A안이 낫다”고 말했다. {adverb} B안은 비용이 크다고 덧붙였다.",
        [(DIR, "A안이 낫다", "김 장관", "말했다"), (IND, "B안은 비용이 크다", "김 장관", "덧붙였다")],
    )


_ANTECEDENT = {
    "person": "김 장관",
    "outlet": "블룸버그통신",
    "company": "삼성전자",
    "official": "금융당국 관계자",
}


@pytest.mark.parametrize(("reference", "kind"), sorted(SPEAKERS["references"].items()))
def test_every_reference(reference: str, kind: str) -> None:
    antecedent = _ANTECEDENT[kind]
    found = quotes(f"{topic(antecedent)} “A”고 말했다. {topic(reference)} “B”고 덧붙였다.")
    assert [(q.text, q.speaker, q.speaker_mention) for q in found] == [
        ("A", antecedent, antecedent),
        ("B", antecedent, reference),
    ]


@pytest.mark.parametrize("title", SPEAKERS["person_titles"])
def test_every_person_title(title: str) -> None:
    speaker = f"홍길동 {title}"
    check(f"{topic(speaker)} “좋다”고 말했다.", [(DIR, "좋다", speaker, "말했다", {"anonymous": False})])


@pytest.mark.parametrize("head", SPEAKERS["anonymous_heads"])
def test_every_anonymous_head(head: str) -> None:
    check(f"{topic(head)} “좋다”고 말했다.", [(DIR, "좋다", head, "말했다", {"anonymous": True})])


@pytest.mark.parametrize("word", SPEAKERS["determiners"])
def test_every_determiner(word: str) -> None:
    found = quotes(f"이날 {word} 정부 관계자는 “좋다”고 말했다.")
    assert [(q.text, q.speaker) for q in found] == [("좋다", f"{word} 정부 관계자")]


@pytest.mark.parametrize("word", SPEAKERS["versus"])
def test_every_versus(word: str) -> None:
    found = quotes(f"與 “특검 수용 못해” {word} 野 “이번 주 단독 처리”\n여야가 맞섰다.")
    assert [(q.text, q.speaker) for q in found] == [("특검 수용 못해", "與"), ("이번 주 단독 처리", "野")]


@pytest.mark.parametrize("word", SPEAKERS["among"])
def test_every_among(word: str) -> None:
    check(
        f"여권 {word}에서는 개헌이 필요하다는 목소리가 나온다.",
        [(IND, "개헌이 필요하다", f"여권 {word}", "나온다", {"anonymous": True})],
    )


@pytest.mark.parametrize("group", SPEAKERS["anonymous_groups"])
def test_every_anonymous_group(group: str) -> None:
    check(
        f"{topic(group)} 금리가 내릴 것으로 전망했다.",
        [(IND, "금리가 내릴 것", group, "전망했다", {"anonymous": True})],
    )


@pytest.mark.parametrize("outlet", SPEAKERS["outlets"])
def test_every_outlet(outlet: str) -> None:
    check(
        f"{topic(outlet)} 애플이 인력을 감축한다고 보도했다.",
        [(IND, "애플이 인력을 감축한다", outlet, "보도했다")],
    )


@pytest.mark.parametrize("head", SPEAKERS["company_heads"])
def test_every_company_head(head: str) -> None:
    name = f"한빛 {head}" if head in ("측", "회사", "기업") else f"한빛{head}"
    assert classify(name)[0] == COMPANY
    found = quotes(f"{topic(name)} “증설한다”고 밝혔다. 이 회사는 “고용도 늘린다”고 덧붙였다.")
    assert [q.speaker for q in found] == [name, name]


@pytest.mark.parametrize("party", SPEAKERS["parties"])
def test_every_party(party: str) -> None:
    found = quotes(f"{party} 김 의원은 “반대한다”고 말했다. 같은 당 박 의원도 “동의한다”고 했다.")
    assert [q.speaker for q in found] == [f"{party} 김 의원", f"{party} 박 의원"]


@pytest.mark.parametrize("word", SPEAKERS["not_speakers"])
def test_every_not_speaker(word: str) -> None:
    found = quotes(f"{topic(word)} “수출이 늘었다”고 말했다.")
    assert [(q.text, q.speaker) for q in found] == [("수출이 늘었다", None)]


# --- more passages ------------------------------------------------------------------------------

MORE = [
    pytest.param(
        "블룸버그통신 기자는 “시장이 흔들린다”고 말했다.",
        [(DIR, "시장이 흔들린다", "블룸버그통신 기자", "말했다")],
        id="outlet-staff-is-a-person",
    ),
    pytest.param(
        "영국 이코노미스트지는 “일본화의 위험”이라고 진단했다.",
        [(DIR, "일본화의 위험", "이코노미스트지", "진단했다", {"speaker_mention": "영국 이코노미스트지"})],
        id="outlet-with-country",
    ),
    pytest.param(
        "국내 AI 스타트업 누리랩스가 500억 원을 유치했다고 11일 밝혔다.",
        [(IND, "500억 원을 유치했다", "누리랩스", "밝혔다")],
        id="press-release-lead",
    ),
    pytest.param(
        "경제가 어렵다고 말했다.",
        [(IND, "경제가 어렵다", None, "말했다")],
        id="lone-common-subject-not-speaker",
    ),
    pytest.param(
        "한빛전자는 공장 증설 계획을 유지하기로 했다. 회사 측은 “일정은 조정할 수 있다”고 밝혔다.",
        [(DIR, "일정은 조정할 수 있다", "한빛전자", "밝혔다", {"speaker_mention": "회사 측"})],
        id="회사-측-named-earlier-not-speaking",
    ),
    pytest.param(
        "미래당 김 의원은 “반대한다”고 말했다. 같은 당 박 의원도 “동의한다”고 했다.",
        [(DIR, "반대한다", "미래당 김 의원", "말했다"), (DIR, "동의한다", "미래당 박 의원", "했다")],
        id="같은-당-party-not-in-list",
    ),
    pytest.param(
        "독일 일간지는 구단이 이적을 추진한다고 보도했다. 이 매체는 “협상이 막바지”라고 전했다.",
        [
            (IND, "구단이 이적을 추진한다", "독일 일간지", "보도했다"),
            (DIR, "협상이 막바지", "독일 일간지", "전했다", {"speaker_mention": "이 매체"}),
        ],
        id="보도-makes-an-outlet",
    ),
    pytest.param(
        "한 여당 의원은 “예산 처리가 늦어진다”고 우려했다.",
        [(DIR, "예산 처리가 늦어진다", "한 여당 의원", "우려했다", {"anonymous": True})],
        id="한-determiner-anonymous",
    ),
    pytest.param(
        "그러면서 “협상은 계속된다”고 강조했다.",
        [(DIR, "협상은 계속된다", None, "강조했다")],
        id="no-antecedent-speaker-null",
    ),
    pytest.param(
        "“AI는 전기와 같다.”\n정재승 교수는 이같이 말했다.",
        [(DIR, "AI는 전기와 같다.", "정재승 교수", "말했다")],
        id="next-paragraph-names-speaker",
    ),
    pytest.param(
        "“AI는 전기와 같다.”\n반도체 업황은 나빠졌다.\n정재승 교수는 이같이 말했다.",
        [],
        id="speaker-too-far",
    ),
]


MORE += [
    pytest.param(
        "정부 관계자는 “아직 결정된 바 없다”면서도 “여러 가능성을 열어두고 있다”고 말했다.",
        [
            (DIR, "아직 결정된 바 없다", "정부 관계자", "면서도", {"anonymous": True}),
            (DIR, "여러 가능성을 열어두고 있다", "정부 관계자", "말했다", {"anonymous": True}),
        ],
        id="면서도",
    ),
    pytest.param(
        "김 장관은 이날 “예산이 부족하다”며 “추경을 검토하겠다”고 말한 뒤 자리를 떴다.",
        [(DIR, "예산이 부족하다", "김 장관", "며"), (DIR, "추경을 검토하겠다", "김 장관", "말한")],
        id="말한-뒤",
    ),
    pytest.param(
        "“연내 금리 인하는 어렵다”는 게 한국은행의 설명이다.",
        [(DIR, "연내 금리 인하는 어렵다", "한국은행", "설명이다")],
        id="는-게-X의-설명이다",
    ),
    pytest.param(
        "가격 인상은 불가피하다는 것이 업계의 공통된 설명이다.",
        [(IND, "가격 인상은 불가피하다", "업계", "설명이다", {"anonymous": True})],
        id="claim-것이-X의-설명이다",
    ),
    pytest.param(
        "서울 강남구에 사는 김모(45)씨는 “집값이 너무 올랐다”고 하소연했다.",
        [(DIR, "집값이 너무 올랐다", "김모(45)씨", "하소연했다")],
        id="age-in-parens",
    ),
]


MORE += [
    pytest.param(
        "그는 “첫째, 경제가 어렵다. 둘째, 물가가 높다.\n“셋째, 환율이 불안하다”고 말했다.",
        [
            (DIR, "첫째, 경제가 어렵다. 둘째, 물가가 높다.", "그", "말했다"),
            (DIR, "셋째, 환율이 불안하다", "그", "말했다"),
        ],
        id="quote-over-two-paragraphs",
    ),
    pytest.param(
        "박 의원은 “하나.\n“둘.\n“셋”이라고 말했다.",
        [
            (DIR, "하나.", "박 의원", "말했다"),
            (DIR, "둘.", "박 의원", "말했다"),
            (DIR, "셋", "박 의원", "말했다"),
        ],
        id="quote-over-three-paragraphs",
    ),
    pytest.param("그는 “닫히지 않는다.\n시장은 조용했다.", [], id="open-quote-never-closed"),
]


MORE += [
    pytest.param(
        "23일 김 장관은 “좋다”고 말했다.", [(DIR, "좋다", "김 장관", "말했다")], id="date-before-speaker"
    ),
    pytest.param(
        "이날 윤 원장은 “검사를 강화한다”고 밝혔다.",
        [(DIR, "검사를 강화한다", "윤 원장", "밝혔다")],
        id="이날-before-speaker",
    ),
    pytest.param(
        "손흥민은 경기 후 인터뷰에서 “팀이 하나로 뭉쳐 이룬 승리”라고 소감을 밝혔다.",
        [(DIR, "팀이 하나로 뭉쳐 이룬 승리", "손흥민", "밝혔다")],
        id="object-in-gap",
    ),
    pytest.param(
        "교도통신은 일본 정부 소식통을 인용해 총리가 다음 달 방한한다고 전했다.",
        [(IND, "총리가 다음 달 방한한다", "교도통신", "전했다", {"via": "일본 정부 소식통"})],
        id="cite-government-source",
    ),
    pytest.param("회의에서는 “위기”라는 단어가 여러 차례 나왔다.", [], id="word-mentioned-not-said"),
    pytest.param(
        "정부는 “오는 3월부터 시행한다”는 방침이다.",
        [(DIR, "오는 3월부터 시행한다", "정부", "방침이다")],
        id="quote-는-방침이다",
    ),
    pytest.param(
        "김 장관은 추가 인하는 없다는 입장이었다.",
        [(IND, "추가 인하는 없다", "김 장관", "입장이었다")],
        id="claim-는-입장이었다",
    ),
    pytest.param(
        "한 참석자는 “분위기가 무거웠다”고 전했다.",
        [(DIR, "분위기가 무거웠다", "한 참석자", "전했다", {"anonymous": True})],
        id="한-참석자",
    ),
]


@pytest.mark.parametrize("noun", VERBS["stance_nouns"])
def test_every_stance_noun(noun: str) -> None:
    check(f"정부는 제도를 바꾼다는 {noun}이다.", [(IND, "제도를 바꾼다", "정부", f"{noun}이다")])


@pytest.mark.parametrize("noun", VERBS["owner_nouns"])
def test_every_owner_noun(noun: str) -> None:
    check(
        f"“금리를 내릴 때”라는 게 한국은행의 {noun}이다.",
        [(DIR, "금리를 내릴 때", "한국은행", f"{noun}이다")],
    )


@pytest.mark.parametrize("ending", VERBS["owner_endings"])
def test_every_owner_ending(ending: str) -> None:
    # after a final consonant 이다/이었다, after a vowel 다/였다
    verb = f"분석{ending}" if ending.startswith("이") else f"얘기{ending}"
    check(f"수출이 회복된다는 것이 정부의 {verb}.", [(IND, "수출이 회복된다", "정부", verb)])


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_passages(text: str, expected: list[tuple]) -> None:
    check(text, expected)


# an original wire-style article: lines of body copy are longer than the code width
WIRE_ARTICLE = (Path(__file__).parent / "data" / "quotes_wire.txt").read_text("utf-8")


def test_wire_article() -> None:
    check(
        WIRE_ARTICLE,
        [
            (DIR, "美 관세 대응 위해 30조 투자", "현대차", None),
            (
                IND,
                "미국 관세 정책에 대응하기 위해 향후 4년간 미국에 210억 달러(약 30조 원)를 투자한다",
                "현대자동차그룹",
                "밝혔다",
            ),
            (DIR, "미국 현지 생산을 늘려 관세 영향을 최소화하겠다", "정의선 현대차그룹 회장", "며"),
            (DIR, "미국은 우리의 가장 중요한 시장", "정의선 현대차그룹 회장", "강조했다"),
            (DIR, "훌륭한 회사", "트럼프 대통령", "라며"),
            (DIR, "현대차는 관세를 낼 필요가 없다", "트럼프 대통령", "덧붙였다", {"speaker_mention": "그"}),
            (IND, "이번 투자가 관세 부담을 상당 부분 덜어줄 것", "업계", "보고 있다", {"anonymous": True}),
            (DIR, "수익성에는 부담이 될 수 있다", "한 증권사 연구원", "지적했다", {"anonymous": True}),
            (
                IND,
                "현대차가 루이지애나주에 제철소를 짓는 방안도 검토 중이라",
                "로이터통신",
                "보도했다",
                {"via": "소식통"},
            ),
            (
                DIR,
                "제철소 투자 규모는 50억 달러 수준",
                "로이터통신",
                "전했다",
                {"speaker_mention": "이 통신"},
            ),
            (DIR, "투자 발표가 끝이 아니다.", "자동차산업협회 관계자", "말하며", {"anonymous": True}),
        ],
    )


def test_politics_article() -> None:
    text = (Path(__file__).parent / "data" / "quotes_politics.txt").read_text("utf-8")
    check(
        text,
        [
            (DIR, "민생 시급", "與", None),
            (DIR, "선심성 퍼주기", "野", None),
            (DIR, "민생 경제가 벼랑 끝에 몰려 있다", "국민의힘 권성동 원내대표", "며"),
            (DIR, "추경을 조속히 처리해야 한다", "국민의힘 권성동 원내대표", "말했다"),
            (DIR, "선심성 퍼주기 예산", "더불어민주당 박찬대 원내대표", "맞받았다"),
            (
                IND,
                "정부가 제출한 추경안이 12조 원 규모로 경기 부양에는 턱없이 부족하다",
                "더불어민주당 박찬대 원내대표",
                "주장했다",
                {"speaker_mention": "박 원내대표"},
            ),
            (DIR, "재정 여력을 감안한 최선의 규모", "기획재정부 관계자", "해명했다", {"anonymous": True}),
            (IND, "추경 효과가 제한적일 것이라", "전문가들 사이", "나온다", {"anonymous": True}),
            (
                DIR,
                "일회성 지원으로는 경기 흐름을 바꾸기 어렵다",
                "김정식 연세대 경제학부 명예교수",
                "진단했다",
            ),
            (IND, "구조 개혁이 병행돼야 한다", "김정식 연세대 경제학부 명예교수", "강조했다"),
            (IND, "올해 성장률이 1.6%에 머물 것", "한국개발연구원(KDI)", "예상했다"),
            (
                IND,
                "민간소비 증가율은 1.3%로 둔화할 전망이다",
                "한국개발연구원(KDI)",
                "따르면",
                {"speaker_mention": "KDI"},
            ),
            (DIR, "국회의 조속한 처리를 기대한다", "대통령실", "냈다"),
        ],
    )


# --- the seed article ---------------------------------------------------------------------------


def _seed_quotes(seed_text: str) -> list[QuoteMention]:
    return extract_quotes(parse_article(seed_text))


@pytest.mark.parametrize(
    ("speaker", "verb", "start_of_text"),
    [
        ("트럼프 대통령", "밝혔다", "미국 산업이"),
        ("마크 앤드리슨", "평가했다", "AI의 스푸트니크"),
        ("뉴욕타임스(NYT)", "표현했다", "실리콘밸리의 가장"),
        ("마이크로소프트(MS)의 사티아 나델라 최고경영자(CEO)", "우려했다", "딥시크는 진정한"),
        ("샘 올트먼 오픈AI CEO", "했다", "인정한다"),
        ("오픈AI", "밝혀", "딥시크가 우리의"),
        ("알리바바 측", "주장했다", "큐원의 성능이"),
        ("파이낸셜타임스(FT)", "분석했다", "이는 우연이"),
        ("블룸버그통신", "진단했다", "AI 경쟁에서"),
        # the headline says 트럼프; the speaker is the fullest form the body writes (issue 20)
        ("도널드 트럼프 미국 대통령", None, "中경쟁에"),
    ],
    ids=[
        "trump",
        "andreessen",
        "nyt",
        "nadella",
        "altman",
        "openai",
        "alibaba",
        "ft",
        "bloomberg",
        "headline",
    ],
)
def test_seed_speakers(seed_text: str, speaker: str, verb: str | None, start_of_text: str) -> None:
    # a subhead may repeat the quote without a name (issue 20): the row is the named one
    found = [
        q
        for q in _seed_quotes(seed_text)
        if q.kind == DIR and q.text.startswith(start_of_text) and q.speaker_mention is not None
    ]
    assert [(q.speaker, q.verb) for q in found] == [(speaker, verb)]
    assert seed_text[found[0].start : found[0].end] == found[0].text


def test_seed_bloomberg_reference(seed_text: str) -> None:
    found = [q for q in _seed_quotes(seed_text) if q.speaker_mention == "이 매체"]
    assert len(found) == 2
    assert {q.speaker for q in found} == {"블룸버그통신"}
    assert seed_text[found[0].speaker_start : found[0].speaker_end] == "이 매체"


def test_seed_nothing_from_page_noise(seed_text: str) -> None:
    article = parse_article(seed_text)
    found = extract_quotes(article)
    assert len(found) >= 20
    assert article.noise_start is not None
    assert all(q.end <= article.noise_start for q in found)
