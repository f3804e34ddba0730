"""Who ``이들`` and ``이 단체`` are when no person or company was named for them (issue 20).

Civic groups, coalitions and the members of something are introduced as subjects whose names
hold no word a body's name ends with, often in single quotes (``'충북 기후위기비상행동'이 12일
출범했다``), or as a plural (``청년창업지원센터 'V스퀘어' 입주기업들이``); the copy then goes on
with ``이들은``, ``이 단체는``, ``단체는``. Such a reference takes up the last subject of that sort
in the sentences just before (``group_references`` in speakers.json: ``plural`` for 이들,
which prefers a plural, ``body`` for the others).
"""

from __future__ import annotations

from functools import cache

import regex

from ...lexicon import load
from ...page.article import Article, Sentence
from ...quotemarks import CLOSERS, OPENERS
from .mention import QuoteMention
from .names import ends_as_a_body
from .phrases import noun_phrase, person_phrase
from .speakers import COMPANY, GROUP, ORG, classify, is_subject_particle, lexicon
from .subjects import joined_bodies

_PLURAL_REFERENCES = frozenset({"이들", "그들"})
_BACK = 3  # sentences before the reference looked at: the copy names a group right before


@cache
def group_references() -> dict[str, str]:
    return dict(load("speakers")["group_references"])


def group_taken_up(article: Article, m: QuoteMention) -> str | None:
    """The group or body an unresolved ``이들``/``이 단체`` at the quote ``m`` takes up, or None."""
    written = m.speaker_mention
    if written is None or m.speaker_start is None:
        return None
    # '이들은' resolved to one person ('라이더유니온이 이재명 지사에게 …. 이들은'): a plural takes up
    # a group or a body of the sentences before first
    if m.speaker != written and not (written in _PLURAL_REFERENCES and not _plural(m.speaker or "")):
        return None
    want = group_references().get(written)
    if want is None:
        return None
    here = article.sentence_at(m.speaker_start)
    if here is None:
        return None
    plural: str | None = None
    body: str | None = None
    body_in: Sentence | None = None  # the sentence the body was found in
    body_topic = False
    for s in reversed(article.sentences[max(0, here.index - _BACK) : here.index + 1]):
        for k in range(s.token_end - 1, s.token_start - 1, -1):
            if article.tokens[k].start >= m.speaker_start or not is_subject_particle(article.tokens, k):
                continue
            if _inside_a_quote(article, k, s.token_start):
                continue  # '“지구가 보내는 경고 …”': what someone says, not who
            phrase = _subject(article, k, s.token_start)
            if phrase is None:
                continue
            if plural is None and _plural(phrase):
                plural = phrase
            topic = article.tokens[k].tag == "JX"
            if (body is None or (topic and body_in is s and not body_topic)) and _a_group(
                article, k, s.token_start, phrase
            ):
                # '참여연대는 … 통신 3사가 …다고 지적했다. 이들은': the sentence's topic, not a
                # subject of what it says
                body, body_in, body_topic = phrase, s, topic
        if plural is not None and want == "plural":
            return plural
        if body is not None and want == "body":
            return body
    return body


# '… 학부모 등 200여명', '주민 30여 명': people counted are plural too
_COUNTED = regex.compile(r"\d+\s*(?:여\s*)?명$")


def _plural(phrase: str) -> bool:
    # ('탈핵시민행동, 종교환경회의는': bodies listed together are plural too)
    counted = _COUNTED.search(phrase) is not None
    return (phrase.endswith("들") and len(phrase) > 2) or counted or ", " in phrase


def _inside_a_quote(article: Article, k: int, lo: int) -> bool:
    return any(t.form in OPENERS and t.paired > k for t in article.tokens[lo:k])


def _subject(article: Article, k: int, lo: int) -> str | None:
    """The subject before the particle at ``k``: a name in single quotes as written inside
    them, else its noun phrase; not a reference to someone else ('이 단체는')."""
    tokens, text = article.tokens, article.text
    close = tokens[k - 1] if k > lo else None
    if close is not None and close.form in CLOSERS["single"] and lo <= close.paired < k - 1:
        return text[tokens[close.paired].end : close.start].strip() or None
    span = noun_phrase(article, k, lo)
    if span is None:
        return None
    span = joined_bodies(article, span, lo)
    phrase = text[span[0] : span[1]]
    refs = lexicon().references
    if phrase in refs or phrase in group_references() or phrase.split()[0] in lexicon().determiners:
        return None
    return phrase


def _a_group(article: Article, k: int, lo: int, phrase: str) -> bool:
    tokens = article.tokens
    close = tokens[k - 1] if k > lo else None
    if close is not None and close.form in CLOSERS["single"]:
        return True  # a name the copy marks as one: a body, a campaign, a coalition
    kind = classify(phrase)[0]
    if kind not in (ORG, COMPANY, GROUP):
        return False
    start = article.text.rfind(phrase, 0, tokens[k].start)
    if start >= 0 and person_phrase(article, (start, start + len(phrase))):
        return False
    # any other noun reads as ORG: a body only with a proper noun or a body's ending in it
    last = phrase.split()[-1]
    proper = any(t.tag == "NNP" for t in tokens[article.first_token_from(max(start, 0)) : k])
    return kind != ORG or proper or ends_as_a_body(last)
