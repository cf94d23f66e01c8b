"""Shared fixtures: the seed package, built once per session into a temporary directory."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from warta.build import build

REPO = Path(__file__).resolve().parents[1]


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module (scripts are no package), registered under its
    name so that its dataclasses can look their module up."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def copy_dataset(target: Path) -> Path:
    """A copy of the repository's dataset/ inputs (raw, annotations, package.yaml,
    changelog, eval figures)."""
    dataset = target / "dataset"
    shutil.copytree(REPO / "dataset" / "raw", dataset / "raw")
    if (REPO / "dataset" / "annotations").is_dir():
        shutil.copytree(REPO / "dataset" / "annotations", dataset / "annotations")
    for name in ("package.yaml", "CHANGELOG.md", "eval.json", "PERFORMANCE.md"):
        if (REPO / "dataset" / name).exists():
            shutil.copy(REPO / "dataset" / name, dataset / name)
    return dataset


def frictionless_cli_report(package: Path) -> tuple[dict[str, Any], str]:
    """``frictionless validate --json datapackage.json`` run in ``package`` (the real CLI
    of this virtualenv): its JSON report, and its output for assertion messages."""
    frictionless = Path(sys.executable).parent / "frictionless"
    result = subprocess.run(
        [str(frictionless), "validate", "--json", "datapackage.json"],
        cwd=package,
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, Any] = json.loads(result.stdout)
    return report, result.stdout[-2000:]


@pytest.fixture(scope="session")
def seed_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed package, built from a copy of dataset/ (read-only for tests: copy to damage)."""
    root = tmp_path_factory.mktemp("seed-package")
    dataset = copy_dataset(root)
    build(dataset / "raw", root)
    return root


@pytest.fixture
def package_copy(seed_package: Path, tmp_path: Path) -> Callable[[], Path]:
    """A fresh, writable copy of the seed package for tests that damage it."""

    def make() -> Path:
        target = tmp_path / "package"
        shutil.copytree(seed_package, target)
        return target

    return make


# The seed's tables split into shards of this many rows (tests/test_shards.py).
SHARD_ROWS = 5


@pytest.fixture(scope="session")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed package built with ``shard_rows=SHARD_ROWS``: every table in shards."""
    root = tmp_path_factory.mktemp("sharded")
    build(copy_dataset(root) / "raw", root, shard_rows=SHARD_ROWS)
    return root


def with_shifted_mention(sharded: Path, tmp_path: Path) -> Path:
    """A copy of the sharded package with mention 12 (row 3 of the third mentions shard)
    starting one character later: its text no longer slices the article."""
    package = tmp_path / "package"
    shutil.copytree(sharded, package)
    shard = package / "dataset/data/mentions-00002-of-00011.csv"
    lines = shard.read_text(encoding="utf-8").split("\n")
    cells = lines[2].split(",")
    cells[4] = str(int(cells[4]) + 1)  # start
    lines[2] = ",".join(cells)
    shard.write_text("\n".join(lines), encoding="utf-8")
    return package
