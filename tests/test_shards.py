"""Sharded tables (issue 10): a table longer than ``--shard-rows`` is several CSV files.

The seed built with ``shard_rows=5`` is compared with the seed built whole (the session's
``seed_package``). What these tests pin down: the shards joined are byte for byte the
unsharded table (so the descriptor's hash, bytes and rows do not change); every shard is a
CSV of its own, header included, named ``<table>-00000-of-0000N.csv``; both validation
engines and ``frictionless`` itself accept the sharded package and name the shard and the
row inside it when one is damaged; Hugging Face ``datasets`` and ``mlcroissant`` read the
shards as one table; diff, export and a rebuild treat a sharded package as the same data.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import SHARD_ROWS, frictionless_cli_report, with_shifted_mention
from warta import diff as diffing
from warta.build import build
from warta.export import parquet_bytes
from warta.schemas import RESOURCES, field_names
from warta.tables import part_paths, read_resource
from warta.validate import validate_package

SHARD_NAME = re.compile(r"dataset/data/(\w+)-(\d{5})-of-(\d{5})\.csv")


def resources_of(package: Path) -> dict[str, dict[str, object]]:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return {resource["name"]: resource for resource in descriptor["resources"]}


def read(package: Path, resource: dict[str, object]) -> bytes:
    return read_resource(lambda relative: (package / relative).read_bytes(), resource)


def test_shards_joined_are_the_unsharded_table(sharded: Path, seed_package: Path) -> None:
    """Seed row counts are 1, 17, 27, 53 and 14: every table but articles is sharded."""
    whole, split = resources_of(seed_package), resources_of(sharded)
    for name in RESOURCES:
        assert read(sharded, split[name]) == (seed_package / str(whole[name]["path"])).read_bytes()
        for key in ("hash", "bytes", "rows"):
            assert split[name][key] == whole[name][key], (name, key)
    assert split["articles"]["path"] == "dataset/data/articles.csv"
    paths = part_paths(split["mentions"])
    assert len(paths) == 11  # 53 rows in shards of 5
    for position, path in enumerate(paths):
        match = SHARD_NAME.fullmatch(path)
        assert match is not None, path
        assert match.groups() == ("mentions", f"{position:05d}", "00011")


def test_every_shard_is_a_csv_with_its_header(sharded: Path) -> None:
    for name, resource in resources_of(sharded).items():
        paths = part_paths(resource)
        header = ",".join(field_names(name)) + "\n"
        for position, path in enumerate(paths):
            lines = (sharded / path).read_text(encoding="utf-8").splitlines(keepends=True)
            assert lines[0] == header, path
            if position < len(paths) - 1:
                assert len(lines) - 1 == SHARD_ROWS, path  # no cell of the seed holds a newline


def test_sharded_package_is_valid_for_both_engines(sharded: Path) -> None:
    for engine in ("frictionless", "columnar"):
        report = validate_package(sharded, engine=engine)
        assert report.valid, [str(problem) for problem in report.problems]


def test_frictionless_cli_validates_the_shards_as_one_resource(sharded: Path) -> None:
    report, output = frictionless_cli_report(sharded)
    assert report["valid"] is True, output
    rows = {task["name"]: task["stats"]["rows"] for task in report["tasks"]}
    assert rows == {"articles": 1, "sentences": 17, "entities": 27, "mentions": 53, "quotes": 14}


@pytest.mark.parametrize("engine", ["frictionless", "columnar"])
def test_damage_names_the_shard_and_its_own_row(
    sharded: Path, tmp_path: Path, engine: str
) -> None:
    """Mention 12 of the table is row 3 of its third shard (rows 11-15): an offset moved
    there is reported at that file and row, not at row 13 of the joined table."""
    report = validate_package(with_shifted_mention(sharded, tmp_path), engine=engine)
    located = [p for p in report.problems if p.check == "offsets"]
    assert [(p.file, p.row) for p in located] == [
        ("dataset/data/mentions-00002-of-00011.csv", 3)
    ], [str(p) for p in report.problems]
    assert any(p.check == "hash" for p in report.problems)


def test_a_missing_shard_is_named(sharded: Path, tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(sharded, package)
    (package / "dataset/data/quotes-00001-of-00003.csv").unlink()
    problems = validate_package(package).problems
    assert [(p.check, p.file) for p in problems] == [
        ("resource-file", "dataset/data/quotes-00001-of-00003.csv")
    ]
    assert "shard 2 of 3" in problems[0].message


def test_a_shard_path_leaving_the_package_is_not_opened(sharded: Path, tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(sharded, package)
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][1]["path"][1] = "../../etc/passwd"
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    problems = validate_package(package).problems
    assert any(
        p.check == "resource-path" and "'../../etc/passwd' leaves the package" in p.message
        for p in problems
    ), [str(p) for p in problems]


def test_card_lists_the_shards_as_data_files(sharded: Path) -> None:
    card = (sharded / "README.md").read_text(encoding="utf-8")
    front = yaml.safe_load(card.split("---\n")[1])
    configs = {config["config_name"]: config for config in front["configs"]}
    resources = resources_of(sharded)
    for name in RESOURCES:
        assert configs[name]["data_files"] == [
            {"split": "train", "path": resources[name]["path"]}
        ]


@pytest.mark.parametrize("resource", ["sentences", "mentions"])
def test_datasets_reads_the_shards_as_one_split(
    sharded: Path,
    seed_package: Path,
    resource: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real `datasets`, offline, fresh caches: same rows, order and features."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import datasets

    def load(package: Path, cache: str) -> datasets.Dataset:
        return datasets.load_dataset(
            str(package), resource, split="train", cache_dir=str(tmp_path / cache)
        )

    split, whole = load(sharded, "sharded"), load(seed_package, "whole")
    assert split.features == whole.features
    assert split.to_list() == whole.to_list()


def test_mlcroissant_reads_every_shard(sharded: Path, seed_package: Path) -> None:
    import csv

    import mlcroissant as mlc

    document = json.loads((sharded / "croissant.json").read_text(encoding="utf-8"))
    file_sets = [d for d in document["distribution"] if d["@type"] == "cr:FileSet"]
    assert [d["@id"] for d in file_sets] == [f"{n}-shards" for n in RESOURCES[1:]]
    dataset = mlc.Dataset(jsonld=str(sharded / "croissant.json"))
    records = list(dataset.records(record_set="mentions"))
    with (seed_package / "dataset/data/mentions.csv").open(encoding="utf-8") as table:
        expected = [row["mention_id"] for row in csv.DictReader(table)]
    assert len(expected) == 53
    assert [r["mentions/mention_id"].decode() for r in records] == expected


def test_diff_and_export_see_the_same_data(sharded: Path, seed_package: Path) -> None:
    result = diffing.compare(
        diffing.load_snapshot(str(seed_package)), diffing.load_snapshot(str(sharded))
    )
    assert result.bump is None, result.reasons
    whole, split = resources_of(seed_package), resources_of(sharded)
    assert parquet_bytes(sharded, split["mentions"]) == parquet_bytes(
        seed_package, whole["mentions"]
    )


def test_rebuild_replaces_shards_and_leaves_no_stale_file(sharded: Path, tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(sharded, package)
    build(package / "dataset" / "raw", package, shard_rows=20)
    names = sorted(path.name for path in (package / "dataset/data").iterdir())
    assert names == [
        "articles.csv",
        "entities-00000-of-00002.csv",
        "entities-00001-of-00002.csv",
        "mentions-00000-of-00003.csv",
        "mentions-00001-of-00003.csv",
        "mentions-00002-of-00003.csv",
        "quotes.csv",
        "sentences.csv",
    ]
    assert validate_package(package).valid
