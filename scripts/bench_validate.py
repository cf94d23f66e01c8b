"""Throughput of ``warta validate`` against ``frictionless validate`` (issue 7, "Speed").

Two measurements, each command run as a subprocess (interpreter start included), wall time
and the peak resident memory of each run's process (its ``ru_maxrss``):

(a) a large generated package (``scripts/make_large_package.py``, cached under
    ``.bench/large-<N>/``): ``warta validate --engine columnar`` and ``frictionless
    validate --json datapackage.json``, in data rows (all five tables) per second. At a
    million sentences Frictionless needs several minutes, so ``--frictionless-sentences``
    may give it a smaller package of the same kind; warta is then timed on that one too.
(b) the seed package (the repository root): ``warta validate`` (median of ``--seed-runs``)
    next to ``frictionless validate`` on the same package.

Both tools must agree that each package is valid, or the benchmark fails. Results go to
stdout (``--json`` for machines) and to ``.bench/bench_validate.json``.

Example::

    .venv/bin/python scripts/bench_validate.py
    .venv/bin/python scripts/bench_validate.py --sentences 1000000 --frictionless-sentences 100000
    .venv/bin/python scripts/bench_validate.py --sentences 20000 --runs 1 --json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / ".bench"
FRICTIONLESS = Path(sys.executable).parent / "frictionless"


def large_package(sentences: int) -> Path:
    """The generated package of ``sentences`` sentences, built once and then reused."""
    root = BENCH / f"large-{sentences}"
    if not (root / "datapackage.json").is_file():
        print(f"building {root} (once)", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts" / "make_large_package.py"),
                "--out",
                str(root),
                "--sentences",
                str(sentences),
            ],
            check=True,
        )
    return root


def data_rows(root: Path) -> int:
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    return sum(int(resource["rows"]) for resource in descriptor["resources"])


def timed_runs(
    command: list[str], cwd: Path, runs: int, valid: Any
) -> tuple[list[float], list[float]]:
    """Wall seconds and peak RSS (MB) of each run; ``valid(result)`` must hold for every run."""
    seconds, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        result, peak = run_measured(command, cwd)
        seconds.append(time.perf_counter() - started)
        peaks.append(peak)
        if not valid(result):
            raise SystemExit(
                f"{' '.join(command)} (in {cwd}) did not report a valid package:\n"
                f"{result.stdout[-2000:]}{result.stderr[-2000:]}"
            )
    return seconds, peaks


def run_measured(command: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """The command's result and its peak resident memory in MB, from ``wait4``'s resource
    usage of that one child (Linux reports ``ru_maxrss`` in kB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(
            command, process.returncode, out.read().decode(), err.read().decode()
        )
    return result, usage.ru_maxrss / 1024


def warta_valid(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode == 0


def frictionless_valid(result: subprocess.CompletedProcess[str]) -> bool:
    try:
        return bool(json.loads(result.stdout)["valid"])
    except (json.JSONDecodeError, KeyError):
        return False


def measure(name: str, command: list[str], root: Path, runs: int, valid: Any) -> dict[str, Any]:
    print(f"timing {name} on {root} ({runs} run(s))", file=sys.stderr)
    seconds, peaks = timed_runs(command, root, runs, valid)
    rows = data_rows(root)
    median = statistics.median(seconds)
    return {
        "tool": name,
        "package": str(root.relative_to(REPO) if root.is_relative_to(REPO) else root),
        "rows": rows,
        "runs": runs,
        "seconds": [round(s, 3) for s in seconds],
        "median_seconds": round(median, 3),
        "rows_per_second": round(rows / median),
        "peak_rss_mb": round(max(peaks)),
    }


def warta_command(engine: str) -> list[str]:
    return [sys.executable, "-m", "warta", "validate", ".", "--engine", engine]


def frictionless_command() -> list[str]:
    return [str(FRICTIONLESS), "validate", "--json", "datapackage.json"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=1_000_000, help="large package size")
    parser.add_argument(
        "--frictionless-sentences",
        type=int,
        help="a smaller package for the Frictionless side (default: the same package)",
    )
    parser.add_argument("--runs", type=int, default=3, help="warta runs on the large package")
    parser.add_argument(
        "--frictionless-runs", type=int, default=1, help="frictionless runs on the large package"
    )
    parser.add_argument("--seed-runs", type=int, default=5, help="runs on the seed package")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    large = large_package(args.sentences)
    results: dict[str, Any] = {"large": [], "seed": []}
    results["large"].append(
        measure(
            "warta validate --engine columnar",
            warta_command("columnar"),
            large,
            args.runs,
            warta_valid,
        )
    )
    small = large
    if args.frictionless_sentences and args.frictionless_sentences != args.sentences:
        small = large_package(args.frictionless_sentences)
        results["large"].append(
            measure(
                "warta validate --engine columnar",
                warta_command("columnar"),
                small,
                args.runs,
                warta_valid,
            )
        )
    friction = measure(
        "frictionless validate",
        frictionless_command(),
        small,
        args.frictionless_runs,
        frictionless_valid,
    )
    results["large"].append(friction)
    columnar = results["large"][0]
    results["ratio"] = round(columnar["rows_per_second"] / friction["rows_per_second"], 1)

    for name, command, valid in (
        ("warta validate", warta_command("auto"), warta_valid),
        ("warta validate --engine columnar", warta_command("columnar"), warta_valid),
        ("frictionless validate", frictionless_command(), frictionless_valid),
    ):
        results["seed"].append(measure(name, command, REPO, args.seed_runs, valid))

    BENCH.mkdir(exist_ok=True)
    (BENCH / "bench_validate.json").write_text(json.dumps(results, indent=2) + "\n")
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for section in ("large", "seed"):
        for row in results[section]:
            print(
                f"{section:5}  {row['tool']:34} {row['package']:24} {row['rows']:>9} rows  "
                f"median {row['median_seconds']:>8.2f} s  {row['rows_per_second']:>9} rows/s"
            )
    print(
        f"ratio (warta columnar rows/s on the large package / frictionless rows/s): "
        f"{results['ratio']}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
