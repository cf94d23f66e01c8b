"""The issue-10 fast paths give what the straightforward code gave."""

from __future__ import annotations

import csv
import dataclasses
import io
import pickle

from warta.cues import ACCORDING_FORMS, CLITIC, CUE_FORMS, INVERTED_ROOTS, Cue, match_cue
from warta.records import Article, ArticleRecords, Quote, Sentence
from warta.tables import format_cell, render_csv

QUOTE = Quote("a-q0000", "a", "a-s0000", 0, 5, 'x "y"', "direct", False, None, None, "kata", "rule")
SENTENCE = Sentence("a-s0000", "a", 0, 0, 0, 5, "x,\ny", "rule")
ARTICLE = Article("a", "T", "id", None, None, None, None, None, None, "cc-by-4.0", "x", "0" * 64)


def test_rows_render_as_format_cell_of_every_field() -> None:
    rows = [QUOTE, dataclasses.replace(QUOTE, partial=True, speaker="Budi", cue=None)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([format_cell(value) for value in dataclasses.astuple(row)])
    assert render_csv("quotes", rows).decode("utf-8").split("\n", 1)[1] == buffer.getvalue()


def test_records_pickle_to_equal_objects() -> None:
    record = ArticleRecords(ARTICLE, (SENTENCE,), (), (), (QUOTE,), ("w",))
    assert pickle.loads(pickle.dumps(record)) == record


def test_cue_table_keeps_role_precedence_and_clitics() -> None:
    assert match_cue("Kata") == Cue("inverted", clitic=False)
    assert match_cue("ujarnya") == Cue("inverted", clitic=True)
    assert match_cue("Menurutnya") == Cue("according", clitic=True)
    assert match_cue("mengatakan") == Cue("subject", clitic=False)
    assert match_cue("nya") is None and match_cue("rumah") is None
    assert {root + CLITIC for root in INVERTED_ROOTS | ACCORDING_FORMS} <= CUE_FORMS
