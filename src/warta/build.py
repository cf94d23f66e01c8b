"""``warta build``: raw articles in, a validated package out (the one orchestration).

read (sources) → process_article (engines, per article) → stream rows to CSV (tables) and
feed the corpus-wide index → entities → descriptor (package) → Croissant, card → validate
the staged package → move into place (output). Nothing outside the staging directory is
touched until the staged package has passed every check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from warta import engines
from warta.card import CardFacts, render_card
from warta.croissant import FILENAME as CROISSANT
from warta.croissant import render_croissant
from warta.errors import WartaError
from warta.output import commit_files, previous_data_files, remove_files, staging_dir
from warta.package import DATA_DIR, DESCRIPTOR, describe_files, read_package_info, resource_path
from warta.pipeline import CorpusIndex
from warta.progress import Progress, Silent
from warta.schemas import RESOURCES
from warta.sources import Source, open_jsonl, open_raw_dir
from warta.tables import SHARD_ROWS, FileStats, TableWriter
from warta.validate import validate_package

CARD = "README.md"
CHANGELOG = "CHANGELOG.md"
QUALITY = "eval.json"
PERFORMANCE = "PERFORMANCE.md"
STREAMED = ("articles", "sentences", "mentions", "quotes")


class BuildFailed(WartaError):
    """The staged package did not validate; the previous package was left untouched."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    out_dir: Path
    rows: dict[str, int]
    warnings: tuple[str, ...]


def build(
    raw_dir: Path | None,
    out_dir: Path,
    *,
    input_jsonl: Path | None = None,
    dataset_dir: Path | None = None,
    curation: bool = True,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 64,
    shard_rows: int | None = SHARD_ROWS,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the package of ``raw_dir`` (or ``input_jsonl``) into ``out_dir``.

    ``dataset_dir`` holds ``package.yaml``, ``CHANGELOG.md`` and ``annotations/``
    (default: the parent of the input). A table of more than ``shard_rows`` rows is
    written as shards (None: never). Raises :class:`WartaError` on bad input.
    """
    report = progress if progress is not None else Silent()
    if dataset_dir is None:
        dataset_dir = (input_jsonl or raw_dir or Path("dataset/raw")).parent
    annotations = dataset_dir / "annotations" if curation else None
    source = (
        open_jsonl(input_jsonl, annotations)
        if input_jsonl is not None
        else open_raw_dir(raw_dir or Path("dataset/raw"), annotations)
    )
    info = read_package_info(dataset_dir / "package.yaml")
    changelog = _optional_text(dataset_dir / CHANGELOG)
    quality_text = _optional_text(dataset_dir / QUALITY)
    quality = json.loads(quality_text) if quality_text is not None else None
    performance = _optional_text(dataset_dir / PERFORMANCE)
    report.message(f"building {source.count} article(s) from {source.description}")
    with staging_dir(out_dir) as staging:
        stats, facts, publishers, warnings = _write_tables(
            source,
            staging,
            report,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            batch_size=batch_size,
            shard_rows=shard_rows,
        )
        descriptor = describe_files(info, publishers, stats)
        extra = {
            DESCRIPTOR: (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode(),
            CROISSANT: render_croissant(descriptor),
            CARD: render_card(descriptor, facts, changelog, quality, performance).encode("utf-8"),
        }
        for relative, data in extra.items():
            (staging / relative).write_bytes(data)
        report.message("validating the staged package")
        # The columnar engine whatever the size (same verdicts as Frictionless, tested in
        # tests/test_columnar.py): on 1,000 articles it checks in 0.9 s what Frictionless
        # checks in 5.9 s, time the build spends alone after the workers are done.
        checked = validate_package(staging, columnar_from_rows=0)
        if not checked.valid:
            details = "; ".join(str(problem) for problem in checked.problems[:5])
            raise BuildFailed(f"the built package does not validate: {details}")
        data_files = [path for table in stats.values() for path in table.paths]
        replaced = previous_data_files(out_dir, DATA_DIR)
        commit_files(staging, out_dir, [*data_files, *extra])
        remove_files(out_dir, sorted(set(replaced) - set(data_files)))
    return BuildResult(out_dir, {name: s.rows for name, s in stats.items()}, tuple(warnings))


def _write_tables(
    source: Source,
    staging: Path,
    report: Progress,
    *,
    jobs: int,
    engine: str,
    scheduler: str | None,
    batch_size: int,
    shard_rows: int | None,
) -> tuple[dict[str, FileStats], CardFacts, dict[str, list[str]], list[str]]:
    """Stream every article's rows to the CSVs, in article order; entities last."""
    writers = {
        name: TableWriter(staging, resource_path(name), name, shard_rows) for name in RESOURCES
    }
    index = CorpusIndex()
    facts = CardFacts()
    publishers: dict[str, list[str]] = {}
    warnings: list[str] = []
    report.start(source.count)
    records = engines.run(
        source.read(),
        engine=engine,
        jobs=min(jobs, source.count),
        batch_size=batch_size,
        scheduler=scheduler,
    )
    for record in records:
        writers["articles"].write([record.article])
        writers["sentences"].write(record.sentences)
        writers["mentions"].write(record.mentions)
        writers["quotes"].write(record.quotes)
        index.add(record)
        facts.add(record)
        publisher = record.article.publisher or "unknown publisher"
        publishers.setdefault(publisher, []).append(record.article.article_id)
        for warning in record.warnings:
            report.message(f"warning: {warning}")
            warnings.append(warning)
        report.advance()
    report.finish()
    entities = index.entities()
    writers["entities"].write(entities)
    facts.name_entities(entities)
    return {name: writer.close() for name, writer in writers.items()}, facts, publishers, warnings


def _optional_text(path: Path) -> str | None:
    """Hand-kept documents beside the data (changelog, figures): absent is fine."""
    return path.read_text(encoding="utf-8") if path.exists() else None
