"""Train the GPE/LOC choice shipped in ``src/warta/models/place-types.json`` (issue 5).

Run by ``make model`` after ``scripts/train_ner.py`` (it reads the extractor's output, model
included). Deterministic: fixed file order, fixed shuffles, fixed epoch count.

The examples are the extractor's own ``GPE`` and ``LOC`` mentions over the invented
training articles (``training/ner/warta_invented_train.jsonl``, the five labels of the
blind guide), read with the learned pass left out (``place_types=False``), whose span the
gold marks ``GPE`` or ``LOC``: what the pass must say of each. The learner is an averaged
perceptron over ``warta.place_types.features`` (the averaged weights generalize better than
the last update's and need no tuning); weights are rounded to four decimals and written
with sorted keys, so a rerun writes the same bytes.

``--folds N`` measures instead of writing: the articles are dealt into N folds (a fixed
shuffle), each fold is typed by weights trained on the others, with the article-level sum
of the pass, and the wrong types made right and the right ones made wrong are counted.

    .venv/bin/python scripts/train_place_types.py [--folds 5] [--epochs 8]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The library of this checkout, whatever the virtualenv's editable install points at.
sys.path.insert(0, str(ROOT / "src"))
TRAINING = ROOT / "training" / "ner" / "warta_invented_train.jsonl"
OUT = ROOT / "src" / "warta" / "models" / "place-types.json"
SEED = 0
# Articles per extraction batch: one model pass over their sentences.
BATCH = 200


@dataclass(frozen=True, slots=True)
class Example:
    article: int
    surface: str
    label: str  # the extractor's, before the pass
    features: list[str]
    gold: str  # GPE or LOC
    open: bool  # a name the pass types (``warta.entities.open_place_names``)


def read_examples(path: Path) -> list[Example]:
    """The extractor's places over the articles of ``path`` whose span the gold types GPE
    or LOC, with their features, in file order."""
    from warta.entities import extract_mentions_batch, open_place_names
    from warta.headline import fold_headline
    from warta.place_types import PLACE_LABELS, features
    from warta.segment import segment

    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    examples: list[Example] = []
    for first in range(0, len(records), BATCH):
        batch = records[first : first + BATCH]
        articles = [(record["text"], segment(record["text"])) for record in batch]
        extracted = extract_mentions_batch(articles, place_types=False)
        for number, (record, (text, sentences), mentions) in enumerate(
            zip(batch, articles, extracted, strict=True), start=first
        ):
            view = fold_headline(text, sentences)
            gold = {(start, end): label for start, end, label in record["entities"]}
            open_names = open_place_names(view, mentions)
            for mention in mentions:
                truth = gold.get((mention.start, mention.end))
                if mention.label not in PLACE_LABELS or truth not in PLACE_LABELS:
                    continue
                surface = view[mention.start : mention.end]
                names = features(view, mention.start, mention.end, mention.label, mention.method)
                examples.append(
                    Example(number, surface, mention.label, names, truth, surface in open_names)
                )
        print(f"  {min(first + BATCH, len(records))}/{len(records)} articles", file=sys.stderr)
    return examples


def train(examples: Sequence[Example], epochs: int) -> dict[str, float]:
    """Averaged perceptron weights: positive for GPE, negative for LOC."""
    weights: defaultdict[str, float] = defaultdict(float)
    totals: defaultdict[str, float] = defaultdict(float)
    stamps: defaultdict[str, int] = defaultdict(int)
    order = list(examples)
    shuffle = random.Random(SEED)
    step = 1
    for _ in range(epochs):
        shuffle.shuffle(order)
        for example in order:
            target = 1 if example.gold == "GPE" else -1
            if target * sum(weights[name] for name in example.features) <= 0:
                for name in example.features:
                    # the weight's value since its last change, counted before it changes
                    totals[name] += (step - stamps[name]) * weights[name]
                    stamps[name] = step
                    weights[name] += target
            step += 1
    for name in weights:
        totals[name] += (step - stamps[name]) * weights[name]
    averaged = {name: round(total / step, 4) for name, total in totals.items()}
    return {name: weight for name, weight in sorted(averaged.items()) if weight}


def cross_validate(examples: Sequence[Example], folds: int, epochs: int) -> tuple[int, int]:
    """Wrong types made right and right types made wrong, each fold typed by the others."""
    from warta.place_types import score

    articles = sorted({example.article for example in examples})
    random.Random(SEED).shuffle(articles)
    fold_of = {article: index % folds for index, article in enumerate(articles)}
    gained = lost = 0
    for fold in range(folds):
        weights = train([e for e in examples if fold_of[e.article] != fold], epochs)
        held = [e for e in examples if fold_of[e.article] == fold]
        totals: defaultdict[tuple[int, str], float] = defaultdict(float)
        for example in held:
            totals[example.article, example.surface] += score(weights, example.features)
        fold_gained = fold_lost = 0
        for example in held:
            if not example.open:
                continue
            total = totals[example.article, example.surface]
            typed = "GPE" if total > 0 else "LOC" if total < 0 else example.label
            if typed != example.label:
                fold_gained += typed == example.gold
                fold_lost += example.label == example.gold
        print(f"fold {fold}: {fold_gained} made right, {fold_lost} made wrong")
        gained, lost = gained + fold_gained, lost + fold_lost
    return gained, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--training", type=Path, default=TRAINING, help="five-label articles")
    parser.add_argument("--out", type=Path, default=OUT, help="weights file to (over)write")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate; write nothing")
    args = parser.parse_args()
    examples = read_examples(args.training)
    towns = sum(example.gold == "GPE" for example in examples)
    print(f"{len(examples)} places ({towns} GPE, {len(examples) - towns} LOC)")
    if args.folds:
        gained, lost = cross_validate(examples, args.folds, args.epochs)
        print(f"{args.folds} folds: {gained} made right, {lost} made wrong, net {gained - lost}")
        return
    weights = train(examples, args.epochs)
    document = {
        "about": "GPE/LOC choice of warta.place_types, by scripts/train_place_types.py",
        "trained_on": args.training.name,
        "examples": len(examples),
        "epochs": args.epochs,
        "weights": weights,
    }
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
