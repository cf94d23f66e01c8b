"""Corpus build benchmark (issue 10): articles/s and MB/s of `warta build` for --jobs 1 and
--jobs 2, peak memory, and two baselines over the same texts in the same run: the
project's NER model alone (`nlp.pipe`, batched, one process) and `spacy.blank("id")` with
its `sentencizer`; and, inside one in-process build of the first articles, the share of
CPU time spent outside the model's calls (the issue's "everything around the model").

The corpus is synthetic (scripts/make_corpus.py, deterministic). Builds run as
subprocesses (interpreter start and model loading included), memory is the peak of the
summed RSS of the build's process tree, sampled every 0.1 s.

    python scripts/bench_build.py --articles 10000 [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / ".bench"


def ensure_corpus(articles: int) -> Path:
    corpus = BENCH / f"corpus-{articles}.jsonl"
    if not corpus.exists():
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts/make_corpus.py"),
                "--articles",
                str(articles),
                "--out",
                str(corpus),
            ],
            check=True,
        )
    return corpus


def run_build(corpus: Path, jobs: int) -> dict[str, float]:
    """Wall time, CPU time (user + system, worker processes included) and peak tree RSS
    of one `warta build` subprocess. CPU time is reported beside wall time because it
    holds up on a shared machine, where other jobs stretch wall time."""
    import resource

    import psutil

    out = BENCH / f"build-jobs{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    dataset = BENCH / "dataset"
    dataset.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "dataset/package.yaml", dataset / "package.yaml")
    command = [
        sys.executable,
        "-m",
        "warta",
        "build",
        "--input",
        str(corpus),
        "--out",
        str(out),
        "--dataset",
        str(dataset),
        "--jobs",
        str(jobs),
        "--quiet",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    parent = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"build with --jobs {jobs} failed ({process.returncode})")
    system = after.ru_stime - before.ru_stime
    cpu = (after.ru_utime - before.ru_utime) + system
    # System time on its own: page faults show there (warta.allocator).
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "system_seconds": system,
        "peak_rss_mb": peak / 1e6,
    }


def texts_of(corpus: Path) -> list[str]:
    with corpus.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


def ner_alone(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for the project's NER model over the texts (loading excluded)."""
    from warta.ner_model import load_model

    nlp = load_model()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def model_share(corpus: Path, articles: int) -> dict[str, float]:
    """CPU seconds of an in-process ``--jobs 1`` build of the corpus's first ``articles``,
    and how much of it was spent inside the NER model's calls
    (``warta.entities.predict_spans``, model loaded beforehand): what everything around
    the model costs, measured within one build rather than against a separate run. Beside
    it, the model alone over the same articles in the same process (``ner_alone``), so
    the model's own slowdown inside the build (one document per sentence, other work
    between batches) is measured too, not folded into "around the model"."""
    import warta.entities
    from warta.build import build
    from warta.ner_model import load_model

    subset = BENCH / f"corpus-first-{articles}.jsonl"
    with corpus.open(encoding="utf-8") as source:
        subset.write_text("".join(itertools.islice(source, articles)), "utf-8")
    load_model()
    original = warta.entities.predict_spans
    spent = [0.0]

    def timed(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        started = time.process_time()
        try:
            return original(texts)
        finally:
            spent[0] += time.process_time() - started

    warta.entities.predict_spans = timed
    out = BENCH / "build-share"
    shutil.rmtree(out, ignore_errors=True)
    try:
        started = time.process_time()
        build(None, out, input_jsonl=subset, dataset_dir=BENCH / "dataset", jobs=1)
        total = time.process_time() - started
    finally:
        warta.entities.predict_spans = original
    _, alone = ner_alone(texts_of(subset))
    return {
        "articles": articles,
        "cpu_seconds": round(total, 2),
        "model_cpu_seconds": round(spent[0], 2),
        "around_model_share": round((total - spent[0]) / total, 3),
        "model_alone_cpu_seconds": round(alone, 2),
        "model_in_build_over_alone": round(spent[0] / alone, 3),
    }


def sentencizer_alone(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument(
        "--baseline-articles",
        type=int,
        default=2_000,
        help="articles for the sentencizer baseline (it is slow); MB/s is reported",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpus = ensure_corpus(args.articles)
    texts = texts_of(corpus)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    results: dict[str, object] = {"articles": len(texts), "megabytes": round(megabytes, 2)}
    for jobs in (1, 2):
        run = run_build(corpus, jobs)
        results[f"build_jobs{jobs}"] = {
            **{k: round(v, 2) for k, v in run.items()},
            "articles_per_s": round(len(texts) / run["seconds"], 1),
            "mb_per_s": round(megabytes / run["seconds"], 3),
        }
    ner_seconds, ner_cpu = ner_alone(texts)
    results["ner_model_alone"] = {
        "seconds": round(ner_seconds, 2),
        "cpu_seconds": round(ner_cpu, 2),
        "mb_per_s": round(megabytes / ner_seconds, 3),
        "articles_per_s": round(len(texts) / ner_seconds, 1),
    }
    results["model_share_in_build"] = model_share(corpus, args.baseline_articles)
    sample = texts[: args.baseline_articles]
    sample_mb = sum(len(t.encode("utf-8")) for t in sample) / 1e6
    blank_seconds = sentencizer_alone(sample)
    results["spacy_blank_sentencizer"] = {
        "articles": len(sample),
        "seconds": round(blank_seconds, 2),
        "mb_per_s": round(sample_mb / blank_seconds, 3),
    }
    one, two = results["build_jobs1"], results["build_jobs2"]
    assert isinstance(one, dict) and isinstance(two, dict)
    results["speedup_jobs2_over_jobs1"] = round(one["seconds"] / two["seconds"], 2)
    results["build_jobs1_over_ner_alone"] = round(ner_seconds / one["seconds"], 2)
    results["build_jobs1_over_ner_alone_cpu"] = round(ner_cpu / one["cpu_seconds"], 2)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"corpus: {len(texts)} synthetic articles, {megabytes:.1f} MB")
    for name in (
        "build_jobs1",
        "build_jobs2",
        "ner_model_alone",
        "model_share_in_build",
        "spacy_blank_sentencizer",
    ):
        print(f"  {name:<26} {results[name]}")
    print(f"  --jobs 2 / --jobs 1 speed-up: {results['speedup_jobs2_over_jobs1']}x (target >= 1.7)")
    print(
        f"  build --jobs 1 / NER alone throughput: {results['build_jobs1_over_ner_alone']}x "
        f"(target >= 0.8); by CPU time {results['build_jobs1_over_ner_alone_cpu']}x"
    )


if __name__ == "__main__":
    main()
