"""The static files of the ``warta show`` site (issue 11): one stylesheet, one search script.

They live here as strings rather than package data so that an installed wheel, an
editable install and a plain ``PYTHONPATH=src`` checkout all find them the same way, and
so the site is byte-identical wherever it is rendered. Nothing here refers to the
network: the site must work from ``file://`` with no server, CDN or font download.
"""

from __future__ import annotations

# One colour per entity label (CONTRACT.md, "Entity labels"). Colour-blind-safe hues on a
# light tint, so the text stays readable and the label is also named in the tooltip.
LABEL_COLOURS: dict[str, str] = {
    "PER": "#fde2c8",
    "ORG": "#cfe3fb",
    "GPE": "#d5f0d2",
    "LOC": "#c9efe9",
    "NORP": "#f3d6f2",
    "EVENT": "#fbf1b5",
    "PRODUCT": "#e2dcfb",
    "DATE": "#e6e6e6",
    "CARDINAL": "#f8d1d4",
}

_LABEL_RULES = "\n".join(
    f".label-{label} {{ background: {colour}; }}\n.swatch.label-{label} {{ background: {colour}; }}"
    for label, colour in LABEL_COLOURS.items()
)

STYLESHEET = (
    """\
/* warta show: generated, do not edit (src/warta/site_assets.py). */
:root { --ink: #1f2328; --muted: #5d6470; --rule: #d0d7de; --quote: #b4410c;
        --curated: #6d28d9; --bg: #ffffff; --panel: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem 3rem; color: var(--ink);
       background: var(--bg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: #0b57d0; }
header.site { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap;
              border-bottom: 1px solid var(--rule); padding-bottom: .5rem; margin-bottom: 1rem; }
header.site .name { font-weight: 600; }
header.site .version { color: var(--muted); }
h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .25rem .5rem;
         border-bottom: 1px solid var(--rule); }
th { background: var(--panel); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem;
          font-size: .9rem; background: var(--panel); padding: .75rem 1rem; border-radius: 6px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; font-size: .85rem; margin: 1rem 0;
          align-items: center; }
.legend .key { display: inline-flex; gap: .35rem; align-items: center; }
.swatch { display: inline-block; min-width: 2.2em; padding: 0 .3em; border-radius: 3px;
          text-align: center; }
.muted { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }

/* The article text: white-space kept, so the page shows exactly the stored text. */
.text { white-space: pre-wrap; font-size: 1.05rem; line-height: 2.1; border: 1px solid var(--rule);
        border-radius: 6px; padding: 1rem 1.25rem; overflow-wrap: anywhere; }
.sentence { border-left: 2px solid #8c959f; padding-left: .1em; }
.sentence[id]::before { content: attr(data-index); font-size: .62em; color: var(--muted);
                        vertical-align: super; margin-right: .2em; font-weight: 600; }
.dateline { background: var(--panel); border: 1px dotted var(--muted); }
.mention { border-radius: 3px; padding: .05em 0; }
.mention.curated, .swatch.curated { outline: 2px dashed var(--curated); outline-offset: 1px; }
.quote { text-decoration: underline 2px var(--quote); text-underline-offset: .3em;
         position: relative; }
.quote.indirect { text-decoration-style: dotted; }
.quote.curated { text-decoration-color: var(--curated); text-decoration-style: double; }
.quote[tabindex]:focus { outline: 2px solid var(--quote); outline-offset: 2px; }
.quote[tabindex]:focus::after { content: attr(data-said); position: absolute; left: 0; top: 1.8em;
    z-index: 2; white-space: nowrap; background: var(--ink); color: #fff; font-size: .8rem;
    line-height: 1.4; padding: .2rem .5rem; border-radius: 4px; }
.key .quote-sample { text-decoration: underline 2px var(--quote); text-underline-offset: .3em; }
.key .quote-sample.indirect { text-decoration-style: dotted; }
.key .sentence-sample { border-left: 2px solid #8c959f; padding-left: .2em; }
:target { box-shadow: 0 0 0 3px #f59e0b; }
tr.curated td:first-child { border-left: 3px solid var(--curated); }

/* Index and entity pages. */
svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg.chart text { fill: var(--ink); }
svg.chart rect { fill: #5b8def; }
svg.chart a:hover rect, svg.chart a:focus rect { fill: #1d4ed8; }
nav.pages { display: flex; gap: 1rem; margin: 1rem 0; align-items: baseline; }
.search input { font: inherit; padding: .3rem .5rem; width: min(28rem, 100%); }
.search ul { columns: 2; padding-left: 1.2rem; }
/* Keyword in context: the hit centred, each side clipped away from it. The left cell is
   right-to-left only so that it clips on the left; its text stays an isolated LTR run. */
table.kwic { table-layout: fixed; }
.kwic td { white-space: nowrap; overflow: hidden; }
.kwic td.left { width: 40%; direction: rtl; text-align: right; }
.kwic td.left span { direction: ltr; unicode-bidi: isolate; }
.kwic td.hit { width: 20%; font-weight: 600; text-align: center; text-overflow: ellipsis; }
.kwic td.right { width: 40%; }
"""
    + _LABEL_RULES
    + "\n"
)

# The entity search (search.js): names come from entity-index.js (a script, as ``fetch``
# of a local JSON file is refused under ``file://``). Results are built with
# ``textContent``, never ``innerHTML``, so a name can never become markup.
SEARCH_SCRIPT = """\
(function () {
  "use strict";
  var input = document.getElementById("entity-search");
  var list = document.getElementById("entity-results");
  var status = document.getElementById("entity-status");
  var entities = window.WARTA_ENTITIES || [];
  var limit = 50;
  function show() {
    var needle = input.value.trim().toLowerCase();
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!needle) { status.textContent = ""; return; }
    var found = 0;
    for (var i = 0; i < entities.length && found < limit; i++) {
      var entity = entities[i];
      if (entity[0].toLowerCase().indexOf(needle) === -1) { continue; }
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "entities/" + entity[2] + ".html";
      link.textContent = entity[0];
      item.appendChild(link);
      item.appendChild(document.createTextNode(" " + entity[1] + " \\u00b7 " + entity[3]));
      list.appendChild(item);
      found++;
    }
    status.textContent = found === limit ? "first " + limit + " matches" :
      found + (found === 1 ? " match" : " matches");
  }
  input.addEventListener("input", show);
  show();
})();
"""
