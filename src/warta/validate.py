"""Every check of a built package, in one report (issue 3, issue 7).

Order matters for safety: the descriptor is checked against ``schemas/`` first, resource
paths are vetted *before* any file is opened (a path escaping the package is rejected
unread), then bytes and hashes, the CSV dialect and header, Frictionless' own validation
(types, constraints, keys), and last the invariants no generic tool checks: offsets that
slice the article text, sentence order and coverage, containment of mentions and quotes.

Two engines check types, constraints and keys (issue 7, "Speed"): Frictionless itself, row
by row, and ``warta.columnar``, the same rules a column at a time with pyarrow, for
packages of millions of rows. Both report the same problems; everything else in this
module runs under either engine. Tables are held as columns, not as a dict per row, so the
invariants stay linear and cheap at a million sentences.

Row numbers follow Frictionless: the header is row 1, the first data row is row 2.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import json
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import count, groupby, repeat
from operator import and_, eq, itemgetter, le, lt
from pathlib import Path
from typing import Any, cast

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


ENGINES = ("auto", "frictionless", "columnar")
# Above this many data rows (the descriptors' ``rows``) ``auto`` picks the columnar engine:
# Frictionless needs about a minute per million rows, the columnar checks a few seconds.
COLUMNAR_FROM_ROWS = 200_000


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV table as columns of cell strings in header order (issue 7).

    Data row ``i`` of every column is CSV row ``i + 2``. Columns rather than a dict per row:
    the invariants walk millions of rows and read each column once.
    """

    columns: Mapping[str, list[str]]
    rows: int

    def records(self) -> Iterator[dict[str, str]]:
        """One dict per row, for the small tables (articles, entities)."""
        names = list(self.columns)
        for values in zip(*self.columns.values(), strict=True):
            yield dict(zip(names, values, strict=True))


def validate_package(root: Path, *, engine: str = "auto") -> Report:
    """Run every check on the package in ``root``; never raises for bad data.

    ``engine`` decides who checks types, constraints and keys: ``frictionless``,
    ``columnar`` (``warta.columnar``, for large packages), or ``auto`` (columnar above
    ``COLUMNAR_FROM_ROWS`` data rows when it supports every schema feature). An explicit
    ``columnar`` raises ``UnsupportedSchema`` for a schema it cannot check in full, rather
    than check less.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r}: expected one of {', '.join(ENGINES)}")
    with _without_gc():
        return _validate(root, engine)


def _validate(root: Path, engine: str) -> Report:
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
    chosen = _choose_engine(engine, resources)
    report.checks.append("csv-dialect")
    tables: dict[str, Table] = {}
    arrow_tables: dict[str, Any] = {}
    for name, path in readable.items():
        if chosen == "columnar":
            table, arrow_tables[name] = _read_columnar(root, path, name, report)
        else:
            table = _read_csv(root, path, name, report)
        if table is not None:
            tables[name] = table
            _check_row_count(root, path, resources[name], table, report)
    files = {n: _rel(root, p) for n, p in readable.items()}
    if len(tables) == len(RESOURCES) and chosen == "columnar":
        from warta.columnar import check_tables

        report.checks.extend(["frictionless-columnar", "invariants"])
        schemas = {name: resources[name]["schema"] for name in RESOURCES}
        # pyarrow's kernels release the GIL: the table checks run on a second core while
        # this thread walks the invariants; the report keeps the serial order.
        with ThreadPoolExecutor(max_workers=1) as pool:
            table_problems = pool.submit(check_tables, arrow_tables, schemas, files)
            invariant_problems = check_invariants(tables, files)
            report.problems.extend(table_problems.result())
        report.problems.extend(invariant_problems)
        return report
    if len(tables) == len(RESOURCES):
        report.checks.append("frictionless")
        report.problems.extend(run_frictionless(root))
    report.checks.append("invariants")
    report.problems.extend(check_invariants(tables, files))
    return report


@contextmanager
def _without_gc() -> Iterator[None]:
    """The cyclic collector paused: the tables and indexes are millions of long-lived
    objects without cycles, which it would otherwise rescan again and again (issue 7)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _choose_engine(engine: str, resources: dict[Any, dict[str, Any]]) -> str:
    """``auto`` resolved; an explicit ``columnar`` refuses schemas it cannot check fully."""
    if engine == "frictionless":
        return engine
    from warta.columnar import UnsupportedSchema, unsupported

    reason = unsupported({name: r.get("schema") for name, r in resources.items()})
    if engine == "columnar":
        if reason is not None:
            raise UnsupportedSchema(f"{reason}; use --engine frictionless")
        return engine
    declared = sum(r["rows"] for r in resources.values() if isinstance(r.get("rows"), int))
    return "columnar" if reason is None and declared > COLUMNAR_FROM_ROWS else "frictionless"


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
    columns = [list(column) for column in zip(*body, strict=True)] or [[] for _ in header]
    return Table(dict(zip(header, columns, strict=True)), len(body))


def _read_columnar(
    root: Path, path: Path, resource: str, report: Report
) -> tuple[Table | None, Any]:
    """The table and its Arrow copy, for the columnar engine.

    pyarrow reads a plain file (the usual case) many times faster than ``csv``; anything it
    might read differently from ``_read_csv`` (a BOM, ``\r``, odd quoting, a blank line,
    a parse error) goes through ``_read_csv``, so problems and cells are the same.
    """
    from warta.columnar import ArrowColumns, arrow_from_columns, read_plain_csv

    arrow = read_plain_csv(path, [f["name"] for f in table_schema(resource)["fields"]])
    if arrow is not None:
        return Table(ArrowColumns(arrow), arrow.num_rows), arrow
    table = _read_csv(root, path, resource, report)
    if table is None:
        return None, None
    return table, arrow_from_columns(table.columns)


def _check_row_count(
    root: Path, path: Path, resource: dict[str, Any], table: Table, report: Report
) -> None:
    """PITFALLS #10: a merged row still validates, so the descriptor states the count."""
    if resource.get("rows") != table.rows:
        report.problems.append(
            Problem(
                "rows",
                _rel(root, path),
                f"has {table.rows} data rows, descriptor says {resource.get('rows')}",
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
        primary_keys = {r.name: list(r.schema.primary_key) for r in package.resources}
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
                    column=_frictionless_column(error, primary_keys.get(task.name, [])),
                )
            )
    for error in report.errors:
        problems.append(Problem(f"frictionless:{error.type}", DESCRIPTOR, error.message))
    return problems


def _frictionless_column(error: Any, primary_key: list[str]) -> str | None:
    """The field a Frictionless error is about (key errors name several; a primary-key
    error names none, so the resource's key is named, as the columnar engine does)."""
    if error.type == "primary-key":
        return ", ".join(primary_key) or None
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


def _ints(values: list[str]) -> list[int | None]:
    """``_int`` of every cell; one ``map`` when all parse (the valid package's case)."""
    try:
        return list(map(int, values))
    except ValueError:
        return [_int(value) for value in values]


def check_invariants(tables: dict[str, Table], files: dict[str, str]) -> list[Problem]:
    """Offsets, order, coverage and containment across tables (CONTRACT.md, issue 3)."""
    return list(_invariants(tables, files))


def _invariants(tables: dict[str, Table], files: dict[str, str]) -> Iterator[Problem]:
    articles = (
        {row["article_id"]: row for row in tables["articles"].records()}
        if "articles" in tables
        else {}
    )
    if "articles" in tables:
        yield from _check_articles(tables["articles"], files["articles"])
    sentences_by_id = SentenceIndex({}, [], [], [], [], None)
    if "sentences" in tables:
        sentences_by_id = SentenceIndex.of(tables["sentences"])
        yield from _check_sentences(
            tables["sentences"], files["sentences"], articles, sentences_by_id
        )
    if "sentences" in tables and "articles" in tables:
        with_sentences = set(tables["sentences"].columns["article_id"])
        article_ids = tables["articles"].columns["article_id"]
        for number, article_id in enumerate(article_ids, start=2):
            if article_id not in with_sentences:
                yield Problem(
                    "sentence-coverage", files["articles"],
                    f"article {article_id!r} has no sentences (expected its text covered)",
                    row=number, column="text",
                )
    if "mentions" in tables and "entities" in tables:
        mentioned = set(tables["mentions"].columns["entity_id"])
        for number, entity_id in enumerate(tables["entities"].columns["entity_id"], start=2):
            if entity_id not in mentioned:
                yield Problem(
                    "orphan-entity", files["entities"],
                    f"entity {entity_id!r} has no mention (every entity row is "
                    "referenced by at least one mention)",
                    row=number, column="entity_id",
                )
    if "mentions" in tables:
        entities = tables.get("entities")
        entity_labels = (
            dict(zip(entities.columns["entity_id"], entities.columns["label"], strict=True))
            if entities is not None
            else {}
        )
        yield from _check_mentions(
            tables["mentions"], files["mentions"], articles, sentences_by_id, entity_labels
        )
    if "quotes" in tables:
        yield from _check_quotes(tables["quotes"], files["quotes"], articles, sentences_by_id)


def _span_problem(
    file: str, number: int, text: str | None, start: int | None, end: int | None, value: str
) -> Problem | None:
    """``articles.text[start:end] == text`` for one row (the same rule for every table).

    ``text`` is the row's article text (None when the article is unknown), ``value`` the
    row's own ``text`` cell. A function, not a generator: it runs once per row of millions.
    """
    if text is None or start is None or end is None:
        return None
    if not 0 <= start < end <= len(text):
        return Problem(
            "offsets",
            file,
            f"span {start}:{end} is not inside the article text (0 <= start < end <= "
            f"len(text) = {len(text)})",
            row=number,
            column="end" if end > len(text) or end <= start else "start",
        )
    if text[start:end] != value:
        return Problem(
            "offsets",
            file,
            f"articles.text[{start}:{end}] is {text[start:end]!r}, expected the row's text "
            f"{value!r}",
            row=number,
            column="text",
        )
    return None


def _article_texts(articles: dict[str, dict[str, str]]) -> dict[str, str]:
    return {article_id: row["text"] for article_id, row in articles.items()}


def _check_articles(table: Table, file: str) -> Iterator[Problem]:
    for number, row in enumerate(table.records(), start=2):
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


@dataclass(frozen=True, slots=True)
class SentenceIndex:
    """Where each sentence is: its row, whose start, end and article are read from the
    columns. A row number per id instead of a tuple per sentence (issue 7).

    Only rows whose start, end and index parse count (``valid``, None when all do); a
    later row wins for a repeated id. ``starts``, ``ends`` and ``indexes`` hold 0 where a
    cell does not parse, a row no lookup reaches.
    """

    row_of: dict[str, int]
    starts: list[int]
    ends: list[int]
    indexes: list[int]
    article_ids: list[str]
    valid: set[int] | None

    @classmethod
    def of(cls, table: Table) -> SentenceIndex:
        columns = table.columns
        starts, ends = _ints(columns["start"]), _ints(columns["end"])
        indexes = _ints(columns["index"])
        ids = columns["sentence_id"]
        if None in starts or None in ends or None in indexes:
            valid = {
                row
                for row in range(table.rows)
                if starts[row] is not None
                and ends[row] is not None
                and indexes[row] is not None
            }
            row_of = {ids[row]: row for row in sorted(valid)}
            return cls(
                row_of,
                [start or 0 for start in starts],
                [end or 0 for end in ends],
                [index or 0 for index in indexes],
                columns["article_id"],
                valid,
            )
        row_of = dict(zip(ids, range(table.rows), strict=True))
        return cls(
            row_of,
            cast(list[int], starts),  # no None: checked above
            cast(list[int], ends),
            cast(list[int], indexes),
            columns["article_id"],
            None,
        )

    def get(self, sentence_id: str) -> tuple[int, int, str] | None:
        """(start, end, article_id) of a sentence."""
        row = self.row_of.get(sentence_id)
        if row is None:
            return None
        return self.starts[row], self.ends[row], self.article_ids[row]


# (index, row number, start, end, paragraph cell) of one sentence, for the per-article pass.
SentenceItem = tuple[int, int, int, int, str]


def _check_sentences(
    table: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences: SentenceIndex,
) -> Iterator[Problem]:
    texts = _article_texts(articles)
    columns = table.columns
    article_ids, values = columns["article_id"], columns["text"]
    starts: Sequence[int | None] = sentences.starts
    ends: Sequence[int | None] = sentences.ends
    suspects: Sequence[int]
    if sentences.valid is None:  # every start and end parses: screen the spans
        suspects = _span_suspects(texts, article_ids, sentences.starts, sentences.ends, values)
    else:  # the index holds 0 for cells that do not parse: check every row
        starts, ends = _ints(columns["start"]), _ints(columns["end"])
        suspects = range(table.rows)
    for at in suspects:
        text = texts.get(article_ids[at])
        problem = _span_problem(file, at + 2, text, starts[at], ends[at], values[at])
        if problem is not None:
            yield problem
    indexes, paragraphs = sentences.indexes, columns["paragraph"]
    for article_id, rows in _article_rows(columns["article_id"], sentences.valid):
        article = articles.get(article_id)
        if article is None:
            continue
        items = [
            (indexes[r], r + 2, sentences.starts[r], sentences.ends[r], paragraphs[r])
            for r in rows
        ]
        yield from _check_article_sentences(file, article, sorted(items, key=itemgetter(0)))


def _article_rows(
    article_ids: list[str], valid: set[int] | None
) -> list[tuple[str, list[int]]]:
    """The valid sentence rows of each article, articles in order of their first valid row.

    Rows are grouped by runs of one article id (a built table is sorted by sentence id),
    so the work per row is a comparison in C, not a dict update in Python.
    """
    by_article: dict[str, list[int]] = {}
    for article_id, run in groupby(range(len(article_ids)), key=article_ids.__getitem__):
        by_article.setdefault(article_id, []).extend(run)
    if valid is not None:
        by_article = {a: [r for r in rows if r in valid] for a, rows in by_article.items()}
    groups = [(rows[0], article_id, rows) for article_id, rows in by_article.items() if rows]
    groups.sort(key=itemgetter(0))
    return [(article_id, rows) for _, article_id, rows in groups]


def _check_article_sentences(
    file: str, article: dict[str, str], items: list[SentenceItem]
) -> Iterator[Problem]:
    text = article["text"]
    paragraphs = _paragraph_numbers(text)
    paragraph_starts = [start for start, _ in paragraphs]

    covered_until = 0
    skip_start = _int(article["dateline_start"]) if article["dateline_start"] else None
    skip_end = _int(article["dateline_end"]) if article["dateline_end"] else None
    for expected_index, (index, number, start, end, paragraph) in enumerate(items):
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
            gap_start = covered_until
            # The dateline lies between two sentences only before the first one; testing
            # that first keeps this linear (no slice up to ``start`` for every sentence).
            if (
                skip_start is not None
                and skip_end is not None
                and covered_until <= skip_start
                and skip_end <= start
            ):
                gap = text[covered_until:skip_start] + text[skip_end:start]
            else:
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
            elif _int(paragraph) != position:
                yield Problem(
                    "sentence-paragraph",
                    file,
                    f"paragraph is {paragraph}, the span lies in paragraph {position}",
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
    table: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences: SentenceIndex,
    entity_labels: dict[str, str],
) -> Iterator[Problem]:
    texts = _article_texts(articles)
    columns = table.columns
    row_of, s_starts, s_ends = sentences.row_of, sentences.starts, sentences.ends
    s_articles = sentences.article_ids
    entity_ids, article_ids, sentence_ids = (
        columns["entity_id"],
        columns["article_id"],
        columns["sentence_id"],
    )
    starts, ends = _ints(columns["start"]), _ints(columns["end"])
    values, labels = columns["text"], columns["label"]
    for at in _mention_rows_to_check(
        texts, sentences, entity_labels, entity_ids, article_ids, sentence_ids,
        starts, ends, values, labels,
    ):  # fmt: skip
        number, entity_id, article_id = at + 2, entity_ids[at], article_ids[at]
        sentence_id, start, end = sentence_ids[at], starts[at], ends[at]
        value, label = values[at], labels[at]
        problem = _span_problem(file, number, texts.get(article_id), start, end, value)
        if problem is not None:
            yield problem
        if start is None or end is None:
            continue
        entity_label = entity_labels.get(entity_id)
        if entity_label is not None and entity_label != label:
            yield Problem(
                "mention-label",
                file,
                f"label {label!r} differs from its entity's label {entity_label!r}",
                row=number,
                column="label",
            )
        if sentence_id:
            row = row_of.get(sentence_id)
            if row is None:
                continue
            s_start, s_end, s_article = s_starts[row], s_ends[row], s_articles[row]
            if s_article != article_id:
                yield Problem(
                    "mention-sentence",
                    file,
                    f"sentence {sentence_id!r} belongs to article {s_article!r}",
                    row=number,
                    column="sentence_id",
                )
            elif not (s_start <= start and end <= s_end):
                yield Problem(
                    "mention-sentence",
                    file,
                    f"span {start}:{end} is not inside its sentence {sentence_id} "
                    f"({s_start}:{s_end})",
                    row=number,
                    column="sentence_id",
                )
        else:
            article = articles.get(article_id)
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


def _mention_rows_to_check(
    texts: dict[str, str],
    sentences: SentenceIndex,
    entity_labels: dict[str, str],
    entity_ids: list[str],
    article_ids: list[str],
    sentence_ids: list[str],
    starts: list[int | None],
    ends: list[int | None],
    values: list[str],
    labels: list[str],
) -> list[int] | range:
    """The mention rows that may fail a check; every other row passes them all.

    Two million mentions walked one by one in Python take seconds (issue 7), so each rule
    is first screened a column at a time (``map``, comparisons and slices in C) and only
    the rows a screen cannot clear go through ``_check_mentions``' own code, which alone
    words the problems. A screen may clear a row only when that code would report nothing.
    """
    if None in starts or None in ends:
        return range(len(starts))
    numbers = (cast(list[int], starts), cast(list[int], ends))  # no None: checked above
    suspects = set(_span_suspects(texts, article_ids, *numbers, values))
    expected_labels = list(map(entity_labels.get, entity_ids, labels))
    if expected_labels != labels:
        pairs = zip(expected_labels, labels, strict=True)
        suspects.update(i for i, (a, b) in enumerate(pairs) if a != b)
    # Each mention's sentence by row; a missing or empty sentence_id gets the extra row
    # past the end, whose article (None) matches no mention, so it is always a suspect.
    beyond = len(sentences.starts)
    row_of = sentences.row_of
    if "" in row_of:  # an empty sentence_id means the dateline, never a sentence row
        row_of = {sentence_id: row for sentence_id, row in row_of.items() if sentence_id}
    rows = list(map(row_of.get, sentence_ids, repeat(beyond)))
    s_articles = list(map([*sentences.article_ids, None].__getitem__, rows))
    s_starts = list(map([*sentences.starts, 0].__getitem__, rows))
    s_ends = list(map([*sentences.ends, 0].__getitem__, rows))
    inside = list(
        map(
            and_,
            map(eq, s_articles, article_ids),
            map(and_, map(le, s_starts, numbers[0]), map(le, numbers[1], s_ends)),
        )
    )
    if not all(inside):
        suspects.update(i for i, ok in enumerate(inside) if not ok)
    return sorted(suspects)


def _span_suspects(
    texts: dict[str, str],
    article_ids: list[str],
    starts: list[int],
    ends: list[int],
    values: list[str],
) -> list[int]:
    """Rows of the runs of one article where some span is out of range or does not slice
    to the row's text (``_span_problem`` decides which, and says so)."""
    suspects: list[int] = []
    position = 0
    for article_id, run in groupby(article_ids):
        size = len(list(run))
        low, high = position, position + size
        position = high
        text = texts.get(article_id)
        if text is None:
            continue  # an unknown article: _span_problem checks nothing either
        run_starts, run_ends = starts[low:high], ends[low:high]
        if (
            min(run_starts) < 0
            or max(run_ends) > len(text)
            or not all(map(lt, run_starts, run_ends))
            or [text[a:b] for a, b in zip(run_starts, run_ends, strict=True)] != values[low:high]
        ):
            suspects.extend(range(low, high))
    return suspects


def _check_quotes(
    table: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences: SentenceIndex,
) -> Iterator[Problem]:
    texts = _article_texts(articles)
    columns = table.columns
    for number, article_id, sentence_id, start, end, value in zip(
        count(2),
        columns["article_id"],
        columns["sentence_id"],
        _ints(columns["start"]),
        _ints(columns["end"]),
        columns["text"],
        strict=False,
    ):
        problem = _span_problem(file, number, texts.get(article_id), start, end, value)
        if problem is not None:
            yield problem
        sentence = sentences.get(sentence_id)
        if start is None or sentence is None:
            continue
        s_start, s_end, s_article = sentence
        if s_article != article_id or not s_start <= start < s_end:
            yield Problem(
                "quote-sentence",
                file,
                f"quote starts at {start}, outside its sentence {sentence_id} "
                f"({s_start}:{s_end}); expected the sentence containing the start",
                row=number,
                column="sentence_id",
            )
