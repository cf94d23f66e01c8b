"""Direct and indirect quotations with their speakers and reporting verbs.

Pure: text, sentences and mentions in; quote spans and warnings out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.entities import MentionSpan
from warta.segment import SentenceSpan


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The quoted words ``text[start:end]`` (without the quotation marks)."""

    start: int
    end: int
    kind: str  # "direct" | "indirect"
    partial: bool
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    method: str


@dataclass(frozen=True, slots=True)
class QuoteWarning:
    position: int
    message: str


@dataclass(frozen=True, slots=True)
class QuoteExtraction:
    quotes: list[QuoteSpan] = field(default_factory=list)
    warnings: list[QuoteWarning] = field(default_factory=list)


_PAIR = re.compile(r"[\"“]([^\"“”\n]{2,}?)[\"”]")


def extract_quotes(
    text: str, sentences: Sequence[SentenceSpan], mentions: Sequence[MentionSpan]
) -> QuoteExtraction:
    """Placeholder rule: every pair of quotation marks within a paragraph, no speaker."""
    quotes = [
        QuoteSpan(m.start(1), m.end(1), "direct", False, None, None, None, None, "rule")
        for m in _PAIR.finditer(text)
        if " " in m.group(1)
    ]
    return QuoteExtraction(quotes, [])
