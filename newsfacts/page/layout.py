"""The page model: what each line of a pasted news page is.

Users paste whole pages: menus and tickers above the headline, subheads, bylines, a date line
in one of a dozen forms, photo captions, share widgets, related-article boxes, comments, or an
archive hard-wrapped at 40 columns. Every line (or wrapped paragraph) gets one role:

- content, handed to the extractors: ``headline``, ``subhead`` (under the headline, and
  crossheads in the body), ``caption`` (a photo caption: the newsroom's own text), ``body``;
- not content, each with its reason: ``byline``, ``dateline``, ``chrome`` (site furniture at
  the top or inside the article), ``related`` (related-article and most-read boxes) and
  ``noise`` (everything from the start of the comments and trailing lists to the end).

Two rules keep this honest. A date line is recognised by its shape, not by a word list alone:
a full date (usually with a time) in a short line whose other words are labels, a byline, an
e-mail or counters. And the classification never removes the body: a rule that would drop
most of the page's sentences is wrong for that page, so the text is kept and a note says so.

Pure string work, no Kiwi: it runs before the morphemes and costs a small part of an extraction.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import cache
from typing import NamedTuple

import regex

from ..lexicon import alternation, load

HEADLINE, SUBHEAD, CAPTION, BODY = "headline", "subhead", "caption", "body"
BYLINE, DATELINE, CHROME, RELATED, NOISE = "byline", "dateline", "chrome", "related", "noise"
CONTENT_ROLES = frozenset({HEADLINE, SUBHEAD, CAPTION, BODY})
ROLES = (HEADLINE, SUBHEAD, CAPTION, BODY, BYLINE, DATELINE, CHROME, RELATED, NOISE)


class PageLine(NamedTuple):
    """One line of the page, or a paragraph of several hard-wrapped lines, with its role.

    ``start``/``end`` index the input (after leading blanks and bullets, before trailing
    blanks); ``text`` is ``input[start:end]``, newlines of a wrapped paragraph included.
    ``reason`` says why a line that is not content was left out. (A named tuple, not a frozen
    dataclass: a page has dozens of them, and a frozen dataclass takes ten times as long to make.)
    """

    start: int
    end: int
    text: str
    role: str
    reason: str | None = None
    wrapped: bool = False  # several input lines read as one paragraph


@dataclasses.dataclass(frozen=True, kw_only=True)
class Layout:
    lines: tuple[PageLine, ...]
    reference_date: date | None
    dateline: PageLine | None  # the line the reference date was read from
    noise_start: int | None  # offset where the trailing page noise begins
    notes: tuple[str, ...] = ()  # what the safety rules did, for the user
    # the line breaks inside wrapped paragraphs, as (start, end) of the break characters
    breaks: tuple[tuple[int, int], ...] = ()
    inside_words: bool = False  # wrapped by characters: a break stands inside a word

    @property
    def headline(self) -> PageLine | None:
        return next((ln for ln in self.lines if ln.role == HEADLINE), None)


class _Line(NamedTuple):
    number: int  # the line's number in the input, blank lines counted
    raw_start: int  # where the line starts, blanks and bullets included
    raw_len: int  # its length without the line break
    start: int  # after leading blanks and bullets
    end: int  # after the last non-blank character
    text: str
    bulleted: bool


# --- lines ------------------------------------------------------------------------------

_BULLET = regex.compile(r"^[\s\u00a0\u3000•·∙◦▪▶▷►■□◆◇○●\-\*|]*")


_BULLET_CHARS = frozenset(" \t\u00a0\u3000•·∙◦▪▶▷►■□◆◇○●-*|")


# A page has dozens of lines, each made into several named tuples on its way: made with
# tuple.__new__, a named tuple costs half of what its generated constructor does.
_new = tuple.__new__


def _lines(text: str) -> list[_Line]:
    out = []
    at = 0
    for number, line in enumerate(text.splitlines(True)):
        start, at = at, at + len(line)
        raw = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        if not raw or raw.isspace():
            continue
        if raw[0] not in _BULLET_CHARS:
            stripped = raw.rstrip()
            out.append(_new(_Line, (number, start, len(raw), start, start + len(stripped), stripped, False)))
            continue
        lead = _BULLET.match(raw).end()  # type: ignore[union-attr]
        stripped = raw[lead:].rstrip()
        if not stripped:
            continue
        s = start + lead
        # a bullet stands apart from its text ("• 항목"); "·일본어" is a line cut before a middle dot
        bulleted = bool(raw[:lead].strip()) and raw[lead - 1].isspace()
        out.append(_new(_Line, (number, start, len(raw), s, s + len(stripped), stripped, bulleted)))
    return out


# Body sentences end in a period ("…했다."); headlines and subheads do not, even when they end
# in a verb ("불붙었다").
_CLOSERS = "'\"’”)]」』"


def _is_sentence(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return bool(t) and t[-1] in ".?!。"


def _is_formal(text: str) -> bool:
    """A sentence that ends in a declarative or polite ending (…했다., …입니다.)."""
    t = text.rstrip(_CLOSERS)
    return len(t) >= 2 and t[-1] in ".?!" and t[-2] in _FORMAL_ENDS


_FORMAL_ENDS = "다요까죠음함됨임"


# --- dates and times --------------------------------------------------------------------------

_DATE = r"""(?:
    (?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일
  | (?P<y>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)\.?
)"""
_TIME = r"""(?:
    \s*(?:\(\s*[월화수목금토일](?:요일)?\s*\)|[월화수목금토일]요일)?
    (?P<time>\s*(?:오전|오후|AM|PM|am|pm)?\s*\d{1,2}\s*(?::\s*\d{2}(?:\s*:\s*\d{2})?|시(?:\s*\d{1,2}\s*분)?(?:\s*\d{1,2}\s*초)?)
        (?:\s*(?:AM|PM|am|pm|KST))?)?
)"""
_SEP = r"[\s:：|│•·∙/\-–—\[\]()]*"


@cache
def _words() -> dict[str, list[str]]:
    return load("page")


@cache
def _date_time_re() -> regex.Pattern[str]:
    return regex.compile(_DATE + _TIME, regex.VERBOSE)


@cache
def _label_re() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A label just before a date (``입력 :``) and just after one (``… 11시 05분 입력``)."""
    w = _words()
    labels = alternation(w["dateline_published"] + w["dateline_modified"])
    suffix = r"(?:\s*(?:일시|일자|시간|시각|일|日))?"
    before = regex.compile(rf"(?P<label>{labels}){suffix}{_SEP}$")
    after = regex.compile(rf"^{_SEP}(?P<label>{labels}){suffix}(?=$|[\s|│•·:：\])])")
    return before, after


@cache
def _label_kinds() -> dict[str, str]:
    w = _words()
    kinds = {label: "published" for label in w["dateline_published"]}
    kinds.update({label: "modified" for label in w["dateline_modified"]})
    return kinds


@cache
def _byline_re() -> regex.Pattern[str]:
    titles = alternation(_words()["byline_titles"])
    name = r"[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*"
    return regex.compile(
        rf"(?:(?<=^|[\s\[(=·|/])(?:{name})\s*(?:{titles})(?=$|[\s\])|=,·/]|[\w.+-]+@))"
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    )


@cache
def _residue_re() -> regex.Pattern[str]:
    """What may stand in a date line beside the dates: counters, separators, brackets."""
    counts = alternation(_words()["count_words"])
    return regex.compile(rf"(?:{counts})\s*\d+|[|│•·∙:：/\-–—=\[\]()<>,]+")


_WORD = regex.compile(r"\S+")
_TIME_ONLY = regex.compile(
    r"^(?:[\s|│•·:：]*(?:오전|오후|AM|PM|(?:오전|오후|AM|PM)?\s*\d{1,2}\s*(?::\s*\d{2}(?::\d{2})?|시(?:\s*\d{1,2}\s*분)?)"
    r"|(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2}\.?|수정|입력|최종수정|업데이트))+\s*$"
)


class DateFound(NamedTuple):
    published: date | None
    modified: date | None
    unlabelled: date | None  # a date with no label, or a label we do not know
    labelled: bool  # a known label stood beside a date


def _read_dates(
    line: str, start: int = 0, end: int | None = None
) -> tuple[DateFound, list[tuple[int, int]], bool]:
    """Every date of a line with its label; also the spans that are dates or labels, and
    whether a date (a valid one or not) has its time."""
    before, after = _label_re()
    words = _label_words()
    kinds = _label_kinds()
    published = modified = unlabelled = None
    labelled = False
    spans: list[tuple[int, int]] = []
    end = len(line) if end is None else end
    matches = list(_date_time_re().finditer(line, start, end))
    for i, m in enumerate(matches):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))  # y, m, d: numbers are quicker than names
        except ValueError:
            continue
        spans.append(m.span())
        lo = matches[i - 1].end() if i else start
        # (each label pattern is tried only where a label word stands: they are slow)
        label = before.search(line, lo, m.start()) if words.search(line, lo, m.start()) else None
        if label is None:
            hi = matches[i + 1].start() if i + 1 < len(matches) else end
            label = after.match(line, m.end(), hi) if words.search(line, m.end(), hi) else None
            # a label that a later date follows is that date's, not this one's
            if label is not None and i + 1 < len(matches) and not line[label.end() : hi].strip(" :：|"):
                label = None
        kind = None
        if label is not None:
            spans.append(label.span())
            kind = kinds.get(label[1])
        if kind is not None:
            labelled = True
        if kind == "published" and published is None:
            published = d
        elif kind == "modified" and modified is None:
            modified = d
        elif kind is None and unlabelled is None:
            unlabelled = d
    timed = any(m[4] for m in matches)  # the time
    return DateFound(published, modified, unlabelled, labelled), spans, timed


def _residue(line: str, spans: list[tuple[int, int]]) -> str:
    chars = list(line)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    rest = "".join(chars)
    # a byline has a title or an e-mail; the byline pattern is slow to try everywhere
    if "@" in rest or _patterns()["titles"].search(rest):
        rest = _byline_re().sub(" ", rest)
    return _residue_re().sub(" ", rest)


_DATELINE_MAX = 160  # a longer line is a sentence or a whole page
# a full date (2025년 1월 31일, 2025.01.31, 2025-1-31), found quickly before the real reading
_DATE_REST = r"\d\d(?:\s*년\s*\d{1,2}\s*월|\s*[.\-/]\s*\d{1,2}\s*[.\-/])"
_HAS_DATE = re.compile(rf"(?:19|20){_DATE_REST}")


def read_dateline(line: str) -> DateFound | None:
    """The dates of a line that is a date line by its shape, else None.

    >>> read_dateline("입력 2025.01.31 03:00 수정 2025.02.01 08:00").published
    datetime.date(2025, 1, 31)
    >>> read_dateline("2025.01.31 기준 잔액은 3조원이다.") is None
    True
    """
    if len(line) > _DATELINE_MAX or _is_formal(line) or not _HAS_DATE.search(line):
        return None
    found, spans, timed = _read_dates(line)
    if not any(found[:3]):
        return None
    words = _WORD.findall(_residue(line, spans))
    if found.labelled and len(words) <= 4:
        return found
    if timed and len(words) <= 2 and sum(map(len, words)) <= 12:
        return found
    return found if not words else None


def parse_dateline(line: str) -> tuple[date | None, date | None]:
    """The publication and modification dates of a date line (a date with no label, or with
    one we do not know, counts as the publication date); (None, None) for any other line.

    >>> parse_dateline("입력 2025.01.31 03:00 수정 2025.02.01 08:00")
    (datetime.date(2025, 1, 31), datetime.date(2025, 2, 1))
    """
    found = read_dateline(line)
    if found is None:
        return None, None
    return found.published or found.unlabelled, found.modified


_LABEL_REACH = 16  # how far before a date its label may start (최초입력일시 : )


def _inline_dateline(t: str) -> tuple[int, int] | None:
    """A labelled date inside a longer line, as (start, end): a whole page pasted on one
    line, or ``date 2026-03-04`` glued before the lead sentence. Later labelled dates right
    after it (``| 수정 …``) belong to it."""
    before, after = _label_re()
    words = _label_words()
    found: tuple[int, int] | None = None
    for m in _date_time_re().finditer(t, 0, min(len(t), _INLINE_LOOK)):
        if found is not None and t[found[1] : m.start()].strip(" \t|│•·:：/") == "":
            found = (found[0], m.end())  # a second date with no label between
            continue
        lo = max(0, m.start() - _LABEL_REACH)
        label = before.search(t, lo, m.start()) if words.search(t, lo, m.start()) else None
        if label is not None and label.start() > 0 and t[label.start() - 1].isalnum():
            label = None  # inside a word (미입력)
        if label is not None and found is not None and label.start() <= found[1] + 3:
            found = (found[0], m.end())
            continue
        if found is not None:
            break
        if label is not None:
            found = (label.start(), m.end())
        elif m[4] and words.search(t, m.end()) and (label := after.match(t, m.end())) is not None:
            return m.start(), label.end()
    return found


# --- lines that are not the article --------------------------------------------------------


@cache
def _patterns() -> dict[str, regex.Pattern[str] | re.Pattern[str]]:
    w = _words()
    reactions = alternation(w["reactions"])
    headers = alternation(w["noise_headers"])
    copyright_ = alternation(w["copyright_markers"])
    related = alternation(w["related_headers"])
    markets = alternation(w["market_names"])
    titles = alternation(w["byline_titles"])
    name = r"[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*"
    return {
        "noise": regex.compile(
            rf"""
              (?:{reactions})\s*\d*$                          # 좋아요 1
            | (?:{headers})\s*\(?\d*\)?\s*(?:개)?$            # 댓글 3, 추천 많은 댓글
            | [\[<]?\s*(?:{copyright_})                       # ⓒ 동아일보 & donga.com
            | \d{{4}}[.\-]\d{{1,2}}[.\-]\d{{1,2}}\.?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?$  # comment time
            | (?:\#[^\s\#]+[^\#]*){{2,}}$                     # #태그#태그 keyword line
            | (?=.*@)                                        # a byline, looked for only with an @
              .{{0,40}}(?:{titles})\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?\s*$
            | [\w.+-]+@[\w-]+(?:\.[\w-]+)+$                  # bare e-mail
            """,
            regex.VERBOSE,
        ),
        "comments": regex.compile(rf"(?:{reactions}|댓글)"),
        # the literal-word gates use the standard library's re: four times faster than regex at
        # searching a long line for one of many words
        "special": re.compile(
            # every branch opens with a literal letter, so that re skips the places where no
            # branch can start (a group in front, (?:19|20), turns that off: four times slower)
            rf"19{_DATE_REST}|20{_DATE_REST}|"
            + alternation(
                w["caption_markers"]
                + w["caption_leads"]
                + w["copyright_markers"]
                + w["byline_titles"]
                + w["reactions"]
                + w["noise_headers"]
                + w["related_headers"]
                + w["promo_phrases"]
                + w["image_words"]
                + w["broadcasters"]
                + w["credit_words"]
                + [
                    "@",
                    "#",
                    "무단",
                    "재배포",
                    "전화",
                    "☎",
                    "Tel",
                    "TEL",
                ]
            )
        ),
        "titles": re.compile(titles),
        "noise_anywhere": re.compile(r"무단\s*전재|재배포\s*금지"),
        "related": regex.compile(
            rf"^[\[<【▶■◆\s]*(?:{related})[\]>】\s]*(?:\(?\d+\)?|더\s?보기|[>›»+]+)?\s*$"
        ),
        "nav": regex.compile(r"^[^\s>›»▸]{1,12}(?:\s*[>›»▸]\s*[^\s>›»▸]{1,12}){1,6}\s*[>›»▸]?$"),
        "ticker": regex.compile(
            rf"^(?:\s*(?:{markets})\s*[:：]?\s*[\d,]+(?:\.\d+)?\s*(?:원|달러|포인트|p|P)?"
            r"\s*(?:[▲▼△▽↑↓+\-−]\s*[\d,]*(?:\.\d+)?\s*%?|\(\s*[+\-−]?[\d.,]+\s*%?\s*\))?\s*[|/·,]?)+\s*$"
        ),
        "read_aloud": re.compile(alternation(w["read_aloud"])),
        # a caption starts with a lead (▲, 사진=) or holds a marker anywhere (/뉴스1): two
        # patterns, so that the search for a marker skips at once where none can start
        "caption_lead": re.compile(alternation(w["caption_leads"])),
        "caption_marker": re.compile(alternation(w["caption_markers"])),
        "byline": regex.compile(
            rf"""^[\[(【<]?\s*(?:[^\s\[\]()【】<>]{{1,20}}\s*=\s*|[^\s\[\]()【】<>]{{1,20}}\s+)?
                 (?:{name})\s*(?:{titles})(?:\s*[\])】>])?
                 (?:\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?\s*$""",
            regex.VERBOSE,
        ),
        # a wire or bracket byline before the lead sentence: (서울=연합뉴스) 홍길동 기자 = …,
        # [한빛경제 홍길동 기자] …, 【세종=뉴시스】 …
        "prefix": regex.compile(
            rf"""^(?:
                  [(\[【〔<]\s*[^()\[\]【】〔〕<>\n=]{{1,20}}=\s*[^()\[\]【】〔〕<>\n]{{1,20}}[)\]】〕>]\s*
                  (?:(?:{name})\s*(?:{titles})\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*)?=?\s*)?
                | \[[^\[\]\n]{{0,20}}?\s*(?:{name})\s*(?:{titles})\]\s*
                | (?:{name})\s*(?:{titles})\s*=\s*
                )""",
            regex.VERBOSE,
        ),
    }


_NOISE_LINE_MAX = 200  # a longer line is a paragraph, whatever it mentions


def is_noise_line(line: str) -> bool:
    """Whether a line starts the trailing page noise.

    >>> is_noise_line("댓글 3"), is_noise_line("좋아요"), is_noise_line("댓글이 달렸다.")
    (True, True, False)
    """
    p = _patterns()
    line = line.strip()
    if len(line) > _NOISE_LINE_MAX:
        return False
    first = line[:1]
    if (
        "@" not in line
        and (first not in _noise_starts() or not line.startswith(_noise_words()))
        and _plain_start(first)
    ):
        # no noise word, tag, bracket or comment time starts the line and there is no
        # e-mail: only a copyright notice inside it is left
        return ("무단" in line or "재배포" in line) and p["noise_anywhere"].search(line) is not None
    return p["noise"].match(line) is not None or p["noise_anywhere"].search(line) is not None


def _plain_start(first: str) -> bool:
    """A first letter that opens no tag (#), bracket, blank or digit, in the regex module's
    sense too: an ASCII character but those, or one of the blocks that hold no digit and
    no blank (Hangul, CJK, punctuation, arrows, shapes, symbols)."""
    if first.isascii():
        return first not in "[<#" and not first.isdigit() and not first.isspace()
    return (
        "가" <= first <= "힣"
        or "\u2010" <= first <= "\u2027"
        or "\u2030" <= first <= "\u205e"
        or "\u2190" <= first <= "\u27bf"
        or "\u3001" <= first <= "\u9fff"
    )


@cache
def _noise_starts() -> frozenset[str]:
    return frozenset(word[0] for word in _noise_words())


@cache
def _noise_words() -> tuple[str, ...]:
    """The words a noise line may open with."""
    w = _words()
    return tuple(w["reactions"] + w["noise_headers"] + w["copyright_markers"])


_SPLIT_CHROME = regex.compile(r"[\s|│/·•,【】\[\]]+")


def chrome_reason(line: str) -> str | None:
    """Why a line is site furniture (menus, widgets, tickers, ads), or None.

    >>> chrome_reason("홈 > 경제 > 산업"), chrome_reason("코스피 2,731.15 ▲0.42%")
    ('navigation', 'market ticker')
    """
    p = _patterns()
    if len(line) <= 60:
        if _NAV_MARK.search(line) and p["nav"].match(line):
            return "navigation"
        if line.count("|") >= 2 and _MENU.fullmatch(line):
            return "navigation"
        bare = line.strip("[]()<> ")
        known = _chrome_words()
        if bare in known or (
            # a letter that no menu word has and that parts no words is in a word not on the menu
            _chrome_letters().issuperset(bare) and all(w in known for w in _SPLIT_CHROME.split(bare) if w)
        ):
            return "site menu or widget"
        if p["read_aloud"].search(line):
            return "read-aloud notice"
    if (
        len(line) <= 200
        # a ticker opens with a market's name (after blanks, which isspace finds and more)
        and (line[:1] in _market_starts() or line[:1].isspace())
        and p["ticker"].match(line)
        and _HAS_DIGIT.search(line)
    ):
        return "market ticker"
    return None


@cache
def _furniture() -> dict[str, re.Pattern[str]]:
    w = _words()
    credits = alternation(w["credit_words"])
    broadcasters = alternation(w["broadcasters"])
    return {
        "date_widget": re.compile(r"\d{1,2}[./]\d{1,2}\.?\s*\(\s*[월화수목금토일]\s*\)"),
        "cue": re.compile(r"[\[<【◀〈]\s*[^\[\]<>【】◀▶〈〉]{1,12}?\s*[\]>】▶〉]"),
        "credits": re.compile(rf"(?:{credits})\s*[:：]\s*\S.{{0,30}}"),
        "signoff": re.compile(
            rf".{{0,20}}(?:{broadcasters})\s*[가-힣]{{2,4}}입니다\."
            r"|[가-힣]{2,4}\s*기자(?:입니다|가 보도합니다|가 취재했습니다|가 전해 드립니다|가 전합니다)\."
        ),
        "contact": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b0\d{1,2}-\d{3,4}-\d{4}\b"),
        "promo": re.compile(alternation(w["promo_phrases"])),
        "image": re.compile(alternation(w["image_words"])),
    }


def furniture_reason(line: str) -> tuple[str, str] | None:
    """The role and reason of a short line of page furniture that may read like a sentence:
    a broadcast report's cues, credits and sign-off, a contact line, a tip-line or app
    promotion, an image placeholder, a date widget. None for any other line.

    >>> furniture_reason("한빛방송 뉴스 홍길동입니다.")
    ('byline', 'broadcast sign-off')
    """
    n = len(line)
    if n > 80:
        return None
    f = _furniture()
    # each rule is tried only where a character it needs is on the line
    if n <= 15 and "(" in line and f["date_widget"].fullmatch(line):
        return CHROME, "date widget"
    if n <= 40:
        if line[0] in _CUE_OPENERS and f["cue"].fullmatch(line):
            return CHROME, "label in brackets (a broadcast cue or an outlet's name)"
        if (":" in line or "：" in line) and f["credits"].fullmatch(line):
            return CHROME, "broadcast credits"
        if line.endswith("다.") and f["signoff"].fullmatch(line):
            return BYLINE, "broadcast sign-off"
        if f["image"].search(line):
            return CHROME, "image placeholder"
    if n <= 60 and ("@" in line or "-" in line) and not _is_formal(line) and f["contact"].search(line):
        return CHROME, "contact line"
    if f["promo"].search(line):
        return CHROME, "promotion"
    return None


_CUE_OPENERS = frozenset("[<【◀〈")
_NAV_MARK = re.compile("[>›»▸]")
# a menu of short words between bars: 뉴스홈 | 경제 | 산업 | 국제 (no figure, no sentence)
_MENU = re.compile(r"[^\d|.?!]{1,8}(?:\s*\|\s*[^\d|.?!]{1,8}){2,}")
_HAS_DIGIT = re.compile(r"\d")


@cache
def _chrome_words() -> frozenset[str]:
    """Menu and widget words, and each word of the phrases among them (글자 크기: 글자, 크기)."""
    w = _words()
    phrases = w["chrome_words"] + w["ad_words"] + w["reactions"] + w["noise_headers"]
    return frozenset(phrases) | frozenset(part for phrase in phrases for part in phrase.split())


@cache
def _market_starts() -> frozenset[str]:
    return frozenset(name[0] for name in _words()["market_names"])


@cache
def _chrome_letters() -> frozenset[str]:
    """The letters of the menu and widget words, and those that part words (blanks, bars…)."""
    blanks = _SPLIT_CHROME.findall("".join(map(chr, range(0x10000))))  # no blank lies beyond
    return frozenset("".join(_chrome_words())) | frozenset("".join(blanks))


# --- hard-wrapped paragraphs ---------------------------------------------------------------

_WRAP_MAX = 100  # wider than this a fixed-width archive is not


def _wrap_width(lines: list[_Line]) -> int | None:
    """The column width the text was hard-wrapped at, or None when it was not.

    A wrapped text is a run of lines of similar length whose ends are not sentence ends; an
    article pasted from the web has one long line per paragraph and no such run. The width
    is the length that most unfinished lines come close to without passing, and almost no
    line may be longer.
    """
    lengths = []
    open_ends = []
    long_lines = 0
    for ln in lines:
        if len(ln.text) >= 8:
            lengths.append(ln.raw_len)
            if ln.raw_len > _WRAP_MAX * _WRAP_HIGH:
                long_lines += 1
            elif ln.raw_len <= _WRAP_MAX and not _is_sentence(ln.text):
                open_ends.append(ln.raw_len)
    if len(lengths) < 4:
        return None
    # the width is at most _WRAP_MAX: more long lines than the test below allows end it here
    if long_lines > 0.1 * len(lengths):
        return None
    if len(open_ends) < 2:
        return None
    open_ends.sort()
    # the width: what nearly all unfinished lines stay within (a word too long to break may
    # stick out a little); a wrapped text has almost no line much longer
    width = max(12, open_ends[min(len(open_ends) - 1, int(len(open_ends) * 0.85))])
    band = longer = near = 0
    for n in open_ends:
        if width * _WRAP_LOW <= n <= width:
            band += 1
    for n in lengths:
        if n > width * _WRAP_HIGH:
            longer += 1
        if n >= width * _WRAP_LOW:
            near += 1
    if band < 2 or longer > 0.1 * len(lengths) or band < 0.3 * near:
        return None
    return width


_WRAP_LOW, _WRAP_HIGH = 0.5, 1.3  # a wrapped line is at least half the width, and at most a long word over


_FIRST_WORD = regex.compile(r"\S*")


def _is_noisy(text: str) -> bool:
    """A noise line that passes the gate (the gate is slower, so it is asked second)."""
    return is_noise_line(text) and _maybe_special(text)


def _line_role(text: str) -> tuple[str, str | None] | None:
    """The role of a line that holds no date, read from the line alone, or None (the page's
    order decides)."""
    sentence = _is_sentence(text)
    if sentence and len(text) > _CROSSHEAD_MAX:
        # A body paragraph. Of the rules behind the gate only the caption's can take a long
        # sentence, and a caption passes the gate by itself: the gate, slowest on a long
        # line, is not asked.
        return (CAPTION, None) if len(text) <= 300 and _is_caption(text) else None
    if not _maybe_special(text):
        if not sentence and (why := chrome_reason(text)) is not None:
            return CHROME, why
        return None
    if (furniture := furniture_reason(text)) is not None:
        return furniture
    if _is_byline(text):
        return BYLINE, "byline"
    p = _patterns()
    if len(text) <= 40 and p["related"].match(text):
        return RELATED, "related-article box"
    if len(text) <= 300 and _is_caption(text):
        return CAPTION, None
    if not sentence and (why := chrome_reason(text)) is not None:
        return CHROME, why
    return None


def _is_caption(text: str) -> bool:
    p = _patterns()
    return p["caption_lead"].match(text) is not None or p["caption_marker"].search(text) is not None


def _is_byline(text: str) -> bool:
    p = _patterns()
    return (
        len(text) <= _CROSSHEAD_MAX
        and p["titles"].search(text) is not None
        and p["byline"].match(text) is not None
    )


def _maybe_special(text: str) -> bool:
    """Whether a line may be anything but plain text: one search that every byline, date
    line, caption, related box and noise line passes (most lines of a page do not)."""
    n = len(text)
    if n > _SPECIAL_MAX:  # a paragraph: only a date line glued to it is looked for
        return _HAS_DATE.search(text, 0, _INLINE_LOOK) is not None
    if n <= _CUE_MAX and (text[0] in _CUE_OPENERS or "(" in text):
        return True  # a broadcast cue ([앵커], ◀VCR▶) or a date widget (07.01 (월))
    # brackets and colons are common in body text, so the gate looks for words, not them
    return _patterns()["special"].search(text) is not None


_SPECIAL_MAX = 300  # no byline, caption, date line, box header or noise line is longer
_CUE_MAX = 16


def _starts_unit(ln: _Line) -> bool:
    """A line that begins something of its own, never the rest of a wrapped paragraph."""
    p = _patterns()
    return ln.bulleted or (
        _maybe_special(ln.text)
        and (
            furniture_reason(ln.text) is not None
            or p["caption_lead"].match(ln.text) is not None
            or p["caption_marker"].match(ln.text) is not None
            or is_noise_line(ln.text)
            or p["related"].match(ln.text) is not None
            or read_dateline(ln.text) is not None
            or _is_byline(ln.text)
        )
    )


class _Unit(NamedTuple):
    start: int
    end: int
    lines: tuple[_Line, ...]


def _units(lines: list[_Line], width: int) -> list[_Unit]:
    """The lines of a text hard-wrapped at ``width``, with each wrapped paragraph joined into one."""
    low, high = width * _WRAP_LOW, width * _WRAP_HIGH
    # wrapped by characters: most long lines are exactly the width, and only those go on
    full = [ln.raw_len for ln in lines if ln.raw_len >= low and not _is_sentence(ln.text)]
    by_characters = sum(1 for n in full if n == width) >= 0.6 * len(full)
    units: list[_Unit] = []
    run: list[_Line] = []
    # whether a line begins something of its own, found only for the lines whose lengths
    # would join them to the line before or after
    starts: list[bool | None] = [None] * len(lines)

    def begins(k: int) -> bool:
        if (found := starts[k]) is None:
            found = starts[k] = _starts_unit(lines[k])
        return found

    for k, ln in enumerate(lines):
        if run:
            prev = run[-1]
            joins = (
                ln.number == prev.number + 1
                and low <= prev.raw_len <= high
                and ln.raw_len <= high
                and (
                    prev.raw_len == width
                    if by_characters
                    # word wrap breaks a line only where the next word would not have fitted
                    else prev.raw_len + 1 + len(_FIRST_WORD.match(ln.text)[0]) >= width - 1  # type: ignore[index]
                )
                and not begins(k)
                and not begins(k - 1)
            )
            if not joins:
                units.append(_new(_Unit, (run[0].start, run[-1].end, tuple(run))))
                run = []
        run.append(ln)
    if run:
        units.append(_new(_Unit, (run[0].start, run[-1].end, tuple(run))))
    return units


def _breaks(units: list[_Unit]) -> tuple[tuple[tuple[int, int], ...], bool]:
    """The line breaks inside wrapped paragraphs, and whether the text was wrapped by
    characters (nearly every full line exactly as long as the others: the break was put
    between two letters, where word wrap would have taken a space)."""
    found = []
    lengths = []  # of the lines that go on
    for u in units:
        for k in range(1, len(u.lines)):
            a = u.lines[k - 1]
            found.append((a.raw_start + a.raw_len, u.lines[k].raw_start))
            lengths.append(a.raw_len)
    breaks = tuple(found)
    if len(lengths) < 2:
        return breaks, False
    width = max(lengths)
    return breaks, lengths.count(width) >= 0.8 * len(lengths)


class Shift(NamedTuple):
    """Analysed offsets ``start <= x < end`` stand for input offset ``x + by``."""

    start: int
    end: int
    by: int


def analysis_text(text: str, layout: Layout) -> tuple[str, tuple[Shift, ...]]:
    """What Kiwi and the rules read: the input with each line break inside a wrapped
    paragraph read as the space it stood for, or, in a text wrapped by characters, taken
    out. The text keeps its length so that offsets stay the input's; where breaks are taken
    out, the rest of the paragraph moves up to close each gap and the paragraph ends in as
    many spaces, and the returned shifts say which offsets moved by how much."""
    if not layout.breaks:
        return text, ()
    chars = list(text)
    if not layout.inside_words:
        for b, b2 in layout.breaks:
            chars[b:b2] = " " * (b2 - b)
        return "".join(chars), ()
    shifts: list[Shift] = []
    breaks = list(layout.breaks)
    k = 0
    for line in layout.lines:
        if not line.wrapped:
            continue
        while k < len(breaks) and breaks[k][0] < line.start:
            k += 1
        inside = []
        while k < len(breaks) and breaks[k][1] <= line.end:
            inside.append(breaks[k])
            k += 1
        moved, at = 0, inside[0][0] if inside else line.end
        for i, (b, b2) in enumerate(inside):
            moved += b2 - b
            upto = inside[i + 1][0] if i + 1 < len(inside) else line.end
            chars[b2 - moved : upto - moved] = text[b2:upto]
            if upto > b2:
                shifts.append(Shift(b2 - moved, upto - moved, moved))
            at = upto - moved
        chars[at : at + moved] = " " * moved
    return "".join(chars), tuple(shifts)


# --- roles ------------------------------------------------------------------------------------

_SUBHEAD_MAX = 150  # a longer line without a final period is a body paragraph
_CROSSHEAD_MAX = 80
_ONE_WORD = regex.compile(r"^[^\s\d]{1,15}$")
_INLINE_LOOK = 300  # a page pasted on one line puts its date line near the top
_SPACES = regex.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _is_body(text: str) -> bool:
    return _is_sentence(text) or len(text) > _CROSSHEAD_MAX


def _formal_len(text: str) -> int:
    """How much newsroom prose a line holds: sentence lines ending in a declarative."""
    return len(text) if len(text) >= 20 and _is_formal(text) else 0


class _Piece(NamedTuple):
    start: int
    end: int
    text: str
    wrapped: bool
    role: str | None  # decided while cutting (a date line inside a long line, a wire byline)
    reason: str | None
    dated: bool = True  # False: no full date within the first _INLINE_LOOK characters


_PREFIX_OPENERS = frozenset("([【〔<")
_CLOCK = re.compile(r"\d:\d\d|\d\s*시")


def _pieces(text: str, units: list[tuple[int, int, bool]]) -> list[_Piece]:
    """Units, as (start, end, wrapped), with a long line cut where it holds a labelled date
    line near its start (a whole page on one line, ``date 2026-03-04`` glued before the lead)
    or opens with a wire byline (``(서울=연합뉴스) 홍길동 기자 =``)."""
    p = _patterns()
    labels = _label_words()
    out: list[_Piece] = []
    for s, e, wrapped in units:
        t = text[s:e]
        dated = _HAS_DATE.search(t, 0, _INLINE_LOOK) is not None
        # no label, no labelled date: most lines with a date are sentences that mention one
        m = _inline_dateline(t) if dated and labels.search(t) else None
        if (
            m is not None
            # inside a line, only a date with its time (제목 입력 2025.09.22 07:30 본문 …)
            and (m[0] == 0 or ((len(t) > _DATELINE_MAX or _is_sentence(t)) and _CLOCK.search(t, m[0], m[1])))
            and t[m[1] :].strip(" \t|:：•·")
        ):
            lead = t[: m[0]].strip()
            if not lead or (len(lead) <= _SUBHEAD_MAX and not _is_sentence(lead)):
                if lead:
                    cut = s + len(t[: m[0]].rstrip())
                    out.append(_Piece(s, cut, text[s:cut], False, None, None))
                cut = s + len(t[: m[1]].rstrip())
                out.append(_Piece(s + m[0], cut, text[s + m[0] : cut], False, DATELINE, "date line"))
                rest = len(t) - len(t[m[1] :].lstrip(" \t|:：•·"))
                s, t = s + rest, t[rest:]
                if not t.strip():
                    continue
        if (
            (t[:1] in _PREFIX_OPENERS or t.find("=", 0, 40) >= 0)
            and (pm := p["prefix"].match(t))
            and pm.end() < len(t)
            and _is_body(t[pm.end() :])
        ):
            cut = s + len(t[: pm.end()].rstrip(" ="))
            out.append(_Piece(s, cut, text[s:cut], False, BYLINE, "wire byline before the lead"))
            s, t = s + pm.end(), t[pm.end() :]
        # (a line cut above may hold a date the whole did not show within its first characters)
        out.append(_new(_Piece, (s, e, t, wrapped, None, None, dated or len(t) != e - s)))
    return out


@cache
def _label_words() -> re.Pattern[str]:
    """Any date label, as a quick test before the date-line patterns."""
    w = _words()
    return re.compile(alternation(w["dateline_published"] + w["dateline_modified"]))


def read_page(text: str) -> Layout:
    """Give every line of ``text`` its role, and read the publication date."""
    p = _patterns()
    lines = _lines(text)
    width = _wrap_width(lines)
    if width is None:
        pieces = _pieces(text, [(ln.start, ln.end, False) for ln in lines])
        breaks: tuple[tuple[int, int], ...] = ()
        inside_words = False
    else:
        units = _units(lines, width)
        breaks, inside_words = _breaks(units)
        pieces = _pieces(text, [(u.start, u.end, len(u.lines) > 1) for u in units])
    # (plain loops below, not comprehensions: each comprehension is a function of its own,
    # and a page calls read_page with its code and patterns cold, just after Kiwi ran)
    n = len(pieces)
    texts: list[str] = []
    roles: list[str | None] = []
    reasons: list[str | None] = []
    for pc in pieces:
        texts.append(pc.text)
        roles.append(pc.role)
        reasons.append(pc.reason)
    dates: list[DateFound | None] = [None] * n
    # what the later rules ask of each line, found once: whether it is a body paragraph (a
    # sentence, or too long for anything else) and how much prose it holds
    body_like = [False] * n
    prose = [0] * n
    # A short line's own role (chrome, byline, caption…), and whether a line starts the
    # trailing noise, are found only when a rule asks: the lines of the trailing noise
    # (comments, boxes) are noise whatever they are, and are never asked about.
    pending = [False] * n

    def settle(i: int) -> str | None:
        """Line ``i``'s role so far, with its own role found when first asked for."""
        if pending[i]:
            pending[i] = False
            if (found := _line_role(texts[i])) is not None:
                roles[i], reasons[i] = found
        return roles[i]

    for i, t in enumerate(texts):
        size = len(t)
        unquoted = t.rstrip(_CLOSERS)
        sentence = bool(unquoted) and unquoted[-1] in ".?!。"
        body_like[i] = sentence or size > _CROSSHEAD_MAX
        if size >= 20 and len(unquoted) >= 2 and unquoted[-1] in ".?!" and unquoted[-2] in _FORMAL_ENDS:
            prose[i] = size
        # a date line passes the gate (_maybe_special) by itself: the gate looks for a date
        if roles[i] == DATELINE:
            dates[i] = _read_dates(t)[0]
        elif (
            pieces[i].dated  # else read_dateline would find no date (nor on a longer line)
            and size <= _DATELINE_MAX
            and (found := read_dateline(t)) is not None
            and (n > 1 or found.labelled)
        ):
            dates[i] = found
        elif n > 1 and roles[i] is None:  # a text of one line is the text, whatever it looks like
            pending[i] = True
            if body_like[i]:  # where the body begins depends on it
                settle(i)

    # a label alone on its line names the date on the next (입력 / 2025-01-31 09:00)
    for i in range(n - 1):
        nxt = dates[i + 1]
        if (
            nxt is not None
            and not nxt.labelled
            and (kind := _label_kinds().get(texts[i]))
            and settle(i) is None
        ):
            d = nxt.unlabelled
            dates[i + 1] = DateFound(
                d if kind == "published" else None, d if kind == "modified" else None, None, True
            )
            roles[i], reasons[i] = DATELINE, "date line"

    # the rest of a date line cut by a narrow wrap (입력 2024년 12월 9일 / 오후 9시 12분)
    for i in range(1, n):
        after_date = dates[i - 1] is not None or roles[i - 1] == DATELINE
        if after_date and _TIME_ONLY.match(texts[i]) and settle(i) is None:
            roles[i], reasons[i] = DATELINE, "date line"

    meta = [False] * n
    first_body = n
    for i in range(n):
        meta[i] = roles[i] is not None or dates[i] is not None
        if first_body == n and not meta[i] and body_like[i]:
            first_body = i

    # The header block: date lines, bylines, widgets, the outlet's name, the headline, subheads.
    for i in range(first_body):
        if pending[i]:
            settle(i)
        if dates[i] is not None:
            roles[i], reasons[i] = DATELINE, "date line"
        elif roles[i] is None and n > 1 and _is_noisy(texts[i]):
            roles[i], reasons[i] = CHROME, "page widget above the article"
    candidates = []
    headline = None
    one_word = set()
    for i in range(first_body):
        if roles[i] is None:
            candidates.append(i)
            if _ONE_WORD.match(texts[i]):
                one_word.add(i)
            elif headline is None:
                headline = i
    if headline is None and candidates:
        headline = candidates[0]
    headline_norm: list[str] = []  # the headline's text with its blanks made one space, once

    def same_as_headline(t: str) -> bool:
        assert headline is not None
        if abs(len(t) - len(texts[headline])) >= 8:
            return False
        if not headline_norm:
            headline_norm.append(_norm(texts[headline]))
        return _norm(t) == headline_norm[0]

    for i in candidates:
        if i == headline:
            roles[i] = HEADLINE
        elif i in one_word:
            roles[i], reasons[i] = CHROME, "outlet or section name"
        elif headline is not None and same_as_headline(texts[i]):
            roles[i], reasons[i] = CHROME, "second copy of the headline"
        else:
            roles[i] = SUBHEAD if len(texts[i]) <= _SUBHEAD_MAX else BODY

    # The trailing noise: from the first marker after the body begins, unless the text after
    # it holds more of the article's prose than the text before it (a widget inside the page).
    formal = [0] * n
    after = 0
    for i in range(n):
        if not meta[i]:
            formal[i] = prose[i]
            if i >= first_body:
                after += prose[i]
    before = 0
    noise_idx: int | None = None
    for i in range(first_body, n):
        after -= formal[i]
        if i > first_body and roles[i] != DATELINE and _is_noisy(texts[i]):
            if after <= before:
                noise_idx = i
                break
            settle(i)
            if roles[i] is None:
                roles[i], reasons[i] = CHROME, "page widget inside the article (the text after it is kept)"
        before += formal[i]

    end = n if noise_idx is None else noise_idx
    for i in range(first_body, min(end + 1, n)):  # the line after the body's last is asked about
        if pending[i]:
            settle(i)
    in_related = False
    last_body = -1
    for i in range(first_body, end):
        if roles[i] is None and body_like[i]:
            last_body = i
    for i in range(first_body, end):
        t = texts[i]
        if dates[i] is not None and roles[i] is None:
            found = dates[i]
            assert found is not None
            near_byline = any(0 <= k < n and roles[k] == BYLINE for k in (i - 1, i + 1))
            footer = i > last_body and not any(
                dates[k] for k in range(i + 1, n) if not ((later := dates[k]) and later.labelled)
            )
            if found.labelled or near_byline or _byline_re().search(t) or footer:
                roles[i], reasons[i] = DATELINE, "date line"
            else:
                dates[i] = None  # a date in a line of the text: a timeline entry
        if roles[i] is not None:
            in_related = roles[i] == RELATED
            continue
        if in_related and not body_like[i]:
            roles[i], reasons[i] = RELATED, "related-article box"
            continue
        in_related = False
        if headline is not None and same_as_headline(t):
            roles[i], reasons[i] = CHROME, "second copy of the headline"
        elif body_like[i]:
            roles[i] = BODY
        else:
            roles[i] = SUBHEAD
    # In the trailing noise a labelled date line still counts (some pages print it after the
    # body); a bare one only when it is the only one and no comment came before it.
    bare = []
    comments = n
    for i in range(end, n):
        if (found := dates[i]) is not None and not found.labelled:
            bare.append(i)
        if comments == n and p["comments"].match(texts[i]):
            comments = i
    for i in range(end, n):
        found = dates[i]
        if found is not None and (found.labelled or (bare == [i] and i < comments)):
            roles[i], reasons[i] = DATELINE, "date line"
        else:
            roles[i], reasons[i] = NOISE, None
            if dates[i] is not None:
                dates[i] = None  # a comment's timestamp

    notes: list[str] = []
    total = kept = 0
    for i in range(n):
        total += prose[i]
        if roles[i] in CONTENT_ROLES:
            kept += prose[i]
    if total >= 200 and kept < total / 2:
        moved = 0
        for i in range(n):
            if roles[i] in (CHROME, RELATED) and prose[i]:
                roles[i], reasons[i] = BODY, None
                moved += 1
        if moved:
            notes.append(
                f"the page rules would have left out most of the text's sentences; {moved} lines kept as body"
            )

    published = unlabelled = modified = None
    dated = []
    for i in range(n):
        if (read := dates[i]) is not None:
            dated.append(i)
            published = published or read.published
            if unlabelled is None and read.unlabelled and roles[i] == DATELINE:
                unlabelled = read.unlabelled
            modified = modified or read.modified
    reference = published or unlabelled or modified
    dateline_idx = None
    for i in dated:
        if roles[i] == DATELINE and reference in dates[i][:3]:  # type: ignore[index]
            dateline_idx = i
            break
    made = []
    for i in range(n):
        pc, role = pieces[i], roles[i]
        reason = None if role in CONTENT_ROLES else (reasons[i] or "page noise")
        made.append(_new(PageLine, (pc.start, pc.end, texts[i], role or BODY, reason, pc.wrapped)))
    page = tuple(made)
    return Layout(
        lines=page,
        reference_date=reference,
        dateline=page[dateline_idx] if dateline_idx is not None else None,
        noise_start=pieces[noise_idx].start if noise_idx is not None else None,
        notes=tuple(notes),
        breaks=breaks,
        inside_words=inside_words,
    )
