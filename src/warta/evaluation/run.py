"""Dispatch gold files to their task's evaluator, by the keys of their first record."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from warta.errors import InputError
from warta.evaluation.metrics import FileReport

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
    return reports
