"""Broadcasters' soundbites: speech printed without quote marks, after who says it.

Broadcast news pages print an interviewee's words in brackets after their name and post,
``[홍순철/공인중개사 : 전세 문의가 부쩍 늘었습니다.]`` (SBS) or ``[김OO / 서울 망원동 : …]``
(YTN). The words are a direct quote; who says them is written before the colon. Only the
slashed form counts: ``[앵커]``, ``[기자]`` name a part of the script, and a bracket without a
post is as often a caption.
"""

from __future__ import annotations

import regex

from ...page.article import BODY, Article
from .mention import DIRECT, QuoteMention, quote_mention
from .speakers import PERSON, Speaker

_SOUNDBITE = regex.compile(
    r"\[\s*(?P<who>[^\[\]/:\n]{2,20}?)\s*/\s*(?P<post>[^\[\]/:\n]{1,40}?)\s*:\s*"
    r"(?P<said>[^\[\]]*?\S)\s*(?:\]|$)"
)
_WHEN = regex.compile(r"\s*[(（][^()（）]*[)）]$")
_PARTS = frozenset({"앵커", "기자", "리포트", "인터뷰", "현장음", "녹취"})  # a script's parts, no one


def soundbites(article: Article, taken: list[QuoteMention]) -> list[QuoteMention]:
    """The soundbites of the article's body paragraphs that hold no direct quote already read
    (a claim read inside one, '…있다고 했습니다', is the soundbite's words: ``reading`` drops it)."""
    out: list[QuoteMention] = []
    text = article.text
    for p in article.paragraphs:
        if p.role != BODY or "[" not in p.text or ":" not in p.text:
            continue  # most paragraphs: a bracket and a colon are both needed
        if any(p.start <= q.start < p.end and q.kind == DIRECT for q in taken):
            continue  # quote marks were read: the paragraph is no soundbite
        m = _SOUNDBITE.match(text, p.start, p.end)
        if m is None or m["who"].strip() in _PARTS:
            continue
        post = _WHEN.sub("", m["post"]).rstrip()  # '자유한국당 의원 (어제)': when, not who
        end = m.start("post") + len(post)
        who = text[m.start("who") : end]
        name = f"{m['who'].strip()} {post}"
        speaker = Speaker(name, who, m.start("who"), end, False, PERSON)
        out.append(
            quote_mention(article, m.start("said"), m.end("said"), kind=DIRECT, speaker=speaker, verb=None)
        )
    return out
