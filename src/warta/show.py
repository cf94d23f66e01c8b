"""``warta show``: the package as a static HTML site, to see the annotations (issue 11).

Reading is done once, with the csv module, into plain rows; every page is then a pure
function of rows (rows in, HTML string out), so the tests can render hand-made rows and a
package renders to the same bytes every time: rows are sorted, nothing reads the clock.

Three rules hold for every page, because the site is opened by people from ``file://``
and shows text written by others:

* Everything that comes from the data is HTML-escaped (``html.escape`` on text and
  attributes); a search result is built with ``textContent``. An article containing
  ``<script>`` shows the tag as text.
* No page refers to the network: no CDN, no web font, no external ``src``; the only
  external ``href`` is an article's own ``source_url``. A Content-Security-Policy
  forbids anything else, so even a mistake in escaping could not run a script.
* Offsets are the package's (CONTRACT.md: 0-based, end-exclusive code points); the
  annotated text is the article text itself, split into nested ``<span>`` fragments, so
  the page's text equals ``articles.text`` character for character.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.site_assets import SEARCH_SCRIPT, STYLESHEET
from warta.tables import open_field_limit, part_paths, read_resource

Row = dict[str, str]

ARTICLES_PER_PAGE = 100
TOP_ENTITIES = 20
KWIC_WIDTH = 60
SITE_MARKER = ".warta-site"
RESOURCES = ("articles", "sentences", "entities", "mentions", "quotes")
OFFSET_COLUMNS = {
    "sentences": ("start", "end"),
    "mentions": ("start", "end"),
    "quotes": ("start", "end"),
}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_UNKNOWN = '<span class="empty">unknown</span>'
_NONE = '<span class="empty">none</span>'

# The browser the tests and `make show` drive: Debian's Chromium, kept off the network
# (without the background-networking flags it keeps trying to reach Google's hosts).
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HEADLESS_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class PackageTables:
    """The five tables of a package as csv rows, plus what the header of every page shows."""

    name: str
    version: str
    title: str
    articles: list[Row]
    sentences: list[Row]
    entities: list[Row]
    mentions: list[Row]
    quotes: list[Row]


def read_package(package_dir: Path) -> PackageTables:
    """The tables named by ``datapackage.json``; offsets checked to be integers here, so
    rendering never fails halfway through on a bad cell."""
    descriptor_path = package_dir / "datapackage.json"
    if not descriptor_path.is_file():
        raise InputError(str(descriptor_path), "no package here: run `warta build` first")
    try:
        descriptor: dict[str, Any] = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InputError(
            str(descriptor_path), f"not JSON ({error.msg})", line=error.lineno
        ) from None
    resources = {
        resource.get("name"): resource
        for resource in descriptor.get("resources", [])
        if isinstance(resource, dict)
    }
    tables: dict[str, list[Row]] = {}
    for name in RESOURCES:
        resource = resources.get(name)
        if resource is None or not isinstance(resource.get("path"), str | list):
            raise InputError(str(descriptor_path), f"a resource named {name!r} with a path")
        data = read_resource(lambda relative: (package_dir / relative).read_bytes(), resource)
        label = ", ".join(str(package_dir / relative) for relative in part_paths(resource))
        tables[name] = _read_table(label, data, OFFSET_COLUMNS.get(name, ()))
    return PackageTables(
        name=str(descriptor.get("name", "")),
        version=str(descriptor.get("version", "")),
        title=str(descriptor.get("title", "")),
        **tables,
    )


def _read_table(label: str, data: bytes, integer_columns: Sequence[str]) -> list[Row]:
    """Rows as dicts; ``label`` names the file(s) in errors (rows count across shards)."""
    open_field_limit()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    for number, row in enumerate(rows, start=2):  # the header is row 1, as in `validate`
        for column in integer_columns:
            if not (row.get(column) or "").isdecimal():
                raise InputError(
                    label, f"an offset, found {row.get(column)!r}", line=number, field=column
                )
    return rows


def read_eval(path: Path) -> list[dict[str, Any]]:
    """Reports as ``warta eval --json`` writes them: a list of ``{path, task, scores, ...}``."""
    try:
        reports = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"not JSON ({error.msg})", line=error.lineno) from None
    if not isinstance(reports, list) or not all(isinstance(r, dict) for r in reports):
        raise InputError(str(path), "a list of reports, as `warta eval --json` prints")
    return reports


# --------------------------------------------------------------------- annotated text


@dataclass(frozen=True, slots=True, eq=False)
class Span:
    """One annotation to draw over ``text[start:end]``.

    ``layer`` decides nesting when spans overlap: sentences (0) outside quotes (1) outside
    mentions (2). A span that cannot nest is split into fragments; every fragment keeps
    the ``data-*`` attributes, the first one alone carries the ``id`` (the anchor).
    Compared by identity (``eq=False``): two rows are two spans even if they look alike.
    """

    start: int
    end: int
    layer: int
    span_id: str
    classes: tuple[str, ...]
    attributes: tuple[tuple[str, str], ...]
    focusable: bool = False

    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.layer, self.start, -self.end, self.span_id)

    def open_tag(self, first: bool) -> str:
        parts = ["<span"]
        if first:
            parts.append(f' id="{_attr(self.span_id)}"')
        parts.append(f' class="{_attr(" ".join(self.classes))}"')
        parts.extend(f' {name}="{_attr(value)}"' for name, value in self.attributes)
        if first and self.focusable:
            parts.append(' tabindex="0"')
        parts.append(">")
        return "".join(parts)


def nest_spans(text: str, spans: Iterable[Span]) -> str:
    """``text`` as HTML with every span drawn, always well-formed.

    A sweep over the sorted boundaries: between two boundaries the set of covering spans
    is fixed, and the open tags must be exactly that set in ``sort_key`` order. Tags that
    stay open are kept, the rest are closed and (re)opened, which splits a span only where
    it crosses a boundary of an outer one.
    """
    usable = [span for span in spans if 0 <= span.start < span.end <= len(text)]
    starting: dict[int, list[Span]] = defaultdict(list)
    ending: dict[int, list[Span]] = defaultdict(list)
    for span in usable:
        starting[span.start].append(span)
        ending[span.end].append(span)
    bounds = sorted({0, len(text), *starting, *ending})
    active: set[Span] = set()
    stack: list[Span] = []
    out: list[str] = []
    for position, following in pairwise(bounds):
        active.difference_update(ending.get(position, ()))
        active.update(starting.get(position, ()))
        wanted = sorted(active, key=Span.sort_key)
        kept = 0
        while kept < min(len(stack), len(wanted)) and stack[kept] is wanted[kept]:
            kept += 1
        out.append("</span>" * (len(stack) - kept))
        del stack[kept:]
        for span in wanted[kept:]:
            out.append(span.open_tag(first=span.start == position))
            stack.append(span)
        out.append(_text(text[position:following]))
    out.append("</span>" * len(stack))
    return "".join(out)


def speaker_mentions(quotes: Iterable[Row], mentions: Iterable[Row]) -> dict[str, str]:
    """quote_id → mention_id of the speaker, for the link from a quote to who said it.

    The quotes table names the speaker's entity (or only its surface form), not the
    mention, so the nearest mention of that entity (or with that surface form) outside the
    quoted words is taken: the one that introduces the speaker next to the quote.
    """
    by_article: dict[str, list[Row]] = defaultdict(list)
    for mention in mentions:
        by_article[mention["article_id"]].append(mention)
    links: dict[str, str] = {}
    for quote in quotes:
        entity_id, speaker = quote.get("speaker_entity_id", ""), quote.get("speaker", "")
        if not entity_id and not speaker:
            continue
        start, end = int(quote["start"]), int(quote["end"])
        candidates = [
            mention
            for mention in by_article.get(quote["article_id"], [])
            if (mention["entity_id"] == entity_id if entity_id else mention["text"] == speaker)
            and not (start <= int(mention["start"]) and int(mention["end"]) <= end)
        ]
        if candidates:
            nearest = min(
                candidates,
                key=lambda m: (
                    _distance(int(m["start"]), int(m["end"]), start, end),
                    m["mention_id"],
                ),
            )
            links[quote["quote_id"]] = nearest["mention_id"]
    return links


def _distance(start: int, end: int, other_start: int, other_end: int) -> int:
    return max(other_start - end, start - other_end, 0)


def said_by(quote: Row) -> str:
    """What a reader sees when hovering or focusing a quote: who said it, and the cue."""
    speaker = quote.get("speaker") or "speaker unknown"
    words = f"said by {speaker}" if quote.get("speaker") else speaker
    if quote.get("cue"):
        words += f" (cue: {quote['cue']})"
    return words


def article_spans(
    article: Row,
    sentences: Iterable[Row],
    mentions: Iterable[Row],
    quotes: Iterable[Row],
    entities: Mapping[str, Row],
) -> list[Span]:
    """Every annotation of one article as a span to draw."""
    spans = [
        Span(
            int(row["start"]),
            int(row["end"]),
            0,
            row["sentence_id"],
            ("sentence",),
            (
                ("data-sentence", row["sentence_id"]),
                ("data-index", row["index"]),
                ("data-paragraph", row["paragraph"]),
            ),
        )
        for row in sentences
    ]
    if (article.get("dateline_start") or "").isdecimal() and (
        article.get("dateline_end") or ""
    ).isdecimal():
        spans.append(
            Span(
                int(article["dateline_start"]),
                int(article["dateline_end"]),
                0,
                f"{article['article_id']}-dateline",
                ("dateline",),
                (
                    ("data-dateline", article.get("dateline", "")),
                    ("title", "dateline: part of no sentence"),
                ),
            )
        )
    for row in quotes:
        curated = ("curated",) if row.get("method") == "curated" else ()
        tooltip = f"{row['kind']} quote, {said_by(row)} · {row['method']}"
        spans.append(
            Span(
                int(row["start"]),
                int(row["end"]),
                1,
                row["quote_id"],
                ("quote", row["kind"], *curated),
                (
                    ("data-quote", row["quote_id"]),
                    ("data-kind", row["kind"]),
                    ("data-method", row["method"]),
                    ("data-speaker", row.get("speaker", "")),
                    ("data-said", said_by(row)),
                    ("title", tooltip),
                ),
                focusable=True,
            )
        )
    for row in mentions:
        curated = ("curated",) if row.get("method") == "curated" else ()
        entity = entities.get(row["entity_id"], {})
        tooltip = f"{row['label']} · {entity.get('name', row['entity_id'])} · {row['method']}"
        spans.append(
            Span(
                int(row["start"]),
                int(row["end"]),
                2,
                row["mention_id"],
                ("mention", f"label-{row['label']}", *curated),
                (
                    ("data-mention", row["mention_id"]),
                    ("data-entity", row["entity_id"]),
                    ("data-label", row["label"]),
                    ("data-method", row["method"]),
                    ("title", tooltip),
                ),
            )
        )
    return spans


# ---------------------------------------------------------------------------- pages


@dataclass(frozen=True, slots=True)
class SiteHeader:
    """What the top of every page says: the package's name and version."""

    name: str
    version: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart; ``href`` makes it a link (an entity's page)."""

    label: str
    value: int
    href: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    """What the article list shows of each article."""

    sentences: int = 0
    mentions: int = 0
    quotes: int = 0


@dataclass(frozen=True, slots=True)
class IndexFacts:
    """What the index pages summarize, computed once from the tables."""

    header: SiteHeader
    articles: list[Row]
    counts: Mapping[str, ArticleCounts]
    row_counts: Mapping[str, int]
    label_counts: list[Bar]
    top_entities: list[Bar]
    methods: Mapping[str, Mapping[str, int]]
    eval_reports: list[dict[str, Any]] | None


def page(title: str, body: str, header: SiteHeader, root: str) -> str:
    """The frame of every page: charset, stylesheet, the package line, no external URL."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "script-src 'self'; style-src 'self'; img-src 'self' data:\">\n"
        f"<title>{_text(title)}</title>\n"
        f'<link rel="stylesheet" href="{root}style.css">\n'
        "</head>\n<body>\n"
        '<header class="site">'
        f'<a class="name" href="{root}index.html">{_text(header.name or "package")}</a>'
        f'<span class="version">version {_text(header.version or "?")}</span>'
        f'<span class="muted">{_text(header.title)}</span></header>\n'
        f"<main>\n{body}</main>\n</body>\n</html>\n"
    )


def render_article(
    article: Row,
    sentences: Sequence[Row],
    mentions: Sequence[Row],
    quotes: Sequence[Row],
    entities: Mapping[str, Row],
    header: SiteHeader,
) -> str:
    """One article: metadata, legend, the annotated text, then its quotes and mentions."""
    speakers = speaker_mentions(quotes, mentions)
    text_html = nest_spans(
        article["text"], article_spans(article, sentences, mentions, quotes, entities)
    )
    labels = sorted({row["label"] for row in mentions})
    body = [
        f"<h1>{_text(article['title'])}</h1>\n",
        _metadata(article),
        _legend(labels, quotes=bool(quotes)),
        f'<div class="text" id="text" lang="{_attr(article.get("language", ""))}" '
        f'data-article="{_attr(article["article_id"])}">{text_html}</div>\n',
        _quotes_table(quotes, speakers),
        _mentions_table(mentions, entities),
    ]
    return page(article["title"], "".join(body), header, root="../")


def _metadata(article: Row) -> str:
    source = article.get("source_url", "")
    if re.fullmatch(r"https?://\S+", source):
        source_html = f'<a href="{_attr(source)}" rel="noopener noreferrer">{_text(source)}</a>'
    else:
        source_html = _text(source) or _UNKNOWN
    fields = [
        ("Article ID", _text(article["article_id"])),
        ("Publisher", _text(article.get("publisher", ""))),
        ("Dateline", _text(article.get("dateline", ""))),
        ("Published", _text(article.get("published", ""))),
        ("Language", _text(article.get("language", ""))),
        ("License", _text(article.get("license", ""))),
        ("Source", source_html),
        ("Text SHA-256", f"<code>{_text(article.get('text_sha256', ''))}</code>"),
    ]
    items = "".join(f"<dt>{name}</dt><dd>{value or _UNKNOWN}</dd>" for name, value in fields)
    return f'<dl class="meta">{items}</dl>\n'


def _legend(labels: Sequence[str], quotes: bool) -> str:
    keys = [
        f'<span class="key"><span class="swatch label-{_attr(label)}">{_text(label)}</span></span>'
        for label in labels
    ]
    keys.append('<span class="key"><span class="sentence-sample">sentence</span></span>')
    if quotes:
        keys.append('<span class="key"><span class="quote-sample">direct quote</span></span>')
        keys.append(
            '<span class="key"><span class="quote-sample indirect">indirect quote</span></span>'
        )
    keys.append(
        '<span class="key"><span class="swatch curated">curated</span> (hand-corrected)</span>'
    )
    return (
        '<div class="legend" aria-label="legend">'
        + "".join(keys)
        + '<span class="muted">hover a highlight for its label; '
        + "focus a quote for its speaker</span>"
        + "</div>\n"
    )


def _quotes_table(quotes: Sequence[Row], speakers: Mapping[str, str]) -> str:
    if not quotes:
        return '<h2>Quotes</h2>\n<p class="empty">no quotes</p>\n'
    rows = []
    for quote in quotes:
        speaker = quote.get("speaker", "")
        mention_id = speakers.get(quote["quote_id"])
        if speaker and mention_id:
            who = f'<a class="speaker" href="#{_attr(mention_id)}">{_text(speaker)}</a>'
        else:
            who = _text(speaker) or _UNKNOWN
        css = ' class="curated"' if quote.get("method") == "curated" else ""
        rows.append(
            f'<tr{css} data-quote="{_attr(quote["quote_id"])}">'
            f'<td><a href="#{_attr(quote["quote_id"])}">{_text(quote["text"])}</a></td>'
            f"<td>{_text(quote['kind'])}</td><td>{who}</td>"
            f"<td>{_text(quote.get('cue', ''))}</td><td>{_text(quote['method'])}</td></tr>"
        )
    return (
        f"<h2>Quotes ({len(quotes)})</h2>\n<table>"
        "<thead><tr><th>quoted words</th><th>kind</th><th>speaker</th><th>cue</th>"
        "<th>method</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>\n"
    )


def _mentions_table(mentions: Sequence[Row], entities: Mapping[str, Row]) -> str:
    if not mentions:
        return '<h2>Mentions</h2>\n<p class="empty">no mentions</p>\n'
    rows = []
    for mention in mentions:
        name = entities.get(mention["entity_id"], {}).get("name", mention["entity_id"])
        css = ' class="curated"' if mention.get("method") == "curated" else ""
        rows.append(
            f"<tr{css}>"
            f'<td><a href="#{_attr(mention["mention_id"])}">{_text(mention["text"])}</a></td>'
            f'<td><span class="swatch label-{_attr(mention["label"])}">{_text(mention["label"])}'
            f'</span></td><td><a href="../entities/{_attr(mention["entity_id"])}.html">'
            f"{_text(name)}</a></td><td>{_text(mention['method'])}</td></tr>"
        )
    return (
        f"<h2>Mentions ({len(mentions)})</h2>\n<table>"
        "<thead><tr><th>mention</th><th>label</th><th>entity</th><th>method</th></tr></thead>"
        "<tbody>" + "".join(rows) + "</tbody></table>\n"
    )


def render_entity(
    entity: Row, mentions: Sequence[Row], texts: Mapping[str, str], header: SiteHeader
) -> str:
    """One entity: every mention as a keyword-in-context line linking to its anchor."""
    lines = []
    for mention in mentions:
        text = texts.get(mention["article_id"], "")
        start, end = int(mention["start"]), int(mention["end"])
        left = _one_line(text[max(0, start - KWIC_WIDTH) : start])
        right = _one_line(text[end : end + KWIC_WIDTH])
        href = f"../articles/{_attr(mention['article_id'])}.html#{_attr(mention['mention_id'])}"
        lines.append(
            f'<tr><td class="left"><span>{_text(left)}</span></td>'
            f'<td class="hit"><a href="{href}" title="{_attr(mention["article_id"])}">'
            f"{_text(mention['text'])}</a></td>"
            f'<td class="right">{_text(right)}</td></tr>'
        )
    wikidata = entity.get("wikidata_id", "")
    facts = (
        f'<dl class="meta"><dt>Entity ID</dt><dd>{_text(entity["entity_id"])}</dd>'
        f'<dt>Label</dt><dd><span class="swatch label-{_attr(entity["label"])}">'
        f"{_text(entity['label'])}</span></dd>"
        f"<dt>Wikidata</dt><dd>{_text(wikidata) or _NONE}</dd>"
        f"<dt>Method</dt><dd>{_text(entity.get('method', ''))}</dd>"
        f"<dt>Mentions</dt><dd>{len(mentions)}</dd></dl>\n"
    )
    table = (
        '<table class="kwic"><tbody>' + "".join(lines) + "</tbody></table>\n"
        if lines
        else '<p class="empty">no mentions</p>\n'
    )
    body = f"<h1>{_text(entity['name'])}</h1>\n{facts}<h2>Mentions in context</h2>\n{table}"
    return page(entity["name"], body, header, root="../")


def index_page_name(number: int) -> str:
    return "index.html" if number == 1 else f"index-{number}.html"


def render_index_pages(facts: IndexFacts, per_page: int = ARTICLES_PER_PAGE) -> dict[str, str]:
    """The article list, ``per_page`` articles a page; page 1 also carries the overview."""
    chunks = [facts.articles[i : i + per_page] for i in range(0, len(facts.articles), per_page)]
    chunks = chunks or [[]]
    pages: dict[str, str] = {}
    for number, chunk in enumerate(chunks, start=1):
        body = [f"<h1>{_text(facts.header.title or facts.header.name)}</h1>\n", _search_box()]
        if number == 1:
            body.append(_overview(facts))
        body.append("<h2>Articles</h2>\n")
        body.append(_pager(number, len(chunks), len(facts.articles), per_page))
        body.append(_article_list(chunk, facts.counts))
        body.append(_pager(number, len(chunks), len(facts.articles), per_page))
        body.append('<script src="entity-index.js"></script>\n<script src="search.js"></script>\n')
        title = facts.header.name if number == 1 else f"{facts.header.name}: page {number}"
        pages[index_page_name(number)] = page(title, "".join(body), facts.header, root="")
    return pages


def _search_box() -> str:
    return (
        '<section class="search"><h2>Find an entity</h2>\n'
        '<label for="entity-search">Entity name</label> '
        '<input type="search" id="entity-search" autocomplete="off" '
        'placeholder="e.g. Jakarta"> <span id="entity-status" class="muted"></span>\n'
        '<ul id="entity-results"></ul></section>\n'
    )


def _overview(facts: IndexFacts) -> str:
    counts = "".join(
        f'<tr><td>{_text(name)}</td><td class="number">{count}</td></tr>'
        for name, count in facts.row_counts.items()
    )
    methods = sorted({method for per in facts.methods.values() for method in per})
    method_rows = "".join(
        f"<tr><td>{_text(resource)}</td>"
        + "".join(f'<td class="number">{per.get(method, 0)}</td>' for method in methods)
        + "</tr>"
        for resource, per in facts.methods.items()
    )
    method_head = "".join(f'<th class="number">{_text(method)}</th>' for method in methods)
    return (
        "<section><h2>Rows</h2>\n"
        '<table><thead><tr><th>table</th><th class="number">rows</th></tr></thead>'
        f"<tbody>{counts}</tbody></table>\n"
        "<h2>How the rows were made</h2>\n"
        f"<table><thead><tr><th>table</th>{method_head}</tr></thead>"
        f"<tbody>{method_rows}</tbody></table>\n"
        "<h2>Mentions by label</h2>\n"
        + bar_chart("Mentions by label", facts.label_counts)
        + f"<h2>Most mentioned entities (top {TOP_ENTITIES})</h2>\n"
        + bar_chart("Most mentioned entities", facts.top_entities)
        + "<h2>Extraction quality</h2>\n"
        + render_eval(facts.eval_reports)
        + "</section>\n"
    )


def bar_chart(caption: str, bars: Sequence[Bar]) -> str:
    """A horizontal bar chart as inline SVG: no script, no library, scales with the page."""
    if not bars:
        return '<p class="empty">nothing to draw</p>\n'
    label_width, bar_width, row = 230, 330, 22
    height = row * len(bars) + 6
    largest = max(bar.value for bar in bars) or 1
    items = []
    for number, bar in enumerate(bars):
        y = 3 + number * row
        width = max(1, round(bar_width * bar.value / largest)) if bar.value else 0
        label = bar.label if len(bar.label) <= 32 else bar.label[:31] + "…"
        item = (
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end">{_text(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="{row - 6}" rx="2"/>'
            f'<text x="{label_width + width + 6}" y="{y + 15}">{bar.value}</text>'
        )
        if bar.href:
            item = f'<a href="{_attr(bar.href)}"><title>{_text(bar.label)}</title>{item}</a>'
        items.append(f"<g>{item}</g>")
    total_width = label_width + bar_width + 60
    return (
        f'<svg class="chart" role="img" aria-label="{_attr(caption)}" '
        f'viewBox="0 0 {total_width} {height}" width="{total_width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{_text(caption)}</title>'
        + "".join(items)
        + "</svg>\n"
    )


def render_eval(reports: list[dict[str, Any]] | None) -> str:
    """The scores of ``warta eval --json``; says so plainly when there are none."""
    if not reports:
        return (
            '<p class="empty">no evaluation figures '
            "(run <code>warta eval --json &gt; eval.json</code>)</p>\n"
        )
    parts = []
    for report in reports:
        rows = "".join(
            f"<tr><td>{_text(str(name))}</td>"
            + "".join(
                f'<td class="number">{_number(_mapping(score).get(key))}</td>'
                for key in ("precision", "recall", "f1", "tp", "fp", "fn")
            )
            + "</tr>"
            for name, score in sorted(_mapping(report.get("scores")).items())
        )
        figure_rows = "".join(
            f'<tr><td>{_text(str(name))}</td><td class="number" colspan="6">'
            f"{_number(value)}</td></tr>"
            for name, value in sorted(_mapping(report.get("figures")).items())
        )
        parts.append(
            f"<h3>{_text(str(report.get('path', '')))} "
            f'<span class="muted">({_text(str(report.get("task", "")))}, '
            f"{_text(str(report.get('documents', '')))} documents)</span></h3>\n"
            '<table><thead><tr><th>score</th><th class="number">precision</th>'
            '<th class="number">recall</th><th class="number">F1</th><th class="number">tp</th>'
            '<th class="number">fp</th><th class="number">fn</th></tr></thead>'
            f"<tbody>{rows}{figure_rows}</tbody></table>\n"
        )
    return "".join(parts)


def _mapping(value: Any) -> dict[str, Any]:
    """A JSON object of the eval report, or nothing: a hand-edited file must not crash."""
    return value if isinstance(value, dict) else {}


def _number(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return _text(str(value or ""))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.4f}"
    return _text(str(value))


def _pager(number: int, pages: int, articles: int, per_page: int) -> str:
    first = (number - 1) * per_page + 1 if articles else 0
    last = min(number * per_page, articles)
    previous = (
        f'<a rel="prev" href="{index_page_name(number - 1)}">← previous</a>' if number > 1 else ""
    )
    following = (
        f'<a rel="next" href="{index_page_name(number + 1)}">next →</a>' if number < pages else ""
    )
    return (
        f'<nav class="pages" aria-label="pages">{previous}'
        f"<span>articles {first}–{last} of {articles} · page {number} of {pages}</span>"
        f"{following}</nav>\n"
    )


def _article_list(articles: Sequence[Row], counts: Mapping[str, ArticleCounts]) -> str:
    if not articles:
        return '<p class="empty">no articles</p>\n'
    rows = []
    for article in articles:
        count = counts.get(article["article_id"], ArticleCounts())
        rows.append(
            f'<tr data-article="{_attr(article["article_id"])}">'
            f'<td><a href="articles/{_attr(article["article_id"])}.html">'
            f"{_text(article['title'])}</a>"
            f'<br><span class="muted">{_text(article["article_id"])}</span></td>'
            f"<td>{_text(article.get('published', ''))}</td>"
            f"<td>{_text(article.get('publisher', ''))}</td>"
            f'<td class="number">{count.sentences}</td><td class="number">{count.mentions}</td>'
            f'<td class="number">{count.quotes}</td></tr>'
        )
    return (
        "<table><thead><tr><th>article</th><th>published</th><th>publisher</th>"
        '<th class="number">sentences</th><th class="number">mentions</th>'
        '<th class="number">quotes</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>\n"
    )


def entity_index_script(entities: Sequence[Row], mention_counts: Mapping[str, int]) -> str:
    """``window.WARTA_ENTITIES``: ``[name, label, entity_id, mentions]`` sorted by name."""
    records = [
        [row["name"], row["label"], row["entity_id"], mention_counts.get(row["entity_id"], 0)]
        for row in sorted(entities, key=lambda row: (row["name"].casefold(), row["entity_id"]))
    ]
    payload = json.dumps(records, ensure_ascii=True, separators=(",", ":"))
    # ensure_ascii leaves < > & as they are; escape them too so no name can close a tag.
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"window.WARTA_ENTITIES = {payload};\n"


# ----------------------------------------------------------------------------- site


def render_site(
    tables: PackageTables,
    eval_reports: list[dict[str, Any]] | None,
    per_page: int = ARTICLES_PER_PAGE,
) -> dict[str, str]:
    """Every file of the site by relative path: a pure function of the tables."""
    header = SiteHeader(tables.name, tables.version, tables.title)
    articles = sorted(tables.articles, key=lambda row: row["article_id"])
    for row in articles:
        _check_slug(row["article_id"], "articles", "article_id")
    entities = {row["entity_id"]: row for row in tables.entities}
    for entity_id in entities:
        _check_slug(entity_id, "entities", "entity_id")
    by_article: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for resource, rows in (
        ("sentences", tables.sentences),
        ("mentions", tables.mentions),
        ("quotes", tables.quotes),
    ):
        for row in rows:
            by_article[row["article_id"]][resource].append(row)
    files: dict[str, str] = {"style.css": STYLESHEET, "search.js": SEARCH_SCRIPT}
    counts: dict[str, ArticleCounts] = {}
    for article in articles:
        parts = by_article[article["article_id"]]
        sentences = sorted(parts["sentences"], key=_position)
        mentions = sorted(parts["mentions"], key=_position)
        quotes = sorted(parts["quotes"], key=_position)
        counts[article["article_id"]] = ArticleCounts(len(sentences), len(mentions), len(quotes))
        files[f"articles/{article['article_id']}.html"] = render_article(
            article, sentences, mentions, quotes, entities, header
        )
    mentions_of: dict[str, list[Row]] = defaultdict(list)
    for mention in tables.mentions:
        mentions_of[mention["entity_id"]].append(mention)
    texts = {row["article_id"]: row["text"] for row in articles}
    for entity_id, entity in sorted(entities.items()):
        ordered = sorted(mentions_of[entity_id], key=lambda m: (m["article_id"], *_position(m)))
        files[f"entities/{entity_id}.html"] = render_entity(entity, ordered, texts, header)
    mention_counts = {entity_id: len(rows) for entity_id, rows in mentions_of.items()}
    files["entity-index.js"] = entity_index_script(tables.entities, mention_counts)
    facts = IndexFacts(
        header=header,
        articles=articles,
        counts=counts,
        row_counts={name: len(getattr(tables, name)) for name in RESOURCES},
        label_counts=[
            Bar(label, count) for label, count in _top(Counter(r["label"] for r in tables.mentions))
        ],
        top_entities=[
            Bar(
                entities[entity_id]["name"] if entity_id in entities else entity_id,
                count,
                f"entities/{entity_id}.html",
            )
            for entity_id, count in _top(mention_counts, TOP_ENTITIES)
        ],
        methods={
            name: dict(
                sorted(Counter(row.get("method", "") for row in getattr(tables, name)).items())
            )
            for name in RESOURCES
            if name != "articles"
        },
        eval_reports=eval_reports,
    )
    files.update(render_index_pages(facts, per_page))
    return dict(sorted(files.items()))


def _position(row: Row) -> tuple[int, int, str]:
    identifier = row.get("mention_id") or row.get("quote_id") or row.get("sentence_id") or ""
    return (int(row["start"]), int(row["end"]), identifier)


def _top(counts: Mapping[str, int], limit: int | None = None) -> list[tuple[str, int]]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked if limit is None else ranked[:limit]


def _check_slug(identifier: str, resource: str, column: str) -> None:
    """Ids become file names: only the contract's slugs, never a path like ``../x``."""
    if not _SLUG.match(identifier):
        raise InputError(
            f"{resource}.csv", f"a slug for a file name, found {identifier!r}", field=column
        )


def write_site(files: Mapping[str, str], out_dir: Path) -> None:
    """Replace ``out_dir`` with the site, staged beside it so a failure leaves the old one.

    The whole directory is replaced (a removed article leaves no stale page), so a
    directory that is not a site of ours is refused rather than emptied.
    """
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / SITE_MARKER).is_file():
        raise InputError(
            str(out_dir), f"an empty directory or a site written by `warta show` (no {SITE_MARKER})"
        )
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"
    retired = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for relative, content in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode("utf-8"))
        (staging / SITE_MARKER).write_text("written by warta show\n", encoding="utf-8")
        if out_dir.exists():
            os.replace(out_dir, retired)
        os.replace(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)


def show(
    package_dir: Path,
    out_dir: Path,
    eval_path: Path | None = None,
    per_page: int = ARTICLES_PER_PAGE,
) -> dict[str, str]:
    """Read the package, render the site, write it to ``out_dir``; the files by path.

    Evaluation figures come from ``eval_path`` or, when not given, ``eval.json`` or
    ``dataset/eval.json`` (written by ``make eval``) in the package directory.
    """
    tables = read_package(package_dir)
    for candidate in (package_dir / "eval.json", package_dir / "dataset" / "eval.json"):
        if eval_path is None and candidate.is_file():
            eval_path = candidate
    reports = read_eval(eval_path) if eval_path is not None else None
    files = render_site(tables, reports, per_page)
    write_site(files, out_dir)
    return files


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _one_line(text: str) -> str:
    return text.replace("\n", " ¶ ")
