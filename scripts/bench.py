"""`make bench`: every speed benchmark of the project in one run, baselines beside them.

Runs, each in its own process so none warms another's caches:
- scripts/bench_segment.py: segmentation MB/s vs spacy.blank("id") + sentencizer (issue 4);
- scripts/bench_ner.py: NER MB/s and sentences/s, model + rules vs rules alone (issue 5);
- scripts/bench_validate.py: validate rows/s vs `frictionless validate` (issue 7);
- scripts/bench_build.py: corpus build articles/s for --jobs 1 and 2, peak memory, NER
  model alone and the blank sentencizer (issue 10).
Results are printed and written to .bench/results.json. Speed is never a unit test: the
machines are shared and noisy, so figures are medians where a benchmark repeats.

    python scripts/bench.py [--only segment,ner,validate,build] [--quick]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCHES = {
    "segment": ["scripts/bench_segment.py", "--json"],
    "ner": ["scripts/bench_ner.py", "--json"],
    "validate": ["scripts/bench_validate.py", "--json"],
    "build": ["scripts/bench_build.py", "--json"],
}
QUICK = {
    "validate": ["--sentences", "100000"],
    "build": ["--articles", "1000", "--baseline-articles", "300"],
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", default=",".join(BENCHES), help="comma-separated subset")
    parser.add_argument("--quick", action="store_true", help="smaller inputs (a smoke run)")
    args = parser.parse_args()
    results: dict[str, object] = {}
    for name in args.only.split(","):
        command = [sys.executable, *BENCHES[name], *(QUICK.get(name, []) if args.quick else [])]
        print(f"== {name}: {' '.join(command[1:])}", file=sys.stderr, flush=True)
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(done.stderr[-2000:], file=sys.stderr)
            results[name] = {"error": f"exit {done.returncode}"}
            continue
        results[name] = json.loads(done.stdout)
        print(json.dumps(results[name], indent=2))
    out = REPO / ".bench" / "results.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
