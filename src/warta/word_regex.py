"""Regexes for "one of these words, as a whole word", written to be scanned fast.

``(?<![\\w-])(?:Kementerian|Konsulat|…)`` is the plain way to find words from a list, but a
leading lookbehind hides the words' first letters from Python's regex engine, which then
tries the whole pattern at every position of the text. When every branch opens with a
literal instead, the engine jumps straight to the positions holding one of those first
letters. So each branch here is its first letter, then the word-start test looking back
past that letter (``(?<![\\w-].)``), then the rest: the same matches, 2-3x faster on news
text (issue 10). The entity rules and the gazetteer both use it; their tests hold each
pattern against its plain form. Two other forms live here for the same reason: an
alternation factored by first letter (:func:`first_letter_alternation`) and one factored
letter by letter in every case ``lower()`` folds (:func:`cased_alternation`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence


def word_alternation(
    words: Iterable[str],
    *,
    not_after: Sequence[str] = (r"[\w-]",),
    any_case: bool = False,
    factored: bool = False,
) -> str:
    r"""``(?<!A)(?<!B)…(?:words)`` for ``not_after = (A, B, …)``, in the literal-first form.

    ``words`` are literal text (escaped here). Branches keep the given order within a first
    letter. ``any_case`` gives each first letter in both cases and the rest ``(?i:…)``: the
    same matches as ``(?i:…)`` round the whole alternation, for words that open with an
    ASCII letter. ``factored`` writes each letter's rests as a tree of shared beginnings
    (:func:`_factored`), longest first, for long lists whose caller asks for a whole word
    after the match (the gazetteer's thousands of first words): ``re`` then reads a word
    letter by letter instead of trying every word of its letter.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        first = word[0].lower() if any_case else word[0]
        groups.setdefault(first, []).append(word[1:])
    guards = "".join(f"(?<!{body}.)" for body in not_after)
    rest = "(?i:" if any_case else "(?:"
    branches = "|".join(
        f"{re.escape(head)}{guards}{rest}"
        f"{_factored(rests) if factored else '|'.join(map(re.escape, rests))})"
        for first, rests in groups.items()
        for head in ((first, first.upper()) if any_case and first.isalpha() else (first,))
    )
    return f"(?:{branches})"


def _factored(words: Iterable[str]) -> str:
    """``words`` as one regex with shared beginnings factored out, each branch trying its
    longer words first (``ab(?:c|d)?`` for ``ab``, ``abc``, ``abd``)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(first) + _factored(rests) for first, rests in groups.items() if first]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in groups:
        return branches[0]
    alternation = f"(?:{'|'.join(branches)})"
    return alternation + "?" if "" in groups else alternation


def first_letter_alternation(alternatives: str) -> str:
    """The same alternation, factored by first letter: ``p(?:residen|angeran)|w(?:…)``.

    Python's regex engine tries every branch at every position of every sentence; factored,
    a position fails after one comparison per first letter (the title scan took half the
    time, issue 10). Two branches with different first letters never match at the same
    position, and the order within a letter is kept, so the matches are the same.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives.split("|"):
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


#: The one character besides ``K`` and ``k`` whose ``lower()`` is an ASCII letter (``k``).
KELVIN_SIGN = "\u212a"


def cased(letter: str) -> str:
    """A regex class of the characters whose ``lower()`` is the ASCII ``letter``."""
    return f"[{letter}{letter.upper()}{KELVIN_SIGN if letter == 'k' else ''}]"


def cased_alternation(words: Iterable[str]) -> str:
    """A regex for any of ``words``, each letter in every case that ``lower()`` folds
    (:func:`cased`), with shared beginnings factored out (``k(?:a(?:bag|bid|…)|…)``):
    ``re`` tries a flat alternation word by word, a factored one letter by letter."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[:1], []).append(word[1:])
    branches = [cased(first) + cased_alternation(rests) for first, rests in groups.items() if first]
    if not branches:
        return ""
    alternation = f"(?:{'|'.join(branches)})"
    return alternation + "?" if "" in groups else alternation
