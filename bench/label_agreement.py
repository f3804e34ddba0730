"""How far two labellers agree on speakers: ``python bench/label_agreement.py [-v] SET OTHER``.

Two folders labelled independently over the same pages (``labels.jsonl`` as for
``heldout_speakers.py``). A label of SET is matched to one of OTHER on the same file by the
scorer's rule for quotes (the same text, spaces aside, or for labels over eight characters one
holding the other); the two speakers agree by the scorer's rule for speakers, asked both ways
(one holds the other). The agreement is what the tool's speaker accuracy can be measured
against: a tool scored against one labeller cannot be expected to agree with it more often
than a second labeller does. ``-v`` lists the disagreements.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from heldout_speakers import _norm, _right


def _labels(folder: Path) -> dict[str, list[dict]]:
    by_file: dict[str, list[dict]] = {}
    for line in (folder / "labels.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            by_file.setdefault(label["file"], []).append(label)
    return by_file


def _matches(want: str, other: str) -> bool:
    return want == other or (len(want) > 8 and (want in other or other in want))


def agreement(one: Path, other: Path, verbose: bool = False) -> str:
    mine, theirs = _labels(one), _labels(other)
    matched = agreed = 0
    total = sum(len(rows) for rows in mine.values())
    for name, rows in sorted(mine.items()):
        candidates = theirs.get(name, [])
        used: set[int] = set()
        for label in rows:
            want = _norm(label["quote"])
            hit = next(
                (i for i, c in enumerate(candidates) if i not in used and _matches(want, _norm(c["quote"]))),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            matched += 1
            a, b = label["speaker"], candidates[hit]["speaker"]
            if _right(a, b) or _right(b, a):
                agreed += 1
            elif verbose:
                print(f"  {name}: {label['quote'][:30]!r} {a!r} / {b!r}")
    others = sum(len(rows) for rows in theirs.values())
    return (
        f"{one.name} / {other.name}: labels {total} / {others}, the same quote {matched}; "
        f"speakers agree {agreed}/{matched} = {agreed / max(matched, 1):.3f}"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        raise SystemExit(2)
    print(agreement(Path(args[0]), Path(args[1]), "-v" in sys.argv))


if __name__ == "__main__":
    main()
