"""Headlines in title case, read as prose: ``Junta Niger Tunda Transisi ke Pemerintahan Sipil``.

Indonesian news capitalizes every word of a headline but its small function words, so a
headline's capitals say nothing about names: the model read ``Tunda Transisi`` and
``Peso Menguat`` as persons and glued verbs onto names (``Qatar Ajukan Proposal``). The
extractor reads the article through :func:`fold_headline` instead: the same text, with each
title-cased word of a title-case headline lower-cased unless the article's own prose writes
it with a capital (``Niger``, ``Meta``, ``Mbappe``), the gazetteer names it or it only ever
opens a body's name (``Pemkab``, ``Dinkes``: the prose may write the body out in full).
Only the case of first letters changes, so every offset still points into the original
text, and the mentions' surfaces are read from the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.entity_rules import (
    NAME_JOINERS,
    OPENING_QUOTES,
    SHORT_REGIONAL_BODY_WORDS,
    sentence_opening,
)
from warta.gazetteer import find_names
from warta.segment import SentenceSpan

# Words an Indonesian title-case headline leaves in lower case.
_SMALL_WORDS = frozenset(
    {
        "di", "ke", "dari", "dan", "atau", "yang", "untuk", "pada", "dengan", "oleh",
        "dalam", "bagi", "tentang", "hingga", "sampai", "serta", "akan", "jadi", "vs",
        "usai", "jelang", "demi", "soal", "kian", "pun", "lagi", "sebagai", "atas", "antara",
        "tanpa", "sejak", "setelah", "sebelum", "saat", "karena", "agar", "meski", "jika",
        "bila", "per", "terhadap", "kepada", "seusai", "selama", "menuju", "lewat", "via",
        # and the lower-case words inside names (``Bank of Japan Naikkan Suku Bunga``,
        # ``Ursula von der Leyen Kunjungi Kyiv``)
        *NAME_JOINERS,
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BEFORE_FIRST_WORD = "".join(sorted(OPENING_QUOTES)) + "([« "
# A headline is short and has no sentence-final stop: the seed's first line, a whole
# sentence ending in a full stop, is a lead, not a headline.
_LONGEST_HEADLINE = 200
_FINAL_STOPS = ".!?"


def fold_headline(text: str, sentences: Sequence[SentenceSpan]) -> str:
    """``text`` with its title-case headline (the first paragraph) in sentence case, the
    article's names kept: see the module's docstring. ``text`` itself when the first
    paragraph is no title-case headline."""
    end = headline_end(text, sentences)
    if not end:
        return text
    start = sentences[0].start
    words = list(_WORD.finditer(text, start, end))
    capitalized = [word for word in words if _title_cased(word.group())]
    if len(capitalized) < 3 or any(
        word.group()[0].islower() and word.group() not in _SMALL_WORDS for word in words
    ):
        return text
    names = _capitalized_in_prose(text, sentences, end)
    known = [(match.start, match.end) for match in find_names(text, start, end)]
    folded = list(text)
    for word in capitalized:
        if (
            word.group() in names
            or word.group() in SHORT_REGIONAL_BODY_WORDS  # ``Pemkab Badung Segel …``
            or any(s <= word.start() < e for s, e in known)
        ):
            continue
        folded[word.start()] = word.group()[0].lower()
    return "".join(folded)


def headline_end(text: str, sentences: Sequence[SentenceSpan]) -> int:
    """Where the article's headline (its first paragraph: short, no sentence-final stop,
    and not the whole article) ends; 0 when it has none. A headline is telegraphic, read
    without the context the body gives its names."""
    headline = [sentence for sentence in sentences if sentence.paragraph == 0]
    if not headline or len(headline) == len(sentences):
        return 0
    stripped = text[headline[0].start : headline[-1].end].rstrip()
    if not stripped or len(stripped) > _LONGEST_HEADLINE or stripped[-1] in _FINAL_STOPS:
        return 0
    return headline[-1].end


def _title_cased(word: str) -> bool:
    """``Tunda``, ``Mar-a-Lago``; not ``BOJ``, ``COP30``, ``iPhone``, ``McDonald``."""
    return word[0].isupper() and (len(word) == 1 or word[1:].replace("-", "").islower())


def _capitalized_in_prose(text: str, sentences: Sequence[SentenceSpan], after: int) -> set[str]:
    """Title-cased words the article writes after ``after`` other than as a sentence's
    first word (after its dateline and opening quotation marks): its names, since a
    sentence's first word is capitalized whatever it is."""
    names: set[str] = set()
    for sentence in sentences:
        if sentence.start < after:
            continue
        opening = sentence_opening(text, sentence.start, sentence.end)  # after a dateline
        for word in _WORD.finditer(text, opening, sentence.end):
            if _title_cased(word.group()) and text[opening : word.start()].strip(
                _BEFORE_FIRST_WORD
            ):
                names.add(word.group())
    return names
