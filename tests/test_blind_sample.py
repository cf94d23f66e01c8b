"""scripts/blind_sample.py: the markup of blind samples and their scoring (issue 5).

The scored article is the seed's dateline paragraph, marked by hand from the seed's gold
(tests/gold/kursk-sappers.ner.jsonl): Moskow GPE, Suarathailand ORG, Korea Utara GPE,
Rusia GPE, Ukraina GPE, Kursk GPE, Kementerian Pertahanan Rusia ORG. The extractor finds
exactly these on the seed, so the score must be perfect; one mention marked wrongly must
cost a false positive and a false negative.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SEED_MARKED = (
    "[[Moskow|GPE]], [[Suarathailand|ORG]]- Pasukan [[Korea Utara|GPE]] yang membantu "
    "[[Rusia|GPE]] menangkal serangan besar [[Ukraina|GPE]] ke wilayah [[Kursk|GPE]] barat "
    "kini memainkan peran penting dalam membersihkan ranjau di wilayah tersebut, ungkap "
    "[[Kementerian Pertahanan Rusia|ORG]] pada hari Jumat."
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("blind_sample", ROOT / "scripts/blind_sample.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
