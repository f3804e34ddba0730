"""The atom regex (one alternative per kind of date piece, built from the word lists) and
the places in a sentence where it is tried (``_starts``, ``_scan``)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from ...lexicon import slow_pattern
from . import holidays as holidays_
from .words import _HANGUL, _SINO, _after_word, _alt, _spaced, _words


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


@slow_pattern((True,), (False,))
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


@slow_pattern()
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
