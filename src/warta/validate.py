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

The columnar engine reads a package built by ``warta build`` a window of articles at a
time (its tables list rows grouped by article, in the order of articles.csv), so memory
follows the window, not the corpus; a package it cannot read that way (a file the exact
CSV reader must read, rows out of order, a key in two windows) is read whole. Both ways
give the same report.

Row numbers follow Frictionless: the header is row 1, the first data row is row 2.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from itertools import groupby
from operator import itemgetter, le, lt
from pathlib import Path
from typing import Any, cast

from warta.schemas import RESOURCES, load_schema, table_schema
from warta.tables import open_field_limit

DESCRIPTOR = "datapackage.json"
# str.isspace() and re's \s agree: both are Py_UNICODE_ISSPACE.
_WHITESPACE = re.compile(r"\s")
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
# Articles per window when the columnar engine reads a package by windows: peak memory
# grows with the window (about 50 kB per article of the bench corpus), not the corpus.
WINDOW_ARTICLES = 1000
# Bytes of CSV parsed at a time when reading by windows.
WINDOW_BLOCK_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV table as columns of cell strings in header order (issue 7).

    Data row ``i`` of every column is CSV row ``i + 2``. Columns rather than a dict per row:
    the invariants walk millions of rows and read each column once.
    """

    columns: Mapping[str, list[str]]
    rows: int
    arrow: Any = None  # the Arrow table behind the columns (columnar engine), if any
    parts: list[tuple[str, int]] = field(default_factory=list)  # (file, data rows) per shard
    _int_columns: dict[str, list[int | None]] = field(default_factory=dict)

    def ints(self, name: str) -> list[int | None]:
        """``_int`` of every cell of a column, once: from Arrow's int64 cast when every cell
        is a plain integer (then the cast and ``int()`` agree), else cell by cell."""
        if name not in self._int_columns:
            numbers = None
            if self.arrow is not None:
                from warta.columnar import plain_ints

                numbers = plain_ints(self.arrow.column(name))
            self._int_columns[name] = _ints(self.columns[name]) if numbers is None else numbers
        return self._int_columns[name]

    def cells(self, rows: Sequence[int], names: Sequence[str]) -> list[list[str]]:
        """The named columns at ``rows`` only: a few suspect rows of a table of millions
        are taken from Arrow rather than converting whole columns."""
        if self.arrow is not None and len(rows) * 10 < self.rows:
            import pyarrow as pa

            taken = self.arrow.select(list(names)).take(pa.array(rows, pa.int64()))
            return [taken.column(name).to_pylist() for name in names]
        return [[self.columns[name][row] for row in rows] for name in names]

    def records(self) -> Iterator[dict[str, str]]:
        """One dict per row, for the small tables (articles, entities)."""
        names = list(self.columns)
        for values in zip(*self.columns.values(), strict=True):
            yield dict(zip(names, values, strict=True))


def validate_package(
    root: Path,
    *,
    engine: str = "auto",
    columnar_from_rows: int = COLUMNAR_FROM_ROWS,
    window_articles: int | None = WINDOW_ARTICLES,
) -> Report:
    """Run every check on the package in ``root``; never raises for bad data.

    ``engine`` decides who checks types, constraints and keys: ``frictionless``,
    ``columnar`` (``warta.columnar``, for large packages), or ``auto`` (columnar above
    ``columnar_from_rows`` data rows when it supports every schema feature). An explicit
    ``columnar`` raises ``UnsupportedSchema`` for a schema it cannot check in full, rather
    than check less. The columnar engine reads a package built by ``warta build`` a window
    of ``window_articles`` articles at a time, in memory bounded by the window (None: every
    table whole); the report is the same either way.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r}: expected one of {', '.join(ENGINES)}")
    with _without_gc(), ExitStack() as stack:
        return _validate(root, engine, columnar_from_rows, stack, window_articles)


def _validate(
    root: Path,
    engine: str,
    columnar_from_rows: int,
    stack: ExitStack,
    window_articles: int | None = None,
) -> Report:
    report = Report()
    descriptor = _load_descriptor(root, report)
    if descriptor is None:
        return report
    report.checks.append("descriptor-profile")
    report.problems.extend(check_profile(descriptor))
    resources = {r.get("name"): r for r in descriptor.get("resources", []) if isinstance(r, dict)}
    report.checks.append("resource-files")
    readable: dict[str, list[Path]] = {}
    for name in RESOURCES:
        resource = resources.get(name)
        if resource is None:
            report.problems.append(
                Problem("resource-missing", DESCRIPTOR, f"no resource named {name!r}")
            )
            continue
        paths = _vet_paths(root, resource, report)
        if paths is not None and _check_files(root, paths, resource, report):
            readable[name] = paths
    chosen = _choose_engine(engine, resources, columnar_from_rows)
    report.checks.append("csv-dialect")
    files = {name: _label(root, paths) for name, paths in readable.items()}
    # Windows keep Arrow's own pool: it reuses one window's memory for the next, where the
    # C library's malloc let the heap grow some 25 MB a window on the 10,000-article build.
    if chosen == "columnar" and window_articles and len(readable) == len(RESOURCES):
        windowed = _by_windows(root, readable, resources, files, window_articles)
        if windowed is not None:
            for name in RESOURCES:
                _check_row_count(files[name], resources[name], windowed.rows[name], report)
            report.checks.extend(["frictionless-columnar", "invariants"])
            report.problems.extend(_in_shards(windowed.problems, files, windowed.parts))
            return report
    if chosen == "columnar":
        stack.enter_context(_system_arrow_pool())
    tables: dict[str, Table] = {}
    arrow_tables: dict[str, Any] = {}
    plain = _read_plain(readable) if chosen == "columnar" else {}
    parts: dict[str, list[tuple[str, int]]] = {}
    for name, paths in readable.items():
        if chosen == "columnar":
            table, arrow_tables[name] = _read_columnar(root, paths, name, report, plain[name])
        else:
            table = _read_parts(root, paths, name, report)
        if table is not None:
            tables[name] = table
            parts[name] = table.parts
            _check_row_count(files[name], resources[name], table.rows, report)
    problems: list[Problem] = []
    if len(tables) == len(RESOURCES) and chosen == "columnar":
        from warta.columnar import check_tables

        report.checks.extend(["frictionless-columnar", "invariants"])
        schemas = {name: resources[name]["schema"] for name in RESOURCES}
        # pyarrow's kernels release the GIL: the table checks run on a second core while
        # this thread walks the invariants; the report keeps the serial order.
        with ThreadPoolExecutor(max_workers=1) as pool, _gil_handed_over_often():
            table_problems = pool.submit(check_tables, arrow_tables, schemas, files)
            invariant_problems = check_invariants(tables, files)
            problems.extend(table_problems.result())
        problems.extend(invariant_problems)
    else:
        if len(tables) == len(RESOURCES):
            report.checks.append("frictionless")
            problems.extend(run_frictionless(root, files))
        report.checks.append("invariants")
        problems.extend(check_invariants(tables, files))
    report.problems.extend(_in_shards(problems, files, parts))
    return report


def _label(root: Path, paths: list[Path]) -> str:
    """How problems name a table: its file, or its shards when it has several."""
    names = [_rel(root, path) for path in paths]
    if len(names) <= 3:
        return ", ".join(names)
    return f"{names[0]} … {names[-1]} ({len(names)} shards)"


def _in_shards(
    problems: list[Problem], files: dict[str, str], parts: dict[str, list[tuple[str, int]]]
) -> list[Problem]:
    """Row numbers of a sharded table turned from the joined stream into the shard's own:
    the checks count rows across shards (as Frictionless reads a multipart resource), a
    user opens one file."""
    shards = {files[name]: parts[name] for name in parts if len(parts[name]) > 1}
    if not shards:
        return problems
    located = []
    for problem in problems:
        where = shards.get(problem.file)
        if where is None or problem.row is None or problem.row < 2:
            located.append(problem)
            continue
        index = problem.row - 2
        for file, rows in where:
            if index < rows:
                problem = replace(problem, file=file, row=index + 2)
                break
            index -= rows
        located.append(problem)
    return located


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


@contextmanager
def _system_arrow_pool() -> Iterator[None]:
    """Arrow allocating with the C library's malloc while we validate: on the VMs we run
    on, the default pool's fresh pages cost about a second more in page faults on a
    package of three million rows (issue 7). The caller's pool is restored after."""
    import pyarrow as pa

    previous = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


@contextmanager
def _gil_handed_over_often() -> Iterator[None]:
    """A shorter GIL switch interval while the table checks run beside the invariants:
    each of their few hundred kernel calls needs the GIL for a moment, and would otherwise
    wait up to 5 ms behind the invariants' Python loops every time."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def _choose_engine(
    engine: str, resources: dict[Any, dict[str, Any]], columnar_from_rows: int
) -> str:
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
    return "columnar" if reason is None and declared > columnar_from_rows else "frictionless"


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


def _vet_paths(root: Path, resource: dict[str, Any], report: Report) -> list[Path] | None:
    """The resource's files if its path (one, or a multipart list) stays inside the package."""
    name = resource.get("name")
    raw = resource.get("path")
    column = f"resources/{name}/path"
    listed = [raw] if isinstance(raw, str) else raw
    if not isinstance(listed, list) or not listed or not all(isinstance(p, str) for p in listed):
        report.problems.append(
            Problem(
                "resource-path",
                DESCRIPTOR,
                "expected a relative path, or a list of them for a sharded table",
                column=column,
            )
        )
        return None
    paths = [_vet_path(root, path, column, report) for path in listed]
    return None if None in paths else cast(list[Path], paths)


def _vet_path(root: Path, raw: str, column: str, report: Report) -> Path | None:
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


def _check_files(root: Path, paths: list[Path], resource: dict[str, Any], report: Report) -> bool:
    """Existence, size and sha256 against the descriptor, streaming (no whole-file read).

    Shards are measured as Frictionless reads them: joined, with the header line of every
    shard after the first left out (``warta.tables``)."""
    for position, path in enumerate(paths):
        if not path.is_file():
            shard = f" (shard {position + 1} of {len(paths)})" if len(paths) > 1 else ""
            report.problems.append(
                Problem(
                    "resource-file",
                    _rel(root, path),
                    f"file not found{shard} (resource {resource.get('name')!r} announces "
                    f"{resource.get('bytes')} bytes)",
                )
            )
            return False
    file = _label(root, paths)
    digest = hashlib.sha256()
    size = 0
    for position, path in enumerate(paths):
        with path.open("rb") as handle:
            header_pending = position > 0
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                if header_pending:
                    end = chunk.find(b"\n")
                    if end < 0:
                        continue
                    chunk, header_pending = chunk[end + 1 :], False
                digest.update(chunk)
                size += len(chunk)
    if resource.get("bytes") != size:
        report.problems.append(
            Problem("bytes", file, f"size is {size} bytes, descriptor says {resource.get('bytes')}")
        )
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
    open_field_limit()
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


def _read_parts(root: Path, paths: list[Path], resource: str, report: Report) -> Table | None:
    """Every shard read by ``_read_csv``, their columns joined in shard order."""
    tables = [_read_csv(root, path, resource, report) for path in paths]
    if any(table is None for table in tables):
        return None
    read = cast(list[Table], tables)
    if len(read) == 1:
        return replace(read[0], parts=[(_rel(root, paths[0]), read[0].rows)])
    columns = {
        name: [cell for table in read for cell in table.columns[name]] for name in read[0].columns
    }
    parts = [(_rel(root, path), table.rows) for path, table in zip(paths, read, strict=True)]
    return Table(columns, sum(table.rows for table in read), parts=parts)


def _read_plain(readable: dict[str, list[Path]]) -> dict[str, Any]:
    """Each table's shards as read by ``columnar.read_plain_csv`` (None where it declines
    any of them), two files at a time: pyarrow parses without the GIL while the other file
    is screened."""
    from warta.columnar import read_plain_csv

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            name: [
                pool.submit(read_plain_csv, path, [f["name"] for f in table_schema(name)["fields"]])
                for path in paths
            ]
            for name, paths in readable.items()
        }
        plain = {}
        for name, shards in futures.items():
            tables = [future.result() for future in shards]
            plain[name] = None if None in tables else tables
        return plain


def _read_columnar(
    root: Path, paths: list[Path], resource: str, report: Report, shards: list[Any] | None
) -> tuple[Table | None, Any]:
    """The table and its Arrow copy, for the columnar engine.

    pyarrow reads a plain file (the usual case) many times faster than ``csv``; anything it
    might read differently from ``_read_csv`` (a BOM, ``\r``, odd quoting, a blank line,
    a parse error) comes as None from ``read_plain_csv`` and goes through ``_read_csv``,
    so problems and cells are the same.
    """
    from warta.columnar import ArrowColumns, arrow_from_columns

    if shards is not None:
        import pyarrow as pa

        arrow = shards[0] if len(shards) == 1 else pa.concat_tables(shards)
        parts = [
            (_rel(root, path), shard.num_rows) for path, shard in zip(paths, shards, strict=True)
        ]
        return Table(ArrowColumns(arrow), arrow.num_rows, arrow, parts), arrow
    table = _read_parts(root, paths, resource, report)
    if table is None:
        return None, None
    arrow = arrow_from_columns(table.columns)
    return Table(table.columns, table.rows, arrow, table.parts), arrow


def _check_row_count(file: str, resource: dict[str, Any], rows: int, report: Report) -> None:
    """PITFALLS #10: a merged row still validates, so the descriptor states the count."""
    if resource.get("rows") != rows:
        report.problems.append(
            Problem(
                "rows",
                file,
                f"has {rows} data rows, descriptor says {resource.get('rows')}",
            )
        )


# --- windows of articles ----------------------------------------------------------------
#
# A package built by ``warta build`` lists the rows of sentences, mentions and quotes
# grouped by article in the order of articles.csv. Read a window of articles at a time,
# every check that looks at one article's rows sees all of them, so the table checks and
# the invariants run per window; what crosses windows is kept small: the entities table
# (whole), which entities some mention names, the key ranges of each window, and the few
# rows whose sentence or foreign key lies outside their window, looked up at the end.
# Anything a window cannot decide exactly falls back to the whole tables (NotWindowable).

# Tables read by windows; entities is read whole.
_WINDOWED = ("articles", "sentences", "mentions", "quotes")


@dataclass(frozen=True, slots=True)
class _Windowed:
    """What the windows found: problems (rows counted across shards), rows per table,
    and (shard file, data rows) per table for ``_in_shards``."""

    problems: list[Problem]
    rows: dict[str, int]
    parts: dict[str, list[tuple[str, int]]]


def _by_windows(
    root: Path,
    readable: dict[str, list[Path]],
    resources: dict[Any, dict[str, Any]],
    files: dict[str, str],
    window: int,
) -> _Windowed | None:
    """The package checked a window of articles at a time, or None when it must be read
    whole (then nothing of this attempt is kept)."""
    from warta.columnar import NotWindowable

    try:
        return _windows(root, readable, resources, files, window)
    except NotWindowable:
        gc.collect()  # the attempt's tables, before the whole ones are read
        return None


class _Stream:
    """One table's rows in file order across its shards, handed out a window at a time."""

    def __init__(self, paths: list[Path], header: list[str]) -> None:
        self.header = header
        self.shard_rows = [0] * len(paths)
        self._blocks = self._read(paths)
        self._block: Any = None

    def _read(self, paths: list[Path]) -> Iterator[Any]:
        from warta.columnar import read_plain_blocks

        for position, path in enumerate(paths):
            for block in read_plain_blocks(path, self.header, WINDOW_BLOCK_BYTES):
                self.shard_rows[position] += block.num_rows
                yield block

    def _current(self) -> Any:
        """The unread rest of the current block (None at the end of the table)."""
        while self._block is None or not self._block.num_rows:
            block = next(self._blocks, None)
            if block is None:
                return None
            self._block = block
        return self._block

    def exhausted(self) -> bool:
        return self._current() is None

    def take(self, count: int) -> Any:
        """The next ``count`` rows (fewer at the end)."""
        pieces = []
        while count > 0 and (block := self._current()) is not None:
            piece = block.slice(0, count)
            pieces.append(piece)
            self._block = block.slice(piece.num_rows)
            count -= piece.num_rows
        return self._joined(pieces)

    def take_while(self, article_ids: Any) -> Any:
        """The next rows whose ``article_id`` is one of ``article_ids`` (an Arrow array)."""
        import pyarrow.compute as pc

        pieces = []
        while (block := self._current()) is not None:
            inside = pc.is_in(block.column("article_id"), value_set=article_ids)
            stop = pc.index(inside, False).as_py()
            if stop < 0:
                pieces.append(block)
                self._block = None
                continue
            pieces.append(block.slice(0, stop))
            self._block = block.slice(stop)
            break
        return self._joined(pieces)

    def _joined(self, pieces: list[Any]) -> Any:
        import pyarrow as pa

        if not pieces:
            return pa.table({name: pa.array([], pa.string()) for name in self.header})
        return pieces[0] if len(pieces) == 1 else pa.concat_tables(pieces)


class _KeyRanges:
    """The (lowest, highest) value of each key column in each window so far: two windows
    whose ranges do not meet share no value, which is all a window needs to check keys
    and look up ids on its own. Built packages give disjoint ranges (ids start with the
    article id, articles are sorted); anything else is NotWindowable."""

    def __init__(self, columns: dict[str, list[str]]) -> None:
        self._columns = columns
        self._ranges: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def add(self, tables: dict[str, Any]) -> None:
        import pyarrow.compute as pc

        from warta.columnar import NotWindowable

        for name, columns in self._columns.items():
            if not tables[name].num_rows:
                continue
            for column in columns:
                bounds = pc.min_max(tables[name].column(column)).as_py()
                low, high = bounds["min"], bounds["max"]
                seen = self._ranges.setdefault((name, column), [])
                at = bisect_right(seen, high, key=itemgetter(0))  # the ranges starting <= high
                if at and seen[at - 1][1] >= low:
                    raise NotWindowable(f"{name}.{column}: a value may be in two windows")
                seen.insert(at, (low, high))


def _key_columns(schemas: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Columns whose values must not repeat across windows: the unique and primary-key
    fields, and the ids other tables look up (article and sentence ids)."""
    keys: dict[str, list[str]] = {}
    for name in _WINDOWED:
        schema = schemas[name]
        unique = [f["name"] for f in schema["fields"] if f.get("constraints", {}).get("unique")]
        lookups = {"articles": ["article_id"], "sentences": ["sentence_id"]}.get(name, [])
        keys[name] = list(dict.fromkeys([*lookups, *schema.get("primaryKey", []), *unique]))
    return keys


@dataclass(slots=True)
class _Elsewhere:
    """A mention or quote whose sentence id is not among its window's sentences: in whole
    tables its sentence may still exist (in another article), looked up at the end."""

    table: str
    number: int  # CSV row across shards
    sentence_id: str
    article_id: str
    start: int
    end: int | None


def _windows(
    root: Path,
    readable: dict[str, list[Path]],
    resources: dict[Any, dict[str, Any]],
    files: dict[str, str],
    window: int,
) -> _Windowed:
    from warta.columnar import ArrowColumns, NotWindowable, WindowedChecks, read_plain_csv

    schemas = {name: resources[name]["schema"] for name in RESOURCES}
    headers = {name: [f["name"] for f in table_schema(name)["fields"]] for name in RESOURCES}
    shards = [read_plain_csv(path, headers["entities"]) for path in readable["entities"]]
    if None in shards:
        raise NotWindowable("entities: the exact CSV reader must read it")
    import pyarrow as pa
    import pyarrow.compute as pc

    entity_rows = shards[0] if len(shards) == 1 else pa.concat_tables(shards)
    entities = Table(ArrowColumns(entity_rows), entity_rows.num_rows, entity_rows)
    entity_labels = dict(zip(entities.columns["entity_id"], entities.columns["label"], strict=True))
    checks = WindowedChecks(schemas, files, {"entities": entity_rows})
    keys = _KeyRanges(_key_columns(schemas))
    streams = {name: _Stream(readable[name], headers[name]) for name in _WINDOWED}
    offsets = dict.fromkeys(_WINDOWED, 0)
    seen = _Invariants(entities, entity_labels, files)
    # Two threads, as for whole tables: pyarrow parses the next window and runs the table
    # checks (kernels without the GIL) while this thread walks the invariants.
    with ThreadPoolExecutor(max_workers=1) as pool, _gil_handed_over_often():
        upcoming = pool.submit(_next_window, streams, window)
        while (rows := upcoming.result()) is not None:
            keys.add(rows)
            checked = pool.submit(checks.add, rows, dict(offsets))
            upcoming = pool.submit(_next_window, streams, window)
            seen.add(rows, offsets)
            checked.result()
            for name in _WINDOWED:
                offsets[name] += rows[name].num_rows
    if not all(stream.exhausted() for stream in streams.values()):
        raise NotWindowable("rows not grouped by article in the order of articles.csv")
    found, elsewhere, mentioned = seen.found, seen.elsewhere, seen.mentioned
    unmentioned = range(entities.rows) if mentioned is None else _indexes(pc.invert(mentioned))
    entity_ids = entities.columns["entity_id"]
    found["orphans"] = list(_orphans(entity_ids, iter(unmentioned), files["entities"]))
    sentence_of = _sentences_by_id(readable["sentences"], headers["sentences"], elsewhere)
    for table in ("mentions", "quotes"):
        late = list(_elsewhere_problems(elsewhere, table, files[table], sentence_of))
        found[table] = _merged_by_row(found[table], late)

    def lookup(target: str, field_name: str, values: set[str]) -> set[str]:
        return _present(readable[target], headers[target], field_name, values)

    problems = checks.problems(lookup)
    problems.extend(problem for section in _SECTIONS for problem in found[section])
    parts = {
        name: [
            (_rel(root, path), count)
            for path, count in zip(readable[name], streams[name].shard_rows, strict=True)
        ]
        for name in _WINDOWED
    }
    parts["entities"] = [
        (_rel(root, path), shard.num_rows)
        for path, shard in zip(readable["entities"], shards, strict=True)
    ]
    counts = {name: sum(count for _, count in parts[name]) for name in RESOURCES}
    return _Windowed(problems, counts, parts)


def _next_window(streams: dict[str, _Stream], window: int) -> dict[str, Any] | None:
    """The next ``window`` articles and every row of theirs in the other tables (the rows
    up to the first of another article), or None after the last article."""
    articles = streams["articles"].take(window)
    if not articles.num_rows:
        return None
    ids = articles.column("article_id")
    rows = {"articles": articles}
    for name in _WINDOWED[1:]:
        rows[name] = streams[name].take_while(ids)
    return rows


class _Invariants:
    """The invariants of each window, gathered by section, and what crosses windows: which
    entities some mention names, and rows whose sentence is outside their window."""

    def __init__(
        self, entities: Table, entity_labels: dict[str, str], files: dict[str, str]
    ) -> None:
        self.entities, self.entity_labels, self.files = entities, entity_labels, files
        self.found: dict[str, list[Problem]] = {section: [] for section in _SECTIONS}
        self.elsewhere: list[_Elsewhere] = []
        self.mentioned: Any = None  # Arrow mask over entity rows

    def add(self, rows: dict[str, Any], offsets: dict[str, int]) -> None:
        import pyarrow.compute as pc

        from warta.columnar import ArrowColumns

        tables = {name: Table(ArrowColumns(t), t.num_rows, t) for name, t in rows.items()}
        tables["entities"] = self.entities
        sentences = SentenceIndex.of(tables["sentences"])
        shift = {self.files[name]: offsets[name] for name in _WINDOWED}
        sections = _invariant_sections(tables, self.files, self.entity_labels, sentences)
        for section, problems in sections:
            if section != "orphans":  # decided once every window is seen
                self.found[section].extend(_shifted(problems, shift))
        self.elsewhere.extend(_outside_window(tables, sentences, offsets))
        entity_ids = self.entities.arrow.column("entity_id")
        named = pc.is_in(entity_ids, value_set=rows["mentions"].column("entity_id"))
        self.mentioned = named if self.mentioned is None else pc.or_(self.mentioned, named)


def _shifted(problems: Iterator[Problem], shift: dict[str, int]) -> Iterator[Problem]:
    """A window's problems numbered as rows of the whole table (its file's offset added)."""
    for problem in problems:
        offset = shift.get(problem.file, 0)
        if problem.row is None or not offset:
            yield problem
        else:
            yield replace(problem, row=problem.row + offset)


def _outside_window(
    tables: dict[str, Table], sentences: SentenceIndex, offsets: dict[str, int]
) -> Iterator[_Elsewhere]:
    """Mentions and quotes whose sentence id names no (valid) sentence of the window and
    which ``_check_mentions`` or ``_check_quotes`` would test against that sentence."""
    import pyarrow.compute as pc

    known = tables["sentences"].arrow.column("sentence_id")
    for name in ("mentions", "quotes"):
        table = tables[name]
        ids = table.arrow.column("sentence_id")
        if sentences.valid is None:
            inside = pc.is_in(ids, value_set=known)
            rows: Sequence[int] = [] if pc.all(inside).as_py() else _indexes(pc.invert(inside))
        else:
            row_of = sentences.row_of
            rows = [
                at for at, value in enumerate(table.columns["sentence_id"]) if value not in row_of
            ]
        if not rows:
            continue
        starts, ends = table.ints("start"), table.ints("end")
        sentence_ids, article_ids = table.columns["sentence_id"], table.columns["article_id"]
        for at in rows:
            start, end = starts[at], ends[at]
            if start is None or (name == "mentions" and (end is None or not sentence_ids[at])):
                continue
            number = at + 2 + offsets[name]
            yield _Elsewhere(name, number, sentence_ids[at], article_ids[at], start, end)


def _rows_holding(
    paths: list[Path], header: list[str], column: str, values: set[str]
) -> Iterator[Any]:
    """The table read again from its files, as Arrow blocks of the rows whose ``column``
    holds one of ``values``: the end-of-run lookups of rows a window could not settle."""
    import pyarrow as pa
    import pyarrow.compute as pc

    value_set = pa.array(sorted(values), pa.string())
    stream = _Stream(paths, header)
    while (block := stream.take(1 << 16)).num_rows:
        mask = pc.is_in(block.column(column), value_set=value_set)
        if pc.any(mask).as_py():
            yield block.filter(mask)


def _sentences_by_id(
    paths: list[Path], header: list[str], wanted: list[_Elsewhere]
) -> dict[str, tuple[int, int, str]]:
    """(start, end, article_id) of the sentences ``wanted`` names, read again from the
    files: a valid row (start, end and index parse), the last one for a repeated id, as
    ``SentenceIndex``."""
    ids = {item.sentence_id for item in wanted}
    found: dict[str, tuple[int, int, str]] = {}
    if not ids:
        return found
    for rows in _rows_holding(paths, header, "sentence_id", ids):
        cells = [
            rows.column(c).to_pylist()
            for c in ("sentence_id", "start", "end", "index", "article_id")
        ]
        for sentence_id, start, end, index, article_id in zip(*cells, strict=True):
            s, e = _int(start), _int(end)
            if s is not None and e is not None and _int(index) is not None:
                found[sentence_id] = (s, e, article_id)
    return found


def _elsewhere_problems(
    items: list[_Elsewhere], table: str, file: str, sentence_of: dict[str, tuple[int, int, str]]
) -> Iterator[Problem]:
    """The sentence checks of ``_check_mentions`` / ``_check_quotes`` for rows whose
    sentence was not in their window, in row order."""
    for item in items:
        if item.table != table:
            continue
        sentence = sentence_of.get(item.sentence_id)
        if sentence is None:
            continue
        if table == "mentions" and item.end is not None:
            problem = _mention_sentence(
                file, item.number, item.sentence_id, item.article_id, item.start, item.end,
                sentence,
            )  # fmt: skip
        else:
            problem = _quote_sentence(
                file, item.number, item.sentence_id, item.article_id, item.start, sentence
            )
        if problem is not None:
            yield problem


def _merged_by_row(problems: list[Problem], late: list[Problem]) -> list[Problem]:
    """``late`` problems placed after every other problem of their row: the sentence check
    is the last one ``_check_mentions`` and ``_check_quotes`` make for a row."""
    if not late:
        return problems
    merged: list[Problem] = []
    pending = iter(late)
    following = next(pending, None)
    for problem in problems:
        while following is not None and (following.row or 0) < (problem.row or 0):
            merged.append(following)
            following = next(pending, None)
        merged.append(problem)
    if following is not None:
        merged.append(following)
    merged.extend(pending)
    return merged


def _present(paths: list[Path], header: list[str], column: str, values: set[str]) -> set[str]:
    """Which of ``values`` some row of the table holds in ``column`` (a foreign key's
    lookup in the whole target; empty cells are no value)."""
    present: set[str] = set()
    for rows in _rows_holding(paths, header, column, values):
        present.update(rows.column(column).to_pylist())
    present.discard("")
    return present


# Reported by our own streaming checks above; Frictionless' copies would only repeat them.
_OWN_CHECKS = {"hash-count", "byte-count", "row-count"}


def run_frictionless(root: Path, files: Mapping[str, str] | None = None) -> list[Problem]:
    """Frictionless' validation of the whole package (types, constraints, keys); problems
    name the table as ``files`` does (a sharded table's rows count across its shards)."""
    from frictionless import Package, system

    with system.use_context(trusted=False):
        package = Package(str(root / DESCRIPTOR))
        report = package.validate()
        primary_keys = {r.name: list(r.schema.primary_key) for r in package.resources}
    problems = []
    for task in report.tasks:
        file = (files or {}).get(task.name) or task.place or task.name
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
    for _, problems in _invariant_sections(tables, files):
        yield from problems


# The invariants' sections in report order (``_invariant_sections``).
_SECTIONS = (
    "articles",
    "sentence-spans",
    "sentence-runs",
    "unsentenced",
    "orphans",
    "mentions",
    "quotes",
)


def _invariant_sections(
    tables: dict[str, Table],
    files: dict[str, str],
    entity_labels: dict[str, str] | None = None,
    sentences: SentenceIndex | None = None,
) -> list[tuple[str, Iterator[Problem]]]:
    """The invariants as named lazy sections, in report order.

    The whole package chains them; a package read by windows of articles runs them per
    window and joins each section's problems across windows before the next section's, so
    the report is the same. ``entity_labels`` and ``sentences`` may be given when the
    caller already has them (the entities table is the same for every window).
    """
    articles = (
        {row["article_id"]: row for row in tables["articles"].records()}
        if "articles" in tables
        else {}
    )
    sections: list[tuple[str, Iterator[Problem]]] = []
    if "articles" in tables:
        sections.append(("articles", _check_articles(tables["articles"], files["articles"])))
    if sentences is None:
        sentences = (
            SentenceIndex.of(tables["sentences"])
            if "sentences" in tables
            else SentenceIndex([], [], [], [], None)
        )
    if "sentences" in tables:
        table, file = tables["sentences"], files["sentences"]
        sections.append(("sentence-spans", _sentence_spans(table, file, articles, sentences)))
        sections.append(("sentence-runs", _sentence_runs(table, file, articles, sentences)))
    if "sentences" in tables and "articles" in tables:
        sections.append(
            (
                "unsentenced",
                _unsentenced(tables["articles"], tables["sentences"], files["articles"]),
            )
        )
    if "mentions" in tables and "entities" in tables:
        entity_ids = tables["entities"].columns["entity_id"]
        unmentioned = _lazy(_unmentioned, tables["entities"], tables["mentions"])
        sections.append(("orphans", _orphans(entity_ids, unmentioned, files["entities"])))
    if "mentions" in tables:
        entities = tables.get("entities")
        if entity_labels is None:
            entity_labels = (
                dict(zip(entities.columns["entity_id"], entities.columns["label"], strict=True))
                if entities is not None
                else {}
            )
        mentions = _check_mentions(
            tables["mentions"], files["mentions"], articles, sentences, entity_labels, entities,
            tables.get("sentences"),
        )  # fmt: skip
        sections.append(("mentions", mentions))
    if "quotes" in tables:
        quotes = _check_quotes(
            tables["quotes"], files["quotes"], articles, sentences, tables.get("sentences")
        )
        sections.append(("quotes", quotes))
    return sections


def _lazy(function: Any, *args: Any) -> Iterator[int]:
    """``function(*args)``'s rows, computed only when a section is walked."""
    yield from function(*args)


def _unsentenced(articles: Table, sentences: Table, file: str) -> Iterator[Problem]:
    """Articles no sentence row names (any row, even one whose cells do not parse)."""
    with_sentences = set(sentences.columns["article_id"])
    for number, article_id in enumerate(articles.columns["article_id"], start=2):
        if article_id not in with_sentences:
            yield Problem(
                "sentence-coverage",
                file,
                f"article {article_id!r} has no sentences (expected its text covered)",
                row=number,
                column="text",
            )


def _orphans(entity_ids: list[str], rows: Iterator[int], file: str) -> Iterator[Problem]:
    """An orphan-entity problem for each of ``rows`` of the entities table."""
    for row in rows:
        yield Problem(
            "orphan-entity",
            file,
            f"entity {entity_ids[row]!r} has no mention (every entity row is "
            "referenced by at least one mention)",
            row=row + 2,
            column="entity_id",
        )


def _unmentioned(entities: Table, mentions: Table) -> list[int]:
    """Rows of entities no mention refers to (an Arrow join when both tables have one)."""
    if entities.arrow is not None and mentions.arrow is not None:
        import pyarrow.compute as pc

        mentioned = pc.is_in(
            entities.arrow.column("entity_id"), value_set=mentions.arrow.column("entity_id")
        )
        return _indexes(pc.invert(mentioned)) if not pc.all(mentioned).as_py() else []
    referenced = set(mentions.columns["entity_id"])
    ids = entities.columns["entity_id"]
    return [row for row, entity_id in enumerate(ids) if entity_id not in referenced]


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


@dataclass(slots=True)
class SentenceIndex:
    """Where each sentence is: its row, whose start, end and article are read from the
    columns. A row number per id instead of a tuple per sentence (issue 7).

    Only rows whose start, end and index parse count (``valid``, None when all do); a
    later row wins for a repeated id. ``starts``, ``ends`` and ``indexes`` hold 0 where a
    cell does not parse, a row no lookup reaches. ``row_of`` is built on first use: with
    the columnar engine, joins in Arrow usually leave nothing to look up.
    """

    starts: list[int]
    ends: list[int]
    indexes: list[int]
    article_ids: list[str]
    valid: set[int] | None
    table: Table | None = None
    _row_of: dict[str, int] | None = None
    # Starts and ends as Arrow arrays for joins, () when ids repeat; set on first join.
    arrow_spans: tuple[Any, ...] | None = None

    @classmethod
    def of(cls, table: Table) -> SentenceIndex:
        starts, ends, indexes = table.ints("start"), table.ints("end"), table.ints("index")
        article_ids = table.columns["article_id"]
        if None in starts or None in ends or None in indexes:
            valid = {
                row
                for row in range(table.rows)
                if starts[row] is not None and ends[row] is not None and indexes[row] is not None
            }
            return cls(
                [start or 0 for start in starts],
                [end or 0 for end in ends],
                [index or 0 for index in indexes],
                article_ids,
                valid,
                table,
            )
        return cls(
            cast(list[int], starts),  # no None: checked above
            cast(list[int], ends),
            cast(list[int], indexes),
            article_ids,
            None,
            table,
        )

    @property
    def row_of(self) -> dict[str, int]:
        """The row of each sentence id."""
        if self._row_of is None:
            ids = self.table.columns["sentence_id"] if self.table is not None else []
            if self.valid is None:
                self._row_of = dict(zip(ids, range(len(ids)), strict=True))
            else:
                self._row_of = {ids[row]: row for row in sorted(self.valid)}
        return self._row_of

    def get(self, sentence_id: str) -> tuple[int, int, str] | None:
        """(start, end, article_id) of a sentence."""
        row = self.row_of.get(sentence_id)
        if row is None:
            return None
        return self.starts[row], self.ends[row], self.article_ids[row]


# (index, row number, start, end, paragraph cell) of one sentence, for the per-article pass.
SentenceItem = tuple[int, int, int, int, str]


def _sentence_spans(
    table: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences: SentenceIndex,
) -> Iterator[Problem]:
    """Offsets of every sentence row, in row order."""
    texts = _article_texts(articles)
    columns = table.columns
    article_ids, values = columns["article_id"], columns["text"]
    starts: Sequence[int | None] = sentences.starts
    ends: Sequence[int | None] = sentences.ends
    suspects: Sequence[int]
    if sentences.valid is None:  # every start and end parses: screen the spans
        suspects = _span_suspects(texts, article_ids, sentences.starts, sentences.ends, values)
    else:  # the index holds 0 for cells that do not parse: check every row
        starts, ends = table.ints("start"), table.ints("end")
        suspects = range(table.rows)
    for at in suspects:
        text = texts.get(article_ids[at])
        problem = _span_problem(file, at + 2, text, starts[at], ends[at], values[at])
        if problem is not None:
            yield problem


def _sentence_runs(
    table: Table,
    file: str,
    articles: dict[str, dict[str, str]],
    sentences: SentenceIndex,
) -> Iterator[Problem]:
    """Order, coverage and paragraphs of each article's sentences, articles in order of
    their first valid sentence row."""
    columns = table.columns
    indexes, paragraphs = sentences.indexes, columns["paragraph"]
    for article_id, rows in _article_rows(columns["article_id"], sentences.valid):
        article = articles.get(article_id)
        if article is None:
            continue
        run = _SentenceRun(
            list(map(indexes.__getitem__, rows)),
            list(map(sentences.starts.__getitem__, rows)),
            list(map(sentences.ends.__getitem__, rows)),
            list(map(paragraphs.__getitem__, rows)),
        )
        if run.clearly_fine(article):
            continue
        items = [
            (index, row + 2, start, end, paragraph)
            for index, row, start, end, paragraph in zip(
                run.indexes, rows, run.starts, run.ends, run.paragraphs, strict=True
            )
        ]
        yield from _check_article_sentences(file, article, sorted(items, key=itemgetter(0)))


@dataclass(frozen=True, slots=True)
class _SentenceRun:
    """The valid sentence rows of one article, column by column, in file order."""

    indexes: list[int]
    starts: list[int]
    ends: list[int]
    paragraphs: list[str]

    def clearly_fine(self, article: dict[str, str]) -> bool:
        """True only when ``_check_article_sentences`` would report nothing (issue 7).

        The same rules a column at a time: indexes 0, 1, 2, … in file order; spans inside
        the text, increasing, not overlapping; only whitespace (and the dateline) between
        and around them; each inside the paragraph its ``paragraph`` cell names, spelled
        as a plain number; no whitespace at either end. Anything else, the row by row check
        decides and words.
        """
        text, starts, ends = article["text"], self.starts, self.ends
        if not starts or self.indexes != list(range(len(starts))):
            return False
        if min(starts) < 0 or max(ends) > len(text) or not all(map(lt, starts, ends)):
            return False
        if not all(map(le, ends[:-1], starts[1:])):
            return False
        lows, highs = [0, *ends[:-1]], starts
        gaps = list(map(text.__getitem__, map(slice, lows, highs)))
        if article["dateline_start"] or article["dateline_end"]:
            skip_start, skip_end = _int(article["dateline_start"]), _int(article["dateline_end"])
            if skip_start is None or skip_end is None or not 0 <= skip_start < skip_end:
                return False
            at = bisect_right(lows, skip_start) - 1
            if at >= 0 and skip_end <= highs[at]:
                gaps[at] = text[lows[at] : skip_start] + text[skip_end : highs[at]]
        if "".join(gaps).strip() or text[ends[-1] :].strip():
            return False
        paragraphs = _paragraph_numbers(text)
        paragraph_starts = [start for start, _ in paragraphs]
        positions = [bisect_right(paragraph_starts, start) - 1 for start in starts]
        if min(positions) < 0 or list(map(str, positions)) != self.paragraphs:
            return False
        paragraph_ends = [paragraphs[position][1] for position in positions]
        if not all(map(le, ends, paragraph_ends)):
            return False
        edges = "".join(map(text.__getitem__, [*starts, *(end - 1 for end in ends)]))
        return _WHITESPACE.search(edges) is None


def _article_rows(article_ids: list[str], valid: set[int] | None) -> list[tuple[str, list[int]]]:
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
    entities: Table | None = None,
    sentence_table: Table | None = None,
) -> Iterator[Problem]:
    texts = _article_texts(articles)
    rows = _mention_rows_to_check(texts, table, entities, sentence_table, sentences)
    if not rows:
        return
    s_starts, s_ends, s_articles = sentences.starts, sentences.ends, sentences.article_ids
    cells = table.cells(rows, ("entity_id", "article_id", "sentence_id", "text", "label"))
    starts, ends = table.ints("start"), table.ints("end")
    for at, entity_id, article_id, sentence_id, value, label in zip(rows, *cells, strict=True):
        number, start, end = at + 2, starts[at], ends[at]
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
            row = sentences.row_of.get(sentence_id)
            if row is None:
                continue
            sentence = (s_starts[row], s_ends[row], s_articles[row])
            problem = _mention_sentence(file, number, sentence_id, article_id, start, end, sentence)
            if problem is not None:
                yield problem
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
    table: Table,
    entities: Table | None,
    sentence_table: Table | None,
    sentences: SentenceIndex,
) -> Sequence[int]:
    """The mention rows that may fail a check; every other row passes them all.

    Two million mentions walked one by one in Python take seconds (issue 7), so with the
    columnar engine each rule is first screened a column at a time (spans by article runs,
    labels and sentences with Arrow joins) and only the rows a screen cannot clear go
    through ``_check_mentions``' own code, which alone words the problems. A screen clears a
    row only when that code would report nothing for it; without Arrow every row is walked.
    """
    everything = range(table.rows)
    starts, ends = table.ints("start"), table.ints("end")
    joined = _joined_sentences(table, sentence_table, sentences)
    if (
        None in starts
        or None in ends
        or joined is None
        or table.arrow is None
        or entities is None
        or entities.arrow is None
    ):
        return everything
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = table.columns
    numbers = (cast(list[int], starts), cast(list[int], ends))  # no None: checked above
    suspects = set(_span_suspects(texts, columns["article_id"], *numbers, columns["text"]))
    mentions, entity_rows = table.arrow, entities.arrow
    if pc.count_distinct(entity_rows.column("entity_id")).as_py() != entity_rows.num_rows:
        return everything  # the Python code keeps the last row of an id, a join the first
    found = pc.index_in(mentions.column("entity_id"), value_set=entity_rows.column("entity_id"))
    other_label = pc.fill_null(
        pc.not_equal(pc.take(entity_rows.column("label"), found), mentions.column("label")),
        False,
    )
    same_article, sentence_start, sentence_end = joined
    start, end = pa.array(numbers[0], pa.int64()), pa.array(numbers[1], pa.int64())
    inside = pc.and_(
        same_article,
        pc.and_(pc.less_equal(sentence_start, start), pc.less_equal(end, sentence_end)),
    )
    # An unknown or empty sentence_id (null ``inside``) is left to the Python code.
    empty = pc.equal(mentions.column("sentence_id"), "")
    outside = pc.or_(pc.invert(pc.fill_null(inside, False)), empty)
    for mask in (other_label, outside):
        if pc.any(mask).as_py():
            suspects.update(_indexes(mask))
    return sorted(suspects)


def _indexes(mask: Any) -> list[int]:
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(mask, pa.ChunkedArray):
        mask = mask.combine_chunks()
    indexes: list[int] = pc.indices_nonzero(mask).to_pylist()
    return indexes


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
    sentence_table: Table | None = None,
) -> Iterator[Problem]:
    texts = _article_texts(articles)
    rows = _quote_rows_to_check(texts, table, sentence_table, sentences)
    if not rows:
        return
    columns = table.columns
    article_ids, sentence_ids = columns["article_id"], columns["sentence_id"]
    values = columns["text"]
    starts, ends = table.ints("start"), table.ints("end")
    for at in rows:
        number, article_id, sentence_id = at + 2, article_ids[at], sentence_ids[at]
        start, end, value = starts[at], ends[at], values[at]
        problem = _span_problem(file, number, texts.get(article_id), start, end, value)
        if problem is not None:
            yield problem
        sentence = sentences.get(sentence_id)
        if start is None or sentence is None:
            continue
        problem = _quote_sentence(file, number, sentence_id, article_id, start, sentence)
        if problem is not None:
            yield problem


def _mention_sentence(
    file: str,
    number: int,
    sentence_id: str,
    article_id: str,
    start: int,
    end: int,
    sentence: tuple[int, int, str],
) -> Problem | None:
    """A mention against its sentence (start, end, article_id): same article, span inside."""
    s_start, s_end, s_article = sentence
    if s_article != article_id:
        return Problem(
            "mention-sentence",
            file,
            f"sentence {sentence_id!r} belongs to article {s_article!r}",
            row=number,
            column="sentence_id",
        )
    if not (s_start <= start and end <= s_end):
        return Problem(
            "mention-sentence",
            file,
            f"span {start}:{end} is not inside its sentence {sentence_id} ({s_start}:{s_end})",
            row=number,
            column="sentence_id",
        )
    return None


def _quote_sentence(
    file: str,
    number: int,
    sentence_id: str,
    article_id: str,
    start: int,
    sentence: tuple[int, int, str],
) -> Problem | None:
    """A quote against its sentence: the sentence of its article containing its start."""
    s_start, s_end, s_article = sentence
    if s_article != article_id or not s_start <= start < s_end:
        return Problem(
            "quote-sentence",
            file,
            f"quote starts at {start}, outside its sentence {sentence_id} "
            f"({s_start}:{s_end}); expected the sentence containing the start",
            row=number,
            column="sentence_id",
        )
    return None


def _quote_rows_to_check(
    texts: dict[str, str], table: Table, sentence_table: Table | None, sentences: SentenceIndex
) -> Sequence[int]:
    """The quote rows that may fail a check (as ``_mention_rows_to_check``)."""
    everything = range(table.rows)
    starts, ends = table.ints("start"), table.ints("end")
    joined = _joined_sentences(table, sentence_table, sentences)
    if None in starts or None in ends or joined is None:
        return everything
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = table.columns
    numbers = (cast(list[int], starts), cast(list[int], ends))  # no None: checked above
    suspects = set(_span_suspects(texts, columns["article_id"], *numbers, columns["text"]))
    same_article, sentence_start, sentence_end = joined
    start = pa.array(numbers[0], pa.int64())
    inside = pc.and_(
        same_article,
        pc.and_(pc.less_equal(sentence_start, start), pc.less(start, sentence_end)),
    )
    outside = pc.invert(pc.fill_null(inside, False))
    if pc.any(outside).as_py():
        suspects.update(_indexes(outside))
    return sorted(suspects)


def _joined_sentences(
    table: Table, sentence_table: Table | None, sentences: SentenceIndex
) -> tuple[Any, Any, Any] | None:
    """For each row of ``table``, by its ``sentence_id``: whether the sentence is in the
    row's article, and the sentence's start and end (null for an unknown id). None when
    an Arrow join cannot stand for ``SentenceIndex`` (no Arrow, repeated or invalid rows).
    """
    if (
        table.arrow is None
        or sentence_table is None
        or sentence_table.arrow is None
        or sentences.valid is not None
    ):
        return None
    import pyarrow as pa
    import pyarrow.compute as pc

    rows, sentence_rows = table.arrow, sentence_table.arrow
    if sentences.arrow_spans is None:
        ids = sentence_rows.column("sentence_id")
        # The Python code keeps the last row of a repeated id, a join the first: no join.
        sentences.arrow_spans = (
            ()
            if pc.count_distinct(ids).as_py() != sentence_rows.num_rows
            else (pa.array(sentences.starts, pa.int64()), pa.array(sentences.ends, pa.int64()))
        )
    if not sentences.arrow_spans:
        return None
    at = pc.index_in(rows.column("sentence_id"), value_set=sentence_rows.column("sentence_id"))
    same_article = pc.equal(
        pc.take(sentence_rows.column("article_id"), at), rows.column("article_id")
    )
    sentence_start = pc.take(sentences.arrow_spans[0], at)
    sentence_end = pc.take(sentences.arrow_spans[1], at)
    return same_article, sentence_start, sentence_end
