"""What the page model costs, as a share of a whole extraction, in one run.

Run from the project root: ``python bench/page_cost.py [--rounds 5]``. Over the samples (and
the seed article when ``../shared/seed-article`` is beside the checkout), each also pasted as
a whole page (menus, ticker, share widgets, related box, comments) and hard-wrapped at 40
columns, it times ``newsfacts.page.layout.read_page`` and ``newsfacts.extract`` on each text in
turn, in the same process, and prints the ratio of their summed times, median of the rounds.
Kiwi is loaded and every pattern built before timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsfacts  # noqa: E402
from newsfacts.page.layout import read_page  # noqa: E402

CHROME_TOP = (
    "메뉴 건너뛰기\n홈 > 경제 > 산업\n구독 로그인 회원가입\n코스피 2,731.15 ▲0.42%  원/달러 1,388.60\n"
)
CHROME_END = (
    "\n관련기사\n- 반도체 재고 20% 감소\n- 자동차 수출 30억 달러 돌파\n페이스북 공유하기\n"
    "댓글 3\n2025-02-26 14:49:37\n좋은 기사네요 100% 공감\n많이 본 뉴스\n코스피 3% 급락\n"
)


def texts() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "samples").glob("**/*.txt"))
    paths += sorted((ROOT.parent / "shared" / "seed-article").glob("*.txt"))
    out = []
    for p in paths:
        t = p.read_text("utf-8")
        out.append((p.stem, t))
        out.append((p.stem + "+page", CHROME_TOP + t + CHROME_END))
        wrapped = "\n".join(textwrap.fill(line, 40) if len(line) > 40 else line for line in t.split("\n"))
        out.append((p.stem + "+wrapped", wrapped))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    corpus = texts()
    for _, t in corpus:  # load Kiwi, build every pattern
        newsfacts.extract(t)
    ratios = []
    for _ in range(args.rounds):
        page_s = extract_s = 0.0
        for _, t in corpus:
            t0 = time.process_time()
            read_page(t)
            t1 = time.process_time()
            newsfacts.extract(t)
            t2 = time.process_time()
            page_s += t1 - t0
            extract_s += t2 - t1
        ratios.append(page_s / extract_s)
    chars = sum(len(t) for _, t in corpus)
    print(f"{len(corpus)} texts, {chars:,} characters, {args.rounds} rounds")
    median, low, high = statistics.median(ratios), min(ratios), max(ratios)
    print(f"page model / whole extraction: {median:.2%} (median; rounds {low:.2%}..{high:.2%})")
    per_page, per_extract = page_s / len(corpus) * 1000, extract_s / len(corpus) * 1000
    print(f"page model per text: {per_page:.2f} ms; extraction per text: {per_extract:.1f} ms")

if __name__ == "__main__":
    main()
