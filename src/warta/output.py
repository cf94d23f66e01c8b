"""Writing a package atomically: stage everything in a temporary directory, check it, then
move each file into place (issue 7). A failed or interrupted build leaves the previous
package as it was, because nothing outside the staging directory is touched until the
staged package has passed validation.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

STAGING_PREFIX = ".warta-staging-"


@contextmanager
def staging_dir(out_dir: Path) -> Iterator[Path]:
    """A fresh directory beside the target (same filesystem, so moves are renames)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def write_files(root: Path, files: dict[str, bytes]) -> None:
    for relative, data in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def commit_files(staging: Path, out_dir: Path, relatives: list[str]) -> None:
    """Move staged files into place; the descriptor last, so it never describes stale data."""
    ordered = sorted(relatives, key=lambda rel: (rel == "datapackage.json", rel))
    for relative in ordered:
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)


def previous_data_files(out_dir: Path, data_dir: str) -> list[str]:
    """The CSV files under ``data_dir`` that the package in ``out_dir`` names now (none if
    there is no readable descriptor): after the new package is in place, those it no longer
    names (shards of a table that shrank, or a table now sharded) are stale and go."""
    from warta.tables import part_paths

    try:
        descriptor = json.loads((out_dir / "datapackage.json").read_bytes())
        resources = [r for r in descriptor["resources"] if isinstance(r, dict) and "path" in r]
        paths = [path for resource in resources for path in part_paths(resource)]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    root = out_dir.resolve()
    return [
        path
        for path in paths
        if isinstance(path, str)
        and path.startswith(f"{data_dir}/")
        and path.endswith(".csv")
        and _inside(root, path)
    ]


def _inside(root: Path, relative: str) -> bool:
    return "://" not in relative and (root / relative).resolve().is_relative_to(root)


def remove_files(out_dir: Path, relatives: list[str]) -> None:
    """Delete files of the old package that the new one no longer names."""
    for relative in relatives:
        (out_dir / relative).unlink(missing_ok=True)


def publish_atomically(
    out_dir: Path, files: dict[str, bytes], check: Callable[[Path], None]
) -> None:
    """Stage ``files``, run ``check`` on the staged tree (raising stops everything), commit."""
    with staging_dir(out_dir) as staging:
        write_files(staging, files)
        check(staging)
        commit_files(staging, out_dir, list(files))
