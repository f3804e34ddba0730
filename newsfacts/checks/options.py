"""Reading check options as the command line gives them: ``USD=1400``, a rates CSV, ``3%``."""

from __future__ import annotations

import csv
from decimal import Decimal, InvalidOperation
from pathlib import Path

import regex

_CODE = regex.compile(r"^[A-Za-z]{3}$")


class OptionError(ValueError):
    """A rate or tolerance that cannot be read; the message names what was wrong."""


def parse_number(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise OptionError(f"{text!r} is not a number") from None
    if not value.is_finite() or value <= 0:
        raise OptionError(f"{text!r} is not a positive number")
    return value


def parse_rate(text: str) -> tuple[str, Decimal]:
    """'USD=1400' → ('USD', 1400): won per one unit of the currency."""
    code, sep, number = text.partition("=")
    if not sep:
        code, sep, number = text.partition(":")
    code = code.strip()
    if not sep or not _CODE.match(code):
        raise OptionError(f"{text!r} is not CUR=RATE (an ISO code and won per unit, e.g. USD=1400)")
    return code.upper(), parse_number(number)


def read_rates_file(path: str | Path) -> dict[str, Decimal]:
    """A CSV of ``currency,rate`` rows (a header row and ``#`` comment lines are skipped)."""
    rates: dict[str, Decimal] = {}
    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise OptionError(f"{path}: cannot read rates ({e.__class__.__name__})") from None
    for lineno, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) < 2:
            raise OptionError(f"{path}:{lineno}: expected 'currency,rate', got {','.join(row)!r}")
        if lineno == 1 and not _looks_numeric(cells[1]):
            continue  # a header such as currency,rate
        try:
            code, value = parse_rate(f"{cells[0]}={cells[1]}")
        except OptionError as e:
            raise OptionError(f"{path}:{lineno}: {e}") from None
        rates[code] = value
    return rates


def _looks_numeric(cell: str) -> bool:
    try:
        Decimal(cell.replace(",", ""))
    except InvalidOperation:
        return False
    return True


def parse_tolerance(text: str) -> Decimal:
    """'3%' or '3' → 0.03: the tolerance is a percentage, the sign optional."""
    number = text.strip().removesuffix("%")
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise OptionError(f"{text!r} is not a percentage such as 3%") from None
    if not value.is_finite() or value < 0 or value >= 100:
        raise OptionError(f"{text!r} is not a percentage between 0 and 100")
    return value / 100
