"""The data flow, top to bottom: normalize → segment → extract → curate → rows.

``process_article`` is the one per-article function every engine calls; ``CorpusIndex``
is the pure corpus-wide step fed one article at a time (entity rows). Neither does I/O.
"""

from __future__ import annotations

import gc
import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from warta import curation as curate
from warta import ids
from warta.dateline import Dateline, find_dateline
from warta.entities import MentionSpan, extract_mentions_batch
from warta.metadata import ArticleMeta
from warta.quotes import QuoteSpan, extract_quotes
from warta.records import Article, ArticleRecords, Entity, Mention, Quote, Sentence
from warta.segment import SentenceSpan, segment, split_paragraphs

SEGMENT_METHOD = "rule"
ENTITY_METHOD = "rule"


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article to process: normalized text, its metadata and optional curation."""

    text: str
    meta: ArticleMeta
    curation: curate.Curation | None = None


def process_article(item: ArticleInput) -> ArticleRecords:
    """All rows one article contributes. Pure: the same input gives the same rows."""
    return process_articles([item])[0]


def process_articles(items: Sequence[ArticleInput]) -> list[ArticleRecords]:
    """``process_article`` for a batch: one NER pass over all the batch's sentences (the
    model's per-call overhead dominated when it ran article by article, issue 10); every
    other step is per article, so the rows are the same as one article at a time."""
    with _young_collections_rarer():
        segmented = [segment(item.text) for item in items]
        mentions = extract_mentions_batch(
            [(item.text, spans) for item, spans in zip(items, segmented, strict=True)]
        )
        return [
            _article_records(item, spans, mention_spans)
            for item, spans, mention_spans in zip(items, segmented, mentions, strict=True)
        ]


# Net allocations of container objects between two young collections while a batch is
# processed (the collector's default is 700).
YOUNG_THRESHOLD = 10_000


@contextmanager
def _young_collections_rarer() -> Iterator[None]:
    """The cyclic collector's young generation collected every ``YOUNG_THRESHOLD``
    allocations instead of every 700 while a batch is processed.

    A batch holds tens of thousands of small objects (spans, candidates, rows) that live
    until its records are returned and form no reference cycles. At 700, young collections
    ran about 300 times per 1,000 articles, each walking and promoting what was alive, and
    so set off the older generations' collections: 0.16 s of collector time per build of
    1,000 articles (model predictions replayed), 0.08 s at 10,000, with little more to
    gain above it. Cyclic garbage is still collected, some thousands of objects later.
    Set per batch and restored, so that whichever process runs the batch (``--jobs``, Dask
    workers) has it, and the rest of the process keeps its own setting.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _article_records(
    item: ArticleInput, spans: list[SentenceSpan], mention_spans: list[MentionSpan]
) -> ArticleRecords:
    text, meta = item.text, item.meta
    paragraphs = split_paragraphs(text)
    dateline = find_dateline(text, paragraphs)
    extraction = extract_quotes(text, spans, mention_spans)
    quote_spans = [_after_dateline(quote, dateline) for quote in extraction.quotes]
    warnings = [
        f"{meta.article_id}: offset {warning.position}: {warning.message}"
        for warning in extraction.warnings
    ]
    if item.curation is not None:
        curate.check_spans(text, item.curation)
        mention_spans = curate.apply_mentions(mention_spans, item.curation)
        quote_spans = curate.apply_quotes(quote_spans, item.curation)

    sentence_spans = _without_dateline(spans, dateline)
    sentences = tuple(
        Sentence(
            sentence_id=ids.sentence_id(meta.article_id, index),
            article_id=meta.article_id,
            index=index,
            paragraph=span.paragraph,
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
            method=SEGMENT_METHOD,
        )
        for index, span in enumerate(sentence_spans)
    )
    locate = _SentenceLocator(sentences)
    mentions, entities, dropped = _mention_rows(
        text, meta.article_id, mention_spans, locate, dateline
    )
    warnings.extend(
        f"{meta.article_id}: offset {m.start}: mention {text[m.start : m.end]!r} crosses a "
        "sentence boundary; dropped"
        for m in mention_spans
        if (m.start, m.end) in dropped
    )
    quotes = _quote_rows(text, meta.article_id, quote_spans, locate, mentions, warnings)
    article = Article(
        article_id=meta.article_id,
        title=meta.title or text[paragraphs[0].start : paragraphs[0].end],
        language=meta.language,
        published=meta.published,
        publisher=meta.publisher or (dateline.publisher if dateline else None),
        dateline=meta.dateline or (dateline.place if dateline else None),
        dateline_start=dateline.start if dateline else None,
        dateline_end=dateline.end if dateline else None,
        source_url=meta.source_url,
        license=meta.license,
        text=text,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return ArticleRecords(article, sentences, entities, mentions, quotes, tuple(warnings))


class CorpusIndex:
    """The corpus-wide reduction, fed one article at a time (pure: no I/O).

    Entity ids are content-derived, so every article can name its entities alone; what
    needs the whole corpus is the canonical name (the most frequent one, ties broken by
    sorting) and which entities exist at all.
    """

    def __init__(self) -> None:
        self.names: dict[str, Counter[str]] = {}
        self.first: dict[str, Entity] = {}

    def add(self, record: ArticleRecords) -> None:
        for entity in record.entities:
            counts = self.names.get(entity.entity_id)
            if counts is None:  # not ``setdefault``, which builds a Counter every call
                counts = self.names[entity.entity_id] = Counter()
            counts[entity.name] += 1
            previous = self.first.get(entity.entity_id)
            if previous is None or entity.method == curate.CURATED:
                self.first[entity.entity_id] = entity

    def entities(self) -> tuple[Entity, ...]:
        return tuple(
            Entity(
                entity_id=entity_id,
                name=min(self.names[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))[0],
                label=self.first[entity_id].label,
                wikidata_id=self.first[entity_id].wikidata_id,
                method=self.first[entity_id].method,
            )
            for entity_id in sorted(self.first)
        )


def _without_dateline(
    spans: Sequence[SentenceSpan], dateline: Dateline | None
) -> list[SentenceSpan]:
    """The dateline prefix belongs to no sentence: trim or drop what it covers."""
    if dateline is None:
        return list(spans)
    kept = []
    for span in spans:
        if span.end <= dateline.start or span.start >= dateline.end:
            kept.append(span)
        elif span.end > dateline.end:
            kept.append(SentenceSpan(dateline.end, span.end, span.paragraph))
    return kept


def _after_dateline(quote: QuoteSpan, dateline: Dateline | None) -> QuoteSpan:
    """Reported speech never includes the dateline: the content starts after it."""
    if dateline is None or not quote.start < dateline.end < quote.end:
        return quote
    return replace(quote, start=dateline.end)


class _SentenceLocator:
    """Finds the sentence containing an offset (sentences are sorted and disjoint)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def containing(self, start: int, end: int) -> Sentence | None:
        position = bisect_right(self.starts, start) - 1
        if position < 0:
            return None
        sentence = self.sentences[position]
        return sentence if start >= sentence.start and end <= sentence.end else None


def _container(
    mention: MentionSpan, locate: _SentenceLocator, dateline: Dateline | None
) -> Sentence | bool | None:
    """The mention's sentence; None inside the dateline; False when it fits in neither."""
    sentence = locate.containing(mention.start, mention.end)
    if sentence is not None:
        return sentence
    if dateline is not None and dateline.start <= mention.start and mention.end <= dateline.end:
        return None
    return False


def _mention_rows(
    text: str,
    article_id: str,
    spans: Sequence[MentionSpan],
    locate: _SentenceLocator,
    dateline: Dateline | None,
) -> tuple[tuple[Mention, ...], tuple[Entity, ...], set[tuple[int, int]]]:
    """Mention and entity rows, and the (start, end) of spans dropped for crossing a
    sentence boundary (returned so the caller's warnings need no second lookup)."""
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    dropped: set[tuple[int, int]] = set()
    for span in sorted(spans, key=lambda m: (m.start, m.end)):
        sentence = _container(span, locate, dateline)
        if sentence is False:
            dropped.add((span.start, span.end))
            continue
        entity_id = ids.entity_id(span.label, span.canonical)
        method = curate.CURATED if span.method == curate.CURATED else ENTITY_METHOD
        if entity_id not in entities or method == curate.CURATED:
            entities[entity_id] = Entity(entity_id, span.canonical, span.label, None, method)
        mentions.append(
            Mention(
                mention_id=ids.mention_id(article_id, len(mentions)),
                entity_id=entity_id,
                article_id=article_id,
                sentence_id=sentence.sentence_id if isinstance(sentence, Sentence) else None,
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                label=span.label,
                method=span.method,
            )
        )
    return tuple(mentions), tuple(entities[key] for key in sorted(entities)), dropped


def _quote_rows(
    text: str,
    article_id: str,
    spans: Sequence[QuoteSpan],
    locate: _SentenceLocator,
    mentions: Sequence[Mention],
    warnings: list[str],
) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    speakers = _SpeakerIndex(mentions)
    for span in sorted(spans, key=lambda q: (q.start, q.end)):
        sentence = locate.containing(span.start, span.start)
        if sentence is None:
            warnings.append(
                f"{article_id}: offset {span.start}: quote starts outside every sentence; dropped"
            )
            continue
        quotes.append(
            Quote(
                quote_id=ids.quote_id(article_id, len(quotes)),
                article_id=article_id,
                sentence_id=sentence.sentence_id,
                start=span.start,
                end=span.end,
                text=text[span.start : span.end],
                kind=span.kind,
                partial=span.partial,
                speaker=span.speaker,
                speaker_entity_id=speakers.entity_of(span),
                cue=span.cue,
                method=span.method,
            )
        )
    return tuple(quotes)


class _SpeakerIndex:
    """Mentions by position (they are disjoint and sorted), to link a quote's speaker span
    to its entity in O(log n) rather than scanning every mention per quote."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.ends = [m.end for m in self.mentions]

    def entity_of(self, span: QuoteSpan) -> str | None:
        """The entity of the mention overlapping the speaker's span, PER preferred."""
        if span.speaker_start is None or span.speaker_end is None:
            return None
        first = bisect_right(self.ends, span.speaker_start)
        last = bisect_left(self.starts, span.speaker_end)
        overlapping = self.mentions[first:last]
        if not overlapping:
            return None
        return min(overlapping, key=lambda m: (m.label != "PER", m.start)).entity_id
