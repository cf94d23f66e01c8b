"""Known names of places and organizations, matched as whole words (issue 5).

The statistical model learns the four training sets' habits; the gazetteer adds what they
rarely show (foreign capitals, news agencies, alliances) and gives countries and cities the
OntoNotes label ``GPE`` that the training data (plain ``LOC``) cannot teach. The list lives
in ``data/gazetteer_id.tsv`` (hand-written, see its header) and is read once per process;
its ``kind`` column marks sovereign countries (:func:`is_country`). Beside it,
``data/common_acronyms.txt`` lists acronyms of common nouns that name nothing
(:func:`common_acronyms`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from warta.records import LABELS
from warta.word_regex import word_alternation

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# A gazetteer lists names: no dates or numbers.
_LABELS = tuple(label for label in LABELS if label not in ("DATE", "CARDINAL"))


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names keyed by their word tuple; ``first_words`` lets a scan skip most words, and
    ``first_word`` finds them in one regex pass (see ``_first_word_pattern``)."""

    labels: dict[tuple[str, ...], str]
    countries: frozenset[tuple[str, ...]]
    longest: int
    first_words: frozenset[str]
    first_word: re.Pattern[str]
    # First words opening with a lower-case letter or a digit (``detikcom``, ``flydubai``,
    # ``7-Eleven``): scanned only in the texts that hold one (see ``find_names``).
    lower_first_words: tuple[str, ...]
    lower_first_word: re.Pattern[str]
    # Every proper prefix of a name of two words or more: a match reads on past a word
    # only while the words so far begin some name (``Bank`` of ``Bank of Japan``).
    prefixes: frozenset[tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    start: int
    end: int
    label: str


SOURCE = "data/gazetteer_id.tsv"


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, parsed once per process."""
    return parse_gazetteer(_data_text(SOURCE), f"warta/{SOURCE}")


def _data_text(name: str) -> str:
    """A data file shipped in the package (``data/…``)."""
    return resources.files("warta").joinpath(name).read_text("utf-8")


def parse_gazetteer(source: str, name_of_source: str = "gazetteer") -> Gazetteer:
    """Parse the TSV: ``#`` lines are comments, the first other line a header, then
    ``name<TAB>label[<TAB>country]``. A malformed row names its source, its line and what
    was expected; so does a gazetteer with no names."""
    labels: dict[tuple[str, ...], str] = {}
    countries: set[tuple[str, ...]] = set()
    rows = [
        (number, line)
        for number, line in enumerate(source.splitlines(), start=1)
        if line and not line.startswith("#")
    ]
    for number, row in rows[1:]:
        name, _, rest = row.partition("\t")
        label, _, kind = rest.partition("\t")
        if not name or label not in _LABELS or kind not in ("", "country"):
            raise ValueError(
                f"{name_of_source} line {number}: expected name<TAB>label"
                f"[<TAB>country] with a label among {', '.join(_LABELS)}, got {row!r}"
            )
        words = tuple(_WORD.findall(name))
        labels[words] = label
        if kind == "country":
            countries.add(words)
    if not labels:
        raise ValueError(
            f"{name_of_source}: no names (expected a header, then name<TAB>label rows)"
        )
    first_words = frozenset(words[0] for words in labels)
    longest = max(len(words) for words in labels)
    prefixes = frozenset(words[:size] for words in labels for size in range(1, len(words)))
    lower = frozenset(word for word in first_words if not word[0].isupper())
    return Gazetteer(
        labels,
        frozenset(countries),
        longest,
        first_words,
        _first_word_pattern(first_words - lower),
        tuple(sorted(lower)),
        _first_word_pattern(lower or frozenset({"\x00"})),
        prefixes,
    )


def _first_word_pattern(first_words: frozenset[str]) -> re.Pattern[str]:
    """A regex matching exactly the ``_WORD`` tokens that are one of ``first_words``: a
    token starts where no word character precedes, nor a joiner (``-``, ``'``, ``’``) glued
    to one (``x-Rusia`` is one token), and ends the same way. One pass in C instead of a
    Python loop over every word of the sentence (issue 10). Words opening with a capital
    have their own pattern: with lower-case first letters in it, the engine would try a
    branch at nearly every letter of the text (the scan took four times as long)."""
    words = word_alternation(sorted(first_words), not_after=(r"\w", r"\w[-'’]"), factored=True)
    return re.compile(rf"{words}(?!\w)(?![-'’]\w)")


@functools.cache
def portfolio_words() -> frozenset[str]:
    """The words of the ministries' portfolios the gazetteer lists (``Energi``,
    ``Mineral``, ``Kelautan`` of ``Kementerian Energi dan Sumber Daya Mineral``…), known
    places left out: what a state body's portfolio is made of, though the training text
    writes many of them only inside such names."""
    words = {
        word
        for name in load_gazetteer().labels
        if name[0] == "Kementerian"
        for word in name[1:]
        if word[:1].isupper() and word.isalpha()
    }
    # ``Badan`` and ``Koordinator`` open a second body or a coordinating ministry's title
    return frozenset(
        word for word in words if label_of(word) is None and word not in ("Badan", "Koordinator")
    )


def label_of(name: str) -> str | None:
    """The gazetteer label of exactly this name (whitespace-insensitive), if listed."""
    return load_gazetteer().labels.get(tuple(_WORD.findall(name)))


@functools.cache
def common_acronyms() -> frozenset[str]:
    """Acronyms of common nouns (``data/common_acronyms.txt``, hand-written: see its
    header): ``PSBB``, ``ODP``, ``ASN`` name nothing, whatever a model says."""
    return _word_list("data/common_acronyms.txt")


@functools.cache
def ordinary_words() -> frozenset[str]:
    """Ordinary Indonesian words, lower case (``data/ordinary_words_id.txt``, hand-written:
    see its header), none of them also a name's word: ``mengadili``, ``analis``, ``mari``."""
    return _word_list("data/ordinary_words_id.txt")


def _word_list(name: str) -> frozenset[str]:
    """A shipped one-entry-per-line list; ``#`` lines are comments."""
    source = _data_text(name)
    return frozenset(
        line.strip() for line in source.splitlines() if line.strip() and not line.startswith("#")
    )


def is_country(name: str) -> bool:
    """The name is a sovereign country's (``kind`` column): ``warga Korea`` are Koreans
    (a nationality), ``warga Surabaya`` residents of a city (the place)."""
    return tuple(_WORD.findall(name)) in load_gazetteer().countries


def match_at(text: str, position: int, end: int) -> GazetteerMatch | None:
    """The longest name starting exactly at ``position``; reads on only while the words
    read begin some longer name (at most ``longest`` words).

    Every name starts with one of ``first_words``: any other first word answers None before
    the following words are read (most calls from the rules, issue 10).
    """
    gazetteer = load_gazetteer()
    words: list[re.Match[str]] = []
    read: tuple[str, ...] = ()
    cursor = position
    while len(words) < gazetteer.longest:
        word = _WORD.match(text, cursor, end)
        if word is None or (not words and word.group() not in gazetteer.first_words):
            break
        words.append(word)
        read += (word.group(),)
        if text[word.end() : word.end() + 1] != " " or read not in gazetteer.prefixes:
            break
        cursor = word.end() + 1
    for size in range(len(words), 0, -1):
        label = gazetteer.labels.get(read[:size])
        if label is not None:
            return GazetteerMatch(position, words[size - 1].end(), label)
    return None


@functools.lru_cache(maxsize=4)
def _holds_lower_first_word(text: str) -> bool:
    """Some lower-case or digit first word of a name occurs in ``text`` as a substring at
    least (an article: its sentences ask in turn, so the answer is kept): one search in C
    per word, where the scan would try a branch at nearly every letter. No such word is
    an Indonesian word's part often enough to matter (``detik``, ``dpa``, ``flydubai``)."""
    return any(word in text for word in load_gazetteer().lower_first_words)


def find_names(text: str, start: int, end: int) -> list[GazetteerMatch]:
    """Non-overlapping whole-word matches in ``text[start:end]``, longest match first.

    The regex of first words looks behind ``start``; a token cut by ``start`` (a window
    opening mid-word, which sentences never do) falls back to reading every token.
    """
    gazetteer = load_gazetteer()
    words: Iterable[re.Match[str]]
    if start > 0 and not text[start - 1].isspace():
        words = (
            word
            for word in _WORD.finditer(text, start, end)
            if word.group() in gazetteer.first_words
        )
    elif _holds_lower_first_word(text):
        words = sorted(
            [
                *gazetteer.first_word.finditer(text, start, end),
                *gazetteer.lower_first_word.finditer(text, start, end),
            ],
            key=lambda word: word.start(),
        )
    else:
        words = gazetteer.first_word.finditer(text, start, end)
    matches: list[GazetteerMatch] = []
    for word in words:
        if matches and word.start() < matches[-1].end:
            continue
        found = match_at(text, word.start(), end)
        if found is not None:
            matches.append(found)
    return matches
