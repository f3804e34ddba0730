"""Speakers on held-out articles (issue 20): ``python bench/heldout_speakers.py [-v] [SET ...]``.

Each ``bench/heldout/setN`` holds fictional articles written, to the newsroom's conventions,
by someone who had not seen the code, with ``labels.jsonl``: every direct quote and reported
claim with the fullest form of its speaker (the set's README says how it was labelled). A
set is unseen only until rules are tuned on it; ``bench/README.md`` says which were.

Prints per set: labels found, direct-quote recall and precision, and speaker accuracy on the
labels found. A label is found by a quote with the same text (spaces aside) or, for labels
over eight characters, one holding it or held in it. A speaker is right when it is the
label's, or one holds the other (a speaker of four characters or more inside the label's),
spaces, a broadcast tag's ``/`` and ``*``, and the word ``신임`` aside.
``-v`` lists the wrong speakers and the labels not found. A SET is a name under
``bench/heldout`` or the path of a folder laid out the same way.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parent / "heldout"


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _norm_speaker(s: str) -> str:
    # a broadcast tag's markup is no part of the name: '홍순철/공인중개사', '김인석 *어민*';
    # nor is '신임' (newly appointed): labellers split on keeping it where both forms are written
    return re.sub(r"[\s/*]+", "", re.sub(r"(?<!\S)신임 ", "", s))


def _same(text: str, want: str) -> bool:
    return text == want or (len(want) > 8 and (want in text or text in want))


def _right(got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    g, w = _norm_speaker(got), _norm_speaker(want)
    return g == w or (g in w and len(g) >= 4) or w in g


def score(folder: Path, verbose: bool = False) -> str:
    labels = [json.loads(line) for line in (folder / "labels.jsonl").read_text("utf-8").splitlines() if line]
    by_file: dict[str, list[dict]] = {}
    for label in labels:
        by_file.setdefault(label["file"], []).append(label)
    found = right = direct = direct_found = extracted = matched = 0
    for name, rows in sorted(by_file.items()):
        quotes = newsfacts.extract((folder / name).read_text("utf-8")).quotes
        used: set[int] = set()
        for label in rows:
            want = _norm(label["quote"])
            direct += label["kind"] == "direct"
            hit = next(
                (
                    i
                    for i, q in enumerate(quotes)
                    if i not in used
                    and (
                        _norm(q.text) == want
                        or (len(want) > 8 and (want in _norm(q.text) or _norm(q.text) in want))
                    )
                ),
                None,
            )
            if hit is None:
                if verbose:
                    print(f"  {folder.name}/{name}: {label['quote'][:30]!r} not found")
                continue
            used.add(hit)
            found += 1
            direct_found += label["kind"] == "direct"
            if _right(quotes[hit].speaker, label["speaker"]):
                right += 1
            elif verbose:
                got = quotes[hit].speaker
                print(f"  {folder.name}/{name}: {label['quote'][:30]!r} {label['speaker']!r} got {got!r}")
        extracted += sum(q.kind == "direct" for q in quotes)
        matched += sum(q.kind == "direct" for i, q in enumerate(quotes) if i in used)
    return (
        f"{folder.name}: labels {len(labels)}, found {found}; direct recall {direct_found}/{direct}, "
        f"precision {matched}/{extracted}; speaker right {right}/{found} = {right / max(found, 1):.3f}"
    )


def main() -> None:
    verbose = "-v" in sys.argv
    sets = sorted((p.name for p in ROOT.iterdir() if p.is_dir()), key=lambda n: int(n.removeprefix("set")))
    names = [a for a in sys.argv[1:] if a != "-v"] or sets
    for name in names:
        # a set's name, or the path of any folder laid out the same way
        print(score(Path(name) if Path(name).is_dir() else ROOT / name, verbose))


if __name__ == "__main__":
    main()
