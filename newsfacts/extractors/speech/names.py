"""What a written name is made of, read from the string alone (issue 20): a name without its
glosses, the (head, title) of a short form, the words of a person's name, a court's name,
a broadcast script's interview cue, and the word lists of ``newsfacts/data/entities.json``.

``entities.py`` reads the article with these; they need no article state, so they live apart.
"""

from __future__ import annotations

import dataclasses
from functools import cache, lru_cache
from typing import Any

import regex

from ...lexicon import alternation, load
from ...page.article import HEADLINE, Article
from .shortforms import is_title
from .speakers import is_role, lexicon, personal_name

GLUED_SSI = regex.compile(r"^(?P<head>[\p{Hangul}A-Z]{1,3})씨$")  # '최씨', 'A씨', '최모씨'
HANJA = regex.compile(r"\p{Han}")  # '美', '中': a country written in one character
_PAREN = regex.compile(r"\s*[(（][^()（）]*[)）]")
FOREIGN_WORD = regex.compile(r"^\p{Hangul}{2,6}$")


@dataclasses.dataclass(frozen=True)
class EntityWords:
    references: dict[str, str]
    court_re: Any


@cache
def entity_words() -> EntityWords:
    data = load("entities")
    divisions = alternation(data["court_divisions"])
    return EntityWords(
        references=dict(data["references"]),
        # '서울중앙지법', '수원지법 형사11부', '민사합의3부': the last word of a court's name
        court_re=regex.compile(
            rf"(?:{alternation(data['court_heads'])}|(?:{divisions})(?:\d+(?:-\d+)?)?(?:단독|부))$"
        ),
    )


@cache
def foreign_given_names() -> frozenset[str]:
    return frozenset(load("entities")["foreign_given_names"])


@cache
def hanja_surnames() -> dict[str, str]:
    return dict(load("entities")["hanja_surnames"])


@cache
def first_court_heads() -> tuple[str, ...]:
    return tuple(load("entities")["first_court_heads"])


@cache
def relations() -> frozenset[str]:
    return frozenset(load("entities")["relations"])


@cache
def kind_short_names() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in load("entities")["kind_short_names"].items()}


@cache
def hanja_abbreviations() -> dict[str, str]:
    return dict(load("entities")["hanja_abbreviations"])


@cache
def association_endings() -> tuple[str, ...]:
    return tuple(load("entities")["association_endings"])


@cache
def people_endings() -> frozenset[str]:
    return frozenset(load("entities")["people_endings"])


def people_in_the_plural(written: str) -> bool:
    """'자영업자들', '영천시장 상인들': a word for people with the plural 들."""
    head = written.rsplit(" ", 1)[-1]
    return len(head) > 2 and head.endswith("들") and head[-2] in people_endings()


@cache
def body_heads() -> tuple[str, ...]:
    """The words a body's name ends in ('위원회', '노동조합', '병원'): ``entities.json``."""
    return tuple(load("entities")["body_heads"])


def ends_as_a_body(word: str) -> bool:
    """A word ending as a body's name does: a body's last syllable ('통일부') or head word
    ('종교환경회의' does not; '…노동조합' does)."""
    return bool(word) and (word[-1] in lexicon().org_suffixes or word.endswith(body_heads()))


@cache
def body_heads_set() -> frozenset[str]:
    return frozenset(body_heads())


@cache
def body_head_re() -> Any:
    """A word of a name and the kind of body it is: two syllables or more before a body head."""
    return regex.compile(rf"^\p{{Hangul}}{{2,}}(?:{alternation(body_heads())})$")


@cache
def object_particles() -> frozenset[str]:
    return frozenset(load("entities")["object_particles"])


@cache
def person_particles() -> frozenset[str]:
    return frozenset(load("entities")["person_particles"])


# a caption's '(왼쪽)', '(오른쪽 두번째)' says where the person stands in the photo, not who it is
_PHOTO_PLACE = regex.compile(r"[(（](?:왼쪽|오른쪽|가운데|앞줄|뒷줄|맨 ?왼쪽|맨 ?오른쪽)[^()（）]{0,12}[)）]")


def as_a_name(name: str) -> str:
    """A speaker's or entity's name without the page's markup in it: '이창용(왼쪽) 한국은행
    총재' -> '이창용 한국은행 총재', a broadcast tag's '박성미 / 여수시의원' -> '박성미 여수시의원'."""
    if "(" in name or "（" in name:
        name = _PHOTO_PLACE.sub("", name)
    return name.replace(" / ", " ") if " / " in name else name


@lru_cache(maxsize=8192)  # a pure function of the string, asked several times per mention
def bare(written: str) -> str:
    """'한국개발연구원(KDI)' -> '한국개발연구원': the name without its glosses."""
    return _PAREN.sub("", written).strip()


_STATUS = frozenset({"당선자", "당선인", "내정자", "후보자", "직무대행"})


def short_parts(written: str) -> tuple[str, str] | None:
    """(head, title) of a two-word person form: '박 변호사', '그리어 대표', '최씨', '최모 씨(62)'."""
    words = bare(written).split()
    if words and (hangul := hanja_surnames().get(words[0][0])) is not None:
        # '朴대통령', '尹 대통령': a headline's family name in one Chinese character
        post = words[0][1:] or (words[1] if len(words) == 2 else "")
        if post and len(words) <= 2 - (len(words[0]) > 1) and post in lexicon().titles:
            return hangul, post
    if len(words) == 1 and (m := GLUED_SSI.match(words[0])):
        return m["head"], "씨"
    if len(words) == 1 and _glued_title(words[0]):
        return words[0][0], words[0][1:]  # '권사장': a family name and a post written as one word
    if len(words) == 3 and (words[1] in ("전", "현", "前", "現", "신임") or HANJA.fullmatch(words[1])):
        # '탁 전 시장', '하워스 美 대통령', '홍 신임 원내대표': former, of a country, newly in it
        words = [words[0], words[2]]
    elif len(words) == 3 and words[0] in ("신임", "새"):
        words = words[1:]  # '신임 노 위원장': new in the post
    elif len(words) == 3 and words[2] in _STATUS:
        words = words[:2]  # '김 위원장 당선자': elected to the post, not yet in it
    if len(words) == 2 and words[1].startswith("신임") and len(words[1]) > 3:
        words = [words[0], words[1][2:]]  # '정 신임지부장', written as one word
    if len(words) == 2:
        # '노르바니아의 대통령' is '노르바니아 대통령': a country's title with 의 between
        head = words[0][:-1] if words[0].endswith("의") and len(words[0]) > 2 else words[0]
        return head, words[1]
    return None


def _glued_title(word: str) -> bool:
    """'권사장', '정내정자': a family name glued to a post of two syllables or more; not a post
    that starts with a family name's syllable ('부사장', '조교수', '이사장'), nor a post with
    부/전/현 before it (vice, former, current: '부시장', '전대표')."""
    lex = lexicon()
    return (
        3 <= len(word) <= 5
        and word[0] not in "부전현"
        and word[0] in lex.surnames
        and word[1:] in lex.titles
        and word not in lex.titles
    )


def name_words(written: str) -> list[str]:
    """The words of a person's name and titles, a glued '씨' apart: '위원장 A씨(34)' ->
    ['위원장', 'A', '씨']."""
    words = bare(written).split()
    if words and (m := GLUED_SSI.match(words[-1])):
        words[-1:] = [m["head"], "씨"]
    elif words and (m := _GLUED_LATIN_POST.match(words[-1])) and m["post"] in lexicon().titles:
        words[-1:] = [m["name"], m["post"]]  # '조창완PD': a Latin post glued to the name
    return words


_GLUED_LATIN_POST = regex.compile(r"(?P<name>\p{Hangul}{2,4})(?P<post>[A-Z]{2,4})")


# '[인터뷰] 가온대 … 교수' ('<인터뷰> …'), and a broadcaster's web page's '▶ 인터뷰 : 이기수 / 대교협
# 회장' (or its reporter's '▶ 스탠딩 : 박광렬 / 기자') over the line of their words, '- "…"'
_CUE = regex.compile(
    r"(?:[\[(【<]\s*인터뷰\s*[\])】>]|[▶▷]?\s*(?:인터뷰|스탠딩)\s*:)\s*:?\s*(?P<who>[^/\n:]+?)\s*(?:/[^\n:]*)?\s*:?\s*$"
)
_LINE_CUE = regex.compile(
    r"[ \t]*[▶▷][ \t]*(?:인터뷰|스탠딩)[ \t]*:[ \t]*(?P<who>[^/\n:]+?)[ \t]*(?:/[ \t]*(?P<post>[^\n:(]*?))?"
    r"[ \t]*(?:\([^()\n]*\))?[ \t]*$"
)


def cue_line_before(article: Article, at: int) -> regex.Match[str] | None:
    """The '▶ 인터뷰 : 이름 / 직함 (때)' line right above ``at``, read as written: a page's
    reading may leave it out as furniture."""
    text = article.text
    end = text.rfind("\n", 0, at)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)  # blank lines between
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    return _LINE_CUE.match(text, start, end)


def interview_cue(article: Article, para: int) -> tuple[int, int] | None:
    """Where a broadcast script's '[인터뷰] 가온대 전기공학과 예인혁 교수' (or '[인터뷰] 한말순 /
    율목면 주민') names the one who speaks in the paragraph after it, if ``para`` is one."""
    p = article.paragraphs[para]
    if p.role == HEADLINE:
        return None  # '[인터뷰] 민수아 핀베리 대표 “…”': a headline says what kind of story it is
    text = article.text
    # the cue alone on its line, or before the quote itself ('[인터뷰] 박순자 / … 주민 : "…"')
    marks = (text.find('"', p.start, p.end), text.find("“", p.start, p.end))
    end = min((i for i in marks if i >= 0), default=p.end)
    if end - p.start > 80 or ("인터뷰" not in text[p.start : end] and "스탠딩" not in text[p.start : end]):
        return None
    m = _CUE.match(text, p.start, end)
    return m.span("who") if m is not None else None


WORD_RUN = regex.compile(r"\S+")


def plain_foreign_word(lex: Any, w: str) -> bool:
    """A word that may be part of a foreign name: Hangul, neither a post, a role, a body nor a
    Korean name."""
    return (
        FOREIGN_WORD.match(w) is not None
        and not is_title(w)
        and not is_role(lex, w)
        and w[-1] not in lex.org_suffixes
        and lex.company_end_re.search(w) is None
        and not personal_name(lex, w)
    )


@lru_cache(maxsize=8192)  # a pure function of the string, asked at every mention
def is_court(written: str) -> bool:
    name = bare(written)
    return bool(name) and entity_words().court_re.search(name.split()[-1]) is not None
