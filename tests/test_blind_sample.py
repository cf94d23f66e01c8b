"""scripts/blind_sample.py: the markup of blind samples and their scoring (issue 5).

The scored article is the seed's dateline paragraph, marked by hand from the seed's gold
(tests/gold/kursk-sappers.ner.jsonl): Moskow GPE, Suarathailand ORG, Korea Utara GPE,
Rusia GPE, Ukraina GPE, Kursk GPE, Kementerian Pertahanan Rusia ORG. The extractor finds
exactly these on the seed, so the score must be perfect; one mention marked wrongly must
cost a false positive and a false negative.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
SEED_MARKED = (
    "[[Moskow|GPE]], [[Suarathailand|ORG]]- Pasukan [[Korea Utara|GPE]] yang membantu "
    "[[Rusia|GPE]] menangkal serangan besar [[Ukraina|GPE]] ke wilayah [[Kursk|GPE]] barat "
    "kini memainkan peran penting dalam membersihkan ranjau di wilayah tersebut, ungkap "
    "[[Kementerian Pertahanan Rusia|ORG]] pada hari Jumat."
)


def _script() -> ModuleType:
    return load_script("blind_sample")


def test_unmark_gives_the_plain_text_and_exact_offsets() -> None:
    text, mentions, problems = _script().unmark(SEED_MARKED)
    assert problems == []
    assert text.startswith("Moskow, Suarathailand- Pasukan Korea Utara yang")
    assert [(text[m["start"] : m["end"]], m["label"]) for m in mentions][:3] == [
        ("Moskow", "GPE"),
        ("Suarathailand", "ORG"),
        ("Korea Utara", "GPE"),
    ]


def test_unmark_reports_bad_labels_edges_and_stray_brackets() -> None:
    _, _, problems = _script().unmark("[[Budi |PER]] dan [[Jakarta|CITY]] [[Bogor")
    assert any("edge" in problem for problem in problems)
    assert any("unknown label CITY" in problem for problem in problems)
    assert any("stray" in problem for problem in problems)


def test_convert_then_score_the_seed_paragraph(tmp_path: Path) -> None:
    script = _script()
    marked = tmp_path / "marked.jsonl"
    wrong = SEED_MARKED.replace("[[Suarathailand|ORG]]", "[[Suarathailand|PER]]")
    marked.write_text(
        json.dumps({"id": "seed-1", "marked": SEED_MARKED})
        + "\n"
        + json.dumps({"id": "seed-2", "marked": wrong})
        + "\n",
        "utf-8",
    )
    assert script.convert(marked) == 0
    counts = script.score([tmp_path / "articles.jsonl"], errors=False)
    # counted by hand: five places and two bodies an article, twice
    assert counts["GPE"] == (10, 0, 0)
    assert counts["ORG"] == (3, 1, 0)  # seed-2's Suarathailand: found ORG, marked PER
    assert counts["PER"] == (0, 0, 1)


def test_units_are_the_sentences_and_the_model_learns_a_gpe_as_loc(tmp_path: Path) -> None:
    """An invented training article becomes one record of sentences (``units``) and mentions
    with their five labels; `train_ner.py` reads it as units whose GPE is LOC and whose
    NORP is not learnt. The article: two sentences, the second holding a person and a
    people."""
    script = _script()
    marked = tmp_path / "marked.jsonl"
    article = (
        "[[Pemkab Sleman|ORG]] meninjau [[Desa Sukamaju|GPE]]. "
        "Kepala desa [[Budi Santoso|PER]] menyambut warga [[Jawa|NORP]]."
    )
    marked.write_text(json.dumps({"id": "t-1", "marked": article}) + "\n", "utf-8")
    assert script.convert(marked) == 0
    out = tmp_path / "train.jsonl"
    assert script.units(out, [tmp_path / "articles.jsonl"]) == 0
    record = json.loads(out.read_text("utf-8"))
    text = record["text"]
    assert [text[s:e] for s, e in record["units"]] == [
        "Pemkab Sleman meninjau Desa Sukamaju.",
        "Kepala desa Budi Santoso menyambut warga Jawa.",
    ]
    assert [(text[s:e], label) for s, e, label in record["entities"]] == [
        ("Pemkab Sleman", "ORG"),
        ("Desa Sukamaju", "GPE"),
        ("Budi Santoso", "PER"),
        ("Jawa", "NORP"),
    ]
    units = load_script("train_ner").read_units(out)
    assert [(unit[s:e], label) for unit, spans in units for s, e, label in spans] == [
        ("Pemkab Sleman", "ORG"),
        ("Desa Sukamaju", "LOC"),
        ("Budi Santoso", "PER"),
    ]


def test_units_reports_a_mention_across_a_sentence_end(tmp_path: Path) -> None:
    script = _script()
    articles = tmp_path / "articles.jsonl"
    text = "Ia tiba di Bogor. Kota itu ramai."
    mention = {"start": 11, "end": 22, "label": "GPE", "text": text[11:22]}
    articles.write_text(json.dumps({"id": "t-2", "text": text, "mentions": [mention]}) + "\n")
    assert script.units(tmp_path / "train.jsonl", [articles]) == 1
