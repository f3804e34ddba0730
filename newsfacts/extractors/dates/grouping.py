"""Atoms that touch, grouped into one expression in the order Korean writes a date (현지시간 /
오는 / year / month / day / weekday / time)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from .atoms import _Atom
from .words import _word

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
