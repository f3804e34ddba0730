"""The result of extracting one article, and its JSON contract."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from .extractors.dates.reading import DateMention
from .extractors.exchange_rates import RateMention
from .extractors.money import MoneyMention
from .extractors.percentages import PercentMention
from .extractors.speech.entities import Entity
from .extractors.speech.mention import QuoteMention
from .findings import Finding
from .kinds import KINDS
from .mentions import jsonable
from .page.article import Article, Sentence
from .page.layout import CONTENT_ROLES, NOISE

__all__ = ["KINDS", "Document"]  # KINDS: the kinds of facts, in output order (kinds.py)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Document:
    article: Article
    money: tuple[MoneyMention, ...] = ()
    rates: tuple[RateMention, ...] = ()
    percentages: tuple[PercentMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[QuoteMention, ...] = ()
    checks: tuple[Finding, ...] = ()
    #: Every person and body the article names, in order of first mention (issue 20).
    entities: tuple[Entity, ...] = ()
    #: What identifies the input from one run to the next (``--db`` replaces by it): a file's
    #: resolved path, a JSON Lines record's id, else its corpus's resolved path and line;
    #: None for text from elsewhere, known by its ``source``. Not in the JSON contract.
    key: str | None = dataclasses.field(default=None, compare=False)

    @property
    def source(self) -> str:
        return self.article.source

    @property
    def text(self) -> str:
        """The input as decoded: every offset indexes it."""
        return self.article.source_text

    @property
    def reference_date(self) -> date | None:
        return self.article.reference_date

    @property
    def headline(self) -> str | None:
        return self.article.headline.text if self.article.headline else None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.article.sentences

    def mentions(self, kind: str) -> tuple[Any, ...]:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
        return getattr(self, kind)

    def to_dict(self, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
        """The JSON contract: every key always present, empty lists rather than missing keys."""
        out: dict[str, Any] = {
            "source": self.source,
            "reference_date": jsonable(self.reference_date),
            "headline": self.headline,
        }
        for kind in KINDS:
            out[kind] = [jsonable(m) for m in self.mentions(kind)] if kind in kinds else []
        out["entities"] = [jsonable(e) for e in self.entities]
        out["layout"] = self.skipped()
        out["page_notes"] = list(self.article.layout.notes)
        return out

    def skipped(self) -> list[dict[str, Any]]:
        """The parts of the page that were not read as the article, with the reason for each;
        the trailing page noise is one entry from its start to the end of the text."""
        out: list[dict[str, Any]] = []
        layout = self.article.layout
        for line in layout.lines:
            if line.role in CONTENT_ROLES:
                continue
            if line.role == NOISE and layout.noise_start is not None and line.start >= layout.noise_start:
                if out and out[-1]["role"] == NOISE:
                    continue
                end = len(self.text.rstrip())
                out.append({"role": NOISE, "start": line.start, "end": end, "reason": "trailing page noise"})
                continue
            out.append({"role": line.role, "start": line.start, "end": line.end, "reason": line.reason})
        return out
