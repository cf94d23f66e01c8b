"""The rule regexes written for speed match exactly what their plain form matches.

``warta.word_regex.word_alternation`` writes ``(?<![\\w-])(?:a|b|…)`` so that each branch opens
with a literal (issue 10). The plain form is the specification; these tests run both over
the seed article and edge cases made for the word-start test
(hyphens, letters glued on, scan windows starting mid-word, upper/lower/mixed case), with
``finditer``, ``match`` and ``fullmatch`` as the rules call them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from warta import entity_rules as rules
from warta import gazetteer
from warta.cues import INVERTED_ROOTS

ROOT = Path(__file__).resolve().parents[1]
_PLAIN = {
    "_ORG_HEAD": (rules._ORG_HEADS, False, r"(?![\w-])"),
    "_STATE_BODY": (rules._STATE_BODIES, False, r"(?![\w-])"),
    "MEDIUM": (rules._MEDIA, True, r"(?![\w-])"),
    "_SPEECH_VERB": (
        "|".join(sorted(INVERTED_ROOTS)),
        False,
        r"(?:nya)?\s+(?=[^\W\d_a-z]|(?:al|el)-[A-Z])",
    ),
    "_CALL_SIGN_CUE": (rules._CALL_SIGN_CUES, True, r"\s+(?=[\"“'‘])"),
    "_ROLE_APPOSITION": (rules._ROLES, True, r"(?![\w-])[^\"“”.,;:!?]{0,40},\s*(?=[\"“])"),
    "SHORT_RANK": (
        rules._SHORT_RANKS,
        False,
        rf"(?: (?:{rules._BRANCHES})| \([A-Z][a-z]{{0,3}}\.?\))*(?![\w-])",
    ),
}


def _plain(name: str) -> re.Pattern[str]:
    alternatives, any_case, tail = _PLAIN[name]
    group = "(?i:" if any_case else "(?:"
    return re.compile(rf"(?<![\w-]){group}{alternatives}){tail}")


def _texts() -> list[str]:
    seed = sorted((ROOT / "dataset" / "raw").glob("*.txt"))
    edge_cases = []
    for alternatives, _, _ in _PLAIN.values():
        for word in alternatives.split("|")[:6]:
            for form in (word, word.upper(), word.lower(), word.capitalize(), word.swapcase()):
                edge_cases += [
                    f"{form} Budi",
                    f"x{form} Budi",
                    f"-{form} Budi",
                    f"({form}nya Budi",
                    f"{form}-{form} Budi",
                    f"{form}x Budi",
                    f"kata {form}\n{form}  Rusia.",
                    f'x{form} kedua, "Veles" dan {form} kedua, “Lesnik”, {form},  "Budi"',
                    f"{form} ‘Eva’ {form}",
                    f"-{form} \"Veles\" x{form} “Lesnik” ({form}  'Budi'",
                ]
    return [path.read_text(encoding="utf-8") for path in seed] + edge_cases


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_fast_form_matches_the_plain_form(name: str) -> None:
    fast, plain = getattr(rules, name), _plain(name)
    checked = 0
    for text in _texts():
        for start in range(0, min(len(text), 40)):
            assert [m.span() for m in fast.finditer(text, start)] == [
                m.span() for m in plain.finditer(text, start)
            ], (name, text[:60], start)
            fast_match, plain_match = fast.match(text, start), plain.match(text, start)
            assert (fast_match and fast_match.span()) == (plain_match and plain_match.span())
            checked += 1
        for token in text.split():
            assert bool(fast.fullmatch(token)) == bool(plain.fullmatch(token))
    assert checked > 1000


def _find_names_word_by_word(text: str, start: int, end: int) -> list[gazetteer.GazetteerMatch]:
    """The specification of ``gazetteer.find_names``: every ``_WORD`` token read in turn."""
    first_words = gazetteer.load_gazetteer().first_words
    matches: list[gazetteer.GazetteerMatch] = []
    for word in gazetteer._WORD.finditer(text, start, end):
        if word.group() not in first_words or (matches and word.start() < matches[-1].end):
            continue
        found = gazetteer.match_at(text, word.start(), end)
        if found is not None:
            matches.append(found)
    return matches


def test_gazetteer_scan_matches_reading_every_word() -> None:
    """``find_names`` finds first words with one regex: the same names as word by word,
    for names glued to joiners (``x-Rusia``, ``Rusia'nya``), windows ending mid-name and
    windows opening mid-word (where it falls back to reading every word)."""
    names = ["Rusia", "Korea Utara", "Kremlin", "AS", "Al", "Jakarta", "detikcom", "eBay", "dpa"]
    edge_cases = [
        f"{before}{name}{after} dan Korea Selatan."
        for name in names
        for before in ("", " ", "x", "x-", "-", "'", "x’", "(", "--")
        for after in ("", " ", "x", "-x", "-", "'s", "’", ".", ",")
    ]
    texts = [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("dataset/raw/*.txt"))]
    checked = 0
    for text in texts + edge_cases:
        for start in range(0, min(len(text), 30)):
            for end in (len(text), len(text) - 3, start + 12):
                assert gazetteer.find_names(text, start, end) == _find_names_word_by_word(
                    text, start, end
                ), (text[:50], start, end)
                checked += 1
    assert checked > 10_000


# Any run of qualifying adjectives after the noun (``tunggal putri junior``, ``gelandang muda
# asli``: the fast scan backs over all of them to the noun).
_PLAIN_PEOPLE_NOUN = re.compile(
    rf"(?<![\w-])(?i:{rules._PEOPLE_NOUNS})"
    rf"(?: (?:{'|'.join(sorted(rules._PEOPLE_ADJECTIVES))}))*"
    r"\s+(?=[A-Z])"
)


_PLAIN_QUALIFIED_NOUN = re.compile(
    rf"(?<![\w-])(?i:{rules._PEOPLE_NOUNS}) (?P<qualifier>[a-z]{{3,}})"
    rf"(?: (?:{'|'.join(sorted(rules._PEOPLE_ADJECTIVES))}))* (?=[A-Z])"
)


def _plain_nationalities(text: str, start: int, end: int) -> list[rules.Candidate]:
    """The nationality rule as first written: one regex of the people nouns, then one of
    the nouns with a qualifying word."""
    candidates = []
    opening = rules.sentence_opening(text, start, end)
    if text[opening : opening + 1] in rules.OPENING_QUOTES:
        opening += 1
    nouns = [
        noun
        for noun in _PLAIN_PEOPLE_NOUN.finditer(text, start, end)
        if not (noun.group()[0].isupper() and noun.start() not in (start, opening))
    ]
    nouns += [
        noun
        for noun in _PLAIN_QUALIFIED_NOUN.finditer(text, start, end)
        if rules._qualifies_people(noun["qualifier"])
        and not (noun.group()[0].isupper() and noun.start() not in (start, opening))
    ]
    for noun in nouns:
        place = gazetteer.match_at(text, noun.end(), end)
        while place is not None and gazetteer.is_country(text[place.start : place.end]):
            candidates.append(rules.Candidate(place.start, place.end, "NORP", "gazetteer", 3))
            joined = re.compile(r",? dan |, ").match(text, place.end, end)  # a list goes on
            place = gazetteer.match_at(text, joined.end(), end) if joined else None
    return candidates


def test_the_nationality_scan_reads_what_the_plain_regex_reads() -> None:
    """``nationality_candidates`` reads the word before each capitalized word against a
    set instead of running the nouns' alternation: the same mentions on the seed, every
    training text of ``training/ner/`` and edge cases (marks, hyphens, case, two-word
    ``warga negara`` and ``tenaga kerja``, not ``pasar kerja``; a qualifying word, ``pemain
    ski``, not a verb, ``keluarga memilih``)."""
    texts = [
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "dataset" / "raw").glob("*.txt"))
    ]
    for path in sorted((ROOT / "training" / "ner").glob("*.jsonl")):
        texts += [
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
        ]
    for noun in (
        "warga", "Warga", "WARGA", "warga negara", "Warga negara", "teman-teman", "tenaga kerja",
        "pasar kerja", "pemain ski", "Petani tembakau", "keluarga memilih", "warga negara asing",
    ):  # fmt: skip
        texts += [
            f"{noun} Korea Selatan dievakuasi.",
            f'"{noun} Palestina hanya ingin hidup."',
            f"ada ({noun} Jepang) dan x{noun} Jepang serta -{noun} Jepang,{noun} Jepang.",
            f"Kata dia, {noun}\nJepang dan {noun}  Jepang.",
        ]
    checked = 0
    for text in texts:
        for start, end in ((0, len(text)), (1, len(text))):
            fast = rules.nationality_candidates(text, start, end)
            assert fast == _plain_nationalities(text, start, end), text[:80]
            checked += len(fast)
    assert checked > 50  # the comparison saw nationalities, not only empty lists
