"""Rows to CSV bytes, in the one dialect the contract fixes.

UTF-8, header row, ``\\n`` line endings, RFC 4180 minimal quoting, no BOM. Nulls are empty
cells (the Table Schemas declare ``missingValues: [""]``), booleans ``true``/``false``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable
from typing import Any

from warta.records import Tables
from warta.schemas import RESOURCES, field_names


def format_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render_csv(resource: str, rows: Iterable[Any]) -> bytes:
    """One table as CSV bytes; columns in Table Schema order."""
    columns = field_names(resource)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        values = dataclasses.astuple(row)
        writer.writerow([format_cell(value) for value in values])
    return buffer.getvalue().encode("utf-8")


def render_tables(tables: Tables) -> dict[str, bytes]:
    """Every resource's CSV bytes, keyed by resource name."""
    return {resource: render_csv(resource, getattr(tables, resource)) for resource in RESOURCES}


def row_counts(tables: Tables) -> dict[str, int]:
    return {resource: len(getattr(tables, resource)) for resource in RESOURCES}
