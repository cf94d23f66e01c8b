"""Rows to CSV, in the one dialect the contract fixes.

UTF-8, header row, ``\\n`` line endings, RFC 4180 minimal quoting, no BOM. Nulls are empty
cells (the Table Schemas declare ``missingValues: [""]``), booleans ``true``/``false``.
``TableWriter`` streams rows to a file, hashing and counting as it goes, so a corpus of a
million articles never has its tables in memory (issue 10).
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import IO, Any

from warta.schemas import field_names


@dataclass(frozen=True, slots=True)
class FileStats:
    """What the descriptor states about a written file."""

    sha256: str
    bytes: int
    rows: int


# Article texts are single CSV cells, so a 10 MB article is a 10 MB field: far beyond the
# csv module's default limit of 131,072 characters (issue 7).
MAX_FIELD = 2**31 - 1


def open_field_limit() -> None:
    """Let the csv module read cells as large as any article; call before reading tables."""
    csv.field_size_limit(MAX_FIELD)


def format_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _cells_of(kind: type) -> Callable[[Any], list[Any]]:
    """A row's cells, as :func:`format_cell` gives them, for rows of dataclass ``kind``.

    The hot path of writing (issue 10): one C-level ``attrgetter`` per row instead of
    ``dataclasses.astuple`` (a recursive deep copy), and ``format_cell`` only on the columns
    declared ``bool``. Every other value is handed to the csv writer as it is, which writes
    ``None`` as an empty cell and anything else (``str``, ``int``) as ``str(value)``: what
    ``format_cell`` does.
    """
    names = [f.name for f in dataclasses.fields(kind)]
    values: Callable[[Any], Any] = attrgetter(*names)
    if len(names) == 1:
        single = values
        values = lambda row: (single(row),)  # noqa: E731 (attrgetter of one gives the value)
    flagged = [i for i, f in enumerate(dataclasses.fields(kind)) if "bool" in str(f.type)]

    def cells(row: Any) -> list[Any]:
        out = list(values(row))
        for index in flagged:
            out[index] = format_cell(out[index])
        return out

    return cells


_CELLS: dict[type, Callable[[Any], list[Any]]] = {}


def row_cells(row: Any) -> list[Any]:
    """Cells of one row (a dataclass instance) for the csv writer, in field order."""
    kind = type(row)
    cells = _CELLS.get(kind)
    if cells is None:
        cells = _CELLS[kind] = _cells_of(kind)
    return cells(row)


# Rows are encoded, hashed and written in chunks of about this many characters rather than
# once per article: the bytes and their hash do not depend on where the chunks fall.
FLUSH_CHARS = 1 << 18


class TableWriter:
    """Writes one table's CSV, hashing the exact bytes written."""

    def __init__(self, path: Path, resource: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._file: IO[bytes] = path.open("wb")
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        self._digest = hashlib.sha256()
        self._bytes = 0
        self.rows = 0
        self._csv.writerow(field_names(resource))
        self._flush()

    def write(self, rows: Iterable[Any]) -> None:
        cells = [row_cells(row) for row in rows]
        self._csv.writerows(cells)
        self.rows += len(cells)
        if self._buffer.tell() >= FLUSH_CHARS:
            self._flush()

    def _flush(self) -> None:
        data = self._buffer.getvalue().encode("utf-8")
        self._buffer.seek(0)
        self._buffer.truncate()
        self._digest.update(data)
        self._bytes += len(data)
        self._file.write(data)

    def close(self) -> FileStats:
        self._flush()
        self._file.close()
        return FileStats(self._digest.hexdigest(), self._bytes, self.rows)


def render_csv(resource: str, rows: Iterable[Any]) -> bytes:
    """One table as CSV bytes; columns in Table Schema order."""
    columns = field_names(resource)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    writer.writerows(map(row_cells, rows))
    return buffer.getvalue().encode("utf-8")


def stats_of(data: bytes, rows: int) -> FileStats:
    return FileStats(hashlib.sha256(data).hexdigest(), len(data), rows)
