"""Headline and subhead quotes with no name before them, and whose they are (issue 20).

A headline condenses a body quote (``…“수출 30%는 현지 생산으로”`` for ``장태준 … 부회장은
“수출 물량의 30%는 현지 생산으로 돌리겠다”고 말했다``), so such a quote takes the speaker of
the body quote or claim it shares the most content words with, a repeated figure counting
double; with too little in common its speaker stays None. A one-word headline quote
(``“포퓰리즘”``) condenses the body quote that has its word. A sector named as the speaker
(``경영계 “…”``, ``법원 “…”``) stands for the body of that sector the body quotes: the
condensed quote's speaker when it is such a body (an organisation, or a court for ``법원``).
A group named as the speaker (``주민들 “…”``, ``전문가 “…”``, ``노조``, ``회사``: sector words of
kind ``any``) stands for whichever member the condensed body quote names, and for nobody when
no body quote is condensed. A headline that names a body or a title (``금감원 “…”``, ``기상청
“…”``, ``군수 “…”``) names the person the body quotes under it: the condensed quote's speaker
when that speaker's name holds the headline's words (``서동욱 금감원 부원장``, ``기상청 나윤재
예보분석관``) or ends in its title (``진규리 운하군수``).
Each body quote's morphemes are read once and indexed by content word, so the cost is linear
in the article.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from functools import cache

import regex

from ...lexicon import load
from ...page.article import HEADLINE, SUBHEAD, Article
from .entities import ORGANIZATION, Entities
from .fullest import abbreviates
from .mention import DIRECT, QuoteMention
from .names import is_court, relations
from .speakers import GROUP, classify, lexicon

_CONTENT = frozenset({"NNG", "NNP", "SL", "SH", "XR", "VV", "VA"})
_FIGURE = frozenset({"SN"})
_MIN_SCORE = 2  # two shared content words, or one shared figure
_POSTINGS = 64  # a word in more body quotes than this says nothing about which one
_GROUP = "any"  # the kind of a sector word that stands for any member of a group
_LEAD = regex.compile(r"(?P<name>\p{Hangul}{2,4})\s*,")  # '이도훈, …' opening a headline


def _roles(article: Article, m: QuoteMention) -> str:
    return article.paragraphs[article.sentences[m.sentence].paragraph].role


def _words(article: Article, m: QuoteMention) -> Counter[str]:
    """Content words (weight 1) and figures (weight 2) of a quote's text."""
    starts = article.token_starts
    out: Counter[str] = Counter()
    for t in article.tokens[bisect.bisect_left(starts, m.start) : bisect.bisect_left(starts, m.end)]:
        if t.tag in _FIGURE:
            out[t.form] = 2
        elif (t.tag in _CONTENT and len(t.form) > 1) or t.tag == "NNP":
            out[t.form] = 1
            if t.tag == "NNG" and len(t.form) > 2:
                # '전세난' in the body may be '전세' + '난' in a headline: Kiwi cuts a compound noun
                # by its context, its first two syllables are the word either way
                out.setdefault(t.form[:2], 1)
    return out


@cache
def sector_words() -> dict[str, str]:
    return dict(load("entities")["sector_words"])


def _sector(article: Article, m: QuoteMention) -> str | None:
    """The kind of body a headline quote's sector word stands for ('경영계' -> organization)."""
    if m.kind != DIRECT or m.speaker_mention is None or _roles(article, m) not in (HEADLINE, SUBHEAD):
        return None
    # '노바린 멤버 4명 “…”': a group, like '주민들', is whichever member the body quotes
    group = _GROUP if classify(m.speaker_mention)[0] == GROUP else None
    return sector_words().get(m.speaker_mention) or group


def unnamed(article: Article, m: QuoteMention) -> bool:
    """A direct quote of a headline or subhead that no name was found for."""
    return m.kind == DIRECT and m.speaker_mention is None and _roles(article, m) in (HEADLINE, SUBHEAD)


def with_condensed_speakers(
    article: Article, quotes: list[QuoteMention], named: Entities | None = None
) -> list[QuoteMention]:
    """``quotes`` with each unnamed headline or subhead quote given the speaker of the body
    quote it condenses, and each sector word the body of that sector."""
    heads = [n for n, m in enumerate(quotes) if unnamed(article, m) or _named_head(article, m)]
    if not heads:
        return quotes
    body = [m for m in quotes if m.speaker is not None and _roles(article, m) not in (HEADLINE, SUBHEAD)]
    postings: dict[str, list[int]] = {}
    for b, m in enumerate(body):
        for word in _words(article, m):
            postings.setdefault(word, []).append(b)
    bodies = {name for name, kind in named.names() if kind == ORGANIZATION} if named else set()
    names = {name for name, _ in named.names()} if named else set()
    out = list(quotes)
    for n in heads:
        score: Counter[int] = Counter()
        words = _words(article, quotes[n])
        for word, weight in words.items():
            for b in postings.get(word, ())[:_POSTINGS]:
                score[b] += weight
        sector = _sector(article, quotes[n])
        best = max(score, key=lambda b: (score[b], -b)) if score else None  # the first among the best
        if best is None or score[best] < min(_MIN_SCORE, sum(words.values())):
            role = _by_role(article, quotes[n], names) if sector == _GROUP or sector is None else None
            role = role or _lead_name(article, quotes[n], named)
            part = _body_part(article, quotes[n], body, score) if role is None else None
            if part is not None:
                out[n] = dataclasses.replace(out[n], speaker=part.speaker, anonymous=part.anonymous)
            elif role is not None:
                out[n] = dataclasses.replace(out[n], speaker=role)
            elif sector == _GROUP:
                out[n] = dataclasses.replace(out[n], speaker=None)  # a group is no one's name
            continue
        m = body[best]
        if sector is not None and sector != _GROUP and not _of_sector(sector, m, bodies):
            continue
        kept = sector is None and not unnamed(article, quotes[n]) and not _of_the_body(article, quotes[n], m)
        if kept and not _common_noun(article, quotes[n], names) and not _relation(quotes[n]):
            continue
        out[n] = dataclasses.replace(out[n], speaker=m.speaker, anonymous=m.anonymous)
    return out


def _relation(head: QuoteMention) -> bool:
    """'박근혜 변호인 “…”': someone named by whom they are to a person, whoever the body
    quotes saying it."""
    return head.speaker_mention is not None and head.speaker_mention.split()[-1] in relations()


def _common_noun(article: Article, head: QuoteMention, names: set[str]) -> bool:
    """A headline's speaker in common nouns that name no one of the article ('어민들',
    '탈락 사업자'): a headline writes who speaks by what they are, and the body quote
    it condenses says who; a name ('트럼프'), a body's short name or title, or an entity stays."""
    said = head.speaker_mention
    if said is None or head.speaker != said or said in names or any(_body_or_title(w) for w in said.split()):
        return False  # '금융위 “…”' with no 금융위원회 in the article is still 금융위
    starts = article.token_starts
    lo = bisect.bisect_left(starts, head.speaker_start or 0)
    tokens = article.tokens[lo : bisect.bisect_left(starts, head.speaker_end or 0)]
    return bool(tokens) and all(t.tag in ("NNG", "XSN") for t in tokens)


def _by_role(article: Article, head: QuoteMention, names: set[str]) -> str | None:
    """'피해자 “…”', '병원장들 “…”': a headline's common noun (less 들) that is a word of
    exactly one person or body the article names ('피해자 여옥순(78) 씨', '… 누리대병원 병원장')
    is that one, though its words differ from the body quote's."""
    if head.speaker_mention is None or not _common_noun(article, head, names):
        return None
    word = head.speaker_mention.removesuffix("들")
    if " " in word or len(word) < 2:
        return None
    fits = [name for name in names if word in name.replace("(", " ").split()]
    return fits[0] if len(fits) == 1 else None


def _lead_name(article: Article, head: QuoteMention, named: Entities | None) -> str | None:
    """'이도훈, 獨 베르크하임 이적 확정…“꿈의 무대에서 증명하겠다”': an unnamed headline quote
    whose headline opens with a person's name, then a comma, is that person's when no body
    quote is condensed."""
    if named is None or not unnamed(article, head):
        return None
    para = article.paragraphs[article.sentences[head.sentence].paragraph]
    lead = _LEAD.match(article.text, para.start, head.start)
    if lead is None:
        return None
    return named.person_named(lead["name"], head.start)


def _body_part(
    article: Article, head: QuoteMention, body: list[QuoteMention], score: Counter[int]
) -> QuoteMention | None:
    """'한빛당 “기금 고갈 막아야”', one word shared with a quote of '한빛당 오세진 의원':
    among the body quotes of the body or title the headline names, the one with most in common."""
    said = head.speaker_mention
    if not _named_head(article, head) or head.speaker not in (None, said):
        return None
    # or the word the body writes for the same speaker ('소속사 “…”' over '소속사 측은 “…”')
    fits = [b for b in score if _names_part_of(head, body[b]) or _same_word(said, body[b].speaker_mention)]
    return body[max(fits, key=lambda b: (score[b], -b))] if fits else None


def _same_word(said: str | None, written: str | None) -> bool:
    if not said or not written:
        return False
    return written == said or written.split()[0] == said


def _named_head(article: Article, m: QuoteMention) -> bool:
    return m.kind == DIRECT and m.speaker_mention is not None and _roles(article, m) in (HEADLINE, SUBHEAD)


def _of_the_body(article: Article, head: QuoteMention, m: QuoteMention) -> bool:
    """The body quote's speaker is the headline's body or title: by name ('금감원' of '서동욱
    금감원 부원장'), or speaking for the body just named in the same paragraph ('민생개혁당은
    반발했다. 당 원내사령탑인 한지수 원내대표는 “…”' under '민생개혁당 “…”')."""
    if _names_part_of(head, m):
        return True
    said = head.speaker_mention
    assert said is not None
    if not all(_body_or_title(w) for w in said.split()) or lexicon().title_end_re.search(said):
        return False
    para = article.paragraphs[article.sentences[m.sentence].paragraph]
    before = article.text[para.start : m.start]
    return said in before or (head.speaker is not None and head.speaker in before)


def _body_or_title(word: str) -> bool:
    lex = lexicon()
    return word in lex.titles or lex.title_end_re.search(word) is not None or word[-1] in lex.org_suffixes


def _names_part_of(head: QuoteMention, m: QuoteMention) -> bool:
    """The headline's speaker is part of the body speaker's name: its words among the body
    speaker's ('금감원' of '서동욱 금감원 부원장'), or its title the end of the body speaker's
    last word ('군수' of '진규리 운하군수')."""
    assert m.speaker is not None and head.speaker_mention is not None
    if head.speaker == m.speaker:
        return False
    words = m.speaker.replace("(", " ").replace(")", " ").split()
    said = head.speaker_mention.split()
    if not all(_body_or_title(w) for w in said):
        return False  # a person's name ('트럼프 “…”') is the speaker the headline gives
    if all(w in words or any(abbreviates(w, x) for x in words) for w in said):
        return True  # '금감원 “…”' for '서동욱 금융감독원 부원장' too
    return len(said) == 1 and len(said[0]) > 1 and words[-1].endswith(said[0]) and words[-1] != said[0]


def _of_sector(sector: str, m: QuoteMention, bodies: set[str]) -> bool:
    assert m.speaker is not None
    if sector == "court":
        return is_court(m.speaker)
    return m.speaker in bodies
