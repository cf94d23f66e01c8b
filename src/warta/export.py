"""Parquet copies of the package's tables (issue 8): one zstd file per table.

Types come from the Table Schemas, never from inference (PITFALLS.md #1): ``string`` →
``string``, ``integer`` → ``int64``, ``boolean`` → ``bool`` and ``date`` → ``date32``
(a real date: Parquet readers get a date column instead of a string to parse; the CSV
and the Hugging Face configs keep ISO 8601 strings). Rows keep the CSV order (sorted by
primary key), an empty cell is a null (``missingValues: [""]``), and a null in a
required or primary-key column is an error, not a silent null.

Only data that matches the descriptor is exported: each CSV's sha256 is checked first, so
a Parquet file can never hold rows the validated package does not.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.errors import WartaError
from warta.package import DESCRIPTOR, sha256_hex
from warta.tables import open_field_limit, part_paths, read_resource

PARQUET_DIR = "dataset/parquet"
COMPRESSION = "zstd"
# Table Schema's default boolean spellings (our writer emits `true`/`false`).
TRUE_VALUES = frozenset({"true", "True", "TRUE", "1"})
FALSE_VALUES = frozenset({"false", "False", "FALSE", "0"})


class ExportError(WartaError):
    """A table cannot be exported as its schema says (stale hash, bad cell)."""


def parquet_path(resource: str) -> str:
    """Where a table's Parquet file goes, relative to a bundle root."""
    return f"{PARQUET_DIR}/{resource}.parquet"


def read_descriptor(package_dir: Path) -> dict[str, Any]:
    path = package_dir / DESCRIPTOR
    try:
        descriptor: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExportError(f"{path}: not found (is {package_dir} a Warta package?)") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExportError(f"{path}: not valid JSON ({error})") from None
    return descriptor


def export_parquet(package_dir: Path, out_dir: Path) -> dict[str, Path]:
    """Write ``<out_dir>/<table>.parquet`` for every resource; returns the paths by table."""
    descriptor = read_descriptor(package_dir)
    written: dict[str, Path] = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    for resource in descriptor["resources"]:
        target = out_dir / f"{resource['name']}.parquet"
        target.write_bytes(parquet_bytes(package_dir, resource))
        written[resource["name"]] = target
    return written


def parquet_bytes(package_dir: Path, resource: dict[str, Any]) -> bytes:
    """One resource as Parquet bytes (deterministic for a given pyarrow version)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = read_resource(lambda relative: (package_dir / relative).read_bytes(), resource)
    # The file, or its shards (then rows count across them, as in the descriptor).
    where = ", ".join(part_paths(resource))
    if f"sha256:{sha256_hex(data)}" != resource["hash"]:
        raise ExportError(
            f"{where}: sha256 differs from datapackage.json; "
            "rebuild or validate the package before exporting"
        )
    fields = resource["schema"]["fields"]
    required = _required_columns(resource["schema"])
    columns: dict[str, list[Any]] = {f["name"]: [] for f in fields}
    open_field_limit()
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader, [])
    if header != list(columns):
        raise ExportError(f"{where} row 1: header {header} != schema {list(columns)}")
    for row_number, row in enumerate(reader, start=2):
        for field, cell in zip(fields, row, strict=True):
            name = field["name"]
            if cell == "":
                if name in required:
                    raise ExportError(
                        f"{where} row {row_number} column {name}: empty cell in a required column"
                    )
                columns[name].append(None)
                continue
            try:
                columns[name].append(PARSERS[field["type"]](cell))
            except ValueError as error:
                raise ExportError(f"{where} row {row_number} column {name}: {error}") from None
    schema = pa.schema(
        [
            pa.field(
                f["name"],
                arrow_type(f["type"]),
                nullable=f["name"] not in required,
                metadata={"description": f.get("description", "")},
            )
            for f in fields
        ]
    )
    table = pa.Table.from_pydict(columns, schema=schema)
    buffer = pa.BufferOutputStream()
    pq.write_table(table, buffer, compression=COMPRESSION)
    result: bytes = buffer.getvalue().to_pybytes()
    return result


def _required_columns(schema: dict[str, Any]) -> set[str]:
    """Columns that may not be null: ``required``, and every primary-key column."""
    required = {
        f["name"] for f in schema["fields"] if f.get("constraints", {}).get("required") is True
    }
    return required | set(schema.get("primaryKey", []))


def _boolean(cell: str) -> bool:
    if cell in TRUE_VALUES:
        return True
    if cell in FALSE_VALUES:
        return False
    raise ValueError(f"{cell!r} is not a boolean (true/false)")


def _integer(cell: str) -> int:
    # Python's int() also takes " 12" and "1_000"; Table Schema does not.
    if not INTEGER.fullmatch(cell):
        raise ValueError(f"{cell!r} is not an integer")
    value = int(cell)
    if not -(2**63) <= value < 2**63:
        raise ValueError(f"{cell} does not fit int64")
    return value


def _date(cell: str) -> datetime.date:
    # fromisoformat alone would also take "20250101"; Table Schema's default is YYYY-MM-DD.
    if not DATE.fullmatch(cell):
        raise ValueError(f"{cell!r} is not a date (YYYY-MM-DD)")
    return datetime.date.fromisoformat(cell)


INTEGER = re.compile(r"[+-]?[0-9]+")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
PARSERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": _integer,
    "boolean": _boolean,
    "date": _date,
}


def arrow_type(table_schema_type: str) -> Any:
    """The Arrow type of a Table Schema type (see the module doc for ``date``)."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }
    return types[table_schema_type]
