"""Direct-quote extraction and speaker attribution against quotes JSONL gold (issue 6).

The gold format is the one of ``shared/evaldata`` ("Direct quotes with speakers"): one
article per line, ``{"id", "text", "quotes": [{"span", "speaker": [names…], …}],
"unannotated_quoted": [[s, e], …]}``. Only ``kind == "direct"`` predictions are scored,
partial ones included, since the gold has direct quotations only.

- **Quote match**: the predicted and gold spans are equal after both are trimmed of
  quotation marks, whitespace and edge punctuation (PFSA-ID keeps a trailing comma inside
  the marks; whether a system does is a convention, not an error).
- **Unannotated stretches**: a prediction whose trimmed span lies inside an
  ``unannotated_quoted`` stretch (text between marks the gold left unlabelled: scare
  quotes, non-public speakers) is neither a true nor a false positive.
- **Speaker accuracy**: over matched quotes whose gold speaker list is non-empty. A
  prediction is correct when, after lowercasing and collapsing whitespace, the predicted
  speaker and one gold candidate are equal or one contains the other as a whole-word
  substring (``Presiden`` matches ``Presiden Joko Widodo``; ``Jo`` does not match ``Joko``).
  A missing predicted speaker is wrong.
- **Errors**: missed quotes, spurious quotes and wrong speakers taken in turn, longest
  quotes first, each with the article id and some context.
- **Person names** (issue 5): where the gold also marks the people around its statements
  (PFSA-ID's ``PERSON`` and ``PERSONCOREF`` spans: ``Parwati Surjaudaja`` … ``Parwati``),
  ``person_name_recall`` is the share of those holding a name (a capitalized word the
  training text does not write in lower case: not a bare ``Presiden``) that a PER
  mention ends with, starting inside the span (the gold keeps titles such as ``Komisaris
  Besar`` in it, our mentions leave them out). The NER dev files are unrelated sentences;
  these are whole articles, where a name is given in full once and then shortened.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from warta.entities import MentionSpan, extract_mentions
from warta.errors import InputError
from warta.evaluation.metrics import FileReport, Score, gold_records
from warta.ner_model import is_common_word
from warta.quotes import QuoteSpan, extract_quotes
from warta.segment import segment

TASK = "quotes"

_EDGE = "\"“”‘’'.,;:!?…—–- \t\n"
_PERSON_LABELS = frozenset({"PERSON", "PERSONCOREF"})
_WORDS = re.compile(r"\w+")
_CONTEXT = 40


@dataclass(frozen=True, slots=True)
class _GoldQuote:
    start: int
    end: int
    speakers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _GoldDocument:
    doc_id: str
    text: str
    quotes: tuple[_GoldQuote, ...]
    unannotated: tuple[tuple[int, int], ...]
    persons: tuple[tuple[int, int], ...] = ()  # PERSON / PERSONCOREF spans holding a name


@dataclass(frozen=True, slots=True)
class _Error:
    """One reportable mistake of one ``kind``; within a kind, longer quotes come first."""

    kind: str  # "missed" | "spurious" | "speaker"
    weight: int
    line: str


def evaluate(path: pathlib.Path, worst: int = 10) -> FileReport:
    """Score ``extract_quotes`` (after the real segmenter and NER) on one gold JSONL file."""
    score = Score()
    matched_with_speaker = 0
    speaker_correct = 0
    errors: list[_Error] = []
    documents = persons = persons_found = 0
    for document in _read_gold(path):
        documents += 1
        text = document.text
        gold = document.quotes
        unannotated = [_trim(text, start, end) for start, end in document.unannotated]
        sentences = segment(text)
        mentions = extract_mentions(text, sentences)
        persons += len(document.persons)
        persons_found += sum(_person_found(span, mentions) for span in document.persons)
        predicted = [
            quote
            for quote in extract_quotes(text, sentences, mentions).quotes
            if quote.kind == "direct"
        ]
        by_span = {_trim(text, q.start, q.end): q for q in predicted}
        gold_spans = {_trim(text, g.start, g.end): g for g in gold}
        doc_id = document.doc_id
        for span in by_span:
            if span in gold_spans:
                continue
            if any(s <= span[0] and span[1] <= e for s, e in unannotated):
                continue
            score += Score(fp=1)
            errors.append(
                _Error("spurious", span[1] - span[0], f"{doc_id} spurious: {_show(text, *span)}")
            )
        for span, expected in gold_spans.items():
            found = by_span.get(span)
            if found is None:
                score += Score(fn=1)
                errors.append(
                    _Error("missed", span[1] - span[0], f"{doc_id} missed: {_show(text, *span)}")
                )
                continue
            score += Score(tp=1)
            if not expected.speakers:
                continue
            matched_with_speaker += 1
            if speaker_matches(found.speaker, expected.speakers):
                speaker_correct += 1
            else:
                errors.append(
                    _Error(
                        "speaker",
                        span[1] - span[0],
                        _wrong_speaker(doc_id, text, span, found, expected),
                    )
                )
    accuracy = speaker_correct / matched_with_speaker if matched_with_speaker else 0.0
    figures = {"speaker_accuracy": accuracy, "speaker_scored": float(matched_with_speaker)}
    if persons:
        figures["person_name_recall"] = persons_found / persons
        figures["person_names_scored"] = float(persons)
    return FileReport(
        path=str(path),
        task=TASK,
        documents=documents,
        scores={"direct_quotes": score},
        figures=figures,
        errors=_worst(errors, worst),
    )


def _person_found(span: tuple[int, int], mentions: Sequence[MentionSpan]) -> bool:
    start, end = span
    return any(m.label == "PER" and m.end == end and start <= m.start < end for m in mentions)


def _names_someone(name: str) -> bool:
    """A capitalized word the training text does not mostly write in lower case."""
    return any(word[0].isupper() and not is_common_word(word) for word in _WORDS.findall(name))


def _worst(errors: Sequence[_Error], worst: int) -> list[str]:
    """Missed, spurious and wrong-speaker errors taken in turn, the longest quotes first,
    so a short list still shows every kind of mistake."""
    by_kind = [
        sorted((e for e in errors if e.kind == kind), key=lambda e: -e.weight)
        for kind in ("missed", "spurious", "speaker")
    ]
    lines: list[str] = []
    for rank in range(max((len(errors_of_kind) for errors_of_kind in by_kind), default=0)):
        lines.extend(kind[rank].line for kind in by_kind if rank < len(kind))
    return lines[:worst]


def speaker_matches(predicted: str | None, candidates: Sequence[str]) -> bool:
    """Case-insensitive whole-word containment either way (see the module docstring)."""
    if not predicted:
        return False
    guess = _normalize(predicted)
    if not guess:
        return False
    for candidate in candidates:
        name = _normalize(candidate)
        if name and (_contains_words(guess, name) or _contains_words(name, guess)):
            return True
    return False


def _normalize(name: str) -> str:
    return " ".join(name.lower().split())


def _contains_words(outer: str, inner: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def _read_gold(path: pathlib.Path) -> Iterator[_GoldDocument]:
    """Typed gold documents; a malformed line raises :class:`InputError` naming it."""
    for number, record in gold_records(path):
        try:
            document = _gold_document(record, number)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise InputError(
                str(path), f"expected a quotes gold record ({error})", line=number
            ) from None
        yield document


def _gold_document(record: dict[str, Any], number: int) -> _GoldDocument:
    text = record["text"]
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    quotes = tuple(
        _GoldQuote(int(q["span"][0]), int(q["span"][1]), tuple(map(str, q.get("speaker") or ())))
        for q in record.get("quotes") or ()
        if q.get("kind", "direct") == "direct"
    )
    unannotated = tuple(
        (int(start), int(end)) for start, end in record.get("unannotated_quoted") or ()
    )
    persons = tuple(
        (int(start), int(end))
        for start, end, label in record.get("spans") or ()
        if label in _PERSON_LABELS and _names_someone(text[int(start) : int(end)])
    )
    return _GoldDocument(str(record.get("id", number)), text, quotes, unannotated, persons)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _show(text: str, start: int, end: int) -> str:
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    quoted = text[start:end]
    if len(quoted) > 2 * _CONTEXT:
        quoted = f"{quoted[:_CONTEXT]} … {quoted[-_CONTEXT:]}"
    return f"…{before}[{quoted}]{after}…".replace("\n", " ")


def _wrong_speaker(
    doc_id: str, text: str, span: tuple[int, int], found: QuoteSpan, expected: _GoldQuote
) -> str:
    return (
        f"{doc_id} speaker {found.speaker!r} (cue {found.cue!r}), "
        f"gold {list(expected.speakers)!r}: {_show(text, *span)}"
    )
