"""The rule regexes written for speed match exactly what their plain form matches.

``entity_rules._word_at_start`` rewrites ``(?<![\\w-])(?:a|b|…)`` so that each branch opens
with a literal (issue 10). The plain form is the specification; these tests run both over
the seed article and edge cases made for the word-start test
(hyphens, letters glued on, scan windows starting mid-word, upper/lower/mixed case), with
``finditer``, ``match`` and ``fullmatch`` as the rules call them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta import entity_rules as rules

ROOT = Path(__file__).resolve().parents[1]
_PLAIN = {
    "_ORG_HEAD": (rules._ORG_HEADS, False, r"(?![\w-])"),
    "_STATE_BODY": (rules._STATE_BODIES, False, r"(?![\w-])"),
    "_MEDIUM": (rules._MEDIA, True, r"(?![\w-])"),
    "_SPEECH_VERB": (rules._SPEECH_VERBS, False, r"(?:nya)?\s+(?=[A-Z])"),
    "_PEOPLE_NOUN": (rules._PEOPLE_NOUNS, True, r"\s+(?=[A-Z])"),
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
