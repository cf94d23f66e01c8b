"""A large, valid Warta package for the validation benchmark (issue 7, "Speed").

The articles are built, not extracted: each is a sequence of paragraphs made of sentences
from a pool of Indonesian templates whose names (people, organisations, places) and quoted
words are filled in by pure arithmetic on the article and sentence numbers. Every offset is
carried from construction (never searched for again), so the rows are exactly what the
contract demands and the package passes ``warta validate``. The rows, CSV bytes and
descriptor come from the library (``warta.records``, ``warta.ids``, ``warta.tables``,
``warta.package``, ``warta.output``); this script only decides what the articles say.

The same arguments always give the same bytes. At the default scale (1,000,000 sentences)
the package has 2,088,093 mentions, 33,334 articles, 142,858 quotes and 20,040 entities
(about 530 MB of CSV); generation takes two to three minutes and a few GB of memory, and
ends with ``warta validate --engine columnar`` of the staged package (``--no-check`` skips
it).

Example::

    .venv/bin/python scripts/make_large_package.py --out .bench/large
    .venv/bin/python scripts/make_large_package.py --out /tmp/small --sentences 3000
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from warta import ids
from warta.output import publish_atomically
from warta.package import PackageInfo, describe, resource_path, sha256_hex
from warta.records import Article, Entity, Mention, Quote, Sentence
from warta.tables import render_csv

SENTENCES_PER_ARTICLE = 30
SENTENCES_PER_PARAGRAPH = 3
DATELINE_SEPARATOR = " - "

# Each template is one sentence. {PER}, {ORG}, {GPE}, {LOC} become a mention of an entity of
# that label; {Q:...} marks quoted words (a direct quote whose speaker is the sentence's
# {PER}, with the cue written after the marker as {CUE:...}).
TEMPLATES = (
    "{PER} mengatakan pemerintah {GPE} akan memperbaiki jalan sebelum musim hujan tiba.",
    "Menurut {PER}, harga beras di pasar tradisional naik sekitar lima persen.",
    "{ORG} mencatat inflasi bulan lalu tetap terkendali, kata {PER}.",
    '"{Q:Kami akan terus mengawasi penyaluran bantuan sosial}", {CUE:ujar} {PER} di {GPE}.',
    "Warga di sekitar {LOC} diminta waspada terhadap cuaca ekstrem, ujar {PER}.",
    "{PER} bertemu perwakilan {ORG} untuk membahas rencana pembangunan pelabuhan.",
    "Petugas gabungan dikerahkan ke {GPE} setelah banjir merendam ratusan rumah, kata {PER}.",
    '{PER} {CUE:menegaskan}, "{Q:Tidak ada toleransi bagi pelanggar aturan}."',
    "Sejumlah pedagang di {GPE} mengeluhkan sepinya pembeli sejak awal bulan, tutur {PER}.",
    "{PER} dari {ORG} menyebut investasi di {GPE} tumbuh pesat tahun ini.",
    "Kunjungan wisatawan ke {LOC} meningkat selama libur panjang, kata {PER}.",
    "{PER} meminta masyarakat tidak mudah percaya pada kabar bohong di media sosial.",
    "{PER} tiba di {GPE} bersama rombongan {ORG} pada Senin pagi.",
    "Banjir di {GPE} dan longsor di sekitar {LOC} membuat {ORG} mengirim bantuan, ujar {PER}.",
)
FIRST_NAMES = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Rudi",
    "Sri",
    "Bambang",
    "Wati",
    "Andi",
    "Rina",
    "Hendra",
    "Yuni",
    "Joko",
    "Lestari",
    "Dedi",
    "Ayu",
    "Eko",
    "Fitri",
    "Hadi",
    "Indah",
    "Irwan",
    "Kartika",
    "Made",
    "Nur",
    "Putu",
    "Ratna",
    "Slamet",
    "Tuti",
    "Wahyu",
    "Yanti",
    "Arif",
    "Bayu",
    "Citra",
    "Dimas",
    "Endang",
    "Fajar",
    "Gita",
    "Hasan",
    "Ika",
    "Johan",
    "Kurnia",
    "Lina",
    "Mulyadi",
    "Nanda",
    "Oki",
    "Pandu",
]
MIDDLE_NAMES = [
    "Adi",
    "Bintang",
    "Cahya",
    "Dwi",
    "Eka",
    "Fauzi",
    "Gilang",
    "Hari",
    "Ilham",
    "Jaya",
    "Kusnadi",
    "Laksana",
    "Mega",
    "Nugraha",
    "Perdana",
    "Rizki",
    "Satria",
    "Tri",
    "Utama",
    "Wira",
    "Yoga",
    "Zainal",
    "Ananda",
    "Bima",
    "Candra",
    "Darma",
    "Elang",
    "Fikri",
    "Guntur",
    "Harsa",
]
LAST_NAMES = [
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Kusuma",
    "Pratama",
    "Siregar",
    "Nasution",
    "Lubis",
    "Harahap",
    "Simanjuntak",
    "Wibowo",
    "Setiawan",
    "Gunawan",
    "Susanto",
    "Halim",
    "Tanjung",
    "Rahman",
    "Maulana",
    "Purnomo",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Manurung",
    "Pohan",
    "Situmorang",
    "Sinaga",
    "Panjaitan",
    "Hutapea",
    "Daulay",
]
ORGANISATIONS = (
    "Kementerian Keuangan",
    "Bank Indonesia",
    "Badan Pusat Statistik",
    "Kementerian Kesehatan",
    "Pertamina",
    "Dewan Perwakilan Rakyat",
    "Komisi Pemberantasan Korupsi",
    "Badan Nasional Penanggulangan Bencana",
    "Badan Meteorologi, Klimatologi, dan Geofisika",
    "Kementerian Perhubungan",
    "Otoritas Jasa Keuangan",
    "Palang Merah Indonesia",
)
CITIES = (
    "Jakarta",
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Semarang",
    "Palembang",
    "Denpasar",
    "Yogyakarta",
    "Balikpapan",
    "Pontianak",
    "Manado",
    "Padang",
    "Ambon",
    "Jayapura",
    "Kupang",
    "Mataram",
    "Banda Aceh",
    "Pekanbaru",
    "Malang",
)
PLACES = (
    "Gunung Merapi",
    "Sungai Musi",
    "Selat Sunda",
    "Danau Toba",
    "Pulau Komodo",
    "Gunung Semeru",
    "Sungai Kapuas",
    "Teluk Jakarta",
)
PUBLISHERS = ("Warta Nusantara", "Kabar Timur", "Suara Pesisir")
LICENSE = "LicenseRef-synthetic: generated benchmark text, no rights reserved"
_SLOT = re.compile(r"\{(PER|ORG|GPE|LOC|Q:[^}]*|CUE:[^}]*)\}")

INFO = PackageInfo(
    name="warta-large-synthetic",
    title="Synthetic Warta package for the validation benchmark",
    description="Generated Indonesian news-like articles (scripts/make_large_package.py).",
    version="0.1.0",
    keywords=("benchmark", "synthetic"),
    contributors=({"title": "Warta", "roles": ["creator"]},),
    annotation_license={
        "name": "CC0-1.0",
        "path": "https://creativecommons.org/publicdomain/zero/1.0/",
        "title": "CC0 1.0 (generated data)",
    },
)


@dataclass(slots=True)
class Corpus:
    """Rows of all five tables, appended article by article in primary-key order."""

    articles: list[Article]
    sentences: list[Sentence]
    mentions: list[Mention]
    quotes: list[Quote]
    entities: dict[str, Entity]


def person(number: int) -> str:
    """The ``number``-th person name: a mixed-radix number over the three name pools."""
    first, rest = number % len(FIRST_NAMES), number // len(FIRST_NAMES)
    middle, last = rest % len(MIDDLE_NAMES), rest // len(MIDDLE_NAMES) % len(LAST_NAMES)
    return f"{FIRST_NAMES[first]} {MIDDLE_NAMES[middle]} {LAST_NAMES[last]}"


def fill(template: str, names: dict[str, str]) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence text and its marked spans (start, end, kind) relative to the sentence."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = 0
    position = 0
    for match in _SLOT.finditer(template):
        literal = template[position : match.start()]
        parts.append(literal)
        length += len(literal)
        slot = match.group(1)
        kind, _, words = slot.partition(":")
        value = names.get(kind, words)
        spans.append((length, length + len(value), kind))
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(template[position:])
    return "".join(parts), spans


def add_article(corpus: Corpus, number: int, sentence_count: int, people: int) -> None:
    """One article of ``sentence_count`` sentences (a dateline on every other one)."""
    article_id = f"berita-{number:06d}"
    city = CITIES[number % len(CITIES)]
    text_parts: list[str] = []
    length = 0
    mention_spans: list[tuple[int, int, str, str, str | None]] = []  # start, end, label, name
    dateline_start = dateline_end = None
    if number % 2 == 0:
        dateline_start, dateline_end = 0, len(city) + len(DATELINE_SEPARATOR)
        text_parts.append(city + DATELINE_SEPARATOR)
        length = dateline_end
        mention_spans.append((0, len(city), "GPE", city, None))
    sentence_rows: list[tuple[int, int, int, str]] = []  # start, end, paragraph, text
    quote_rows: list[tuple[int, int, str, str, str]] = []  # start, end, speaker, cue, sentence
    for index in range(sentence_count):
        paragraph = index // SENTENCES_PER_PARAGRAPH
        if index and index % SENTENCES_PER_PARAGRAPH == 0:
            text_parts.append("\n")
            length += 1
        elif index:
            text_parts.append(" ")
            length += 1
        seed = number * SENTENCES_PER_ARTICLE + index
        names = {
            "PER": person((number * 5 + index % 5) % people),
            "ORG": ORGANISATIONS[seed % len(ORGANISATIONS)],
            "GPE": CITIES[(seed * 7) % len(CITIES)],
            "LOC": PLACES[(seed * 3) % len(PLACES)],
        }
        sentence, spans = fill(TEMPLATES[seed % len(TEMPLATES)], names)
        sentence_id = ids.sentence_id(article_id, index)
        cue = next((sentence[s:e] for s, e, kind in spans if kind == "CUE"), "")
        for start, end, kind in spans:
            if kind in names:
                mention_spans.append((length + start, length + end, kind, names[kind], sentence_id))
            elif kind == "Q":
                quote_rows.append((length + start, length + end, names["PER"], cue, sentence_id))
        sentence_rows.append((length, length + len(sentence), paragraph, sentence))
        text_parts.append(sentence)
        length += len(sentence)
    text = "".join(text_parts)
    corpus.articles.append(
        Article(
            article_id=article_id,
            title=f"Kabar dari {city} nomor {number}",
            language="id",
            published=f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}",
            publisher=PUBLISHERS[number % len(PUBLISHERS)],
            dateline=city if dateline_start is not None else None,
            dateline_start=dateline_start,
            dateline_end=dateline_end,
            source_url=f"https://contoh.id/berita/{number:06d}",
            license=LICENSE,
            text=text,
            text_sha256=sha256_hex(text.encode("utf-8")),
        )
    )
    for index, (start, end, paragraph, sentence) in enumerate(sentence_rows):
        corpus.sentences.append(
            Sentence(
                sentence_id=ids.sentence_id(article_id, index),
                article_id=article_id,
                index=index,
                paragraph=paragraph,
                start=start,
                end=end,
                text=sentence,
                method="rule",
            )
        )
    speakers: dict[str, str] = {}
    for index, (start, end, label, name, sentence_id) in enumerate(mention_spans):
        entity_id = ids.entity_id(label, name)
        corpus.entities.setdefault(
            entity_id, Entity(entity_id, name, label, wikidata_id=None, method="gazetteer")
        )
        speakers[name] = entity_id
        corpus.mentions.append(
            Mention(
                mention_id=ids.mention_id(article_id, index),
                entity_id=entity_id,
                article_id=article_id,
                sentence_id=sentence_id,
                start=start,
                end=end,
                text=text[start:end],
                label=label,
                method="gazetteer",
            )
        )
    for index, (start, end, speaker, cue, sentence_id) in enumerate(quote_rows):
        corpus.quotes.append(
            Quote(
                quote_id=ids.quote_id(article_id, index),
                article_id=article_id,
                sentence_id=sentence_id,
                start=start,
                end=end,
                text=text[start:end],
                kind="direct",
                partial=False,
                speaker=speaker,
                speaker_entity_id=speakers[speaker],
                cue=cue,
                method="rule",
            )
        )


def generate(sentences: int) -> Corpus:
    """The corpus of ``sentences`` sentences (whole articles of 30, the last one shorter)."""
    corpus = Corpus([], [], [], [], {})
    people = max(50, sentences // 50)
    article_count = -(-sentences // SENTENCES_PER_ARTICLE)
    for number in range(article_count):
        remaining = sentences - number * SENTENCES_PER_ARTICLE
        add_article(corpus, number, min(SENTENCES_PER_ARTICLE, remaining), people)
    return corpus


def package_files(corpus: Corpus) -> dict[str, bytes]:
    """The CSV tables and the descriptor, all from the library's writers."""
    import json

    tables = {
        "articles": corpus.articles,
        "sentences": corpus.sentences,
        "entities": [corpus.entities[key] for key in sorted(corpus.entities)],
        "mentions": corpus.mentions,
        "quotes": corpus.quotes,
    }
    csv_files = {name: render_csv(name, rows) for name, rows in tables.items()}
    rows = {name: len(table) for name, table in tables.items()}
    descriptor = describe(INFO, tuple(corpus.articles), csv_files, rows)
    files = {resource_path(name): data for name, data in csv_files.items()}
    files["datapackage.json"] = (
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    ).encode()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="package root to (re)write")
    parser.add_argument("--sentences", type=int, default=1_000_000, help="sentence rows")
    parser.add_argument(
        "--no-check", action="store_true", help="skip `warta validate` of the staged package"
    )
    args = parser.parse_args(argv)
    if args.sentences < 1:
        parser.error("--sentences must be at least 1")
    from warta.validate import validate_package

    print(f"generating {args.sentences} sentences", file=sys.stderr)
    files = package_files(generate(args.sentences))

    def check(staging: Path) -> None:
        if args.no_check:
            return
        print("validating the staged package", file=sys.stderr)
        report = validate_package(staging, engine="columnar")
        if not report.valid:
            for problem in report.problems[:20]:
                print(problem, file=sys.stderr)
            raise SystemExit(f"the generated package does not validate ({len(report.problems)})")

    publish_atomically(args.out, files, check)
    print(f"wrote {args.out / 'datapackage.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
