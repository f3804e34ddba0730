"""Entity tracking and the references it resolves (issue 20).

Every passage here is written for this project in the style of Korean dailies. An expected row
is ``(quote text, speaker, speaker_mention)`` for each quote or claim, in text order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _speakers import speakers

import newsfacts
from newsfacts.extractors.speech.entities import Entities
from newsfacts.extractors.speech.names import is_court
from newsfacts.extractors.speech.reading import extract_quotes
from newsfacts.lexicon import load
from newsfacts.page.article import parse_article

ARTICLES = Path(__file__).parent / "data" / "speakers"


PASSAGES = [
    # --- a person introduced by a sentence that is not speech, quoted in the next ----------
    pytest.param(
        "김정우 한빛증권 리서치센터장은 기관 매매 흐름에 주목했다. "
        "그는 “연기금이 하단을 받치고 있다”고 말했다.",
        [("연기금이 하단을 받치고 있다", "김정우 한빛증권 리서치센터장", "그")],
        id="economy-analyst-noticed-then-he",
    ),
    pytest.param(
        "피고인 측 변호를 맡은 법무법인 한결의 박준호 변호사는 이날 기자들과 만났다. "
        "그는 “항소 여부를 곧 결정하겠다”고 말했다.",
        [("항소 여부를 곧 결정하겠다", "법무법인 한결의 박준호 변호사", "그")],
        id="court-lawyer-met-reporters-then-he",
    ),
    pytest.param(
        "제이슨 하워드 런던FC 감독은 경기 뒤 기자회견에 나섰다. 그는 “선수들이 끝까지 집중했다”고 말했다.",
        [("선수들이 끝까지 집중했다", "제이슨 하워드 런던FC 감독", "그")],
        id="sports-coach-then-he",
    ),
    pytest.param(
        "이민수 기획재정부 차관은 이날 비상경제회의를 주재했다. 그는 “모든 수단을 준비하겠다”고 밝혔다.",
        [("모든 수단을 준비하겠다", "이민수 기획재정부 차관", "그")],
        id="policy-vice-minister-then-he",
    ),
    # --- an earlier speaker exists: 그는 is the one just named -------------------------------
    pytest.param(
        "최경수 행정안전부 장관은 “재난 대응을 점검하겠다”고 말했다.\n\n"
        "이민호 행정안전부 차관은 이날 현장을 찾아 상황을 설명했다. 그는 “복구에 속도를 내겠다”고 말했다.",
        [
            ("재난 대응을 점검하겠다", "최경수 행정안전부 장관", "최경수 행정안전부 장관"),
            ("복구에 속도를 내겠다", "이민호 행정안전부 차관", "그"),
        ],
        id="he-is-the-vice-minister-not-the-minister",
    ),
    pytest.param(
        "한 여당 관계자는 “지지율 반등은 시간문제”라고 말했다.\n\n"
        "한국리서치의 오경민 연구위원은 지지율 흐름을 분석했다. 그는 “중도층이 움직이고 있다”고 말했다.",
        [
            ("지지율 반등은 시간문제", "한 여당 관계자", "한 여당 관계자"),
            ("중도층이 움직이고 있다", "한국리서치의 오경민 연구위원", "그"),
        ],
        id="he-is-the-analyst-not-the-anonymous-official",
    ),
    pytest.param(
        "더불어민주당 한서연 원내대변인은 이날 논평을 냈다. 그녀는 “발목잡기”라고 반박했다.",
        [("발목잡기", "더불어민주당 한서연 원내대변인", "그녀")],
        id="she",
    ),
    # --- short forms of a person who did not speak --------------------------------------------
    pytest.param(
        "법무법인 한결의 박준호 변호사는 선고 직후 법정을 나섰다. 박 변호사는 “증거가 없다”고 했다.",
        [("증거가 없다", "법무법인 한결의 박준호 변호사", "박 변호사")],
        id="surname-and-title",
    ),
    pytest.param(
        "제이미슨 그리어 미국 무역대표부(USTR) 대표는 협상 일정을 밝혔다. "
        "그리어 대표는 “시간이 많지 않다”고 말했다.",
        [("시간이 많지 않다", "제이미슨 그리어 미국 무역대표부(USTR) 대표", "그리어 대표")],
        id="foreign-family-name-and-title",
    ),
    pytest.param(
        "검찰은 최모 씨(62)를 구속 기소했다. 최씨는 “억울하다”고 말했다.",
        [("억울하다", "최모 씨(62)", "최씨")],
        id="choi-ssi-after-choi-mo-ssi",
    ),
    pytest.param(
        "이민수 기획재정부 차관은 회의를 주재했다. 이 차관은 “대비하겠다”고 밝혔다.",
        [("대비하겠다", "이민수 기획재정부 차관", "이 차관")],
        id="surname-i-and-title",
    ),
    # --- institutions by their role -------------------------------------------------------------
    pytest.param(
        "수원지법 형사11부(부장판사 정하늘)는 14일 최모 씨(62)에게 징역 3년을 선고했다. "
        "재판부는 “죄질이 무겁다”고 밝혔다.",
        [("죄질이 무겁다", "수원지법 형사11부(부장판사 정하늘)", "재판부")],
        id="court-panel",
    ),
    pytest.param(
        "서울중앙지법은 이날 영장을 발부했다. 재판부는 “도주 우려가 있다”고 밝혔다.",
        [("도주 우려가 있다", "서울중앙지법", "재판부")],
        id="court-by-name",
    ),
    pytest.param(
        "한성전자는 이날 실적을 공개했다. 김태호 사장은 주주들과 만났다. "
        "이 회사는 “수요가 회복된다”고 밝혔다.",
        [("수요가 회복된다", "한성전자", "이 회사")],
        id="this-company-never-a-person",
    ),
    pytest.param(
        "장태준 대한자동차 부회장은 공장을 둘러봤다. 대한자동차는 증설 계획을 공개했다. "
        "그는 “현지 생산을 늘리겠다”고 말했다.",
        [("현지 생산을 늘리겠다", "장태준 대한자동차 부회장", "그")],
        id="he-never-a-company",
    ),
    pytest.param(
        "트럼프 대통령은 “훌륭한 회사”라며 정 회장을 치켜세웠다. 그는 “관세를 낼 필요가 없다”고 덧붙였다.",
        [("훌륭한 회사", "트럼프 대통령", "트럼프 대통령"), ("관세를 낼 필요가 없다", "트럼프 대통령", "그")],
        id="he-takes-up-the-subject-not-the-object",
    ),
    # --- a dropped subject --------------------------------------------------------------------
    pytest.param(
        "한국은행 박성진 부총재는 “물가가 안정됐다”고 말했다.\n\n"
        "김정우 한빛증권 리서치센터장은 외국인 매매에 주목했다. “환율이 변수”라고 말했다.",
        [
            ("물가가 안정됐다", "한국은행 박성진 부총재", "한국은행 박성진 부총재"),
            ("환율이 변수", "김정우 한빛증권 리서치센터장", None),
        ],
        id="dropped-subject-is-the-one-just-named",
    ),
    pytest.param(
        "한국은행 박성진 부총재는 “물가가 안정됐다”고 말했다. 또 “환율은 변수”라고 덧붙였다.",
        [
            ("물가가 안정됐다", "한국은행 박성진 부총재", "한국은행 박성진 부총재"),
            ("환율은 변수", "한국은행 박성진 부총재", None),
        ],
        id="dropped-subject-still-the-last-speaker",
    ),
    # --- nothing to resolve to ------------------------------------------------------------------
    pytest.param(
        "코스피가 15일 2,600선을 회복했다. 그는 “좋은 흐름”이라고 말했다.",
        [("좋은 흐름", "그", "그")],
        id="he-without-any-person",
    ),
    pytest.param(
        "김정우 센터장은 “외국인이 돌아왔다”고 말했다. 재판부는 “기각한다”고 밝혔다.",
        [("외국인이 돌아왔다", "김정우 센터장", "김정우 센터장"), ("기각한다", "재판부", "재판부")],
        id="court-reference-without-a-court",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES)
def test_references_resolve_to_the_last_fitting_entity(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_whole_articles_where_several_people_speak(name: str) -> None:
    """Three or more speakers in turn; every expected quote found with its speaker."""
    text = (ARTICLES / f"{name}.txt").read_text("utf-8")
    expected = [tuple(row) for row in json.loads((ARTICLES / f"{name}.json").read_text("utf-8"))]
    found = {q.text: q.speaker for q in extract_quotes(parse_article(text))}
    assert [(t, found.get(t)) for t, _ in expected] == expected


def test_entities_of_an_article() -> None:
    text = (
        "수원지법 형사11부(부장판사 정하늘)는 최모 씨(62)에게 징역 3년을 선고했다. "
        "법무법인 한결의 박준호 변호사는 기자들과 만났다. 박 변호사는 “항소하겠다”고 했다. "
        "최씨는 말이 없었다."
    )
    entities = Entities(parse_article(text)).entities()
    found = [(e.name, e.kind, [(m.text, m.start) for m in e.mentions]) for e in entities]
    assert found == [
        ("수원지법 형사11부(부장판사 정하늘)", "organization", [("수원지법 형사11부(부장판사 정하늘)", 0)]),
        ("최모 씨(62)", "person", [("최모 씨(62)", 22), ("최씨", 94)]),
        (
            "법무법인 한결의 박준호 변호사",
            "person",
            [("법무법인 한결의 박준호 변호사", 46), ("박 변호사", 74)],
        ),
    ]
    for e in entities:
        assert all(text[m.start : m.end] == m.text for m in e.mentions)


# --- every entry of newsfacts/data/entities.json ------------------------------------------------

WORDS = load("entities")


@pytest.mark.parametrize(("reference", "kind"), sorted(WORDS["references"].items()))
def test_every_court_reference(reference: str, kind: str) -> None:
    assert kind in ("court", "first_court")
    particle = "은" if (ord(reference[-1]) - 0xAC00) % 28 else "는"  # after a final consonant, 은
    # a first_court reference ('1심은') takes up the district court, not the appeal court after it
    court = "서울고법 형사3부" if kind == "court" else "서울중앙지법 형사5부"
    text = (
        "서울중앙지법 형사5부는 지난해 징역 5년을 선고했다. 서울고법 형사3부는 항소를 기각했다. "
        f"{reference}{particle} “이유 없다”고 밝혔다."
    )
    assert speakers(text) == [("이유 없다", court, reference)]


@pytest.mark.parametrize("head", WORDS["court_heads"])
def test_every_court_head(head: str) -> None:
    assert is_court(f"서울{head}")
    assert not is_court(f"{head}행")


@pytest.mark.parametrize("division", WORDS["court_divisions"])
def test_every_court_division(division: str) -> None:
    assert is_court(f"서울중앙지법 {division}12부")
    assert is_court(f"서울중앙지법 {division}부(부장판사 김하늘)")


@pytest.mark.parametrize("particle", WORDS["object_particles"])
def test_every_object_particle_introduces_a_person(particle: str) -> None:
    text = f"경찰은 김모 씨(41){particle} 조사했다. 김씨는 “모른다”고 말했다."
    assert speakers(text) == [("모른다", "김모 씨(41)", "김씨")]


HEADLINES = [
    pytest.param(
        "관세 파고 넘는다…“수출 30%는 현지 생산으로”\n\n"
        "장태준 대한자동차 부회장은 “수출 물량의 30%는 현지 생산으로 돌리겠다”고 말했다.",
        [
            ("수출 30%는 현지 생산으로", "장태준 대한자동차 부회장", None),
            (
                "수출 물량의 30%는 현지 생산으로 돌리겠다",
                "장태준 대한자동차 부회장",
                "장태준 대한자동차 부회장",
            ),
        ],
        id="headline-after-ellipsis-shares-the-figure",
    ),
    pytest.param(
        "“협력사 지원에 보답”\n\n"
        "최경수 행정안전부 장관은 “재난에 대비하겠다”고 말했다. "
        "김태호 한성전자 사장은 “협력사 지원에 반드시 보답하겠다”고 밝혔다.",
        [
            ("협력사 지원에 보답", "김태호 한성전자 사장", None),
            ("재난에 대비하겠다", "최경수 행정안전부 장관", "최경수 행정안전부 장관"),
            ("협력사 지원에 반드시 보답하겠다", "김태호 한성전자 사장", "김태호 한성전자 사장"),
        ],
        id="headline-alone-takes-the-body-quote-it-condenses",
    ),
    pytest.param(
        "“반도체 겨울” 다시 오나\n\n최경수 장관은 “수출이 늘었다”고 말했다.",
        [("반도체 겨울", None, None), ("수출이 늘었다", "최경수 장관", "최경수 장관")],
        id="headline-quote-matching-nothing-has-no-speaker",
    ),
    pytest.param(
        "“반도체 겨울”이 온다\n\n최경수 장관은 “수출이 늘었다”고 말했다.",
        [("수출이 늘었다", "최경수 장관", "최경수 장관")],
        id="headline-phrase-with-a-particle-is-not-a-quote",
    ),
    pytest.param(
        "이창호 총재 “추가 인하 여지”\n\n이창호 총재는 “추가 인하 여지가 있다”고 말했다.",
        [
            ("추가 인하 여지", "이창호 총재", "이창호 총재"),
            ("추가 인하 여지가 있다", "이창호 총재", "이창호 총재"),
        ],
        id="headline-with-a-name-keeps-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_quotes_without_a_name(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


def test_entities_in_the_json_contract() -> None:
    """``extract -f json`` gains ``entities``: name, kind, and every mention with its offsets."""
    import newsfacts

    text = (
        "장태준 대한자동차 부회장은 공장을 둘러봤다. 대한자동차는 증설을 발표했다. "
        "장 부회장은 “늘리겠다”고 말했다."
    )
    data = json.loads(json.dumps(newsfacts.extract(text).to_dict(), ensure_ascii=False))
    assert data["entities"] == [
        {
            "name": "장태준 대한자동차 부회장",
            "kind": "person",
            "mentions": [
                {"text": "장태준 대한자동차 부회장", "start": 0, "end": 13},
                {"text": "장 부회장", "start": 42, "end": 47},
            ],
        },
        {
            "name": "대한자동차",
            "kind": "organization",
            "mentions": [{"text": "대한자동차", "start": 25, "end": 30}],
        },
    ]
    for entity in data["entities"]:
        assert all(text[m["start"] : m["end"]] == m["text"] for m in entity["mentions"])


def test_company_reference_skips_a_body_that_is_no_company() -> None:
    text = (
        "대한자동차는 미국 공장에 투자한다고 밝혔다.\n\n회사는 이사회를 열 예정이다.\n\n"
        "미국 판매 법인은 배당을 본사에 보냈다.\n\n"
        "회사 측은 “투자비는 55억 달러”라고 설명했다."
    )
    assert speakers(text) == [
        ("미국 공장에 투자한다", "대한자동차", "대한자동차"),
        ("투자비는 55억 달러", "대한자동차", "회사 측"),
    ]


SAYS_WHO = (
    "한빛전자는 25일 새 공장을 짓는다고 밝혔다.\n"
    "김민수 한빛전자 대표는 “수출이 늘 것”이라고 말했다. 그는 “인력도 두 배로 늘리겠다”고 덧붙였다.\n"
    "업계 관계자는 “경쟁이 치열하다”고 전했다.\n"
)


def test_says_who_counts_quotes_by_speaker_and_kind() -> None:
    from newsfacts.render.output import says_who

    rows = says_who(newsfacts.extract(SAYS_WHO))
    assert rows[0] == ("김민수 한빛전자 대표", "named", 2)
    assert ("업계 관계자", "anonymous", 1) in rows
    assert sum(n for _, _, n in rows) == len(newsfacts.extract(SAYS_WHO).quotes)


def test_the_table_view_prints_the_says_who_line() -> None:
    from click.testing import CliRunner

    from newsfacts.cli import cli

    result = CliRunner().invoke(cli, ["extract", "-f", "table", "--only", "quotes", "-"], input=SAYS_WHO)
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if ln.startswith("says who:"))
    assert line.startswith("says who: 김민수 한빛전자 대표 2, ")
    assert "업계 관계자 1 (anonymous)" in line
