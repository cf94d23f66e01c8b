"""Vendor one NER train file of ``shared/evaldata`` into ``training/ner/`` (issue 5).

Usage: ``python scripts/vendor_ner_training.py SOURCE.jsonl [--drop-shared-with FILE ...]``

Implements the de-duplication recorded in ``training/ner/README.md``: every unit (dataset
sentence) whose letters and digits, lower-cased, equal those of a unit of any of the four
NER dev/valid files is removed (units with at least 20 such characters). With
``--drop-shared-with``, units shared (same key) with the given already-vendored files are
removed too, so one sentence is not learned twice under two annotation guidelines. The
remaining units of a document are re-joined with one space, their entity offsets shifted,
and every span is re-checked to slice correctly. Deterministic; prints what it dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALDATA = ROOT.parent / "shared" / "evaldata"
OUT_DIR = ROOT / "training" / "ner"
DEV_FILES = (
    "ner_idner2k_dev.detok.jsonl",
    "ner_indolem_nerui_dev01.detok.jsonl",
    "ner_indolem_nerugm_dev01.detok.jsonl",
    "ner_indonlu_nergrit_valid.detok.jsonl",
)
MIN_KEY = 20


def key(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def unit_keys(path: Path) -> set[str]:
    keys = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for start, end in record["units"]:
                unit_key = key(record["text"][start:end])
                if len(unit_key) >= MIN_KEY:
                    keys.add(unit_key)
    return keys


def filter_record(record: dict[str, object], banned: set[str]) -> tuple[dict[str, object], int]:
    text = str(record["text"])
    units = record["units"]
    assert isinstance(units, list)
    kept_units: list[list[int]] = []
    entities: list[list[object]] = []
    originals: list[list[object]] = []
    pieces: list[str] = []
    dropped = 0
    position = 0
    for start, end in units:
        if key(text[start:end]) in banned:
            dropped += 1
            continue
        if pieces:
            pieces.append(" ")
            position += 1
        shift = position - start
        for source, target in (("entities", entities), ("entities_orig", originals)):
            spans = record[source]
            assert isinstance(spans, list)
            target += [
                [s + shift, e + shift, label] for s, e, label in spans if start <= s and e <= end
            ]
        pieces.append(text[start:end])
        kept_units.append([position, position + end - start])
        position += end - start
    new_text = "".join(pieces)
    out = dict(record)
    out.update(text=new_text, units=kept_units, entities=entities, entities_orig=originals)
    return out, dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--drop-shared-with", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    banned: set[str] = set()
    for name in DEV_FILES:
        banned |= unit_keys(EVALDATA / name)
    dev_banned = len(banned)
    for path in args.drop_shared_with:
        banned |= unit_keys(path)
    out_path = OUT_DIR / args.source.name
    kept_units = dropped = mentions = 0
    with args.source.open(encoding="utf-8") as lines, out_path.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            original = {(str(record["text"])[s:e], label) for s, e, label in record["entities"]}
            filtered, removed = filter_record(record, banned)
            dropped += removed
            units = filtered["units"]
            assert isinstance(units, list)
            if not units:
                continue
            text = str(filtered["text"])
            spans = filtered["entities"]
            assert isinstance(spans, list)
            for s, e, label in spans:
                if (text[s:e], label) not in original:
                    raise SystemExit(f"{record['id']}: span {s}-{e} no longer slices correctly")
            kept_units += len(units)
            mentions += len(spans)
            out.write(json.dumps(filtered, ensure_ascii=False) + "\n")
    print(
        f"{out_path.name}: units kept {kept_units}, dropped {dropped} "
        f"({dev_banned} dev keys, {len(banned) - dev_banned} more from --drop-shared-with), "
        f"mentions {mentions}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
