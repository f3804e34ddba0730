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

This module gives the roles from the page's order (``read_page``); what a line is by its own
text is read in ``lines``, ``datelines``, ``furniture`` and ``wrap``, whose public names are
re-exported here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from .datelines import (
    _DATELINE_MAX,
    _HAS_DATE,
    _INLINE_LOOK,
    _TIME_ONLY,
    DateFound,
    _byline_re,
    _inline_dateline,
    _label_kinds,
    _label_words,
    _read_dates,
    parse_dateline,
    read_dateline,
)
from .furniture import (
    _is_noisy,
    _line_role,
    _patterns,
    chrome_reason,
    furniture_reason,
    is_noise_line,
)
from .lines import (
    _CROSSHEAD_MAX,
    _FORMAL_ENDS,
    BODY,
    BYLINE,
    CAPTION,
    CHROME,
    CONTENT_ROLES,
    DATELINE,
    HEADLINE,
    NOISE,
    RELATED,
    ROLES,
    SUBHEAD,
    Layout,
    PageLine,
    _is_body,
    _is_sentence,
    _lines,
    _new,
    _unquoted,
)
from .wrap import Shift, _breaks, _units, _wrap_width, analysis_text

__all__ = [
    "BODY",
    "BYLINE",
    "CAPTION",
    "CHROME",
    "CONTENT_ROLES",
    "DATELINE",
    "HEADLINE",
    "NOISE",
    "RELATED",
    "ROLES",
    "SUBHEAD",
    "DateFound",
    "Layout",
    "PageLine",
    "Shift",
    "analysis_text",
    "chrome_reason",
    "furniture_reason",
    "is_noise_line",
    "parse_dateline",
    "read_dateline",
    "read_page",
]

# '“통장 잔고가 없는 것 아냐.” 선동렬 감독(경기 전)', '[김주철/팀장 : 몰리고 있습니다]': someone's
# words, not a crosshead, though the line ends without a period of its own
_SPOKEN = re.compile(r"[.?!][”\"]|^\[[^\]/:]{2,20}/[^\]:]{1,40}:")
_SUBHEAD_MAX = 150  # a longer line without a final period is a body paragraph
_ONE_WORD = regex.compile(r"^[^\s\d]{1,15}$")
_SPACES = regex.compile(r"\s+")


_NAME_MAX = 12  # a channel's or a paper's name, not a title: 'KTV 국민방송'


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


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


def _pieces(text: str, units: list[tuple[int, int, str, bool]]) -> list[_Piece]:
    """Units, as (start, end, text, wrapped), with a long line cut where it holds a labelled
    date line near its start (a whole page on one line, ``date 2026-03-04`` glued before the
    lead) or opens with a wire byline (``(서울=연합뉴스) 홍길동 기자 =``)."""
    p = _patterns()
    labels = _label_words()
    out: list[_Piece] = []
    for s, e, t, wrapped in units:
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


def read_page(text: str) -> Layout:
    """Give every line of ``text`` its role, and read the publication date."""
    p = _patterns()
    lines = _lines(text)
    width = _wrap_width(lines)
    if width is None:
        pieces = _pieces(text, [(ln.start, ln.end, ln.text, False) for ln in lines])
        breaks: tuple[tuple[int, int], ...] = ()
        inside_words = False
    else:
        units = _units(lines, width)
        breaks, inside_words = _breaks(units)
        pieces = _pieces(text, [(u.start, u.end, text[u.start : u.end], len(u.lines) > 1) for u in units])
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
        unquoted = _unquoted(t)
        sentence = bool(unquoted) and unquoted[-1] in ".?!。"
        body_like[i] = sentence or size > _CROSSHEAD_MAX
        if size >= 20 and len(unquoted) >= 2 and unquoted[-1] in ".?!" and unquoted[-2] in _FORMAL_ENDS:
            prose[i] = size
        # (no gate before read_dateline: the gate, _maybe_special, looks for a date itself)
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
    # a page that prints its title twice above the body ('KTV 국민방송' / title / programme /
    # title): the line printed twice is the headline, not the channel's name before it
    seen: dict[str, int] = {}
    for i in candidates if headline is not None and len(texts[headline]) <= _NAME_MAX else ():
        if i in one_word or headline is None or i <= headline:
            seen.setdefault(_norm(texts[i]), i)
            continue
        first = seen.setdefault(_norm(texts[i]), i)
        if first != i and first != headline and len(texts[first]) > len(texts[headline]):
            above, headline = headline, first
            break
    else:
        above = None
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
        elif i in one_word or (above is not None and above <= i < (headline or 0)):
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
        elif body_like[i] or _SPOKEN.search(t):
            roles[i] = BODY  # in the body, a line with a quoted sentence or a soundbite is text
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
