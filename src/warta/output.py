"""Writing a package atomically: stage everything in a temporary directory, check it, then
move each file into place (issue 7). A failed or interrupted build leaves the previous
package as it was, because nothing outside the staging directory is touched until the
staged package has passed validation.
"""

from __future__ import annotations

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


def publish_atomically(
    out_dir: Path, files: dict[str, bytes], check: Callable[[Path], None]
) -> None:
    """Stage ``files``, run ``check`` on the staged tree (raising stops everything), commit."""
    with staging_dir(out_dir) as staging:
        write_files(staging, files)
        check(staging)
        commit_files(staging, out_dir, list(files))
