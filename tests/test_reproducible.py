"""Determinism: the same inputs give byte-identical packages (issue 3 item 7, issue 9)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import REPO, copy_dataset
from warta.build import build


def digest_tree(root: Path) -> dict[str, str]:
    files = [
        root / "datapackage.json",
        root / "README.md",
        *sorted((root / "dataset" / "data").glob("*")),
    ]
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files
    }


def test_two_builds_are_byte_identical(seed_package: Path, tmp_path: Path) -> None:
    dataset = copy_dataset(tmp_path)
    build(dataset / "raw", tmp_path)
    assert digest_tree(tmp_path) == digest_tree(seed_package)


def test_committed_package_is_what_the_code_builds(seed_package: Path) -> None:
    """The same check CI makes with `git status` after `make package`."""
    assert digest_tree(REPO) == digest_tree(seed_package)


def test_builds_agree_across_working_directories_and_hash_seeds(
    seed_package: Path, tmp_path: Path
) -> None:
    """Issue 9 item 5: no dependence on the cwd or on Python's string hash randomization."""
    import subprocess
    import sys

    digests = []
    for number, seed in enumerate(("1", "4242")):
        root = tmp_path / f"build-{number}"
        dataset = copy_dataset(root)
        elsewhere = tmp_path / f"cwd-{number}"
        elsewhere.mkdir()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "warta",
                "build",
                str(dataset / "raw"),
                "--out",
                str(root),
                "-q",
            ],
            cwd=elsewhere,
            check=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
        )
        digests.append(digest_tree(root))
    assert digests[0] == digests[1] == digest_tree(seed_package)
