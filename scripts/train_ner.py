"""Train the Indonesian NER model shipped in ``src/warta/models/ner-id/`` (issue 5).

Run by ``make model`` as ``.venv/bin/python scripts/train_ner.py``. Deterministic on CPU:
fixed seeds, fixed file order, fixed epoch count, single thread. Reads only the vendored
training copies in ``training/ner/`` (see its README for sources, licenses and the
de-duplication against the evaluation files); never the dev/valid files.

The model is deliberately small: a blank ``id`` pipeline with one ``ner`` component whose
own hash-embedding CNN (no vectors, no shared tok2vec) is narrow enough to load fast and run
well above the throughput of the stock ``efficiency`` config. Rules and gazetteer in
``warta.entities`` sit on top of it; this script only trains the statistical part.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The library of this checkout, whatever the virtualenv's editable install points at.
sys.path.insert(0, str(ROOT / "src"))
TRAIN_DIR = ROOT / "training" / "ner"
MODEL_DIR = ROOT / "src" / "warta" / "models" / "ner-id"
LABELS = ("PER", "ORG", "LOC")
SEED = 0
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def read_units(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """One training unit per dataset sentence: its text and entity spans relative to it.

    Units rather than the 10-unit pseudo-documents, because neighbouring units are unrelated
    (evaldata README, caveats) and ``warta.entities`` runs the model one sentence at a time.
    """
    units: list[tuple[str, list[tuple[int, int, str]]]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = record["text"]
            for start, end in record["units"]:
                spans = [
                    (s - start, e - start, label)
                    for s, e, label in record["entities"]
                    if start <= s and e <= end and label in LABELS
                ]
                units.append((text[start:end], spans))
    return units


def build_examples(nlp: Any, units: list[tuple[str, list[tuple[int, int, str]]]]) -> list[Any]:
    """Gold spans aligned to spaCy tokens; a span that no token boundary fits is dropped."""
    from spacy.training import Example

    examples = []
    dropped = 0
    for text, spans in units:
        reference = nlp.make_doc(text)
        ents: list[Any] = []
        for start, end, label in spans:
            span = reference.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or any(
                span.start < other.end and other.start < span.end for other in ents
            ):
                dropped += 1
                continue
            ents.append(span)
        reference.ents = ents
        examples.append(Example(nlp.make_doc(text), reference))
    print(f"examples {len(examples)}, dropped spans {dropped}", file=sys.stderr)
    return examples


def write_common_words(units: list[tuple[str, list[tuple[int, int, str]]]], out: Path) -> int:
    """Write the words the training text mostly writes in lower case, one per line.

    ``warta.entities`` uses them to tell a capitalized title or portfolio word (``Luar``,
    ``Negeri``, ``Pertahanan``) from a name word after a title: a name is rarely written in
    lower case. Kept with the model because it is derived from the same training data.
    """
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text, _ in units:
        for index, word in enumerate(WORD.findall(text)):
            if word.islower():
                lower[word] += 1
            elif index > 0 and word[0].isupper():
                capital[word.lower()] += 1
    common = sorted(
        word for word, count in lower.items() if count >= 3 and 4 * count >= capital[word]
    )
    header = "# lower-case words of training/ner/ (see its README); written by train_ner.py\n"
    (out / "common_words.txt").write_text(header + "\n".join(common) + "\n", encoding="utf-8")
    return len(common)


def make_pipeline(width: int, depth: int, rows: int) -> Any:
    import spacy

    from warta.ner_model import register_tokenizer

    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": register_tokenizer()}}})
    nlp.add_pipe(
        "ner",
        config={
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "extra_state_tokens": False,
                "hidden_width": 64,
                "maxout_pieces": 2,
                "use_upper": True,
                "tok2vec": {
                    "@architectures": "spacy.HashEmbedCNN.v2",
                    "pretrained_vectors": None,
                    "width": width,
                    "depth": depth,
                    "embed_size": rows,
                    "window_size": 1,
                    "maxout_pieces": 3,
                    "subword_features": True,
                },
            }
        },
    )
    return nlp


def train(args: argparse.Namespace) -> None:
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch  # type: ignore[attr-defined]

    fix_random_seed(SEED)
    rng = random.Random(SEED)
    nlp = make_pipeline(args.width, args.depth, args.rows)
    units = []
    for path in sorted(TRAIN_DIR.glob("*.jsonl")):
        file_units = read_units(path)
        print(f"{path.name}: {len(file_units)} units", file=sys.stderr)
        units.extend(file_units)
    examples = build_examples(nlp, units)
    optimizer = nlp.initialize(lambda: examples, sgd=None)
    optimizer.learn_rate = args.learn_rate
    started = time.perf_counter()
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        batches = minibatch(examples, size=compounding(4.0, 32.0, 1.001))  # type: ignore[no-untyped-call]
        for batch in batches:
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        print(
            f"epoch {epoch + 1}/{args.epochs} loss {losses.get('ner', 0.0):.1f} "
            f"({time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
        )
    out = Path(args.out)
    staging = out.with_name(out.name + ".partial")
    if staging.exists():
        shutil.rmtree(staging)
    nlp.meta["name"] = "ner_id_warta"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = (
        "Warta Indonesian NER (PER/ORG/LOC), trained by scripts/train_ner.py on training/ner/"
    )
    nlp.meta["license"] = "trained on MIT and CC BY 4.0 data: see training/ner/README.md"
    nlp.to_disk(staging, exclude=["vocab.vectors"])
    common = write_common_words(units, staging)
    print(f"common words {common}", file=sys.stderr)
    if spacy.load(staging).pipe_names != ["ner"]:
        raise SystemExit(f"{staging}: the saved model does not reload as a lone ner pipe")
    # Replace the shipped model only once the new one is complete and loads.
    if out.exists():
        shutil.rmtree(out)
    staging.rename(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(
        f"saved {out} ({size / 1e6:.2f} MB) in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(MODEL_DIR), help="model directory to (over)write")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--width", type=int, default=64, help="tok2vec width")
    parser.add_argument("--depth", type=int, default=3, help="tok2vec CNN depth")
    parser.add_argument("--rows", type=int, default=2500, help="hash-embedding rows per feature")
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--learn-rate", type=float, default=0.001)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    train(args)


if __name__ == "__main__":
    main()
