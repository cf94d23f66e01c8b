"""Row types of the five tables, fields in Table Schema column order.

These frozen dataclasses are what the writer serializes; ``tests/test_schemas.py`` keeps
their field names equal to the Table Schemas in ``schemas/`` (CONTRACT.md, "Resources").
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

#: The mention labels (OntoNotes names), in the order the ``mentions`` and ``entities``
#: schemas list them; the extractor and the gazetteer read them from here.
LABELS = ("PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "PRODUCT", "DATE", "CARDINAL")

METHODS = ("rule", "gazetteer", "model", "curated")


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    title: str
    language: str
    published: str | None
    publisher: str | None
    dateline: str | None
    dateline_start: int | None
    dateline_end: int | None
    source_url: str | None
    license: str
    text: str
    text_sha256: str


@dataclass(frozen=True, slots=True)
class Sentence:
    sentence_id: str
    article_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    method: str


@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    name: str
    label: str
    wikidata_id: str | None
    method: str


@dataclass(frozen=True, slots=True)
class Mention:
    mention_id: str
    entity_id: str
    article_id: str
    sentence_id: str | None
    start: int
    end: int
    text: str
    label: str
    method: str


@dataclass(frozen=True, slots=True)
class Quote:
    quote_id: str
    article_id: str
    sentence_id: str
    start: int
    end: int
    text: str
    kind: str
    partial: bool
    speaker: str | None
    speaker_entity_id: str | None
    cue: str | None
    method: str


@dataclass(frozen=True, slots=True)
class ArticleRecords:
    """Everything one article contributes, before the corpus-wide reduction."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    warnings: tuple[str, ...] = field(default=())


def _pickle_by_fields(kind: type) -> None:
    """Pickle ``kind`` as ``kind(*field values)``.

    Records cross process boundaries by the thousand (``--jobs N``, Dask, issue 10). What
    ``dataclass(frozen=True, slots=True)`` generates for pickling calls ``fields()`` on every
    object, both ways; this reduce takes the values with one C-level ``attrgetter`` and
    rebuilds through ``__init__``: half the time for the same objects.
    """
    values = attrgetter(*(f.name for f in fields(kind)))

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return kind, values(self)

    kind.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]


for _kind in (Article, Sentence, Entity, Mention, Quote, ArticleRecords):
    _pickle_by_fields(_kind)


RESOURCE_ROWS: dict[str, type] = {
    "articles": Article,
    "sentences": Sentence,
    "entities": Entity,
    "mentions": Mention,
    "quotes": Quote,
}
