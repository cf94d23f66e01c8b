"""Parquet export (issue 8): the same rows as the CSV, typed from the Table Schemas."""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.export import PARSERS, ExportError, export_parquet
from warta.package import sha256_hex
from warta.schemas import RESOURCES, table_schema

# What each Table Schema type becomes in Arrow (the module doc of warta.export says why
# `date` is date32 and not a string).
ARROW_TYPES = {"string": "string", "integer": "int64", "boolean": "bool", "date": "date32[day]"}


@pytest.fixture(scope="module")
def parquet_dir(seed_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parquet")
    export_parquet(seed_package, out)
    return out


def csv_rows(package: Path, resource: str) -> list[dict[str, str]]:
    path = package / "dataset" / "data" / f"{resource}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def as_csv_cell(value: Any) -> str:
    """A Parquet value written back the way tables.py writes CSV cells."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


@pytest.mark.parametrize("resource", RESOURCES)
def test_parquet_holds_the_csv_rows_in_order(
    seed_package: Path, parquet_dir: Path, resource: str
) -> None:
    import pyarrow.parquet as pq

    rows = pq.read_table(parquet_dir / f"{resource}.parquet").to_pylist()
    expected = csv_rows(seed_package, resource)
    assert len(rows) == len(expected) > 0
    assert [{k: as_csv_cell(v) for k, v in row.items()} for row in rows] == expected


@pytest.mark.parametrize("resource", RESOURCES)
def test_parquet_types_and_nullability_follow_the_table_schema(
    parquet_dir: Path, resource: str
) -> None:
    import pyarrow.parquet as pq

    schema = pq.read_schema(parquet_dir / f"{resource}.parquet")
    table = table_schema(resource)
    assert schema.names == [f["name"] for f in table["fields"]]
    for field in table["fields"]:
        arrow = schema.field(field["name"])
        assert str(arrow.type) == ARROW_TYPES[field["type"]], field["name"]
        required = field.get("constraints", {}).get("required") or (
            field["name"] in table["primaryKey"]
        )
        assert arrow.nullable is not required, field["name"]


def test_parquet_is_zstd_and_reproducible(
    seed_package: Path, parquet_dir: Path, tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    again = export_parquet(seed_package, tmp_path)
    for resource, path in again.items():
        assert path.read_bytes() == (parquet_dir / f"{resource}.parquet").read_bytes()
        metadata = pq.ParquetFile(path).metadata
        assert metadata.row_group(0).column(0).compression == "ZSTD"


def test_export_refuses_a_csv_the_descriptor_does_not_describe(
    package_copy: Callable[[], Path], tmp_path: Path
) -> None:
    """Exporting unvalidated bytes would put rows on the Hub the package never had."""
    package = package_copy()
    path = package / "dataset" / "data" / "quotes.csv"
    path.write_bytes(path.read_bytes().replace(b"direct", b"DIRECT", 1))
    with pytest.raises(ExportError, match=r"dataset/data/quotes\.csv: sha256 differs"):
        export_parquet(package, tmp_path / "out")


def test_a_null_in_a_required_column_names_row_and_column(
    package_copy: Callable[[], Path], tmp_path: Path
) -> None:
    """Even with a matching hash, an empty required cell never becomes a Parquet null."""
    package = package_copy()
    path = package / "dataset" / "data" / "entities.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    cells = lines[1].split(",")
    cells[1] = ""  # `name` is required
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    descriptor_path = package / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "entities":
            resource["hash"] = f"sha256:{sha256_hex(path.read_bytes())}"
    descriptor_path.write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(ExportError, match=r"entities\.csv row 2 column name: empty cell"):
        export_parquet(package, tmp_path / "out")


def test_cli_export_parquet(seed_package: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["export", "parquet", str(seed_package), "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{r}.parquet" for r in RESOURCES)


def test_cli_export_without_a_package_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "parquet", str(tmp_path)])
    assert result.exit_code == 2
    assert "datapackage.json: not found" in result.output


def test_a_date_becomes_a_date32_value(package_copy: Callable[[], Path], tmp_path: Path) -> None:
    """The seed has no publication date, so set one (and its hash) to see the date type."""
    import pyarrow.parquet as pq

    package = package_copy()
    path = package / "dataset" / "data" / "articles.csv"
    rows = csv_rows(package, "articles")
    rows[0]["published"] = "2025-01-02"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    descriptor_path = package / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    descriptor["resources"][0]["hash"] = f"sha256:{sha256_hex(path.read_bytes())}"
    descriptor_path.write_text(json.dumps(descriptor), encoding="utf-8")
    written = export_parquet(package, tmp_path / "out")
    (article,) = pq.read_table(written["articles"]).to_pylist()
    assert article["published"] == datetime.date(2025, 1, 2)


@pytest.mark.parametrize(
    ("kind", "cell"),
    [
        ("integer", "1_000"),  # Python's int() takes it, Table Schema does not
        ("integer", " 12"),  # nor surrounding spaces
        ("integer", str(2**63)),  # past int64
        ("date", "20250102"),  # ISO basic format: fromisoformat takes it, Table Schema not
        ("boolean", "yes"),  # not one of Table Schema's default true/false values
    ],
)
def test_cells_frictionless_would_reject_are_rejected(kind: str, cell: str) -> None:
    with pytest.raises(ValueError):
        PARSERS[kind](cell)
