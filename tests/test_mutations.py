# ruff: noqa: E501  (the table of damage cases reads best one case per line)
"""Mutation suite: each kind of damage to the valid seed package is caught (issue 7).

Every case damages a fresh copy, then asserts `warta validate` exits 1 with a problem
naming the damaged file (and row where the damage is in a row). Row damage is re-hashed so
that the check under test, not the hash check, is what catches it. The card's validation
section lists the same case ids (test_card_lists_every_damage_kind keeps them in step).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from damage import Rows, csv_path, edit_descriptor, edit_rows, read_table, rehash, write_table
from warta.card import DAMAGE_KINDS


@dataclass(frozen=True)
class Case:
    id: str
    damage: Callable[[Path], None]
    file: str  # the file the problem must name
    row: int | None  # the row it must name (header = 1), when the damage is in a row
    check: str  # the check that must fire (substring of the problem's [check])


def rows(resource: str, change: Callable[[Rows], None]) -> Callable[[Path], None]:
    return lambda package: edit_rows(package, resource, change)


def cell(resource: str, index: int, column: str, value: str | Callable[[str], str]) -> Callable[[Path], None]:
    def change(table: Rows) -> None:
        old = table[index][column]
        table[index][column] = value(old) if callable(value) else value

    return rows(resource, change)


def header(resource: str, reorder: Callable[[list[str]], list[str]]) -> Callable[[Path], None]:
    def damage(package: Path) -> None:
        columns, table = read_table(package, resource)
        new = reorder(list(columns))
        for row in table:
            row.setdefault("extra", "x")
        write_table(package, resource, new, table)
        rehash(package)

    return damage


def raw_bytes(resource: str, change: Callable[[bytes], bytes], rehash_after: bool = True) -> Callable[[Path], None]:
    def damage(package: Path) -> None:
        path = csv_path(package, resource)
        path.write_bytes(change(path.read_bytes()))
        if rehash_after:
            rehash(package)

    return damage


def descriptor(change: Callable[[dict], None]) -> Callable[[Path], None]:  # type: ignore[type-arg]
    return lambda package: edit_descriptor(package, change)


def resource_of(name: str) -> Callable[[dict], dict]:  # type: ignore[type-arg]
    return lambda d: next(r for r in d["resources"] if r["name"] == name)


def swap(table: Rows) -> None:
    table[2]["start"], table[2]["end"] = table[2]["end"], table[2]["start"]


def shift(table: Rows) -> None:
    table[2]["start"] = str(int(table[2]["start"]) + 1)
    table[2]["end"] = str(int(table[2]["end"]) + 1)


def duplicate_sentence(table: Rows) -> None:
    table[1]["sentence_id"] = table[0]["sentence_id"]


def delete_sentence(table: Rows) -> None:
    del table[5]
    for position, row in enumerate(table):
        row["index"] = str(position)
    for row in table:
        row["sentence_id"] = row["sentence_id"]


def overlap_sentences(table: Rows) -> None:
    table[5]["end"] = str(int(table[6]["start"]) + 3)


def extend_into_next_paragraph(package: Path) -> None:
    """Sentence 4 ends a paragraph: stretch it 2 characters over the newline, text kept exact."""
    _, articles = read_table(package, "articles")
    text = articles[0]["text"]

    def change(table: Rows) -> None:
        end = int(table[4]["end"]) + 2
        table[4]["end"] = str(end)
        table[4]["text"] = text[int(table[4]["start"]) : end]

    edit_rows(package, "sentences", change)


def set_path(name: str, path: str) -> Callable[[Path], None]:
    return descriptor(lambda d: resource_of(name)(d).__setitem__("path", path))


CASES = [
    Case("offsets-shifted", rows("sentences", shift), "dataset/data/sentences.csv", 4, "offsets"),
    Case("offsets-swapped", rows("mentions", swap), "dataset/data/mentions.csv", 4, "offsets"),
    Case("offset-out-of-range", cell("quotes", 0, "end", "999999"), "dataset/data/quotes.csv", 2, "offsets"),
    Case("text-edited", cell("mentions", 1, "text", lambda t: t + "x"), "dataset/data/mentions.csv", 3, "offsets"),
    Case("duplicate-primary-key", rows("sentences", duplicate_sentence), "dataset/data/sentences.csv", 3, "frictionless"),
    Case("dangling-fk-entity", cell("mentions", 0, "entity_id", "org-nowhere"), "dataset/data/mentions.csv", 2, "foreign-key"),
    Case("dangling-fk-sentence", cell("quotes", 0, "sentence_id", "kursk-sappers-s9999"), "dataset/data/quotes.csv", 2, "foreign-key"),
    Case("orphan-entity", rows("entities", lambda t: t.append({**t[0], "entity_id": "per-orphan"})), "dataset/data/entities.csv", None, "orphan"),
    Case("article-without-sentences", rows("articles", lambda t: t.append({**t[0], "article_id": "zz-empty", "text": "Ada.", "text_sha256": "c64de3e8a1dde1e56a5bb9a1e5a8f1bba69e1b1a31b8fa4dafdd0a9b12b8e0a1", "dateline_start": "", "dateline_end": ""})), "dataset/data/articles.csv", 3, "sentence-coverage"),
    Case("label-outside-enum", cell("mentions", 2, "label", "PERSON"), "dataset/data/mentions.csv", 4, "constraint"),
    Case("kind-outside-enum", cell("quotes", 0, "kind", "hearsay"), "dataset/data/quotes.csv", 2, "constraint"),
    Case("method-outside-enum", cell("sentences", 0, "method", "guess"), "dataset/data/sentences.csv", 2, "constraint"),
    Case("missing-required-column", header("quotes", lambda c: [x for x in c if x != "end"]), "dataset/data/quotes.csv", 1, "header"),
    Case("extra-column", header("entities", lambda c: [*c, "extra"]), "dataset/data/entities.csv", 1, "header"),
    Case("column-order", header("sentences", lambda c: [c[1], c[0], *c[2:]]), "dataset/data/sentences.csv", 1, "header"),
    Case("wrong-type", cell("mentions", 0, "start", "12a"), "dataset/data/mentions.csv", 2, "type-error"),
    Case("empty-required-cell", cell("sentences", 3, "text", ""), "dataset/data/sentences.csv", 5, "constraint"),
    Case("sentence-deleted", rows("sentences", delete_sentence), "dataset/data/sentences.csv", 7, "sentence-coverage"),
    Case("sentences-overlap", rows("sentences", overlap_sentences), "dataset/data/sentences.csv", 8, "sentence-overlap"),
    Case("mention-crosses-sentence", cell("mentions", 0, "sentence_id", "kursk-sappers-s0003"), "dataset/data/mentions.csv", 2, "mention-sentence"),
    Case("quote-wrong-sentence", cell("quotes", 0, "sentence_id", "kursk-sappers-s0000"), "dataset/data/quotes.csv", 2, "quote-sentence"),
    Case("text-sha256-stale", cell("articles", 0, "text_sha256", "0" * 64), "dataset/data/articles.csv", 2, "text-sha256"),
    Case("descriptor-without-version", descriptor(lambda d: d.pop("version")), "datapackage.json", None, "descriptor-profile"),
    Case("version-not-semver", descriptor(lambda d: d.__setitem__("version", "v1.0")), "datapackage.json", None, "descriptor-profile"),
    Case("hash-stale", raw_bytes("entities", lambda b: b.replace(b"rule", b"RULE", 1), rehash_after=False), "dataset/data/entities.csv", None, "hash"),
    Case("bytes-stale", descriptor(lambda d: resource_of("sentences")(d).__setitem__("bytes", 12)), "dataset/data/sentences.csv", None, "bytes"),
    Case("rows-stale", descriptor(lambda d: resource_of("quotes")(d).__setitem__("rows", 99)), "dataset/data/quotes.csv", None, "rows"),
    Case("path-escapes", set_path("articles", "../../etc/passwd"), "datapackage.json", None, "resource-path"),
    Case("path-absolute", set_path("articles", "/etc/passwd"), "datapackage.json", None, "resource-path"),
    Case("path-url", set_path("entities", "https://example.org/entities.csv"), "datapackage.json", None, "resource-path"),
    Case("other-delimiter", raw_bytes("entities", lambda b: b.replace(b",", b";")), "dataset/data/entities.csv", 1, "header"),
    Case("other-encoding", raw_bytes("articles", lambda b: b.decode("utf-8").encode("utf-16")), "dataset/data/articles.csv", None, "encoding"),
    Case("utf8-bom", raw_bytes("sentences", lambda b: b"\xef\xbb\xbf" + b), "dataset/data/sentences.csv", None, "encoding"),
    Case("announced-file-missing", descriptor(lambda d: resource_of("mentions")(d).update(path="dataset/data/huge.csv", bytes=1 << 30)), "dataset/data/huge.csv", None, "resource-file"),
    Case("sentence-crosses-paragraph", extend_into_next_paragraph, "dataset/data/sentences.csv", 6, "sentence-paragraph"),
    Case("mention-label-differs", cell("mentions", 0, "label", "EVENT"), "dataset/data/mentions.csv", 2, "mention-label"),
]


def test_enough_kinds() -> None:
    assert len(CASES) >= 25
    assert len({case.id for case in CASES}) == len(CASES)


def test_card_lists_every_damage_kind() -> None:
    assert [kind for kind, _ in DAMAGE_KINDS] == [case.id for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_damage_is_caught(package_copy: Callable[[], Path], case: Case) -> None:
    package = package_copy()
    case.damage(package)
    result = subprocess.run(
        [sys.executable, "-m", "warta", "validate", str(package)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    where = case.file + (f" row {case.row}" if case.row is not None else "")
    hits = [line for line in result.stdout.splitlines() if line.startswith(where)]
    assert hits, f"nothing names {where!r}:\n{result.stdout}"
    assert any(case.check in line for line in hits), hits
