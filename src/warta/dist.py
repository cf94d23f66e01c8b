"""The release bundle ``dist/<name>-<version>/`` and its ``.zip`` (issue 8).

A bundle is a package that stands on its own: the card, ``datapackage.json``,
``croissant.json``, the CSV tables (what the descriptor and the card's configs name), the
same tables as Parquet, ``CITATION.cff``, ``CHANGELOG.md``, ``LICENSE.md`` and
``SHA256SUMS`` over every other file. It is assembled in a staging directory, must pass
``warta validate`` and its own checksums there, and only then replaces the previous bundle
(the pattern of ``output.py``). The zip is deterministic: sorted entries, fixed timestamps
and permissions, so the same package always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.citation import citation_cff
from warta.croissant import FILENAME as CROISSANT
from warta.croissant import render_croissant
from warta.errors import WartaError
from warta.export import parquet_bytes, parquet_path, read_descriptor
from warta.output import STAGING_PREFIX, write_files
from warta.package import DESCRIPTOR
from warta.schemas import SCHEMA_DIR
from warta.tables import part_paths
from warta.validate import validate_package

CARD = "README.md"
CITATION = "CITATION.cff"
CHANGELOG = "CHANGELOG.md"
LICENSE = "LICENSE.md"
CHECKSUMS = "SHA256SUMS"
# LICENSE.md is a repository file: a package built elsewhere (``warta build --out
# /tmp/pkg``) has none, so it is looked up there after the package.
REPO_ROOT = SCHEMA_DIR.parent
# The earliest time a zip entry can hold: no clock, no file mtimes (STYLE.md).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class DistError(WartaError):
    """The package cannot be released (invalid, stale or missing pieces)."""


@dataclass(frozen=True, slots=True)
class DistResult:
    bundle_dir: Path
    zip_path: Path
    files: tuple[str, ...]


SITE = "site"


def bundle_name(descriptor: dict[str, Any]) -> str:
    return f"{descriptor['name']}-{descriptor['version']}"


def build_dist(package_dir: Path, out_dir: Path) -> DistResult:
    """Assemble, check and publish ``out_dir/<name>-<version>/`` and its zip."""
    _require_valid(package_dir, "the package")
    descriptor = read_descriptor(package_dir)
    files = bundle_files(package_dir, descriptor)
    name = bundle_name(descriptor)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        write_files(staging / name, files)
        _require_valid(staging / name, "the bundle")
        problems = verify_checksums(staging / name)
        if problems:
            raise DistError(f"the bundle's {CHECKSUMS} do not verify: {'; '.join(problems)}")
        (staging / f"{name}.zip").write_bytes(zip_bytes(name, files))
        bundle_dir = out_dir / name
        _replace(staging / name, bundle_dir)
        zip_path = out_dir / f"{name}.zip"
        os.replace(staging / f"{name}.zip", zip_path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return DistResult(bundle_dir, zip_path, tuple(sorted(files)))


def bundle_files(package_dir: Path, descriptor: dict[str, Any]) -> dict[str, bytes]:
    """Every file of the bundle by relative path, ``SHA256SUMS`` included."""
    resources = descriptor["resources"]
    croissant = render_croissant(descriptor)
    existing = package_dir / CROISSANT
    if existing.exists() and existing.read_bytes() != croissant:
        raise DistError(
            f"{existing}: differs from the one generated from {DESCRIPTOR}; rebuild the package"
        )
    files = {
        CARD: _read(package_dir / CARD),
        DESCRIPTOR: (package_dir / DESCRIPTOR).read_bytes(),
        CROISSANT: croissant,
        CITATION: citation_cff(descriptor).encode("utf-8"),
        CHANGELOG: changelog(package_dir, str(descriptor["version"])),
        LICENSE: _read(_repository_file(package_dir, LICENSE)),
    }
    for resource in resources:
        for relative in part_paths(resource):
            files[relative] = (package_dir / relative).read_bytes()
        files[parquet_path(resource["name"])] = parquet_bytes(package_dir, resource)
    files.update(site_files(package_dir))
    files[CHECKSUMS] = checksums(files)
    return files


def site_files(package_dir: Path) -> dict[str, bytes]:
    """The browsable HTML view (issue 11) under ``site/``, with the recorded eval figures."""
    from warta.show import read_eval, read_package, render_site

    figures = package_dir / "dataset" / "eval.json"
    reports = read_eval(figures) if figures.is_file() else None
    pages = render_site(read_package(package_dir), reports)
    return {f"{SITE}/{path}": html.encode("utf-8") for path, html in sorted(pages.items())}


def changelog(package_dir: Path, version: str) -> bytes:
    """The package's changelog, which must have a ``## <version>`` section; a minimal one
    for a first release when there is none.

    ``warta build`` reads ``dataset/CHANGELOG.md`` beside ``dataset/raw/`` (issue 9), which
    is ``<package_dir>/dataset/CHANGELOG.md`` for the repository; a ``CHANGELOG.md`` at the
    package root wins, should the build ever write one there.
    """
    for path in (package_dir / CHANGELOG, package_dir / "dataset" / CHANGELOG):
        if path.exists():
            text = path.read_bytes()
            heading = rb"^## \[?" + re.escape(version.encode()) + rb"\]?(\s|$)"
            if not re.search(heading, text, flags=re.MULTILINE):
                raise DistError(f"{path}: no '## {version}' section; add one before releasing")
            return text
    return f"# Changelog\n\n## {version}\n\nFirst release.\n".encode()


def checksums(files: dict[str, bytes]) -> bytes:
    """``sha256sum -c`` input for ``files``, sorted by path."""
    lines = [
        f"{hashlib.sha256(data).hexdigest()}  {relative}\n"
        for relative, data in sorted(files.items())
        if relative != CHECKSUMS
    ]
    return "".join(lines).encode("utf-8")


def verify_checksums(bundle_dir: Path) -> list[str]:
    """Problems with ``SHA256SUMS`` of a bundle on disk: a wrong hash, a file missing, or a
    file present but not listed (a bundle must hold nothing unaccounted for)."""
    path = bundle_dir / CHECKSUMS
    if not path.exists():
        return [f"{path}: missing"]
    listed: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        digest, separator, relative = line.partition("  ")
        if not separator or len(digest) != 64:
            return [f"{path} line {number}: expected '<sha256>  <path>'"]
        listed[relative] = digest
    problems = []
    on_disk = {p.relative_to(bundle_dir).as_posix() for p in bundle_dir.rglob("*") if p.is_file()}
    for relative in sorted(on_disk - listed.keys() - {CHECKSUMS}):
        problems.append(f"{relative}: not listed in {CHECKSUMS}")
    for relative, digest in sorted(listed.items()):
        target = bundle_dir / relative
        if relative not in on_disk:
            problems.append(f"{relative}: listed in {CHECKSUMS} but missing")
        elif hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            problems.append(f"{relative}: sha256 differs from {CHECKSUMS}")
    return problems


def zip_bytes(name: str, files: dict[str, bytes]) -> bytes:
    """The bundle as a zip with every entry under ``name/``, reproducible byte for byte."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for relative, data in sorted(files.items()):
            info = zipfile.ZipInfo(f"{name}/{relative}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the permissions below mean the same everywhere
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _require_valid(root: Path, what: str) -> None:
    report = validate_package(root)
    if not report.valid:
        details = "; ".join(str(problem) for problem in report.problems[:5])
        raise DistError(f"{what} in {root} does not validate: {details}")


def _repository_file(package_dir: Path, name: str) -> Path:
    """``name`` in the package directory, else in the repository checkout."""
    local = package_dir / name
    return local if local.exists() else REPO_ROOT / name


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DistError(f"{path}: not found; a release bundle needs it") from None


def _replace(source: Path, target: Path) -> None:
    """Move ``source`` to ``target``, removing an older ``target`` only once the new one is
    ready (directories cannot be swapped in one rename)."""
    if target.exists():
        retired = source.parent / "retired"
        os.replace(target, retired)
    os.replace(source, target)
