"""Checks on the figures that do not add up (issue 6)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .mentions import Span

if TYPE_CHECKING:
    from .document import Document


@dataclasses.dataclass(frozen=True, kw_only=True)
class Finding:
    kind: str
    severity: str  # error | warning
    message: str
    spans: tuple[Span, ...]
    sentence: int | None = None


def run_checks(document: Document) -> list[Finding]:
    return []
