"""Sentence segmentation scored against gold JSONL files (issue 4).

The gold format is the ``seg`` format of the shared evaluation data (its README, section
"Sentence segmentation"): one document per line with ``text``, ``sentences`` (gold
``[start, end]`` pairs), ``sent_ids``, ``optional_ends`` and ``unterminated``.

A boundary is the position where the next sentence begins: a sentence end with the
whitespace after it skipped. Comparing positions after skipping whitespace makes the score
independent of how a segmenter trims its spans. Gold boundaries are the ends of all but the
last gold sentence; predicted boundaries the ends of all but the last predicted sentence.

Two allowances, both from the format's documentation, apply to the ``segmentation`` score:

* a predicted boundary at one of the ``optional_ends`` (a real sentence end that the
  treebank keeps inside one unit) is neither a true nor a false positive;
* a gold boundary after an ``unterminated`` sentence (a headline or list intro joined to
  the next sentence by one space, so no cue is left in the text) is exempt: missing it is
  not a false negative, finding it not a true positive.

``segmentation_strict`` scores the same predictions with neither allowance, so the size of
the exemptions stays visible.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from warta.errors import InputError
from warta.evaluation.metrics import FileReport, Score, gold_records
from warta.segment import segment

TASK = "segmentation"
_CONTEXT = 30
_NEXT_NON_SPACE = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One validated gold record; ``line`` is its 1-based line number in the file."""

    doc_id: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    optional_ends: tuple[int, ...]
    unterminated: tuple[int, ...]
    line: int


@dataclass(frozen=True, slots=True)
class BoundaryError:
    """A wrong boundary: ``kind`` is ``fp`` (predicted, not gold) or ``fn`` (gold, missed)."""

    doc_id: str
    offset: int
    kind: str


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """What one document scored, with and without the allowances, and its errors."""

    lenient: Score
    strict: Score
    exempt_unterminated: int
    optional_ends_split: int
    errors: tuple[BoundaryError, ...]


def evaluate(path: pathlib.Path, worst: int = 10) -> FileReport:
    """Segment every document of the gold file at ``path`` and score the boundaries.

    ``scores["segmentation"]`` forgives splits at ``optional_ends`` and exempts gold
    boundaries after ``unterminated`` sentences (see the module docstring for why);
    ``scores["segmentation_strict"]`` applies neither allowance, and ``figures`` counts how
    often each allowance applied. ``errors`` lists up to ``worst`` wrong boundaries,
    documents with the most errors first, each as ``fp|fn <doc id> @<offset>: …left|right…``.
    """
    scored = [(document, score_document(document)) for document in read_gold(path)]
    report = FileReport(path=str(path), task=TASK, documents=len(scored))
    report.scores[TASK] = sum((score.lenient for _, score in scored), Score())
    report.scores[f"{TASK}_strict"] = sum((score.strict for _, score in scored), Score())
    report.figures["exempt_unterminated"] = float(
        sum(score.exempt_unterminated for _, score in scored)
    )
    report.figures["optional_ends_split"] = float(
        sum(score.optional_ends_split for _, score in scored)
    )
    ranked = sorted(scored, key=lambda item: (-len(item[1].errors), item[0].line))
    report.errors = [
        _describe(document.text, error) for document, score in ranked for error in score.errors
    ][:worst]
    return report


def score_document(document: GoldDocument) -> DocumentScore:
    """Compare the boundaries ``segment`` predicts for one document with its gold."""
    text = document.text
    predicted = _boundaries(text, [sentence.end for sentence in segment(text)])
    gold = _boundaries(text, [end for _, end in document.sentences])
    last = len(document.sentences) - 1
    exempted = {
        _skip_space(text, document.sentences[index][1])
        for index in document.unterminated
        if index < last
    }
    optional = {_skip_space(text, end) for end in document.optional_ends}
    lenient = strict = Score()
    exempt = optional_split = 0
    errors: list[BoundaryError] = []
    for offset in sorted(predicted | gold):
        if offset in predicted and offset in gold:
            strict += Score(tp=1)
            if offset in exempted:
                exempt += 1
            else:
                lenient += Score(tp=1)
        elif offset in predicted:
            strict += Score(fp=1)
            if offset in optional:
                optional_split += 1
            else:
                lenient += Score(fp=1)
                errors.append(BoundaryError(document.doc_id, offset, "fp"))
        else:
            strict += Score(fn=1)
            if offset in exempted:
                exempt += 1
            else:
                lenient += Score(fn=1)
                errors.append(BoundaryError(document.doc_id, offset, "fn"))
    return DocumentScore(lenient, strict, exempt, optional_split, tuple(errors))


def read_gold(path: pathlib.Path) -> Iterator[GoldDocument]:
    """Yield the documents of a seg JSONL file, checked line by line.

    A bad line raises :class:`~warta.errors.InputError` naming the file, the line and the
    field, so a broken gold file fails loudly instead of scoring nonsense.
    """
    for number, record in gold_records(path):
        yield _parse_record(path, number, record)


def _parse_record(path: pathlib.Path, line: int, record: object) -> GoldDocument:
    """Check one record against the seg format, so a data bug never passes for a score."""

    def fail(field: str | None, expected: str) -> InputError:
        return InputError(str(path), expected, line=line, field=field)

    if not isinstance(record, dict):
        raise fail(None, "a JSON object")
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str):
        raise fail("id", "a string")
    if not isinstance(text, str):
        raise fail("text", "a string")
    sentences = _int_pairs(record.get("sentences"))
    if sentences is None:
        raise fail("sentences", "a list of [start, end] integer pairs")
    previous_end = 0
    for index, (start, end) in enumerate(sentences):
        if not previous_end <= start < end <= len(text):
            raise fail(
                "sentences",
                f"sentence {index} [{start}, {end}]: non-empty, in order, within "
                f"len(text) {len(text)}",
            )
        previous_end = end
    optional_ends = _ints(record.get("optional_ends", []))
    if optional_ends is None or any(not 0 < end <= len(text) for end in optional_ends):
        raise fail("optional_ends", f"a list of offsets in 1..{len(text)}")
    unterminated = _ints(record.get("unterminated", []))
    if unterminated is None or any(not 0 <= index < len(sentences) for index in unterminated):
        raise fail("unterminated", f"a list of sentence indices in 0..{len(sentences) - 1}")
    return GoldDocument(doc_id, text, sentences, optional_ends, unterminated, line)


def _ints(value: object) -> tuple[int, ...] | None:
    if not isinstance(value, list):
        return None
    if not all(isinstance(item, int) and not isinstance(item, bool) for item in value):
        return None
    return tuple(value)


def _int_pairs(value: object) -> tuple[tuple[int, int], ...] | None:
    if not isinstance(value, list):
        return None
    pairs = []
    for item in value:
        pair = _ints(item)
        if pair is None or len(pair) != 2:
            return None
        pairs.append((pair[0], pair[1]))
    return tuple(pairs)


def _skip_space(text: str, offset: int) -> int:
    """The offset of the first non-space character at or after ``offset``."""
    match = _NEXT_NON_SPACE.match(text, offset)
    assert match is not None  # r"\s*" always matches
    return match.end()


def _boundaries(text: str, ends: Sequence[int]) -> set[int]:
    """Where the next sentence begins after each end but the last."""
    return {_skip_space(text, end) for end in ends[:-1]}


def _describe(text: str, error: BoundaryError) -> str:
    left = text[max(0, error.offset - _CONTEXT) : error.offset]
    right = text[error.offset : error.offset + _CONTEXT]
    snippet = f"…{left}|{right}…".replace("\n", "⏎")
    return f"{error.kind} {error.doc_id} @{error.offset}: {snippet}"
