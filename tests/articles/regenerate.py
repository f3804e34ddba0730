"""Write ``tests/articles/NAME.json`` beside each ``NAME.txt``: what ``newsfacts extract -f json
NAME.txt`` prints today, run from this folder so that ``source`` is the bare file name.

    python tests/articles/regenerate.py [NAME ...]

Run it after a deliberate change, then read the diff of every JSON it rewrote before committing:
a golden file blesses what it holds. ``tests/test_articles.py`` compares field by field.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from click.testing import CliRunner

from newsfacts.cli import cli

HERE = Path(__file__).resolve().parent


def extract_json(name: str) -> str:
    """The ``extract -f json`` output for ``NAME.txt`` in this folder."""
    cwd = os.getcwd()
    os.chdir(HERE)
    try:
        result = CliRunner().invoke(cli, ["extract", "-f", "json", f"{name}.txt"], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    if result.exit_code != 0:
        raise RuntimeError(f"{name}.txt: exit {result.exit_code}: {result.output}")
    return result.stdout


def names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.txt"))


if __name__ == "__main__":
    for name in sys.argv[1:] or names():
        (HERE / f"{name}.json").write_text(extract_json(name), "utf-8")
        print(f"wrote {name}.json", file=sys.stderr)
