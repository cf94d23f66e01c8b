"""The built seed package: the contract's tables, offsets, and the real consumers.

Frictionless (Python API and the real CLI) and Hugging Face ``datasets`` load the
package exactly as a user would; nothing here is mocked.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import frictionless_cli_report
from warta.schemas import RESOURCES

# Column names fixed by ../shared/CONTRACT.md ("key columns (at least)").
CONTRACT_COLUMNS = {
    "articles": [
        "article_id",
        "title",
        "language",
        "published",
        "publisher",
        "dateline",
        "source_url",
        "license",
        "text",
        "text_sha256",
    ],
    "sentences": ["sentence_id", "article_id", "index", "paragraph", "start", "end", "text"],
    "entities": ["entity_id", "name", "label", "wikidata_id"],
    "mentions": [
        "mention_id",
        "entity_id",
        "article_id",
        "sentence_id",
        "start",
        "end",
        "text",
        "label",
    ],
    "quotes": [
        "quote_id",
        "article_id",
        "sentence_id",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_entity_id",
        "cue",
    ],
}


def read_rows(package: Path, resource: str) -> list[dict[str, str]]:
    path = package / "dataset" / "data" / f"{resource}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_table_has_seed_rows_and_contract_columns(seed_package: Path, resource: str) -> None:
    rows = read_rows(seed_package, resource)
    assert rows, f"{resource} is empty"
    for column in CONTRACT_COLUMNS[resource]:
        assert column in rows[0], f"{resource} lacks contract column {column}"
    generated = resource != "articles"
    assert ("method" in rows[0]) == generated


@pytest.mark.parametrize("resource", ["sentences", "mentions", "quotes"])
def test_offsets_slice_the_article_text(seed_package: Path, resource: str) -> None:
    texts = {row["article_id"]: row["text"] for row in read_rows(seed_package, "articles")}
    for row in read_rows(seed_package, resource):
        text = texts[row["article_id"]]
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_article_row_of_the_seed(seed_package: Path) -> None:
    """Facts from shared/seed/README.md: dateline Moskow, publisher Suarathailand, no URL."""
    (article,) = read_rows(seed_package, "articles")
    assert article["article_id"] == "kursk-sappers"
    assert article["language"] == "id"
    assert article["dateline"] == "Moskow"
    assert article["publisher"] == "Suarathailand"
    assert article["source_url"] == ""
    text = article["text"]
    assert text[int(article["dateline_start"]) : int(article["dateline_end"])] == (
        "Moskow, Suarathailand- "
    )
    assert not text.endswith(("\n", " "))


def test_descriptor_has_what_issue_3_lists(seed_package: Path) -> None:
    descriptor = json.loads((seed_package / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    for key in ("name", "title", "version", "licenses", "sources", "contributors", "keywords"):
        assert descriptor[key], key
    assert [r["name"] for r in descriptor["resources"]] == list(RESOURCES)
    for resource in descriptor["resources"]:
        for key in ("path", "format", "mediatype", "encoding", "hash", "bytes", "schema"):
            assert key in resource, (resource["name"], key)
        assert resource["hash"].startswith("sha256:")
        assert resource["schema"]["primaryKey"]


def test_frictionless_python_api_validates_the_package(seed_package: Path) -> None:
    from frictionless import Package

    report = Package(str(seed_package / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_cli_validates_the_package(seed_package: Path) -> None:
    report, output = frictionless_cli_report(seed_package)
    assert report["valid"] is True, output


EXPECTED_DTYPES = {"string": "string", "integer": "int64", "boolean": "bool", "date": "string"}


@pytest.mark.parametrize("resource", RESOURCES)
def test_datasets_loads_each_config_with_declared_types(
    seed_package: Path, resource: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real `datasets`, offline, fresh cache (PITFALLS.md #3): counts and dtypes."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import datasets

    loaded = datasets.load_dataset(
        str(seed_package), resource, split="train", cache_dir=str(tmp_path / "hf")
    )
    rows = read_rows(seed_package, resource)
    assert loaded.num_rows == len(rows)
    schema = json.loads((seed_package / "datapackage.json").read_text())["resources"]
    fields = next(r for r in schema if r["name"] == resource)["schema"]["fields"]
    assert list(loaded.features) == [f["name"] for f in fields]
    for f in fields:
        dtype = loaded.features[f["name"]].dtype
        # pandas 2 gives `string`, pandas 3 `large_string` (PITFALLS.md #9): same type.
        assert dtype.replace("large_", "") == EXPECTED_DTYPES[f["type"]], f["name"]
    first = loaded[0]
    for column, value in rows[0].items():
        if value == "":
            assert first[column] is None, column
        elif loaded.features[column].dtype == "int64":
            assert first[column] == int(value)
        elif loaded.features[column].dtype == "bool":
            assert first[column] is (value == "true")
        else:
            assert first[column] == value, column
