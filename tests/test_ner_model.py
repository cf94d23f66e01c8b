"""How the shipped NER model is run (``warta.ner_model.load_model``).

The model's matrix products go to numpy's OpenBLAS instead of thinc's default BLIS, one
BLAS thread per process. Its speed is measured by ``make bench``, never timed here; these
tests pin down that the setting is taken and that it changes no prediction: the same
model loaded with BLIS finds exactly the same entities over the vendored training
documents and the seed article.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from warta.ner_model import MODEL_DIR, load_model, predict_spans

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


def test_same_entities_as_with_blis() -> None:
    import spacy
    from thinc.api import use_ops

    load_model()  # registers the tokenizer
    with use_ops("numpy"):  # thinc's default: BLIS
        with_blis = spacy.load(MODEL_DIR)
    assert _layers_ops(with_blis) == {("NumpyOps", True)}
    texts = [json.loads((ROOT / "tests/gold/kursk-sappers.ner.jsonl").read_text())["text"]]
    for path in sorted((ROOT / "training/ner").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, 300)]
    expected = [
        [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for doc in with_blis.pipe(texts, batch_size=64)
    ]
    assert sum(map(len, expected)) > 1000  # enough entities for the comparison to mean much
    assert predict_spans(texts) == expected
