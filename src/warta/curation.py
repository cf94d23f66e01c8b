"""Hand-made corrections (``dataset/annotations/<article_id>.yaml``), applied after extraction.

Every correction names its span by offsets *and* text. If the article changed so that the
text no longer matches, the build fails naming the file, line and entry (issue 5): a
correction silently landing on other words would be worse than no correction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from warta.entities import MentionSpan
from warta.errors import InputError
from warta.metadata import load_yaml_mapping, validate_mapping
from warta.quotes import QuoteSpan

CURATED = "curated"


@dataclass(frozen=True, slots=True)
class Correction:
    """One entry of a curation file, with where it stands (for error messages)."""

    section: str  # e.g. "mentions.add"
    position: int
    line: int | None
    values: dict[str, Any]

    @property
    def span(self) -> tuple[int, int]:
        return int(self.values["start"]), int(self.values["end"])


@dataclass(frozen=True, slots=True)
class Curation:
    path: str
    article_id: str
    entries: tuple[Correction, ...]

    def section(self, name: str) -> list[Correction]:
        return [entry for entry in self.entries if entry.section == name]


SECTIONS = (
    "mentions.remove",
    "mentions.relabel",
    "mentions.add",
    "entities.merge",
    "quotes.remove",
    "quotes.correct",
    "quotes.add",
)


def parse_curation(yaml_text: str, path: str) -> Curation:
    """Parse and schema-check a curation file."""
    document = load_yaml_mapping(yaml_text, path)
    validate_mapping(document.values, document.lines, "curation.schema.json", path)
    entries = []
    for name in SECTIONS:
        group, action = name.split(".")
        for position, values in enumerate(document.values.get(group, {}).get(action, [])):
            line = document.lines.get((group, action, position))
            entries.append(Correction(name, position, line, values))
    return Curation(path, document.values["article_id"], tuple(entries))


def check_spans(text: str, curation: Curation) -> None:
    """Every span-bearing entry must still match the article text exactly."""
    for entry in curation.entries:
        if "start" not in entry.values:
            continue
        start, end = entry.span
        expected = entry.values["text"]
        found = text[start:end] if end <= len(text) else None
        if start >= end or found != expected:
            shown = "beyond the end of the text" if found is None else repr(found)
            raise InputError(
                curation.path,
                f"{entry.section}[{entry.position}] span {start}:{end} is {shown}, "
                f"expected {expected!r} (the article changed: update the offsets)",
                line=entry.line,
            )


def apply_mentions(mentions: Sequence[MentionSpan], curation: Curation) -> list[MentionSpan]:
    """Remove, relabel and add mentions, then merge entity names; touched rows are curated."""
    by_span = {(m.start, m.end): m for m in mentions}
    for entry in curation.section("mentions.remove"):
        by_span.pop(entry.span, None)
    for entry in curation.section("mentions.relabel"):
        old = by_span.get(entry.span)
        name = entry.values.get("name") or (old.canonical if old else entry.values["text"])
        by_span[entry.span] = MentionSpan(*entry.span, entry.values["label"], name, CURATED)
    for entry in curation.section("mentions.add"):
        name = entry.values.get("name") or entry.values["text"]
        for other in list(by_span):
            if other[0] < entry.span[1] and entry.span[0] < other[1]:
                del by_span[other]
        by_span[entry.span] = MentionSpan(*entry.span, entry.values["label"], name, CURATED)
    merges = {
        (entry.values["label"], name): entry.values["into"]
        for entry in curation.section("entities.merge")
        for name in entry.values["names"]
    }
    curated = []
    for mention in sorted(by_span.values(), key=lambda m: (m.start, m.end)):
        into = merges.get((mention.label, mention.canonical))
        if into is not None and into != mention.canonical:
            mention = replace(mention, canonical=into, method=CURATED)
        curated.append(mention)
    return curated


def apply_quotes(quotes: Sequence[QuoteSpan], curation: Curation) -> list[QuoteSpan]:
    """Remove, correct and add quotes; touched rows are curated."""
    by_span = {(q.start, q.end): q for q in quotes}
    for entry in curation.section("quotes.remove"):
        by_span.pop(entry.span, None)
    for entry in curation.section("quotes.correct"):
        old = by_span.get(entry.span)
        if old is None:
            raise InputError(
                curation.path,
                f"quotes.correct[{entry.position}] span {entry.span[0]}:{entry.span[1]} is not "
                "a quote the extractor found (use quotes.add for a new one)",
                line=entry.line,
            )
        changes = {k: v for k, v in entry.values.items() if k not in ("start", "end", "text")}
        by_span[entry.span] = replace(old, **changes, method=CURATED)
    for entry in curation.section("quotes.add"):
        values = entry.values
        by_span[entry.span] = QuoteSpan(
            start=entry.span[0],
            end=entry.span[1],
            kind=values.get("kind", "direct"),
            partial=bool(values.get("partial", False)),
            speaker=values.get("speaker"),
            speaker_start=values.get("speaker_start"),
            speaker_end=values.get("speaker_end"),
            cue=values.get("cue"),
            method=CURATED,
        )
    return sorted(by_span.values(), key=lambda q: (q.start, q.end))
