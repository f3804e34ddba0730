"""The subject phrase before a topic or subject particle, read as a speaker (issue 5): the noun
phrase, a group with 에서는, or a paper introduced by what it is with its name after it."""

from __future__ import annotations

import bisect

import regex

from ...page.article import Article
from ...quotemarks import CLOSERS
from .names import bare, ends_as_a_body
from .phrases import noun_phrase, person_phrase
from .reporting import ask_cues
from .speakers import (
    COMPANY,
    GROUP,
    ORG,
    classify,
    group_topic,
    is_role,
    is_title_word,
    lexicon,
    personal_name,
)


def speaker_np(article: Article, k: int, lo: int) -> tuple[int, int] | None:
    """The speaker phrase of the subject particle at token ``k``, None when it cannot be one."""
    tokens = article.tokens
    lex = lexicon()
    if tokens[k].tag == "JX" and group_topic(tokens, k):
        span = noun_phrase(article, k - 1, lo)
        if span is None:
            return None
        written = article.text[span[0] : span[1]]
        return span if classify(written)[0] == GROUP else None
    span = user_id(article, k, lo) or _quoted_outlet(article, k, lo) or noun_phrase(article, k, lo)
    if span is not None and not bare(article.text[span[0] : span[1]]):
        span = _name_before_gloss(article, span, lo)
    if span is None:
        return None
    written = article.text[span[0] : span[1]]
    if written in lex.not_speakers:
        return None
    return joined_bodies(article, span, lo)


_JOINED_TAGS = ("NN", "SL", "SN", "SH", "XSN", "XPN", "SSO", "SSC")


def joined_bodies(article: Article, span: tuple[int, int], lo: int) -> tuple[int, int]:
    """'탈핵시민행동, 종교환경회의는 “…”': bodies listed with commas before the subject's own
    speak together; the span grows over them (bodies only: people listed so are each named)."""
    text, tokens = article.text, article.tokens
    floor = tokens[lo].start
    if text[max(floor, span[0] - 2) : span[0]] != ", " or not _a_body(article, span, named=False):
        return span
    start = span[0]
    while text[max(floor, start - 2) : start] == ", ":
        cut = text.rfind(", ", floor, start - 2)
        item = (cut + 2 if cut >= 0 else floor, start - 2)
        if not 0 < len(text[item[0] : item[1]].split()) <= 4 or not _a_body(article, item):
            break
        start = item[0]
    return (start, span[1]) if start < span[0] else span


def _a_body(article: Article, span: tuple[int, int], named: bool = True) -> bool:
    """A body's name: nouns only, read as no person; ``named``, with a proper noun or a body's
    ending in it (the subject itself need not: '…, 종교환경회의는')."""
    lo = bisect.bisect_left(article.token_starts, span[0])
    hi = bisect.bisect_left(article.token_starts, span[1])
    words = article.tokens[lo:hi]
    if not words or any(not t.tag.startswith(_JOINED_TAGS) for t in words):
        return False
    written = article.text[span[0] : span[1]]
    kind = classify(written)[0]
    if kind not in (ORG, COMPANY, GROUP) or classify(written)[1] or person_phrase(article, span):
        return False
    lex = lexicon()
    if any(personal_name(lex, w) or w == "등" or is_role(lex, w) for w in written.split()):
        return False  # '배우 오달수, 윤제문, 이경영은': people; '경유차, 대형화물선 등이': things
    if not named:
        return True
    last = written.split()[-1]
    return any(t.tag == "NNP" for t in words) or ends_as_a_body(last)


def _name_before_gloss(article: Article, span: tuple[int, int], lo: int) -> tuple[int, int] | None:
    """'「민족의 화해와 통일을 위한 종교인협의회」(공동대표 …)는': a gloss alone is no speaker; the
    name in brackets right before it is. None when there is none."""
    tokens = article.tokens
    k = bisect.bisect_left(article.token_starts, span[0]) - 1
    if k <= lo or tokens[k].tag != "SSC" or tokens[k].end != span[0] or not lo <= tokens[k].paired < k - 1:
        return None
    return tokens[tokens[k].paired].end, tokens[k].start


#: a user's handle on a portal or a social network, as copy quotes netizens: 'sich****' (the
#: portal masks its end), '@KwonWS'
USER_ID = regex.compile(r"^(?:@[A-Za-z0-9_.]{2,30}|[A-Za-z][A-Za-z0-9_.]{1,19}\*{2,})$")


def user_id(article: Article, k: int, lo: int) -> tuple[int, int] | None:
    """The handle before the subject particle at ``k``: "네이버 아이디 'pcpa****'는", "'q730****'는",
    '아이디 @KwonWS는', '@madpen10 아이디는'."""
    tokens, text = article.tokens, article.text
    before = k - 1
    if before > lo and tokens[before].form == "아이디" and tokens[before - 1].tag == "W_MENTION":
        before -= 1  # '@madpen10 아이디는'
    if before < lo:
        return None
    t = tokens[before]
    if t.tag == "W_MENTION":
        return (t.start, t.end) if USER_ID.match(t.form) else None
    if t.tag == "SSC" and t.form in CLOSERS["single"] and lo <= t.paired < before:
        span = tokens[t.paired].end, t.start
        return span if USER_ID.match(text[span[0] : span[1]]) else None
    return None


def _quoted_outlet(article: Article, k: int, lo: int) -> tuple[int, int] | None:
    """'현지 일간지 ‘라 가제타’는 “…”': a paper introduced by what it is, its name in single
    quotes; the name is the speaker."""
    tokens = article.tokens
    close = k - 1
    if close <= lo or tokens[close].tag != "SSC" or tokens[close].form not in CLOSERS["single"]:
        return _outlet_named_after(article, k, lo)
    open_ = tokens[close].paired
    if not lo < open_ < close - 1 or tokens[open_ - 1].form not in lexicon().outlet_nouns:
        return None
    return tokens[open_].end, tokens[close].start


_WORD = regex.compile(r"\S+")
_NAME_WORD = regex.compile(r"^[\p{L}·&-]+$")


def _outlet_named_after(article: Article, k: int, lo: int) -> tuple[int, int] | None:
    """'현지 일간지 라 노테 델 마레는 “…”': two to five words of letters between what a paper
    is and the particle are its foreign name, however Kiwi cuts it ('일간지 라' as 일간지 +
    이라); not a person of the paper ('이 신문 편집국장은')."""
    tokens = article.tokens
    nouns = lexicon().outlet_nouns
    before = article.text[tokens[lo].start : tokens[k].start]
    if not any(noun in before for noun in nouns):
        return None  # asked at every subject: most sentences have no word for a paper at all
    words = list(_WORD.finditer(article.text, tokens[lo].start, tokens[k].start))
    for i in range(len(words) - 2, max(-1, len(words) - 7), -1):
        if words[i].group() in nouns:
            name = words[i + 1 :]
            if len(name) < 2:
                return None  # one word is what the noun phrase reads anyway ('일간지 가디언은')
            last = name[-1].group()
            if is_title_word(lexicon(), last) or is_role(lexicon(), last) or last in lexicon().groups:
                return None  # '이 신문 편집국장은': a person of the paper
            lo_t = bisect.bisect_left(article.token_starts, name[0].start())
            if any(t.tag.startswith("J") for t in tokens[lo_t:k]):
                return None  # '방송 말미에 성민아는': a particle ends a phrase, a name has none
            if all(_NAME_WORD.match(w.group()) for w in name):
                return name[0].start(), name[-1].end()
            return None
    return None


def asked(article: Article, c0: int, c1: int) -> tuple[int, int] | None:
    """'민 대표에게 상장 계획을 묻자 “…”고 답했다': the one asked, before 에게, answers a quote that
    has no subject of its own (between ``c0`` and the quote at ``c1``)."""
    m = ask_cues().search(article.text, c0, c1)
    if m is None:
        return None
    k = bisect.bisect_left(article.token_starts, m.start())
    if k >= len(article.tokens) or article.tokens[k].form != "에게":
        return None
    return noun_phrase(article, k, bisect.bisect_left(article.token_starts, c0))
