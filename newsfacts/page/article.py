"""The article model: the page's content paragraphs, their sentences and morphemes.

``newsfacts.page.layout`` gives every line of a pasted page its role; only the content (headline,
subheads, captions, body) is handed to the extractors. Kiwi does not break sentences at line
ends, so each paragraph (a line in newsroom copy, or a hard-wrapped run of lines) goes to Kiwi
on its own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

import regex

from ..kiwi import get_kiwi, tokenize_options
from ..mentions import Span
from .layout import (
    BODY,
    CAPTION,
    CHROME,
    CONTENT_ROLES,
    HEADLINE,
    NOISE,
    RELATED,
    SUBHEAD,
    Layout,
    Shift,
    analysis_text,
    is_noise_line,
    parse_dateline,
    read_page,
)

_T = TypeVar("_T")

__all__ = [
    "BODY",
    "CAPTION",
    "HEADLINE",
    "NOISE",
    "SUBHEAD",
    "Article",
    "Paragraph",
    "Sentence",
    "Token",
    "is_noise_line",
    "parse_article",
    "parse_dateline",
]


class Token(NamedTuple):
    """One Kiwi morpheme with offsets into the whole article text.

    ``paired`` is the index in ``Article.tokens`` of the bracket or quote mark that closes
    (or opens) this one, or -1; Kiwi gives it for SSO/SSC tokens.
    """

    form: str
    tag: str
    start: int
    end: int
    paired: int


_START = itemgetter(2)  # Token.start, read in C


@dataclasses.dataclass(frozen=True, kw_only=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    role: str  # headline | subhead | caption | body; with keep_noise also noise | related | chrome


@dataclasses.dataclass(frozen=True, kw_only=True)
class Sentence:
    """A sentence as Kiwi cut it; ``tokens`` is the slice ``token_start:token_end`` of the article's."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    token_start: int
    token_end: int


@dataclasses.dataclass(frozen=True, kw_only=True)
class Article:
    """An article as the extractors read it.

    ``text`` is what the rules and Kiwi read: the input, except that the line breaks inside a
    hard-wrapped paragraph are spaces (same length, so offsets are the input's);
    ``source_text`` is the input as decoded, which results quote. In a text wrapped inside
    words the breaks are taken out instead and ``shifts`` says which offsets moved.
    """

    source: str
    text: str
    source_text: str
    shifts: tuple[Shift, ...]  # where ``text`` moved a word up to close a line break taken out
    reference_date: date | None
    headline: Span | None
    dateline: Span | None
    noise_start: int | None  # offset where trailing page noise begins, None when there is none
    layout: Layout
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    #: the clock of the reference when it was given as a datetime: what 지난 2시간 counts from
    reference_time: time | None = None

    @cached_property
    def token_starts(self) -> list[int]:
        """The tokens' start offsets, for bisecting; built once, on first use."""
        return list(map(_START, self.tokens))

    @cached_property
    def _derived(self) -> dict[Callable[[Article], Any], Any]:
        return {}

    def derived(self, read: Callable[[Article], _T]) -> _T:
        """What ``read`` finds in this article, read once and kept with it: money and exchange
        rates are read in one pass and asked for one after the other."""
        if read not in self._derived:
            self._derived[read] = read(self)
        return self._derived[read]

    def __getstate__(self) -> dict[str, Any]:
        """What is derived is left behind: a worker sends its documents back without it."""
        state = dict(self.__dict__)
        state.pop("_derived", None)
        return state

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def token_at(self, offset: int) -> Token | None:
        """The morpheme that starts exactly at ``offset``, if any."""
        starts = self.token_starts
        i = bisect.bisect_left(starts, offset)
        if i < len(starts) and starts[i] == offset:
            return self.tokens[i]
        return None

    def first_token_from(self, offset: int) -> int:
        """Index of the first morpheme starting at or after ``offset``."""
        return bisect.bisect_left(self.token_starts, offset)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any (binary search: sentences are in order)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def _paragraphs(text: str, layout: Layout, keep_noise: bool) -> list[Paragraph]:
    kept = CONTENT_ROLES | ({NOISE, RELATED, CHROME} if keep_noise else frozenset())
    paragraphs: list[Paragraph] = []
    for line in layout.lines:
        if line.role in kept:
            paragraphs.append(
                Paragraph(
                    index=len(paragraphs),
                    start=line.start,
                    end=line.end,
                    text=text[line.start : line.end],
                    role=line.role,
                )
            )
    return paragraphs


#: Kiwi's time grows faster than a paragraph's length (one line of 100k characters: 2.9 s, ten
#: times 10k: 1.9 s), so a paragraph longer than this goes to Kiwi in pieces of about this size,
#: cut at sentence ends; no piece is longer than the second, cut at a space if need be (a
#: "quote" that long is a stray mark, and text with no sentence end is not prose)
PIECE_CHARS, MAX_PIECE_CHARS = 2_000, 10_000
#: where a piece may end: a sentence end after Hangul ('했다. ', '까? ', '했다.” ') and its spaces
_PIECE_END = re.compile(r"[가-힣][.?!]+[”’\"')]*\s+")  # the standard library's: no regex needed


def _pieces(text: str) -> list[tuple[int, str]]:
    """``(offset, piece)`` of a paragraph: itself when short, else cut at sentence ends every
    ``PIECE_CHARS`` or so, never inside a quote (more “ than ” so far, or an odd number of "),
    so a quote Kiwi would pair is not cut. Linear: each character is counted once.

    >>> [offset for offset, _ in _pieces("가나다라마바사 했다. " * 500)]
    [0, 2004, 4008]
    """
    if len(text) <= PIECE_CHARS:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = scanned = opens = straight = 0  # quote marks counted in text[start:scanned]
    for end in [*(m.end() for m in _PIECE_END.finditer(text)), len(text)]:
        while end - start > MAX_PIECE_CHARS:
            space = text.rfind(" ", start + PIECE_CHARS, start + MAX_PIECE_CHARS)
            cut = space + 1 if space > start else start + MAX_PIECE_CHARS
            pieces.append((start, text[start:cut]))
            start = scanned = cut
            opens = straight = 0
        if end > scanned:
            segment = text[scanned:end]
            opens += segment.count("“") - segment.count("”")
            straight += segment.count('"')
            scanned = end
        if end - start >= PIECE_CHARS and end < len(text) and opens <= 0 and straight % 2 == 0:
            pieces.append((start, text[start:end]))
            start, opens, straight = end, 0, 0
    if start < len(text):
        pieces.append((start, text[start:]))
    return pieces


_AS_QUOTE_MARKS = str.maketrans({"″": '"', "‶": '"'})
# '… 트위터를 통해 ”지난 2017년 …“': a closing mark written to open a quote (after a space,
# before a word) is read as the opening one
_OPENING_CLOSER = regex.compile(r"(?:(?<=\s)|^)”(?=[\p{Hangul}\p{L}\d‘'])")


# '▲ "…. …." (… 의원, …)': before a straight mark a bullet makes Kiwi read the mark as a
# closing one; as a blank it reads the mark as opening
_BULLET_BEFORE_MARK = regex.compile(r"^[▲△▶▷■□●○◆◇•·\-]+(?=\s*\")")


def _as_kiwi_reads(piece: str) -> str:
    piece = piece.translate(_AS_QUOTE_MARKS)
    if piece[:1] in "▲△▶▷■□●○◆◇•·-" and (bullet := _BULLET_BEFORE_MARK.match(piece)) is not None:
        piece = " " * bullet.end() + piece[bullet.end() :]
    # not where straight marks close what ” opened ('”오늘 …"면서 "…"'): Kiwi pairs those
    return _OPENING_CLOSER.sub("“", piece) if "”" in piece and '"' not in piece else piece


def _segment(text: str, paragraphs: list[Paragraph]) -> tuple[tuple[Sentence, ...], tuple[Token, ...]]:
    if not paragraphs:
        return (), ()
    # kiwi.tokenize, not split_into_sents: every token carries its sentence number, so the
    # sentences come from the one pass that copies the tokens, where split_into_sents would
    # first regroup them in Python (a tenth of Kiwi's time) for us to walk them again.
    kiwi = get_kiwi()
    pieces = [(para, offset, piece) for para in paragraphs for offset, piece in _pieces(para.text)]
    # '″…″' (double primes, some broadcasters' pages): Kiwi pairs only the marks it knows; one
    # character for one, so every offset stays the text's
    texts = [_as_kiwi_reads(piece) for _, _, piece in pieces]
    # One call with every paragraph lets Kiwi's threads share them. Single-threaded, that
    # form still hands them to a worker thread and waits, which costs 5-10 % more than a
    # call per paragraph on the caller's thread; the tokens are the same either way.
    options = tokenize_options()
    if kiwi.num_workers > 1:
        results = kiwi.tokenize(texts, **options)
    else:
        results = [kiwi.tokenize(t, **options) for t in texts]
    tokens: list[Token] = []
    add = tokens.append
    new = tuple.__new__  # Token(...) goes through a Python-level __new__: a third slower
    firsts: list[tuple[int, int]] = []  # (paragraph index, first token) of each sentence
    for (para, offset, _), found, read in zip(pieces, results, texts, strict=True):
        base, tbase, number = para.start + offset, len(tokens), -1  # a piece starts a sentence
        # Each attribute of a Kiwi token is a call into kiwipiepy; this reads each field once.
        for t in found:
            if t.sent_position != number:
                number = t.sent_position
                firsts.append((para.index, len(tokens)))
            s, e = t.span
            p = t.paired_token
            add(new(Token, (t.form, t.tag, base + s, base + e, tbase + p if p >= 0 else -1)))
        if '"' in read:
            _pair_straight_marks(tokens, tbase)
    sentences = []
    for i, (paragraph, first) in enumerate(firsts):
        last = firsts[i + 1][1] if i + 1 < len(firsts) else len(tokens)
        start, end = tokens[first].start, tokens[last - 1].end
        sentences.append(
            Sentence(
                index=i,
                start=start,
                end=end,
                text=text[start:end],
                paragraph=paragraph,
                token_start=first,
                token_end=last,
            )
        )
    return tuple(sentences), tuple(tokens)


def _pair_straight_marks(tokens: list[Token], first: int) -> None:
    """'"좋은 동반자입니다. 존중합니다." (…)': Kiwi leaves straight marks that run over a
    sentence's end unpaired; an even number of them left in a piece pair in turn."""
    left = [i for i in range(first, len(tokens)) if tokens[i].form == '"' and tokens[i].paired < 0]
    if len(left) < 2 or len(left) % 2:
        return
    for i, j in zip(left[::2], left[1::2], strict=True):
        tokens[i] = tokens[i]._replace(tag="SSO", paired=j)
        tokens[j] = tokens[j]._replace(tag="SSC", paired=i)


def parse_article(
    text: str,
    *,
    source: str = "<text>",
    reference_date: date | None = None,
    keep_noise: bool = False,
) -> Article:
    """Cut ``text`` into its parts and sentences. ``reference_date`` overrides the date line's;
    a datetime also gives the clock of the reference (``reference_time``)."""
    clock = reference_date.time() if isinstance(reference_date, datetime) else None
    if isinstance(reference_date, datetime):
        reference_date = reference_date.date()
    layout = read_page(text)
    analysed, shifts = analysis_text(text, layout)
    paragraphs = _paragraphs(analysed, layout, keep_noise)
    sentences, tokens = _segment(analysed, paragraphs)
    headline = layout.headline
    dateline = layout.dateline
    return Article(
        source=source,
        text=analysed,
        source_text=text,
        shifts=shifts,
        reference_date=reference_date or layout.reference_date,
        headline=Span(text=headline.text, start=headline.start, end=headline.end) if headline else None,
        dateline=Span(text=dateline.text, start=dateline.start, end=dateline.end) if dateline else None,
        noise_start=layout.noise_start,
        layout=layout,
        paragraphs=tuple(paragraphs),
        sentences=sentences,
        tokens=tokens,
        reference_time=clock,
    )
