"""Shared fixtures: the seed package, built once per session into a temporary directory."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from warta.build import build

REPO = Path(__file__).resolve().parents[1]


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
