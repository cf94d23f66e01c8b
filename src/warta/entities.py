"""Named-entity mentions in normalized article text.

``extract_mentions`` is pure: text and sentence spans in, typed mention spans out, each
inside exactly one sentence. ``canonical`` is the article-level name the mention refers to
(``Putin`` after ``Vladimir Putin`` gets ``Vladimir Putin``); the corpus reduction turns
(label, canonical) into one entity row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.segment import SentenceSpan

LABELS = ("PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "PRODUCT", "DATE", "CARDINAL")


@dataclass(frozen=True, slots=True)
class MentionSpan:
    start: int
    end: int
    label: str
    canonical: str
    method: str


_CAPITALIZED = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*")


def extract_mentions(text: str, sentences: Sequence[SentenceSpan]) -> list[MentionSpan]:
    """Placeholder rule: runs of capitalized words not opening a sentence, labelled LOC."""
    mentions = []
    for sentence in sentences:
        for match in _CAPITALIZED.finditer(text, sentence.start, sentence.end):
            if match.start() == sentence.start:
                continue
            mentions.append(
                MentionSpan(match.start(), match.end(), "LOC", match.group(), "rule")
            )
    return mentions
