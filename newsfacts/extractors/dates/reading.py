"""Dates and times, resolved against the article's reference date (issue 4).

Korean news dates are mostly partial and relative: ``29일(현지 시간)``, ``이달 20일``, ``지난해
3월``, ``이날``, ``하루 뒤``. Each is turned into a calendar value with its grain:

- ``2025-01-29`` (day), ``2025-01`` (month), ``2025`` (year), ``2025-Q1`` (quarter),
  ``2025-H1`` (a half year, grain quarter), ``2025-01-29T15:00`` (hour or minute);
- ``relative`` is true when the value was not fully written and came from the reference
  date or from a date named nearby; with no reference date it may be null;
- lengths of time (``3년간``, ``10일도 안 돼``, ``하루 만에``, ``24시간``, ``2분기 연속``) are
  not dates and are left out.

How it works: one regex (built from ``data/date_words.json``) finds *atoms* in a sentence
(a year, a month, a day, a weekday, a clock time, ``지난달``, ``오는``, a parenthesis ...);
atoms that touch (only spaces between them) are grouped into one expression in the order
Korean writes them (year, month, day, weekday, time); the expression is resolved by the
pure calendar rules in ``daterules.py``. Kiwi's morphemes (already computed by the article
model) are used for two decisions a regex gets wrong: whether ``전`` in ``27일 전`` is the
noun "before" or the determiner of ``전 대통령``, and the tense of the clause after a date
(``4월 17일 열린다`` is coming, ``4월 17일 열렸다`` is past), which decides whether a partial
date is the next one or the last one.

The frame a relative date is read in: the reference date; the day, month and year named
earlier in the same sentence (``12월 3일 ... 4일``); the day last named in the paragraph and
the story's day, the body's first plainly written day (``이날``, ``전날``); the day named in the
sentence before (``사흘 뒤``).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, TypedDict

import regex

from ...lexicon import alternation, load
from ...page.article import Article, Sentence, Token
from ..matchgroups import numbers
from ..numerals import parse_number
from . import holidays as holidays_
from . import rules
from . import seasons as seasons_
from . import weeks as weeks_
from .mention import DateMention as DateMention  # the fact this module makes; dateranges reads it too
from .ranges import join_ranges

# ---- the atom regex ------------------------------------------------------------------------

_HANGUL = "가-힣"


@cache
def _words() -> dict[str, Any]:
    return load("date_words")


def _after_word() -> str:
    """A lookahead: the word ends here (a particle or a non-letter follows)."""
    return rf"(?=$|[^{_HANGUL}]|(?:{_alt(_words()['particles'])}))"


def _alt(words: Any) -> str:
    return alternation(list(words))


def _spaced(words: Any) -> str:
    r"""An alternation where a written space may be missing or doubled (다음 달, 다음달).

    Longest first and grouped by first letter, like ``lexicon.alternation``:
    지(?:난\s*달|난해|…)|오(?:늘|는).
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(
        regex.escape(first)
        + "(?:"
        + "|".join(r"\s*".join(regex.escape(part) for part in rest.split(" ")) for rest in rests)
        + ")"
        for first, rests in groups.items()
    )


@cache
def _atom_alternatives() -> list[str]:
    """The atom regex's alternatives, each one named group, in the order they are tried."""
    w = _words()
    after_word = _after_word()
    tods = _alt(w["times_of_day"])
    weekdays = _alt(w["weekdays"])
    short_days = "".join(name[0] for name in w["weekdays"])
    local = _spaced(w["local_time_markers"])
    home = _spaced(w["home_time_markers"])
    quarter = r"[1-4]\s?(?:[·/]\s?4\s?)?분기"
    hw = holidays_.words()
    glued = _alt(k for k, v in w["span_endings"].items() if v == "glued")  # 3일간, 일주일새
    spaced = _alt(k for k, v in w["span_endings"].items() if v == "word")  # 3일 동안
    holiday_names = _spaced(hw["holidays"])
    counted = _alt([*w["offset_units"], *w["clock_units"]])  # 3일, 2주, 한 달; 2시간, 30분
    not_sino = _alt(w["not_sino_counts"])  # 이주 'migration': no count
    sino_units = _alt(w["sino_count_units"])
    # 3pm, 3 p.m., 3:20 pm: a spaced suffix only with its dots or after minutes (2 pm may be
    # picometres)
    glued_suffixes = _alt(k for k in w["clock_suffixes"] if "." not in k)
    dotted_suffixes = _alt(k for k in w["clock_suffixes"] if "." in k)
    return [
        # 추석, 설 연휴, 광복절, 3·1절, 춘제: dated by the holidays package (holidays.py); not 설립,
        # 추석빔 (a word must end after it)
        rf"""(?P<holiday>
          (?<![{_HANGUL}\d.·])(?P<hol>{holiday_names})
          (?:\s?(?P<hol_run>{_alt(hw["run_words"])}))?{after_word}
        )""",
        # 2025.1.31 / 2025. 1. 31 / 2025-01-31 / 2025/1/31
        r"""(?P<numdate>
          (?<![\d.,/\-])(?P<nd_y>\d{4})\s?(?P<nd_s>[./\-])\s?(?P<nd_m>\d{1,2})\s?(?P=nd_s)
          \s?(?P<nd_d>\d{1,2})(?!\d)(?!(?P=nd_s)\d)
        )""",
        # 3/14(금), 3.14(금): only with a weekday in brackets, or before a clock time with its
        # half of the day (4/25 오후4시): alone it may be a fraction or a score
        rf"""(?P<mdnum>
          (?<![\d.,/\-])(?P<md_m>\d{{1,2}})\s?[./]\s?(?P<md_d>\d{{1,2}})\.?
          (?=\s?\(\s?[{short_days}](?:요일)?\s?[)·,]|\s(?:{tods})\s?\d{{1,2}}\s?시(?!간))
        )""",
        # 27∼29일, 5·6월, 2023∼24년, 1~3분기: the first has no unit; not 1·4분기, the old way
        # to write Q1
        r"""(?P<range>
          (?<![\d.,])(?P<ra>\d{1,4})
          (?:\s?(?P<rs>[~∼〜～\-–·,])\s?(?P<rb>\d{1,4})\s?(?P<ru>년|월|일)
            | \s?(?P<rs>[~∼〜～\-–])\s?(?P<rb>[1-4])\s?(?P<ru>분기))
        )""",
        # 3일 전, 사흘 뒤, 2주 후, 한 달 전
        rf"""(?P<offset>
          (?:(?<![\d.,~∼〜～\-–])(?P<on>\d{{1,3}})\s?(?P<ou>{_alt(w["offset_units"])})
            | (?<![{_HANGUL}])(?P<ow>{_spaced(w["count_words"])}))
          \s?(?P<od>{_alt(w["offset_directions"])}){after_word}
        )""",
        # 7일 내, 하루 안에, 3년 이내에, 24시간 안에, 삼년내: a time limit counted from now
        rf"""(?P<within>
          (?:(?<![\d.,~∼〜～\-–])(?P<wn_n>\d{{1,3}})\s?(?P<wn_u>{counted})
            | (?<![{_HANGUL}])(?P<wn_w>{_spaced(w["count_words"])})
            | (?<![{_HANGUL}])(?!{not_sino})(?P<wn_s>{_SINO}{{1,3}})(?P<wn_su>{sino_units}))
          (?:\s?(?P<wn_half>반))?\s?(?:{_alt(w["within_words"])}){after_word}
        )""",
        # 지난 2주, 최근 3개월, 향후 5년간, 앞으로 한 달: whole units counted from now (daterules.span).
        # 지난 3일 is the 3rd of the month unless 간/동안 says it is a length; 그 다음 3년 counts
        # from another time, not from now.
        rf"""(?P<span>
          (?<![{_HANGUL}])(?<!그\s)
          (?:(?P<sp_lead>{_alt(["지난"])})\s?(?!\d{{1,3}}\s?일(?!{glued}|\s?(?:{spaced}){after_word}))
            | (?P<sp_lead>{_alt([k for k in w["span_leads"] if k != "지난"])})\s?)
          (?:(?P<sp_n>\d{{1,3}})\s?(?P<sp_u>{counted})
            | (?P<sp_w>{_spaced(w["count_words"])})
            | (?!{not_sino})(?P<sp_s>{_SINO}{{1,3}})(?P<sp_su>{sino_units}))
          (?:\s?(?P<sp_half>반))?
          (?:(?P<sp_gl>{glued}))?{after_word}
          (?!\s?(?:{_alt(w["offset_directions"])}){after_word})  # 지난 2주 후: an offset
        )""",
        # 올여름, 지난 겨울, 2024년 봄: a season only after a lead word or a year (seasons.py)
        rf"""(?P<season>
          (?:(?<![\d.,])(?P<ss_y>\d{{4}})\s?년\s?|(?<![{_HANGUL}])(?P<ss_lead>{_alt(w["season_leads"])})\s?)
          (?P<ss>{_alt(w["seasons"])}){after_word}
        )""",
        # 2025년, 2024년도, '24년
        r"(?P<year>(?<![\d.,])(?:(?P<y4>\d{4})|[’'‘](?P<y2>\d{2}))\s?년(?:도)?)",
        # 올해, 지난해, 이듬해; 올 only before a month/quarter/half/연말; 연말 ending a word
        rf"""(?P<relyear>
          (?<![{_HANGUL}])(?:{_spaced([*w["relative_years"], *w["anaphoric_years"]])}
            | (?:{_alt(w["year_prefixes"])})
              (?=\s?(?:\d{{1,2}}\s?월|{quarter}|{_alt([*w["halves"], *w["year_part_words"]])}
                |{holiday_names}))
            | (?:{_alt(w["year_part_words"])}){after_word})
        )""",
        rf"(?P<relmonth>(?<![{_HANGUL}])(?:{_spaced([*w['relative_months'], *w['anaphoric_months']])}))",
        # 지난 주말, 주말: a Saturday-Sunday range; before relweek, which would take 지난 주
        rf"(?P<weekend>(?<![{_HANGUL}])(?:{_spaced(w['weekends'])}){after_word})",
        rf"(?P<relweek>(?<![{_HANGUL}])(?:{_spaced(w['relative_weeks'])})(?:(?=\s?(?:{weekdays}))|{after_word}))",
        # 둘째 주, 마지막 월요일, 마지막 날: only after a month (6월 둘째 주)
        rf"""(?P<nth>
          (?<![{_HANGUL}])(?P<nth_o>{_spaced(w["ordinals"])})\s?
          (?:(?P<nth_week>주){after_word}|(?P<nth_wd>{weekdays})|(?P<nth_day>날){after_word})
        )""",
        rf"(?P<relquarter>(?<![{_HANGUL}])(?:{_spaced(w['relative_quarters'])}))",
        rf"(?P<quarter>(?<![\d.,])(?=(?P<q>[1-4])){quarter})",
        rf"(?P<half>(?<![{_HANGUL}])(?:{_alt(w['halves'])}))",
        r"(?P<month>(?<![\d.,])(?P<m>\d{1,2})\s?월)",
        # 오후 3시, 밤 10시 30분, 15시 20분, 3시 반
        rf"""(?P<time>
          (?:(?P<tod>{tods})\s?)?(?<![\d.,:])(?P<h>\d{{1,2}})\s?시(?!간)
          (?:\s?(?P<mi>\d{{1,2}})\s?분(?![간기]))?
          (?:\s?(?P<hb>반){after_word})?
        )""",
        # 오후 세시, 세시 반, 오후세시이십분, 열두시에: numeral words, read by the numeral parser
        rf"""(?P<wtime>
          (?:(?P<wtod>{tods})\s?|(?<![{_HANGUL}]))(?P<wh>{_alt(w["hour_words"])})\s?시(?!간)
          (?:\s?(?P<wmi>{_SINO}{{1,3}})\s?분(?![간기]))?
          (?:\s?(?P<whb>반))?{after_word}
        )""",
        # 이천이십오년, 천구백팔십칠년: a year in words, with something after 천 (이천년 is a span)
        rf"(?P<wyear>(?<![{_HANGUL}])(?P<wy>[일이]?천{_SINO}{{1,5}})\s?년(?:도)?{after_word})",
        # 3PM, 3:20pm, 3:18a: a clock with the English half of the day (a letter alone only
        # after minutes); read as 오후 3시, 오후 3시 20분
        rf"""(?P<etime>
          (?<![\dA-Za-z.,:])(?P<eh>1[0-2]|0?[1-9])(?::(?P<em>[0-5]\d))?
          (?:(?i:(?:(?<=:\d\d)\s)?(?P<eap>{glued_suffixes})|\s?(?P<eap>{dotted_suffixes}))|(?<=:\d\d)(?P<eap1>[AaPp]))
          (?![A-Za-z])
        )""",
        # 15:20, 오후 3:20
        rf"""(?P<hhmm>
          (?:(?P<tod2>{tods})\s?)?(?<![\d.,:])(?P<hh>[01]?\d|2[0-4]):(?P<mm>[0-5]\d)(?![\d:])
        )""",
        rf"(?P<clock>(?<![{_HANGUL}])(?:{_alt(w['clock_words'])}))",
        r"(?P<day>(?<![\d.,])(?P<d>\d{1,2})\s?일)",
        rf"(?P<weekday>(?<![{_HANGUL}])(?:{weekdays}))",
        rf"(?P<relday>(?<![{_HANGUL}])(?:{_spaced([*w['relative_days'], *w['anaphoric_days']])}))",
        # 그 다음 화요일 counts from another time
        rf"(?P<dir>(?<![{_HANGUL}])(?<!그\s)(?:{_alt(w['directions'])})(?=\s))",
        rf"(?P<local>(?<![{_HANGUL}])(?:{local})(?:으로)?(?=\s))",
        # (금), (현지 시간), (수·현지시간), 오전(현지시간), (현지시간·목)
        rf"""(?P<paren>
          (?:(?:{tods})\s?(?=\())?\(\s?
          (?: (?:(?P<pw>[{short_days}])(?:요일)?)?\s?[·,/]?\s?(?:(?P<pl>{local})|(?P<ph>{home}))?
            | (?:(?P<pl>{local})|(?P<ph>{home}))\s?[·,/]\s?(?P<pw>[{short_days}])(?:요일)? )
          (?:\s?기준)?\s?\)
        )""",
    ]


_SINO = "[일이삼사오육칠팔구십백]"  # Sino-Korean digits of a minute or a year in words
_NAME = regex.compile(r"\(\?P<(\w+)>")
# The alternatives that can match where a digit starts: each of the others begins with a
# letter, a quote mark or a bracket.
_DIGIT_LED = frozenset(
    (
        *("holiday", "numdate", "mdnum", "range", "offset", "within", "season", "year", "quarter", "month"),
        *("time", "etime", "hhmm", "day"),
    )
)
# The digit-led ones that can also begin otherwise: 한 달 전, '24년, 오후 3시, 오후 3:20.
_ALSO_LETTER_LED = frozenset(("holiday", "offset", "within", "season", "year", "time", "hhmm"))


@cache
def _atom_re(digit: bool | None = None) -> regex.Pattern[str]:
    """The atom regex: all its alternatives, or only those that can begin at a digit
    (``digit=True``) or elsewhere (``digit=False``).

    The start scans know which kind of place each start is. Leaving out alternatives that
    cannot match there does not change which alternative matches first, and a digit start
    (most of them) no longer tries a dozen word lists.
    """
    parts = []
    for fragment in _atom_alternatives():
        name = _NAME.match(fragment)[1]  # type: ignore[index]
        if digit is None or (name in _DIGIT_LED) == digit or (not digit and name in _ALSO_LETTER_LED):
            parts.append(fragment)
    return regex.compile("|".join(parts), regex.VERBOSE)


@cache
def _start_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Where an atom can start: a number before a date unit, a bracket or a time-of-day word
    that leads into one; and, apart, a date word.

    A sentence with none has no date and is skipped; in the others the atom regex is tried
    only at these places, which is several times faster than letting it scan every letter.
    The date words are a scan of their own: in one alternation with the rest, the regex
    engine tries every branch at every letter, and the two scans together cost half as
    much. Their hits cannot overlap (digits, brackets and 오후 against words that start a
    word), so the two in order are the hits of one scan.
    """
    w = _words()
    words = [
        *w["relative_days"],
        *w["anaphoric_days"],
        *w["relative_months"],
        *w["anaphoric_months"],
        *w["relative_years"],
        *w["anaphoric_years"],
        *w["year_prefixes"],
        *w["year_part_words"],
        *w["relative_weeks"],
        *w["weekends"],
        *w["ordinals"],
        *w["relative_quarters"],
        *w["directions"],
        *w["span_leads"],
        *w["season_leads"],
        *w["weekdays"],
        *w["halves"],
        *w["clock_words"],
        *w["count_words"],
        *w["local_time_markers"],
        *(f"{n}{u}" for n in "일이삼사오육칠팔구십" for u in w["sino_count_units"]),
        *holidays_.words()["holidays"],
    ]
    # A number starts an atom only when a date unit or a date separator follows it, and
    # never after a digit, a decimal point or a thousands comma (the atoms' own
    # lookbehinds): 5000억, 17% and the 4 of 1,426.5 are not tried at all.
    units = _alt([*w["offset_units"], *w["clock_units"], "월", "시", "분기"])
    number = rf"(?<![\d.,])\d+(?=\s?(?:{units}|[:./\-~∼〜～–·,(]|(?i:[ap]\.?m)))"
    days = "".join(name[0] for name in w["weekdays"])
    marks = _spaced([*w["local_time_markers"], *w["home_time_markers"]])
    bracket = rf"\((?=\s?(?:[{days}]|{marks}))"  # (금), (현지 시간), not (AI) or (약 78억 원)
    hours = rf"(?:{_alt(w['hour_words'])})\s?시"  # 오후 세시
    tods = rf"(?:{_alt(w['times_of_day'])})(?=\s?(?:[\d(]|{hours}))"  # 오후 3시, 오전(현지시간), 오후 세시
    # A date word starts a word, as the atoms say too; testing that first skips most letters.
    return (
        regex.compile(rf"{number}|['’‘](?=\d)|{bracket}|{tods}"),
        regex.compile(rf"(?<![{_HANGUL}])(?:{_spaced(words)}|{hours}|[일이]?천{_SINO}+\s?년)"),
    )


def _starts(text: str, start: int, end: int) -> list[int]:
    """Where in ``text[start:end]`` an atom can start, in order."""
    marks, words = _start_res()
    starts = [c.start() for c in marks.finditer(text, start, end)]
    if word_starts := [c.start() for c in words.finditer(text, start, end)]:
        starts = sorted(starts + word_starts) if starts else word_starts
    return starts


def _scan(text: str, start: int, end: int, starts: list[int] | None = None) -> Iterator[regex.Match[str]]:
    """The atom regex's matches in ``text[start:end]``, tried only where an atom can start."""
    at_digit, elsewhere = _atom_re(True), _atom_re(False)
    pos = start
    for at in _starts(text, start, end) if starts is None else starts:
        if at < pos:
            continue  # inside the atom just read
        m = (at_digit if text[at].isdecimal() else elsewhere).match(text, at, end)
        if m is not None:
            yield m
            pos = m.end()


def _marker_re(unit: str) -> regex.Pattern[str]:
    """Words after a number+unit that make it a length of time or a count (3일간, 2분기 연속)."""
    w = _words()
    ends = _after_word()
    words: list[str] = []
    stems: list[str] = []
    for m in w["duration_markers"].get(unit, []):
        (stems if m.endswith("-") else words).append(m.rstrip("-"))
    attached = w["attached_duration_markers"].get(unit, [])
    parts = []
    if words:
        parts.append(rf"\s*(?:{_spaced(words)}){ends}")
    if stems:
        parts.append(rf"\s*(?:{_spaced(stems)})")
    if attached:
        parts.append(rf"(?:{_alt(attached)}){ends}")
    return regex.compile("|".join(parts) or r"(?!)")


@cache
def _markers() -> dict[str, regex.Pattern[str]]:
    return {unit: _marker_re(unit) for unit in ("day", "year", "quarter")}


@cache
def _offset_follow_re() -> regex.Pattern[str]:
    """``3~4일 전``: a range followed by before/after is a vague offset, not two dates."""
    return regex.compile(rf"\s?(?:{_alt(_words()['offset_directions'])}){_after_word()}")


@cache
def _count_prefix_re() -> regex.Pattern[str]:
    """``주 4일``: text ending in a per-period word, read backwards from the number."""
    w = _words()
    return regex.compile(rf"(?<![{_HANGUL}])(?:{_spaced(w['count_prefixes'])})\s*$")


@cache
def _recurring_prefix_re() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(rf"(?<![{_HANGUL}])(?:{_spaced(w['recurring_prefixes'])})\s*$")


@cache
def _recurring_suffix_re() -> regex.Pattern[str]:
    return regex.compile(rf"\s?(?:{_alt(_words()['recurring_suffixes'])})")


@cache
def _time_follow_re() -> regex.Pattern[str]:
    """What may follow a clock time written with nothing else to mark it (3시에, 15:00 현재)."""
    return regex.compile(rf"\s?(?:{_alt(_words()['time_followers'])})")


@cache
def _hour_end_re() -> regex.Pattern[str]:
    """A bare ``3시`` may also end a clause (3시. / 3시,); a bare ``21:19,`` may be a score."""
    return regex.compile(rf"\s?(?:{_alt(_words()['time_followers'])})|\s?$|[^\s{_HANGUL}\d:]")


@cache
def _not_date_re() -> regex.Pattern[str]:
    return regex.compile(_spaced(_words()["not_dates"]))


@cache
def _lookup() -> dict[str, tuple[str, Any]]:
    """Every date word, spaces removed, mapped to (kind, value)."""
    w = _words()
    table: dict[str, tuple[str, Any]] = {}
    kinds = (
        "relative_days",
        "anaphoric_days",
        "relative_months",
        "anaphoric_months",
        "relative_years",
        "anaphoric_years",
        "relative_weeks",
        "weekends",
        "ordinals",
        "relative_quarters",
        "directions",
        "weekdays",
        "halves",
        "times_of_day",
        "clock_words",
        "count_words",
        "offset_units",
        "clock_units",
        "offset_directions",
    )
    for kind in kinds:
        for word, value in w[kind].items():
            table.setdefault(_squash(word), (kind, value))
    for word in (*w["year_prefixes"], *w["year_part_words"]):
        table[_squash(word)] = ("relative_years", 0)
    return table


def _squash(s: str) -> str:
    return "".join(s.split())


def _word(s: str) -> tuple[str, Any]:
    return _lookup()[_squash(s)]


class _TenseForms(TypedDict):
    future: frozenset[tuple[str, ...]]
    past: frozenset[tuple[str, ...]]
    adnominal: frozenset[str]
    present: tuple[str, ...]  # a tuple: str.startswith takes one
    heads: frozenset[str]


@cache
def _tense_forms() -> _TenseForms:
    w = _words()
    return {
        "future": frozenset(tuple(x.split("/", 1)) for x in w["future_morphemes"]),
        "past": frozenset(tuple(x.split("/", 1)) for x in w["past_morphemes"]),
        "adnominal": frozenset(w["future_adnominal_endings"]),
        "present": tuple(w["present_endings"]),
        "heads": frozenset(w["future_heads"]),
    }


FUTURE, NEUTRAL, PAST = 1, 0, -1
#: about the future, but only inside words reported in the past: ``4일 관세를 부과하겠다고
#: 발표했다``, ``4일 "가겠다"고 말했다``. The date is as likely the day the words were said.
REPORTED_FUTURE = 2
_QUOTE_MARKS = frozenset("\"“”‘’'「」『』")
#: endings that close a reported clause (…하겠다고 밝혔다, …열겠다며, …하겠다는 뜻을 밝혔다)
_QUOTATIVE = frozenset({"다고", "라고", "자고", "냐고", "다며", "라며", "다면서", "라면서", "다는", "라는"})
_VERB = ("VV", "XSV", "VX")  # Kiwi also tags VV-R / VV-I (regular / irregular conjugation)


# ---- atoms ---------------------------------------------------------------------------------


class _MatchData:
    """A match's named groups read on demand: ``groupdict()`` on a pattern with fifty groups
    costs more than the few lookups an atom needs."""

    __slots__ = ("_m", "_numbers")

    def __init__(self, m: regex.Match[str]) -> None:
        self._m = m
        self._numbers = vars(numbers(m.re))  # by number: see newsfacts.extractors.matchgroups

    def get(self, key: str, default: Any = None) -> Any:
        i = self._numbers.get(key)
        if i is None:  # a key that is not a group (range_head)
            return default
        value = self._m[i]
        return default if value is None else value

    def __getitem__(self, key: str) -> Any:
        return self._m[self._numbers[key]]


@dataclasses.dataclass
class _Atom:
    kind: str
    start: int
    end: int
    data: dict[str, Any] | _MatchData


def _atoms(text: str, sent: Sentence, tokens: _Tokens, starts: list[int]) -> list[_Atom]:
    out: list[_Atom] = []
    markers = _markers()
    not_date = _not_date_re()
    skip_until = -1
    for m in _scan(text, sent.start, sent.end, starts):
        kind = m.lastgroup
        s, e = m.span()
        if kind is None or s < skip_until:
            continue
        if kind in ("relday", "relmonth", "relyear", "relweek", "clock"):
            phrase = not_date.match(text, s, sent.end)
            if phrase:  # 오늘날, 어제 오늘의 일, 자정 작용: skip the whole phrase
                skip_until = phrase.end()
                continue
        if kind == "range":
            out.extend(_split_range(text, m, sent.end))
            continue
        if kind in ("wtime", "wyear"):
            if (atom := _word_numeral_atom(m)) is not None:
                out.append(atom)
            continue
        if kind == "etime":
            out.append(_english_time_atom(m))
            continue
        if kind == "relweek" and (tag := tokens.tag_at(s, m[0])) is not None and tag.startswith("V"):
            continue  # 자리를 내주는: the verb 내주다, not next week
        if kind == "span":
            if m["sp_s"] and _sino_count(m["sp_s"]) is None:
                continue
            out.append(_Atom("span", s, e, _MatchData(m)))
            continue
        if kind == "within":
            out.append(_within_atom(text, m, tokens))
            continue
        if kind == "offset":
            atom = _offset_atom(m, tokens)
            if atom is not None:
                out.append(atom)
            continue
        g = _MatchData(m)
        if kind == "paren" and not (m["pw"] or m["pl"] or m["ph"]):
            continue
        if kind == "day":
            if markers["day"].match(text, e, sent.end) or _count_prefix_re().search(text, max(0, s - 8), s):
                out.append(_Atom("stop", s, e, {}))
                continue
        elif kind == "year":
            if markers["year"].match(text, e, sent.end):
                out.append(_Atom("stop", s, e, {}))
                continue
        elif kind == "quarter" and markers["quarter"].match(text, e, sent.end):
            out.append(_Atom("stop", s, e, {}))
            continue
        out.append(_Atom(kind, s, e, g))
    return out


def _word_numeral_atom(m: regex.Match[str]) -> _Atom | None:
    """A time or year in numeral words as the atom its digits would make: ``오후 세시`` reads as
    ``오후 3시``, ``이천십오년`` as ``2015년`` (only 1900 to 2100: a year, not a count)."""
    if m["wy"]:
        year = parse_number(m["wy"])
        if year is None or year.value is None or not 1900 <= year.value <= 2100:
            return None
        return _Atom("year", m.start(), m.end(), {"y4": str(int(year.value))})
    hour = parse_number(m["wh"])
    minute = parse_number(m["wmi"]) if m["wmi"] else None
    if hour is None or hour.value is None or (m["wmi"] and (minute is None or minute.value is None)):
        return None
    data = {"tod": m["wtod"], "h": str(int(hour.value)), "hb": m["whb"]}
    if minute is not None and minute.value is not None:
        data["mi"] = str(int(minute.value))
    return _Atom("time", m.start(), m.end(), data)


def _sino_count(word: str) -> int | None:
    n = parse_number(word)
    return int(n.value) if n is not None and n.value is not None and n.value == int(n.value) else None


def _count(data: Any, prefix: str) -> tuple[str, int] | None:
    """(unit, amount) of a count written with digits (``_n``/``_u``), a count word (``_w``)
    or Sino-Korean numeral words (``_s``/``_su``); ``시간 반`` is minutes."""
    if data.get(f"{prefix}_w"):
        unit, amount = _word(data[f"{prefix}_w"])[1]
        unit, amount = str(unit), int(amount)
    elif data.get(f"{prefix}_s"):
        n = _sino_count(data[f"{prefix}_s"])
        if n is None:
            return None
        unit, amount = str(_word(data[f"{prefix}_su"])[1]), n
    else:
        unit, amount = str(_word(data[f"{prefix}_u"])[1]), int(data[f"{prefix}_n"])
    if data.get(f"{prefix}_half"):
        if unit != "hour":
            return None  # 3일 반: no date reading
        return "minute", amount * 60 + 30
    return unit, amount


@cache
def _count_before_re() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(rf"\d\s?(?:{_alt([*w['offset_units'], *w['clock_units']])})\s*$")


def _within_atom(text: str, m: regex.Match[str], tokens: _Tokens) -> _Atom:
    """``7일 내``: a time limit from now; counted from an event (``신고 후 3일 이내``, ``접수일로부터
    7일 이내``, a noun right before) or in hours that are no whole days, a length and no date."""
    count = _count(_MatchData(m), "wn")
    if _count_before_re().search(text, max(0, m.start() - 12), m.start()):
        return _Atom("stop", m.start(), m.end(), {})  # 1개월 12일 이내: the end of a longer length
    before = tokens.before(m.start())
    from_event = (
        before is not None
        and not text[before.end : m.start()].strip()
        and (before.tag in ("NNG", "NNP") or before.form.endswith(tuple(_words()["range_from"])))
    )
    if count is None or count[1] == 0 or from_event:
        return _Atom("stop", m.start(), m.end(), {})  # a length, or a limit from an event
    return _Atom("within", m.start(), m.end(), {"unit": count[0], "n": count[1]})


def _english_time_atom(m: regex.Match[str]) -> _Atom:
    """``3:20pm`` as the atom ``오후 3시 20분`` makes."""
    suffixes = {k.lower(): v for k, v in _words()["clock_suffixes"].items()}
    if m["eap"]:
        tod = suffixes[m["eap"].lower()]
    else:  # 3:20p: the first letter of a suffix
        tod = next(v for k, v in suffixes.items() if k[0] == m["eap1"].lower())
    data = {"tod": tod, "h": m["eh"]}
    if m["em"]:
        data["mi"] = m["em"]
    return _Atom("time", m.start(), m.end(), data)


def _split_range(text: str, m: regex.Match[str], limit: int) -> list[_Atom]:
    """``27∼29일`` -> a day ``27`` and a day ``29일``; ``2023∼24년`` -> 2023 and 2024."""
    unit = {"년": "year", "월": "month", "일": "day", "분기": "quarter"}[m["ru"]]
    a, b = m["ra"], m["rb"]
    e = m.end()
    if m["rs"] == "," and len(b) == 3:  # 1,000일: a thousands separator
        return [_Atom("stop", m.start(), e, {})]
    marker = _markers().get(unit)
    if (marker is not None and marker.match(text, e, limit)) or _offset_follow_re().match(text, e, limit):
        return [_Atom("stop", m.start(), e, {})]
    a_start, a_end = m.span("ra")
    b_start = m.start("rb")
    if unit == "year":
        if len(a) != 4 or len(b) not in (2, 4):
            return [_Atom("stop", m.start(), e, {})]
        if len(b) == 2:
            b = a[:2] + b
        return [
            _Atom("year", a_start, a_end, {"y4": a, "range_head": True}),
            _Atom("year", b_start, e, {"y4": b}),
        ]
    if unit == "quarter":
        if a not in "1234" or len(a) != 1:
            return [_Atom("stop", m.start(), e, {})]
        return [
            _Atom("quarter", a_start, a_end, {"q": a, "range_head": True}),
            _Atom("quarter", b_start, e, {"q": b}),
        ]
    if len(a) > 2 or len(b) > 2:
        return [_Atom("stop", m.start(), e, {})]
    key = "m" if unit == "month" else "d"
    return [
        _Atom(unit, a_start, a_end, {key: a, "range_head": True}),
        _Atom(unit, b_start, e, {key: b}),
    ]


def _offset_atom(m: regex.Match[str], tokens: _Tokens) -> _Atom | None:
    """``27일 전`` is an offset only when Kiwi reads 전 as the noun "before" (NNG); in
    ``27일 전 대통령`` it is a determiner (MM, "former") and ``27일`` is a plain date. A count
    word (사흘 전) or another unit (2주 전) has no date reading, so Kiwi is not asked."""
    days = m["on"] is not None and _word(m["ou"])[1] == "day"
    if days and _squash(m["od"]) in _words()["offset_directions_not_for_days"]:
        return _Atom("day", m.start("on"), m.end("ou"), {"d": m["on"]})  # 5일 이전: before the 5th
    if m["on"] is None or _word(m["ou"])[1] != "day" or _word(m["od"])[1] > 0:
        return _Atom("offset", m.start(), m.end(), _MatchData(m))  # 사흘 전, 2주 후: no other reading
    tag = tokens.tag_at(m.start("od"), m["od"])
    if tag is None or tag.startswith("NN"):
        return _Atom("offset", m.start(), m.end(), _MatchData(m))
    return _Atom("day", m.start("on"), m.end("ou"), {"d": m["on"]})


class _Tokens:
    """Kiwi's morphemes of one sentence, looked up by offset only when a rule needs them."""

    def __init__(self, article: Article, sent: Sentence) -> None:
        self._article = article
        self._sent = sent
        self._toks: tuple[Token, ...] | None = None
        self._starts: list[int] = []
        self._tenses: dict[int, int] = {}  # a bare day asks up to three times at one offset

    @property
    def toks(self) -> tuple[Token, ...]:
        if self._toks is None:
            self._toks = self._article.sentence_tokens(self._sent)
            self._starts = [t.start for t in self._toks]
        return self._toks

    def tag_at(self, start: int, form: str) -> str | None:
        toks = self.toks
        i = bisect.bisect_left(self._starts, start)
        if i < len(toks) and toks[i].start == start and toks[i].form == form:
            return toks[i].tag
        return None

    def before(self, start: int) -> Token | None:
        toks = self.toks
        i = bisect.bisect_left(self._starts, start)
        return toks[i - 1] if i > 0 else None

    def tense_after(self, pos: int) -> int:
        """The tense of the clause that follows a date (``_tense_after``), read once per offset."""
        tense = self._tenses.get(pos)
        if tense is None:
            tense = self._tenses[pos] = self._tense_after(pos)
        return tense

    def _tense_after(self, pos: int) -> int:
        """The tense of the clause that follows a date: FUTURE, PAST or NEUTRAL.

        Reads Kiwi's morphemes from ``pos`` to the end of the clause. A past -었- makes it
        PAST, also after a future word (열릴 예정이었으나). 예정, 앞두다, -겠-, an adnominal
        -ㄹ (열릴 회의) or a verb in the present (4월 17일 열린다, the way news announces a
        schedule) make it FUTURE; a verb's past adnominal (발표한 보고서) is PAST; any other
        ending, or none (a headline), is NEUTRAL.
        """
        forms = _tense_forms()
        toks = self.toks
        prev_tag = ""
        future = False
        depth = 0  # quote marks opened after the date
        for i in range(bisect.bisect_left(self._starts, pos), len(toks)):
            t = toks[i]
            if t.tag == "SSO" and t.form in _QUOTE_MARKS:
                depth += 1
            elif t.tag == "SSC" and t.form in _QUOTE_MARKS:
                if depth == 0:  # the date was inside the quote, which ends here: "하반기에는 …될 것"
                    return FUTURE if future else NEUTRAL
                depth -= 1
            pair = (t.form, t.tag)
            if pair in forms["past"]:
                return PAST
            if pair in forms["future"]:
                if t.tag == "EP":
                    return self._reported(i)  # -겠-
                future = True
            elif t.tag == "ETM":
                if t.form in forms["adnominal"]:
                    nxt = toks[i + 1].form if i + 1 < len(toks) else ""
                    if nxt not in forms["heads"]:
                        return FUTURE  # 열릴 회의: the clause ends at its noun
                    future = True
                elif future:
                    return self._reported(i)
                else:
                    return PAST if t.form in ("ᆫ", "은") and prev_tag.startswith(_VERB) else NEUTRAL
            elif t.tag == "EC" and i + 1 < len(toks) and toks[i + 1].tag == "VX":
                pass  # 치러-지다, 하고 있다: an auxiliary verb carries the predicate on
            elif t.tag in ("EF", "EC"):
                if future or (prev_tag.startswith(_VERB) and t.form.startswith(forms["present"])):
                    return self._reported(i)
                return NEUTRAL
            prev_tag = t.tag
        return FUTURE if future else NEUTRAL

    def _reported(self, i: int) -> int:
        """FUTURE, or REPORTED_FUTURE when the clause at ``toks[i]`` is reported speech (its
        ending is quotative, or a closing quote mark and 고 follow) and a past tense follows."""
        toks = self.toks
        past = _tense_forms()["past"]
        for j in range(i, len(toks)):
            t = toks[j]
            quotative = t.form in _QUOTATIVE and t.tag in ("EC", "ETM")
            if t.tag == "JKQ" or quotative:
                if any((u.form, u.tag) in past for u in toks[j + 1 :]):
                    return REPORTED_FUTURE
                return FUTURE
            quoted = t.tag == "EF" and j + 1 < len(toks) and toks[j + 1].tag == "SSC"  # 가겠다" 고
            if t.tag in ("EC", "ETM") or (t.tag == "EF" and not quoted):
                return FUTURE  # the clause ends without being reported
        return FUTURE


# ---- grouping atoms into expressions ------------------------------------------------------------

# Slots in the order Korean writes a date: 현지시간 / 오는 / year / month|quarter / day / weekday / time
_LOCAL, _DIR, _YEAR, _MONTH, _DAY, _WEEKDAY, _TIME = range(7)
_SLOT = {
    "local": _LOCAL,
    "dir": _DIR,
    "year": _YEAR,
    "relyear": _YEAR,
    "numdate": _DAY,
    "mdnum": _DAY,
    "month": _MONTH,
    "relmonth": _MONTH,
    "quarter": _MONTH,
    "relquarter": _MONTH,
    "half": _MONTH,
    "day": _DAY,
    "relday": _DAY,
    "relweek": _DAY,
    "weekend": _DAY,
    "season": _DAY,
    "holiday": _DAY,
    "nth": _DAY,
    "offset": _DAY,
    "span": _DAY,
    "within": _DAY,
    "weekday": _WEEKDAY,
    "time": _TIME,
    "hhmm": _TIME,
    "clock": _TIME,
}
_DIRECTABLE = {"day", "month", "weekday", "quarter", "half", "year", "holiday"}


@dataclasses.dataclass
class _Expr:
    atoms: list[_Atom]
    start: int
    end: int
    local: bool = False
    weekday: str | None = None

    def first(self, *kinds: str) -> _Atom | None:
        for a in self.atoms:
            if a.kind in kinds:
                return a
        return None


def _adjacent(text: str, a: _Atom, b: _Atom) -> bool:
    return a.end <= b.start and not text[a.end : b.start].strip()


def _expressions(text: str, atoms: list[_Atom]) -> Iterator[_Expr]:
    i, n = 0, len(atoms)
    while i < n:
        first = atoms[i]
        if first.kind in ("stop", "paren"):
            i += 1
            continue
        group = [first]
        slot = _SLOT[first.kind]
        j = i + 1
        if (
            first.kind in ("time", "hhmm", "clock")
            and i > 0
            and atoms[i - 1].kind == "stop"
            and _adjacent(text, atoms[i - 1], first)
        ):
            i += 1  # 주 4일 오전 9시, 매주 15일 오후 3시: the time of a schedule, not a date
            continue
        while j < n and _adjacent(text, group[-1], atoms[j]) and not group[-1].data.get("range_head"):
            nxt = atoms[j]
            if nxt.kind == "paren":
                if group[-1].kind == "paren":
                    break
                group.append(nxt)
                j += 1
                continue
            if nxt.kind == "stop" or not _fits(group, slot, nxt):
                break
            group.append(nxt)
            slot = _SLOT[nxt.kind]
            j += 1
        i = j if j > i + 1 else i + 1
        expr = _finish(group)
        if expr is not None:
            yield expr


def _fits(group: list[_Atom], slot: int, nxt: _Atom) -> bool:
    """Whether ``nxt`` may continue the expression built so far (whose last slot is ``slot``)."""
    kind = nxt.kind
    nslot = _SLOT[kind]
    if nslot <= slot:
        return False
    cores = [a.kind for a in group if a.kind != "paren"]
    last = cores[-1]
    if last == "local":
        return kind not in ("local", "dir")
    if last == "dir":
        return kind in _DIRECTABLE
    if last == "relweek":
        return kind == "weekday"
    if last in ("span", "within"):
        return False  # 지난 2주, 7일 내 are whole: nothing narrows them
    if kind == "relmonth" and last in ("year", "relyear"):
        # '지난해 같은 달', as statistics are compared: that year's month of the one named
        return _word(nxt.data["relmonth"])[0] == "anaphoric_months"
    if kind in (
        "numdate",
        "mdnum",
        "relday",
        "relweek",
        "weekend",
        "season",
        "offset",
        "span",
        "within",
        "relmonth",
        "relquarter",
    ):
        return False  # these stand at the start (after 현지시간/오는 at most)
    if kind == "holiday":
        return last in ("year", "relyear")  # 올해 추석, 2024년 설 연휴
    if nslot == _MONTH:
        return last in ("year", "relyear")
    if nslot == _DAY:  # a plain day needs a month before it, or nothing
        return last in ("month", "relmonth")
    if nslot == _WEEKDAY:
        return last in ("day", "numdate", "mdnum")
    if nslot == _TIME:
        day_level = {"day", "numdate", "mdnum", "relday", "weekday"}
        if last == "offset":
            return _word_unit(group) == "day"
        return last in day_level
    return False


def _word_unit(group: list[_Atom]) -> str | None:
    off = next((a for a in group if a.kind == "offset"), None)
    if off is None:
        return None
    if off.data.get("ow"):
        return str(_word(off.data["ow"])[1][0])
    return str(_word(off.data["ou"])[1])


def _finish(group: list[_Atom]) -> _Expr | None:
    """Drop a dangling 오는/현지시간/parenthesis; keep the rest as one expression."""
    while group and group[-1].kind in ("dir", "local"):
        group.pop()
    kinds = [a.kind for a in group if a.kind not in ("paren", "local", "dir")]
    if not kinds:
        return None
    expr = _Expr(atoms=group, start=group[0].start, end=group[-1].end)
    for a in group:
        if a.kind == "local":
            expr.local = True
        elif a.kind == "paren":
            if a.data.get("pl"):
                expr.local = True
            if a.data.get("pw"):
                expr.weekday = a.data["pw"]
        elif a.kind == "weekday":
            expr.weekday = _word_text(a)[0]
    return expr


def _word_text(a: _Atom) -> str:
    return str(a.data.get(a.kind) or "")


# ---- resolution ----------------------------------------------------------------------------


@dataclasses.dataclass
class _Context:
    """What the nearby text has said: the frame relative dates are read in."""

    ref: date | None
    now: datetime | None = None  # the reference with its clock, when it has one
    para: int = -1
    para_day: date | None = None  # last day named in the paragraph (for 이날, 전날)
    para_month: tuple[int, int] | None = None  # (for 같은 달)
    para_year: int | None = None  # (for 같은 해, 이듬해)
    # the last month and year named anywhere before: 같은 달 in a paragraph that names none
    # means the month the article was just talking about, not the reference month
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    sent_day: date | None = None  # last day named earlier in this sentence
    sent_year: tuple[int, int] | None = None  # (year, month or 0) last named in this sentence
    prev_sent_day: date | None = None  # last day named in the sentence before
    story_day: date | None = None  # the first day the body names: what 이날 means later on

    def new_sentence(self, sent: Sentence) -> None:
        if sent.paragraph != self.para:
            self.para = sent.paragraph
            self.para_day = self.para_month = self.para_year = None
        self.prev_sent_day = self.sent_day
        self.sent_day = None
        self.sent_year = None


@dataclasses.dataclass
class _Value:
    value: str | None
    grain: str
    relative: bool
    day: date | None = None  # the calendar day, when the grain is day or finer
    year: int | None = None
    month: int | None = None
    anaphoric: bool = False
    range: tuple[str | None, str | None] | None = None  # 주말: Saturday and Sunday


@cache
def _hedge_re() -> regex.Pattern[str]:
    """``이르면 27일``, ``늦어도 다음 달 3일``: a hedge word ending right before the date."""
    return regex.compile(rf"(?<![{_HANGUL}])(?:{_spaced(_words()['future_hedges'])})\s*$")


def _resolve(expr: _Expr, ctx: _Context, text: str, tokens: _Tokens) -> _Value | None:
    direction: int | None = None
    dir_atom = expr.first("dir")
    if dir_atom is not None:
        direction = int(_word(dir_atom.data["dir"])[1])
    elif _hedge_re().search(text, max(0, expr.start - 8), expr.start):
        direction = 1  # as early as / at the latest: a date ahead
    head = next(a for a in expr.atoms if a.kind not in ("local", "dir", "paren"))
    time_atom = expr.first("time", "hhmm", "clock")
    if head is time_atom:
        return _resolve_time_alone(expr, ctx, text, tokens)
    base = _resolve_date(expr, head, direction, ctx, text, tokens)
    if base is None:
        return None
    if time_atom is None:
        return base
    hm = _clock_of(time_atom)
    if hm is None:
        return base
    hour, minute, grain = hm
    value = rules.fmt_minute(base.day, hour, minute) if base.day else None
    return dataclasses.replace(base, value=value, grain=grain)


def _clock_of(a: _Atom) -> tuple[int, int, str] | None:
    """(hour, minute, grain) of a time atom; hour 24 is the midnight ending the day."""
    d = a.data
    if a.kind == "clock":
        return int(_word(d["clock"])[1]), 0, "hour"
    if a.kind == "hhmm":
        mode = _word(d["tod2"])[1] if d.get("tod2") else None
        hm = rules.clock(int(d["hh"]), int(d["mm"]), mode)
        return None if hm is None else (hm[0], hm[1], "minute")
    mode = _word(d["tod"])[1] if d.get("tod") else None
    minute = int(d["mi"]) if d.get("mi") else (30 if d.get("hb") else 0)
    hm = rules.clock(int(d["h"]), minute, mode)
    if hm is None:
        return None
    return hm[0], hm[1], "minute" if d.get("mi") or d.get("hb") else "hour"


def _resolve_time_alone(expr: _Expr, ctx: _Context, text: str, tokens: _Tokens) -> _Value | None:
    """``오후 3시 현재``: on the day named earlier in the sentence, else the reference day."""
    a = expr.first("time", "hhmm", "clock")
    assert a is not None
    d = a.data
    written_clearly = bool(d.get("tod") or d.get("tod2") or d.get("mi") or d.get("hb"))
    # a bare 3시 or 자정 may end a clause (3시. 자정,); a bare 21:19, may be a score
    follow = _time_follow_re() if a.kind == "hhmm" else _hour_end_re()
    if not written_clearly and not follow.match(text, a.end) and not _clock_pair(text, a):
        return None  # a bare 3시, 21:19 or 자정 that nothing marks as a clock time
    hm = _clock_of(a)
    if hm is None:
        return None
    hour, minute, grain = hm
    day = ctx.sent_day or ctx.ref
    value = rules.fmt_minute(day, hour, minute) if day else None
    return _Value(value, grain, True, day=day)


_HHMM = r"(?<![\d.,:])(?:[01]?\d|2[0-4]):(?P<mm>[0-5]\d)(?![\d:])"


@cache
def _clock_pair_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A bare hh:mm with a range separator and another hh:mm after or before it."""
    seps = _alt([*_words()["range_separators"], *_words()["range_from"]])
    return (
        regex.compile(rf"\s*(?P<sep>{seps})\s*{_HHMM}"),
        regex.compile(rf"{_HHMM}\s*(?P<sep>{seps})\s*$"),
    )


def _clock_pair(text: str, a: _Atom) -> bool:
    """``9:30 ~ 11:00``, ``11:30-1:30``: two bare clock times joined as a range mark each other
    as times. A hyphen also joins set scores (``21:19-23:21``), so with a hyphen both minutes
    must be round (a multiple of 5), as schedules are."""
    if a.kind != "hhmm":
        return False
    after, before = _clock_pair_res()
    own = a.data["mm"]
    m = after.match(text, a.end)
    if m is None:
        m = before.search(text, max(0, a.start - 16), a.start)
    if m is None:
        return False
    return m["sep"] != "-" or (int(own) % 5 == 0 and int(m["mm"]) % 5 == 0)


def _resolve_date(
    expr: _Expr, head: _Atom, direction: int | None, ctx: _Context, text: str, tokens: _Tokens
) -> _Value | None:
    ref = ctx.ref
    kind = head.kind
    d = head.data

    if kind == "numdate":
        day = rules.make_date(int(d["nd_y"]), int(d["nd_m"]), int(d["nd_d"]))
        return _day_value(day, False) if day else None

    if kind == "relday":
        word_kind, n = _word(d["relday"])
        if word_kind == "anaphoric_days":
            anchor = ctx.para_day or ctx.story_day or ref
            day = rules.add_days(anchor, n) if anchor else None
            v = _day_value(day, True)
            v.anaphoric = True
            return v
        return _day_value(rules.add_days(ref, n) if ref else None, True)

    if kind == "relweek":
        weeks = int(_word(d["relweek"])[1])
        wd_atom = expr.first("weekday")
        if wd_atom is None:  # 지난주: the week itself
            monday = weeks_.week_of(weeks, ref) if ref else None
            return _Value(weeks_.iso_week(monday) if monday else None, "week", True)
        wd = int(_word(wd_atom.data["weekday"])[1])
        return _day_value(rules.week_day(weeks, wd, ref) if ref else None, True)

    if kind == "weekend":
        if ref is None:
            return _Value(None, "day", True, range=(None, None))
        future = tokens.tense_after(expr.end) in (FUTURE, REPORTED_FUTURE)
        sat_sun = weeks_.weekend(_word(d["weekend"])[1], ref, future)
        if sat_sun is None:
            return None
        return _Value(None, "day", True, range=(sat_sun[0].isoformat(), sat_sun[1].isoformat()))

    if kind == "nth":
        return None  # 둘째 주 with no month before it: the week of what is not said

    if kind == "weekday":
        wd = int(_word(d["weekday"])[1])
        if ref is None:
            return _Value(None, "day", True)
        future = direction is None and tokens.tense_after(expr.end) in (FUTURE, REPORTED_FUTURE)
        return _day_value(rules.weekday_near(wd, ref, direction, future), True)

    if kind == "offset":
        return _resolve_offset(head, ctx, text, tokens)

    if kind == "span":
        return _resolve_span(head, ref, ctx.now)

    if kind == "season":
        return _resolve_season(head, ref)

    if kind == "within":
        return _resolve_within(head, ref, ctx.now)

    if kind == "mdnum":
        return _month_day(int(d["md_m"]), int(d["md_d"]), direction, ctx, tokens, expr.end, expr.weekday)

    # year / month / day / quarter / half, possibly with a relative year or month
    year: int | None = None
    relative = True
    year_atom = expr.first("year", "relyear")
    if year_atom is not None:
        if year_atom.kind == "year":
            yd = year_atom.data
            year = int(yd["y4"]) if yd.get("y4") else 2000 + int(yd["y2"])
            relative = False
        else:
            word_kind, n = _word(year_atom.data["relyear"])
            base = (
                (ctx.para_year or ctx.last_year or (ref.year if ref else None))
                if word_kind == "anaphoric_years"
                else (ref.year if ref else None)
            )
            year = base + n if base is not None else None
    if (hol := expr.first("holiday")) is not None:
        return _holiday(hol, year, relative, direction, ctx, text, tokens, expr.end)
    month_atom = expr.first("month", "relmonth", "quarter", "relquarter", "half")
    day_atom = expr.first("day")

    if month_atom is None and day_atom is None:  # a year alone
        if year_atom is None:
            return None
        return _Value(rules.fmt_year(year) if year is not None else None, "year", relative, year=year)

    if month_atom is not None and month_atom.kind in ("quarter", "relquarter", "half"):
        return _quarter(month_atom, year, year_atom is not None, relative, direction, ctx, tokens, expr.end)

    month: int | None = None
    if month_atom is not None and month_atom.kind == "relmonth":
        word_kind, n = _word(month_atom.data["relmonth"])
        if word_kind == "anaphoric_months":
            frame = ctx.para_month or ctx.last_month or ((ref.year, ref.month) if ref else None)
        else:
            frame = (ref.year, ref.month) if ref else None
        if frame is None:
            return _Value(None, "day" if day_atom else "month", True)
        if year_atom is not None:  # '지난해 같은 달': the year written, the month named before
            if year is None:
                return _Value(None, "day" if day_atom else "month", True)
            month = frame[1]
        else:
            year, month = rules.add_months(frame[0], frame[1], n)
    elif month_atom is not None:
        month = int(month_atom.data["m"])
        if not 1 <= month <= 12:
            return None

    if (nth := expr.first("nth")) is not None:
        assert month is not None
        if year is None and year_atom is None:
            year = _year_of_bare_month(month, direction, ctx, tokens, expr.end)
        return _nth_value(nth, year, month)

    if day_atom is None:  # a month
        assert month is not None
        if year is None and year_atom is None:
            year = _year_of_bare_month(month, direction, ctx, tokens, expr.end)
        if year is None:
            return _Value(None, "month", True)
        return _Value(rules.fmt_month(year, month), "month", relative, year=year, month=month)

    dday = int(day_atom.data["d"])
    if not 1 <= dday <= 31:
        return None
    if month is None:  # a bare day
        return _bare_day(dday, direction, ctx, tokens, expr.end, expr.weekday)
    if year is None and year_atom is None:
        return _month_day(month, dday, direction, ctx, tokens, expr.end, expr.weekday)
    if year is None:
        return _Value(None, "day", True)
    return _day_value(rules.make_date(year, month, dday), relative)


@cache
def _holiday_context_re() -> regex.Pattern[str]:
    """What makes a bare 설 the holiday: 설 연휴, 설 명절, 설을 앞두고 (a particle may come between)."""
    particles = _alt(_words()["particles"])
    return regex.compile(rf"(?:{particles})?\s?(?:{_alt(holidays_.words()['context_words'])})")


def _holiday(
    atom: _Atom,
    year: int | None,
    relative: bool,
    direction: int | None,
    ctx: _Context,
    text: str,
    tokens: _Tokens,
    end: int,
) -> _Value | None:
    """``추석``, ``올해 설``, ``지난 추석``, ``내년 설 연휴`` (a range of the days off)."""
    d = atom.data
    word = holidays_.canonical(d["hol"])
    run = bool(d.get("hol_run"))
    bare = year is None and direction is None and not run
    needs_context = word in holidays_.words()["needs_context"]
    if bare and needs_context and not _holiday_context_re().match(text, atom.end):
        return None  # 그런 설이 돌았다: 설 is also a rumour
    written_year = year is not None and not relative
    lean = _lean(direction, end, tokens)
    neutral = direction is None and tokens.tense_after(end) == NEUTRAL
    day = holidays_.occurrence(word, ctx.ref, year, lean, neutral)
    if day is None:
        return _Value(None, "day", True, range=(None, None) if run else None)
    if run:
        first, last = holidays_.holiday_run(word, day)
        return _Value(None, "day", not written_year, range=(first.isoformat(), last.isoformat()))
    return _day_value(day, not written_year)


def _nth_value(nth: _Atom, year: int | None, month: int) -> _Value:
    """``6월 둘째 주`` (a week), ``3월 마지막 월요일``, ``10월 마지막 날`` (a day)."""
    d = nth.data
    n = int(_word(d["nth_o"])[1])
    if d.get("nth_week"):
        monday = weeks_.month_week(year, month, n) if year is not None else None
        return _Value(weeks_.iso_week(monday) if monday else None, "week", True)
    if year is None:
        return _Value(None, "day", True)
    if d.get("nth_wd"):
        return _day_value(weeks_.nth_weekday(year, month, int(_word(d["nth_wd"])[1]), n), True)
    return _day_value(weeks_.nth_day(year, month, n), True)


def _day_value(day: date | None, relative: bool) -> _Value:
    """A day-grain value; an impossible written date (2월 30일) keeps grain day with value null."""
    if day is None:
        return _Value(None, "day", relative)
    return _Value(day.isoformat(), "day", relative, day=day, year=day.year, month=day.month)


def _year_of_bare_month(
    month: int, direction: int | None, ctx: _Context, tokens: _Tokens, end: int
) -> int | None:
    if direction is None and ctx.sent_year is not None and month >= ctx.sent_year[1]:
        return ctx.sent_year[0]  # 2023년 5월 설립 ... 8월 출시: the year just named
    if ctx.ref is None:
        return None
    return rules.bare_month(month, ctx.ref, _lean(direction, end, tokens))


SOON = 7  # days: a bare day this close ahead, in a clause with no tense, is coming, not past
STORY_WINDOW = 7  # days: the story's day is within a week of the publication date


def _lean(direction: int | None, end: int, tokens: _Tokens) -> int | None:
    """The written direction, else forward when the clause after the date is about the future."""
    if direction is not None:
        return direction
    return 1 if tokens.tense_after(end) in (FUTURE, REPORTED_FUTURE) else None


def _said_then(direction: int | None, past: date | None, ref: date, tokens: _Tokens, end: int) -> bool:
    """``4일 …하겠다고 발표했다`` published on the 5th: the day the words were said, not the
    next 4th, when that reading falls within the story's week."""
    if direction is not None or past is None or not 0 <= (ref - past).days <= STORY_WINDOW:
        return False
    return tokens.tense_after(end) == REPORTED_FUTURE


def _soon(day: date | None, ref: date) -> bool:
    return day is not None and 0 < (day - ref).days <= SOON


def _weekday_agrees(day: date | None, weekday: str | None) -> bool:
    return day is not None and weekday is not None and _short_weekdays().get(weekday) == day.weekday()


@cache
def _short_weekdays() -> dict[str, int]:
    return {name[0]: int(n) for name, n in _words()["weekdays"].items()}


def _month_day(
    month: int,
    day: int,
    direction: int | None,
    ctx: _Context,
    tokens: _Tokens,
    end: int,
    weekday: str | None,
) -> _Value:
    if direction is None and ctx.sent_year is not None and month >= ctx.sent_year[1]:
        return _day_value(rules.make_date(ctx.sent_year[0], month, day), True)
    if ctx.ref is None:
        return _Value(None, "day", True)
    lean = _lean(direction, end, tokens)
    if _said_then(direction, rules.bare_month_day(month, day, ctx.ref), ctx.ref, tokens, end):
        lean = None
    found = rules.bare_month_day(month, day, ctx.ref, lean)
    if lean is None:
        ahead = rules.bare_month_day(month, day, ctx.ref, 1)
        if _soon(ahead, ctx.ref) and tokens.tense_after(end) == NEUTRAL:
            found = ahead  # "3월 2일 본회의 상정" written on February 27th
    if lean is None and weekday and not _weekday_agrees(found, weekday):
        ahead = rules.bare_month_day(month, day, ctx.ref, 1)
        if _weekday_agrees(ahead, weekday):
            found = ahead  # 3월 14일(금) in January: the coming March 14th is the Friday
    return _day_value(found, True)


def _bare_day(
    day: int, direction: int | None, ctx: _Context, tokens: _Tokens, end: int, weekday: str | None
) -> _Value:
    """``29일``: in the month of a day named earlier in the sentence when it does not go back
    in time (12월 3일 ... 4일), else by the reference date."""
    prev = ctx.sent_day
    if direction is None and prev is not None and day >= prev.day:
        same_month = rules.make_date(prev.year, prev.month, day)
        if same_month is not None:  # not 31일 after a 1 April
            return _day_value(same_month, True)
    if ctx.ref is None:
        return _Value(None, "day", True)
    lean = _lean(direction, end, tokens)
    if _said_then(direction, rules.bare_day(day, ctx.ref), ctx.ref, tokens, end):
        lean = None
    found = rules.bare_day(day, ctx.ref, lean)
    if lean is None and day > ctx.ref.day:
        ahead = rules.bare_day(day, ctx.ref, 1)
        if _soon(ahead, ctx.ref) and tokens.tense_after(end) == NEUTRAL:
            found = ahead  # "10일 본회의 상정" written on the 9th: tomorrow, not last month
    if lean is None and weekday and not _weekday_agrees(found, weekday):
        ahead = rules.bare_day(day, ctx.ref, 1)
        if _weekday_agrees(ahead, weekday):
            found = ahead  # 3일(월) written on the 28th: next month's 3rd is the Monday
    return _day_value(found, True)


def _quarter(
    atom: _Atom,
    year: int | None,
    year_written: bool,
    relative: bool,
    direction: int | None,
    ctx: _Context,
    tokens: _Tokens,
    end: int,
) -> _Value:
    ref = ctx.ref
    if atom.kind == "relquarter":
        n = int(_word(atom.data["relquarter"])[1])
        if ref is None:
            return _Value(None, "quarter", True)
        y, q = rules.add_quarters(ref.year, rules.quarter_of(ref.month), n)
        return _Value(rules.fmt_quarter(y, q), "quarter", True, year=y)
    lean = _lean(direction, end, tokens)
    frame = ctx.sent_year if direction is None and not year_written else None  # the year just named
    if atom.kind == "half":
        half = int(_word(atom.data["half"])[1])
        if frame is not None and 6 * half - 5 >= frame[1]:
            year = frame[0]
        elif not year_written:
            year = rules.bare_half(half, ref, lean) if ref else None
        if year is None:
            return _Value(None, "quarter", True)
        return _Value(rules.fmt_half(year, half), "quarter", relative, year=year, month=6 * half - 5)
    q = int(atom.data["q"])
    if frame is not None and 3 * q - 2 >= frame[1]:
        year = frame[0]  # 올해 1~3분기, 2024년 1분기와 3분기
    elif not year_written:
        year = rules.bare_quarter(q, ref, lean) if ref else None
    if year is None:
        return _Value(None, "quarter", True)
    return _Value(rules.fmt_quarter(year, q), "quarter", relative, year=year, month=3 * q - 2)


def _resolve_offset(head: _Atom, ctx: _Context, text: str, tokens: _Tokens) -> _Value | None:
    """``사흘 뒤``: from the day named earlier in this sentence or in the one before; an offset
    from a named event (``출범 사흘 뒤``) with no such day is left out; else from the reference."""
    d = head.data
    if d.get("ow"):
        unit, amount = _word(d["ow"])[1]
    else:
        unit, amount = _word(d["ou"])[1], int(d["on"])
    n = int(amount) * int(_word(d["od"])[1])
    anchor = ctx.sent_day or ctx.prev_sent_day
    if anchor is None:
        before = tokens.before(head.start)
        if before is not None and before.tag in ("NNG", "NNP") and not text[before.end : head.start].strip():
            return None  # 출범 사흘 뒤: counted from an event we cannot date
        anchor = ctx.ref
    grain = {"day": "day", "week": "day", "month": "month", "year": "year"}.get(unit)
    if grain is None:
        return None  # 한 시간 뒤: hours from a time we do not know
    if anchor is None:
        return _Value(None, grain, True)
    y, m, dd = rules.shift(anchor, unit, n)
    if y == 0:
        return None
    if grain == "day":
        return _day_value(rules.make_date(y, m, dd), True)
    if grain == "month":
        return _Value(rules.fmt_month(y, m), "month", True, year=y, month=m)
    return _Value(rules.fmt_year(y), "year", True, year=y)


_SPAN_GRAINS = {g: g for g in ("day", "week", "month", "year", "hour", "minute")}


def _resolve_span(head: _Atom, ref: date | None, now: datetime | None) -> _Value | None:
    """``지난 2주``, ``향후 5년간``: a range of whole units from the reference date, never from a
    day named nearby (news writes ``그 뒤 2주`` for that, and ``그 다음 3년`` is not read)."""
    d = head.data
    count = _count(d, "sp")
    if count is None:
        return None
    unit, amount = count
    if amount == 0:
        return None
    n = int(amount) * int(_words()["span_leads"][d["sp_lead"]])
    if unit in _CLOCK_UNITS:  # 지난 2시간: on the clock of the reference, when it has one
        ends = rules.clock_span(unit, n, now) if now is not None else None
        return None if ends is None else _Value(None, unit, True, range=ends)
    if ref is None:
        return _Value(None, _SPAN_GRAINS[unit], True, range=(None, None))
    ends = rules.span(unit, n, ref)
    if ends is None:
        return None
    return _Value(None, _SPAN_GRAINS[unit], True, range=ends)


_CLOCK_UNITS = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1)}


def _resolve_within(head: _Atom, ref: date | None, now: datetime | None) -> _Value | None:
    """``7일 내``: from the reference date to the day (month, year) the count reaches; ``한시간
    안에`` from the reference's clock to the minute it reaches, or with no clock, whole days
    (``24시간 안에``) as days and other hours not at all."""
    unit, n = head.data["unit"], int(head.data["n"])
    if unit in _CLOCK_UNITS:
        if now is not None:
            limit = (rules.fmt_clock(now), rules.fmt_clock(now + n * _CLOCK_UNITS[unit]))
            return _Value(None, "minute", True, range=limit)
        per_day = int(next(iter(_words()["hour_units"].values())))
        if unit != "hour" or n % per_day:
            return None
        unit, n = "day", n // per_day
    grain = {"week": "day"}.get(unit, unit)
    if ref is None:
        return _Value(None, grain, True, range=(None, None))
    y, m, d = rules.shift(ref, unit, n)
    ends: tuple[str | None, str | None]
    if grain == "day":
        last = rules.make_date(y, m, d)
        ends = (ref.isoformat(), last.isoformat() if last else None)
    elif grain == "month":
        ends = (rules.fmt_month(ref.year, ref.month), rules.fmt_month(y, m))
    else:
        ends = (rules.fmt_year(ref.year), rules.fmt_year(y))
    return _Value(None, grain, True, range=ends)


def _resolve_season(head: _Atom, ref: date | None) -> _Value | None:
    """``올여름``, ``지난 겨울``, ``2024년 봄``: a range of the season's months (seasons.py)."""
    d = head.data
    w = _words()
    first_month = int(w["seasons"][d["ss"]])
    if d.get("ss_y"):
        months = seasons_.season(first_month, None, int(d["ss_y"]), ref)
        relative = False
    else:
        how, n = w["season_leads"][_squash(d["ss_lead"])]
        months = seasons_.season(first_month, (str(how), int(n)), None, ref)
        relative = True
    if months is None:
        return _Value(None, "month", relative, range=(None, None)) if ref is None else None
    return _Value(None, "month", relative, range=months)


def _remember(ctx: _Context, v: _Value) -> None:
    if v.day is not None:
        ctx.sent_day = v.day
        ctx.sent_year = (v.day.year, v.day.month)
        if not v.anaphoric:
            ctx.para_day = v.day
        ctx.para_month = (v.day.year, v.day.month)
        ctx.para_year = v.day.year
    elif v.year is not None:
        ctx.sent_year = (v.year, v.month or 0)
        if v.month is not None and v.grain == "month":
            ctx.para_month = (v.year, v.month)
        ctx.para_year = v.year


def _remember_written(ctx: _Context, expr: _Expr, v: _Value) -> None:
    """The month and year an expression wrote out (3월, 지난해 11월, 2024년), for 같은 달 and
    같은 해 further on; a bare day (1일) only borrows the reference month and does not count."""
    year = v.day.year if v.day is not None else v.year
    month = v.day.month if v.day is not None else v.month
    if year is None:
        return
    if month is not None and expr.first("month", "relmonth", "mdnum", "numdate") is not None:
        ctx.last_month = (year, month)
    if expr.first("year", "relyear", "numdate") is not None:
        ctx.last_year = year


# ---- the extractor -------------------------------------------------------------------------


def _recurring(text: str, expr: _Expr, limit: int) -> bool:
    """``매주 월요일``, ``매월 15일``, ``월요일마다``: a schedule, not a date."""
    return bool(
        _recurring_prefix_re().search(text, max(0, expr.start - 6), expr.start)
        or _recurring_suffix_re().match(text, expr.end, limit)
    )


_STORY_HEADS = frozenset({"day", "mdnum", "relday", "month"})


def _tells_the_story_day(expr: _Expr, v: _Value, article: Article, sent: Sentence) -> bool:
    """The first plainly written recent day of the body (``25일``, ``2월 25일``, ``어제``; not a
    headline, not ``지난 10일``, not ``지난해 12월 3일``, not an offset) is the day the story is
    about: a morning daily of the 26th reports the 25th's decision and goes on saying ``이날``
    for the 25th in later paragraphs."""
    ref = article.reference_date
    if v.anaphoric or v.day is None or ref is None or article.paragraphs[sent.paragraph].role != "body":
        return False
    if abs((v.day - ref).days) > STORY_WINDOW:
        return False
    kinds = [a.kind for a in expr.atoms]
    return "dir" not in kinds and next(k for k in kinds if k not in ("local", "paren")) in _STORY_HEADS


_PART_GRAINS = frozenset({"year", "quarter", "month"})


@cache
def _part_re(key: str) -> regex.Pattern[str]:
    """A word of ``key`` right after a period, as a word of its own or glued on: '말', '초순'
    (``period_parts``: 3월 말, 3월말); '연말', '연초' (``year_part_words``: 내년 연말)."""
    return regex.compile(rf"\s?(?P<part>{_alt(_words()[key])}){_after_word()}")


def _part(text: str, expr: _Expr, grain: str, limit: int) -> tuple[int, str | None]:
    """Where the mention ends and the part of its period it names (early, mid, late; a day's
    morning, evening, night ...)."""
    w = _words()
    if grain == "day":  # 오늘 밤, 내일저녁, 월요일 아침: the day, and the part of it
        if (pm := _part_re("day_parts").match(text, expr.end, limit)) is not None:
            return pm.end(), w["day_parts"][pm["part"]]
        return expr.end, None
    if len(expr.atoms) == 1 and (word := _squash(text[expr.start : expr.end])) in w["year_part_words"]:
        return expr.end, w["year_part_words"][word]  # 연말 alone: this year's end
    if grain not in _PART_GRAINS:
        return expr.end, None
    if (pm := _part_re("period_parts").match(text, expr.end, limit)) is not None:
        return pm.end(), w["period_parts"][pm["part"]]
    if grain == "year" and (pm := _part_re("year_part_words").match(text, expr.end, limit)) is not None:
        return pm.end(), w["year_part_words"][pm["part"]]
    return expr.end, None


def extract_dates(article: Article) -> list[DateMention]:
    """Every date and time in the article's headline and body, in text order."""
    text = article.text
    ref, clock = article.reference_date, article.reference_time
    now = datetime.combine(ref, clock) if ref is not None and clock is not None else None
    ctx = _Context(ref=ref, now=now)
    out: list[DateMention] = []
    covered = 0  # where the last mention ended: 내년 연말 takes the 연말 atom after it
    for sent in article.sentences:
        ctx.new_sentence(sent)
        starts = _starts(text, sent.start, sent.end)
        if not starts:
            continue  # no digit, bracket or date word: most sentences
        tokens = _Tokens(article, sent)  # Kiwi's morphemes, sliced only if a rule asks
        atoms = _atoms(text, sent, tokens, starts)
        for expr in _expressions(text, atoms):
            if expr.start < covered or _recurring(text, expr, sent.end):
                continue
            v = _resolve(expr, ctx, text, tokens)
            if v is None:
                continue
            _remember(ctx, v)
            _remember_written(ctx, expr, v)
            if ctx.story_day is None and v.day is not None and _tells_the_story_day(expr, v, article, sent):
                ctx.story_day = v.day
            # a range (지난 2주, 주말, 설 연휴) is whole: 말 or 초 after it does not narrow it
            end, part = (expr.end, None) if v.range is not None else _part(text, expr, v.grain, sent.end)
            covered = end
            mention = DateMention(
                text=text[expr.start : end],
                start=expr.start,
                end=end,
                sentence=sent.index,
                value=v.value,
                grain=v.grain,
                relative=v.relative,
                local_time=expr.local,
                weekday=expr.weekday,
                part=part,
                range=v.range,
            )
            if out and (merged := _restated(text, out[-1], mention)) is not None:
                out[-1] = merged
            else:
                out.append(mention)
    return join_ranges(text, out)


def _restated(text: str, word: DateMention, day: DateMention) -> DateMention | None:
    """``어제(4일)``, ``오늘(5일)``, ``이날(4일)``: a day word and the date it means, written
    together. One mention; the written date is its value (the ``restated_date`` check says
    when the word disagrees)."""
    if (
        word.grain != "day"
        or day.grain != "day"
        or word.end >= len(text)
        or text[word.end] != "("
        or day.start != word.end + 1
        or day.end >= len(text)
        or text[day.end] != ")"
        or _squash(word.text) not in _day_words()
    ):
        return None
    value = day.value
    bare = regex.fullmatch(r"(\d{1,2})\s*일", day.text)
    if bare and word.value and value != word.value:
        # a bare day in brackets is the one nearest the word's day (모레(6일) on the 5th is
        # this month's 6th whatever the verb's tense), so that a slip shows as one day off
        meant = date.fromisoformat(word.value)
        months = (rules.add_months(meant.year, meant.month, k) for k in (-1, 0, 1))
        near = [d for y, m in months if (d := rules.make_date(y, m, int(bare[1])))]
        if near:
            value = min(near, key=lambda d: abs((d - meant).days)).isoformat()
    end = day.end + 1
    return dataclasses.replace(
        day, text=text[word.start : end], start=word.start, end=end, value=value, relative=True
    )


@cache
def _day_words() -> frozenset[str]:
    w = _words()
    return frozenset(_squash(x) for x in (*w["relative_days"], *w["anaphoric_days"]))
