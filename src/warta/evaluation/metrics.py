"""Counts and scores shared by every evaluation task."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import InputError


@dataclass(frozen=True, slots=True)
class Score:
    """True positives, false positives and false negatives, with the derived P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class FileReport:
    """What one gold file scored: named scores, extra figures, and the worst errors."""

    path: str
    task: str
    documents: int
    scores: dict[str, Score] = field(default_factory=dict)
    figures: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "task": self.task,
            "documents": self.documents,
            "scores": {name: score.as_dict() for name, score in self.scores.items()},
            "figures": {name: round(value, 4) for name, value in self.figures.items()},
            "errors": list(self.errors),
        }

    def render(self) -> str:
        lines = [f"{self.path} ({self.task}, {self.documents} documents)"]
        for name, score in self.scores.items():
            lines.append(
                f"  {name:<24} P {score.precision:.4f}  R {score.recall:.4f}  "
                f"F1 {score.f1:.4f}  (tp {score.tp}, fp {score.fp}, fn {score.fn})"
            )
        for name, value in self.figures.items():
            lines.append(f"  {name:<24} {value:.4f}")
        if self.errors:
            lines.append("  worst errors:")
            lines.extend(f"    {error}" for error in self.errors)
        return "\n".join(lines)


def gold_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed JSON) for every non-blank line of a gold JSONL file; a line
    that is not JSON raises :class:`InputError` naming the file and line."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(str(path), f"a JSON object ({error.msg})", line=number) from None
