"""Seconds per 100k characters of ``newsfacts.extract`` on long inputs, at 10k, 100k and 1M.

Every stage should be linear, so a row's three figures should be about equal; the last
column is the time at 1M over the time at 100k (10 for a linear stage). Texts: the economy
sample's body on one line (one paragraph), the same with its paragraphs on their lines,
and adversarial ones: '억' * N, '“' * N and a three-sentence '회사 측은' pattern on one line.

    python bench/long_inputs.py            # all rows (about four minutes on one core)
    python bench/long_inputs.py one-line   # the rows named

Kiwi runs single-threaded (as in a batch worker), so the times are CPU time of one core.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("NEWSFACTS_KIWI_THREADS", "1")

from newsfacts import extract

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 100_000, 1_000_000)
_SAMPLE = (ROOT / "samples" / "economy.txt").read_text("utf-8")
_BODY = [line for line in _SAMPLE.splitlines() if len(line) > 60]  # the paragraphs, not the headline
COMPANY = (
    "삼성전자는 올해 투자를 늘린다고 밝혔다. 회사 측은 “5조 원을 투입할 것”이라고 말했다. "
    "업계는 긍정적으로 평가했다. "
)


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


TEXTS: dict[str, Callable[[int], str]] = {
    "one-line": lambda n: _repeat(" ".join(_BODY) + " ", n),
    "multi-line": lambda n: _repeat("\n".join(_BODY) + "\n", n),
    "company-pattern": lambda n: _repeat(COMPANY, n),
    "eok": lambda n: "억" * n,
    "open-quotes": lambda n: "“" * n,
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    extract(text)
    return time.perf_counter() - start


def main(names: list[str]) -> None:
    extract("삼성전자는 5조 원을 투자했다.")  # Kiwi loaded and every pattern compiled
    print(f"{'text':<16}" + "".join(f"{n // 1000:>9,}k" for n in SIZES) + "   1M/100k")
    for name in names or list(TEXTS):
        per = [seconds(TEXTS[name](n)) / (n / 100_000) for n in SIZES]
        cells = "".join(f"{p:>10.2f}" for p in per)
        print(f"{name:<16}{cells}{per[2] / per[1] * 10:>10.1f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
