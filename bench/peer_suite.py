"""Pass rates of newsfacts on the Korean test corpora of Duckling and Recognizers-Text.

Run from the project root: ``python bench/peer_suite.py [--suites ../shared/peer-suites]``.
The corpora are read from ``../shared/peer-suites`` (never copied into the project). Each
section lives in its own module (``peer_numbers.py`` for numerals, money and percentages,
``peer_dates.py`` for times) exposing ``run(suites: Path) -> list[Row]``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
SECTIONS = ("peer_numbers", "peer_dates")


class Row(NamedTuple):
    suite: str  # duckling | recognizers | samples
    category: str
    passed: int
    total: int
    note: str = ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", type=Path, default=HERE.parent.parent / "shared" / "peer-suites")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every failing example")
    args = parser.parse_args()
    if not args.suites.is_dir():
        print(f"peer_suite: {args.suites} not found (it lives in ../shared/peer-suites)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE))
    rows: list[Row] = []
    for name in SECTIONS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        rows.extend(module.run(args.suites, verbose=args.verbose))
    print(f"{'suite':<12} {'category':<40} {'passed':>7} {'total':>6} {'rate':>7}  note")
    for r in rows:
        rate = f"{100 * r.passed / r.total:6.1f}%" if r.total else "     -"
        print(f"{r.suite:<12} {r.category:<40} {r.passed:>7} {r.total:>6} {rate}  {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
