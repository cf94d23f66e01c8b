"""Throughput of ``warta.segment.segment`` against spaCy's rule-based sentencizer (issue 4).

The benchmark text is deterministic: the seed article and the vendored UD sample (both in
``tests/``), joined as paragraphs and repeated to the requested size. ``segment`` runs on
the whole text; spaCy (``spacy.blank("id")`` + ``sentencizer``, which also tokenizes) is
slower, so by default it runs on a prefix of the same text cut at a paragraph break, fed
document by document through ``nlp.pipe`` (twice as fast as one huge ``Doc``). Both figures
are medians over ``--runs`` runs, in MB/s of UTF-8 input on one core.

Example::

    .venv/bin/python scripts/bench_segment.py --megabytes 4 --runs 5
    .venv/bin/python scripts/bench_segment.py --json
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
import time
from collections.abc import Callable

from warta.segment import segment

TESTS = pathlib.Path(__file__).resolve().parent.parent / "tests"
SOURCES = [
    TESTS / "gold" / "kursk-sappers.seg.jsonl",
    *sorted((TESTS / "data" / "seg").glob("*.jsonl")),
]


def build_text(megabytes: float) -> str:
    """The seed and the UD sample as paragraphs, repeated until ``megabytes`` of UTF-8."""
    documents = [
        json.loads(line)["text"]
        for source in SOURCES
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    unit = "\n\n".join(documents)
    repeats = max(1, round(megabytes * 1e6 / len(unit.encode("utf-8"))))
    return "\n\n".join([unit] * repeats)


def prefix(text: str, megabytes: float) -> str:
    """The text up to the last paragraph break before ``megabytes`` of UTF-8."""
    head = text.encode("utf-8")[: int(megabytes * 1e6)].decode("utf-8", errors="ignore")
    cut = head.rfind("\n\n")
    return head[:cut] if cut > 0 else head


def median_seconds(run: Callable[[], int], runs: int) -> tuple[float, int]:
    """Median wall time of ``run`` and the sentence count it returned."""
    timings = []
    count = 0
    for _ in range(runs):
        started = time.perf_counter()
        count = run()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), count


def bench_warta(text: str, runs: int) -> dict[str, float | int | str]:
    seconds, sentences = median_seconds(lambda: len(segment(text)), runs)
    return measured("warta.segment", text, seconds, sentences)


def bench_spacy(text: str, runs: int) -> dict[str, float | int | str]:
    import spacy  # lazy: only the benchmark needs it

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    documents = text.split("\n\n")
    nlp.max_length = max(len(document) for document in documents) + 1

    def run() -> int:
        return sum(len(list(doc.sents)) for doc in nlp.pipe(documents))

    seconds, sentences = median_seconds(run, runs)
    return measured('spacy.blank("id") + sentencizer', text, seconds, sentences)


def measured(name: str, text: str, seconds: float, sentences: int) -> dict[str, float | int | str]:
    megabytes = len(text.encode("utf-8")) / 1e6
    return {
        "segmenter": name,
        "megabytes": round(megabytes, 3),
        "sentences": sentences,
        "median_seconds": round(seconds, 4),
        "mb_per_s": round(megabytes / seconds, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog="example: scripts/bench_segment.py --megabytes 4 --runs 5 --json",
    )
    parser.add_argument("--megabytes", type=float, default=4.0, help="size of the text")
    parser.add_argument("--runs", type=int, default=5, help="runs per segmenter (median)")
    parser.add_argument(
        "--spacy-megabytes", type=float, default=0.5, help="prefix of the text given to spaCy"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    options = parser.parse_args(argv)
    if options.runs < 1 or options.megabytes <= 0 or options.spacy_megabytes <= 0:
        parser.error("--runs must be >= 1 and the sizes > 0")

    text = build_text(options.megabytes)
    print(f"benchmark text: {len(text.encode('utf-8')) / 1e6:.2f} MB", file=sys.stderr)
    results = [
        bench_warta(text, options.runs),
        bench_spacy(prefix(text, options.spacy_megabytes), options.runs),
    ]
    ratio = round(float(results[0]["mb_per_s"]) / float(results[1]["mb_per_s"]), 1)
    if options.json:
        print(json.dumps({"runs": options.runs, "results": results, "ratio": ratio}, indent=2))
        return 0
    print(f"{'segmenter':<34} {'MB':>7} {'sentences':>10} {'median s':>9} {'MB/s':>8}")
    for row in results:
        print(
            f"{row['segmenter']:<34} {row['megabytes']:>7} {row['sentences']:>10} "
            f"{row['median_seconds']:>9} {row['mb_per_s']:>8}"
        )
    print(f"warta.segment is {ratio}x the throughput of the spaCy sentencizer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
