"""Korean numerals to exact values: ``2,500``, ``78억1200만``, ``3조 5천억``, ``삼천억``, ``수천만``.

Usable on its own::

    >>> parse_number("78억1200만").value
    Decimal('7812000000')
    >>> parse_number("약 300억여")
    Quantity(value=Decimal('30000000000'), approx=True, range=None, qualifier=None)
    >>> parse_number("수천만")
    Quantity(value=None, approx=True, range=(Decimal('20000000'), Decimal('90000000')), qualifier=None)

Values are ``Decimal`` (integral values carry no exponent or fraction, so they print as
integers). Conventions, documented once here and in the README:

- **Vague amounts** (``수천만``, ``십수억``, ``몇백억``): ``value`` is None, ``approx`` True and
  ``range`` is the number with 수/몇 read as 2 and as 9 (the dictionary sense of 수, 'two to
  nine'): 수천만 = [2천만, 9천만], 십수억 = [12억, 19억].
- **대** (``5조 원대``, ``2%대``): ``value`` is the base, ``approx`` True, ``range`` is
  [base, base + one step of its last significant digit]: 5조 → [5조, 6조], 1,400 → [1,400, 1,500].
- **여** (``300억여``, ``300여억``): ``value`` is the base, ``approx`` True, no range.
- **Ranges** (``3억~4억``, ``3~4억``): ``value`` None, ``range`` [low, high]; a bare low end takes
  the units written after the high end's first number (3~4억 → 3억; 3~4천만 → 3천만).

The building blocks (``NUMBER``, the pattern of one written number) are shared with the money
and percentage extractors so that all of them read numbers the same way.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache

import regex

from ..lexicon import alternation, load

# compiled once, not looked up in regex's cache at each call: they run for every word
_SLASH_FRACTION = regex.compile(r"(\d+)\s*/\s*(\d+)")

_MAX_DIGITS = 40  # numbers longer than this are not amounts (and Decimal arithmetic stays cheap)


@dataclasses.dataclass(frozen=True)
class Quantity:
    """A parsed number: its exact value (None when vague or a range) and what qualifies it."""

    value: Decimal | None
    approx: bool = False
    range: tuple[Decimal | None, Decimal | None] | None = None
    qualifier: str | None = None


@cache
def _words() -> dict:
    return load("numerals")


@cache
def _quantity_words() -> dict:
    return load("quantity_words")


# --- the pattern of one written number ---------------------------------------------------------

# Arabic digits: thousands commas only in groups of three (so "1, 234" is two numbers), decimals.
ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?"


@cache
def _classes() -> dict[str, str]:
    w = _words()
    return {
        "sino": "".join(w["sino_digits"]),
        "small": "".join(w["small_units"]),
        "big": "".join(w["big_units"]),
        "vague": "".join(w["vague"]),
    }


@cache
def number_pattern() -> str:
    """The regex (a string, verbose mode) of one written number, for embedding in other patterns.

    A number is one or more *pieces* joined by single spaces, where a piece after a space must
    follow a unit (``3조 5천억``, ``7천 5백만``, ``1천 1백 70만``): "2025 3000" stays two numbers.
    """
    c = _classes()
    sino, small, big, vague = c["sino"], c["small"], c["big"], c["vague"]
    units = small + big
    return rf"""
    (?:
        (?<![\p{{Latin}}\p{{Greek}}\p{{Cyrillic}}\d.,])  # not inside a model name (H800, R1) or 1.2.3
        {ARABIC}                                         # 558, 2,500, 1.5
        (?: (?: [{units}] | 여(?=[{big}]) | [ ](?=[{big}][ ]) )+ (?:{ARABIC})? )*  # 억1200만, 여억, 5 억
      |
        (?<!\p{{Hangul}})                                # a Hangul number starts a word
        (?: 십?[{vague}] | [{sino}] )? [{units}]          # 삼천, 수천, 십수억, 천
        (?: [{sino}{vague}]? [{units}] )*                # 억, 오백, 십만
        [{sino}]?                                        # 십이
        (?![{sino}])
    )
    (?:                                                  # more pieces after a unit and a space
        (?<=[{units}]) [ ]{{1,2}}
        (?:
            {ARABIC} (?: (?: [{units}] | 여(?=[{big}]) )+ (?:{ARABIC})? )*
          | (?: [{sino}] )? [{units}] (?: [{sino}]? [{units}] )* [{sino}]? (?![{sino}])
        )
    )*
    """


def first_chars(*word_lists: list[str] | tuple[str, ...], hangul: bool = True) -> str:
    """A character class (escaped, no brackets) of every character a number or the given words
    can start with: a cheap first test that lets a long pattern skip most positions. Without
    ``hangul``, numbers written in Hangul (whose syllables 이, 일, 사 ... are everywhere) are left out."""
    c = _classes()
    chars = set(c["sino"] + c["small"] + c["big"] + c["vague"]) if hangul else set()
    for words in word_lists:
        chars.update(w[0] for w in words if w)
    return r"\d" + "".join(regex.escape(ch) for ch in sorted(chars))


def range_separators() -> list[str]:
    """What joins the two ends of a range (``3~4%``, ``1월 27∼29일``): one list for every kind."""
    return list(_quantity_words()["range_separators"])


@cache
def range_separator_pattern() -> str:
    return alternation(range_separators())


# --- exact values of a number's text -----------------------------------------------------------


@cache
def _atom_re() -> regex.Pattern[str]:
    c = _classes()
    return regex.compile(
        rf"(?P<arabic>{ARABIC})|(?P<sino>[{c['sino']}])|(?P<small>[{c['small']}])"
        rf"|(?P<big>[{c['big']}])|(?P<yeo>여)|(?P<space>\s+)|(?P<other>.)",
        regex.DOTALL,
    )


def _integral(value: Decimal) -> Decimal:
    """Drop exponent and trailing zeros of integral values so they print as integers."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def exact_value(text: str) -> tuple[Decimal | None, bool]:
    """The value of a number written without vague words, and whether 여 made it approximate.

    >>> exact_value("1조2000억")
    (Decimal('1200000000000'), False)
    >>> exact_value("천4백")
    (Decimal('1400'), False)
    >>> exact_value("만억")  # units out of order: not a number
    (None, False)
    """
    w = _words()
    digits, smalls, bigs = w["sino_digits"], w["small_units"], w["big_units"]
    total = Decimal(0)
    section = Decimal(0)
    current: Decimal | None = None
    last_small = last_big = None
    approx = False
    seen = False
    for m in _atom_re().finditer(text):
        kind = m.lastgroup
        s = m.group()
        if kind == "arabic" or kind == "sino":
            if current is not None:
                return None, approx
            if kind == "arabic":
                digits_only = s.replace(",", "")
                if len(digits_only) > _MAX_DIGITS:
                    return None, approx
                try:
                    current = Decimal(digits_only)
                except InvalidOperation:
                    return None, approx
            else:
                current = Decimal(digits[s])
            seen = True
        elif kind == "small":
            unit = smalls[s]
            if last_small is not None and unit >= last_small:
                return None, approx
            section += (current if current is not None else 1) * unit
            current, last_small, seen = None, unit, True
        elif kind == "big":
            unit = bigs[s]
            if last_big is not None and unit >= last_big:
                return None, approx
            group = section + (current if current is not None else 0)
            if group == 0 and current is None:
                if total:
                    return None, approx  # 억만 is 'countless', not 100,010,000
                group = Decimal(1)
            total += group * unit
            section, current, last_small, last_big, seen = Decimal(0), None, None, unit, True
        elif kind == "yeo":
            approx = True
        elif kind == "space":
            continue
        else:
            return None, approx
    if not seen:
        return None, approx
    total += section + (current if current is not None else 0)
    return _integral(total), approx


def value_of(text: str) -> Quantity | None:
    """Value of the text of one number (as matched by ``number_pattern``), vague ones included.

    >>> value_of("십수억")
    Quantity(value=None, approx=True, range=(Decimal('1200000000'), Decimal('1900000000')), qualifier=None)
    """
    vague = _words()["vague"]
    if any(map(text.__contains__, vague)):
        c = _classes()
        if regex.search(rf"[{c['vague']}](?![{c['small']}{c['big']}])", text):
            return None  # 수 and 몇 qualify a unit: 수천만, 몇백
        sino = {d: k for k, d in reversed(list(_words()["sino_digits"].items()))}
        lows = highs = text
        for word, (lo, hi) in vague.items():
            lows = lows.replace(word, sino[lo])
            highs = highs.replace(word, sino[hi])
        low, _ = exact_value(lows)
        high, _ = exact_value(highs)
        if low is None or high is None:
            return None
        return Quantity(value=None, approx=True, range=(low, high))
    value, approx = exact_value(text)
    if value is None:
        return None
    return Quantity(value=value, approx=approx)


def decade_range(value: Decimal) -> tuple[Decimal, Decimal]:
    """[base, base + one step of its last significant digit], the reading of 대.

    >>> decade_range(Decimal(5 * 10**12))
    (Decimal('5000000000000'), Decimal('6000000000000'))
    >>> decade_range(Decimal("1400"))
    (Decimal('1400'), Decimal('1500'))
    >>> decade_range(Decimal("2.5"))
    (Decimal('2.5'), Decimal('2.6'))
    """
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN or infinity never reach here; keep mypy calm
        return value, value
    step = Decimal(1).scaleb(exponent)
    return _integral(value), _integral(value + step)


def range_values(low_text: str, high_text: str) -> tuple[Quantity, Quantity] | None:
    """The two ends of a written range; a bare low end takes the high end's units.

    >>> [q.value for q in range_values("3", "4억")]
    [Decimal('300000000'), Decimal('400000000')]
    >>> [q.value for q in range_values("3", "4천만")]
    [Decimal('30000000'), Decimal('40000000')]
    >>> [q.value for q in range_values("25000", "30000")]
    [Decimal('25000'), Decimal('30000')]
    """
    c = _classes()
    units = c["small"] + c["big"]
    high = value_of(high_text)
    if high is None:
        return None
    if not any(u in low_text for u in units):
        lead = regex.match(rf"\s*(?:{ARABIC}|[{c['sino']}{c['vague']}]+)(?P<units>[{units}]+)", high_text)
        if lead:
            low = value_of(low_text + lead["units"])
            if low is not None and (low.value is None or high.value is None or low.value <= high.value):
                return low, high
    low = value_of(low_text)
    if low is None:
        return None
    return low, high


# --- whole strings ---------------------------------------------------------------------------------


@cache
def _standalone_re() -> regex.Pattern[str]:
    q = _quantity_words()
    w = _words()
    return regex.compile(
        rf"""
        ^\s*
        (?:(?P<qpre>{alternation(q["qualifier_before"])})\s*)?
        (?:(?P<apre>{alternation(q["approx_before"])})\s*)?
        (?P<neg>{alternation(w["negative"])})?\s*
        (?P<body>.+?)
        (?P<yeo>여)?
        (?P<dae>대)?
        (?:\s*(?P<apost>{alternation(q["approx_after"])}))?
        (?:\s*(?P<qpost>{alternation(q["qualifier_after"])}))?
        \s*$
        """,
        regex.VERBOSE | regex.DOTALL,
    )


@cache
def _number_re() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{number_pattern()})$", regex.VERBOSE)


def _native(text: str) -> Decimal | None:
    """Native Korean numerals below 100: 열하나, 스물다섯, 쉰두, 아흔셋."""
    w = _words()
    tens, ones = w["native_tens"], w["native_ones"]
    m = regex.fullmatch(rf"(?P<tens>{alternation(list(tens))})?\s*(?P<ones>{alternation(list(ones))})?", text)
    if not m or not (m["tens"] or m["ones"]):
        return None
    return Decimal(tens.get(m["tens"], 0) + ones.get(m["ones"], 0))


def _plain(text: str) -> Decimal | None:
    """One number without qualifiers: Arabic, Korean units, Hangul decimals, fractions, native."""
    w = _words()
    text = text.strip()
    if not text:
        return None
    fraction = w["fraction"]
    if fraction in text:  # 3분의 1 = 1/3: the denominator comes first
        denominator, _, numerator = text.partition(fraction)
        den, num = _plain(denominator), _plain(numerator)
        if den is None or num is None or den == 0:
            return None
        with localcontext() as ctx:
            ctx.prec = 28
            return (num / den).normalize()
    m = _SLASH_FRACTION.fullmatch(text)
    if m:
        den = Decimal(m[2])
        return (Decimal(m[1]) / den).normalize() if den else None
    for point in w["decimal_point"]:
        whole, sep, frac = text.partition(point)
        if sep and frac and all(ch in w["sino_digits"] for ch in frac.replace(" ", "")):
            base = _plain(whole) if whole.strip() else Decimal(0)
            if base is None:
                return None
            decimals = "".join(str(w["sino_digits"][ch]) for ch in frac.replace(" ", ""))
            return _integral(base + Decimal("0." + decimals))
    if text in w["sino_digits"]:
        return Decimal(w["sino_digits"][text])
    if _number_re().match(text):
        value, _ = exact_value(text)
        if value is not None:
            return value
    return _native(text)


def parse_number(text: str) -> Quantity | None:
    """Parse a whole string holding one number, with its approximation and bound words.

    Returns None when ``text`` is not a number. Never raises.

    >>> parse_number("3조 5천억").value
    Decimal('3500000000000')
    >>> parse_number("5조대")
    Quantity(value=Decimal('5000000000000'), approx=True, range=(Decimal('5000000000000'), \
Decimal('6000000000000')), qualifier=None)
    >>> parse_number("최대 1조").qualifier
    '최대'
    >>> parse_number("3~4억").range
    (Decimal('300000000'), Decimal('400000000'))
    """
    try:
        return _parse_number(text)
    except (InvalidOperation, ValueError, ArithmeticError, RecursionError):
        return None


def _parse_number(text: str) -> Quantity | None:
    if not text or len(text) > 200:
        return None
    m = _standalone_re().match(text)
    if not m:
        return None
    body = m["body"]
    approx = bool(m["apre"] or m["apost"] or m["yeo"])
    qualifier = m["qpre"] or m["qpost"]
    if m["yeo"] and m["dae"]:
        return None
    sep = regex.search(rf"\s*(?:{range_separator_pattern()})\s*", body)
    if sep and sep.start() > 0 and not m["neg"]:
        ends = range_values(body[: sep.start()], body[sep.end() :])
        if ends is None:
            return None
        low, high = ends
        lo = low.value if low.value is not None else (low.range or (None, None))[0]
        hi = high.value if high.value is not None else (high.range or (None, None))[1]
        return Quantity(
            value=None, approx=approx or low.approx or high.approx, range=(lo, hi), qualifier=qualifier
        )
    quantity = value_of(body)
    if quantity is None:
        value = _plain(body)
        if value is None:
            # 대 and 여 may be part of the body (대 in 삼대? no: only as suffixes); try without them
            return None
        quantity = Quantity(value=value)
    if m["neg"]:
        if quantity.value is None:
            return None
        quantity = Quantity(value=-quantity.value, approx=quantity.approx)
    if m["dae"]:
        if quantity.value is None:
            return None
        return Quantity(
            value=quantity.value, approx=True, range=decade_range(quantity.value), qualifier=qualifier
        )
    return Quantity(
        value=quantity.value,
        approx=approx or quantity.approx,
        range=quantity.range,
        qualifier=qualifier,
    )


@cache
def _find_re() -> regex.Pattern[str]:
    negative = alternation([w for w in _words()["negative"] if len(w) > 1])
    return regex.compile(
        rf"(?P<neg>(?:{negative})\s?|(?<![\d\w])[-−])?(?P<num>{number_pattern()}|(?<![\p{{L}}\d.,])\.\d+)",
        regex.VERBOSE,
    )


_PARTICLES = "은는이가을를의에도만과와로으"
_HANGUL = regex.compile(r"\p{Hangul}")


def _ends_word(text: str, end: int, body: str) -> bool:
    """A number written in Hangul is a word of its own: 삼천억은, not 조선 or 만약 or 경미한."""
    if len(body) == 1 and body in _words()["big_units"] and body != "만":
        return False
    nxt = text[end : end + 1]
    return not nxt or not _HANGUL.match(nxt) or nxt in _PARTICLES


@cache
def _fraction_re() -> regex.Pattern[str]:
    c = _classes()
    number = number_pattern()
    fraction = regex.escape(_words()["fraction"])
    return regex.compile(
        rf"""
        (?P<den>{number}|(?<![\p{{Hangul}}])[{c["sino"]}]|(?<![\d.,])\d+)\s?{fraction}\s?
        (?P<numer>{number}|[{c["sino"]}]|\d+(?:\.\d+)?)
        (?![\p{{Hangul}}](?<![{_PARTICLES}]))
        """,
        regex.VERBOSE,
    )


def find_numbers(text: str) -> list[tuple[int, int, Quantity]]:
    """Every number written in ``text`` with digits or Sino-Korean units, as (start, end, quantity).

    Lone Hangul digits (삼, 이) and native numerals (한, 두) are left out: in running text they
    are far more often ordinary words.

    >>> [(text[s:e], q.value) for text in ["매출 78억1200만, 이익 -3.5"] for s, e, q in find_numbers(text)]
    [('78억1200만', Decimal('7812000000')), ('-3.5', Decimal('-3.5'))]
    """
    out = []
    fractions = []
    for m in _fraction_re().finditer(text):
        value = _plain(m.group())
        if value is not None:
            fractions.append((m.start(), m.end(), Quantity(value=value)))
    for m in _find_re().finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in fractions):
            continue
        body = m["num"]
        if not any(map(str.isdigit, body)) and not _ends_word(text, m.end(), body):
            continue
        quantity = value_of("0" + body if body.startswith(".") else body)
        if quantity is None:
            continue
        if m["neg"] and quantity.value is not None:
            quantity = Quantity(value=-quantity.value, approx=quantity.approx)
        elif m["neg"]:
            continue
        out.append((m.start(), m.end(), quantity))
    return sorted(out + fractions, key=lambda x: x[0])


def english_scale(word: str | None) -> Decimal:
    """The multiplier of an English scale word ($1.2bn): 1 when there is none."""
    if not word:
        return Decimal(1)
    return Decimal(_words()["english_scales"].get(word.lower(), 1))
