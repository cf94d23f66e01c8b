"""Rows to CSV, in the one dialect the contract fixes.

UTF-8, header row, ``\\n`` line endings, RFC 4180 minimal quoting, no BOM. Nulls are empty
cells (the Table Schemas declare ``missingValues: [""]``), booleans ``true``/``false``.
``TableWriter`` streams rows to a file, hashing and counting as it goes, so a corpus of a
million articles never has its tables in memory (issue 10).

A large table may be split into shards (``sentences-00000-of-00004.csv``), each a complete
CSV with its header, so that Hugging Face reads every shard on its own. Frictionless reads
the shards of a multipart resource as one stream with the header only once (its
``MultipartLoader`` drops the first line of every later part), so the descriptor's
``hash``, ``bytes`` and ``rows`` are those of that stream: ``read_resource`` gives the same
bytes to every reader here.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import IO, Any

from warta.schemas import field_names


@dataclass(frozen=True, slots=True)
class FileStats:
    """What the descriptor states about a written table: ``sha256`` and ``bytes`` of its
    stream (one file, or the shards with the header once), its data rows, and the files
    (paths relative to the package) that hold it."""

    sha256: str
    bytes: int
    rows: int
    paths: tuple[str, ...] = ()


# Rows per CSV file before a table is sharded: a million rows is 100-300 MB of CSV, a size
# the Hugging Face Hub and pandas handle well per file. The seed is far below it.
SHARD_ROWS = 1_000_000

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


def _quoted(cell: str) -> str:
    """A cell as ``csv.writer`` with ``QUOTE_MINIMAL`` and ``lineterminator="\\n"`` writes
    it: quoted, inner quotes doubled, when it holds a comma, a quote or a line feed (this
    Python's csv leaves a lone ``\\r`` bare; no text has one, newlines are normalized)."""
    if "," in cell or '"' in cell or "\n" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_record(cells: Sequence[str]) -> str:
    """One CSV record, line ending excluded: byte for byte what ``csv.writer`` writes."""
    if len(cells) == 1 and not cells[0]:
        return '""'  # csv quotes a lone empty cell: the record would be a blank line
    return ",".join(map(_quoted, cells))


def _records_of(kind: type) -> Callable[[Any], str]:
    """The CSV record of a row of dataclass ``kind``: :func:`csv_record` of its values,
    each cell as :func:`format_cell` gives it.

    The hot path of writing (issue 10). ``csv.writer`` tests every character of every cell
    one by one, which was most of the writing time on article and sentence texts. Here the
    values come from one C-level ``attrgetter``, only the columns not declared ``str`` are
    converted, and the joined record is searched once with ``str`` methods: holding no
    comma but its separators, no quote and no line feed, it needs no quoting. Only a
    record that does (a text with a comma, mostly) is joined again, cell by cell quoted.
    """
    fields = dataclasses.fields(kind)
    values: Callable[[Any], Any] = attrgetter(*(f.name for f in fields))
    if len(fields) == 1:
        single = values
        values = lambda row: (single(row),)  # noqa: E731 (attrgetter of one gives the value)
    numbers = [index for index, f in enumerate(fields) if f.type in (int, "int")]
    others = [index for index, f in enumerate(fields) if f.type not in (str, "str", int, "int")]

    def record(row: Any) -> str:
        cells = list(values(row))
        for index in numbers:
            cells[index] = str(cells[index])
        for index in others:  # optional values and flags
            cells[index] = format_cell(cells[index])
        joined = ",".join(cells)
        # (an empty record is one empty cell, which csv quotes)
        if joined and joined.count(",") < len(cells) and '"' not in joined and "\n" not in joined:
            return joined
        return csv_record(cells)

    return record


_RECORDS: dict[type, Callable[[Any], str]] = {}


def row_record(row: Any) -> str:
    """The CSV record of one row (a dataclass instance), columns in field order."""
    kind = type(row)
    record = _RECORDS.get(kind)
    if record is None:
        record = _RECORDS[kind] = _records_of(kind)
    return record(row)


# Records are encoded, hashed and written in chunks of about this many characters rather
# than once per article: the bytes and their hash do not depend on where the chunks fall.
FLUSH_CHARS = 1 << 18


class TableWriter:
    """Writes one table's CSV, hashing the exact bytes written.

    With ``shard_rows``, a file holds at most that many data rows and the next rows go to a
    new shard; a table that fits in one file keeps the plain name (``mentions.csv``).
    Shards are named when the table is closed, because only then is their count known.
    """

    def __init__(
        self, root: Path, relative: str, resource: str, shard_rows: int | None = None
    ) -> None:
        if shard_rows is not None and shard_rows < 1:
            raise ValueError(f"shard_rows must be at least 1, not {shard_rows}")
        self.root = root
        self.relative = relative
        self.rows = 0
        self._shard_rows = shard_rows
        self._header = _csv_line(field_names(resource))
        self._records: list[str] = []  # not yet flushed, line endings excluded
        self._chars = 0
        self._digest = hashlib.sha256(self._header)
        self._bytes = len(self._header)
        self._parts: list[Path] = []
        self._file: IO[bytes] | None = None
        self._part_rows = 0
        self._open_part()

    def write(self, rows: Iterable[Any]) -> None:
        records = [row_record(row) for row in rows]
        while records:
            if self._shard_rows is not None and self._part_rows == self._shard_rows:
                self._flush()
                self._open_part()
            room = len(records) if self._shard_rows is None else self._shard_rows - self._part_rows
            taken = records[:room]
            self._records.extend(taken)
            self._chars += sum(map(len, taken))
            self.rows += len(taken)
            self._part_rows += len(taken)
            records = records[room:]
        if self._chars >= FLUSH_CHARS:
            self._flush()

    def _open_part(self) -> None:
        if self._file is not None:
            self._file.close()
        path = self.root / f"{self.relative}.part{len(self._parts):05d}"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._parts.append(path)
        self._file = path.open("wb")
        self._file.write(self._header)  # every shard is a CSV of its own
        self._part_rows = 0

    def _flush(self) -> None:
        if not self._records:
            return
        data = ("\n".join(self._records) + "\n").encode("utf-8")
        self._records.clear()
        self._chars = 0
        self._digest.update(data)
        self._bytes += len(data)
        assert self._file is not None
        self._file.write(data)

    def close(self) -> FileStats:
        self._flush()
        assert self._file is not None
        self._file.close()
        names = shard_paths(self.relative, len(self._parts))
        for part, name in zip(self._parts, names, strict=True):
            os.replace(part, self.root / name)
        return FileStats(self._digest.hexdigest(), self._bytes, self.rows, tuple(names))


def shard_paths(relative: str, count: int) -> list[str]:
    """``dir/name.csv`` for one file; ``dir/name-00000-of-00004.csv`` … for shards (the
    Hugging Face naming, which its loaders and the Hub viewer recognize)."""
    if count == 1:
        return [relative]
    stem, dot, suffix = relative.rpartition(".")
    return [f"{stem}-{index:05d}-of-{count:05d}{dot}{suffix}" for index in range(count)]


def part_paths(resource: Mapping[str, Any]) -> list[str]:
    """The files of a descriptor resource: ``path`` is one string or a multipart list."""
    path = resource["path"]
    return [path] if isinstance(path, str) else list(path)


def read_resource(read: Callable[[str], bytes], resource: Mapping[str, Any]) -> bytes:
    """A resource's bytes as Frictionless reads them: its files joined, every shard's
    header line after the first dropped. ``read`` maps a relative path to its bytes (a
    directory or a git revision)."""
    chunks = []
    for index, relative in enumerate(part_paths(resource)):
        data = read(relative)
        chunks.append(data if index == 0 else data[data.find(b"\n") + 1 :])
    return b"".join(chunks)


def _csv_line(values: list[str]) -> bytes:
    return (csv_record(values) + "\n").encode("utf-8")


def render_csv(resource: str, rows: Iterable[Any]) -> bytes:
    """One table as CSV bytes; columns in Table Schema order."""
    records = [csv_record(field_names(resource))]
    records.extend(map(row_record, rows))
    return ("\n".join(records) + "\n").encode("utf-8")


def stats_of(data: bytes, rows: int, path: str) -> FileStats:
    """The stats of one table held in memory, to be written to ``path``."""
    return FileStats(hashlib.sha256(data).hexdigest(), len(data), rows, (path,))
