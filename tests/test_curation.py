"""Curation (issue 5 item 4): corrections by exact offset and text, applied after
extraction, touched rows marked `curated`; `--no-curation` shows the extractor alone."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import copy_dataset
from warta.build import build
from warta.curation import apply_mentions, apply_quotes, check_spans, parse_curation
from warta.entities import MentionSpan
from warta.errors import InputError
from warta.quotes import QuoteSpan

TEXT = "Presiden Joko Widodo bertemu Jokowi di Jakarta pada Senin."


def mention(start: int, end: int, label: str, method: str = "model") -> MentionSpan:
    return MentionSpan(start, end, label, TEXT[start:end], method)


def test_add_replaces_overlapping_and_marks_curated() -> None:
    cur = parse_curation(
        "article_id: a\nmentions:\n  add:\n"
        "    - {start: 9, end: 20, text: Joko Widodo, label: PER}\n",
        "a.yaml",
    )
    result = apply_mentions([mention(9, 13, "PER"), mention(39, 46, "GPE")], cur)
    assert [(m.start, m.end, m.label, m.method) for m in result] == [
        (9, 20, "PER", "curated"),
        (39, 46, "GPE", "model"),
    ]


def test_remove_relabel_and_merge() -> None:
    cur = parse_curation(
        "article_id: a\n"
        "mentions:\n"
        "  remove:\n    - {start: 52, end: 57, text: Senin}\n"
        "  relabel:\n    - {start: 39, end: 46, text: Jakarta, label: LOC}\n"
        "entities:\n"
        "  merge:\n    - {label: PER, names: [Jokowi], into: Joko Widodo}\n",
        "a.yaml",
    )
    spans = [
        mention(9, 20, "PER"),
        mention(29, 35, "PER"),
        mention(39, 46, "GPE"),
        mention(52, 57, "DATE"),
    ]
    result = apply_mentions(spans, cur)
    assert [(TEXT[m.start : m.end], m.label, m.canonical, m.method) for m in result] == [
        ("Joko Widodo", "PER", "Joko Widodo", "model"),
        ("Jokowi", "PER", "Joko Widodo", "curated"),
        ("Jakarta", "LOC", "Jakarta", "curated"),
    ]


def test_quote_correction_sets_fields_and_marks_curated() -> None:
    quote = QuoteSpan(0, 20, "direct", False, None, None, None, None, "rule")
    cur = parse_curation(
        "article_id: a\nquotes:\n  correct:\n"
        "    - {start: 0, end: 20, text: Presiden Joko Widodo, speaker: Jokowi, cue: kata}\n",
        "a.yaml",
    )
    (fixed,) = apply_quotes([quote], cur)
    assert (fixed.speaker, fixed.cue, fixed.method) == ("Jokowi", "kata", "curated")


def test_stale_span_names_file_line_and_entry() -> None:
    cur = parse_curation(
        "article_id: a\nmentions:\n  add:\n    - {start: 0, end: 4, text: Joko, label: PER}\n",
        "a.yaml",
    )
    with pytest.raises(InputError, match=r"a.yaml line 4: mentions.add\[0\] span 0:4 is 'Pres'"):
        check_spans(TEXT, cur)


def rows(root: Path, table: str) -> list[dict[str, str]]:
    with (root / "dataset/data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_seed_curation_adds_dates_and_numbers(seed_package: Path, tmp_path: Path) -> None:
    """The seed's curation file adds the DATE and CARDINAL mentions the extractor lacks, and
    nothing else: the model of session 16 finds ``Bolshesoldatsky`` again (GPE in the
    seed's gold), which the curation had added for the model before it."""
    curated = [r for r in rows(seed_package, "mentions") if r["method"] == "curated"]
    assert {r["label"] for r in curated} == {"DATE", "CARDINAL"}
    assert {r["text"] for r in curated} >= {"Agustus 2024", "hari Jumat", "14.000"}
    assert [
        r["label"] for r in rows(seed_package, "mentions") if r["text"] == "Bolshesoldatsky"
    ] == ["GPE"]
    dataset = copy_dataset(tmp_path)
    build(dataset / "raw", tmp_path, curation=False)
    plain = rows(tmp_path, "mentions")
    assert all(r["method"] != "curated" for r in plain)
    assert len(plain) == len(rows(seed_package, "mentions")) - len(curated)
