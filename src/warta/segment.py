"""Paragraph and sentence segmentation of normalized article text (issue 4).

Pure functions: text in, spans out. Offsets follow the contract (0-based, end-exclusive
code-point indices into the normalized text); a span never starts or ends with whitespace,
a sentence never crosses a paragraph, and the sentences cover every non-space character.

How it works, and why this way:

* A paragraph is a line: news text puts one paragraph per line (sometimes with blank lines
  between), and a headline without final punctuation must still be its own sentence.
* Inside a paragraph, one compiled regex finds *candidate* ends: a run of ``. ! ? …``, the
  closing quotation marks and brackets glued to it, then horizontal whitespace and the next
  character. Only candidates are looked at in Python, so the cost per character stays in
  the regex engine (issue 4 asks for >= 20 MB/s on one core).
* Each candidate is then accepted or refused by a few general rules, in :func:`_is_boundary`:
  a lowercase continuation (or a ``, ; :``) never starts a sentence; a period after a
  known abbreviation or title (:data:`ABBREVIATIONS`) or a dotted acronym (``a.n.``,
  ``S.H.``) is not an end; a single capital letter is a name initial (``J. Smith``,
  ``H. Agus``) unless a quotation mark or a function word follows (:data:`SENTENCE_OPENERS`:
  ``berinisial A. Ia …``, ``kuartal I. Dengan …``); a company's legal form ends a sentence
  except before its bracketed short name (:data:`COMPANY_SUFFIXES`); a bare list number
  (``1.``) is not a sentence.
* Quotation marks: a mark glued to the punctuation (``ini."``, ``ini.”``) closes the
  sentence, so the end falls after it; a mark after the space (``ini. "Kami``) opens the
  next one. This is the only reliable cue with straight ``"`` and with Kompas' ``”…”``,
  where the same character opens and closes, and it lets a quotation of several sentences
  split inside the marks (a boundary inside a quotation is still a boundary).

Numbers (``14.000``, ``1,5``, ``10.30 WIB``, ``25/9``) never produce a candidate, because
a candidate needs whitespace right after the punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence: ``text[start:end]``, inside paragraph number ``paragraph`` (0-based)."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class ParagraphSpan:
    """One paragraph: ``text[start:end]``, a line trimmed of surrounding whitespace."""

    start: int
    end: int


# Muhammad written short (``Moh. Rizal``, Java's ``Moch.``, Malaysia's ``Mohd.``,
# Bangladesh's ``Md. Ashraful``): always followed by the rest of the name. The entity rules
# join it to the name after its period (``warta.entities``).
MUHAMMAD_SHORT: frozenset[str] = frozenset(
    {"Moh", "Muh", "Mhd", "Moch", "Mochd", "Mohd", "Muhd", "Md"}
)

ABBREVIATIONS: frozenset[str] = MUHAMMAD_SHORT | frozenset(
    {
        # Titles and forms of address, always followed by a name.
        "dr",
        "Dr",
        "drg",
        "Drg",
        "Drs",
        "Dra",
        "Prof",
        "Ir",
        "Hj",
        "Tn",
        "Ny",
        "Nn",
        "Sdr",
        "Sdri",
        "Bpk",
        "Bp",
        "Yth",
        "St",
        "Tb",
        "Mr",
        "Mrs",
        "Ms",
        "Jr",
        "Sr",
        "Rev",
        "Ph",
        "DR",
        "Abd",
        "Ust",
        # Regional and religious forms of address before a name: Aceh's Teungku, Madura's
        # Achmad written short, North Maluku's Haji inside a name (``Abubakar Hi. Rasyid``),
        # a pastor, a monsignor; the Batak ``boru`` between a woman's name and her clan
        # (``Marlina br. Sitorus``).
        "Tgk",
        "Hi",
        "Ach",
        "Pdt",
        "Mgr",
        "br",
        # Ranks, always followed by a name.
        "Kol",
        "Jend",
        "Letjen",
        "Mayjen",
        "Brigjen",
        "Kapt",
        "Lettu",
        "Letda",
        "Serma",
        "Kombes",
        "Kompol",
        # Places and references, always followed by a name or a number.
        "Jl",
        "JL",
        "Jln",
        "JLN",
        "Kab",
        "Kec",
        "Kel",
        "Ds",
        "Kep",
        "Prov",
        "Gg",
        "Kav",
        "No",
        "no",
        "Tgl",
        "tgl",
        "Tel",
        "Telp",
        "telp",
        "Hlm",
        "hlm",
        "Vol",
        "vol",
        "Rp",
        # Company forms that precede the name (``PT. Pertamina``) or another form.
        "PT",
        "Pte",
        # Latin and English abbreviations used mid-sentence.
        "vs",
        "cf",
        "ca",
        "approx",
        "Bros",
        "Mt",
    }
)
"""Words whose final period is part of the word, never the end of a sentence.

Matched as written: a word in capitals is usually an acronym that can end a sentence
(``… merusak KEL. Pada …``), so capital variants are listed one by one (``JL``). Only words
that are (almost) always followed by more of the same sentence belong here. Words that often
end one (``dll.``, ``dsb.``, ``dst.``, ``dkk.``, ``etc.``) stay out: the lowercase rule
already keeps ``dll. yang`` together, and ``dll. Kemudian`` is a real boundary.
"""

COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {"Tbk", "Ltd", "Inc", "Corp", "Co", "Bhd", "LLC", "Plc", "Pty", "GmbH"}
)
"""Legal forms that end a company name: a sentence end before a capital (``… Nippon Steel
Corp. Rencana …``), but not before the bracketed short name (``… Persero Tbk. (BBNI) …``).
"""

SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "Ada",
        "Adapun",
        "Akan",
        "Aku",
        "Apa",
        "Bagaimana",
        "Bahkan",
        "Begitu",
        "Dalam",
        "Dari",
        "Dengan",
        "Di",
        "Dia",
        "Hal",
        "Hingga",
        "Ia",
        "Ini",
        "Itu",
        "Jika",
        "Juga",
        "Kami",
        "Karena",
        "Ke",
        "Kemudian",
        "Ketika",
        "Kini",
        "Kita",
        "Lalu",
        "Maka",
        "Meski",
        "Mereka",
        "Menurut",
        "Namun",
        "Oleh",
        "Pada",
        "Para",
        "Saat",
        "Saya",
        "Sebab",
        "Sebelumnya",
        "Sedangkan",
        "Sejak",
        "Selain",
        "Sementara",
        "Setelah",
        "Tapi",
        "Tetapi",
        "Tidak",
        "Untuk",
        "Yang",
    }
)
"""Function words that begin sentences and are never a name.

After a single capital letter they decide the ambiguous case for it: ``… berinisial A. Ia
merupakan …`` and ``… kuartal I. Dengan …`` end a sentence, ``… oleh H. Abdul Madjid …``
and ``… Rashid I. Mangunkusumo …`` do not.
"""

# Sentence openers that are also the title of a Sasak noble before his name (``H. Lalu
# Muhammad Iqbal``): before a capitalized word they open no sentence after an initial.
NAME_TITLE_OPENERS: frozenset[str] = frozenset({"Lalu"})

_CLOSERS = "\"'”’»)]}"
_OPENERS = "\"'“‘«([{"
_NEVER_STARTS = ",;:"

_PARAGRAPH = re.compile(r"[^\s](?:[^\n]*[^\s])?")
_CANDIDATE = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=[^\S\n]+([^\s]))")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LETTERS = re.compile(r"[^\W\d_]+")
_LIST_MARKER = re.compile(r"\(?(?:[0-9]{1,3}|[A-Za-z]|[IVXivx]{1,4})[.)]")


def split_paragraphs(text: str) -> list[ParagraphSpan]:
    """Paragraphs are the non-blank lines of the text, trimmed of surrounding whitespace."""
    return [ParagraphSpan(*match.span()) for match in _PARAGRAPH.finditer(text)]


def segment(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences, never across a paragraph."""
    sentences: list[SentenceSpan] = []
    append = sentences.append
    for number, paragraph in enumerate(_PARAGRAPH.finditer(text)):
        start, end = paragraph.span()
        for match in _CANDIDATE.finditer(text, start, end):
            if _is_boundary(text, start, match):
                append(SentenceSpan(start, match.end(), number))
                start = match.start(1)
        append(SentenceSpan(start, end, number))
    return sentences


def _is_boundary(text: str, sentence_start: int, match: re.Match[str]) -> bool:
    """Decide whether the candidate ``match`` ends the sentence that began at ``sentence_start``.

    The cheap, common cases are decided first, so most candidates never look at the word.
    """
    following = match.group(1)
    if following.islower() or following in _NEVER_STARTS:
        return False
    stop = match.start()
    if text[stop] != "." or text[stop + 1] == ".":
        return True
    if stop - sentence_start < 5 and _LIST_MARKER.fullmatch(text, sentence_start, match.end()):
        return False
    if stop == sentence_start or text[stop - 1].isdigit():
        return True
    word = _word_before(text, sentence_start, stop)
    if word in ABBREVIATIONS or _DOTTED_ACRONYM.fullmatch(word):
        return False
    if word in COMPANY_SUFFIXES:
        return following != "(" and _word_at(text, match.start(1)) not in COMPANY_SUFFIXES
    if len(word) == 1 and word.isupper():
        opener = _word_at(text, match.start(1))
        return text[match.start(1)] in _OPENERS or (
            opener in SENTENCE_OPENERS
            and not (
                opener in NAME_TITLE_OPENERS
                and text[
                    match.start(1) + len(opener) + 1 : match.start(1) + len(opener) + 2
                ].isupper()
            )
        )
    return True


def _word_at(text: str, start: int) -> str:
    """The run of letters that begins at ``start``."""
    match = _LETTERS.match(text, start)
    return match.group() if match else ""


def _word_before(text: str, sentence_start: int, end: int) -> str:
    """The word that ends at ``end``, without opening quotes or brackets before it.

    ``rfind`` of a space is the fast path; a word that is not printable may hold another
    whitespace character (a tab, a no-break space), and only then is it split again.
    """
    word = text[text.rfind(" ", sentence_start, end) + 1 : end]
    if not word.isprintable():
        word = "" if word[-1].isspace() else word.split()[-1]
    return word.lstrip(_OPENERS)
