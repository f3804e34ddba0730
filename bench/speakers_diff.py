"""What a change did to speakers: ``python bench/speakers_diff.py REV [SET ...]``.

Checks out ``REV`` (a commit, ``HEAD`` for the last one) in a temporary git worktree, scores
the same held-out sets with it and with the working tree (``heldout_speakers.py -v``, both
runs side by side), and prints the lines that differ: ``-`` a failure (wrong speaker, label
not found) of ``REV`` that the working tree mends, ``+`` a failure the working tree brings,
and each set's summary line before (``-``) and after (``+``). The seed article's
JSON, when ``../shared/seed-article`` is there, is compared too. SETs as for
``heldout_speakers.py`` (default: every set under ``bench/heldout``).
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT.parent / "shared" / "seed-article"


def _run(checkout: Path, args: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=checkout,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _seed_args() -> list[list[str]]:
    seeds = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    return [["-m", "newsfacts", "extract", "-f", "json", str(seeds[0])]] if seeds else []


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    rev, sets = sys.argv[1], [str(Path(s).resolve()) if Path(s).is_dir() else s for s in sys.argv[2:]]
    scorer = ["-X", "utf8", str(HERE / "heldout_speakers.py"), "-v", *sets]
    with tempfile.TemporaryDirectory(prefix="speakers-diff-") as tmp:
        base = Path(tmp) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), rev],
            check=True,
            capture_output=True,
        )
        try:
            jobs = [(_run(base, scorer), _run(ROOT, scorer))]
            jobs += [(_run(base, a), _run(ROOT, a)) for a in _seed_args()]
            outputs = [(old.communicate()[0], new.communicate()[0]) for old, new in jobs]
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    (old_v, new_v), *seed = outputs
    changed = False
    for line in difflib.unified_diff(
        old_v.splitlines(), new_v.splitlines(), rev, "working tree", n=0, lineterm=""
    ):
        if not line.startswith(("---", "+++", "@@")):
            print(line)
            changed = True
    for old_json, new_json in seed:
        print("seed article: " + ("JSON identical" if old_json == new_json else "JSON DIFFERS"))
    if not changed:
        print("speakers: no label changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
