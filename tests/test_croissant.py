"""croissant.json (issue 8): valid Croissant 1.1 that the real mlcroissant loads.

``mlcroissant validate`` never reads data or checks ``key`` (PITFALLS.md #10), so besides
validating, every RecordSet is loaded (which re-checks each file's sha256) and compared
with the CSV, and keys and references are checked against the Table Schemas here.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from warta.croissant import CONFORMS_TO, DATA_TYPES, croissant_document, render_croissant
from warta.schemas import RESOURCES


@pytest.fixture(scope="module")
def croissant_package(seed_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seed package with croissant.json written as build will write it."""
    package = tmp_path_factory.mktemp("croissant") / "package"
    shutil.copytree(seed_package, package)
    (package / "croissant.json").write_bytes(render_croissant(descriptor_of(package)))
    return package


def descriptor_of(package: Path) -> dict[str, Any]:
    descriptor: dict[str, Any] = json.loads((package / "datapackage.json").read_text("utf-8"))
    return descriptor


def document_of(package: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((package / "croissant.json").read_text("utf-8"))
    return document


def csv_rows(package: Path, resource: str) -> list[dict[str, str]]:
    path = package / "dataset" / "data" / f"{resource}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_mlcroissant_validate_cli_passes(croissant_package: Path) -> None:
    mlcroissant = Path(sys.executable).parent / "mlcroissant"
    result = subprocess.run(
        [str(mlcroissant), "validate", "--jsonld", str(croissant_package / "croissant.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "error" not in result.stderr.lower(), result.stderr[-2000:]


def test_every_record_set_loads_with_the_csv_rows(croissant_package: Path) -> None:
    """mlcroissant reads each CSV (verifying its sha256) and yields one record per row."""
    import mlcroissant as mlc

    dataset = mlc.Dataset(jsonld=str(croissant_package / "croissant.json"))
    for resource in RESOURCES:
        records = list(dataset.records(record_set=resource))
        rows = csv_rows(croissant_package, resource)
        assert len(records) == len(rows) > 0, resource
        key = f"{resource}/{next(iter(rows[0]))}"  # the first column is the primary key
        assert [r[key].decode("utf-8") for r in records] == [
            row[next(iter(row))] for row in rows
        ], resource


def test_a_changed_byte_fails_mlcroissant_load(croissant_package: Path, tmp_path: Path) -> None:
    """The FileObject hashes are live: a CSV edited after the build does not load."""
    import mlcroissant as mlc

    package = tmp_path / "package"
    shutil.copytree(croissant_package, package)
    path = package / "dataset" / "data" / "quotes.csv"
    path.write_bytes(path.read_bytes().replace(b"direct", b"DIRECT", 1))
    dataset = mlc.Dataset(jsonld=str(package / "croissant.json"))
    with pytest.raises(mlc.GenerationError) as failure:
        list(dataset.records(record_set="quotes"))
    cause = failure.value.__cause__ or failure.value.__context__
    assert "Hash of downloaded file" in str(cause), str(cause)


def test_file_objects_carry_the_descriptor_hashes_and_sizes(croissant_package: Path) -> None:
    descriptor = descriptor_of(croissant_package)
    files = {f["contentUrl"]: f for f in document_of(croissant_package)["distribution"]}
    assert sorted(files) == sorted(r["path"] for r in descriptor["resources"])
    for resource in descriptor["resources"]:
        file_object = files[resource["path"]]
        assert f"sha256:{file_object['sha256']}" == resource["hash"]
        assert file_object["contentSize"] == f"{resource['bytes']} B"
        assert file_object["encodingFormat"] == "text/csv"


def test_ids_are_unique_across_file_objects_record_sets_and_fields(
    croissant_package: Path,
) -> None:
    """A FileObject and a RecordSet sharing an @id crashed mlcroissant (PITFALLS.md #10)."""
    document = document_of(croissant_package)
    ids = [f["@id"] for f in document["distribution"]]
    for record_set in document["recordSet"]:
        ids.append(record_set["@id"])
        ids += [field["@id"] for field in record_set["field"]]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_fields_keys_and_references_follow_the_table_schemas(croissant_package: Path) -> None:
    descriptor = descriptor_of(croissant_package)
    record_sets = {r["@id"]: r for r in document_of(croissant_package)["recordSet"]}
    assert list(record_sets) == list(RESOURCES)
    for resource in descriptor["resources"]:
        name, schema = resource["name"], resource["schema"]
        record_set = record_sets[name]
        fields = {f["name"]: f for f in record_set["field"]}
        assert list(fields) == [f["name"] for f in schema["fields"]]
        for field in schema["fields"]:
            assert fields[field["name"]]["dataType"] == DATA_TYPES[field["type"]]
            source = fields[field["name"]]["source"]
            assert source == {
                "fileObject": {"@id": resource["path"]},
                "extract": {"column": field["name"]},
            }
        assert record_set["key"] == [{"@id": f"{name}/{c}"} for c in schema["primaryKey"]]
        declared = {
            column: f"{key['reference']['resource']}/{target}"
            for key in schema.get("foreignKeys", [])
            for column, target in zip(key["fields"], key["reference"]["fields"], strict=True)
        }
        referenced = {
            column: f["references"]["field"]["@id"]
            for column, f in fields.items()
            if "references" in f
        }
        assert referenced == declared, name


def test_dataset_metadata_comes_from_the_descriptor(croissant_package: Path) -> None:
    descriptor = descriptor_of(croissant_package)
    document = document_of(croissant_package)
    assert document["conformsTo"] == CONFORMS_TO
    assert document["name"] == descriptor["name"]
    assert document["version"] == descriptor["version"]
    assert document["inLanguage"] == ["id"]
    assert "https://creativecommons.org/licenses/by/4.0/" in document["license"]
    assert [c["name"] for c in document["creator"]] == ["Warta project"]
    assert descriptor["version"] in document["citeAs"]
    assert document["citeAs"].startswith("@misc{")


def test_no_wall_clock_in_the_document(croissant_package: Path) -> None:
    """Two builds of the same data give the same bytes: no datePublished from the clock."""
    descriptor = descriptor_of(croissant_package)
    assert "datePublished" not in croissant_document(descriptor)
    assert render_croissant(descriptor) == render_croissant(descriptor)
    assert render_croissant(descriptor) == (croissant_package / "croissant.json").read_bytes()
