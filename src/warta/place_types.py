"""GPE or LOC for a place: a learned choice for what the gazetteer and the rules leave open
(issue 5).

The NER model learns one label for places: the public training files type every place
``LOC``, so it cannot tell a town (``GPE``, OntoNotes' place with a government) from a
site (``LOC``: a mountain, a beach, a resort, a district of a city). The gazetteer types
the names it knows, the town rules (``warta.entities``) the names placed by a word before
them (``di sekitar Mahama``); what is left stays the model's ``LOC``. In the invented
training articles (``training/ner/``) the unknown names like a town's the model called
places were towns 1,113 times and sites 925: a coin toss no single word decides, and the
commonest type error of the extractor there (gold GPE typed LOC 1,550 times, the
reverse 817, in 98,000 mentions).

This pass decides it with a linear model over each place mention's words and
surroundings (:func:`features`: its words, its last letters, the label it has and what
gave it, what the gazetteer knows of it and of the name after its comma, the words before
it, a day or a dateline after it), an averaged perceptron trained by
``scripts/train_place_types.py`` on the invented articles' five-label gold (the blind
guide's convention) and shipped as ``models/place-types.json``. A name's scores are
summed over its mentions in the article, so it is typed once per article, by all its
contexts together. Only names no rule settles are typed
(``warta.entities.open_place_names``: no head word such as ``Pulau`` or ``Atol``, no
known place's compass part, no mountain's bare name, not ``Barat``). Cross-validated over
the invented articles (five folds by article), it makes 1,295 wrong types right and 324
right ones wrong (``train_place_types.py --folds 5``); it added 0.003 of typed F1 on blind
samples 131-134 and 0.002 on 135-138, which nobody here has read
(``training/ner/README.md``).

Pure: the weights are read once per process; with no weights file every label stays.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace
from importlib import resources

from warta.entity_rules import Candidate
from warta.gazetteer import is_country, label_of

WEIGHTS = "models/place-types.json"
PLACE_LABELS = ("GPE", "LOC")
# Words and single marks, as the features read the text around a mention.
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_DAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})
# The capitalized name after a mention's comma (``Macul, Santiago``: a town's region).
_NAME_AFTER_COMMA = re.compile(r", ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*)")
# A dateline's agency after the town (``Tucson, Arizona (ANTARA)``, ``Scarperia (Reuters)``).
_DATELINE_AFTER = re.compile(r" \((?:ANTARA|[A-Z]+)")
# How far the features look on each side of a mention, in characters.
_REACH = 40


def features(text: str, start: int, end: int, label: str, method: str) -> list[str]:
    """The features of the mention ``text[start:end]`` labelled ``label`` by ``method``
    (``model``, ``rule``, ``gazetteer``): strings, each worth its weight. The training
    script and this pass share this one function."""
    surface = text[start:end]
    words = surface.split(" ")
    known = label_of(surface)
    # the label with what gave it: a rule's LOC (``negara-negara Barat``, the West) is
    # surer than the model's
    found = [f"lab={label}", f"by={label}/{method}", "bias", f"gaz={known}"]
    found.append(f"gaz1={label_of(words[0]) if len(words) > 1 else known}")
    if known == "GPE" and is_country(surface):
        found.append("country")
    found += [f"w0={words[0].lower()}", f"wl={words[-1].lower()}", f"n={min(len(words), 4)}"]
    found += [f"w={word.lower()}" for word in words]
    last = words[-1].lower()
    found += [f"s3={last[-3:]}", f"s2={last[-2:]}"]
    before = _TOKEN.findall(text, max(0, start - _REACH), start)
    after = _TOKEN.findall(text, end, end + _REACH)
    first_before = before[-1].lower() if before else "^"
    second_before = before[-2].lower() if len(before) > 1 else "^"
    found += [f"p1={first_before}", f"p2={second_before}_{first_before}"]
    if start == 0 or text[max(0, start - 2) : start] == "\n\n":
        found.append("para")
    next_token = after[0] if after else "$"
    found.append(f"n1={'CAP' if next_token[:1].isupper() else next_token.lower()}")
    if next_token == "," and len(after) > 1:
        token = after[1]
        if token in _DAYS:
            found.append("n=day")  # ``di Temse, Minggu (8/3)``: where it happened
        elif token[:1].isupper():
            name = _NAME_AFTER_COMMA.match(text, end, end + _REACH + 10)
            found.append(f"ncg={label_of(name.group(1)) if name else None}")
        else:
            found.append(f"n2={token.lower()}")
    if _DATELINE_AFTER.match(text, end, end + 12):
        found.append("dateline")
    return found


@functools.cache
def load_weights() -> dict[str, float]:
    """The shipped weights (empty when the model was not trained: labels then stay)."""
    resource = resources.files("warta").joinpath(WEIGHTS)
    if not resource.is_file():
        return {}
    weights: dict[str, float] = json.loads(resource.read_text("utf-8"))["weights"]
    return weights


def score(weights: dict[str, float], names: Sequence[str]) -> float:
    """Above zero: a town (GPE); below: a site (LOC)."""
    return sum(weights.get(name, 0.0) for name in names)


def type_places(
    text: str,
    chosen: Sequence[Candidate],
    names: Collection[str],
    weights: dict[str, float] | None = None,
) -> list[Candidate]:
    """``chosen`` with each GPE or LOC whose text is one of ``names`` (the names no rule
    has typed: ``warta.entities.open_place_names``) typed by the summed scores of its
    mentions in the article. Every other mention is left as it is."""
    weights = load_weights() if weights is None else weights
    if not weights or not names:
        return list(chosen)
    totals: defaultdict[str, float] = defaultdict(float)
    for candidate in chosen:
        surface = text[candidate.start : candidate.end]
        if candidate.label in PLACE_LABELS and surface in names:
            found = features(
                text, candidate.start, candidate.end, candidate.label, candidate.method
            )
            totals[surface] += score(weights, found)
    typed = []
    for candidate in chosen:
        surface = text[candidate.start : candidate.end]
        if candidate.label in PLACE_LABELS and surface in names:
            total = totals[surface]
            label = "GPE" if total > 0 else "LOC" if total < 0 else candidate.label
            if label != candidate.label:
                candidate = replace(candidate, label=label)
        typed.append(candidate)
    return typed
