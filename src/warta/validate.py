"""Every check of a built package, in one report (issue 3, issue 7).

Order matters for safety: the descriptor is checked against ``schemas/`` first, resource
paths are vetted *before* any file is opened (a path escaping the package is rejected
unread), then bytes and hashes, the CSV dialect and header, Frictionless' own validation
(types, constraints, keys), and last the invariants no generic tool checks: offsets that
slice the article text, sentence order and coverage, containment of mentions and quotes.

Row numbers follow Frictionless: the header is row 1, the first data row is row 2.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.schemas import RESOURCES, load_schema, table_schema

DESCRIPTOR = "datapackage.json"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Problem:
    """One failed expectation: where (file, row, column) and what was expected."""

    check: str
    file: str
    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" row {self.row}"
        if self.column is not None:
            where += f" column {self.column}"
        return f"{where}: {self.message} [{self.check}]"

    def as_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass(slots=True)
class Report:
    problems: list[Problem] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "checks": list(self.checks),
            "problems": [problem.as_dict() for problem in self.problems],
        }


Table = list[dict[str, str]]


def validate_package(root: Path, *, frictionless: bool = True) -> Report:
    """Run every check on the package in ``root``; never raises for bad data."""
    report = Report()
    descriptor = _load_descriptor(root, report)
    if descriptor is None:
        return report
    report.checks.append("descriptor-profile")
    report.problems.extend(check_profile(descriptor))
    resources = {r.get("name"): r for r in descriptor.get("resources", []) if isinstance(r, dict)}
    report.checks.append("resource-files")
    readable: dict[str, Path] = {}
    for name in RESOURCES:
        resource = resources.get(name)
        if resource is None:
            report.problems.append(
                Problem("resource-missing", DESCRIPTOR, f"no resource named {name!r}")
            )
            continue
        path = _vet_path(root, resource, report)
        if path is not None and _check_file(root, path, resource, report):
            readable[name] = path
    report.checks.append("csv-dialect")
    tables: dict[str, Table] = {}
    for name, path in readable.items():
        table = _read_csv(root, path, name, report)
        if table is not None:
            tables[name] = table
            _check_row_count(root, path, resources[name], table, report)
    if frictionless and len(tables) == len(RESOURCES):
        report.checks.append("frictionless")
        report.problems.extend(run_frictionless(root))
    report.checks.append("invariants")
    report.problems.extend(
        check_invariants(tables, {n: _rel(root, p) for n, p in readable.items()})
    )
    return report


def _load_descriptor(root: Path, report: Report) -> dict[str, Any] | None:
    path = root / DESCRIPTOR
    report.checks.append("descriptor-json")
    try:
        descriptor = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        report.problems.append(Problem("descriptor-json", DESCRIPTOR, "file not found"))
        return None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        report.problems.append(
            Problem("descriptor-json", DESCRIPTOR, f"not valid UTF-8 JSON ({error})")
        )
        return None
    if not isinstance(descriptor, dict):
        report.problems.append(Problem("descriptor-json", DESCRIPTOR, "expected a JSON object"))
        return None
    return descriptor


def check_profile(descriptor: dict[str, Any]) -> list[Problem]:
    """JSON Schema validation against ``schemas/datapackage.profile.json``."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema("datapackage.profile.json"))
    problems = []
    for error in sorted(validator.iter_errors(descriptor), key=lambda e: list(map(str, e.path))):
        pointer = "/".join(str(part) for part in error.absolute_path) or "(root)"
        problems.append(Problem("descriptor-profile", DESCRIPTOR, error.message, column=pointer))
    return problems


def _vet_path(root: Path, resource: dict[str, Any], report: Report) -> Path | None:
    """The resource's file if its path is a plain relative path inside the package."""
    name = resource.get("name")
    raw = resource.get("path")
    column = f"resources/{name}/path"
    if not isinstance(raw, str):
        report.problems.append(
            Problem("resource-path", DESCRIPTOR, "expected a single relative path", column=column)
        )
        return None
    unsafe = (
        "://" in raw
        or raw.startswith(("/", "\\"))
        or "\\" in raw
        or (len(raw) > 1 and raw[1] == ":")
        or any(part == ".." for part in raw.split("/"))
    )
    resolved = (root / raw).resolve()
    if unsafe or not resolved.is_relative_to(root.resolve()):
        report.problems.append(
            Problem(
                "resource-path",
                DESCRIPTOR,
                f"path {raw!r} leaves the package (expected a relative path inside it); not opened",
                column=column,
            )
        )
        return None
    return root / raw


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _check_file(root: Path, path: Path, resource: dict[str, Any], report: Report) -> bool:
    """Existence, size and sha256 against the descriptor, streaming (no whole-file read)."""
    file = _rel(root, path)
    if not path.is_file():
        report.problems.append(
            Problem(
                "resource-file",
                file,
                f"file not found (resource {resource.get('name')!r} announces "
                f"{resource.get('bytes')} bytes)",
            )
        )
        return False
    size = path.stat().st_size
    if resource.get("bytes") != size:
        report.problems.append(
            Problem("bytes", file, f"size is {size} bytes, descriptor says {resource.get('bytes')}")
        )
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    expected = resource.get("hash")
    actual = f"sha256:{digest.hexdigest()}"
    if expected != actual:
        report.problems.append(
            Problem("hash", file, f"hash is {actual}, descriptor says {expected}")
        )
    # A stale size or hash is reported, yet the table is still read so that every other
    # problem in it shows in the same report.
    return True


def _read_csv(root: Path, path: Path, resource: str, report: Report) -> Table | None:
    """Read a table in the contract's dialect; the header must equal the Table Schema."""
    file = _rel(root, path)
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        report.problems.append(Problem("encoding", file, "starts with a UTF-8 BOM (expected none)"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        report.problems.append(
            Problem("encoding", file, f"not UTF-8 at byte {error.start} (line {line})")
        )
        return None
    if "\r" in text:
        report.problems.append(Problem("dialect", file, "contains \\r (expected \\n line endings)"))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as error:
        report.problems.append(
            Problem("dialect", file, f"not RFC 4180 CSV ({error})", row=reader.line_num)
        )
        return None
    if not rows:
        report.problems.append(Problem("dialect", file, "empty file (expected a header row)"))
        return None
    header, body = rows[0], rows[1:]
    expected = [f["name"] for f in table_schema(resource)["fields"]]
    if header != expected:
        report.problems.append(
            Problem(
                "header",
                file,
                f"header is {header} (expected {expected}, comma-separated, in this order)",
                row=1,
            )
        )
        return None
    table = []
    for number, values in enumerate(body, start=2):
        if len(values) != len(header):
            report.problems.append(
                Problem(
                    "dialect",
                    file,
                    f"{len(values)} cells (expected {len(header)})",
                    row=number,
                )
            )
            return None
        table.append(dict(zip(header, values, strict=True)))
    return table


def _check_row_count(
    root: Path, path: Path, resource: dict[str, Any], table: Table, report: Report
) -> None:
    """PITFALLS #10: a merged row still validates, so the descriptor states the count."""
    if resource.get("rows") != len(table):
        report.problems.append(
            Problem(
                "rows",
                _rel(root, path),
                f"has {len(table)} data rows, descriptor says {resource.get('rows')}",
            )
        )


# Reported by our own streaming checks above; Frictionless' copies would only repeat them.
_OWN_CHECKS = {"hash-count", "byte-count", "row-count"}


def run_frictionless(root: Path) -> list[Problem]:
    """Frictionless' validation of the whole package (types, constraints, keys)."""
    from frictionless import Package, system

    with system.use_context(trusted=False):
        package = Package(str(root / DESCRIPTOR))
        report = package.validate()
    problems = []
    for task in report.tasks:
        file = task.place or task.name
        for error in task.errors:
            if error.type in _OWN_CHECKS:
                continue
            problems.append(
                Problem(
                    f"frictionless:{error.type}",
                    str(file),
                    error.note or error.message,
                    row=getattr(error, "row_number", None),
                    column=_frictionless_column(error),
                )
            )
    for error in report.errors:
        problems.append(Problem(f"frictionless:{error.type}", DESCRIPTOR, error.message))
    return problems


def _frictionless_column(error: Any) -> str | None:
    """The field a Frictionless error is about (key errors name several)."""
    name = getattr(error, "field_name", None)
    if name:
        return str(name)
    names = getattr(error, "field_names", None)
    return ", ".join(names) if names else None


# --- invariants -------------------------------------------------------------------------


def _int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


def check_invariants(tables: dict[str, Table], files: dict[str, str]) -> list[Problem]:
    """Offsets, order, coverage and containment across tables (CONTRACT.md, issue 3)."""
    return list(_invariants(tables, files))


def _invariants(tables: dict[str, Table], files: dict[str, str]) -> Iterator[Problem]:
    articles = {row["article_id"]: row for row in tables.get("articles", [])}
    if "articles" in tables:
        yield from _check_articles(tables["articles"], files["articles"])
    sentences_by_id: dict[str, tuple[int, int, str]] = {}
    if "sentences" in tables:
        yield from _check_sentences(
            tables["sentences"], files["sentences"], articles, sentences_by_id
        )
    if "sentences" in tables and "articles" in tables:
        with_sentences = {row["article_id"] for row in tables["sentences"]}
        for number, row in enumerate(tables["articles"], start=2):
            if row["article_id"] not in with_sentences:
                yield Problem(
                    "sentence-coverage", files["articles"],
                    f"article {row['article_id']!r} has no sentences (expected its text covered)",
                    row=number, column="text",
                )
    if "mentions" in tables and "entities" in tables:
        mentioned = {row["entity_id"] for row in tables["mentions"]}
        for number, row in enumerate(tables["entities"], start=2):
            if row["entity_id"] not in mentioned:
                yield Problem(
                    "orphan-entity", files["entities"],
                    f"entity {row['entity_id']!r} has no mention (every entity row is "
                    "referenced by at least one mention)",
                    row=number, column="entity_id",
                )
    if "mentions" in tables:
        entity_labels = {row["entity_id"]: row["label"] for row in tables.get("entities", [])}
        yield from _check_mentions(
            tables["mentions"], files["mentions"], articles, sentences_by_id, entity_labels
        )
    if "quotes" in tables:
        yield from _check_quotes(tables["quotes"], files["quotes"], articles, sentences_by_id)


def _check_span(
    file: str, number: int, row: dict[str, str], articles: dict[str, dict[str, str]]
) -> Iterator[Problem]:
    """``articles.text[start:end] == text`` for one row (the same rule for every table)."""
    article = articles.get(row["article_id"])
    start, end = _int(row["start"]), _int(row["end"])
    if article is None or start is None or end is None:
        return
    text = article["text"]
    if not 0 <= start < end <= len(text):
        yield Problem(
            "offsets",
            file,
            f"span {start}:{end} is not inside the article text (0 <= start < end <= "
            f"len(text) = {len(text)})",
            row=number,
            column="end" if end > len(text) or end <= start else "start",
        )
        return
    if text[start:end] != row["text"]:
        yield Problem(
            "offsets",
            file,
            f"articles.text[{start}:{end}] is {text[start:end]!r}, expected the row's text "
            f"{row['text']!r}",
            row=number,
            column="text",
        )


def _check_articles(rows: Table, file: str) -> Iterator[Problem]:
    for number, row in enumerate(rows, start=2):
        digest = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
        if row["text_sha256"] != digest:
            yield Problem(
                "text-sha256",
                file,
                f"is {row['text_sha256']!r}, sha256 of text is {digest}",
                row=number,
                column="text_sha256",
            )
        start, end = row["dateline_start"], row["dateline_end"]
        if bool(start) != bool(end):
            yield Problem(
                "dateline",
                file,
                "dateline_start and dateline_end must be both set or both empty",
                row=number,
                column="dateline_end",
            )
        elif start and end:
            s, e = _int(start), _int(end)
            if s is not None and e is not None and not 0 <= s < e <= len(row["text"]):
                yield Problem(
                    "dateline",
                    file,
                    f"dateline span {s}:{e} is not inside the text",
                    row=number,
                    column="dateline_end",
                )


def _paragraph_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: maximal non-empty lines, as the segmenter defines."""
    spans = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
        position += len(line) + 1
    return spans


def _check_sentences(
    rows: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences_by_id: dict[str, tuple[int, int, str]],
) -> Iterator[Problem]:
    by_article: dict[str, list[tuple[int, int, dict[str, str]]]] = {}
    for number, row in enumerate(rows, start=2):
        yield from _check_span(file, number, row, articles)
        start, end, index = _int(row["start"]), _int(row["end"]), _int(row["index"])
        if start is None or end is None or index is None:
            continue
        sentences_by_id[row["sentence_id"]] = (start, end, row["article_id"])
        by_article.setdefault(row["article_id"], []).append((index, number, row))
    for article_id, items in by_article.items():
        article = articles.get(article_id)
        if article is None:
            continue
        yield from _check_article_sentences(file, article, sorted(items, key=lambda t: t[0]))


def _check_article_sentences(
    file: str, article: dict[str, str], items: list[tuple[int, int, dict[str, str]]]
) -> Iterator[Problem]:
    text = article["text"]
    paragraphs = _paragraph_numbers(text)
    paragraph_starts = [start for start, _ in paragraphs]
    from bisect import bisect_right

    covered_until = 0
    skip_start = _int(article["dateline_start"]) if article["dateline_start"] else None
    skip_end = _int(article["dateline_end"]) if article["dateline_end"] else None
    for expected_index, (index, number, row) in enumerate(items):
        start, end = int(row["start"]), int(row["end"])
        if index != expected_index:
            yield Problem(
                "sentence-order",
                file,
                f"index {index}, expected {expected_index} (indexes run 0, 1, 2, … per article)",
                row=number,
                column="index",
            )
            return
        if start < covered_until:
            yield Problem(
                "sentence-overlap",
                file,
                f"starts at {start}, before the previous sentence ends at {covered_until}",
                row=number,
                column="start",
            )
        elif not 0 <= start < end <= len(text):
            continue
        else:
            gap = text[covered_until:start]
            gap_start = covered_until
            if skip_start is not None and skip_end is not None:
                gap = text[covered_until:skip_start] + text[skip_end:start]
                if not (covered_until <= skip_start and skip_end <= start):
                    gap = text[covered_until:start]
            if gap.strip():
                offset = gap_start + len(gap) - len(gap.lstrip())
                yield Problem(
                    "sentence-coverage",
                    file,
                    f"text before this sentence is in no sentence (from offset {offset}: "
                    f"{gap.strip()[:40]!r})",
                    row=number,
                    column="start",
                )
        if 0 <= start < end <= len(text):
            position = bisect_right(paragraph_starts, start) - 1
            inside = position >= 0 and end <= paragraphs[position][1]
            if not inside:
                yield Problem(
                    "sentence-paragraph",
                    file,
                    f"span {start}:{end} crosses a paragraph boundary",
                    row=number,
                    column="end",
                )
            elif _int(row["paragraph"]) != position:
                yield Problem(
                    "sentence-paragraph",
                    file,
                    f"paragraph is {row['paragraph']}, the span lies in paragraph {position}",
                    row=number,
                    column="paragraph",
                )
            if text[start].isspace() or text[end - 1].isspace():
                yield Problem(
                    "sentence-trim",
                    file,
                    "starts or ends with whitespace",
                    row=number,
                    column="start",
                )
        covered_until = max(covered_until, end)
    rest = text[covered_until:]
    if rest.strip():
        yield Problem(
            "sentence-coverage",
            file,
            f"text after the last sentence of article {article['article_id']!r} is in no "
            f"sentence (from offset {covered_until}: {rest.strip()[:40]!r})",
            row=items[-1][1] if items else None,
            column="end",
        )


def _check_mentions(
    rows: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences: dict[str, tuple[int, int, str]],
    entity_labels: dict[str, str],
) -> Iterator[Problem]:
    for number, row in enumerate(rows, start=2):
        yield from _check_span(file, number, row, articles)
        start, end = _int(row["start"]), _int(row["end"])
        if start is None or end is None:
            continue
        label = entity_labels.get(row["entity_id"])
        if label is not None and label != row["label"]:
            yield Problem(
                "mention-label",
                file,
                f"label {row['label']!r} differs from its entity's label {label!r}",
                row=number,
                column="label",
            )
        if row["sentence_id"]:
            sentence = sentences.get(row["sentence_id"])
            if sentence is None:
                continue
            s_start, s_end, s_article = sentence
            if s_article != row["article_id"]:
                yield Problem(
                    "mention-sentence",
                    file,
                    f"sentence {row['sentence_id']!r} belongs to article {s_article!r}",
                    row=number,
                    column="sentence_id",
                )
            elif not (s_start <= start and end <= s_end):
                yield Problem(
                    "mention-sentence",
                    file,
                    f"span {start}:{end} is not inside its sentence {row['sentence_id']} "
                    f"({s_start}:{s_end})",
                    row=number,
                    column="sentence_id",
                )
        else:
            article = articles.get(row["article_id"])
            d_start = _int(article["dateline_start"]) if article else None
            d_end = _int(article["dateline_end"]) if article else None
            if d_start is None or d_end is None or not (d_start <= start and end <= d_end):
                yield Problem(
                    "mention-sentence",
                    file,
                    "sentence_id is empty but the mention is not inside the article's dateline",
                    row=number,
                    column="sentence_id",
                )


def _check_quotes(
    rows: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences: dict[str, tuple[int, int, str]],
) -> Iterator[Problem]:
    for number, row in enumerate(rows, start=2):
        yield from _check_span(file, number, row, articles)
        start = _int(row["start"])
        sentence = sentences.get(row["sentence_id"])
        if start is None or sentence is None:
            continue
        s_start, s_end, s_article = sentence
        if s_article != row["article_id"] or not s_start <= start < s_end:
            yield Problem(
                "quote-sentence",
                file,
                f"quote starts at {start}, outside its sentence {row['sentence_id']} "
                f"({s_start}:{s_end}); expected the sentence containing the start",
                row=number,
                column="sentence_id",
            )
