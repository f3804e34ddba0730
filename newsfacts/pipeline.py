"""``extract``: the library entry point that runs every extractor over one article."""

from __future__ import annotations

import bisect
import dataclasses
from datetime import date
from typing import Any

from .checks import CheckOptions, run_checks
from .document import Document
from .extractors.attribution import Attribution
from .extractors.speech.entities import Entities
from .extractors.speech.reading import extract_quotes
from .kinds import FACT_KINDS, KINDS
from .page.article import parse_article
from .warmup import ready


def extract(
    text: str,
    reference_date: date | None = None,
    *,
    source: str = "<text>",
    keep_noise: bool = False,
    check_options: CheckOptions | None = None,
) -> Document:
    """Extract every fact from one article.

    ``reference_date`` overrides the publication date found in the date line; relative
    dates (``지난달``, ``29일``) resolve against it. Page noise (reader comments, reaction
    counters, recommendation lists) is left out unless ``keep_noise`` is true.
    ``check_options`` gives the checks exchange rates to hold conversions to
    (``CheckOptions(rates={"USD": 1400})``).
    """
    warm_up()
    article = parse_article(text, source=source, reference_date=reference_date, keep_noise=keep_noise)
    named = Entities(article)  # every person and body named, for the speakers and the output
    quotes = extract_quotes(article, named)
    sources = Attribution(article, quotes)
    figures: dict[str, Any] = {
        kind.name: tuple(sources.attribute(list(kind.extract(article))))
        for kind in FACT_KINDS
        if kind.extract is not None
    }
    document = Document(article=article, **figures, quotes=tuple(quotes), entities=tuple(named.entities()))
    if any(m.conversion is not None for m in document.money) or document.rates:
        from .checks.market import with_market_rates  # loads the reference rates, on first use

        document = with_market_rates(document, check_options or CheckOptions())
    checks = run_checks(document, check_options)
    if checks:
        document = Document(**{**document.__dict__, "checks": tuple(checks)})
    if article.text is not article.source_text:
        document = _quoting_the_input(document)
    return document


def warm_up() -> None:
    """Kiwi loaded and the rules' slow patterns built, side by side, once per process: on the
    first ``extract``, or as a batch worker starts. Every extractor is imported by now (this
    module imports them all), so every pattern they mark as slow is in the registry."""
    ready()


def _quoting_the_input(document: Document) -> Document:
    """Each result's offsets and ``text`` as the input has them. The rules read a
    hard-wrapped paragraph with its line breaks as spaces, or taken out (the offsets after
    them, up to the end of the word, moved up: ``Article.shifts``)."""
    source = document.text
    shifts = document.article.shifts
    starts = [s.start for s in shifts]

    def to_input(x: int) -> int:
        k = bisect.bisect_right(starts, x) - 1
        if k >= 0 and x < shifts[k].end:
            return x + shifts[k].by
        return x

    def retext(value: Any) -> Any:
        if isinstance(value, tuple):
            return tuple(retext(v) for v in value)
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            if isinstance(old, int) and not isinstance(old, bool) and shifts:
                if f.name == "start" or f.name.endswith("_start"):
                    new: Any = to_input(old)
                elif f.name == "end" or f.name.endswith("_end"):
                    new = to_input(old - 1) + 1 if old > 0 else old
                else:
                    continue
            else:
                new = retext(old)
            if new is not old and new != old:
                changes[f.name] = new
        names = {f.name for f in dataclasses.fields(value)}
        if {"text", "start", "end"} <= names:
            span: Any = value  # a mention: the names say it has text, start and end
            start, end = changes.get("start", span.start), changes.get("end", span.end)
            if isinstance(start, int) and isinstance(end, int) and source[start:end] != span.text:
                changes["text"] = source[start:end]
        return dataclasses.replace(value, **changes) if changes else value

    fields = (*KINDS, "entities")
    return dataclasses.replace(document, **{k: retext(getattr(document, k)) for k in fields})
