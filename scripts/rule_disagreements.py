"""Where the entity rules and the NER model disagree: a list to read, not a score.

Usage: ``.venv/bin/python scripts/rule_disagreements.py [FILE.jsonl ...] [--certain-only]``

The dev files cannot say much about the rules (issue 5): their documents are unrelated
sentences, and few of them hold the patterns the rules are for (a title, an affiliation
and a name; a medium and its name; a call sign). This script reads any JSON Lines files
with a ``text`` field (default: the vendored training files in training/ner/), runs the
rules (``warta.entity_rules.find_rule_candidates``) and the model on every sentence, and
prints each distinct rule candidate the model does not find with the same span and label,
with the model's overlapping spans and some context. A certain (STRONG) candidate beats
the model in the merge, so those are where a wrong rule costs most: ``--certain-only``.

Most lines are the rule being right (that is why it exists); the others show a rule
reading a pattern too widely. Each fix found this way is a general rule with its own test,
never a patch for the sentence listed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from warta.entity_rules import STRONG, find_rule_candidates
from warta.ner_model import is_common_word, is_org_place_word, predict_spans
from warta.normalize import normalize_text
from warta.segment import segment

TRAINING = Path(__file__).resolve().parent.parent / "training" / "ner"
CONTEXT = 40
# The model knows PER, ORG and LOC only (its training data's labels): a gazetteer GPE or a
# NORP where it says LOC is the same answer.
_AS_MODEL = {"GPE": "LOC", "NORP": "LOC"}


def sentences_of(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            texts += [normalize_text(json.loads(line)["text"]) for line in handle if line.strip()]
    return [text[s.start : s.end] for text in texts for s in segment(text)]


def disagreements(sentences: list[str], certain_only: bool) -> list[str]:
    """One line per distinct (surface, label) rule candidate the model does not share."""
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for sentence, predicted in zip(sentences, predict_spans(sentences), strict=True):
        for candidate in find_rule_candidates(
            sentence, 0, len(sentence), is_common_word, is_org_place_word
        ):
            if certain_only and candidate.priority < STRONG:
                continue
            span = (candidate.start, candidate.end, _AS_MODEL.get(candidate.label, candidate.label))
            key = (sentence[candidate.start : candidate.end], candidate.label)
            if span in predicted or key in seen:
                continue
            seen.add(key)
            model = [
                (sentence[start:end], label)
                for start, end, label in predicted
                if start < candidate.end and candidate.start < end
            ]
            context = sentence[max(0, candidate.start - CONTEXT) : candidate.end + CONTEXT]
            lines.append(
                f"{candidate.label} {key[0]!r} (priority {candidate.priority}, "
                f"{candidate.method}) model={model} …{context!r}"
            )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines files with `text`")
    parser.add_argument("--certain-only", action="store_true", help="only STRONG candidates")
    args = parser.parse_args()
    files = args.files or sorted(TRAINING.glob("*.jsonl"))
    lines = disagreements(sentences_of(files), args.certain_only)
    print("\n".join(lines))
    print(f"{len(lines)} rule candidates the model does not share")


if __name__ == "__main__":
    main()
