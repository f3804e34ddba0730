"""Headline and subhead quotes whose speaker the page writes around them (issue 20).

Read after the body's speakers, their fullest forms and the headline quotes ``condensed``
lists: a quote with no speaker is the person written after it on its line (after a dash, dots
or a bracketed series title: ``◇"…" - 女 풀코스 배정임씨``, ``“…”....이창용 한은 총재``; above the
body, a name and post or a bare name and a comma right after it); a subhead of quotes goes on
with the headline's one speaker; a family name and a post with no full form in the body is the
headline's bare name with that family name (``신창재 “…”`` over ``신 의장은``); last, a quote
above the body that condenses no body quote is the one person the body quotes above all.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import regex

from ...page.article import HEADLINE, SUBHEAD, Article
from .entities import Entities, titled_name_re
from .mention import DIRECT, QuoteMention
from .names import short_parts
from .shortforms import is_title
from .soundbites import QUOTE_LINE
from .speakers import OFFICIAL, PERSON, classify, lexicon, personal_name

# what follows a quote on its line, to the line's end: '◇"첫 출전에 우승 기쁨 두배" - 女 풀코스
# 배정임씨', '“남북한 음악가 계속 만났으면” 정명훈 예술감독 佛라디오 회견'
_AFTER_QUOTE = regex.compile(
    r"[ \t]*(?P<dash>(?:[-–—]|\.{2,}|…+)[ \t]*)?(?P<tag>[<〈][^<>〈〉\n]{1,30}[>〉][ \t]*)?"
    r"(?P<rest>[^\n“”\"‘’'\[\]:]{2,40}?)[ \t]*(?=\n|\Z)"
)
_SSI_LAST = regex.compile(r"(?<!\S)(?P<who>\p{Hangul}{2,4}) ?씨$")


def trailing_people(article: Article, read: list[QuoteMention], named: Entities) -> list[QuoteMention]:
    """``read`` with a subhead's or headline's quote that has no speaker given the person after
    it on its line: after a dash ('- 女 풀코스 배정임씨'), or (above the body) a name and post
    right after it. Read last: the headline quotes are listed by ``condensed``."""
    text = article.text
    out = list(read)
    for n, q in enumerate(out):
        if q.speaker is not None or q.kind != DIRECT or q.end >= len(text):
            continue
        span = _person_after(article, q, named)
        if span is None:
            continue
        written = text[span[0] : span[1]]
        name = named.fullest(written, q.start) or written
        out[n] = dataclasses.replace(
            q, speaker=name, speaker_mention=written, speaker_start=span[0], speaker_end=span[1]
        )
    out = _short_forms_of_headline_names(article, _subheads_under(article, out, named), named)
    return _one_voice(article, out, named)


def _one_voice(article: Article, out: list[QuoteMention], named: Entities) -> list[QuoteMention]:
    """A headline or subhead quote that condenses no body quote, in an article whose body
    quotes one person above all (three quarters of its direct quotes, three at least): that
    person's."""
    if not any(q.speaker is None and named.above_body(q.start) for q in out):
        return out
    said = Counter(q.speaker for q in out if q.kind == DIRECT and not named.above_body(q.start))
    total = sum(said.values())
    top = [(who, n) for who, n in said.most_common(1) if who is not None]
    if not top or top[0][1] < 3 or top[0][1] * 4 < total * 3:
        return out
    who = top[0][0]
    return [dataclasses.replace(q, speaker=who) if q.speaker is None and named.above_body(q.start) else q
            for q in out]  # fmt: skip


def _person_after(article: Article, q: QuoteMention, named: Entities) -> tuple[int, int] | None:
    text = article.text
    above = named.above_body(q.start)
    bare = _NAME_COMMA.match(text, q.end + 1) if above else None
    if bare is not None and personal_name(lexicon(), bare["who"]):
        return bare.span("who")  # '“尹 끝장이 바로 민생” 안해욱, 첫 공식 선거운동 …'
    m = _AFTER_QUOTE.match(text, q.end + 1)
    if m is None:
        return None
    rest, at = m["rest"], m.start("rest")
    who = _SSI_LAST.search(rest) if m["dash"] else None
    known = who is not None and named.fullest(who["who"], q.start) is not None
    if who is not None and (known or personal_name(lexicon(), who["who"])):
        return at + who.start(), at + who.end()
    if m["dash"] or m["tag"] or above:
        # the name and post right after the mark, or ending the line ('<취임 100일 인터뷰>
        # 고덕농협 윤관호 조합장')
        titled = titled_name_re().match(rest)
        last = [t for t in titled_name_re().finditer(rest) if t.end() == len(rest)]
        if titled is None and last:
            titled = last[0]
        if titled is not None and not _a_name_here(article, at + titled.start("name"), titled["name"]):
            titled = None  # '신학기 특수 사라진 전통시장' is no one ('시장' a market)
        if titled is not None:
            return at + titled.start(), at + titled.end()
    return None


def _a_name_here(article: Article, start: int, word: str) -> bool:
    """``word`` at ``start`` has a name's shape and Kiwi reads no common word in it ('신/XPN
    학기/NNG' is the new term; '한/MM 서/NNG 윤/NNG' may be a name Kiwi did not know)."""
    if not personal_name(lexicon(), word):
        return False
    tokens, end = article.tokens, start + len(word)
    k = article.first_token_from(start)
    while k < len(tokens) and tokens[k].start < end:
        t = tokens[k]
        if t.tag == "XPN" or (t.tag == "NNG" and len(t.form) >= 2 and (t.start > start or t.form == word)):
            return False
        k += 1
    return True


_NAME_COMMA = regex.compile(r"[ \t]*(?P<who>\p{Hangul}{2,4}),")


def _subheads_under(article: Article, out: list[QuoteMention], named: Entities) -> list[QuoteMention]:
    """A subhead line that is only a quote, under a headline that gives one person's quote
    ('위성곤 후보 “…”'): the subhead goes on with that person's words."""
    text = article.text
    said = {q.speaker for q in out if q.speaker and _role_at(article, q.start) == HEADLINE}
    if len(said) != 1 or not any(q.speaker is None for q in out):
        return out
    (speaker,) = said
    if classify(speaker)[0] not in (PERSON, OFFICIAL):
        return out
    for n, q in enumerate(out):
        if q.speaker is not None or q.kind != DIRECT or _role_at(article, q.start) != SUBHEAD:
            continue
        one = article.sentence_at(q.start)
        p = article.paragraphs[one.paragraph] if one is not None else None
        if p is None or QUOTE_LINE.match(text, p.start, p.end) is None:
            continue
        out[n] = dataclasses.replace(q, speaker=speaker)
    return out


def _short_forms_of_headline_names(
    article: Article, out: list[QuoteMention], named: Entities
) -> list[QuoteMention]:
    """'신 의장은', '안 후보는' (and a '그는' taken up as such) left short, when the only name
    with that family name is a headline speaker's, written bare ('신창재 “…”'): that person,
    with the post."""
    heads = {q.speaker for q in out if q.speaker and _role_at(article, q.start) == HEADLINE}
    bare_names = [h for h in heads if " " not in h and personal_name(lexicon(), h)]
    if not bare_names:
        return out
    fuller: dict[str, str] = {}
    for n, q in enumerate(out):
        parts = short_parts(q.speaker) if q.speaker and " " in q.speaker else None
        if parts is None or len(parts[0]) != 1 or not is_title(parts[1]):
            continue
        fits = [h for h in bare_names if h.startswith(parts[0]) and len(h) > 1]
        if len(fits) == 1:
            fuller.setdefault(fits[0], f"{fits[0]} {parts[1]}")
            out[n] = dataclasses.replace(q, speaker=fuller[fits[0]])
    # and the headline's bare name is the same person with the post the body gives
    return [dataclasses.replace(q, speaker=fuller[q.speaker]) if q.speaker in fuller else q for q in out]


def _role_at(article: Article, at: int) -> str | None:
    one = article.sentence_at(at)
    return article.paragraphs[one.paragraph].role if one is not None else None
