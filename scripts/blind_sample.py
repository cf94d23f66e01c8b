"""Blind whole-article samples for the entity extractor (issue 5): convert, then score.

Usage:
    .venv/bin/python scripts/blind_sample.py convert DIR/marked.jsonl
    .venv/bin/python scripts/blind_sample.py score DIR/articles.jsonl [...] [--errors]
    .venv/bin/python scripts/blind_sample.py units OUT.jsonl DIR/articles.jsonl [...]

The method of `training/ner/README.md`, "Whole articles, blind": helpers who never see the
extractor write invented news articles and mark every mention inline, following
`training/ner/BLIND_GUIDE.md`, as `[[span|LABEL]]` in one JSON object per line,
``{"id": ..., "marked": ...}``. ``convert`` checks the markup (known labels, no edge space
or punctuation, no stray brackets) and writes `articles.jsonl` beside it: the plain text
and each mention's offsets. ``score`` runs the build's per-article function
(`warta.pipeline.process_articles`, model and rules, no curation) and prints typed
exact-span precision, recall and F1 over PER, ORG, GPE, LOC and NORP, strict (five labels,
not the dev files' merged LOC); ``--errors`` lists each false positive and negative with
the text before it.

The samples stay out of the repository: they put invented events and quotes in real
people's mouths. A sample counts as blind until its errors are read.

The same markup serves the invented training articles (`training/ner/README.md`,
"Invented training articles"), written under a stricter brief: every person and company
invented, quotes only from invented persons. ``units`` turns their `articles.jsonl` files
into the training format of `scripts/train_ner.py`: one record per article with its
sentences (`warta.segment`) as units and its mentions as ``[start, end, label]``, the five
labels kept. A mention across a sentence end is reported and fails the command: the
markup or the segmenter is wrong, and a model trained on a cut span would learn the cut.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

LABELS = ("PER", "ORG", "GPE", "LOC", "NORP")
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")


def unmark(marked: str) -> tuple[str, list[dict[str, Any]], list[str]]:
    """The plain text of a marked article, its mentions with offsets, and the problems."""
    pieces: list[str] = []
    mentions: list[dict[str, Any]] = []
    problems: list[str] = []
    length = position = 0
    for found in MARK.finditer(marked):
        before = marked[position : found.start()]
        pieces.append(before)
        length += len(before)
        span, label = found.group(1), found.group(2)
        if label not in LABELS:
            problems.append(f"unknown label {label} on {span!r}")
        if span != span.strip() or span[-1] in ".,;:\"'" or span[0] in "\"'(":
            problems.append(f"span has an edge space or mark: {span!r}")
        mentions.append({"start": length, "end": length + len(span), "label": label, "text": span})
        pieces.append(span)
        length += len(span)
        position = found.end()
    pieces.append(marked[position:])
    text = "".join(pieces)
    for stray in ("[[", "]]", "|"):
        if stray in text:
            at = text.index(stray)
            problems.append(f"stray {stray!r} near {text[max(0, at - 40) : at + 40]!r}")
    return text, mentions, problems


def convert(path: Path) -> int:
    records, count = [], 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"{path}:{number}: not JSON: {error}")
            count += 1
            continue
        text, mentions, problems = unmark(record["marked"].replace("\r\n", "\n"))
        for problem in problems:
            print(f"{path}:{number} ({record['id']}): {problem}")
        count += len(problems)
        records.append({"id": record["id"], "text": text, "mentions": mentions})
    out = path.parent / "articles.jsonl"
    out.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8"
    )
    total = sum(len(record["mentions"]) for record in records)
    print(f"{len(records)} articles, {total} mentions, {count} problems -> {out}")
    return 1 if count else 0


def read_articles(path: Path) -> list[dict[str, Any]]:
    """The records of an ``articles.jsonl`` written by ``convert``."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def units(out: Path, paths: list[Path]) -> int:
    """Write the articles of ``paths`` as training units to ``out``; the number of problems."""
    from warta.segment import segment

    records, problems = [], 0
    for path in paths:
        for article in read_articles(path):
            text = article["text"]
            sentences = [(sentence.start, sentence.end) for sentence in segment(text)]
            for mention in article["mentions"]:
                start, end = mention["start"], mention["end"]
                if not any(first <= start and end <= last for first, last in sentences):
                    print(f"{path} ({article['id']}): {mention['text']!r} crosses a sentence end")
                    problems += 1
            entities = [[m["start"], m["end"], m["label"]] for m in article["mentions"]]
            records.append(
                {"id": article["id"], "text": text, "units": sentences, "entities": entities}
            )
    out.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8"
    )
    mentions = sum(len(record["entities"]) for record in records)
    count = sum(len(record["units"]) for record in records)
    totals = f"{count} units, {mentions} mentions, {problems} problems"
    print(f"{len(records)} articles, {totals} -> {out}")
    return 1 if problems else 0


def score(paths: list[Path], errors: bool) -> dict[str, tuple[int, int, int]]:
    """True positives, false positives and false negatives per label."""
    from warta.metadata import ArticleMeta
    from warta.pipeline import ArticleInput, process_articles

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for path in paths:
        records = read_articles(path)
        items = [
            ArticleInput(text=r["text"], meta=ArticleMeta(article_id=r["id"].lower()))
            for r in records
        ]
        for record, result in zip(records, process_articles(items), strict=True):
            text = record["text"]
            gold = {(m["start"], m["end"], m["label"]) for m in record["mentions"]}
            found = {(m.start, m.end, m.label) for m in result.mentions if m.label in LABELS}
            for _start, _end, label in gold & found:
                tp[label] += 1
            for kind, spans, counts in (("FP", found - gold, fp), ("FN", gold - found, fn)):
                for start, end, label in sorted(spans):
                    counts[label] += 1
                    if errors:
                        context = text[max(0, start - 30) : start]
                        print(f"  {kind} {record['id']} {label} {text[start:end]!r} ..{context!r}")
    return {label: (tp[label], fp[label], fn[label]) for label in LABELS}


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    both = precision + recall
    return precision, recall, (2 * precision * recall / both if both else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    convert_parser = commands.add_parser("convert", help="marked.jsonl -> articles.jsonl")
    convert_parser.add_argument("marked", type=Path)
    score_parser = commands.add_parser("score", help="typed exact-span F1 of the extractor")
    score_parser.add_argument("articles", type=Path, nargs="+")
    score_parser.add_argument("--errors", action="store_true", help="list each error")
    units_parser = commands.add_parser("units", help="articles.jsonl -> training units")
    units_parser.add_argument("out", type=Path)
    units_parser.add_argument("articles", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "convert":
        sys.exit(convert(args.marked))
    if args.command == "units":
        sys.exit(units(args.out, args.articles))
    counts = score(args.articles, args.errors)
    for label, (tp, fp, fn) in counts.items():
        precision, recall, f = f1(tp, fp, fn)
        print(f"{label:5} P {precision:.3f} R {recall:.3f} F {f:.3f}  (gold {tp + fn})")
    tp, fp, fn = (sum(values[i] for values in counts.values()) for i in range(3))
    precision, recall, f = f1(tp, fp, fn)
    totals = f"gold {tp + fn}, tp {tp} fp {fp} fn {fn}"
    print(f"ALL   P {precision:.3f} R {recall:.3f} F {f:.4f}  ({totals})")


if __name__ == "__main__":
    main()
