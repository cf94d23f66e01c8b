"""Validation by windows of articles gives the report of the whole tables (issue 7).

The oracle: the columnar engine run with every table whole (``window_articles=None``) and
run a window of one or two articles at a time must give the same verdict, the same
problems in the same order (as printed) and the same checks, on the seed package, every
damage of the mutation suite, a sharded package, and a package of twelve articles damaged
in the middle, where rows cross windows. Each test also says whether the windows were
used or the package fell back to the whole tables, so that the oracle is not met by
falling back everywhere.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import warta.validate
from conftest import with_shifted_mention
from damage import Rows, edit_rows, read_table
from test_mutations import CASES, Case
from test_scale import corpus_lines, write_corpus
from warta.build import build
from warta.schemas import RESOURCES
from warta.validate import Report, validate_package

WINDOWS = (1, 2)
# Attempts by windows in ``assert_same_reports``: one per window size, one in small blocks.
ATTEMPTS = len(WINDOWS) + 1


@pytest.fixture
def windowed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether each validation by windows was carried through (True) or fell back."""
    used: list[bool] = []
    attempt = warta.validate._by_windows

    def spy(*args: object) -> object:
        result = attempt(*args)  # type: ignore[arg-type]
        used.append(result is not None)
        return result

    monkeypatch.setattr(warta.validate, "_by_windows", spy)
    yield used


def as_printed(report: Report) -> tuple[bool, list[str], list[str]]:
    return report.valid, [str(problem) for problem in report.problems], list(report.checks)


def assert_same_reports(package: Path) -> Report:
    """The whole-table report, after checking that every window size gives it too, with
    the CSV parsed in blocks of the usual size and in blocks of a few rows (so that blocks
    end inside a window and after a multi-line quoted text)."""
    whole = validate_package(package, engine="columnar", window_articles=None)
    for window in WINDOWS:
        by_windows = validate_package(package, engine="columnar", window_articles=window)
        assert as_printed(by_windows) == as_printed(whole), window
    block_bytes = warta.validate.WINDOW_BLOCK_BYTES
    try:
        warta.validate.WINDOW_BLOCK_BYTES = 300
        by_blocks = validate_package(package, engine="columnar", window_articles=WINDOWS[-1])
    finally:
        warta.validate.WINDOW_BLOCK_BYTES = block_bytes
    assert as_printed(by_blocks) == as_printed(whole), "small blocks"
    return whole


def test_seed_package(seed_package: Path, windowed: list[bool]) -> None:
    report = assert_same_reports(seed_package)
    assert report.valid
    assert windowed == [True] * ATTEMPTS


# Damage a window cannot see without reading the file exactly or whole: these fall back.
FALLS_BACK = {
    "missing-required-column",
    "extra-column",
    "column-order",
    "other-delimiter",
    "other-encoding",
    "utf8-bom",
}
# Damage found before any table is read (no window is tried).
NOT_TRIED = {"path-escapes", "path-absolute", "path-url", "announced-file-missing"}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_every_damage(package_copy: Callable[[], Path], case: Case, windowed: list[bool]) -> None:
    package = package_copy()
    case.damage(package)
    report = assert_same_reports(package)
    assert not report.valid
    if case.id in NOT_TRIED:
        assert windowed == []
    else:
        assert windowed == [case.id not in FALLS_BACK] * ATTEMPTS


def test_sharded_package(sharded: Path, windowed: list[bool]) -> None:
    assert assert_same_reports(sharded).valid
    assert windowed == [True] * ATTEMPTS


def test_damaged_shard_keeps_its_own_row(
    sharded: Path, tmp_path: Path, windowed: list[bool]
) -> None:
    """As ``test_shards``: an offset moved in the third mentions shard, named there."""
    report = assert_same_reports(with_shifted_mention(sharded, tmp_path))
    assert ("dataset/data/mentions-00002-of-00011.csv", 3) in [
        (p.file, p.row) for p in report.problems if p.check == "offsets"
    ]
    assert windowed == [True] * ATTEMPTS


# --- twelve articles --------------------------------------------------------------------

MIDDLE = "berita-005"


@pytest.fixture(scope="module")
def corpus_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    corpus = write_corpus(root / "corpus.jsonl", corpus_lines(12))
    out = root / "package"
    build(None, out, input_jsonl=corpus, jobs=1)
    return out


def rows_of(table: Rows, article_id: str) -> list[dict[str, str]]:
    return [row for row in table if row["article_id"] == article_id]


def shift_mention(table: Rows) -> None:
    """An offset: a mention of the middle article one character later."""
    row = rows_of(table, MIDDLE)[1]
    row["start"], row["end"] = str(int(row["start"]) + 1), str(int(row["end"]) + 1)


def mention_id_of_previous_article(table: Rows) -> None:
    """A mention of the middle article takes the id of one of the article before."""
    rows_of(table, MIDDLE)[0]["mention_id"] = rows_of(table, "berita-004")[0]["mention_id"]


def mention_id_of_next_article(table: Rows) -> None:
    rows_of(table, MIDDLE)[-1]["mention_id"] = rows_of(table, "berita-006")[-1]["mention_id"]


def mention_in_sentence_of_previous_article(table: Rows) -> None:
    """A mention of the middle article points at a sentence of article 4 (in another
    window): ``mention-sentence``, found once every sentence is known."""
    rows_of(table, MIDDLE)[2]["sentence_id"] = "berita-004-s0001"


def mention_in_sentence_of_next_article(table: Rows) -> None:
    rows_of(table, MIDDLE)[2]["sentence_id"] = "berita-009-s0002"


def mention_in_missing_sentence(table: Rows) -> None:
    rows_of(table, MIDDLE)[2]["sentence_id"] = "berita-005-s0099"


def quote_in_sentence_of_other_article(table: Rows) -> None:
    rows_of(table, MIDDLE)[0]["sentence_id"] = "berita-007-s0000"


def orphan_entity(table: Rows) -> None:
    table.insert(len(table) // 2, {**table[0], "entity_id": "per-orphan"})


def mention_of_unknown_entity(table: Rows) -> None:
    rows_of(table, MIDDLE)[0]["entity_id"] = "per-nowhere"


def sentence_text_edited(table: Rows) -> None:
    rows_of(table, MIDDLE)[1]["text"] += "x"


def sentence_deleted(table: Rows) -> None:
    table.remove(rows_of(table, MIDDLE)[1])


def every_label_wrong(table: Rows) -> None:
    """More than ``SHOWN`` rows fail one check, in every window: the first are listed,
    then the count."""
    for row in table:
        row["label"] = "PERSON"


def sentences_nowhere(table: Rows) -> None:
    """More than ``SHOWN`` dangling sentence ids, each looked up after the last window."""
    for number in range(3, 9):
        for row in rows_of(table, f"berita-{number:03d}"):
            row["sentence_id"] = f"berita-{number:03d}-s0{row['start']}"


def mention_moved_to_the_end(table: Rows) -> None:
    """Rows no longer grouped by article: the whole tables decide."""
    row = rows_of(table, MIDDLE)[0]
    table.remove(row)
    table.append(row)


def article_ids_swapped(table: Rows) -> None:
    """Articles out of order (both ids still in use): the whole tables decide."""
    table[3]["article_id"], table[8]["article_id"] = table[8]["article_id"], table[3]["article_id"]


# (id, [(table, damage)], carried through by windows of one and of two articles)
MIDDLE_CASES: list[tuple[str, list[tuple[str, Callable[[Rows], None]]], list[bool]]] = [
    ("offset", [("mentions", shift_mention)], [True, True]),
    # Articles 4 and 5 share a window of two: the repeated id is found there.
    (
        "mention-id-of-previous-article",
        [("mentions", mention_id_of_previous_article)],
        [False, True],
    ),
    ("mention-id-of-next-article", [("mentions", mention_id_of_next_article)], [False, False]),
    (
        "sentence-of-previous-article",
        [("mentions", mention_in_sentence_of_previous_article)],
        [True, True],
    ),
    ("sentence-of-next-article", [("mentions", mention_in_sentence_of_next_article)], [True, True]),
    ("missing-sentence", [("mentions", mention_in_missing_sentence)], [True, True]),
    (
        "quote-sentence-of-other-article",
        [("quotes", quote_in_sentence_of_other_article)],
        [True, True],
    ),
    ("orphan-entity", [("entities", orphan_entity)], [True, True]),
    ("unknown-entity", [("mentions", mention_of_unknown_entity)], [True, True]),
    ("sentence-text", [("sentences", sentence_text_edited)], [True, True]),
    ("sentence-deleted", [("sentences", sentence_deleted)], [True, True]),
    ("articles-reordered", [("articles", article_ids_swapped)], [False, False]),
    ("every-label-wrong", [("mentions", every_label_wrong)], [True, True]),
    ("sentences-nowhere", [("mentions", sentences_nowhere)], [True, True]),
    (
        "together",
        [
            ("mentions", shift_mention),
            ("mentions", mention_in_sentence_of_previous_article),
            ("mentions", mention_of_unknown_entity),
            ("quotes", quote_in_sentence_of_other_article),
            ("entities", orphan_entity),
            ("sentences", sentence_text_edited),
        ],
        [True, True],
    ),
]


def test_the_corpus_package_is_valid(corpus_package: Path, windowed: list[bool]) -> None:
    _, articles = read_table(corpus_package, "articles")
    assert len(articles) == 12
    _, quotes = read_table(corpus_package, "quotes")
    assert rows_of(quotes, MIDDLE)
    assert assert_same_reports(corpus_package).valid
    assert windowed == [True] * ATTEMPTS


@pytest.mark.parametrize(
    ("damages", "carried"), [case[1:] for case in MIDDLE_CASES], ids=[c[0] for c in MIDDLE_CASES]
)
def test_damage_in_the_middle_article(
    corpus_package: Path,
    tmp_path: Path,
    damages: list[tuple[str, Callable[[Rows], None]]],
    carried: list[bool],
    windowed: list[bool],
) -> None:
    package = tmp_path / "package"
    shutil.copytree(corpus_package, package)
    for table, damage in damages:
        edit_rows(package, table, damage)
    report = assert_same_reports(package)
    assert not report.valid
    assert windowed == [*carried, carried[-1]]  # small blocks: windows of two


def test_rows_not_grouped_by_article_fall_back(
    corpus_package: Path, tmp_path: Path, windowed: list[bool]
) -> None:
    """A mention moved to the end of its table is still valid; no window can hold it."""
    package = tmp_path / "package"
    shutil.copytree(corpus_package, package)
    edit_rows(package, "mentions", mention_moved_to_the_end)
    assert assert_same_reports(package).valid
    assert windowed == [False] * ATTEMPTS


@pytest.mark.parametrize("block_bytes", [1, 50, 1 << 20])
def test_blocks_hold_the_cells_of_the_whole_file(seed_package: Path, block_bytes: int) -> None:
    """Blocks cut after a record (never inside a quoted text spanning lines) and joined
    are the table ``read_plain_csv`` reads."""
    import pyarrow as pa

    from warta.columnar import read_plain_blocks, read_plain_csv
    from warta.schemas import RESOURCES, field_names

    for name in RESOURCES:
        path = seed_package / "dataset" / "data" / f"{name}.csv"
        blocks = list(read_plain_blocks(path, field_names(name), block_bytes))
        assert pa.concat_tables(blocks).equals(read_plain_csv(path, field_names(name))), name
        if block_bytes == 1:
            assert len(blocks) > 1


def random_damage(rng: random.Random) -> Callable[[Rows], None]:
    """One random edit of a table: a cell changed, blanked or copied from another row, or a
    row deleted, doubled or swapped with another."""
    kind = rng.choice(["cell", "blank", "copy", "delete", "double", "swap"])

    def change(table: Rows) -> None:
        at, other = rng.randrange(len(table)), rng.randrange(len(table))
        column = rng.choice(list(table[0]))
        if kind == "cell":
            table[at][column] = rng.choice([table[at][column] + "x", str(rng.randrange(9999))])
        elif kind == "blank":
            table[at][column] = ""
        elif kind == "copy":
            table[at][column] = table[other][column]
        elif kind == "delete":
            del table[at]
        elif kind == "double":
            table.insert(at, dict(table[at]))
        else:
            table[at], table[other] = table[other], table[at]

    return change


@pytest.mark.parametrize("trial", range(12))
def test_random_damage_gives_the_same_report(
    corpus_package: Path, tmp_path: Path, trial: int
) -> None:
    """One to three random edits (seeded by the trial) of the twelve-article package: by
    windows or whole, the report must be the same, whatever the windows meet or fall back
    on. A differential check beyond the designed cases above (130 such trials on a
    300-article build, windows of 7 articles, also agreed when this test was written)."""
    rng = random.Random(trial)
    package = tmp_path / "package"
    shutil.copytree(corpus_package, package)
    for _ in range(rng.randint(1, 3)):
        edit_rows(package, rng.choice(RESOURCES), random_damage(rng))
    assert_same_reports(package)
