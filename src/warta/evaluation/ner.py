"""Named-entity quality against gold files in the NER JSONL format of shared/evaldata.

The four Indonesian NER sets label only PER, ORG and LOC (LOC covering countries and
cities), so the score is typed exact-span match on those three: our GPE and NORP count as
LOC, every other label on either side is ignored (issue 5). The text goes through the real
``segment`` then ``extract_mentions`` (batched over the file), so sentence splits that cut
a gold name show up here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from warta.entities import MentionSpan, extract_mentions_batch
from warta.errors import InputError
from warta.evaluation.metrics import FileReport, Score, gold_records
from warta.segment import segment

SCORED_LABELS = ("PER", "ORG", "LOC")
_COARSE = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "NORP": "LOC"}
_EXAMPLES_PER_ERROR = 3

Span = tuple[int, int, str]


def coarse_predictions(mentions: Iterable[MentionSpan]) -> set[Span]:
    """Our OntoNotes labels folded onto the gold sets' three; unscored labels dropped."""
    return {
        (mention.start, mention.end, _COARSE[mention.label])
        for mention in mentions
        if mention.label in _COARSE
    }


def gold_spans(entities: Iterable[Sequence[object]]) -> set[Span]:
    """Gold ``[start, end, LABEL]`` triples folded the same way (our own OntoNotes-labelled
    gold, e.g. the seed's, uses GPE and NORP); other labels (QUANTITY, TIME, DATE) dropped."""
    spans: set[Span] = set()
    for start, end, label in entities:
        coarse = _COARSE.get(str(label))
        if coarse is not None:
            spans.add((int(str(start)), int(str(end)), coarse))
    return spans


def score_document(
    text: str, gold: set[Span], predicted: set[Span], errors: dict[str, list[str]]
) -> dict[str, Score]:
    """Per-label counts for one document; error examples are appended to ``errors``.

    Error keys: ``GOLD→PRED`` for a span found with the wrong type, ``missed GOLD`` for a
    gold span not predicted at all, ``spurious PRED`` for a prediction with no gold span,
    ``boundary GOLD`` when a prediction overlaps a gold span of that type but differs in
    extent (counted once per gold span, besides its missed/spurious counts).
    """
    scores = {label: Score() for label in SCORED_LABELS}
    gold_by_extent = {(start, end): label for start, end, label in gold}
    predicted_extents = {(start, end): label for start, end, label in predicted}
    for start, end, label in predicted:
        if (start, end, label) in gold:
            scores[label] += Score(tp=1)
            continue
        scores[label] += Score(fp=1)
        gold_label = gold_by_extent.get((start, end))
        if gold_label is not None:
            errors[f"{gold_label}→{label}"].append(text[start:end])
        elif not any(s < end and start < e for s, e, _ in gold):
            errors[f"spurious {label}"].append(text[start:end])
    for start, end, label in gold:
        if (start, end, label) in predicted:
            continue
        scores[label] += Score(fn=1)
        if (start, end) in predicted_extents:
            continue
        overlapping = [
            (s, e) for s, e, other in predicted if s < end and start < e and other == label
        ]
        if overlapping:
            s, e = overlapping[0]
            errors[f"boundary {label}"].append(f"{text[start:end]} ≠ {text[s:e]}")
        else:
            errors[f"missed {label}"].append(text[start:end])
    return scores


def evaluate(path: Path, worst: int = 10) -> FileReport:
    """Score ``extract_mentions`` on every document of one NER JSONL gold file."""
    texts: list[str] = []
    golds: list[set[Span]] = []
    for number, record in gold_records(path):
        try:
            texts.append(record["text"])
            golds.append(gold_spans(record["entities"]))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(
                str(path), f"an NER record with text and entities ({error!r})", line=number
            ) from None
    predictions = extract_mentions_batch([(text, segment(text)) for text in texts])
    totals = {label: Score() for label in SCORED_LABELS}
    errors: dict[str, list[str]] = defaultdict(list)
    for text, gold, mentions in zip(texts, golds, predictions, strict=True):
        predicted = coarse_predictions(mentions)
        for label, score in score_document(text, gold, predicted, errors).items():
            totals[label] += score
    scores = dict(totals)
    scores["micro"] = sum(totals.values(), Score())
    return FileReport(
        path=str(path),
        task="ner",
        documents=len(texts),
        scores=scores,
        errors=render_errors(errors, worst),
    )


def render_errors(errors: dict[str, list[str]], worst: int) -> list[str]:
    """The ``worst`` most frequent error kinds, each with its commonest examples."""
    ranked = sorted(errors.items(), key=lambda item: (-len(item[1]), item[0]))[:worst]
    lines = []
    for kind, examples in ranked:
        # Ties by text, not by first appearance: examples arrive in set order, which changes
        # with the string hash seed, and `make eval` writes these lines to dataset/eval.json.
        counted = sorted(Counter(examples).items(), key=lambda item: (-item[1], item[0]))
        common = ", ".join(text for text, _ in counted[:_EXAMPLES_PER_ERROR])
        lines.append(f"{kind} ×{len(examples)}: {common}")
    return lines


def combine(reports: Iterable[FileReport]) -> Score:
    """Micro-average over files: the summed counts of each report's ``micro`` score."""
    return sum((report.scores["micro"] for report in reports), Score())
