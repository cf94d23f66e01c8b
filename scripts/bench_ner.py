"""Throughput of ``warta.entities.extract_mentions``: model + rules vs rules/gazetteer alone.

Usage: ``.venv/bin/python scripts/bench_ner.py [--repeat 5] [--json]``

The text is the seed gold article plus the documents of the vendored public training
files (training/ner/ner_*.jsonl, in the repository, so every checkout measures the same
bytes; the invented training articles added later are left out so that the figures stay
comparable with earlier runs). Each run
segments every document and extracts mentions from all of them in one batch
(``extract_mentions_batch``, one ``nlp.pipe``); the median over ``--repeat`` runs is
reported in MB/s (UTF-8 bytes) and sentences/s, with the one-off model load time (spaCy
import included) measured first in this fresh process. Results go to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from warta.entities import extract_mentions_batch
from warta.ner_model import load_model
from warta.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "tests" / "gold" / "kursk-sappers.ner.jsonl"
TRAINING = ROOT / "training" / "ner"


def bench_texts() -> list[str]:
    texts = [json.loads(SEED_GOLD.read_text(encoding="utf-8"))["text"]]
    for path in sorted(TRAINING.glob("ner_*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines]
    return texts


def run(texts: list[str], use_model: bool) -> tuple[float, int]:
    """Seconds for one pass over ``texts`` (segment, then one batched extraction) and the
    number of sentences seen."""
    started = time.perf_counter()
    articles = [(text, segment(text)) for text in texts]
    extract_mentions_batch(articles, use_model=use_model)
    return time.perf_counter() - started, sum(len(spans) for _, spans in articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per mode (median kept)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    started = time.perf_counter()
    load_model()
    load_seconds = time.perf_counter() - started
    texts = bench_texts()
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    result: dict[str, object] = {
        "documents": len(texts),
        "megabytes": round(megabytes, 4),
        "model_load_seconds": round(load_seconds, 3),
    }
    run(texts[:20], use_model=True)  # warm-up: first-call allocations, gazetteer load
    for mode, use_model in (("model_and_rules", True), ("rules_only", False)):
        timings = []
        for number in range(args.repeat):
            seconds, sentences = run(texts, use_model)
            timings.append(seconds)
            print(f"{mode} run {number + 1}/{args.repeat}: {seconds:.2f} s", file=sys.stderr)
        median = statistics.median(timings)
        result[mode] = {
            "median_seconds": round(median, 3),
            "mb_per_s": round(megabytes / median, 4),
            "sentences_per_s": round(sentences / median, 1),
        }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['documents']} documents, {megabytes:.3f} MB")
    print(f"model load (incl. spaCy import): {load_seconds:.2f} s")
    for mode in ("model_and_rules", "rules_only"):
        figures = result[mode]
        assert isinstance(figures, dict)
        print(
            f"{mode:<16} {figures['mb_per_s']:.3f} MB/s  "
            f"{figures['sentences_per_s']:.0f} sentences/s  (median {figures['median_seconds']} s)"
        )


if __name__ == "__main__":
    main()
