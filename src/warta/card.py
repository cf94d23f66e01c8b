"""The dataset card (``README.md``), generated from the descriptor and the tables.

Generated, never hand-edited, so the Hugging Face front matter (configs, features, row
counts) cannot drift from the Table Schemas (issue 3, PITFALLS.md #1-#3): every config
lists its CSV, declares its features, and reads cells as Frictionless does
(``keep_default_na: false``, ``na_values: [""]``) so ``001`` and the word ``nan`` survive.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import yaml

from warta.records import ArticleRecords, Entity

# `date` stays an ISO 8601 string: the CSV builder hands dtypes to pandas, which cannot
# parse straight into a date type (datasets 5.2: "dtype datetime64[ms] is not supported").
HF_DTYPES = {"string": "string", "integer": "int64", "boolean": "bool", "date": "string"}

DESCRIPTIONS = {
    "articles": "One row per article: metadata and the normalized full text all offsets index.",
    "sentences": "Sentences of each article, with paragraph number and offsets.",
    "entities": "Distinct real-world entities across the corpus, with a canonical name.",
    "mentions": "Each occurrence of an entity in an article, with offsets and label.",
    "quotes": "Direct and indirect quotations with speaker and reporting verb.",
}


# What `warta validate` catches, one line per damage kind of tests/test_mutations.py
# (a test keeps the ids in step with the suite).
DAMAGE_KINDS = [
    ("offsets-shifted", "sentence start/end both moved by one: text no longer equals the slice"),
    ("offsets-swapped", "mention start > end"),
    ("offset-out-of-range", "quote end past the end of the article text"),
    ("text-edited", "mention text column edited"),
    ("duplicate-primary-key", "two sentences with the same sentence_id"),
    ("dangling-fk-entity", "mention entity_id not in entities"),
    ("dangling-fk-sentence", "quote sentence_id not in sentences"),
    ("orphan-entity", "entity row no mention refers to (the other direction)"),
    ("article-without-sentences", "article row with no sentence (text not covered)"),
    ("label-outside-enum", "mention label outside the Table Schema enum"),
    ("kind-outside-enum", "quote kind outside direct/indirect"),
    ("method-outside-enum", "method outside rule/gazetteer/model/curated"),
    ("missing-required-column", "a column dropped from quotes.csv"),
    ("extra-column", "a column added to entities.csv"),
    ("column-order", "two columns of sentences.csv swapped"),
    ("wrong-type", "`12a` as an offset"),
    ("empty-required-cell", "empty sentence text"),
    ("sentence-deleted", "a sentence row deleted: a gap in coverage"),
    ("sentences-overlap", "a sentence running into the next one"),
    ("mention-crosses-sentence", "mention pointing at a sentence that does not contain it"),
    ("quote-wrong-sentence", "quote sentence_id not the sentence containing its start"),
    ("text-sha256-stale", "articles.text_sha256 not the hash of the text"),
    ("descriptor-without-version", "`version` removed from datapackage.json"),
    ("version-not-semver", "`version` set to `v1.0`"),
    ("hash-stale", "a byte of a CSV changed, hash not updated"),
    ("bytes-stale", "`bytes` not the file size"),
    ("rows-stale", "`rows` not the number of data rows"),
    ("path-escapes", "resource path `../../etc/passwd` (rejected unread)"),
    ("path-absolute", "resource path `/etc/passwd` (rejected unread)"),
    ("path-url", "resource path is a URL (rejected unread)"),
    ("other-delimiter", "CSV written with `;`"),
    ("other-encoding", "CSV in UTF-16"),
    ("utf8-bom", "CSV starting with a UTF-8 BOM"),
    ("announced-file-missing", "descriptor announces a 1 GB file that is not there"),
    ("sentence-crosses-paragraph", "sentence stretched over a paragraph break"),
    ("mention-label-differs", "mention label differs from its entity's label"),
]


@dataclass(slots=True)
class CardFacts:
    """What the card says about the content, gathered one article at a time."""

    labels: Counter[str] = field(default_factory=Counter)
    mentions_per_entity: Counter[str] = field(default_factory=Counter)
    entity_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    example: tuple[str, str, str | None] | None = None
    publishers: set[str] = field(default_factory=set)

    def add(self, record: ArticleRecords) -> None:
        self.labels.update(m.label for m in record.mentions)
        self.mentions_per_entity.update(m.entity_id for m in record.mentions)
        self.publishers.add(record.article.publisher or "unknown")
        if self.example is None:
            quote = next((q for q in record.quotes if q.kind == "direct" and q.speaker), None)
            if quote is not None and quote.speaker is not None:
                self.example = (quote.text, quote.speaker, quote.cue)

    def name_entities(self, entities: tuple[Entity, ...]) -> None:
        self.entity_names = {e.entity_id: (e.name, e.label) for e in entities}


def hf_features(schema: dict[str, Any]) -> list[dict[str, str]]:
    """Hugging Face ``features`` declared from a Table Schema (no type inference)."""
    return [{"name": f["name"], "dtype": HF_DTYPES[f["type"]]} for f in schema["fields"]]


def front_matter(descriptor: dict[str, Any]) -> dict[str, Any]:
    resources = descriptor["resources"]
    configs = []
    infos = []
    for position, resource in enumerate(resources):
        features = hf_features(resource["schema"])
        config: dict[str, Any] = {
            "config_name": resource["name"],
            "data_files": [{"split": "train", "path": resource["path"]}],
        }
        if position == 0:
            config["default"] = True
        config.update({"keep_default_na": False, "na_values": [""], "features": features})
        configs.append(config)
        infos.append(
            {
                "config_name": resource["name"],
                "features": features,
                # num_examples is what `datasets` verifies on load; num_bytes (required
                # with it) is the CSV's size, the one size we know without Arrow.
                "splits": [
                    {
                        "name": "train",
                        "num_bytes": resource["bytes"],
                        "num_examples": resource["rows"],
                    }
                ],
            }
        )
    articles = resources[0]["rows"]
    return {
        "pretty_name": descriptor["title"],
        "language": ["id"],
        "license": "other",
        "license_name": "cc-by-4.0-annotations-publisher-text",
        "license_link": "LICENSE.md",
        "task_categories": ["token-classification", "text-classification"],
        "task_ids": ["named-entity-recognition"],
        "size_categories": [_size_category(articles)],
        "tags": list(descriptor.get("keywords", [])),
        "configs": configs,
        "dataset_info": infos,
    }


def _size_category(rows: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K")):
        if rows < limit:
            return name
    return "100K<n<1M"


def render_card(
    descriptor: dict[str, Any],
    facts: CardFacts,
    changelog: str | None = None,
    quality: list[dict[str, Any]] | None = None,
    performance: str | None = None,
) -> str:
    matter = yaml.safe_dump(
        front_matter(descriptor), sort_keys=False, allow_unicode=True, width=1000
    )
    sections = [
        f"---\n{matter}---\n",
        f"# {descriptor['title']}\n",
        f"Version **{descriptor['version']}**. {descriptor.get('description', '')}\n",
        _tables_section(descriptor),
        _content_section(facts),
        _quality_section(quality),
        _loading_section(descriptor),
        _rebuild_section(),
        _scaling_section(performance),
        _offsets_section(),
        _validation_section(),
        _columns_section(descriptor),
        _versioning_section(descriptor, changelog),
        _license_section(descriptor, facts),
        _citation_section(descriptor),
    ]
    return "\n".join(sections)


def _tables_section(descriptor: dict[str, Any]) -> str:
    lines = ["## Tables\n", "| table | rows | what it holds |", "| --- | ---: | --- |"]
    for resource in descriptor["resources"]:
        name = resource["name"]
        lines.append(f"| `{name}` | {resource['rows']} | {DESCRIPTIONS[name]} |")
    return "\n".join(lines) + "\n"


def _content_section(facts: CardFacts) -> str:
    names = facts.entity_names
    lines = ["## What is in it\n", "Mentions by label:\n", "| label | mentions |", "| --- | ---: |"]
    lines += [f"| {label} | {count} |" for label, count in sorted(facts.labels.items())]
    lines += [
        "",
        "Most mentioned entities:\n",
        "| entity | label | mentions |",
        "| --- | --- | ---: |",
    ]
    top = sorted(facts.mentions_per_entity.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    lines += [f"| {names[e][0]} | {names[e][1]} | {n} |" for e, n in top if e in names]
    if facts.example is not None:
        text, speaker, cue = facts.example
        lines += [
            "",
            "A quotation and its speaker:\n",
            f"> {text}",
            ">",
            f"> — {speaker} (cue: *{cue or '—'}*)",
        ]
    return "\n".join(lines) + "\n"


def _quality_section(quality: list[dict[str, Any]] | None) -> str:
    """How the annotations were made and how good they are (dataset/eval.json)."""
    lines = [
        "## How the annotations were made, and how good they are\n",
        "Sentences: a rule segmenter for Indonesian news (abbreviations, initials, numbers,",
        "quotation marks). Entities: a small spaCy CNN trained by `make model` on vendored,",
        "permissively licensed Indonesian NER data and on 2,650 news articles written for",
        "Warta (every person in them invented), with a gazetteer and title, dateline and",
        "call-sign rules. Quotes: quotation-mark pairing with speaker and cue rules. Rows",
        "corrected by hand (`dataset/annotations/`) have `method` `curated`.\n",
    ]
    if not quality:
        lines.append("No evaluation figures recorded (run `make eval`).")
        return "\n".join(lines) + "\n"
    lines += [
        "Figures from `make eval` (extractors alone, no curation; `dataset/eval.json`):\n",
        "| gold file | task | score | precision | recall | F1 |",
        "| --- | --- | --- | ---: | ---: | ---: |",
    ]
    extra = []
    for report in quality:
        for name, score in report.get("scores", {}).items():
            lines.append(
                f"| {report['path']} | {report['task']} | {name} | {score['precision']:.3f} "
                f"| {score['recall']:.3f} | {score['f1']:.3f} |"
            )
        for name, value in report.get("figures", {}).items():
            if "accuracy" in name or "recall" in name:
                extra.append(f"- {report['path']}: {name} {value:.3f}")
    if any(str(report.get("path", "")).startswith("ner_") for report in quality):
        extra += ["", PUBLISHED_NER]
    return "\n".join(lines + (["", *extra] if extra else [])) + "\n"


# Published scores on the same corpora (issue 5), for scale only: they use the full label
# sets, their own splits (IndoLEM: 5-fold test folds; IndoNLU: the test split) and
# fine-tuned transformers, while the figures above are PER/ORG/LOC on one dev fold with the
# evaluation files' de-duplication. Only numbers read in a source are given.
PUBLISHED_NER = """Published F1 on the same corpora, for scale (not directly comparable: full label
sets, other splits, transformer models):

- NER-UI: IndoBERT 90.1, MalayBERT 87.4, mBERT 82.2, BiLSTM 82.2; NER-UGM: IndoBERT 74.9,
  MalayBERT 73.2, mBERT 71.6, BiLSTM 70.9 (IndoLEM, Koto et al., COLING 2020, results
  table of the indolem/indolem repository README; 5-fold cross-validation).
- NERGrit: XLM-R base 79.1, IndoBERT large 77.6, mBERT 75.0, IndoBERT base 69.9 (IndoNLU
  benchmark, Wilie et al., AACL 2020, as tabulated in the LazarusNLP/NusaBERT README; test
  split).
- idner-news-2k (Khairunnisa et al., AACL-IJCNLP 2020 SRW): no F1 found in the parts of
  the paper and repository available here.

When this was written (dev micro F1 0.763), the extractor scored between the BiLSTM
baselines and IndoBERT on NER-UI and NER-UGM, and below XLM-R and IndoBERT large on
NERGrit; those transformers are two orders of magnitude larger and slower.

The dev files are single sentences. On whole news articles, measured against blind gold
that helpers wrote from an annotation guide without seeing the extractor (invented
articles naming real people, kept out of the repository), typed exact-span F1 over PER,
ORG, GPE, LOC and NORP is 0.955 on the four newest samples nobody here has read (1,527
mentions: science and research 0.959, local government in Sumatra 0.973, markets and
retail 0.924, wire stories of the war in Ukraine 0.968), written on topics far from the
earlier samples. Samples written the same way spread over several points (0.85 to 0.98
per sample), so read any one figure with that error: the six samples before them, never
read either, scored 0.943 in the previous round. Samples read for the rules score
higher, but they have been used to choose between many models and rules. The model was
trained on the project's 2,650 invented training articles too (every person invented; a
few real clubs and public operators in invented ordinary events), and so was the learned
choice between a town (GPE) and a site (LOC) for the places no rule types; the training
articles and the samples were written the same way, so part of the gain may be that
shared origin (`training/ner/README.md`,
"Whole articles, blind", twelve rounds, "A learned GPE/LOC choice, and a thirteenth
round", "Invented training articles", "A third batch of invented articles" and "A fourth
batch")."""


def _loading_section(descriptor: dict[str, Any]) -> str:
    names = ", ".join(f"`{r['name']}`" for r in descriptor["resources"])
    return f"""## Loading

Each table is a configuration ({names}) with declared features:

```python
from pathlib import Path
from datasets import load_dataset

# A clone of this repository or an unpacked release bundle. Pass the directory by an
# absolute path: `datasets` (4.x, 5.x) cannot load the literal path "." because it
# names the dataset after the directory, and Path(".").name is empty.
quotes = load_dataset(str(Path.cwd()), "quotes", split="train")
print(quotes.features)
```

With Frictionless: `frictionless validate datapackage.json`, or
`frictionless.Package("datapackage.json").get_resource("mentions").read_rows()`.
The release bundle (`make dist`) adds Parquet copies of every table
(`dataset/parquet/<table>.parquet`, typed from the Table Schemas) and
[`croissant.json`](croissant.json), MLCommons Croissant 1.1 metadata generated from the
descriptor (`mlcroissant validate --jsonld croissant.json`).

To look at the annotations, open [`site/index.html`](site/index.html) in the release
bundle (or run `make show` in a clone): every article with its sentences, entity
mentions by label and quotations with their speakers, an entity index with every mention
in context, and the evaluation figures. Plain HTML and CSS, no network needed.
"""


def _rebuild_section() -> str:
    return """## Rebuilding and testing

On a machine with Python 3.11+ and `make`, from a fresh clone:

```sh
make package   # creates .venv, installs pinned dependencies, builds from dataset/raw/, validates
make test      # the same setup, then the test suite
```

`make validate` checks the committed package: the descriptor against
`schemas/datapackage.profile.json`, file sizes and sha256 hashes, Frictionless validation
(types, constraints, primary and foreign keys) and the invariants no generic tool checks
(offsets slice the text, sentences are ordered, disjoint, inside one paragraph and cover
the text, mentions lie in their sentence, each quote points at the sentence where it
starts). Problems name the file, the row (header = row 1) and the column. Large
packages (over 200,000 rows) are checked by a columnar engine (pyarrow) with the same
verdicts as Frictionless' own checks (`warta validate --engine columnar|frictionless|auto`).

Add an article: put `<article_id>.txt` (UTF-8) and optionally `<article_id>.yaml` (schema:
`schemas/article-metadata.schema.json`) in `dataset/raw/`, then `make package`.
Corrections go in `dataset/annotations/<article_id>.yaml` (schema:
`schemas/curation.schema.json`); `warta build --no-curation` shows the extractors alone.
"""


def _scaling_section(performance: str | None) -> str:
    measured = ""
    if performance:
        demoted = re.sub(
            r"^(#+) ", lambda m: "#" * (len(m.group(1)) + 2) + " ", performance, flags=re.M
        )
        measured = "\n" + demoted.strip("\n") + "\n"
    return f"""## Building large corpora

`warta build` reads a folder of `.txt` files or one JSON Lines corpus (`--input
corpus.jsonl`: one article per line, the metadata fields of
`schemas/article-metadata.schema.json` plus `text`, `article_id` required). Articles are
processed in parallel (`--jobs N`, default: all cores), rows are streamed to the tables in
`article_id` order as batches complete (`--batch-size`, two batches in flight bound the
memory), and the output is byte-identical for any number of jobs or engine. Progress
(articles/s, ETA) goes to stderr.

On a Dask cluster the same per-article function runs unchanged:

```sh
# on the scheduler machine:      dask scheduler                  (tcp://HOST:8786)
# on each worker machine:        dask worker tcp://HOST:8786 --nthreads 1
#   (each worker needs this repository installed: `make setup`, same commit)
warta build --input corpus.jsonl --out /data/pkg --engine dask --scheduler tcp://HOST:8786
# without --scheduler, a distributed.LocalCluster of --jobs workers is started
```

The machine running `warta build` reads the corpus, writes the tables and validates
them (with the columnar validator, a window of 1,000 articles at a time, so neither
extraction nor validation holds memory that grows with the corpus); workers only extract.

A table longer than `--shard-rows` (default 1,000,000) is written as shards,
`dataset/data/sentences-00000-of-00004.csv` and so on, each a CSV with its header row. The
descriptor lists them as one multipart resource (`path` is the list of shards; `hash`,
`bytes` and `rows` are those of the shards read in order with the header once, as
Frictionless reads them), the card's `data_files` lists them for `datasets`, and
`croissant.json` describes them as a FileSet. `warta validate` checks the shards as one
table and names the shard and its own row in every problem. Sharding changes files, not
data: the joined shards are byte for byte the unsharded table.
{measured}"""


def _offsets_section() -> str:
    return """## Offsets

`start`/`end` are 0-based, end-exclusive Python string indices (Unicode code points) into
`articles.text` of the same article: `text[start:end] == row.text`, always. The text is
stored after one normalization only: UTF-8 without BOM, Unicode NFC, `\\r\\n`/`\\r` to
`\\n`, trailing whitespace removed. A dateline (`Moskow, Suarathailand- `) is recorded in
`articles.dateline`, `publisher`, `dateline_start`/`dateline_end` and belongs to no
sentence; mentions inside it have an empty `sentence_id`.
"""


def _validation_section() -> str:
    lines = [
        "## Validation\n",
        "`warta validate` (and `make validate`, run by CI) fails, naming the file, row and",
        "column, on each kind of damage below; `tests/test_mutations.py` applies every one",
        "to the seed package and checks that it is caught. Large packages are checked with",
        "the columnar engine (`--engine columnar`, chosen above 200,000 rows), a window of",
        "articles at a time; `tests/test_windowed_validation.py` checks that every damage",
        "below gets the same report that way as from whole tables.\n",
        "| damage kind | what was changed | caught |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{kind}` | {what} | yes |" for kind, what in DAMAGE_KINDS]
    return "\n".join(lines) + "\n"


def _columns_section(descriptor: dict[str, Any]) -> str:
    parts = ["## Columns\n"]
    for resource in descriptor["resources"]:
        schema = resource["schema"]
        parts.append(
            f"### `{resource['name']}` (primary key `{', '.join(schema['primaryKey'])}`)\n"
        )
        parts.append("| column | type | required | description |")
        parts.append("| --- | --- | --- | --- |")
        for f in schema["fields"]:
            constraints = f.get("constraints", {})
            extra = ""
            if "enum" in constraints:
                extra = " One of " + ", ".join(f"`{v}`" for v in constraints["enum"]) + "."
            required = "yes" if constraints.get("required") else "no"
            parts.append(
                f"| `{f['name']}` | {f['type']} | {required} | {f['description']}{extra} |"
            )
        for key in schema.get("foreignKeys", []):
            ref = key["reference"]
            parts.append(
                f"\nForeign key: `{', '.join(key['fields'])}` → "
                f"`{ref['resource']}.{', '.join(ref['fields'])}`"
            )
        parts.append("")
    return "\n".join(parts)


def _versioning_section(descriptor: dict[str, Any], changelog: str | None) -> str:
    entries = ""
    if changelog:
        # Demote the changelog's headings below this section's.
        body = changelog.split("\n", 1)[1] if changelog.startswith("# ") else changelog
        demoted = re.sub(r"^(#+) ", lambda m: "#" * (len(m.group(1)) + 2) + " ", body, flags=re.M)
        entries = "\n### Changelog\n\n" + demoted.strip("\n") + "\n"
    return f"""## Versioning

This is version **{descriptor["version"]}**. Versions follow semver for data; a pinned
version always means the same bytes (the build is deterministic and checked in CI):

- **MAJOR**: a table, column or type changes incompatibly, a column becomes required, an
  enum loses a value, an article is removed, or ids change (the same row under a new id).
- **MINOR**: rows or columns are added: a new article (with its sentences, mentions,
  quotes), a new optional column, a new enum value.
- **PATCH**: existing annotations are corrected (rows of existing articles added, removed
  or changed), descriptions edited.

`warta diff OLD NEW` (directories or git revisions, e.g. `warta diff v0.1.0 .`) lists rows
added, removed and changed per table by primary key, schema changes, and the smallest bump
they require; CI fails when the data changed since the last `vX.Y.Z` tag without that
bump. `make release` writes the changelog section from `warta diff`, rebuilds and tags.
{entries}"""


def _license_section(descriptor: dict[str, Any], facts: CardFacts) -> str:
    annotation = descriptor["licenses"][0]
    publishers = sorted(facts.publishers)
    return (
        f"""## License

Two licenses apply, and they are not the same:

- **Article texts** (`articles.text`, `articles.title`, and the `text` columns that quote
  them) remain the copyright of their publishers ({", ".join(publishers)}); each article's
  terms are in `articles.license`. They are included for research on the annotations;
  redistribution of the texts is subject to the publishers' terms.
- **Annotations** (every other column: sentences, entities, mentions, quotes, offsets,
  labels) are the Warta project's, under {annotation["name"]} ({annotation.get("path", "")}).

## Sources

"""
        + "\n".join(f"- {source['title']}" for source in descriptor["sources"])
        + "\n"
    )


def _citation_section(descriptor: dict[str, Any]) -> str:
    from warta.citation import cite_as

    return f"""## Citation

`CITATION.cff` in the release bundle carries the same version.

```bibtex
{cite_as(descriptor).strip()}
```
"""
