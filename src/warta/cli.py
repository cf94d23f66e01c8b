"""The ``warta`` command line: a thin layer over the library.

Exit status: 0 all passed, 1 data invalid, 2 usage error or failed run (CONTRACT.md,
STYLE.md). Progress goes to stderr, results to stdout; ``--json`` is for machines.
Heavy libraries are imported inside the commands that need them, so ``--help`` is fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from warta.errors import WartaError
from warta.tables import SHARD_ROWS

F = TypeVar("F", bound=Callable[..., Any])


class RunFailed(click.ClickException):
    """A failed run (bad input, broken environment): exit status 2."""

    exit_code = 2


def fails_cleanly(command: F) -> F:
    """Turn our own errors into a one-line message and exit status 2, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except WartaError as error:
            raise RunFailed(str(error)) from None
        except OSError as error:
            raise RunFailed(f"{error.filename or ''}: {error.strerror or error}") from None

    return wrapper  # type: ignore[return-value]


package_dir_argument = click.argument(
    "package_dir", required=False, default=".", type=click.Path(file_okay=False, path_type=Path)
)


def json_option(what: str) -> Callable[[F], F]:
    """``--json``: the same result for machines (STYLE.md, "CLI")."""
    return click.option("--json", "as_json", is_flag=True, help=f"Print the {what} as JSON.")


def out_option(default: str, help: str) -> Callable[[F], F]:
    """``--out DIR``: where a command writes, with its default shown in --help."""
    return click.option(
        "--out",
        "out_dir",
        default=default,
        show_default=True,
        type=click.Path(file_okay=False, path_type=Path),
        help=help,
    )


def _progress(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="warta")
def main() -> None:
    """Turn news articles into a validated, versioned data package.

    \b
    Example:
      warta build                # dataset/raw -> datapackage.json + dataset/data/*.csv
      warta validate             # every check of the package in .
    """


@main.command()
@click.argument(
    "raw_dir",
    required=False,
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--input",
    "input_jsonl",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON Lines corpus (one article per line: metadata fields plus `text`) "
    "instead of RAW_DIR.",
)
@out_option(
    ".", "Package root: receives datapackage.json, croissant.json, README.md, dataset/data/."
)
@click.option(
    "--dataset",
    "dataset_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder with package.yaml, CHANGELOG.md and annotations/ (default: the input's parent).",
)
@click.option(
    "--no-curation", is_flag=True, help="Skip dataset/annotations/: the extractors alone."
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes (or Dask workers) for extraction; default: all cores.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where articles are processed: local processes, or a Dask cluster.",
)
@click.option(
    "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster."
)
@click.option(
    "--batch-size",
    default=64,
    show_default=True,
    type=click.IntRange(min=1),
    help="Articles per batch: memory is bounded by two batches in flight.",
)
@click.option(
    "--shard-rows",
    default=SHARD_ROWS,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows per CSV file: a longer table is split into shards "
    "(sentences-00000-of-00003.csv, ...), listed in datapackage.json and the card.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@fails_cleanly
def build(
    raw_dir: Path | None,
    input_jsonl: Path | None,
    out_dir: Path,
    dataset_dir: Path | None,
    no_curation: bool,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    batch_size: int,
    shard_rows: int,
    quiet: bool,
) -> None:
    """Build the package from RAW_DIR (default dataset/raw) or a JSON Lines corpus.

    Reads every <article_id>.txt (and its optional .yaml metadata) in RAW_DIR, or every
    line of --input, extracts sentences, entities and quotes, applies annotations/ unless
    --no-curation, and writes the package into a staging directory; it is validated
    there and only then moved into place, so a failed build leaves the previous package
    untouched. Output is identical for any --jobs, --engine and --batch-size.
    Tables longer than --shard-rows are written as several CSV files.

    \b
    Example:
      warta build dataset/raw --out /tmp/pkg --no-curation
      warta build --input corpus.jsonl --out /tmp/big --jobs 2
      warta build --input corpus.jsonl --engine dask --scheduler tcp://10.0.0.5:8786
    """
    import os

    from warta.build import build as run_build
    from warta.progress import Progress, Silent

    if raw_dir is not None and input_jsonl is not None:
        raise click.UsageError("give RAW_DIR or --input, not both")
    result = run_build(
        raw_dir if input_jsonl is None else None,
        out_dir,
        input_jsonl=input_jsonl,
        dataset_dir=dataset_dir,
        curation=not no_curation,
        jobs=jobs or os.cpu_count() or 1,
        engine=engine,
        scheduler=scheduler,
        batch_size=batch_size,
        shard_rows=shard_rows,
        progress=Silent() if quiet else Progress(),
    )
    counts = ", ".join(f"{name} {count}" for name, count in result.rows.items())
    click.echo(f"built {out_dir / 'datapackage.json'}: {counts}")


@main.command()
@package_dir_argument
@json_option("report")
@click.option(
    "--engine",
    type=click.Choice(["auto", "frictionless", "columnar"]),
    default="auto",
    show_default=True,
    help="Who checks types, constraints and keys: Frictionless, or the same rules column by "
    "column with pyarrow (fast on millions of rows); auto picks columnar above 200,000 rows.",
)
@fails_cleanly
def validate(package_dir: Path, as_json: bool, engine: str) -> None:
    """Run every check of the package in PACKAGE_DIR (default .).

    Exit 0 when all pass, 1 when the data is invalid. Each problem names the file, the
    row (the header is row 1), the column and what was expected.

    \b
    Example:
      warta validate dist/warta-id-news-0.1.0 --json
      warta validate .bench/large --engine columnar
    """
    from warta.validate import validate_package

    report = validate_package(package_dir, engine=engine)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        for problem in report.problems:
            click.echo(str(problem))
        verdict = "valid" if report.valid else f"INVALID: {len(report.problems)} problem(s)"
        click.echo(
            f"{package_dir / 'datapackage.json'}: {verdict} (checks: {', '.join(report.checks)})"
        )
    sys.exit(0 if report.valid else 1)


@main.command()
@click.argument("old")
@click.argument("new", required=False, default=".")
@json_option("diff")
@click.option(
    "--check",
    is_flag=True,
    help="Exit 1 when NEW's version is lower than the bump the changes require.",
)
@click.option(
    "--changelog",
    "changelog",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Prepend a section for NEW's version to this CHANGELOG.md.",
)
@fails_cleanly
def diff(old: str, new: str, as_json: bool, check: bool, changelog: Path | None) -> None:
    """Compare two packages table by table and name the version bump required.

    OLD and NEW are package directories or git revisions of this repository (NEW
    defaults to the work tree, `.`). Rows are matched by primary key; schema changes
    are listed; the smallest semver bump the changes require is printed (README,
    "Versioning").

    \b
    Example:
      warta diff v0.1.0 .            # what changed since the 0.1.0 release
      warta diff v0.1.0 . --check    # CI: fail if `version` did not rise enough
    """
    from warta import diff as diffing

    result = diffing.compare(diffing.load_snapshot(old), diffing.load_snapshot(new))
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(diffing.render(result))
    if changelog is not None:
        existing = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
        section = diffing.changelog_section(result, result.new_version)
        changelog.write_text(diffing.prepend_section(existing, section), encoding="utf-8")
        click.echo(f"wrote {changelog}", err=True)
    if check:
        problem = diffing.version_problem(result)
        if problem is not None:
            click.echo(f"version check failed: {problem}", err=True)
            sys.exit(1)
        click.echo(f"version check passed: {result.new_version}", err=True)


@main.command(name="eval")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=True, path_type=Path))
@json_option("reports")
@click.option("--worst", default=10, show_default=True, help="How many worst errors to list.")
@click.option(
    "--save",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the figures as JSON (file names only, no errors) for the card and site.",
)
@fails_cleanly
def evaluate(paths: tuple[Path, ...], as_json: bool, worst: int, save: Path | None) -> None:
    """Score the extractors against gold JSONL files (or directories of them).

    The task of each file (segmentation, ner, quotes) is read from its records. Without
    PATHS, the hand-checked gold of the seed article in tests/gold/ is scored.

    \b
    Example:
      warta eval ../shared/evaldata/seg_ud_id_gsd_dev.jsonl tests/gold
    """
    from warta.evaluation.run import evaluate_paths

    reports = evaluate_paths(list(paths) or [Path("tests/gold")], worst=worst, progress=_progress)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in reports], indent=2, ensure_ascii=False))
    else:
        for report in reports:
            click.echo(report.render())
            click.echo()
    if save is not None:
        from warta.evaluation.run import figures_document

        save.write_text(figures_document(reports), encoding="utf-8")
        click.echo(f"wrote {save}", err=True)


@main.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(["parquet"]))
@package_dir_argument
@out_option("dist/parquet", "Directory that receives one <table>.parquet per table.")
@fails_cleanly
def export(fmt: str, package_dir: Path, out_dir: Path) -> None:
    """Export the tables of the package in PACKAGE_DIR (default .) as FORMAT.

    Parquet: one zstd file per table, typed from the Table Schemas (string, int64, bool,
    date32), rows in CSV order, nulls only where the schema allows them. Each CSV's
    sha256 is checked against datapackage.json first.

    \b
    Example:
      warta export parquet . --out /tmp/parquet
    """
    from warta.export import export_parquet

    for table, path in export_parquet(package_dir, out_dir).items():
        click.echo(f"{table}: {path}")


@main.command()
@package_dir_argument
@out_option("dist", "Receives <name>-<version>/ and <name>-<version>.zip.")
@fails_cleanly
def dist(package_dir: Path, out_dir: Path) -> None:
    """Build the release bundle of the package in PACKAGE_DIR (default .).

    The bundle holds the card, datapackage.json, croissant.json, the CSV and Parquet
    tables, CITATION.cff, CHANGELOG.md, LICENSE.md and SHA256SUMS. It is validated
    before it replaces an older bundle; the zip is byte-for-byte reproducible.

    \b
    Example:
      warta dist --out dist && (cd dist/warta-id-news-0.1.0 && sha256sum -c SHA256SUMS)
    """
    from warta.dist import build_dist

    result = build_dist(package_dir, out_dir)
    click.echo(f"built {result.bundle_dir} ({len(result.files)} files) and {result.zip_path}")


@main.command()
@click.argument("bundle_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--repo-id", required=True, help="Hugging Face dataset repository, OWNER/NAME.")
@click.option("--revision", "tag", help="Tag for the release commit.  [default: v<version>]")
@click.option("--dry-run", is_flag=True, help="Print the files and the commit; no network.")
@fails_cleanly
def publish(bundle_dir: Path | None, repo_id: str, tag: str | None, dry_run: bool) -> None:
    """Upload the release bundle BUNDLE_DIR to the Hugging Face Hub, in one tagged commit.

    BUNDLE_DIR defaults to dist/<name>-<version> of the package in . (run `warta dist`
    first). The token comes from HF_TOKEN or `hf auth login`; the bundle must validate.

    \b
    Example:
      warta publish --repo-id my-org/warta-id-news --dry-run
      HF_TOKEN=hf_... warta publish --repo-id my-org/warta-id-news --revision v0.1.0
    """
    from warta.publish import default_bundle, hub_token, plan_publish
    from warta.publish import publish as run_publish

    bundle = bundle_dir if bundle_dir is not None else default_bundle(Path("."), Path("dist"))
    plan = plan_publish(bundle, repo_id, tag)
    if dry_run:
        click.echo(plan.render())
        return
    token = hub_token()
    _progress(f"uploading {len(plan.files)} file(s) to {repo_id}")
    url = run_publish(plan, token)
    click.echo(f"published {plan.tag}: {url}")


@main.command()
@package_dir_argument
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the site (replaced whole)  [default: PACKAGE_DIR/site]",
)
@click.option(
    "--article",
    "article_id",
    help="Print (and with --open, open) this article's page instead of the index.",
)
@click.option(
    "--eval",
    "eval_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Scores from `warta eval --json`  [default: PACKAGE_DIR/eval.json if present]",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@fails_cleanly
def show(
    package_dir: Path,
    out_dir: Path | None,
    article_id: str | None,
    eval_path: Path | None,
    open_browser: bool,
) -> None:
    """Render the package in PACKAGE_DIR (default .) as a static HTML site.

    Plain HTML and CSS that work from file:// with no server and no network: an index
    with counts, charts and evaluation figures, one page per article with sentences,
    entity mentions and quotes (with speakers) highlighted, one page per entity.

    \b
    Example:
      warta show                          # ./site/index.html
      warta show /tmp/pkg --article kursk-sappers --open
    """
    import webbrowser

    from warta.show import show as render_site

    site = out_dir if out_dir is not None else package_dir / "site"
    files = render_site(package_dir, site, eval_path=eval_path)
    target = site / "index.html"
    if article_id is not None:
        target = site / "articles" / f"{article_id}.html"
        if f"articles/{article_id}.html" not in files:
            raise RunFailed(f"no article {article_id!r} in {package_dir / 'datapackage.json'}")
    _progress(f"wrote {len(files)} files to {site}")
    click.echo(target)
    if open_browser:
        webbrowser.open(target.resolve().as_uri())
