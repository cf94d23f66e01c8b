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
    default="dataset/raw",
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--out",
    "out_dir",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Package root: receives datapackage.json, README.md and dataset/data/.",
)
@click.option(
    "--no-curation", is_flag=True, help="Skip dataset/annotations/: the extractors alone."
)
@click.option(
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Worker processes for per-article extraction.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress messages on stderr.")
@fails_cleanly
def build(raw_dir: Path, out_dir: Path, no_curation: bool, jobs: int, quiet: bool) -> None:
    """Build the package from RAW_DIR (default dataset/raw).

    Reads every <article_id>.txt (and its optional .yaml metadata) in RAW_DIR, extracts
    sentences, entities and quotes, applies dataset/annotations/ unless --no-curation,
    and writes the package into a staging directory; it is validated there and only then
    moved into place, so a failed build leaves the previous package untouched.

    \b
    Example:
      warta build dataset/raw --out /tmp/pkg --no-curation
    """
    from warta.build import build as run_build

    result = run_build(
        raw_dir,
        out_dir,
        curation=not no_curation,
        jobs=jobs,
        progress=(lambda message: None) if quiet else _progress,
    )
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    counts = ", ".join(f"{name} {count}" for name, count in result.rows.items())
    click.echo(f"built {out_dir / 'datapackage.json'}: {counts}")


@main.command()
@click.argument(
    "package_dir", required=False, default=".", type=click.Path(file_okay=False, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--no-frictionless",
    is_flag=True,
    help="Skip Frictionless' own validation (types, constraints, keys); our checks still run.",
)
@fails_cleanly
def validate(package_dir: Path, as_json: bool, no_frictionless: bool) -> None:
    """Run every check of the package in PACKAGE_DIR (default .).

    Exit 0 when all pass, 1 when the data is invalid. Each problem names the file, the
    row (the header is row 1), the column and what was expected.

    \b
    Example:
      warta validate dist/warta-id-news-0.1.0 --json
    """
    from warta.validate import validate_package

    report = validate_package(package_dir, frictionless=not no_frictionless)
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
@click.option("--json", "as_json", is_flag=True, help="Print the diff as JSON.")
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
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.option("--worst", default=10, show_default=True, help="How many worst errors to list.")
@fails_cleanly
def evaluate(paths: tuple[Path, ...], as_json: bool, worst: int) -> None:
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
