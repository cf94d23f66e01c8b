"""The shipped statistical NER model: loaded lazily, once per process, run in batches.

``scripts/train_ner.py`` writes it to ``models/ner-id/`` (a blank ``id`` pipeline with one
small ``ner`` component, labels PER/ORG/LOC). spaCy is imported here only, inside the
getter, so ``warta --help`` stays fast (STYLE.md, lazy imports).
"""

from __future__ import annotations

import functools
import gc
import importlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warta.allocator import tune_allocator

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner-id"
# Sentences per model batch. With OpenBLAS doing the products, larger matrices pay: in an
# in-process build of 1,000 articles the model took 8% less CPU at 512 than at 128, and
# 1,024 gained nothing more. Predictions do not depend on it (same package bytes).
BATCH_SIZE = 512


class ModelMissingError(RuntimeError):
    """The model directory is absent: the package was built without ``make model``."""


TOKENIZER = "warta.indonesian_tokenizer.v1"


@functools.cache
def register_tokenizer() -> str:
    """Register the model's tokenizer with spaCy (idempotent); returns its registry name.

    spaCy's Indonesian tokenizer carries ~16,000 special cases, nearly all hyphenated
    reduplications (``teman-teman``); building and deserializing them is most of a 2-20 s
    load. This one keeps the Indonesian prefix/suffix/infix rules and the ~350 special
    cases without a hyphen (abbreviations such as ``dr.``, ``dll.``, ``Prof.``), so
    reduplications split at the hyphen, the same way in training and at run time.
    """
    from spacy.lang.id import Indonesian
    from spacy.tokenizer import Tokenizer
    from spacy.util import (
        compile_infix_regex,
        compile_prefix_regex,
        compile_suffix_regex,
        registry,
    )

    def create_tokenizer() -> Any:
        def make_tokenizer(nlp: Any) -> Any:
            defaults = Indonesian.Defaults
            rules = {
                text: cases
                for text, cases in defaults.tokenizer_exceptions.items()
                if "-" not in text
            }
            return Tokenizer(
                nlp.vocab,
                rules=rules,
                prefix_search=compile_prefix_regex(defaults.prefixes).search,
                suffix_search=compile_suffix_regex(defaults.suffixes).search,
                infix_finditer=compile_infix_regex(defaults.infixes).finditer,
                url_match=defaults.url_match,
            )

        return make_tokenizer

    if TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(TOKENIZER, func=create_tokenizer)
    return TOKENIZER


@functools.cache
def load_model() -> Any:
    """The spaCy pipeline from ``MODEL_DIR``; fails loudly rather than falling back to rules.

    Its layers multiply matrices with numpy's OpenBLAS rather than thinc's default, BLIS:
    the BLIS wheel runs its generic reference kernel on the machines we measured (no
    kernel for the CPU is picked), about 3x slower per product than OpenBLAS, which picks
    its kernel at run time. Same arithmetic, same entities (tests/test_ner_model.py); the
    model takes about a fifth less CPU (issue 10, dataset/PERFORMANCE.md). OpenBLAS is held
    to one thread per process: ``--jobs`` already gives each core a worker, and a second
    BLAS thread spent 57% more CPU for 5% less wall time.
    """
    if not (MODEL_DIR / "config.cfg").is_file():
        raise ModelMissingError(
            f"{MODEL_DIR}: no NER model; run `make model` (scripts/train_ner.py) to train it"
        )
    import spacy
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    register_tokenizer()
    tune_allocator()  # batches reuse freed memory instead of faulting it back in
    threadpool_limits(limits=1, user_api="blas")
    nlp: Any = spacy.load(MODEL_DIR)
    nlp.tokenizer.prefix_search = anchored_search(nlp.tokenizer.prefix_search.__self__.pattern)
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for layer in component.model.walk():
            layer.ops = ops
    # Everything loaded so far (spaCy, thinc, the model's vocabulary and tables) lives as
    # long as the process: frozen out of the cyclic collector, which otherwise walks all
    # of it again at every full collection of the extraction's short-lived rows. About 3%
    # less CPU outside the model in a 1,000-article build (model predictions replayed:
    # 3.27-3.51 s against 3.36-3.62 s, six runs each, alternating).
    gc.collect()
    gc.freeze()
    return nlp


def anchored_search(pattern: str) -> Callable[[str], re.Match[str] | None]:
    """``re.compile(pattern).search`` for spaCy's prefix pattern, in half the time.

    spaCy writes its prefixes as one alternation ``^a|^b|…`` and searches each word with
    it: on the many words no prefix opens, the engine retries all ~170 branches at every
    position, although ``^`` holds at position 0 only. That was 40% of the tokenizer's
    time, itself a quarter of the model's (issue 10). ``match`` tries position 0 alone.
    A branch without ``^`` (one prefix, ``<a…>``, carries a ``|`` of its own) may still
    match further on, so the rest of the word is searched too, when it holds a character
    such a branch opens with. The same match as ``search`` for every string: at position
    0 the branches are tried in the same order, and from position 1 only the unanchored
    ones can match (tests/test_ner_model.py holds the two equal).
    """
    whole = re.compile(pattern)
    try:
        openers = _unanchored_openers(pattern)
    except (ImportError, AttributeError, IndexError, TypeError, ValueError):
        return whole.search  # the private parser changed shape: the plain, slower way
    if openers is None:
        return whole.search  # an unanchored branch of unknown first character

    def search(text: str) -> re.Match[str] | None:
        found = whole.match(text)
        if found is None and any(opener in text for opener in openers):
            found = whole.search(text, 1)
        return found

    return search


def _unanchored_openers(pattern: str) -> str | None:
    """The first characters of the top-level branches of ``pattern`` that do not open
    with ``^``, or None if one of them opens with something else than a literal. Read
    from the standard library's own regex parser (private and untyped, hence ``Any``;
    :func:`anchored_search` falls back to ``search`` if it ever changes shape)."""
    sre: Any = importlib.import_module("re._constants")
    sre_parse: Any = importlib.import_module("re._parser")
    tree = sre_parse.parse(pattern)
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] is sre.BRANCH else [tree]
    loose = [branch for branch in branches if branch[0] != (sre.AT, sre.AT_BEGINNING)]
    if not all(branch and branch[0][0] is sre.LITERAL for branch in loose):
        return None
    return "".join(sorted({chr(branch[0][1]) for branch in loose}))


def predict_spans(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """Entity ``(start, end, label)`` character spans per input text, in input order."""
    nlp = load_model()
    return [
        [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE)
    ]


@functools.cache
def load_word_list(name: str) -> frozenset[str]:
    """A word list ``train_ner.py`` writes beside the model, one word per line."""
    path = MODEL_DIR / name
    if not path.is_file():
        raise ModelMissingError(f"{path}: missing; run `make model` (scripts/train_ner.py)")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """True for a word usually written in lower case (``Pertahanan``), false for names."""
    return word.lower() in load_word_list("common_words.txt")


def is_org_place_word(word: str) -> bool:
    """True for a word the training text's organization and place names use more than its
    person names (``Perhubungan``, ``Jaya``): no first word of a person's name."""
    return word in load_word_list("org_place_words.txt")
