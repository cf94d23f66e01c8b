"""Ways to damage a built package, for the validator's tests (issue 3, issue 7)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

Rows = list[dict[str, str]]


def csv_path(package: Path, resource: str) -> Path:
    return package / "dataset" / "data" / f"{resource}.csv"


def read_table(package: Path, resource: str) -> tuple[list[str], Rows]:
    with csv_path(package, resource).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_table(package: Path, resource: str, header: list[str], rows: Rows) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    csv_path(package, resource).write_bytes(buffer.getvalue().encode("utf-8"))


def edit_descriptor(package: Path, change: Callable[[dict], None]) -> None:  # type: ignore[type-arg]
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    change(descriptor)
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def rehash(package: Path) -> None:
    """Make hash, bytes and rows match the damaged files, so only the damage itself shows."""

    def update(descriptor: dict) -> None:  # type: ignore[type-arg]
        for resource in descriptor["resources"]:
            data = (package / resource["path"]).read_bytes()
            resource["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
            resource["bytes"] = len(data)
            text = data.decode("utf-8", errors="replace")
            resource["rows"] = max(0, len(list(csv.reader(io.StringIO(text)))) - 1)

    edit_descriptor(package, update)


def edit_rows(package: Path, resource: str, change: Callable[[Rows], None]) -> None:
    """Apply ``change`` to a table's rows, write it back and re-hash the descriptor."""
    header, rows = read_table(package, resource)
    change(rows)
    write_table(package, resource, header, rows)
    rehash(package)
