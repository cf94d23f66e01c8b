"""Generate the synthetic benchmark corpus (issue 10): N Indonesian news-like articles as
JSON Lines, deterministically (a fixed-seed PRNG over fixed inputs).

The text is synthetic: sentences are drawn from the permissively licensed texts the
repository already ships (the public NER training sample under training/ner/ner_*, the UD sample
under tests/data/seg/, the seed article), arranged into articles with a headline, a
dateline, paragraphs and attributed quotations. It is for measuring speed, not quality.

    python scripts/make_corpus.py --articles 10000 --out .bench/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from warta.normalize import normalize_text
from warta.segment import segment

REPO = Path(__file__).resolve().parents[1]
PLACES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Moskow", "Kyiv", "Seoul"]
PUBLISHERS = ["Suarathailand", "Kabar Nusantara", "Warta Harian"]
CUES = ["kata", "ujar", "tutur", "ungkap", "jelas"]


def sentence_pool() -> tuple[list[str], list[str]]:
    """Sentences and person names from the shipped, permissively licensed texts."""
    sentences: list[str] = []
    names: set[str] = set()
    # The public files only: the invented training articles came later, and the corpus
    # (and so every benchmark figure) stays the one earlier runs measured.
    files = sorted((REPO / "training" / "ner").glob("ner_*.jsonl")) + sorted(
        (REPO / "tests" / "data" / "seg").glob("*.jsonl")
    )
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record["text"]
            sentences.extend(
                text[s.start : s.end] for s in segment(text) if 40 <= s.end - s.start <= 400
            )
            for start, end, label in record.get("entities", []):
                if label == "PER" and " " in text[start:end]:
                    names.add(text[start:end])
    seed = normalize_text((REPO / "dataset/raw/kursk-sappers.txt").read_text(encoding="utf-8"))
    sentences.extend(seed[s.start : s.end] for s in segment(seed))
    return sentences, sorted(names) or ["Budi Santoso"]


def make_article(
    number: int, rng: random.Random, sentences: list[str], names: list[str]
) -> dict[str, object]:
    paragraphs = []
    for paragraph in range(rng.randint(6, 11)):
        chosen = [rng.choice(sentences) for _ in range(rng.randint(1, 3))]
        if paragraph > 0 and rng.random() < 0.3:
            words = chosen[0].rstrip(".!?")
            chosen[0] = f'"{words}," {rng.choice(CUES)} {rng.choice(names)}.'
        paragraphs.append(" ".join(chosen))
    place, publisher = rng.choice(PLACES), rng.choice(PUBLISHERS)
    paragraphs[0] = f"{place}, {publisher}- {paragraphs[0]}"
    headline = rng.choice(sentences)
    return {
        "article_id": f"synthetic-{number:07d}",
        "title": headline,
        "language": "id",
        "license": "synthetic text for benchmarks (sentences from CC BY / MIT / CC BY-SA sources)",
        "text": "\n".join([headline, *paragraphs]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path(".bench/corpus.jsonl"))
    parser.add_argument("--seed", type=int, default=20251114)
    args = parser.parse_args()
    sentences, names = sentence_pool()
    rng = random.Random(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for number in range(args.articles):
            article = make_article(number, rng, sentences, names)
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    size = args.out.stat().st_size
    print(f"wrote {args.articles} articles, {size / 1e6:.1f} MB to {args.out}")


if __name__ == "__main__":
    main()
