"""The HTML report in a real browser: headless Chromium loads it, screenshots it and dumps its DOM.

``.ci/run`` installs Debian's ``chromium`` when it is missing; these tests skip, saying why,
only when no browser is there. Set ``NEWSFACTS_SCREENSHOT_DIR`` to keep the screenshots.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_html import ALLOWED_TAGS, _marks_by_number, parse
from views_doc import build, build_xss

import newsfacts
from newsfacts.render.html import report
from newsfacts.render.marks import collect

BROWSERS = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)  # fmt: skip


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no Chromium found (tried /usr/bin/chromium, chromium, google-chrome); .ci/run installs it")


def _run(browser: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    with tempfile.TemporaryDirectory(prefix="newsfacts-chromium-") as profile:
        return subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            timeout=120,
            check=False,
        )


@pytest.fixture(scope="module")
def browser() -> str:
    return _browser()


@pytest.fixture(scope="module")
def documents():
    return [build(), build_xss()]


@pytest.fixture(scope="module")
def report_file(tmp_path_factory, documents) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(report(documents), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dom(browser, report_file) -> str:
    result = _run(browser, "--dump-dom", report_file.as_uri())
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result.stdout.decode("utf-8")


def test_every_mention_is_a_highlighted_element_after_load(dom, documents):
    page = parse(dom)
    by_doc: dict[str, dict[int, dict[str, object]]] = {}
    # anchors are d<doc>-m<n>: split the DOM's marks by document before joining pieces
    for no, _doc in enumerate(documents, 1):
        section = dom[dom.index(f'<article class="doc" id="doc{no}">') :]
        section = section[: section.index("</article>")]
        by_doc[str(no)] = _marks_by_number(parse(section))
    for no, doc in enumerate(documents, 1):
        marks = by_doc[str(no)]
        expected = collect(doc).marks
        assert len(marks) == len(expected)
        for m in expected:
            assert marks[m.n]["kind"] == m.kind
            assert marks[m.n]["text"] == doc.text[m.start : m.end]
        for kind in ("money", "rates", "percentages", "dates", "quotes"):
            for mention in doc.mentions(kind):
                assert any(x["text"] == mention.text for x in marks.values()), mention
    assert {t for t, _ in page.tags} <= ALLOWED_TAGS


def test_article_markup_stays_text_in_the_browser(dom):
    page = parse(dom)
    assert not [t for t, _ in page.tags if t in ("script", "img", "iframe")]
    for section in dom.split('<section class="text">')[1:]:
        article = parse(section[: section.index("</section>")])
        assert {t for t, _ in article.tags} <= {"p", "mark", "sup", "a"}  # no <b> from the article's text
    text = "".join(page.text)
    assert '<script>alert("headline")</script> 삼성 558만 달러 수주' in text
    assert '"><img src=x onerror=alert(1)>' in text


def test_screenshot(browser, report_file, tmp_path):
    keep = os.environ.get("NEWSFACTS_SCREENSHOT_DIR")
    out = Path(keep) / "report.png" if keep else tmp_path / "report.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    result = _run(browser, f"--screenshot={out}", "--window-size=1100,1800", report_file.as_uri())
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1100, 1800)
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes


def test_seed_article_in_the_browser(browser, seed_text, tmp_path):
    doc = newsfacts.extract(seed_text, source="seed.txt")
    path = tmp_path / "seed.html"
    path.write_text(report([doc]), encoding="utf-8")
    result = _run(browser, "--dump-dom", path.as_uri())
    assert result.returncode == 0
    marks = _marks_by_number(parse(result.stdout.decode("utf-8")))
    expected = collect(doc).marks
    assert expected and len(marks) == len(expected)
    for m in expected:
        assert (marks[m.n]["kind"], marks[m.n]["text"]) == (m.kind, m.text)
    keep = os.environ.get("NEWSFACTS_SCREENSHOT_DIR")
    if keep:  # the seed article is copyrighted: its picture is kept only where a developer asks
        _run(browser, f"--screenshot={Path(keep) / 'seed.png'}", "--window-size=1100,2400", path.as_uri())
