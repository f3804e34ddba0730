"""What a check reports: a ``Finding`` and its severity.

Kept apart from the checks themselves so that the document, which holds findings, does not
import the checks, which read documents.
"""

from __future__ import annotations

import dataclasses

from .mentions import Span

ERROR, WARNING, NOTE = "error", "warning", "note"
SEVERITIES = (NOTE, WARNING, ERROR)  # in increasing order, for --fail-on


@dataclasses.dataclass(frozen=True, kw_only=True)
class Finding:
    """One problem: which check, how bad, the arithmetic in one line, and the figures involved."""

    kind: str
    severity: str  # error | warning | note
    message: str
    spans: tuple[Span, ...]
    sentence: int | None = None


def reaches(severity: str, threshold: str) -> bool:
    """Whether a finding of ``severity`` counts for ``--fail-on threshold``."""
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)
