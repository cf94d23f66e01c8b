"""Dispatch gold files to their task's evaluator, by the keys of their first record."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from warta.errors import InputError
from warta.evaluation.metrics import FileReport, Score

Evaluator = Callable[[Path, int], FileReport]


def detect_task(path: Path) -> str:
    """``segmentation``, ``ner`` or ``quotes``, from the first record's keys."""
    with path.open(encoding="utf-8") as handle:
        first = handle.readline()
    try:
        record = json.loads(first)
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"not JSON Lines ({error.msg})", line=1) from None
    if not isinstance(record, dict):
        raise InputError(str(path), "expected a JSON object per line", line=1)
    for key, task in (("sentences", "segmentation"), ("entities", "ner"), ("quotes", "quotes")):
        if key in record:
            return task
    raise InputError(
        str(path),
        "unknown gold format (expected a 'sentences', 'entities' or 'quotes' key)",
        line=1,
    )


def evaluator(task: str) -> Evaluator:
    if task == "segmentation":
        from warta.evaluation import segmentation

        return segmentation.evaluate
    if task == "ner":
        from warta.evaluation import ner

        return ner.evaluate
    from warta.evaluation import quotes

    return quotes.evaluate


def expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return files


def evaluate_paths(
    paths: list[Path], *, worst: int, progress: Callable[[str], None]
) -> list[FileReport]:
    reports = []
    for path in expand(paths):
        task = detect_task(path)
        progress(f"evaluating {path} ({task})")
        reports.append(evaluator(task)(path, worst))
    return reports + ner_summary(reports)


def ner_summary(reports: list[FileReport]) -> list[FileReport]:
    """Issue 5's headline figure: typed F1 micro-averaged over the non-seed NER files."""
    scored = [r for r in reports if r.task == "ner" and not r.path.startswith("tests/")]
    if len(scored) < 2:
        return []
    from warta.evaluation.ner import combine

    labels = sorted({label for r in scored for label in r.scores if label != "micro"})
    summary = FileReport(
        path=f"micro over {len(scored)} NER files",
        task="ner",
        documents=sum(r.documents for r in scored),
    )
    for label in labels:
        summary.scores[label] = sum((r.scores[label] for r in scored if label in r.scores), Score())
    summary.scores["micro"] = combine(scored)
    return [summary]


def figures_document(reports: list[FileReport]) -> str:
    """The figures as stable JSON: file names without directories, no error listings, so
    the same extractors give the same bytes on any machine (the card and site read it)."""
    documents = []
    for report in reports:
        entry = report.as_dict()
        entry["path"] = Path(report.path).name
        entry["errors"] = []
        documents.append(entry)
    return json.dumps(documents, indent=2, ensure_ascii=False) + "\n"
