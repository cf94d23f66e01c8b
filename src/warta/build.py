"""``warta build``: raw articles in, a validated package out (the one orchestration).

read (sources) → process_article (pipeline, per article) → reduce_corpus → CSV bytes
(tables) → descriptor (package) → card → stage, validate, move into place (output).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warta.card import render_card
from warta.errors import WartaError
from warta.output import publish_atomically
from warta.package import (
    DESCRIPTOR,
    PackageInfo,
    describe,
    read_package_info,
    resource_path,
)
from warta.pipeline import ArticleInput, process_article, reduce_corpus
from warta.records import ArticleRecords, Tables
from warta.sources import read_raw_dir
from warta.tables import render_tables, row_counts
from warta.validate import validate_package

CARD = "README.md"
CHANGELOG = "CHANGELOG.md"


class BuildFailed(WartaError):
    """The staged package did not validate; the previous package was left untouched."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    out_dir: Path
    rows: dict[str, int]
    warnings: tuple[str, ...]


Progress = Callable[[str], None]


def build(
    raw_dir: Path,
    out_dir: Path,
    *,
    curation: bool = True,
    jobs: int = 1,
    progress: Progress = lambda message: None,
) -> BuildResult:
    """Build the package of ``raw_dir`` into ``out_dir``; raises WartaError on bad input."""
    dataset_dir = raw_dir.parent
    items = read_raw_dir(raw_dir, dataset_dir / "annotations" if curation else None)
    info = read_package_info(dataset_dir / "package.yaml")
    progress(f"read {len(items)} article(s) from {raw_dir}")
    records = _process(items, jobs, progress)
    tables = reduce_corpus(records)
    changelog_path = dataset_dir / CHANGELOG
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else None
    files = package_files(info, tables, changelog)
    progress(f"staging {len(files)} files and validating")

    def check(staging: Path) -> None:
        report = validate_package(staging)
        if not report.valid:
            details = "; ".join(str(problem) for problem in report.problems[:5])
            raise BuildFailed(f"the built package does not validate: {details}")

    publish_atomically(out_dir, files, check)
    warnings = tuple(w for record in records for w in record.warnings)
    return BuildResult(out_dir, row_counts(tables), warnings)


def package_files(
    info: PackageInfo, tables: Tables, changelog: str | None = None
) -> dict[str, bytes]:
    """Every file of the package, keyed by path relative to the package root."""
    csv_files = render_tables(tables)
    descriptor = describe(info, tables.articles, csv_files, row_counts(tables))
    files = {resource_path(name): data for name, data in csv_files.items()}
    files[DESCRIPTOR] = (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode()
    files[CARD] = render_card(descriptor, tables, changelog).encode("utf-8")
    return files


def _process(items: list[ArticleInput], jobs: int, progress: Progress) -> list[ArticleRecords]:
    if jobs <= 1 or len(items) <= 1:
        results = []
        for number, item in enumerate(items, start=1):
            results.append(process_article(item))
            progress(f"processed {number}/{len(items)}: {item.meta.article_id}")
        return results
    from multiprocessing import get_context

    with get_context("spawn").Pool(jobs) as pool:
        results = []
        for number, record in enumerate(pool.imap(process_article, items, chunksize=4), start=1):
            results.append(record)
            progress(f"processed {number}/{len(items)}: {record.article.article_id}")
        return results
