"""Speaker accuracy on the test articles of tests/data/speakers (issue 20).

Each NAME.txt has a NAME.json of [quote text, expected speaker] rows, in text order. Prints,
per article and in all, how many expected quotes were found and how many of the found ones
have the expected speaker: ``python bench/speakers.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import newsfacts

DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "speakers"


def main() -> None:
    found_all = right_all = expected_all = 0
    for path in sorted(DIR.glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
        quotes = {q.text: q.speaker for q in newsfacts.extract(path.read_text("utf-8")).quotes}
        found = [(text, who) for text, who in expected if text in quotes]
        right = [text for text, who in found if quotes[text] == who]
        print(f"{path.stem:10} found {len(found)}/{len(expected)}  speaker right {len(right)}/{len(found)}")
        found_all, right_all = found_all + len(found), right_all + len(right)
        expected_all += len(expected)
    print(
        f"{'all':10} found {found_all}/{expected_all}  speaker right {right_all}/{found_all}"
        f" = {right_all / max(found_all, 1):.2f}"
    )


if __name__ == "__main__":
    main()
