"""Dates: Duckling's Korean ``time`` corpus, and dateparser next to newsfacts on the samples.

Run through the driver: ``python bench/peer_suite.py [-v]``. Alone: ``python bench/peer_dates.py``.

Duckling (``duckling-ko.jsonl``, active ``time`` examples) is read with Duckling's own
reference time, 2013-02-12T04:30 (a Tuesday), passed as a datetime so that spans and limits
in hours and minutes have a clock to count from. An example passes when newsfacts finds
exactly one date covering the whole string (a trailing particle such as ``에`` may stay
outside) with Duckling's value at Duckling's grain. Where the two follow different
conventions for the same reading, the answer counts and is reported apart, by name:

- past-bias: Duckling resolves a partial date to the *next* occurrence (``3월 1일`` ->
  2013-03-01, ``3월 마지막 월요일`` -> 2013-03-25); news is written about the past and newsfacts
  takes the latest one (2012-03-01, 2012-03-26) unless the clause is about the future;
- coarser: Duckling keeps the clock or month of "now" on offsets (``7일전`` -> 2013-02-05T04:00,
  ``2년전`` -> 2011-02); newsfacts gives the day or the year;
- weekend: Duckling's 주말 runs from Friday 18:00, newsfacts' is Saturday and Sunday;
- day-part: Duckling sets hours for a part of a day (``오늘밤`` 18-24); newsfacts gives the day
  with ``part`` naming the part (night);
- season: Duckling's seasons are astronomical (여름 21 June - 23 September); newsfacts' the
  months the Korea Meteorological Administration counts (6-8월);
- law: Duckling dates 설날 on 1 January; Korean law (python-holidays' Korean calendar) on the
  lunar new year, as newsfacts does;
- week-rule: Duckling's first week of a month begins on its first Monday; newsfacts' holds its
  first Thursday (KS X ISO 8601);
- half-day: a 12-hour clock with no 오전/오후 (``세시반``): Duckling takes the next one (15:30),
  newsfacts reads the number (03:30);
- deadline: for ``7일내`` Duckling gives the deadline (a point) or an interval up to its first
  instant; newsfacts the range from the reference through the deadline.

Categories newsfacts does not aim at are counted separately, each with its reason in
``NOT_AIMED`` (open intervals, seconds, bare clock times, two-digit or bare years, M/D
without a weekday); each aimed category's note says what it still misses and why.

On ``samples/*.txt`` the hand-labelled dates of ``bench/sample_dates.json`` are matched
against newsfacts and, when it is installed, ``dateparser.search.search_dates(text,
languages=["ko"])`` with the article's date as ``RELATIVE_BASE`` and past preference.
dateparser is not a dependency of newsfacts.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from peer_suite import Row  # noqa: E402

import newsfacts  # noqa: E402
from newsfacts.lexicon import load  # noqa: E402

DUCKLING_REF = date(2013, 2, 12)
#: Duckling's reference with its clock: spans and limits in hours and minutes count from it
DUCKLING_NOW = datetime(2013, 2, 12, 4, 30)

# Categories, tried in order: (name, test, reason). Those in NOT_AIMED are left, each with
# its reason; the others are read since issue 22 and reported one row each.
_KOREAN_NUMERAL = re.compile(
    r"(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두|스물네?)\s*시(?!간)"
    r"|[이삼사오육칠팔구십백천]+\s*(?:년|월|일|분|초|분기)(?![가-힣]*요일)"
    r"|^[일이삼사오육칠팔구십]+분"
)
_ORDINAL = re.compile(r"마지막|첫째|첫번째|둘째|두번째|셋째|세번째|넷째")
NOT_AIMED = {
    "open-interval": "open intervals (오후2시 이후, 오전11시 전, 몇시간후): news gives the point and "
    "'이후/전' is a relation, not a date, so the mention leaves it out; 5일 후 passes, an offset "
    "newsfacts reads as the day",
    "second": "second grain (방금, 지금, 15:23:24): news gives no seconds, and 지금 in quotes is no date",
    "bare-clock": "a bare clock time (3:30, 15:23:24) with nothing marking it as a time",
    "bare-year": "a bare or two-digit year (1954, 12년): a number, not a date, in news",
    "slash-date": "M/D and YY/M/D without a weekday (2/15, 74/10/31): read as fractions in news",
}
_DAY_PARTS = re.compile(r"아침|점심|저녁|밤|오후에|여름|겨울|봄|가을")


def _category(ex: dict[str, Any]) -> str:
    exp = ex["expected"]
    text = ex["text"]
    if exp.get("holiday") or exp.get("corpus", {}).get("holiday"):
        return "holiday"
    if exp.get("type") == "interval":
        if "from" not in exp or "to" not in exp:
            return "open-interval"
        if re.search(r"주말", text):
            return "interval"
        if _DAY_PARTS.search(text):
            return "interval-of-day"
        if re.match(r"(지난|다음)\s", text) or re.search(r"(안에?|내에?|이내에?|까지)$", text):
            return "interval-from-now"
        if re.search(r"\d:\d\d\s*(?:~|-|부터)", text):
            return "interval-bare-clock"
        return "interval"
    if re.search(r"(안에?|내에?|이내에?)$", text):
        return "within"
    if exp.get("grain") in ("week", "second"):
        return str(exp["grain"])
    if re.search(r"[A-Za-z]", text):
        return "english"
    if _KOREAN_NUMERAL.search(text):
        return "numeral-words"
    if _ORDINAL.search(text):
        return "ordinal-weekday"
    if re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", text):
        return "bare-clock"
    if re.fullmatch(r"\d{2}년|\d{4}", text):
        return "bare-year"
    if re.fullmatch(r"\d{1,4}/\d{1,2}(/\d{1,2})?", text) and not re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", text):
        return "slash-date"
    return "plain"


def _at_grain_of(dt: list[int], grain: str) -> str:
    """A Duckling datetime [y, m, d, h, mi, s] in newsfacts' format at ``grain``."""
    y, mo, d, h, mi, _s = dt
    if grain == "year":
        return f"{y:04d}"
    if grain == "quarter":
        return f"{y:04d}-Q{(mo - 1) // 3 + 1}"
    if grain == "month":
        return f"{y:04d}-{mo:02d}"
    if grain == "week":
        iso = date(y, mo, d).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if grain == "day":
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"


def _duckling_value(exp: dict[str, Any]) -> tuple[str, str]:
    """Duckling's value in newsfacts' format at Duckling's grain."""
    return _at_grain_of(exp["corpus"]["datetime"], exp["grain"]), exp["grain"]


def _duckling_range(exp: dict[str, Any]) -> tuple[str, str, str]:
    """Duckling's closed interval as newsfacts writes a range: (start, end, grain). Duckling's
    end is exclusive (7월 13일 - 15일 ends on the 16th), newsfacts' inclusive."""
    grain = exp["from"]["grain"]
    start = datetime.fromisoformat(exp["from"]["value"][:19])
    end = datetime.fromisoformat(exp["to"]["value"][:19])
    step = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1)}.get(grain, timedelta(days=1))
    end -= step
    as_list = [[t.year, t.month, t.day, t.hour, t.minute, t.second] for t in (start, end)]
    return _at_grain_of(as_list[0], grain), _at_grain_of(as_list[1], grain), grain


def _past_equivalents(value: str, grain: str) -> set[str]:
    """The dates a past-biased reader gives for Duckling's future-biased ``value``."""
    out = set()
    day = value[:10]
    if grain in ("day", "hour", "minute"):
        d = date.fromisoformat(day)
        rest = value[10:]
        for back in (7, 14):  # weekdays: last week's
            out.add(date.fromordinal(d.toordinal() - back).isoformat() + rest)
        for months in (1, 12):  # a bare day: last month's; a month and day: last year's
            y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
            with contextlib.suppress(ValueError):  # no such day that month
                out.add(date(y, m + 1, d.day).isoformat() + rest)
        out.add(date.fromordinal(d.toordinal() - 1).isoformat() + rest)  # 오전 3시: today's, not tomorrow's
    elif grain == "month":
        y, m = int(value[:4]), int(value[5:7])
        out.add(f"{y - 1:04d}-{m:02d}")
    elif grain == "quarter":
        out.add(f"{int(value[:4]) - 1:04d}{value[4:]}")
    return out


def _yearly_past(value: str) -> set[str]:
    """A holiday or an ordinal weekday a year back: the one news means (Duckling looks ahead)."""
    return {f"{int(value[:4]) - 1:04d}{value[4:]}"}


def _particles() -> re.Pattern[str]:
    words = sorted(load("date_words")["particles"], key=len, reverse=True)
    return re.compile(rf"(?:\s*(?:{'|'.join(map(re.escape, words))}))?\s*$")


_GRAINS = ("year", "quarter", "month", "week", "day", "hour", "minute", "second")
#: words that say which half of the day a clock time is in; without one, a 12-hour clock
#: (세시반, 3:30) is as much the morning's as the afternoon's
_HALF_OF_DAY = re.compile(r"오전|오후|아침|저녁|밤|새벽|낮|[AaPp]\.?[Mm]|\d[AaPp]")


def _ordinal_past(value: str) -> set[str]:
    """``3월 마지막 월요일`` a year back: the same weekday, counted the same way in the month."""
    d = date.fromisoformat(value[:10])
    nth = (d.day - 1) // 7
    last = (d + timedelta(days=7)).month != d.month
    out = set()
    first = date(d.year - 1, d.month, 1)
    days = [first + timedelta(days=k) for k in range(31) if (first + timedelta(days=k)).month == d.month]
    same = [x for x in days if x.weekday() == d.weekday()]
    if nth < len(same):
        out.add(same[nth].isoformat())
    if last:
        out.add(same[-1].isoformat())
    return out


def _law_holiday(text: str, value: str) -> bool:
    """Whether Korean law (python-holidays' Korean calendar, in Korean) names ``value`` by the
    holiday word ``text``: Duckling dates 설날 on 1 January, the law on the lunar new year."""
    import holidays

    day = date.fromisoformat(value)
    names = holidays.KR(years=day.year, language="ko").get_list(day)
    return any(n == text for n in names)


def _first_thursday_week(monday: date) -> str | None:
    """For Duckling's first week of a month (the one from its first Monday): the week KS X ISO
    8601 calls the first, the one holding the month's first Thursday, when they differ."""
    if monday.day > 7:
        return None
    first = date(monday.year, monday.month, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    iso = thursday.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _other_half(value: str) -> str | None:
    """The same 12-hour clock in the other half of the day (15:30 -> 03:30), on the same day."""
    if len(value) < 16:
        return None
    t = datetime.fromisoformat(value)
    other = t - timedelta(hours=12) if t.hour >= 12 else t + timedelta(hours=12)
    return other.isoformat(timespec="minutes") if other.date() == t.date() else None


def _months(value: str) -> tuple[int, int]:
    return int(value[:4]), int(value[5:7])


def _is_now(value: str) -> bool:
    """Whether ``value`` is Duckling's "now" at its grain (2013, 2013-02-12, 2013-02-12T04:30)."""
    return DUCKLING_NOW.isoformat(timespec="minutes").startswith(value)


def _judge(ex: dict[str, Any], cat: str, found: list[Any], whole: str) -> str:
    """exact | past-bias | coarser | weekend | day-part | season | law | week-rule | half-day | miss."""
    if len(found) != 1 or found[0].text != whole:
        return "miss"
    m = found[0]
    exp = ex["expected"]
    if exp.get("type") == "interval":
        if "from" in exp and "to" not in exp:
            # 5일 후: Duckling's open interval from that day's hour on; newsfacts the day
            start = exp["from"]["value"][:10]
            return "coarser" if m.range is None and m.grain == "day" and m.value == start else "miss"
        if "from" not in exp or "to" not in exp:
            return "miss"
        if exp["from"]["value"][:16] == DUCKLING_NOW.isoformat()[:16]:
            # 2주 이내에, 오후 2시까지: Duckling's interval from now up to the deadline's first
            # instant; newsfacts gives the span through the deadline, or the deadline itself
            to = exp["to"]["value"][:16]
            if m.range is not None and m.range[0] and m.range[1]:
                return "deadline" if _is_now(m.range[0]) and to.startswith(m.range[1]) else "miss"
            return "deadline" if m.value is not None and to == m.value else "miss"
        start, end, grain = _duckling_range(exp)
        if m.range is None:
            # 오늘밤, 월요일 아침: Duckling's hours for the part of the day, by its convention;
            # newsfacts gives the day and names the part
            if m.part is None or m.grain != "day" or grain != "hour" or start[:10] != end[:10]:
                return "miss"
            if m.value == start[:10]:
                return "day-part"
            return "day-part" if m.value in _past_equivalents(start[:10], "day") else "miss"
        if grain == "day" and m.grain == "month" and m.range[0] and m.range[1]:
            # 이번여름: Duckling's astronomical season (21 June to 23 September), newsfacts' the
            # months the Korea Meteorological Administration counts (June to August)
            (y0, m0), (y1, m1) = _months(m.range[0]), _months(m.range[1])
            (sy, sm), (ey, em) = _months(start), _months(end)
            after = (y1 * 12 + m1) + 1
            return "season" if (y0, m0) == (sy, sm) and after == ey * 12 + em else "miss"
        if grain == "hour" and cat == "interval" and m.grain == "day":
            # 주말: Duckling's Friday 18:00 to Monday 00:00, newsfacts' Saturday and Sunday
            sat = (datetime.fromisoformat(exp["from"]["value"][:19]) + timedelta(days=1)).date().isoformat()
            return "weekend" if m.range == (sat, end[:10]) or m.range[0] == sat else "miss"
        if m.grain != grain:
            return "miss"
        if m.range == (start, end):
            return "exact"
        if m.range[0] in _past_equivalents(start, grain) and m.range[1] in _past_equivalents(end, grain):
            return "past-bias"
        return "miss"
    want, grain = _duckling_value(exp)
    if m.range is not None:
        # 7일내: Duckling gives the deadline, newsfacts the span from the reference up to it
        first, last = m.range
        ok = first is not None and last is not None and _is_now(first)
        return "deadline" if ok and want.startswith(last) else "miss"
    got = (m.value, m.grain)
    if got == (want, grain):
        return "exact"
    if m.value is None:
        return "miss"
    if m.grain == grain and (m.value in _past_equivalents(want, grain) or m.value in _yearly_past(want)):
        return "past-bias"
    if cat == "ordinal-weekday" and m.grain == grain and m.value in _ordinal_past(want):
        return "past-bias"
    if cat == "holiday" and m.grain == "day" and _law_holiday(ex["text"], m.value):
        return "law"
    if grain == "week" and m.grain == "week" and m.value == _first_thursday_week(date.fromisoformat(
        exp["value"][:10]
    )):
        return "week-rule"
    if m.grain == grain and grain in ("hour", "minute") and not _HALF_OF_DAY.search(ex["text"]):
        half = _other_half(want)
        if half is not None and (m.value == half or m.value in _past_equivalents(half, grain)):
            return "half-day"
    if (
        m.grain in _GRAINS
        and grain in _GRAINS
        and _GRAINS.index(m.grain) < _GRAINS.index(grain)
        and m.grain in ("year", "day")
        and want.startswith(m.value)
    ):
        return "coarser"  # 7일전, 2년전: Duckling keeps the hour or month of "now"
    return "miss"


_NOTES = {
    "plain": "days, months, years, quarters, times",
    "interval": "ranges (7월 13일 - 15일, 8월 8일부터 8월 13일, 7월 13일 부터 15일) and weekends (지난주말: "
    "Duckling's Friday 18:00 to Monday, newsfacts' Saturday-Sunday)",
    "holiday": "python-holidays; Duckling reads 설날 as 1 January (law: the lunar new year); 한글날 and "
    "제헌절, no days off in 2012, keep their fixed day",
    "week": "전주 is also the city Jeonju; 2014년 10월 첫번째주 is the week of 29 September by KS X ISO "
    "8601's Thursday rule (Duckling: 6 October)",
    "ordinal-weekday": "3월 마지막 월요일, 10월 첫째화요일",
    "interval-from-now": "지난 2주, 다음 3달, 다음 삼년, 지난 24시간, 다음 3분: the whole units before or "
    "after the reference's own (its clock for hours and minutes); 2주 이내에 and 오후 2시까지 as "
    "deadlines. Left: seconds (지난 2초, 지난 이초), 지난 이분 ('this person'), 지난 이주 (이주 is "
    "'migration')",
    "interval-bare-clock": "9:30 ~ 11:00, 11:30-1:30, 9:30 부터 11:00 (two bare clock times joined mark "
    "each other; with a hyphen both minutes must be round, as set scores are not)",
    "numeral-words": "misses: 삼분기 (이분기 is also 'this quarter'), 네시십오분전 (in writing 4시 15분 전 "
    "is as often 'before 4:15' as 'quarter to four'), 이천십오년 삼월 삼일 (month and day in words: "
    "삼일 is also 3·1절 and 'three days')",
    "within": "7일내, 하루안에, 삼년내, 한시간반안, 15분안: a range from the reference (its clock for hours "
    "and minutes) through the limit, unless counted from an event (신고 후 3일 이내). Left: 1초안에 "
    "(seconds), 이분안에/이분내에 (이분 is 'this person'), 몇시간내/안 (몇 is no number), 약 한시간반 "
    "안에 (the hedge word 약 stays outside the mention)",
    "english": "3PM, 3:20pm, 3:18a, 내일 3pm. Left: time zones (4pm CET, 8:00 GMT): newsfacts keeps the "
    "clock as written, as it does for 현지시간, and converts nothing",
    "interval-of-day": "parts of a day (오늘밤, 내일점심, 월요일 아침: the day, with part night, noon, "
    "morning) and seasons (이번여름: KMA months). Left: 오후에 and 이번아침 alone: a part of a day "
    "with no day named is no date",
}


_CONVENTIONS = (
    "past-bias", "coarser", "weekend", "day-part", "season", "law", "week-rule", "half-day", "deadline"
)


def _duckling(suites: Path, verbose: bool) -> list[Row]:
    path = suites / "duckling-ko.jsonl"
    if not path.is_file():
        return [Row("duckling", "time (corpus not found)", 0, 0, str(path))]
    examples = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    examples = [e for e in examples if e["dimension"] == "time" and e["active"]]
    trailing = _particles()
    totals: Counter[str] = Counter()
    results: dict[str, Counter[str]] = {}
    for ex in examples:
        text = ex["text"]
        found = newsfacts.extract(text, reference_date=DUCKLING_NOW).dates
        whole = text[: trailing.search(text).start()]  # type: ignore[union-attr]
        cat = _category(ex)
        verdict = _judge(ex, cat, list(found), whole)
        totals[cat] += 1
        results.setdefault(cat, Counter())[verdict] += 1
        if verbose and verdict == "miss" and cat not in NOT_AIMED:
            seen = [(m.text, m.value, m.grain, m.range) for m in found]
            print(f"  duckling miss ({cat}): {text!r}: got {seen}")
    passed = {c: sum(n for v, n in r.items() if v != "miss") for c, r in results.items()}
    rows = []
    all_exact = sum(r["exact"] for r in results.values())
    rows.append(
        Row(
            "duckling",
            "time: all active, exact or convention",
            sum(passed.values()),
            len(examples),
            f"{all_exact} exact; reference 2013-02-12T04:30 (Tue), Duckling's",
        )
    )
    aimed = [c for c in totals if c not in NOT_AIMED]
    for cat in sorted(aimed, key=lambda c: -totals[c]):
        r = results[cat]
        conv = ", ".join(f"{r[v]} {v}" for v in _CONVENTIONS if r[v])
        note = f"{r['exact']} exact" + (f", {conv}" if conv else "") + f"; {_NOTES.get(cat, '')}"
        rows.append(Row("duckling", f"time: {cat}", passed[cat], totals[cat], note))
    for cat in sorted((c for c in totals if c in NOT_AIMED), key=lambda c: -totals[c]):
        rows.append(Row("duckling", f"time: not aimed: {cat}", passed[cat], totals[cat], NOT_AIMED[cat]))
    return rows


# ---- the samples ---------------------------------------------------------------------------------


def _occurrence(text: str, needle: str, nth: int) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at, at + len(needle)


def _gold(samples: Path) -> Iterator[tuple[Path, list[tuple[int, int, str]]]]:
    labels = json.loads((HERE / "sample_dates.json").read_text("utf-8"))
    labels.pop("_doc", None)
    for name, items in sorted(labels.items()):
        path = samples / name
        if not path.is_file():
            continue
        text = path.read_text("utf-8")
        yield path, [(*_occurrence(text, t, n), v) for t, n, v in items]


def _at_grain(dt: datetime, value: str) -> str:
    """dateparser's datetime written at the grain of the labelled ``value``."""
    if "T" in value:
        return dt.strftime("%Y-%m-%dT%H:%M")
    if len(value) == 10:
        return dt.strftime("%Y-%m-%d")
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        return dt.strftime("%Y-%m")
    if len(value) == 4:
        return dt.strftime("%Y")
    return ""  # quarters and halves: dateparser has no such value


def _score(spans: list[tuple[int, int, str | None]], gold: list[tuple[int, int, str]]) -> tuple[int, int]:
    """(gold dates found with the right value, found spans that overlap no gold date)."""
    right = sum(any(s < ge and gs < e and v == gv for s, e, v in spans) for gs, ge, gv in gold)
    extra = sum(not any(s < ge and gs < e for gs, ge, _ in gold) for s, e, _ in spans)
    return right, extra


def _dateparser_spans(
    text: str, ref: date, gold: list[tuple[int, int, str]]
) -> list[tuple[int, int, str | None]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": "past"}
    found = search_dates(text, languages=["ko"], settings=settings) or []
    spans: list[tuple[int, int, str | None]] = []
    cursor = 0
    for s, dt in found:
        at = text.find(s, cursor)
        if at < 0:
            at = text.find(s)
        if at < 0:
            continue
        cursor = at + len(s)
        e = at + len(s)
        label = next((gv for gs, ge, gv in gold if at < ge and gs < e), None)
        spans.append((at, e, _at_grain(dt, label) if label else dt.isoformat()))
    return spans


def _samples(verbose: bool) -> list[Row]:
    samples = ROOT / "samples"
    gold_files = list(_gold(samples))
    if not gold_files:
        return [Row("samples", "dates (no labelled samples found)", 0, 0)]
    try:
        import dateparser  # noqa: F401

        have_dateparser = True
    except ImportError:
        have_dateparser = False
    total = nf_right = nf_extra = dp_right = dp_extra = 0
    for path, gold in gold_files:
        text = path.read_text("utf-8")
        doc = newsfacts.extract(text, source=str(path))
        # a range (이달 1~20일) answers a label of either end with the end's value
        mine = [(m.start, m.end, v) for m in doc.dates for v in (m.range or (m.value,))]
        r, x = _score(mine, gold)
        total += len(gold)
        nf_right += r
        nf_extra += x
        if verbose:
            for gs, ge, gv in gold:
                if not any(s < ge and gs < e and v == gv for s, e, v in mine):
                    print(f"  newsfacts miss {path.name}: {text[gs:ge]!r} {gv}")
        if have_dateparser and doc.reference_date is not None:
            theirs = _dateparser_spans(text, doc.reference_date, gold)
            r, x = _score(theirs, gold)
            dp_right += r
            dp_extra += x
    rows = [
        Row("samples", "dates: newsfacts", nf_right, total, f"{nf_extra} found outside the labels"),
    ]
    if have_dateparser:
        rows.append(
            Row(
                "samples",
                "dates: dateparser search_dates (ko)",
                dp_right,
                total,
                f"{dp_extra} found outside the labels; past preference, article date as base",
            )
        )
    else:
        rows.append(Row("samples", "dates: dateparser (not installed)", 0, 0, "pip install dateparser"))
    return rows


def _speed() -> list[Row]:
    """CPU time of ``extract_dates`` next to ``parse_article`` (Kiwi) on the samples, x30."""
    from newsfacts.extractors.dates.reading import extract_dates
    from newsfacts.page.article import parse_article

    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))] * 30
    if not texts:
        return []
    parse_article(texts[0])
    t0 = time.process_time()
    articles = [parse_article(t) for t in texts]
    t1 = time.process_time()
    for a in articles:
        extract_dates(a)
    t2 = time.process_time()
    share = 100 * (t2 - t1) / max(t1 - t0, 1e-9)
    note = f"extract_dates {share:.1f}% of parse_article's CPU, {len(texts) / max(t2 - t1, 1e-9):.0f} docs/s"
    return [Row("samples", "dates: speed", 0, 0, note)]


def run(suites: Path, verbose: bool = False) -> list[Row]:
    return _duckling(suites, verbose) + _samples(verbose) + _speed()


if __name__ == "__main__":
    for row in run(ROOT.parent / "shared" / "peer-suites", verbose="-v" in sys.argv):
        rate = f"{100 * row.passed / row.total:5.1f}%" if row.total else "    -"
        print(f"{row.suite:<9} {row.category:<40} {row.passed:>4}/{row.total:<4} {rate}  {row.note}")
