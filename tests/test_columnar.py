"""The columnar engine reports what Frictionless reports (issue 7, "Speed").

Three layers: every damaged package of the mutation suite gets the same report from both
engines; Frictionless itself and ``warta.columnar`` agree cell by cell on small tables made
of the cells where a vectorized kernel and Python could differ; and the fast CSV reader
either reads a file exactly as Python's strict ``csv`` does or hands it to the exact reader.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from test_mutations import CASES, Case
from warta.columnar import arrow_from_columns, check_tables, read_plain_csv, unsupported
from warta.validate import Problem, validate_package


def comparable(problems: list[Problem]) -> list[tuple[str, str, int | None, str | None, str]]:
    """Problems as data, in a stable order (the engines may list rows differently)."""
    return sorted(((p.check, p.file, p.row, p.column, p.message) for p in problems), key=repr)


def test_seed_package_is_valid_under_both_engines(seed_package: Path) -> None:
    for engine in ("frictionless", "columnar"):
        report = validate_package(seed_package, engine=engine)
        assert report.valid, (engine, [str(p) for p in report.problems])
    assert "frictionless-columnar" in validate_package(seed_package, engine="columnar").checks


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_engines_agree_on_every_damage(package_copy: Callable[[], Path], case: Case) -> None:
    """Same verdict, same problems (check, file, row, column, message), the damage named."""
    package = package_copy()
    case.damage(package)
    reports = {
        engine: validate_package(package, engine=engine) for engine in ("frictionless", "columnar")
    }
    for engine, report in reports.items():
        assert not report.valid, engine
        named = [
            p
            for p in report.problems
            if p.file == case.file and (case.row is None or p.row == case.row)
        ]
        assert any(case.check in p.check for p in named), (engine, [str(p) for p in named])
    assert comparable(reports["frictionless"].problems) == comparable(reports["columnar"].problems)


# --- cell by cell against Frictionless --------------------------------------------------

SCHEMA: dict[str, Any] = {
    "fields": [
        {"name": "id", "type": "string", "constraints": {"required": True, "unique": True}},
        {"name": "count", "type": "integer", "constraints": {"minimum": 0}},
        {"name": "day", "type": "date"},
        {"name": "flag", "type": "boolean", "trueValues": ["true"], "falseValues": ["false"]},
        {"name": "slug", "type": "string", "constraints": {"pattern": "^[a-z0-9][a-z0-9-]*$"}},
        {"name": "url", "type": "string", "constraints": {"pattern": "^https?://\\S+$"}},
        {"name": "kind", "type": "string", "constraints": {"enum": ["direct", "indirect"]}},
    ],
    "primaryKey": ["id"],
    "missingValues": [""],
}

# Each row exercises one cell a kernel could read differently from Frictionless' Python.
ROWS = [
    ["a", "1", "2024-01-05", "true", "ok", "https://x.id/a", "direct"],  # all valid
    ["b", " 7", "", "", "", "", ""],  # int() strips spaces: valid for Frictionless
    ["c", "+5", "", "", "", "", ""],  # a sign int() accepts
    ["d", "0x1F", "", "", "", "", ""],  # Arrow's cast reads hex, int() does not
    ["e", "1_000", "", "", "", "", ""],  # int() accepts underscores
    ["f", "٥", "", "", "", "", ""],  # an Arabic-Indic digit: int() accepts it
    ["g", "-3", "", "", "", "", ""],  # below the minimum
    ["h", "99999999999999999999", "", "", "", "", ""],  # beyond int64
    ["i", "", "2024-1-5", "", "", "", ""],  # strptime accepts single digits
    ["j", "", "2023-02-30", "", "", "", ""],  # no such day
    ["k", "", "", "True", "", "", ""],  # not a declared true value
    ["l", "", "", "", "ok\n", "", ""],  # Python's $ matches before a final newline
    ["m", "", "", "", "Ok", "", ""],  # outside the pattern
    ["n", "", "", "", "", "https://x.id/\u00a0a", ""],  # \S: NBSP is Unicode whitespace
    ["o", "", "", "", "", "https://x.id/é", ""],  # \S: é is not whitespace
    ["p", "", "", "", "", "", "hearsay"],  # outside the enum
    ["a", "", "", "", "", "", ""],  # duplicate id: unique-error and primary-key
    ["", "", "", "", "", "", ""],  # blank row
    ["", "1", "", "", "", "", ""],  # missing required id: constraint and primary-key
]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def frictionless_problems(descriptor: dict[str, Any], root: Path) -> list[tuple[Any, ...]]:
    from frictionless import Package

    (root / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = Package(str(root / "datapackage.json")).validate()
    found = []
    for task in report.tasks:
        for error in task.errors:
            column = getattr(error, "field_name", None) or ", ".join(
                getattr(error, "field_names", None) or []
            )
            found.append((task.name, error.type, error.row_number, column or None, error.note))
    return sorted(found, key=repr)


def read_table(path: Path, header: list[str]) -> Any:
    """As ``validate`` does: the fast reader, else Python's csv (here: the blank row)."""
    table = read_plain_csv(path, header)
    if table is not None:
        return table
    rows = python_rows(path.read_bytes())
    assert rows is not None and rows[0] == header
    return arrow_from_columns(
        dict(zip(header, map(list, zip(*rows[1:], strict=True)), strict=True))
    )


def columnar_problems(descriptor: dict[str, Any], root: Path) -> list[tuple[Any, ...]]:
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"]}
    tables = {
        r["name"]: read_table(root / r["path"], [f["name"] for f in r["schema"]["fields"]])
        for r in descriptor["resources"]
    }
    files = {name: name for name in tables}
    found = []
    for problem in check_tables(tables, schemas, files):
        check = problem.check.removeprefix("frictionless:")
        column = problem.column if check not in {"primary-key", "blank-row"} else None
        found.append((problem.file, check, problem.row, column, problem.message))
    return sorted(found, key=repr)


def test_cells_are_read_as_frictionless_reads_them(tmp_path: Path) -> None:
    header = [field["name"] for field in SCHEMA["fields"]]
    write_csv(tmp_path / "cells.csv", header, ROWS)
    descriptor = {
        "name": "cells",
        "resources": [{"name": "cells", "path": "cells.csv", "schema": SCHEMA}],
    }
    expected = frictionless_problems(descriptor, tmp_path)
    assert len(expected) > 10  # the table above really is full of problems
    assert columnar_problems(descriptor, tmp_path) == expected


def test_foreign_keys_as_frictionless(tmp_path: Path) -> None:
    """Empty references are skipped; a value absent from the referenced field is named."""
    parent = {"fields": [{"name": "id", "type": "string"}], "primaryKey": ["id"]}
    child = {
        "fields": [{"name": "id", "type": "string"}, {"name": "parent_id", "type": "string"}],
        "primaryKey": ["id"],
        "foreignKeys": [
            {"fields": ["parent_id"], "reference": {"resource": "parents", "fields": ["id"]}}
        ],
    }
    write_csv(tmp_path / "parents.csv", ["id"], [["p1"], ["p2"]])
    write_csv(
        tmp_path / "children.csv", ["id", "parent_id"], [["c1", "p1"], ["c2", ""], ["c3", "p9"]]
    )
    descriptor = {
        "name": "keys",
        "resources": [
            {"name": "parents", "path": "parents.csv", "schema": parent},
            {"name": "children", "path": "children.csv", "schema": child},
        ],
    }
    expected = frictionless_problems(descriptor, tmp_path)
    assert [(e[1], e[2]) for e in expected] == [("foreign-key", 4)]
    assert columnar_problems(descriptor, tmp_path) == expected


def test_problems_are_capped_per_column(tmp_path: Path) -> None:
    """A column broken on every row lists the first rows and one line with the total."""
    write_csv(tmp_path / "t.csv", ["n"], [[f"x{i}"] for i in range(50)])
    schema = {"fields": [{"name": "n", "type": "integer"}]}
    table = read_plain_csv(tmp_path / "t.csv", ["n"])
    problems = check_tables({"t": table}, {"t": schema}, {"t": "t.csv"})
    assert [p.row for p in problems[:20]] == list(range(2, 22))
    assert len(problems) == 21
    assert problems[-1].row is None and "50 rows" in problems[-1].message
    assert all(p.check == "frictionless:type-error" for p in problems)


def test_unsupported_schemas_are_refused_not_checked_less() -> None:
    assert unsupported({"t": {"fields": [{"name": "n", "type": "number"}]}}) is not None
    assert unsupported({"t": {"fields": [{"name": "n", "constraints": {"maxLength": 3}}]}})
    dangling = {
        "fields": [{"name": "id"}],
        "foreignKeys": [{"fields": ["id"], "reference": {"resource": "u", "fields": ["nope"]}}],
    }
    assert unsupported({"t": dangling, "u": {"fields": [{"name": "id"}]}}) is not None
    assert unsupported({"t": SCHEMA}) is None


# --- the fast reader --------------------------------------------------------------------

# Each file is one way pyarrow could read differently from Python's strict csv.
TRICKY_FILES = [
    b'a,b\n"x"y,z\n',  # text after a closing quote: csv raises, pyarrow reads "xy"
    b'a,b\n"x" ,z\n',  # a space after the closing quote
    b"a,b\n\n1,2\n",  # a blank line: csv sees no cells, pyarrow two empty ones
    b'a,b\nx"y,z\n',  # a quote inside an unquoted field (csv keeps it)
    b'a,b\n"x,z\n',  # a quote never closed
    b"\xef\xbb\xbfa,b\n1,2\n",  # a BOM, which pyarrow drops silently
    b"a,b\r\n1,2\r\n",  # \r\n line endings
    b"a,b\n\xff,2\n",  # not UTF-8
    b"a,b\n1\n",  # a missing cell
    b'a,b\n"1\n""2""",3\n',  # a newline and doubled quotes inside a quoted cell: plain
    b'a,b\n"",""\n',  # empty quoted cells (a blank row for Frictionless)
    b"a,b\n1,2",  # no final newline: plain
    b"a,b\n\xed\xa0\x80,2\n",  # an encoded surrogate: not UTF-8 for Python
]


def python_rows(data: bytes) -> list[list[str]] | None:
    try:
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):
            return None
        return list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error):
        return None


@pytest.mark.parametrize("data", TRICKY_FILES)
def test_fast_reader_reads_as_csv_or_declines(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    table = read_plain_csv(path, ["a", "b"])
    if table is None:
        return  # validate._read_csv decides, as for every engine
    rows = python_rows(data)
    assert rows is not None, "pyarrow read a file Python's csv rejects"
    assert [table.column_names, *map(list, zip(*table.to_pydict().values(), strict=True))] == rows


def test_fast_reader_takes_the_plain_files(tmp_path: Path) -> None:
    """The files a build writes are read by pyarrow, not handed to the slow reader."""
    for data in (TRICKY_FILES[9], TRICKY_FILES[11]):
        path = tmp_path / "t.csv"
        path.write_bytes(data)
        assert read_plain_csv(path, ["a", "b"]) is not None


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["12", "-3", "0"], [12, -3, 0]),
        (["1", "0x1F"], None),  # Arrow's cast reads hex, int() does not
        (["1", "0X1F"], None),
        (["1", ""], None),
        (["1", "+5"], None),
    ],
)
def test_plain_ints_are_those_int_reads(cells: list[str], expected: list[int] | None) -> None:
    """The two plain searches for ``x`` and ``X`` decline what the ``ignore_case`` one did."""
    import pyarrow as pa

    from warta.columnar import plain_ints

    assert plain_ints(pa.array(cells, pa.string())) == expected
