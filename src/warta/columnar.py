"""Frictionless' table checks, a column at a time with pyarrow (issue 7, "Speed").

Frictionless validates row by row in Python, some twenty to thirty thousand rows a second
here, so a package of three million rows takes two to three minutes. This module checks
the same rules for the Table Schema features our schemas use (types ``string``,
``integer``, ``boolean``, ``date``; constraints ``required``, ``pattern``, ``enum``,
``minimum``, ``unique``; a one-field primary key; one-field foreign keys) with vectorized
``pyarrow.compute`` kernels, and reports what Frictionless reports: the check is
``frictionless:<error type>``, the message is Frictionless' note, the row is the CSV row
(header = 1). A schema using anything else is refused by ``unsupported`` rather than
checked less.

Where a kernel could disagree with Frictionless' Python, the kernel only decides the plain
cells and Frictionless' own rule decides the rest, once per distinct value: ``int()``
accepts ``+5`` and `` 7 ``, ``strptime`` accepts ``2024-1-5``, and Python's ``re`` differs
from RE2 on non-ASCII text (``\\S``) and before a trailing newline (``$``).

Problems are capped at ``SHOWN`` per (file, check, column), plus one line with the total,
so a broken file of two million rows does not print two million lines.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from warta.errors import WartaError
from warta.schemas import RESOURCES, field_names
from warta.validate import Problem

SHOWN = 20
# Frictionless' defaults (frictionless.settings) where a schema says nothing.
DEFAULT_TRUE_VALUES = ("true", "True", "TRUE", "1")
DEFAULT_FALSE_VALUES = ("false", "False", "FALSE", "0")
DATE_FORMAT = "%Y-%m-%d"
# The constraints checked per type, in the order Frictionless checks (and reports) them.
CONSTRAINTS = {
    "string": ("required", "pattern", "enum", "unique"),
    "integer": ("required", "minimum"),
    "boolean": ("required",),
    "date": ("required",),
}
# Integer cells the int64 kernel reads exactly as Python's int(): no sign, space or "0x".
# (Pattern cells are left to RE2 when printable ASCII: no newline, no Unicode classes.)
_PLAIN_INTEGER = r"^-?[0-9]{1,18}$"
_BOM = b"\xef\xbb\xbf"
# A file whose every quote belongs to a quoted field as Python's strict ``csv`` reads it:
# the field starts after a delimiter (or the file's start) and is closed before one.
_PLAIN_QUOTING = re.compile(rb'[^"]*(?:(?<![^,\n])"[^"]*(?:""[^"]*)*"(?![^,\n])[^"]*)*')


class UnsupportedSchema(WartaError):
    """The columnar engine was asked to check a Table Schema feature it does not implement."""


def unsupported(schemas: dict[str, Any]) -> str | None:
    """Why these resources' schemas cannot be checked here, or None when they can."""
    for resource, schema in schemas.items():
        reason = _unsupported_schema(str(resource), schema, schemas)
        if reason is not None:
            return f"columnar engine: resource {resource!r}: {reason}"
    return None


def _string_fields(schema: Any) -> set[str]:
    if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list):
        return set()
    return {
        str(field.get("name"))
        for field in schema["fields"]
        if isinstance(field, dict) and field.get("type", "string") == "string"
    }


def _unsupported_schema(resource: str, schema: Any, schemas: dict[str, Any]) -> str | None:
    if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list):
        return "no Table Schema with a list of fields"
    known = {"fields", "primaryKey", "foreignKeys", "missingValues"}
    if set(schema) - known:
        return f"schema keys {sorted(set(schema) - known)} are not supported"
    if schema.get("missingValues", [""]) != [""]:
        return 'only missingValues [""] is supported'
    fields = schema["fields"]
    if not all(isinstance(field, dict) for field in fields):
        return "a field is not an object"
    names = [field.get("name") for field in fields]
    if resource in RESOURCES and names != field_names(resource):
        return f"fields {names} differ from schemas/tables/{resource}.json"
    types = {field.get("name"): field.get("type", "string") for field in fields}
    for field in fields:
        reason = _unsupported_field(field)
        if reason is not None:
            return f"field {field.get('name')!r}: {reason}"
    primary = schema.get("primaryKey")
    if primary is not None and (
        not isinstance(primary, list) or len(primary) != 1 or types.get(primary[0]) != "string"
    ):
        return "only a primary key of one string field is supported"
    for key in schema.get("foreignKeys", []):
        fields_ = key.get("fields") if isinstance(key, dict) else None
        reference = key.get("reference") if isinstance(key, dict) else None
        target = (
            schemas.get(str(reference.get("resource"))) if isinstance(reference, dict) else None
        )
        if not (
            isinstance(fields_, list)
            and len(fields_) == 1
            and types.get(fields_[0]) == "string"
            and isinstance(reference, dict)
            and isinstance(reference.get("fields"), list)
            and len(reference["fields"]) == 1
            and reference["fields"][0] in _string_fields(target)
        ):
            return f"foreign key {key}: only one string field to another resource is supported"
    return None


def _unsupported_field(field: dict[str, Any]) -> str | None:
    kind = field.get("type", "string")
    if kind not in CONSTRAINTS:
        return f"type {kind!r} is not supported"
    extra = set(field) - {"name", "type", "format", "description", "title", "constraints"}
    if kind == "boolean":
        extra -= {"trueValues", "falseValues"}
    if extra:
        return f"keys {sorted(extra)} are not supported"
    if field.get("format", "default") != "default":
        return f"format {field['format']!r} is not supported"
    constraints = field.get("constraints", {})
    if not isinstance(constraints, dict):
        return "constraints are not an object"
    extra = set(constraints) - set(CONSTRAINTS[kind])
    if extra:
        return f"constraints {sorted(extra)} are not supported for type {kind!r}"
    expected = {"required": bool, "unique": bool, "pattern": str, "enum": list, "minimum": int}
    for name, value in constraints.items():
        if not isinstance(value, expected[name]) or (name == "minimum" and value is True):
            return f"constraint {name!r} is {value!r} (expected a {expected[name].__name__})"
    return None


# --- reading ----------------------------------------------------------------------------


def read_plain_csv(path: Path, header: list[str]) -> Any:
    """The table as all-string Arrow columns, or None when the exact reader must decide.

    pyarrow is laxer than Python's strict ``csv`` in a few places: it skips a BOM, reads
    ``"a"b`` as ``ab``, reads a blank line as a row of empty cells. Files with a BOM, a
    ``\\r``, a quote outside a well-formed quoted field or a row of empty cells, and files
    pyarrow cannot parse, are left to ``validate._read_csv`` (None), which names the
    problem exactly; a file read here has the same cells as ``csv`` would give.
    """
    with path.open("rb") as handle:
        if path.stat().st_size == 0:
            return None
        # Mapped, not read: no copy of a file of hundreds of MB (issue 7).
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if data[:3] == _BOM or not _screened(data):
        return None
    return _parse_plain(data, header, with_header=True)


class NotWindowable(Exception):
    """The package cannot be checked a window of articles at a time (``validate``): a file
    the exact reader must read, rows not grouped by article, a key repeated across windows.
    The whole-table checks then decide, so the report is the same."""


def read_plain_blocks(path: Path, header: list[str], block_bytes: int = 1 << 22) -> Iterator[Any]:
    """The file's rows as Arrow tables of about ``block_bytes`` of CSV each, cut between
    records: the cells ``read_plain_csv`` reads, without holding the whole file.

    A file ``read_plain_csv`` would decline raises ``NotWindowable`` (possibly after some
    blocks: the screens run block by block). Cutting after a newline outside any quoted
    field keeps the quoting screen exact: a file passes it iff each block does.
    """
    with path.open("rb") as handle:
        rest, first, size = b"", True, block_bytes
        while True:
            chunk = handle.read(size)
            data = rest + chunk if rest else chunk
            if first and (not data or data[:3] == _BOM):
                raise NotWindowable(f"{path}: empty or starts with a BOM")
            cut = _last_record_end(data) if chunk else len(data)
            if chunk and cut == 0:
                rest = data  # no record ends in what was read yet: read twice as much
                size *= 2
                continue
            block, rest, size = data[:cut], data[cut:], block_bytes
            if block or first:
                table = _parse_plain(block, header, with_header=first) if _screened(block) else None
                if table is None:
                    raise NotWindowable(f"{path}: the exact CSV reader must read it")
                yield table
            first = False
            if not chunk:
                return


def _last_record_end(data: bytes) -> int:
    """Where the last record of ``data`` ends (after a newline outside quotes), or 0.
    Quotes are counted from the end, so a long quoted text costs one pass, not one per
    newline in it."""
    quotes, end = data.count(b'"'), len(data)
    newline = data.rfind(b"\n")
    while newline >= 0:
        quotes -= data.count(b'"', newline, end)
        end = newline
        if quotes % 2 == 0:
            return newline + 1
        newline = data.rfind(b"\n", 0, newline)
    return 0


def _screened(data: Any) -> bool:
    """No ``\\r`` and every quote in a well-formed quoted field: pyarrow then reads the
    cells Python's strict ``csv`` reads."""
    return data.find(b"\r") < 0 and _PLAIN_QUOTING.fullmatch(data) is not None


def _parse_plain(data: Any, header: list[str], *, with_header: bool) -> Any:
    """CSV bytes (a whole file, or a block of records after its header) as all-string
    Arrow columns named ``header``, or None where pyarrow and ``csv`` could differ."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    try:
        table = pacsv.read_csv(
            pa.py_buffer(data),
            # One thread: with newlines inside values pyarrow's parallel chunking scans the
            # file twice, and measured slower on the two cores this runs on (issue 7).
            read_options=pacsv.ReadOptions(
                use_threads=False,
                block_size=1 << 22,
                column_names=None if with_header else header,
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=",",
                quote_char='"',
                double_quote=True,
                escape_char=False,
                newlines_in_values=True,
                ignore_empty_lines=False,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in header},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                check_utf8=True,
            ),
        )
        names = table.column_names  # a header that is not UTF-8 fails here
    except (pa.ArrowInvalid, UnicodeDecodeError):
        return None
    if names != header:
        return None
    if table.num_columns and _has_empty(table.column(0)):  # a blank row starts empty
        missing = [pc.equal(pc.binary_length(column), 0) for column in table.columns]
        if _blank_rows(missing) is not None:
            return None
    return table


def _has_empty(column: Any) -> bool:
    import pyarrow.compute as pc

    return bool(pc.min(pc.binary_length(column)).as_py() == 0) if len(column) else False


class ArrowColumns(Mapping[str, list[str]]):
    """An Arrow table's columns as Python lists, each converted on first use: the
    invariants in ``validate`` never read some columns (ids, ``method``) of big tables."""

    def __init__(self, table: Any) -> None:
        self._table = table
        self._lists: dict[str, list[str]] = {}

    def __getitem__(self, name: str) -> list[str]:
        if name not in self._lists:
            if name not in self._table.column_names:
                raise KeyError(name)
            self._lists[name] = self._table.column(name).to_pylist()
        return self._lists[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.column_names)

    def __len__(self) -> int:
        return len(self._table.column_names)


def plain_ints(column: Any) -> list[int | None] | None:
    """The column as Python ints when Arrow's int64 cast reads every cell as ``int()``
    does, else None. The cast refuses signs, spaces, underscores and empty cells, which
    ``int()`` may read differently; it reads hex (``0x1F``), which ``int()`` refuses."""
    numbers = _int64(column)
    if numbers is None:
        return None
    values: list[int | None] = numbers.to_pylist()
    return values


def _int64(column: Any) -> Any:
    """Arrow's int64 cast of a column whose every cell it reads as ``int()`` does, or None
    (see ``plain_ints``); one pass, where a regex per cell would be three times slower."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        numbers = pc.cast(column, pa.int64())
    except pa.ArrowInvalid:
        return None
    # Two plain searches, not one ``ignore_case`` (a regex per cell, three times slower):
    # cells the cast read are ASCII, where only "x" and "X" fold to "x".
    if pc.any(pc.match_substring(column, "x")).as_py():
        return None
    if pc.any(pc.match_substring(column, "X")).as_py():
        return None
    return numbers


def arrow_from_columns(columns: Mapping[str, list[str]]) -> Any:
    import pyarrow as pa

    return pa.table({name: pa.array(values, type=pa.string()) for name, values in columns.items()})


# --- checks -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Finding:
    """Rows failing one check in one column; the note is computed for the rows shown only."""

    check: str
    column: str | None
    rows: Any  # Arrow array of 0-based data row indexes, ascending
    note: Callable[[int], str]
    order: tuple[int, int, int]  # Frictionless' order within a row: phase, field, constraint
    # Where the finding comes in ``_table_findings``' order, the same in every window.
    rank: tuple[int, ...] = ()
    # A foreign key's (target resource, target field) and the checked column, whose values
    # a later window may still find (``WindowedChecks``).
    lookup: tuple[str, str] | None = None
    cells: Any = None


def check_tables(
    tables: dict[str, Any], schemas: dict[str, dict[str, Any]], files: dict[str, str]
) -> list[Problem]:
    """Types, constraints and keys of every table, as Frictionless would report them."""
    views = {name: _TableView(table, schemas[name]) for name, table in tables.items()}
    problems: list[Problem] = []
    for resource, view in views.items():
        problems.extend(_problems(list(_table_findings(view, views)), files[resource]))
    return problems


@dataclass(slots=True)
class _Gathered:
    """One finding of one table over every window so far: the first ``SHOWN`` problems and
    the count, or, for a foreign key into a table read by windows, every dangling row
    (index, value, note) until the values are looked up in the whole target."""

    check: str
    column: str | None
    order: tuple[int, int, int]
    lookup: tuple[str, str] | None
    shown: list[tuple[int, Problem]]
    total: int = 0
    dangling: list[tuple[int, str, str]] | None = None


class WindowedChecks:
    """``check_tables`` for a package read a window of articles at a time (issue 7).

    ``whole`` tables (entities) are checked once; the others window by window, each
    window's rows numbered from ``offsets``. Findings are gathered by their place in
    ``_table_findings``' order and reported as ``_problems`` reports them for a whole table.
    The caller guarantees what a window cannot see: no blank row (the exact reader takes
    such files), and no value of a unique or primary-key column in two windows. A foreign
    key value missing from the window's target may be in another window: it is looked up
    at the end (``problems``' ``found``).
    """

    def __init__(
        self, schemas: dict[str, dict[str, Any]], files: dict[str, str], whole: dict[str, Any]
    ) -> None:
        self._schemas, self._files = schemas, files
        self._whole = {name: _TableView(table, schemas[name]) for name, table in whole.items()}
        self._gathered: dict[str, dict[tuple[int, ...], _Gathered]] = {n: {} for n in schemas}
        for name, view in self._whole.items():
            targets = {key["reference"]["resource"] for key in schemas[name].get("foreignKeys", [])}
            if not targets <= set(whole):
                raise NotWindowable(f"{name} refers to a table read by windows")
            self._gather(name, _table_findings(view, self._whole), 0, windowed=set())

    def add(self, tables: dict[str, Any], offsets: dict[str, int]) -> None:
        """Check one window: ``tables`` hold its rows of each table read by windows."""
        views = dict(self._whole)
        for name, table in tables.items():
            views[name] = _TableView(table, self._schemas[name], offsets[name])
        for name in tables:
            self._gather(name, _table_findings(views[name], views), offsets[name], set(tables))

    def _gather(
        self, name: str, findings: Iterable[_Finding], offset: int, windowed: set[str]
    ) -> None:
        import pyarrow as pa

        file = self._files[name]
        for finding in findings:
            gathered = self._gathered[name].get(finding.rank)
            if gathered is None:
                gathered = _Gathered(
                    finding.check, finding.column, finding.order, finding.lookup, []
                )
                self._gathered[name][finding.rank] = gathered
            check = f"frictionless:{finding.check}"
            if finding.lookup is not None and finding.lookup[0] in windowed:
                rows = finding.rows.to_pylist()
                values = finding.cells.take(pa.array(rows, pa.int64())).to_pylist()
                if gathered.dangling is None:
                    gathered.dangling = []
                gathered.dangling.extend(
                    (index + offset, value, finding.note(index))
                    for index, value in zip(rows, values, strict=True)
                )
                continue
            gathered.total += len(finding.rows)
            room = SHOWN - len(gathered.shown)
            for index in finding.rows.slice(0, max(room, 0)).to_pylist():
                problem = Problem(
                    check, file, finding.note(index), row=index + offset + 2, column=finding.column
                )
                gathered.shown.append((index + offset, problem))

    def problems(self, found: Callable[[str, str, set[str]], set[str]]) -> list[Problem]:
        """Every table's problems, tables in ``schemas`` order. ``found(target, field,
        values)`` tells which values some row of the whole target holds (non-empty)."""
        problems: list[Problem] = []
        for name, gathered in self._gathered.items():
            shown: list[tuple[int, tuple[int, int, int], Problem]] = []
            totals: list[Problem] = []
            for _, finding in sorted(gathered.items()):
                total = finding.total
                listed = [(index, problem) for index, problem in finding.shown]
                if finding.dangling is not None and finding.lookup is not None:
                    target, field_name = finding.lookup
                    there = found(target, field_name, {value for _, value, _ in finding.dangling})
                    missing = [item for item in finding.dangling if item[1] not in there]
                    total = len(missing)
                    listed = [
                        (index, Problem(f"frictionless:{finding.check}", self._files[name], note,
                                        row=index + 2, column=finding.column))
                        for index, _, note in missing[:SHOWN]
                    ]  # fmt: skip
                shown.extend((index, finding.order, problem) for index, problem in listed)
                if total > SHOWN:
                    totals.append(
                        Problem(
                            f"frictionless:{finding.check}",
                            self._files[name],
                            f"{total} rows fail this check; the first {SHOWN} are listed",
                            column=finding.column,
                        )
                    )
            shown.sort(key=lambda item: (item[0], item[1]))
            problems.extend([problem for _, _, problem in shown] + totals)
        return problems


class _TableView:
    """One table and the masks several checks share, each computed once per column."""

    def __init__(self, table: Any, schema: dict[str, Any], offset: int = 0) -> None:
        self.table = table
        self.schema = schema
        self.offset = offset  # data rows before this table's first (a window's place)
        self.fields = {field["name"]: field for field in schema["fields"]}
        self._missing: dict[str, Any] = {}
        self._values: dict[str, Any] = {}
        self._int64: dict[str, Any] = {}
        self._repeats: dict[str, tuple[Any, dict[int, int]] | None] = {}

    def column(self, name: str) -> Any:
        return self.table.column(name)

    def missing(self, name: str) -> Any:
        """Empty cells (``missingValues: [""]``): a length test, cheaper than ``== ""``."""
        import pyarrow.compute as pc

        if name not in self._missing:
            self._missing[name] = pc.equal(pc.binary_length(self.column(name)), 0)
        return self._missing[name]

    def values(self, name: str) -> Any:
        """Cells Frictionless reads as a value of the field's type (present, no type error)."""
        import pyarrow.compute as pc

        if name not in self._values:
            present = pc.invert(self.missing(name))
            field = self.fields[name]
            numbers = self.int64(name) if field.get("type") == "integer" else None
            self._values[name] = _typed(field, self.column(name), present, numbers)
        return self._values[name]

    def int64(self, name: str) -> Any:
        """``_int64`` of the column, once: the type check and ``minimum`` both use it."""
        if name not in self._int64:
            self._int64[name] = _int64(self.column(name))
        return self._int64[name]

    def repeats(self, name: str) -> tuple[Any, dict[int, int]] | None:
        """Rows repeating an earlier value and, for each, the previous row with that value."""
        if name not in self._repeats:
            self._repeats[name] = _repeats(self.column(name), self.values(name))
        return self._repeats[name]


def _table_findings(view: _TableView, views: dict[str, _TableView]) -> Iterable[_Finding]:
    import pyarrow.compute as pc

    blank = _blank_rows([view.missing(name) for name in view.fields])
    for position, field in enumerate(view.schema["fields"]):
        for finding in _field_findings(view, field, position):
            if blank is not None:
                finding = _without(finding, blank)
            if len(finding.rows):
                yield finding
    if blank is not None:
        yield _Finding("blank-row", None, blank, _fixed(""), (0, -1, 0), (1,))
    for position, field in enumerate(view.schema["fields"]):
        if field.get("constraints", {}).get("unique"):
            yield from _duplicates(
                view, "unique-error", field["name"], (1, position, 0), (2, position)
            )
    for name in view.schema.get("primaryKey", []):
        absent = pc.invert(view.values(name))
        if pc.any(absent).as_py():
            note = _fixed('cells composing the primary keys are all "None"')
            yield _Finding("primary-key", name, _where(absent), note, (2, 0, 0), (3, 0))
        yield from _duplicates(view, "primary-key", name, (2, 0, 0), (3, 1))
    for number, key in enumerate(view.schema.get("foreignKeys", [])):
        (name,) = key["fields"]
        target = key["reference"]["resource"]
        (target_name,) = key["reference"]["fields"]
        yield from _foreign_key(view, name, target, target_name, views[target], number)


def _field_findings(view: _TableView, field: dict[str, Any], position: int) -> list[_Finding]:
    """Type and constraint errors of one column (Frictionless checks no constraint of a
    cell that has a type error)."""
    import pyarrow.compute as pc

    name = field["name"]
    kind = field.get("type", "string")
    constraints = field.get("constraints", {})
    column, missing, typed = view.column(name), view.missing(name), view.values(name)
    findings = []
    type_error = pc.and_not(pc.invert(missing), typed)
    if pc.any(type_error).as_py():
        note = f'type is "{kind}/{field.get("format", "default")}"'
        findings.append(
            _Finding(
                "type-error",
                name,
                _where(type_error),
                _fixed(note),
                (0, position, 0),
                (0, position, 0),
            )
        )
    for order, constraint in enumerate(CONSTRAINTS[kind], start=1):
        if constraint not in constraints or constraint == "unique":
            continue
        value = constraints[constraint]
        if constraint == "required":
            failing = missing if value else None
        elif constraint == "pattern":
            failing = pc.and_not(typed, _matches(column, str(value), typed))
        elif constraint == "enum":
            failing = pc.and_not(typed, pc.is_in(column, value_set=_strings(value)))
        else:
            minimum = _frictionless_int(value)
            failing = pc.and_(typed, _below(column, typed, minimum, view.int64(name)))
        if failing is not None and pc.any(failing).as_py():
            note = f'constraint "{constraint}" is "{value}"'
            findings.append(
                _Finding(
                    "constraint-error",
                    name,
                    _where(failing),
                    _fixed(note),
                    (0, position, order),
                    (0, position, order),
                )
            )
    return findings


def _typed(field: dict[str, Any], column: Any, present: Any, numbers: Any = None) -> Any:
    """Mask of present cells that Frictionless reads as the field's type (``numbers``:
    ``_int64`` of an integer column)."""
    import pyarrow.compute as pc

    kind = field.get("type", "string")
    if kind == "string":
        return present
    if kind == "boolean":
        accepted = [
            *field.get("trueValues", DEFAULT_TRUE_VALUES),
            *field.get("falseValues", DEFAULT_FALSE_VALUES),
        ]
        return pc.and_(present, pc.is_in(column, value_set=_strings(accepted)))
    if kind == "integer":
        if numbers is not None:  # every cell an integer (so none is empty)
            return present
        plain = pc.match_substring_regex(column, _PLAIN_INTEGER)
        others = _distinct(column, pc.and_not(present, plain))
        parsed = [value for value in others if _frictionless_int(value) is not None]
        if not parsed:
            return plain
        return pc.or_(plain, pc.and_(present, pc.is_in(column, value_set=_strings(parsed))))
    dates = [value for value in _distinct(column, present) if _frictionless_date(value)]
    return pc.and_(present, pc.is_in(column, value_set=_strings(dates)))


def _frictionless_int(value: Any) -> int | None:
    """``frictionless.fields.IntegerField`` reading a cell (bareNumber true)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _frictionless_date(value: str) -> bool:
    try:
        datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        return False
    return True


def _matches(column: Any, pattern: str, typed: Any) -> Any:
    """Mask of cells matching ``^pattern$`` as Frictionless' ``re.match`` would: RE2 for
    printable ASCII cells, Python's ``re`` for the others (once per distinct value)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    anchored = f"^{pattern}$"
    try:
        plain = pc.and_(pc.string_is_ascii(column), pc.ascii_is_printable(column))
        fast = pc.and_(plain, pc.match_substring_regex(column, anchored))
    except pa.ArrowInvalid:  # a pattern RE2 cannot compile: Python decides every cell
        plain = fast = pc.is_null(column)
    regex = re.compile(anchored)
    others = _distinct(column, pc.and_not(typed, plain))
    matching = [value for value in others if regex.match(value)]
    if not matching:
        return fast
    return pc.or_(fast, pc.is_in(column, value_set=_strings(matching)))


def _below(column: Any, typed: Any, minimum: int | None, numbers: Any) -> Any:
    """Mask of integer cells below ``minimum`` (an int64 kernel for the plain cells;
    ``numbers`` is ``_int64`` of the column)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if minimum is None:
        raise UnsupportedSchema(f"minimum {minimum!r} is not an integer")
    if numbers is not None:
        return pc.less(numbers, minimum)
    plain = pc.match_substring_regex(column, _PLAIN_INTEGER)
    filled = column if pc.all(plain).as_py() else pc.if_else(plain, column, "0")
    below = pc.and_(plain, pc.less(pc.cast(filled, pa.int64()), minimum))
    others = _distinct(column, pc.and_not(typed, plain))
    low = [value for value in others if (_frictionless_int(value) or minimum) < minimum]
    if not low:
        return below
    return pc.or_(below, pc.is_in(column, value_set=_strings(low)))


def _foreign_key(
    view: _TableView,
    name: str,
    target: str,
    target_name: str,
    target_view: _TableView,
    number: int,
) -> Iterable[_Finding]:
    """Values missing from the referenced field (Frictionless skips empty cells)."""
    import pyarrow.compute as pc

    column = view.column(name)
    # Repeated values in the lookup are harmless to is_in, so no unique() pass.
    lookup = _filtered(target_view.column(target_name), target_view.values(target_name))
    dangling = pc.and_not(view.values(name), pc.is_in(column, value_set=lookup))
    if pc.any(dangling).as_py():

        def note(index: int) -> str:
            value = column[index].as_py()
            return (
                f'for "{name}": values "{value}" not found in the lookup table '
                f'"{target}" as "{target_name}"'
            )

        yield _Finding(
            "foreign-key",
            name,
            _where(dangling),
            note,
            (3, number, 0),
            (4, number),
            (target, target_name),
            column,
        )


def _duplicates(
    view: _TableView, check: str, name: str, order: tuple[int, int, int], rank: tuple[int, ...]
) -> Iterable[_Finding]:
    repeats = view.repeats(name)
    if repeats is not None:
        rows, previous = repeats

        def note(index: int) -> str:
            return f"the same as in the row at position {previous[index] + 2 + view.offset}"

        yield _Finding(check, name, rows, note, order, rank)


def _repeats(column: Any, values: Any) -> tuple[Any, dict[int, int]] | None:
    """Rows whose value an earlier row already had, with that earlier row (the latest one,
    as Frictionless remembers it); None when every value is distinct."""
    import pyarrow as pa
    import pyarrow.compute as pc

    present = _filtered(column, values)
    if len(present) < 2:
        return None
    ascending = pc.greater(present.slice(1), present.slice(0, len(present) - 1))
    if pc.all(ascending).as_py() or pc.count_distinct(present).as_py() == len(present):
        return None  # sorted by the key (every built package) or else all distinct
    seen: dict[str, int] = {}
    rows: list[int] = []
    previous: dict[int, int] = {}
    for index, (value, has_value) in enumerate(
        zip(column.to_pylist(), values.to_pylist(), strict=True)
    ):
        if not has_value:
            continue
        match = seen.get(value)
        seen[value] = index
        if match is not None:
            rows.append(index)
            previous[index] = match
    return pa.array(rows, type=pa.int64()), previous


# --- helpers ----------------------------------------------------------------------------


def _blank_rows(missing: list[Any]) -> Any:
    """Indexes of rows whose every cell is empty (Frictionless' blank-row), or None."""
    import pyarrow.compute as pc

    if not missing or not pc.any(missing[0]).as_py():
        return None
    blank = missing[0]
    for mask in missing[1:]:
        blank = pc.and_(blank, mask)
    return _where(blank) if pc.any(blank).as_py() else None


def _without(finding: _Finding, rows: Any) -> _Finding:
    """The finding minus ``rows`` (a blank row has one error, blank-row, in Frictionless)."""
    import pyarrow.compute as pc

    kept = pc.filter(finding.rows, pc.invert(pc.is_in(finding.rows, value_set=rows)))
    return replace(finding, rows=kept)


def _fixed(note: str) -> Callable[[int], str]:
    """The same note for every row."""
    return lambda index: note


def _where(mask: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(mask, pa.ChunkedArray):
        mask = mask.combine_chunks()
    return pc.indices_nonzero(mask)


def _filtered(column: Any, mask: Any) -> Any:
    """``column`` where ``mask``; no copy when the mask keeps everything."""
    import pyarrow.compute as pc

    return column if pc.all(mask).as_py() else pc.filter(column, mask)


def _distinct(column: Any, mask: Any) -> list[str]:
    import pyarrow.compute as pc

    if not pc.any(mask).as_py():
        return []
    values: list[str] = pc.unique(pc.filter(column, mask)).to_pylist()
    return values


def _strings(values: Iterable[Any]) -> Any:
    import pyarrow as pa

    return pa.array([str(value) for value in values], type=pa.string())


def _problems(findings: list[_Finding], file: str) -> list[Problem]:
    """At most ``SHOWN`` problems per finding, in Frictionless' row order, then the totals."""
    shown: list[tuple[int, tuple[int, int, int], Problem]] = []
    totals: list[Problem] = []
    for finding in findings:
        check = f"frictionless:{finding.check}"
        indexes = finding.rows.slice(0, SHOWN).to_pylist()
        for index in indexes:
            problem = Problem(
                check, file, finding.note(index), row=index + 2, column=finding.column
            )
            shown.append((index, finding.order, problem))
        if len(finding.rows) > SHOWN:
            totals.append(
                Problem(
                    check,
                    file,
                    f"{len(finding.rows)} rows fail this check; the first {SHOWN} are listed",
                    column=finding.column,
                )
            )
    shown.sort(key=lambda item: (item[0], item[1]))
    return [problem for _, _, problem in shown] + totals
