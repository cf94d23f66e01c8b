"""`warta validate` passes the seed package and names the row of each damage (issue 3).

Each damage is applied to a fresh copy of the seed package; the descriptor is re-hashed
afterwards (except for the hash test) so that the check under test is the one that fires.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from damage import Rows, csv_path, edit_rows
from warta.validate import validate_package


def run_validate(package: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warta", "validate", str(package), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_seed_package_is_valid(seed_package: Path) -> None:
    result = run_validate(seed_package)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def first_mention_to_missing_entity(rows: Rows) -> None:
    rows[0]["entity_id"] = "per-nobody-at-all"


def sentence_end_off_by_one(rows: Rows) -> None:
    rows[3]["end"] = str(int(rows[3]["end"]) + 1)


def duplicate_quote_id(rows: Rows) -> None:
    rows[1]["quote_id"] = rows[0]["quote_id"]


def label_outside_enum(rows: Rows) -> None:
    rows[2]["label"] = "PERSON"


# (resource, damage, data row index damaged (0-based), column that must be named)
CASES = [
    # A sentence whose end is off by one: its text no longer equals text[start:end].
    ("sentences", sentence_end_off_by_one, 3, None),
    # A mention pointing at an entity that does not exist: a dangling foreign key.
    ("mentions", first_mention_to_missing_entity, 0, "entity_id"),
    # Two quotes with one id: the primary key is not unique.
    ("quotes", duplicate_quote_id, 1, "quote_id"),
    # A label outside the Table Schema enum.
    ("mentions", label_outside_enum, 2, "label"),
]


@pytest.mark.parametrize(("resource", "damage", "index", "column"), CASES)
def test_damage_is_reported_with_file_and_row(
    package_copy: Callable[[], Path],
    resource: str,
    damage: Callable[[Rows], None],
    index: int,
    column: str | None,
) -> None:
    package = package_copy()
    edit_rows(package, resource, damage)
    result = run_validate(package)
    assert result.returncode == 1, result.stdout
    row = index + 2  # header is row 1
    expected = f"dataset/data/{resource}.csv row {row}"
    lines = [line for line in result.stdout.splitlines() if expected in line]
    assert lines, f"no problem names {expected}:\n{result.stdout}"
    if column is not None:
        assert any(f"column {column}" in line for line in lines), lines


def test_changed_byte_is_caught_by_the_hash(package_copy: Callable[[], Path]) -> None:
    package = package_copy()
    path = csv_path(package, "entities")
    data = bytearray(path.read_bytes())
    data[-3] = ord("X") if data[-3] != ord("X") else ord("Y")
    path.write_bytes(bytes(data))
    report = validate_package(package)
    assert not report.valid
    checks = {(p.check, p.file) for p in report.problems}
    assert ("hash", "dataset/data/entities.csv") in checks


def test_json_report_is_machine_readable(package_copy: Callable[[], Path]) -> None:
    package = package_copy()
    edit_rows(package, "quotes", duplicate_quote_id)
    result = run_validate(package, "--json")
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert any(p["file"] == "dataset/data/quotes.csv" and p["row"] == 3 for p in report["problems"])
