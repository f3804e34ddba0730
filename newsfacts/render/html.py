"""The HTML report: one self-contained file an editor opens in any browser, offline.

Inline CSS only: no script, no web font, no image, no request of any kind (a Content-Security-
Policy meta tag forbids them, so even a mistake cannot phone home). The findings come first,
then the article with every fact highlighted (hover shows its normalised value and source),
then one table per kind. Every piece of article text, source name and message goes through
``html.escape``: an article that contains markup shows that markup as text.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from html import escape

from ..checks import Finding
from ..document import Document
from ..kinds import BY_NAME, KINDS
from .marks import MARK_KINDS, Close, Mark, Open, collect, nest, page_lines
from .output import TextSink, describe

# Hangul on every desktop: Noto/Source Han (Linux, Android), Apple SD Gothic Neo (macOS, iOS),
# Malgun Gothic (Windows), Nanum and Un fonts (older Linux), then the system's own choice.
FONT_STACK = (
    '"Noto Sans KR", "Noto Sans CJK KR", "Source Han Sans KR", "Apple SD Gothic Neo", '
    '"Malgun Gothic", "맑은 고딕", "NanumGothic", "Nanum Gothic", "NanumBarunGothic", "UnDotum", '
    "system-ui, sans-serif"
)

CSS = """
:root { --money: #ffe27a; --rate: #ffd3a8; --percentage: #aee8f5; --date: #c4efc0; --quote: #e6e0ff;
        --speaker: #f3c6ee; --check: #ffd0d0; --other: #e4e4e4;
        --error: #c4001d; --warning: #9a6200; --dim: #777; }
* { box-sizing: border-box; }
body { font-family: FONTS; margin: 0 auto; max-width: 52rem; padding: 1.5rem; color: #1b1b1b;
       background: #fff; line-height: 1.75; word-break: keep-all; overflow-wrap: anywhere; }
h1 { font-size: 1.1rem; color: var(--dim); font-weight: normal; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.meta, .legend { color: var(--dim); font-size: .9rem; margin: .25rem 0; }
.findings { border-left: 4px solid var(--error); background: #fff6f6; padding: .5rem 1rem; margin: 1rem 0; }
.findings.clean { border-color: #2e8b57; background: #f3fbf6; }
.findings ul { margin: .25rem 0; padding-left: 1.25rem; }
.sev-error { color: var(--error); font-weight: bold; }
.sev-warning { color: var(--warning); font-weight: bold; }
.sev-note { color: inherit; font-style: italic; }
.text { font-size: 1.05rem; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; padding: .5rem 0; }
.text p { margin: .6rem 0; }
.text .headline { font-size: 1.3rem; font-weight: bold; }
.text .subhead { font-weight: bold; }
.text .caption { font-style: italic; }
.text .byline, .text .dateline, .text .chrome, .text .related, .text .noise {
  color: var(--dim); font-size: .9rem;
}
.text .noise { opacity: .7; margin: .1rem 0; }
mark { color: inherit; background: transparent; border-radius: 3px; padding: 0 1px; cursor: help; }
mark[class^="k-"] { background: var(--other); }
mark.k-money { background: var(--money); }
mark.k-rate { background: var(--rate); }
mark.k-percentage { background: var(--percentage); }
mark.k-date { background: var(--date); }
mark.k-quote { background: var(--quote); }
mark.q-indirect { background: none; border-bottom: 2px dotted #7a6fd0; border-radius: 0; }
mark.k-speaker { background: var(--speaker); font-weight: bold; }
mark.k-check { background: var(--check); }
mark.sev-error, mark.sev-warning, mark.sev-note { font-weight: inherit; color: inherit; }
mark.sev-error { box-shadow: inset 0 -3px 0 var(--error); }
mark.sev-warning { box-shadow: inset 0 -3px 0 var(--warning); }
mark.sev-note { box-shadow: inset 0 -1px 0 currentColor; }
sup.n { font-size: .65em; color: #555; margin: 0 1px; }
sup.n a { color: inherit; text-decoration: none; }
.legend mark { cursor: default; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin-bottom: 1rem;
        overflow-wrap: normal; }
th { white-space: nowrap; }
th, td { border-bottom: 1px solid #e4e4e4; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f6f6f6; }
td.num { color: var(--dim); white-space: nowrap; }
td.fig { white-space: nowrap; }
td.sentence { color: #444; }
td.sentence b { background: #fff3b0; font-weight: normal; }
:target { outline: 2px solid #3367d6; }
@media print { body { max-width: none; }
               mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
""".replace("FONTS", FONT_STACK)

#: no script, no fetch, no font or image from anywhere: the report stands alone
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _anchor(doc_no: int, n: int) -> str:
    return f"d{doc_no}-m{n}"


def _title(mark: Mark) -> str:
    lines = [f"[{mark.n}] {mark.kind}: {mark.value}"]
    if mark.source:
        lines.append(f"source: {mark.source}")
    lines.extend(f"{f.severity}: {f.kind}: {f.message}" for f in mark.findings)
    lines.extend(f"compared in {f.kind}" for f in mark.cited)
    return "\n".join(lines)


def _article_html(document: Document, marks: tuple[Mark, ...], doc_no: int) -> str:
    out: list[str] = []
    for line in page_lines(document):
        if line.role == "blank":
            continue
        why = f' title="{_e(line.reason)}"' if line.reason else ""
        parts: list[str] = [f'<p class="{line.role}"{why}>']
        for event in nest(document.text, line.start, line.end, marks):
            if isinstance(event, Open):
                m = event.mark
                classes = f"k-{m.kind}" + (f" q-{m.variant}" if m.variant else "")
                classes += f" sev-{m.worst}" if m.worst else ""
                ident = f' id="{_anchor(doc_no, m.n)}"' if event.first else ""
                data = f'data-n="{m.n}" data-kind="{m.kind}" title="{_e(_title(m))}"'
                parts.append(f'<mark class="{classes}"{ident} {data}>')
            elif isinstance(event, Close):
                parts.append("</mark>")
                if event.last:
                    n = event.mark.n
                    parts.append(f'<sup class="n"><a href="#n{doc_no}-{n}">{n}</a></sup>')
            else:
                parts.append(_e(event))
        parts.append("</p>")
        out.append("".join(parts))
    return "\n".join(out)


def _findings_html(
    document: Document, marks: tuple[Mark, ...], loose: tuple[Finding, ...], doc_no: int
) -> str:
    findings = document.checks
    if not findings:
        return '<section class="findings clean"><b>No findings.</b></section>'
    refs: dict[int, list[int]] = {}
    for m in marks:
        for f in m.findings:
            refs.setdefault(id(f), []).append(m.n)
    items = []
    order = sorted(findings, key=lambda f: f.severity != "error")
    for f in order:
        links = " ".join(f'<a href="#{_anchor(doc_no, n)}">[{n}]</a>' for n in refs.get(id(f), ()))
        items.append(
            f'<li><span class="sev-{_e(f.severity)}">{_e(f.severity)}</span> '
            f"<code>{_e(f.kind)}</code>: {_e(f.message)} {links}</li>"
        )
    errors = sum(f.severity == "error" for f in findings)
    head = f"{_count(len(findings), 'finding')} ({_count(errors, 'error')})"
    return f'<section class="findings"><b>{head}</b><ul>\n' + "\n".join(items) + "\n</ul></section>"


def _sentence_html(document: Document, m: object) -> str:
    index = getattr(m, "sentence", None)
    if not isinstance(index, int) or not 0 <= index < len(document.sentences):
        return ""
    s = document.sentences[index]
    a, b = max(m.start, s.start), min(m.end, s.end)  # type: ignore[attr-defined]
    if a >= b:
        return _e(s.text)
    t = document.text
    return f"{_e(t[s.start : a])}<b>{_e(t[a:b])}</b>{_e(t[b : s.end])}"


def _tables_html(document: Document, kinds: tuple[str, ...], marks: tuple[Mark, ...], doc_no: int) -> str:
    number = {(m.field, m.index): m.n for m in marks if m.part == "fact"}
    out: list[str] = []
    for field in KINDS:
        if field == "checks" or field not in kinds:
            continue
        items = document.mentions(field)
        out.append(f'<h3 id="t{doc_no}-{field}">{BY_NAME[field].title} ({len(items)})</h3>')
        if not items:
            out.append('<p class="meta">none</p>')
            continue
        source_head = "speaker" if field == "quotes" else "source"
        fig = "" if field == "quotes" else ' class="fig"'  # a figure reads as one unit: never wrap it
        out.append(
            f"<table><thead><tr><th>#</th><th>text</th><th>value</th><th>{source_head}</th>"
            "<th>sentence</th></tr></thead><tbody>"
        )
        for i, m in enumerate(items):
            n = number.get((field, i))
            num = f'<a id="n{doc_no}-{n}" href="#{_anchor(doc_no, n)}">{n}</a>' if n else ""
            try:
                value = describe(field, m)
            except Exception:
                value = "?"
            source = m.speaker if field == "quotes" else getattr(m, "attributed_to", None)
            out.append(
                f'<tr><td class="num">{num}</td><td{fig}>{_e(m.text)}</td><td>{_e(value)}</td>'
                f'<td>{_e(source)}</td><td class="sentence">{_sentence_html(document, m)}</td></tr>'
            )
        out.append("</tbody></table>")
    # marks that are not a row of a table (speakers, conversions, findings) still get a note anchor
    extra = [m for m in marks if m.part != "fact"]
    if extra:
        out.append("<h3>Speakers, conversions and other marks</h3><table><tbody>")
        for m in extra:
            out.append(
                f'<tr><td class="num"><a id="n{doc_no}-{m.n}" href="#{_anchor(doc_no, m.n)}">{m.n}</a></td>'
                f"<td>{_e(m.kind)}</td><td>{_e(m.value)}</td></tr>"
            )
        out.append("</tbody></table>")
    return "\n".join(out)


def _legend_html() -> str:
    marks = " ".join(f'<mark class="k-{k}">{k}</mark>' for k in MARK_KINDS)
    marks = (
        marks.replace(">quote<", ">direct quote<") + ' <mark class="k-quote q-indirect">reported claim</mark>'
    )
    flags = '<mark class="sev-error">error</mark> <mark class="sev-warning">warning</mark> on it'
    hint = f"{flags} · hover a mark for its value and source; its small number links to its row"
    return f'<p class="legend">{marks} · {hint}</p>'


def document_html(document: Document, kinds: tuple[str, ...] = KINDS, doc_no: int = 1) -> str:
    """One document's section of the report."""
    found = collect(document, kinds)
    ref = document.reference_date.isoformat() if document.reference_date else "none"
    counts = " · ".join(f"{k} {len(document.mentions(k))}" for k in KINDS if k != "checks" and k in kinds)
    return "\n".join(
        [
            f'<article class="doc" id="doc{doc_no}">',
            f'<h2 class="source">{_e(document.source)}</h2>',
            f'<p class="meta">reference date {_e(ref)} · {_e(counts)}</p>',
            _findings_html(document, found.marks, found.loose, doc_no) if "checks" in kinds else "",
            _legend_html(),
            f'<section class="text">\n{_article_html(document, found.marks, doc_no)}\n</section>',
            _tables_html(document, kinds, found.marks, doc_no),
            "</article>",
        ]
    )


def report_head(title: str = "newsfacts report") -> str:
    """Everything before the first document: the page head with its inline style."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="newsfacts">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>newsfacts report</h1>\n"
    )


REPORT_TAIL = "</body>\n</html>\n"


def write_html(documents: Iterable[Document], out: TextSink, kinds: tuple[str, ...] = KINDS) -> int:
    """Write the report, one document at a time (an archive need not fit in memory); returns the count."""
    n = 0
    for n, doc in enumerate(documents, 1):
        if n == 1:
            out.write(report_head(f"newsfacts · {doc.source}"))
        out.write(document_html(doc, kinds, n) + "\n")
        out.flush()
    if n == 0:
        out.write(report_head() + '<p class="meta">No input.</p>\n')
    out.write(REPORT_TAIL)
    return n


def report(documents: Iterable[Document], kinds: tuple[str, ...] = KINDS) -> str:
    """The whole self-contained HTML file for one or more documents."""
    buf = io.StringIO()
    write_html(documents, buf, kinds)
    return buf.getvalue()
