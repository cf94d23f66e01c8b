"""One definition per fact: records, Table Schemas, the card's features and the profile agree."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import yaml

from warta.card import HF_DTYPES
from warta.records import RESOURCE_ROWS
from warta.schemas import RESOURCES, SCHEMA_DIR, table_schema
from warta.validate import check_profile


@pytest.mark.parametrize("resource", RESOURCES)
def test_record_fields_equal_table_schema_columns(resource: str) -> None:
    names = [f.name for f in dataclasses.fields(RESOURCE_ROWS[resource])]
    assert names == [f["name"] for f in table_schema(resource)["fields"]]


@pytest.mark.parametrize("resource", RESOURCES)
def test_every_generated_table_declares_method_enum(resource: str) -> None:
    fields = {f["name"]: f for f in table_schema(resource)["fields"]}
    if resource == "articles":
        assert "method" not in fields
    else:
        assert fields["method"]["constraints"]["enum"] == ["rule", "gazetteer", "model", "curated"]


def test_card_features_match_table_schemas(seed_package: Path) -> None:
    card = (seed_package / "README.md").read_text(encoding="utf-8")
    matter = yaml.safe_load(card.split("---\n")[1])
    assert [c["config_name"] for c in matter["configs"]] == list(RESOURCES)
    for config, info in zip(matter["configs"], matter["dataset_info"], strict=True):
        schema = table_schema(config["config_name"])
        expected = [{"name": f["name"], "dtype": HF_DTYPES[f["type"]]} for f in schema["fields"]]
        assert config["features"] == expected == info["features"]
        assert config["keep_default_na"] is False and config["na_values"] == [""]
    assert "make package" in card and "make test" in card


def test_descriptor_profile_accepts_the_built_descriptor(seed_package: Path) -> None:
    descriptor = json.loads((seed_package / "datapackage.json").read_text(encoding="utf-8"))
    assert check_profile(descriptor) == []


def test_schema_files_are_valid_json_schemas() -> None:
    import jsonschema

    for path in SCHEMA_DIR.glob("*.schema.json"):
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text()))
