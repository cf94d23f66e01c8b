"""`warta show` (issue 11): the package as a static site, checked as markup and in Chromium.

Part (a) renders hand-made rows with the pure functions: escaping, nesting of quotes and
mentions, pagination, determinism, strict HTML5 parsing of every page, no external URL.
Part (b) opens the seed package's site and a package with a `<script>` article in
headless Chromium and reads the rendered DOM: every mention and quote of the tables is
highlighted at exactly its offsets, each quote shows its speaker, and no script of the
data runs. It is skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import html5lib
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import copy_dataset
from warta import show
from warta.build import build
from warta.cli import main
from warta.show import PackageTables, Span

# ------------------------------------------------------------------- hand-made rows

XSS_TITLE = 'Judul <script>window.wartaXss = 1</script> & "kutipan"'
TEXT = (
    f"{XSS_TITLE}\n"
    'Jakarta, Antara - "Kami siap menjaga Jakarta," kata Joko Widodo. '
    "Menurut Joko Widodo, Bank Indonesia <b>tetap</b> tenang."
)


def span_of(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``needle`` (hand-made rows only)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def sentence(number: int, start: int, end: int) -> dict[str, str]:
    return {
        "sentence_id": f"a1-s{number:04d}",
        "article_id": "a1",
        "index": str(number),
        "paragraph": "0" if number == 0 else "1",
        "start": str(start),
        "end": str(end),
        "text": TEXT[start:end],
        "method": "rule",
    }


def mention(
    number: int,
    needle: str,
    entity_id: str,
    label: str,
    *,
    occurrence: int = 0,
    method: str = "rule",
    sentence_id: str = "",
) -> dict[str, str]:
    start, end = span_of(TEXT, needle, occurrence)
    return {
        "mention_id": f"a1-m{number:04d}",
        "entity_id": entity_id,
        "article_id": "a1",
        "sentence_id": sentence_id,
        "start": str(start),
        "end": str(end),
        "text": needle,
        "label": label,
        "method": method,
    }


def tiny_tables() -> PackageTables:
    """One article whose rows exercise every case the markup must get right."""
    dateline_start, _ = span_of(TEXT, "Jakarta, Antara - ")
    dateline_end = dateline_start + len("Jakarta, Antara - ")
    first_end = len(XSS_TITLE)
    second_start = dateline_end
    second_end = span_of(TEXT, "Widodo.")[1]
    third_start = second_end + 1
    sentences = [
        sentence(0, 0, first_end),
        sentence(1, second_start, second_end),
        sentence(2, third_start, len(TEXT)),
    ]
    quote_start, quote_end = span_of(TEXT, "Kami siap menjaga Jakarta,")
    mentions = [
        # Inside the dateline: no sentence (CONTRACT.md, mentions.sentence_id).
        mention(0, "Jakarta", "gpe-jakarta", "GPE"),
        # Inside the quote: the mention nests in the quote span.
        mention(1, "Jakarta", "gpe-jakarta", "GPE", occurrence=1, sentence_id="a1-s0001"),
        # The speaker, right after the quote, curated by hand.
        mention(
            2, "Joko Widodo", "per-joko-widodo", "PER", method="curated", sentence_id="a1-s0001"
        ),
        mention(3, "Joko Widodo", "per-joko-widodo", "PER", occurrence=1, sentence_id="a1-s0002"),
        # Nested mentions: "Bank Indonesia" inside a longer ORG mention would split; here
        # an overlapping pair crosses, so one of them must be cut in two fragments.
        mention(4, "Bank Indonesia", "org-bank-indonesia", "ORG", sentence_id="a1-s0002"),
        mention(5, "Indonesia <b>", "gpe-indonesia", "GPE", sentence_id="a1-s0002"),
    ]
    quotes = [
        {
            "quote_id": "a1-q0000",
            "article_id": "a1",
            "sentence_id": "a1-s0001",
            "start": str(quote_start),
            "end": str(quote_end),
            "text": TEXT[quote_start:quote_end],
            "kind": "direct",
            "partial": "false",
            "speaker": "Joko Widodo",
            "speaker_entity_id": "per-joko-widodo",
            "cue": "kata",
            "method": "rule",
        },
        {
            # An indirect quote that crosses from the speaker's sentence into the tail.
            "quote_id": "a1-q0001",
            "article_id": "a1",
            "sentence_id": "a1-s0002",
            "start": str(span_of(TEXT, "Bank")[0]),
            "end": str(len(TEXT)),
            "text": TEXT[span_of(TEXT, "Bank")[0] :],
            "kind": "indirect",
            "partial": "false",
            "speaker": "Joko Widodo",
            "speaker_entity_id": "per-joko-widodo",
            "cue": "Menurut",
            "method": "curated",
        },
    ]
    entities = [
        {
            "entity_id": "gpe-indonesia",
            "name": "Indonesia",
            "label": "GPE",
            "wikidata_id": "",
            "method": "rule",
        },
        {
            "entity_id": "gpe-jakarta",
            "name": "Jakarta",
            "label": "GPE",
            "wikidata_id": "Q3630",
            "method": "rule",
        },
        {
            "entity_id": "org-bank-indonesia",
            "name": "Bank Indonesia <BI>",
            "label": "ORG",
            "wikidata_id": "",
            "method": "rule",
        },
        {
            "entity_id": "per-joko-widodo",
            "name": "Joko Widodo",
            "label": "PER",
            "wikidata_id": "",
            "method": "curated",
        },
    ]
    article = {
        "article_id": "a1",
        "title": XSS_TITLE,
        "language": "id",
        "published": "2025-11-14",
        "publisher": "Antara",
        "dateline": "Jakarta",
        "dateline_start": str(dateline_start),
        "dateline_end": str(dateline_end),
        "source_url": "https://example.org/a1?x=1&y=<2>",
        "license": "CC-BY-4.0",
        "text": TEXT,
        "text_sha256": "0" * 64,
    }
    return PackageTables(
        name="tiny",
        version="1.2.3",
        title="Tiny <package>",
        articles=[article],
        sentences=sentences,
        entities=entities,
        mentions=mentions,
        quotes=quotes,
    )


def strict_parse(page: str) -> Element:
    """html5lib in strict mode: any parse error (bad nesting, stray tag) raises."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(page)


def text_box(document: Element) -> Element:
    box = document.find(".//div[@id='text']")
    assert box is not None, "the article text container is missing"
    return box


def fragments(box: Element) -> dict[str, list[tuple[int, int, Element]]]:
    """``data-*`` id → its fragments as (start, end, element), offsets in the box's text."""
    found: dict[str, list[tuple[int, int, Element]]] = {}

    def walk(element: Element, offset: int) -> int:
        offset += len(element.text or "")
        for child in element:
            start = offset
            offset = walk(child, offset)
            for attribute in ("data-sentence", "data-quote", "data-mention"):
                if attribute in child.attrib:
                    found.setdefault(child.attrib[attribute], []).append((start, offset, child))
            offset += len(child.tail or "")
        return offset

    walk(box, 0)
    return found


def assert_drawn_exactly(text: str, box: Element, rows: list[dict[str, str]], key: str) -> None:
    """Each row's fragments are contiguous and cover exactly ``text[start:end]``."""
    drawn = fragments(box)
    for row in rows:
        pieces = drawn.get(row[key])
        assert pieces, f"{row[key]} is not drawn"
        assert pieces[0][0] == int(row["start"]), f"{row[key]} starts elsewhere"
        assert pieces[-1][1] == int(row["end"]), f"{row[key]} ends elsewhere"
        for (_, end, _), (start, _, _) in pairwise(pieces):
            assert end == start, f"{row[key]} has a gap"
        assert sum(1 for _, _, element in pieces if "id" in element.attrib) == 1
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def hrefs_and_srcs(document: Element) -> list[str]:
    return [
        value
        for element in document.iter()
        for name, value in element.attrib.items()
        if name in ("href", "src")
    ]


# ----------------------------------------------------------------- (a) pure functions


def test_article_text_is_escaped_and_equal_to_the_stored_text() -> None:
    tables = tiny_tables()
    page = show.render_site(tables, None)["articles/a1.html"]
    assert "<script>window" not in page
    assert "&lt;script&gt;window.wartaXss = 1&lt;/script&gt;" in page
    assert "<b>" not in page
    document = strict_parse(page)
    assert "".join(text_box(document).itertext()) == TEXT
    assert document.find(".//title").text == XSS_TITLE  # type: ignore[union-attr]
    assert document.find(".//h1").text == XSS_TITLE  # type: ignore[union-attr]


def test_quotes_mentions_and_sentences_nest_and_cover_their_offsets() -> None:
    tables = tiny_tables()
    box = text_box(strict_parse(show.render_site(tables, None)["articles/a1.html"]))
    assert_drawn_exactly(TEXT, box, tables.sentences, "sentence_id")
    assert_drawn_exactly(TEXT, box, tables.mentions, "mention_id")
    assert_drawn_exactly(TEXT, box, tables.quotes, "quote_id")
    drawn = fragments(box)
    # The mention inside the quote is a descendant of the quote's span.
    quote = drawn["a1-q0000"][0][2]
    assert quote.find(".//span[@data-mention='a1-m0001']") is not None
    # The crossing pair of mentions forces one of them into two fragments.
    assert len(drawn["a1-m0004"]) + len(drawn["a1-m0005"]) == 3
    # The dateline mention sits in the dateline, in no sentence.
    dateline_mention = drawn["a1-m0000"][0][2]
    dateline = box.find(".//span[@class='dateline']")
    assert dateline is not None and dateline_mention in list(dateline.iter())
    assert not any(
        dateline_mention in list(element.iter())
        for pieces in drawn.values()
        for _, _, element in pieces
        if "data-sentence" in element.attrib
    )


def test_labels_speakers_and_curated_rows_are_marked() -> None:
    tables = tiny_tables()
    document = strict_parse(show.render_site(tables, None)["articles/a1.html"])
    drawn = fragments(text_box(document))
    for row in tables.mentions:
        element = drawn[row["mention_id"]][0][2]
        assert f"label-{row['label']}" in element.attrib["class"].split()
        assert row["label"] in element.attrib["title"]
        assert ("curated" in element.attrib["class"].split()) == (row["method"] == "curated")
    for row in tables.quotes:
        first = drawn[row["quote_id"]][0][2]
        assert first.attrib["tabindex"] == "0"
        assert f"said by {row['speaker']} (cue: {row['cue']})" in first.attrib["title"]
        assert first.attrib["data-said"] == f"said by {row['speaker']} (cue: {row['cue']})"
    # The quotes table links each speaker to the nearest mention outside the quote.
    links = {
        row.attrib["data-quote"]: row.find(".//a[@class='speaker']")
        for row in document.iter("tr")
        if "data-quote" in row.attrib
    }
    assert links["a1-q0000"].attrib["href"] == "#a1-m0002"  # type: ignore[union-attr]
    assert links["a1-q0001"].attrib["href"] == "#a1-m0003"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A quote without speaker or cue still says so, rather than showing nothing.
        ({"speaker": "", "cue": ""}, "speaker unknown"),
        ({"speaker": "", "cue": "katanya"}, "speaker unknown (cue: katanya)"),
        ({"speaker": "Peskov", "cue": ""}, "said by Peskov"),
    ],
)
def test_said_by(quote: dict[str, str], expected: str) -> None:
    assert show.said_by(quote) == expected


def test_every_page_parses_strictly_and_links_nowhere_outside() -> None:
    reports = [
        {
            "path": "gold/<x>.jsonl",
            "task": "ner",
            "documents": 3,
            "scores": {
                "ner": {"precision": 0.5, "recall": 0.25, "f1": 0.3333, "tp": 1, "fp": 1, "fn": 3}
            },
            "figures": {"coverage": 0.75},
        }
    ]
    files = show.render_site(tiny_tables(), reports)
    pages = {path: content for path, content in files.items() if path.endswith(".html")}
    assert set(pages) == {
        "index.html",
        "articles/a1.html",
        "entities/gpe-indonesia.html",
        "entities/gpe-jakarta.html",
        "entities/org-bank-indonesia.html",
        "entities/per-joko-widodo.html",
    }
    for path, content in pages.items():
        document = strict_parse(content)
        for value in hrefs_and_srcs(document):
            external = re.match(r"^([a-z][a-z0-9+.-]*:|//)", value)
            assert not external or value == "https://example.org/a1?x=1&y=<2>", (path, value)
        scripts = [element.attrib.get("src") for element in document.iter("script")]
        assert scripts == (["entity-index.js", "search.js"] if path == "index.html" else [])
    index = pages["index.html"]
    assert "gold/&lt;x&gt;.jsonl" in index and "0.3333" in index and "coverage" in index
    assert "Tiny &lt;package&gt;" in index


def test_without_evaluation_figures_the_index_says_so() -> None:
    index = show.render_site(tiny_tables(), None)["index.html"]
    assert "no evaluation figures" in index


def test_entity_page_lists_every_mention_in_context_with_a_link_back() -> None:
    page = show.render_site(tiny_tables(), None)["entities/per-joko-widodo.html"]
    document = strict_parse(page)
    links = [a.attrib["href"] for a in document.iter("a") if "#" in a.attrib["href"]]
    assert links == ["../articles/a1.html#a1-m0002", "../articles/a1.html#a1-m0003"]
    assert "kata" in page  # the context around the mention


def test_entity_index_script_cannot_close_a_tag() -> None:
    script = show.entity_index_script(tiny_tables().entities, {"org-bank-indonesia": 1})
    assert "<" not in script and ">" not in script.replace("window.WARTA_ENTITIES =", "")
    assert '["Bank Indonesia \\u003cBI\\u003e","ORG","org-bank-indonesia",1]' in script


def many_articles(count: int) -> PackageTables:
    base = tiny_tables()
    articles = [
        {**base.articles[0], "article_id": f"art-{number:05d}", "title": f"Article {number}"}
        for number in range(count)
    ]
    return replace(base, articles=articles, sentences=[], mentions=[], quotes=[])


def test_index_is_paginated_with_next_and_previous_links() -> None:
    files = show.render_site(many_articles(250), None, per_page=100)
    index_pages = sorted(path for path in files if path.startswith("index"))
    assert index_pages == ["index-2.html", "index-3.html", "index.html"]
    seen: list[str] = []
    for number, name in enumerate(["index.html", "index-2.html", "index-3.html"], start=1):
        document = strict_parse(files[name])
        rows = [
            row.attrib["data-article"]
            for row in document.iter("tr")
            if "data-article" in row.attrib
        ]
        assert len(rows) <= 100
        seen.extend(rows)
        rels = {
            a.attrib.get("rel"): a.attrib["href"] for a in document.iter("a") if a.attrib.get("rel")
        }
        assert rels.get("prev") == (show.index_page_name(number - 1) if number > 1 else None)
        assert rels.get("next") == (show.index_page_name(number + 1) if number < 3 else None)
    assert seen == [f"art-{number:05d}" for number in range(250)]
    # Charts and evaluation live on the first page only.
    assert "<svg" in files["index.html"] and "<svg" not in files["index-2.html"]


def test_rendering_is_deterministic_whatever_the_row_order() -> None:
    tables = tiny_tables()
    shuffled = replace(
        tables,
        mentions=list(reversed(tables.mentions)),
        quotes=list(reversed(tables.quotes)),
        sentences=list(reversed(tables.sentences)),
        entities=list(reversed(tables.entities)),
    )
    first = show.render_site(tables, None)
    assert first == show.render_site(tables, None) == show.render_site(shuffled, None)
    assert list(first) == sorted(first)


def test_bar_chart_escapes_labels_and_scales_bars() -> None:
    svg = show.bar_chart("<chart>", [show.Bar("<a>", 10, "entities/x.html"), show.Bar("b", 5)])
    strict_parse(f"<!DOCTYPE html><title>t</title>{svg}")
    assert "&lt;chart&gt;" in svg and "&lt;a&gt;" in svg
    widths = re.findall(r'<rect [^>]*width="(\d+)"', svg)
    assert [int(width) for width in widths] == [330, 165]


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(alphabet="ab <>&\"'\né😀", min_size=1, max_size=40))
    spans = []
    for number in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        layer = draw(st.integers(0, 2))
        spans.append(
            Span(start, end, layer, f"s{number}", ("x",), (("data-mention", f"s{number}"),))
        )
    return text, spans


@settings(max_examples=200, deadline=None)
@given(texts_and_spans())
def test_any_overlap_nests_well_formed_and_keeps_offsets(case: tuple[str, list[Span]]) -> None:
    """Whatever overlaps the tables hold, the markup parses strictly and each span's
    fragments reassemble to exactly its offsets (code points, astral characters too)."""
    text, spans = case
    markup = show.nest_spans(text, spans)
    document = strict_parse(f'<!DOCTYPE html><title>t</title><div id="text">{markup}</div>')
    box = text_box(document)
    # html5lib turns a lone CR into LF; the alphabet has none, so the text is exact.
    assert "".join(box.itertext()) == text
    rows = [
        {
            "mention_id": s.span_id,
            "start": str(s.start),
            "end": str(s.end),
            "text": text[s.start : s.end],
        }
        for s in spans
    ]
    assert_drawn_exactly(text, box, rows, "mention_id")


def test_write_site_replaces_its_own_site_and_refuses_other_directories(tmp_path: Path) -> None:
    site = tmp_path / "site"
    show.write_site({"index.html": "one", "articles/old.html": "old"}, site)
    show.write_site({"index.html": "two"}, site)
    assert (site / "index.html").read_text() == "two"
    assert not (site / "articles" / "old.html").exists()  # no stale page survives
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging left behind
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("keep me")
    with pytest.raises(show.InputError, match="site written by `warta show`"):
        show.write_site({"index.html": "x"}, precious)
    assert (precious / "thesis.txt").read_text() == "keep me"


# ---------------------------------------------------------------- CLI on the seed


def test_cli_writes_the_site_and_prints_the_page(seed_package: Path, tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(seed_package, package)
    (package / "eval.json").write_text(
        '[{"path": "tests/gold/x.jsonl", "task": "segmentation", "documents": 1,'
        ' "scores": {"segmentation": {"precision": 1.0, "recall": 0.9, "f1": 0.9474}},'
        ' "figures": {}}]'
    )
    article_id = (package / "dataset" / "data" / "articles.csv").read_text().splitlines()[1]
    article_id = article_id.split(",", 1)[0]
    result = CliRunner().invoke(main, ["show", str(package), "--article", article_id])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(package / "site" / "articles" / f"{article_id}.html")
    assert "0.9474" in (package / "site" / "index.html").read_text()  # eval.json was read
    missing = CliRunner().invoke(main, ["show", str(package), "--article", "no-such-article"])
    assert missing.exit_code == 2 and "no article 'no-such-article'" in missing.output
    no_package = CliRunner().invoke(main, ["show", str(tmp_path / "nowhere")])
    assert no_package.exit_code == 2 and "run `warta build` first" in no_package.output


def test_open_hands_the_page_to_the_web_browser(
    seed_package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    site = tmp_path / "site"
    result = CliRunner().invoke(main, ["show", str(seed_package), "--out", str(site), "--open"])
    assert result.exit_code == 0, result.output
    assert opened == [(site / "index.html").resolve().as_uri()]


def test_a_bad_offset_is_a_clean_error_naming_file_row_and_column(
    package_copy: Callable[[], Path], tmp_path: Path
) -> None:
    package = package_copy()
    mentions = package / "dataset" / "data" / "mentions.csv"
    lines = mentions.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[4] = "x"  # the start column
    lines[1] = ",".join(cells)
    mentions.write_text("".join(lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(package), "--out", str(tmp_path / "site")])
    assert result.exit_code == 2
    assert f"{mentions} line 2 field start: an offset, found 'x'" in result.output


def test_same_package_same_bytes(seed_package: Path, tmp_path: Path) -> None:
    first = show.show(seed_package, tmp_path / "one")
    second = show.show(seed_package, tmp_path / "two")
    assert first == second
    for relative in first:
        assert (tmp_path / "one" / relative).read_bytes() == (
            tmp_path / "two" / relative
        ).read_bytes()


# ------------------------------------------------------------- (b) real Chromium

# Runs in the page: every highlighted fragment with its offset in the article text
# (code points, as the package counts them), its computed look, and what the quotes say
# when focused; plus the signs a script of the data would leave.
READ_DOM = """
const box = document.getElementById("text") || document.createElement("div");
const codePoints = (s) => Array.from(s).length;
function offsetOf(node) {
  const range = document.createRange();
  range.setStart(box, 0);
  range.setEndBefore(node);
  return codePoints(range.toString());
}
const fragments = [];
for (const el of box.querySelectorAll("[data-mention], [data-quote]")) {
  const start = offsetOf(el);
  const style = getComputedStyle(el);
  let focused = null;
  if (el.dataset.quote && el.id) {
    el.focus();
    focused = [document.activeElement === el, getComputedStyle(el, "::after").content];
    el.blur();
  }
  fragments.push({
    key: el.dataset.mention ? "mention:" + el.dataset.mention : "quote:" + el.dataset.quote,
    start: start, end: start + codePoints(el.textContent), text: el.textContent,
    classes: el.className, title: el.title, id: el.id,
    background: style.backgroundColor, decoration: style.textDecorationLine,
    focused: focused,
  });
}
const speakers = {};
for (const row of document.querySelectorAll("tr[data-quote]")) {
  const link = row.querySelector("a.speaker");
  speakers[row.dataset.quote] = [row.cells[2].textContent, link ? link.getAttribute("href") : null];
}
return {text: box.textContent, fragments: fragments, speakers: speakers,
        title: document.title, scripts: document.scripts.length,
        xss: window.wartaXss === undefined ? null : String(window.wartaXss)};
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not show.CHROMIUM.exists():
        pytest.skip(
            f"no browser: {show.CHROMIUM} is missing (apt-get install chromium chromium-driver)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert show.CHROMEDRIVER.exists(), (
        f"{show.CHROMEDRIVER} missing: apt-get install chromium-driver"
    )
    profile = tempfile.mkdtemp(prefix="warta-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(show.CHROMIUM)
    for flag in (*show.HEADLESS_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(show.CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def read_page(driver: Any, page: Path) -> dict[str, Any]:
    driver.get(page.resolve().as_uri())
    result: dict[str, Any] = driver.execute_script(READ_DOM)
    blocked = [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"]
    ]
    assert not blocked, f"the page tried to load or run something: {blocked}"
    return result


def check_article_in_browser(
    driver: Any, site: Path, tables: PackageTables, article: dict[str, str]
) -> dict[str, Any]:
    """Every mention and quote of ``article`` is highlighted at exactly its offsets."""
    dom = read_page(driver, site / "articles" / f"{article['article_id']}.html")
    assert dom["text"] == article["text"]
    assert dom["title"] == article["title"]
    assert dom["xss"] is None and dom["scripts"] == 0
    drawn: dict[str, list[dict[str, Any]]] = {}
    for fragment in dom["fragments"]:
        drawn.setdefault(fragment["key"], []).append(fragment)
    transparent = "rgba(0, 0, 0, 0)"
    mentions = [m for m in tables.mentions if m["article_id"] == article["article_id"]]
    quotes = [q for q in tables.quotes if q["article_id"] == article["article_id"]]
    for kind, rows, key in (("mention", mentions, "mention_id"), ("quote", quotes, "quote_id")):
        for row in rows:
            pieces = drawn.pop(f"{kind}:{row[key]}", [])
            assert pieces, f"{row[key]} is not highlighted"
            assert (pieces[0]["start"], pieces[-1]["end"]) == (int(row["start"]), int(row["end"]))
            assert "".join(piece["text"] for piece in pieces) == row["text"]
            for before, after in pairwise(pieces):
                assert before["end"] == after["start"], f"{row[key]} has a gap"
            for piece in pieces:
                if kind == "mention":
                    assert piece["background"] != transparent, f"{row[key]} not highlighted"
                    assert row["label"] in piece["title"]
                else:
                    assert "underline" in piece["decoration"], f"{row[key]} not marked"
                    assert show.said_by(row) in piece["title"]
            if kind == "quote":
                focused, bubble = pieces[0]["focused"]
                assert focused and show.said_by(row) in bubble, (row[key], bubble)
                cell, href = dom["speakers"][row[key]]
                assert cell == (row["speaker"] or "unknown")
                if row["speaker_entity_id"]:
                    assert href is not None and href.startswith(f"#{article['article_id']}-m")
    assert not drawn, f"highlights that no row asks for: {sorted(drawn)}"
    return dom


def test_seed_site_in_chromium(browser: Any, seed_package: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    show.show(seed_package, tmp_path / "site")
    tables = show.read_package(seed_package)
    assert tables.articles, "the seed package has no article"
    for article in tables.articles:
        check_article_in_browser(browser, tmp_path / "site", tables, article)
    index = read_page(browser, tmp_path / "site" / "index.html")
    assert index["xss"] is None and index["scripts"] == 2
    # The search box finds an entity by part of its name and links to its page.
    from selenium.webdriver.common.by import By

    entity = tables.entities[0]
    browser.find_element(By.ID, "entity-search").send_keys(entity["name"][1:].upper())
    found = [
        link.get_attribute("href")
        for link in browser.find_elements(By.CSS_SELECTOR, "#entity-results a")
    ]
    expected = (tmp_path / "site" / "entities" / f"{entity['entity_id']}.html").as_uri()
    assert expected in found
    print(f"seed site checked in Chromium in {time.perf_counter() - started:.1f}s")


def test_hand_made_rows_in_chromium(browser: Any, tmp_path: Path) -> None:
    """Speakers, a dateline, curated rows and crossing spans, which the seed may lack."""
    tables = tiny_tables()
    show.write_site(show.render_site(tables, None), tmp_path / "site")
    dom = check_article_in_browser(browser, tmp_path / "site", tables, tables.articles[0])
    assert dom["speakers"]["a1-q0000"] == ["Joko Widodo", "#a1-m0002"]


def test_script_in_an_article_is_shown_as_text_and_never_runs(browser: Any, tmp_path: Path) -> None:
    dataset = copy_dataset(tmp_path)
    script_line = '<script>document.title = "pwned"; window.wartaXss = 1;</script>'
    (dataset / "raw" / "xss.txt").write_text(
        f"Judul {script_line} berita\n"
        'Jakarta - Presiden Joko Widodo mengatakan "<img src=x onerror="window.wartaXss=2"> '
        'itu bahaya," kepada wartawan di Jakarta.\n',
        encoding="utf-8",
    )
    build(dataset / "raw", tmp_path)
    site = tmp_path / "site"
    show.show(tmp_path, site)
    tables = show.read_package(tmp_path)
    article = next(row for row in tables.articles if row["article_id"] == "xss")
    dom = check_article_in_browser(browser, site, tables, article)
    assert script_line in dom["text"] and "<img src=x" in dom["text"]
    assert dom["title"] == article["title"] != "pwned"
    pages = [site / "index.html", *sorted((site / "entities").glob("*.html"))]
    for page in pages:
        result = read_page(browser, page)
        assert result["xss"] is None and result["title"] != "pwned", page
