"""How the shipped NER model is run (``warta.ner_model.load_model``).

Two changes from a plain ``spacy.load`` make it faster: the matrix products go to numpy's
OpenBLAS instead of thinc's default BLIS (one BLAS thread per process), and the
tokenizer's prefix pattern is matched at the start of each word instead of searched
through it. Speed is measured by ``make bench``, never timed here; these tests pin down
that both settings are taken and that they change no prediction: the model as spaCy
loads it (BLIS, plain ``search``) finds exactly the same entities over the vendored
training documents and the seed article.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from warta.ner_model import MODEL_DIR, anchored_search, load_model, predict_spans

ROOT = Path(__file__).resolve().parents[1]


def _layers_ops(nlp: object) -> set[tuple[str, bool]]:
    ner = nlp.get_pipe("ner")  # type: ignore[attr-defined]
    return {(type(layer.ops).__name__, layer.ops.use_blis) for layer in ner.model.walk()}


def test_model_multiplies_with_numpy_blas_on_one_thread() -> None:
    from threadpoolctl import threadpool_info

    nlp = load_model()
    assert _layers_ops(nlp) == {("NumpyOps", False)}
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas, "numpy's BLAS should be loaded with the model"
    assert {pool["num_threads"] for pool in blas} == {1}


def _training_texts(per_file: int) -> list[str]:
    texts = [json.loads((ROOT / "tests/gold/kursk-sappers.ner.jsonl").read_text())["text"]]
    for path in sorted((ROOT / "training/ner").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, per_file)]
    return texts


def _spans(found: re.Match[str] | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


def test_prefix_search_is_the_same_as_spacys() -> None:
    """Every word of the training texts, and strings where the one unanchored prefix
    branch (``<a …>``) matches past position 0 or where an anchored one matches at 0."""
    pattern = load_model().tokenizer.prefix_search
    plain = re.compile(_prefix_pattern()).search
    words = {word for text in _training_texts(10_000) for word in text.split()}
    words |= {
        "",
        "<",
        "x<a href=y>",
        "ab<a>",
        "<a href=y>z",
        "(Kompas)",
        "“Veles.”",
        "US$5",
        "...dan",
        "Rp10",
        "—kata",
        "x<a",
        "<b>tebal</b>",
    }
    assert any(_spans(plain(word)) not in (None, (0, 0)) for word in words)
    assert any(found is not None and found.start() > 0 for found in map(plain, words))
    for word in words:
        assert _spans(pattern(word)) == _spans(plain(word)), word


def _prefix_pattern() -> str:
    import spacy

    load_model()  # registers the tokenizer
    return str(spacy.load(MODEL_DIR).tokenizer.prefix_search.__self__.pattern)


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"^a|^bc|x+", ["a", "bc", "zbc", "zxx", "xa", "", "b"]),
        (r"^\(|(?<=\d)%", ["(1", "5%", "a%", "%"]),  # unanchored, no literal first: plain
        (r"^(?:a|b)", ["a", "ba", "ca"]),
    ],
)
def test_anchored_search_on_small_patterns(pattern: str, texts: list[str]) -> None:
    plain = re.compile(pattern).search
    fast = anchored_search(pattern)
    for text in texts:
        assert _spans(fast(text)) == _spans(plain(text)), (pattern, text)


def test_same_entities_as_with_blis() -> None:
    import spacy
    from thinc.api import use_ops

    load_model()  # registers the tokenizer
    with use_ops("numpy"):  # thinc's default: BLIS
        with_blis = spacy.load(MODEL_DIR)
    assert _layers_ops(with_blis) == {("NumpyOps", True)}
    texts = _training_texts(300)
    expected = [
        [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for doc in with_blis.pipe(texts, batch_size=64)
    ]
    assert sum(map(len, expected)) > 1000  # enough entities for the comparison to mean much
    assert predict_spans(texts) == expected


def test_anchored_search_falls_back_when_the_regex_parser_is_gone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``re._parser`` is private: if a Python release drops or reshapes it, the model
    still loads and tokenizes, with spaCy's plain ``search``."""
    import importlib

    real = importlib.import_module

    def without_parser(name: str, package: str | None = None) -> object:
        if name == "re._parser":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", without_parser)
    pattern = r"^a|^bc|x+"
    assert anchored_search(pattern) == re.compile(pattern).search


def test_word_lists_are_what_the_training_script_writes(tmp_path: Path) -> None:
    """``common_words.txt`` and ``org_place_words.txt`` beside the model are derived data:
    ``scripts/train_ner.py --word-lists-only`` writes them again from ``training/ner/``,
    byte for byte (a full ``make model`` writes them the same way)."""
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_ner.py"), "--word-lists-only",
         "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    for name in ("common_words.txt", "org_place_words.txt"):
        assert (tmp_path / name).read_bytes() == (MODEL_DIR / name).read_bytes(), name
