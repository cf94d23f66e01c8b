"""The issue-10 fast paths give what the straightforward code gave."""

from __future__ import annotations

import csv
import dataclasses
import gc
import io
import pickle
import re
from itertools import islice
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.cues import ACCORDING_FORMS, CLITIC, CUE_FORMS, INVERTED_ROOTS, Cue, match_cue
from warta.pipeline import YOUNG_THRESHOLD, _young_collections_rarer
from warta.quotes import (
    _CALENDAR,
    _EDGE_PUNCTUATION,
    _NAME_CONNECTORS,
    _TITLE_HIT,
    _TITLES,
    _WORD,
    _capitalized_runs,
    _content,
    _cue_letters,
    _has_content,
    _is_sentence_initial,
    _is_titled_name,
    _looks_like_name,
    _mark_positions,
    _may_hold_cue,
    _opens_bracket,
    _Pair,
    _repeated_run_places,
    _run_at,
    _RunIndex,
    _titled_runs,
    _word_occurrences,
)
from warta.records import Article, ArticleRecords, Quote, Sentence
from warta.tables import csv_record, format_cell, render_csv, row_record
from warta.word_regex import KELVIN_SIGN

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


def _csv_writer_record(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerow(cells)
    return buffer.getvalue().removesuffix("\n")


_CELL = st.text(alphabet="a ,\"\n\r\t;'\\é“", max_size=6)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CELL, min_size=1, max_size=5))
def test_csv_record_is_what_the_csv_module_writes(cells: list[str]) -> None:
    assert csv_record(cells) == _csv_writer_record(cells)


@settings(max_examples=500, deadline=None)
@given(_CELL, _CELL, st.none() | _CELL, st.integers(-5, 10**6), st.booleans())
def test_row_record_is_what_the_csv_module_writes(
    text: str, speaker: str, cue: str | None, start: int, partial: bool
) -> None:
    sentence = dataclasses.replace(SENTENCE, text=text, start=start)
    quote = dataclasses.replace(QUOTE, text=text, speaker=speaker, cue=cue, partial=partial)
    for row in (sentence, quote):
        cells = [format_cell(value) for value in dataclasses.astuple(row)]
        assert row_record(row) == _csv_writer_record(cells)


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


# --- quote rules: the regex- and str.find-driven scans against word-by-word ones ----------

#: Words and gaps that exercise each branch: connectors, calendar words, titles, words glued
#: by ``-``/``'`` (one word), underscores, digits, non-ASCII cases, brackets, marks.
_QUOTE_PIECES = (
    "Budi|bin|Senin|Kata|kata|abcDef|-Def|a-Def|x'Y|’Z|(IDI)|(|)| |  |.|,|\n|\"|Ab_c|1A|Éva|éVa|ǅa"
)
_QUOTE_TEXT = st.lists(st.sampled_from(_QUOTE_PIECES.split("|")), max_size=30).map("".join)
_RUN_GAPS = {" ", " (", ") "}


def _capitalized_runs_word_by_word(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The scan as it was before issue 10: every word of the range, one by one."""
    words = [m.span() for m in _WORD.finditer(text, start, end)]

    def capital(index: int) -> bool:
        s, e = words[index]
        word = text[s:e]
        if not word[0].isupper() or word.lower() in _CALENDAR:
            return False
        if not _is_sentence_initial(text, s) or word.lower() in _TITLES:
            return True
        following = words[index + 1] if index + 1 < len(words) else None
        return (
            following is not None
            and text[e : following[0]] == " "
            and text[following[0]].isupper()
            and text[following[0] : following[1]].lower() not in _CALENDAR
        )

    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        if not capital(index):
            index += 1
            continue
        last = probe = index
        while probe + 1 < len(words) and text[words[probe][1] : words[probe + 1][0]] in _RUN_GAPS:
            probe += 1
            if capital(probe):
                last = probe
            elif text[words[probe][0] : words[probe][1]].lower() not in _NAME_CONNECTORS:
                break
        while last > index and _opens_bracket(text[words[index][0] : words[last][1]]):
            last -= 1
        runs.append((words[index][0], words[last][1]))
        index = last + 1
    return runs


@settings(max_examples=500, deadline=None)
@given(_QUOTE_TEXT, st.integers(0, 40), st.integers(0, 400))
def test_capitalized_runs_are_those_of_the_word_by_word_scan(
    text: str, start: int, end: int
) -> None:
    start = min(start, len(text))
    end = min(max(start, end), len(text))
    assert _capitalized_runs(text, start, end) == _capitalized_runs_word_by_word(text, start, end)


@settings(max_examples=500, deadline=None)
@given(
    _QUOTE_TEXT,
    st.sets(st.sampled_from(["Budi", "Def", "Y", "Z", "Éva", "IDI", "Ab_c"])),
    st.integers(-1, 100),
)
def test_word_occurrences_are_the_whole_words_of_the_text(
    text: str, words: set[str], last_start: int
) -> None:
    expected = [m.span() for m in _WORD.finditer(text) if m.group() in words]
    assert _word_occurrences(text, words, len(text)) == expected
    before = [span for span in expected if span[0] <= last_start]
    assert _word_occurrences(text, words, last_start) == before


def _looks_like_name_plain(text: str, pair: _Pair) -> bool:
    """The name test before issue 10's lazy reading: six words listed, punctuation first."""
    start, end = _content(text, pair)
    words = [word.group() for word in islice(_WORD.finditer(text, start, end), 6)]
    if len(words) <= 1:
        return True
    core = text[start:end].rstrip(_EDGE_PUNCTUATION)
    if any(mark in core for mark in ".,;:!?"):
        return False
    return len(words) <= 5 and all(
        word[0].isupper() or word.lower() in _NAME_CONNECTORS for word in words
    )


#: Capitalized words, connectors and others (``1A`` is no capital), joined by spaces, inner
#: or edge punctuation, brackets or nothing: quotations of up to eight words.
_NAME_WORDS = ["Budi", "BUDI", "bin", "Senin", "kata", "Éva", "ǅa", "1A", "(IDI)", "x-Y"]
_NAME_GAPS = [" ", " ", " ", "  ", ", ", ". ", "! ", "? ", ": ", "; ", "…", "\t", "\n", ""]
_NAME_TEXT = st.lists(
    st.tuples(st.sampled_from(_NAME_WORDS), st.sampled_from(_NAME_GAPS)), max_size=8
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["", " ", "\n"]), _NAME_TEXT)
def test_name_test_and_content_test_are_the_plain_ones(lead: str, words: str) -> None:
    text = f'"{lead}{words}"'
    pair = _Pair(0, len(text) - 1)
    assert _looks_like_name(text, pair) == _looks_like_name_plain(text, pair)
    assert _has_content(text, pair) == (_content(text, pair)[0] < _content(text, pair)[1])


#: Titles in every case ``lower()`` folds (the Kelvin sign too), glued to words or not,
#: joined mostly by single spaces, so that runs, connectors and titles meet, and by the
#: other gaps: run gaps with brackets, and characters that cut a text into stretches.
_TITLE_PIECES = "Ketua|KETUA|kEtua|\u212aetua|Pak|pak|xPak|Ibu|Ibukota|Dr|Wali|Rusia|x-|’|-"
_RUN_WORDS = f"{_QUOTE_PIECES}|{_TITLE_PIECES}".split("|")
_RUN_GAPS_AND_CUTS = [" ", " ", " ", " ", "  ", " (", ") ", "( ", ", ", "\t", "/", ":", "", "’ "]
_TITLED_TEXT = st.lists(
    st.tuples(st.sampled_from(_RUN_WORDS), st.sampled_from(_RUN_GAPS_AND_CUTS)), max_size=20
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


def _whole_text_runs(text: str) -> list[tuple[int, int]]:
    """The capitalized runs of the whole text, as the rules read them before issue 10."""
    return _capitalized_runs(text, 0, len(text))


@settings(max_examples=500, deadline=None)
@given(_TITLED_TEXT, st.integers(-1, 200))
def test_titled_runs_are_the_titled_runs_of_the_whole_text(text: str, last_start: int) -> None:
    expected = [run for run in _whole_text_runs(text) if _is_titled_name(text[run[0] : run[1]])]
    assert _titled_runs(_RunIndex(text), lambda start: True, len(text)) == expected
    odd = [run for run in expected if run[0] % 2]
    assert _titled_runs(_RunIndex(text), lambda start: start % 2 == 1, len(text)) == odd
    before = [run for run in expected if run[0] <= last_start]
    assert _titled_runs(_RunIndex(text), lambda start: True, last_start) == before


@settings(max_examples=500, deadline=None)
@given(_TITLED_TEXT, st.data())
def test_repeated_run_places_are_whole_text_runs(text: str, data: st.DataObject) -> None:
    runs = _whole_text_runs(text)
    names = [text[s : e + cut] for s, e in runs for cut in (-3, 0, 1)] + ["Budi Kata"]
    index = _RunIndex(text)  # shared, as a document shares it between its questions
    for name in data.draw(st.lists(st.sampled_from(names), max_size=4)):
        places = [(s, e) for s, e in runs if text[s:e] == name]
        assert _repeated_run_places(index, name) == (places if len(places) >= 2 else [])


@settings(max_examples=500, deadline=None)
@given(_TITLED_TEXT, st.randoms(use_true_random=False))
def test_run_at_is_the_whole_text_run_starting_there(text: str, random: Random) -> None:
    """Asked at every position in any order: one index remembers the stretches it scanned."""
    starts = {s: (s, e) for s, e in _whole_text_runs(text)}
    positions = list(range(len(text) + 1))
    random.shuffle(positions)
    index = _RunIndex(text)
    for position in positions:
        assert _run_at(index, position) == starts.get(position)


def test_lower_makes_ascii_letters_only_of_ascii_letters_and_the_kelvin_sign() -> None:
    """The claims ``_TITLE_HIT`` and ``_may_hold_cue`` rest on, for the Unicode tables of
    this Python: only ASCII letters and the Kelvin sign lower to an ASCII letter, and no
    character outside ``\\w`` lowers to anything holding one."""
    ascii_lowercase = set("abcdefghijklmnopqrstuvwxyz")
    characters = [chr(code) for code in range(0x110000)]
    lowering = {character for character in characters if character.lower() in ascii_lowercase}
    assert lowering == ascii_lowercase | {c.upper() for c in ascii_lowercase} | {KELVIN_SIGN}
    assert not [
        character
        for character in characters
        if not _WORD.match(character) and not ascii_lowercase.isdisjoint(character.lower())
    ]


def test_title_hit_is_every_capitalized_case_of_every_title() -> None:
    """The factored ``_TITLE_HIT`` against the titles one by one, in the cases that matter."""
    for title in _TITLES:
        kelvin = title.replace("k", KELVIN_SIGN)
        for form in {title.capitalize(), title.upper(), title[0].upper() + kelvin[1:]}:
            assert _TITLE_HIT.fullmatch(form), form
        if title[0] == "k":
            assert _TITLE_HIT.fullmatch(kelvin)
        assert not _TITLE_HIT.fullmatch(title)  # lowercase first letter: no run opens
        assert not _TITLE_HIT.fullmatch(title.capitalize() + "x")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab "“”’\n', max_size=60))
def test_mark_positions_are_the_quotation_marks_of_the_text(text: str) -> None:
    assert _mark_positions(text) == [m.start() for m in re.finditer('["“”]', text)]


#: Cue words in several cases, glued by ``’'-`` or not, next to characters whose lowercase
#: is longer (``İ``) or a letter only after lowering (the Kelvin sign), or outside the BMP.
_CUE_PIECES = "kata|Kata|KATANYA|\u212aata|ujarnya|Menurut|mengatakan"
_CUE_PIECES += "|x|İ|\u212a|é|\U0001f600|’|'|-|_|1| |,|.|\n"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_CUE_PIECES.split("|")), max_size=20).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_may_hold_cue_says_so_wherever_a_word_is_a_cue(text: str, start: int, end: int) -> None:
    start, end = min(start, end, len(text)), min(max(start, end), len(text))
    letters = _cue_letters(text)
    assert len(letters) == len(text)  # one byte per character: offsets carry over
    has_cue = any(match_cue(word) for word in _WORD.findall(text, start, end))
    assert _may_hold_cue(letters, start, end) or not has_cue


def test_batches_collect_young_objects_rarer_and_restore_the_setting() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), _young_collections_rarer():
        assert gc.get_threshold() == (max(before[0], YOUNG_THRESHOLD), *before[1:])
        raise ValueError
    assert gc.get_threshold() == before


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(spans=_SPANS, start=st.integers(0, 70), size=st.integers(1, 15))
def test_overlapping_mentions_are_those_of_a_scan_in_order(
    spans: list[tuple[int, int]], start: int, size: int
) -> None:
    """``entities._Overlapping``: by bisection, the candidates a scan of all of them finds
    overlapping a span, in their own order (spans may overlap each other)."""
    from warta.entities import Candidate, _Overlapping

    candidates = [Candidate(a, b, "ORG", "model", 1) for a, b in spans]
    end = start + size
    scan = [c for c in candidates if c.start < end and start < c.end]
    overlapping = _Overlapping(candidates)
    assert overlapping(start, end) == scan
    assert overlapping.any(start, end) == bool(scan)


def test_a_long_article_s_indexed_searches_find_the_same_mentions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An article over ``_INDEXED_TEXT`` characters finds its names' repeats and its
    lower-case words through an index of its words (a ``find`` chain per name read a 10 MB
    article once per name); the mentions are those of the plain searches. The text is
    ``make_corpus.py``'s synthetic news (as in ``tests/test_large_article.py``), 150 KB."""
    import warta.entities as entities
    from test_large_article import long_text
    from warta.segment import segment

    text = long_text(1)[:150_000]
    text = text[: text.rfind("\n")]
    sentences = segment(text)
    assert len(text) > entities._INDEXED_TEXT
    indexed = entities.extract_mentions(text, sentences)
    monkeypatch.setattr(entities, "_INDEXED_TEXT", len(text) + 1)
    entities._word_starts.cache_clear()
    plain = entities.extract_mentions(text, sentences)
    assert len(indexed) > 1000
    assert indexed == plain
