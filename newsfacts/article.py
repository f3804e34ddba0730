"""The article model: headline, date line, body paragraphs, page noise, sentences and morphemes.

A pasted news page is a headline block, a date line (``입력 2025년 1월 31일 03시 00분``), the
body, and trailing page noise (reaction buttons, reader comments, recommendation lists, a
copyright line, the reporter's e-mail). Only the headline and the body are handed to the
extractors. Kiwi does not break sentences at line ends, so the text is cut into lines first
and each line (a paragraph in newsroom copy) goes to Kiwi on its own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from datetime import date
from functools import cache, cached_property
from operator import itemgetter
from typing import NamedTuple

import regex

from .kiwi import get_kiwi, tokenize_options
from .lexicon import alternation, load
from .mentions import Span

HEADLINE, HEADING, BODY, NOISE = "headline", "heading", "body", "noise"


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
    role: str  # headline | heading | body | noise


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
    source: str
    text: str
    reference_date: date | None
    headline: Span | None
    dateline: Span | None
    noise_start: int | None  # offset where trailing page noise begins, None when there is none
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]

    @cached_property
    def token_starts(self) -> list[int]:
        """The tokens' start offsets, for bisecting; built once, on first use."""
        return list(map(_START, self.tokens))

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start : sentence.token_end]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any (binary search: sentences are in order)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


# --- lines ------------------------------------------------------------------------------

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_BULLET = regex.compile(r"^[\s\u00a0\u3000•·∙◦▪▶▷►■□◆◇○●\-\*|]*")


class _Line(NamedTuple):
    start: int  # offset of the first character after leading blanks and bullets
    end: int  # offset after the last non-blank character
    text: str


def _lines(text: str) -> list[_Line]:
    out = []
    for m in _LINE.finditer(text):
        raw = m.group().rstrip("\r\n")
        if not raw.strip():
            continue
        lead = _BULLET.match(raw).end()  # type: ignore[union-attr]
        stripped = raw[lead:].rstrip()
        if not stripped:
            continue
        s = m.start() + lead
        out.append(_Line(s, s + len(stripped), stripped))
    return out


# --- the date line --------------------------------------------------------------------------

_DATE_FORMS = r"""
    (?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일
  | (?P<y>\d{4})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)
"""


@cache
def _dateline_re() -> regex.Pattern[str]:
    words = load("article")
    published = alternation(words["dateline_published"])
    modified = alternation(words["dateline_modified"])
    return regex.compile(
        rf"(?:(?P<pub>{published})|(?P<mod>{modified}))(?:\s*(?:일시|시간))?\s*[:：]?\s*(?:{_DATE_FORMS})",
        regex.VERBOSE,
    )


@cache
def _bare_dateline_re() -> regex.Pattern[str]:
    """A line that is nothing but a date and a time, as scraped pages carry under the headline."""
    return regex.compile(
        rf"""^(?:{_DATE_FORMS})\.?(?:\s*\([월화수목금토일]\))?
        (?:\s+(?:오전|오후|AM|PM)?\s*\d{{1,2}}\s*(?::\s*\d{{2}}(?::\d{{2}})?|시(?:\s*\d{{1,2}}\s*분)?))?\s*$""",
        regex.VERBOSE,
    )


def parse_dateline(line: str) -> tuple[date | None, date | None]:
    """The first published and first modified date on a date line; a line that is only a
    date (``2025-08-11 06:00``) is the publication date.

    >>> parse_dateline("입력 2025.01.31 03:00 수정 2025.02.01 08:00")
    (datetime.date(2025, 1, 31), datetime.date(2025, 2, 1))
    """
    published = modified = None
    matches = list(_dateline_re().finditer(line))
    if not matches and (bare := _bare_dateline_re().match(line)):
        matches = [bare]
    for m in matches:
        try:
            d = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if "mod" in m.re.groupindex and m["mod"]:
            if modified is None:
                modified = d
        elif published is None:
            published = d
    return published, modified


_DATELINE_MAX = 120  # a longer line is a sentence that happens to contain the word 입력


def _is_dateline(lines: list[_Line], index: int) -> bool:
    """A labelled date line anywhere; a bare date only in the header block, where a page puts
    it, and with text after it (further down it is a timeline entry; alone it is the text)."""
    line = lines[index]
    if len(line.text) > _DATELINE_MAX:
        return False
    if _dateline_re().match(line.text) is not None:
        return True
    header = index < _HEADER_MAX_LINES and index + 1 < len(lines)
    return header and _bare_dateline_re().match(line.text) is not None


# --- page noise -----------------------------------------------------------------------------


@cache
def _noise_re() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """What a noise line starts with, and what it may say anywhere (tried with ``match`` and
    ``search``: the body lines before the noise are long, and ``match`` stops at their first letter)."""
    words = load("article")
    reactions = alternation(words["reactions"])
    headers = alternation(words["noise_headers"])
    copyright_ = alternation(words["copyright_markers"])
    start = regex.compile(
        rf"""
          (?:{reactions})\s*\d*$                          # 좋아요 1
        | (?:{headers})\s*\(?\d*\)?\s*(?:개)?$            # 댓글 3, 추천 많은 댓글
        | \[?\s*(?:{copyright_})                          # ⓒ 동아일보 & donga.com
        | \d{{4}}[.\-]\d{{1,2}}[.\-]\d{{1,2}}\.?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?$  # a comment's timestamp
        | (?:\#[^\s\#]+[^\#]*){{2,}}$                     # #태그#태그 keyword line
        | (?=.*@)                                        # a byline, looked for only with an @
          .{{0,40}}(?:기자|특파원|논설위원|기상캐스터)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$
        | [\w.+-]+@[\w-]+(?:\.[\w-]+)+$                  # bare e-mail
        """,
        regex.VERBOSE,
    )
    anywhere = regex.compile(r"무단\s*전재|재배포\s*금지")  # ... 무단 전재 및 재배포 금지
    return start, anywhere


def is_noise_line(line: str) -> bool:
    """Whether a line starts the trailing page noise.

    >>> is_noise_line("댓글 3"), is_noise_line("좋아요"), is_noise_line("댓글이 달렸다.")
    (True, True, False)
    """
    start, anywhere = _noise_re()
    line = line.strip()
    return start.match(line) is not None or anywhere.search(line) is not None


# --- structure -----------------------------------------------------------------------------

_HEADER_MAX_LINES = 8  # a headline block is a headline, a few subheads and a byline
_HEADER_LINE_MAX = 100
_HEADING_MAX = 80
# Body sentences end in a period ("…했다."); headlines and subheads do not, even when they end
# in a verb ("불붙었다"), so a short line without final punctuation is a heading.
_TERMINAL = regex.compile(r"[.?!。]['\"’”)\]]*$")


def _role_of_body_line(text: str) -> str:
    if len(text) <= _HEADING_MAX and not _TERMINAL.search(text):
        return HEADING
    return BODY


def _structure(
    text: str, keep_noise: bool
) -> tuple[list[Paragraph], Span | None, Span | None, date | None, int | None]:
    lines = _lines(text)
    datelines = [i for i in range(len(lines)) if _is_dateline(lines, i)]
    reference: date | None = None
    modified: date | None = None
    dateline: Span | None = None
    for i in datelines:
        pub, mod = parse_dateline(lines[i].text)
        if pub and reference is None:
            reference = pub
            dateline = Span(text=lines[i].text, start=lines[i].start, end=lines[i].end)
        if mod and modified is None:
            modified = mod
            if dateline is None:
                dateline = Span(text=lines[i].text, start=lines[i].start, end=lines[i].end)
    if reference is None:
        reference = modified

    # The header block: the lines before the first date line, when that reads like a page top.
    first_dl = datelines[0] if datelines else None
    header_end = 0  # index of the first line after the header block
    headline_idx: int | None = None
    if (
        first_dl is not None
        and first_dl <= _HEADER_MAX_LINES
        and all(len(ln.text) <= _HEADER_LINE_MAX for ln in lines[:first_dl])
    ):
        header_end = first_dl + 1
        # date lines often come in a run (입력 / 수정 on separate lines)
        while header_end < len(lines) and header_end in datelines:
            header_end += 1
        if first_dl > 0:
            headline_idx = 0
        elif header_end < len(lines) and _role_of_body_line(lines[header_end].text) == HEADING:
            headline_idx = header_end
            header_end += 1
    elif lines and _role_of_body_line(lines[0].text) == HEADING:
        headline_idx = 0
        header_end = 1

    noise_idx: int | None = None
    seen_body = False
    for i in range(header_end, len(lines)):
        if i in datelines:
            continue
        if seen_body and is_noise_line(lines[i].text):
            noise_idx = i
            break
        seen_body = True

    paragraphs: list[Paragraph] = []
    dateline_set = set(datelines)
    for i, ln in enumerate(lines):
        if i == headline_idx:
            role = HEADLINE
        elif i < header_end or i in dateline_set:
            continue  # byline, outlet name, date line: meta, not content
        elif noise_idx is not None and i >= noise_idx:
            if not keep_noise:
                continue
            role = NOISE
        else:
            role = _role_of_body_line(ln.text)
        paragraphs.append(
            Paragraph(index=len(paragraphs), start=ln.start, end=ln.end, text=ln.text, role=role)
        )
    headline = None
    if headline_idx is not None:
        ln = lines[headline_idx]
        headline = Span(text=ln.text, start=ln.start, end=ln.end)
    noise_start = lines[noise_idx].start if noise_idx is not None else None
    return paragraphs, headline, dateline, reference, noise_start


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


def _segment(text: str, paragraphs: list[Paragraph]) -> tuple[tuple[Sentence, ...], tuple[Token, ...]]:
    if not paragraphs:
        return (), ()
    # kiwi.tokenize, not split_into_sents: every token carries its sentence number, so the
    # sentences come from the one pass that copies the tokens, where split_into_sents would
    # first regroup them in Python (a tenth of Kiwi's time) for us to walk them again.
    kiwi = get_kiwi()
    pieces = [(para, offset, piece) for para in paragraphs for offset, piece in _pieces(para.text)]
    texts = [piece for _, _, piece in pieces]
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
    for (para, offset, _), found in zip(pieces, results, strict=True):
        base, tbase, number = para.start + offset, len(tokens), -1  # a piece starts a sentence
        # Each attribute of a Kiwi token is a call into kiwipiepy; this reads each field once.
        for t in found:
            if t.sent_position != number:
                number = t.sent_position
                firsts.append((para.index, len(tokens)))
            s, e = t.span
            p = t.paired_token
            add(new(Token, (t.form, t.tag, base + s, base + e, tbase + p if p >= 0 else -1)))
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


def parse_article(
    text: str,
    *,
    source: str = "<text>",
    reference_date: date | None = None,
    keep_noise: bool = False,
) -> Article:
    """Cut ``text`` into its parts and sentences. ``reference_date`` overrides the date line's."""
    paragraphs, headline, dateline, found_date, noise_start = _structure(text, keep_noise)
    sentences, tokens = _segment(text, paragraphs)
    return Article(
        source=source,
        text=text,
        reference_date=reference_date or found_date,
        headline=headline,
        dateline=dateline,
        noise_start=noise_start,
        paragraphs=tuple(paragraphs),
        sentences=sentences,
        tokens=tokens,
    )
