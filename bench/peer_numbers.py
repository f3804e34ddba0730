"""Numerals, money and percentages against the Korean corpora of Duckling and Recognizers-Text.

Imported by ``bench/peer_suite.py``; run on its own as ``python bench/peer_numbers.py -v``.

Pass rules (ours, stated so the figures can be checked):

- Duckling ``numeral``: ``parse_number(text)`` gives the expected value (whole string).
- Duckling ``amount-of-money``: ``newsfacts.extract(text)`` gives exactly one money mention whose
  text is the whole input, with the expected value and currency; an interval needs our ``range``;
  an open interval (``이상``/``초과`` → from, ``이하``/``미만`` → to) needs our value and
  ``qualifier``. Duckling counts cents as their own unit (``십센트`` = 10 cent) where we give
  0.10 USD: counted as "convention differs", as is 몇 = 3.
- Recognizers ``NumberModel``: ``find_numbers(input)`` gives the expected list of (text, value).
- Recognizers ``PercentModel``: the percentages of ``extract(input)`` give the expected list.
- Recognizers ``CurrencyModel``: the money mentions of ``extract(input)`` give the expected
  list of (value, currency); a mention may also hold an approximation word next to the amount
  (``약 9천만 달러`` where upstream says ``9천만 달러``). Upstream results for a bare currency
  word with no amount (``달러``) and the cent/pence-as-own-unit values are "convention differs".
  Only cases upstream CI runs (``dotnet_active``) are counted; values flagged
  ``ignore_resolution`` upstream are compared on text and currency only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from peer_suite import Row  # noqa: E402

import newsfacts  # noqa: E402
from newsfacts.extractors.numerals import find_numbers, parse_number  # noqa: E402

# Recognizers' unit names for the currencies it leaves without an ISO code.
UNIT_CODES = {"Dollar": "USD", "Pound": "GBP", "Cent": "USD", "Pence": "GBP", "Penny": "GBP"}
SUBUNITS = {"Cent", "Pence", "Penny"}


def _close(a: Decimal | None, b: float | str | int | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    expected = Decimal(str(b))
    return abs(a - expected) <= Decimal("1e-9") * max(Decimal(1), abs(expected))


def _lines(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


class _Tally:
    def __init__(self, suite: str, category: str) -> None:
        self.suite, self.category = suite, category
        self.passed = self.total = self.convention = 0
        self.failures: list[str] = []

    def add(self, ok: bool | str, what: str) -> None:
        self.total += 1
        if ok == "convention":
            self.convention += 1
        elif ok:
            self.passed += 1
        else:
            self.failures.append(what)

    def row(self) -> Row:
        note = f"{self.convention} convention differs" if self.convention else ""
        return Row(self.suite, self.category, self.passed, self.total, note)


# --- Duckling --------------------------------------------------------------------------------------


def _duckling_numeral(example: dict) -> bool | str:
    q = parse_number(example["text"])
    if "몇" in example["text"]:
        return "convention"
    return q is not None and _close(q.value, example["expected"])


def _duckling_money(example: dict) -> bool | str:
    text = example["text"]
    exp = example["expected"]
    money = newsfacts.extract(text).money
    if len(money) != 1 or money[0].text != text.strip():
        return False
    m = money[0]
    if exp["type"] == "value":
        if exp["currency"] == "cent":
            return "convention" if m.currency == "USD" and _close(m.value * 100, exp["value"]) else False
        return m.currency == exp["currency"] and _close(m.value, exp["value"])
    low, high = exp.get("from"), exp.get("to")
    currency = (low or high)["currency"]
    if m.currency != currency:
        return False
    if low and high:
        return m.range is not None and _close(m.range[0], low["value"]) and _close(m.range[1], high["value"])
    if low:
        return _close(m.value, low["value"]) and m.qualifier in ("이상", "초과")
    return _close(m.value, high["value"]) and m.qualifier in ("이하", "미만")


def _duckling(suites: Path) -> list[_Tally]:
    tallies = {
        "numeral": _Tally("duckling", "numeral"),
        "amount-of-money": _Tally("duckling", "amount-of-money"),
    }
    judge = {"numeral": _duckling_numeral, "amount-of-money": _duckling_money}
    for ex in _lines(suites / "duckling-ko.jsonl"):
        dim = ex["dimension"]
        if dim in tallies and ex["active"]:
            tallies[dim].add(judge[dim](ex), f"{ex['text']!r} expected {ex['expected']}")
    return list(tallies.values())


# --- Recognizers-Text ------------------------------------------------------------------------------


def _number_model(case: dict) -> bool | str:
    expected = [(r["Text"].strip(), r["Resolution"]["value"]) for r in case["results"]]
    text = case["input"]
    got = [(text[s:e].strip(), q.value) for s, e, q in find_numbers(text)]
    return len(got) == len(expected) and all(
        g[0] == e[0] and _close(g[1], e[1]) for g, e in zip(got, expected, strict=True)
    )


def _percent_model(case: dict) -> bool | str:
    expected = [(r["Text"].strip(), r["Resolution"]["value"].rstrip("%")) for r in case["results"]]
    got = [(p.text, p.value) for p in newsfacts.extract(case["input"]).percentages]
    return len(got) == len(expected) and all(
        g[0] == e[0] and _close(g[1], e[1]) for g, e in zip(got, expected, strict=True)
    )


def _currency_model(case: dict) -> bool | str:
    results = case["results"]
    bare = [r for r in results if r["Resolution"].get("value") is None]
    amounts = [r for r in results if r["Resolution"].get("value") is not None]
    money = newsfacts.extract(case["input"]).money
    if bare:  # upstream lists 달러 of 수백만 달러 as a bare unit; we give the vague amount
        money = tuple(m for m in money if m.value is not None or m.range is None)
    if len(money) != len(amounts):
        return False
    convention = bool(bare)
    for r, m in zip(amounts, money, strict=True):
        res = r["Resolution"]
        code = res.get("isoCurrency") or UNIT_CODES.get(res["unit"])
        if code is None or m.currency != code or r["Text"].strip() not in m.text:
            return False
        if case["ignore_resolution"]:
            continue
        value = Decimal(res["value"])
        if res["unit"] in SUBUNITS:
            if not _close(m.value * 100, value):
                return False
            convention = True
        elif not _close(m.value, value):
            return False
    return "convention" if convention else True


def _recognizers(suites: Path) -> list[_Tally]:
    models = {
        "NumberModel": _number_model,
        "PercentModel": _percent_model,
        "CurrencyModel": _currency_model,
    }
    tallies = {name: _Tally("recognizers", name) for name in models}
    for case in _lines(suites / "recognizers-ko.jsonl"):
        name = case["model"]
        if name in models and case["dotnet_active"]:
            expected = [(r["Text"], r["Resolution"].get("value")) for r in case["results"]]
            tallies[name].add(models[name](case), f"{case['input']!r} expected {expected}")
    return list(tallies.values())


def run(suites: Path, verbose: bool = False) -> list[Row]:
    tallies = _duckling(suites) + _recognizers(suites)
    if verbose:
        for t in tallies:
            for f in t.failures:
                print(f"FAIL {t.suite}/{t.category}: {f}", file=sys.stderr)
    return [t.row() for t in tallies]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", type=Path, default=HERE.parent.parent / "shared" / "peer-suites")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    for row in run(args.suites, args.verbose):
        print(f"{row.suite:<12} {row.category:<20} {row.passed:>4}/{row.total:<4} {row.note}")
