"""Lines that are not the article, by their own text: menus, tickers, widgets and other
chrome, broadcast furniture, bylines, captions, related-article headers and the markers of the
trailing noise; and the gate, one search that every such line passes."""

from __future__ import annotations

import re
from functools import cache

import regex

from ..lexicon import alternation, slow_pattern
from .datelines import _DATE_REST, _HAS_DATE, _INLINE_LOOK, _titles_re
from .lines import (
    _CROSSHEAD_MAX,
    BYLINE,
    CAPTION,
    CHROME,
    RELATED,
    _is_formal,
    _is_sentence,
    _words,
)


@slow_pattern()
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
                + w["site_notices"]
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
        "titles": _titles_re(),
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
        and (
            _plain_start(first)
            # a comment's time, 2025-02-26 14:49, is at least 13 long with a . or - fifth
            or ("0" <= first <= "9" and (len(line) < 13 or line[4] not in ".-"))
        )
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
        if len(line) <= 24 and ("℃" in line or "°" in line) and _WEATHER.fullmatch(line.strip()):
            return "weather widget"
        if (
            "|" in line
            and ("℃" in line or "°" in line)
            and any(_WEATHER_ITEM.fullmatch(item.strip()) for item in line.split("|"))
        ):
            return "weather widget"  # '해솔 날씨 12℃ 흐림 | 미세먼지 보통 | [알림] …': a bar of widgets
    if (
        len(line) <= 200
        # a ticker opens with a market's name (after blanks, which isspace finds and more)
        and (line[:1].isspace() or (line[:1] in _market_starts() and line.startswith(_market_names())))
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
        "site_notice": re.compile(alternation(w["site_notices"])),
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
    if f["site_notice"].search(line):
        return CHROME, "site notice"
    return None


# a weather widget's reading: '4℃', '서울 -3℃', '맑음 12°C', '8℃ / 15℃' (a temperature in a
# sentence has words around it)
_WEATHER = re.compile(
    r"(?:[가-힣]{1,6}\s*){0,2}-?\d{1,2}(?:\.\d)?\s*(?:℃|°C?)(?:\s*[/~]\s*-?\d{1,2}(?:\.\d)?\s*(?:℃|°C?))?"
)
# one item of a widget bar: the weather, with the sky after it ('해솔 날씨 12℃ 흐림')
_WEATHER_ITEM = re.compile(
    r"(?:[가-힣]{1,6}\s*){0,2}-?\d{1,2}(?:\.\d)?\s*(?:℃|°C?)(?:\s*[/~]\s*-?\d{1,2}(?:\.\d)?\s*(?:℃|°C?))?(?:\s*[가-힣]{1,4})?"
)
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
def _market_names() -> tuple[str, ...]:
    return tuple(_words()["market_names"])


@cache
def _market_starts() -> frozenset[str]:
    return frozenset(name[0] for name in _market_names())


@cache
def _chrome_letters() -> frozenset[str]:
    """The letters of the menu and widget words, and those that part words (blanks, bars…)."""
    blanks = _SPLIT_CHROME.findall("".join(map(chr, range(0x10000))))  # no blank lies beyond
    return frozenset("".join(_chrome_words())) | frozenset("".join(blanks))


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
    if p["caption_marker"].search(text) is not None:
        return True
    lead = p["caption_lead"].match(text)
    # '▲“…”(… 의원. …)': a bullet before a quote mark lists a saying, not a photo
    return lead is not None and not text[lead.end() :].lstrip().startswith(("“", '"'))


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
