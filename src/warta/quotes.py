"""Direct and indirect quotations with their speakers and reporting verbs (issue 6).

Pure: text, sentences and mentions in; quote spans and warnings out. The rules, in the
order they run:

1. **Marks are paired per paragraph.** Straight ``"``, curly ``“…”`` and the Kompas style
   ``”…”`` (one mark opens and closes) are classified by their neighbours (space before and
   a letter after opens; a letter before and a space or punctuation after closes); a mark
   that could be either toggles. A paragraph that ends inside a quotation continues it only
   when the next paragraph opens with a mark (the newspaper convention for a quotation of
   several paragraphs); otherwise the opening mark gets a :class:`QuoteWarning` and no row,
   so a row never crosses an unbalanced mark or, except in that case, a paragraph.
2. **Names are not quotations.** A quoted single word, or a short run of capitalized words
   (``"Veles."``, ``"Lesnik"``, a title) is a name, remembered as a possible speaker (a call
   sign). Two lowercase words are scare quotes unless a reporting cue attributes them.
3. **Speakers** come from the one cue inventory in :mod:`warta.cues`: after the quotation
   (``"…," kata X``), before it (``X mengatakan: "…"``, ``menurut X``, ``dikatakan oleh X``),
   or, for a clitic (``ujarnya``), a pronoun (``ia mengatakan``) or no cue at all, the most
   recent antecedent before the quotation, across paragraphs: an earlier attributed
   speaker, a title followed by a name (``Camat Lina Marlina``), or a later short reference
   to a direct-quote speaker (``Rakhmat`` after ``Rakhmat Hidayat``). The rules never need
   NER: a PER mention only narrows a phrase the rules chose (``Presiden Rusia Vladimir
   Putin`` to ``Vladimir Putin``) and a GPE/LOC/NORP mention marks a leading country.
   Measured on the PFSA-ID dev set (internal evaluation only), using PER mentions as
   antecedents or to pick phrases lowered speaker accuracy with a small NER model.
4. **Indirect speech**: a sentence without a full direct quotation that reports speech
   (``X mengatakan bahwa …``, ``…, ungkap X``, ``menurut X, …``) gives an ``indirect`` row.

Offsets are contract offsets (0-based, end-exclusive ``str`` indices into ``text``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain, islice

from warta.cues import CUE_FORM_BYTES, SPEAKER_PRONOUNS, Cue, match_cue
from warta.entities import MentionSpan
from warta.gazetteer import label_of
from warta.segment import SentenceSpan
from warta.word_regex import KELVIN_SIGN, cased_alternation, word_alternation


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: the quoted words ``text[start:end]``, without the quotation marks.

    ``start``/``end`` are trimmed of whitespace only: punctuation inside the marks is kept
    (``"…," kata X`` keeps the comma, as PFSA-ID gold does). For an ``indirect`` row the span
    is the reported content (the ``bahwa`` clause, or the clause before ``, ungkap X``)
    without the sentence's final punctuation. A direct quotation running over several
    paragraphs is one row whose span includes the paragraph breaks and the re-opening marks.

    ``speaker`` is the surface form as written at ``text[speaker_start:speaker_end]``. For a
    clitic (``ujarnya``), a pronoun or an unattributed quotation it is the surface form of
    the resolved antecedent, and the span points at that antecedent, so the pipeline can link
    it to a mention. ``cue`` is the reporting word as written (``kata``, ``ujarnya``).
    """

    start: int
    end: int
    kind: str  # "direct" | "indirect"
    partial: bool
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    method: str


@dataclass(frozen=True, slots=True)
class QuoteWarning:
    """A quotation mark that could not be paired: ``position`` is its index in the text."""

    position: int
    message: str


@dataclass(frozen=True, slots=True)
class QuoteExtraction:
    quotes: list[QuoteSpan] = field(default_factory=list)
    warnings: list[QuoteWarning] = field(default_factory=list)


METHOD = "rule"

_MARKS = frozenset('"“”')
_OPEN_CONTEXT = frozenset("([{—–-/")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}…—–-")
_EDGE_PUNCTUATION = ".,;:!?…"
_WORD = re.compile(r"\w[\w’'-]*")
#: A word that may start with an uppercase letter (no digit, ``_`` or ``a-z`` first), or the
#: tail of a longer word (``abcDef``): :func:`_starts_word` tells them apart.
_UPPER_LED = re.compile(r"[^\W\da-z_][\w’'-]*")
#: The next word of a capitalized run after a word's end: a space, `` (`` or ``) `` between.
_RUN_GAP_WORD = re.compile(r"(?: \(?|\) )(\w[\w’'-]*)")
#: What may end a speaker phrase besides words: a bracket or a quotation mark.
_PHRASE_BREAK = re.compile('[("“”]')
#: A bracketed acronym inside a title (``Ketua Umum Ikatan Dokter Indonesia (IDI) Budi``).
_ACRONYM = re.compile(r"\([A-Z][\w-]*\)")
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)")
_SENTENCE_END = re.compile(r"[.!?;](?=[\s\"“”]|$)")

#: Words that may sit inside a name between capitalized words (``Ahmad bin Umar``).
_NAME_CONNECTORS = frozenset({"bin", "binti", "van", "von", "de", "der", "al", "el", "da"})
#: Capitalized words that are never a speaker's name on their own.
_CALENDAR = frozenset(
    {
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari",
        "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
        "oktober", "november", "desember",
    }
)  # fmt: skip
#: Capitalized titles and ranks that open a person's name (``Presiden Joko Widodo``).
_TITLES = frozenset(
    {
        "presiden", "wakil", "menteri", "gubernur", "bupati", "wali", "kepala",
        "ketua", "direktur", "sekretaris", "juru", "kapolri", "kapolda", "kapolres",
        "kapolsek", "panglima", "jenderal", "kolonel", "mayor", "letnan", "komisaris",
        "brigadir", "inspektur", "kombes", "akbp", "akp", "dr", "prof", "profesor", "pak",
        "bu", "bapak", "ibu", "haji", "kiai", "ustaz", "camat", "lurah", "dekan", "rektor",
        "koordinator", "manajer", "komandan", "plt", "dirut", "anggota", "senator",
        "perdana", "raja", "ratu", "pangeran", "kanselir", "sultan", "duta", "hakim",
        "jaksa", "pengamat", "peneliti", "ekonom", "epidemiolog", "dokter", "kabid",
        "kasubbag", "kabag", "kadis", "danrem", "dandim", "pangdam", "kasat", "kasatreskrim",
        "pelaksana", "head", "ceo", "coo", "cfo", "cto", "founder", "co-founder", "chief",
        "vice", "general", "asisten", "staf", "analis",
    }
)  # fmt: skip
#: Lowercase words that end a speaker phrase after a cue (``kata Budi di Jakarta``).
_PHRASE_STOPS = frozenset(
    {
        "dalam", "di", "saat", "ketika", "pada", "kepada", "seusai", "usai", "setelah",
        "sebelum", "melalui", "lewat", "sembari", "sambil", "seraya", "kemarin", "yang",
        "dengan", "via", "akan", "sudah", "telah", "juga", "menanggapi", "terkait",
        "soal", "tentang", "mengenai", "bahwa", "lalu", "tadi", "hari", "pekan",
        "itu", "ini", "untuk", "kala", "tatkala", "selepas", "sebagaimana", "seperti",
    }
)  # fmt: skip
#: Words that open an adjunct after a subject's name (``Budi dalam diskusi …``, ``Budi
#: saat ditemui …``). Not ``di``, ``pada`` or ``untuk``, which titles hold (``Peneliti pada
#: Lembaga X``, ``Duta Besar RI untuk Jepang``), nor ``yang``, after which the name may
#: come (``Kepala BNPB yang juga Ketua Satgas Doni Monardo``).
_SUBJECT_ADJUNCTS = frozenset(
    {
        "dalam", "saat", "ketika", "seusai", "usai", "setelah", "sebelum", "melalui",
        "lewat", "sembari", "sambil", "seraya", "dengan", "via", "kala", "tatkala",
        "selepas",
    }
)  # fmt: skip
#: A ``_SUBJECT_ADJUNCTS`` word that no word character ends (:func:`_starts_word` checks
#: its start): one regex scan in the literal-first form (:mod:`warta.word_regex`) instead
#: of a set lookup per word, so a segment without one costs no run scan.
_SUBJECT_ADJUNCT = re.compile(
    word_alternation(sorted(_SUBJECT_ADJUNCTS), not_after=(r"\w",)) + r"(?![\w’'-])"
)
#: Function words that open a sentence before a name (``Meskipun Pemerintah …``, ``Di Kota
#: Bogor``, ``Sementara Budi …``): capitalized only because they come first, never a name.
_SENTENCE_OPENERS = _PHRASE_STOPS | frozenset(
    {
        "di", "ke", "dari", "sementara", "selain", "namun", "adapun", "kemudian",
        "sedangkan", "bahkan", "bagi", "tetapi", "meski", "meskipun", "walaupun", "jika",
        "apabila", "karena", "sebab", "sejak", "hingga", "sampai", "oleh", "atas", "kini",
        "sebelumnya", "selanjutnya", "dan", "atau", "serta", "maka", "agar",
    }
)  # fmt: skip
#: Words after which a capitalized word names a place (``di Sleman``, ``Kota Bogor``).
_PLACE_WORDS = frozenset(
    {"di", "ke", "dari", "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan"}
)
#: Mention labels of a leading country or region that a speaker phrase drops.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: Words never kept as a name part (built once: it was rebuilt per word, issue 10).
_NOT_NAME_PARTS = _TITLES | _CALENDAR
#: Words that open a later segment of a list of speakers (``menurut A, B, dan C``).
_LIST_WORDS = frozenset({"dan", "serta", "atau"})
#: Words before a quoted name that make it a call sign or nickname of the speaker.
_CALL_SIGN_WORDS = frozenset(
    {"panggilan", "julukan", "dijuluki", "disapa", "sapaan", "alias", "bernama", "nama"}
)
_VERB = re.compile(r"(?:di|me|ber)[a-z]{4,}")
#: Role nouns that look like verbs by their first letters.
_VERB_LOOKALIKES = frozenset({"direktur", "dinas", "menteri", "merek", "berita", "dirut"})
_ABBREVIATIONS = frozenset(
    {"dr", "drs", "dra", "prof", "ir", "h", "hj", "st", "jr", "sr", "kh", "tn", "ny", "no"}
)


@dataclass(frozen=True, slots=True)
class _Pair:
    """Two paired marks: ``open`` and ``close`` are the marks' positions."""

    open: int
    close: int


@dataclass(frozen=True, slots=True)
class _Speaker:
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Attribution:
    """A cue found next to a statement; ``speaker`` None means "resolve an antecedent"."""

    cue: str
    speaker: _Speaker | None


@dataclass(frozen=True, slots=True)
class _Statement:
    """A quote row before speaker resolution; ``anchor`` is where antecedents are sought."""

    start: int
    end: int
    kind: str
    partial: bool
    anchor: int
    attribution: _Attribution | None


@dataclass(frozen=True, slots=True)
class _Document:
    """What the rules look up besides the text: names, runs, mentions, sentences.

    Sentences and mentions are also indexed by position, computed once per block: the
    rules ask for them per quotation and per speaker (issue 10).
    """

    text: str
    sentences: Sequence[SentenceSpan]
    sentence_starts: Sequence[int]  # sorted
    paragraph_ends: Mapping[int, int]  # paragraph number to its last sentence's end
    places_at_start: Mapping[int, Sequence[MentionSpan]]  # GPE/LOC/NORP, in the given order
    persons_at_end: Mapping[int, Sequence[MentionSpan]]  # PER, in the given order
    names: tuple[_Pair, ...]
    name_opens: frozenset[int]  # where the names open: a pair is a name if its open is here
    quotation_closes: Sequence[int]  # sorted: the closing marks of the pairs that are no name
    runs: _RunIndex  # the capitalized runs of the text, found where they are asked for


# Articles longer than this are read in blocks of whole paragraphs (cut only where the next
# paragraph does not reopen a quotation): the speaker rules look back over the document,
# which is quadratic on a 10 MB article (issue 7) and pointless across 50,000 characters.
BLOCK_CHARS = 50_000


def extract_quotes(
    text: str, sentences: Sequence[SentenceSpan], mentions: Sequence[MentionSpan]
) -> QuoteExtraction:
    """Direct quotations (with partial ones), indirect speech and their speakers.

    Never raises on unbalanced marks: each unpaired mark becomes a :class:`QuoteWarning`.
    Rows are sorted by (start, end, kind).
    """
    if len(text) <= BLOCK_CHARS:
        return _extract_block(text, sentences, mentions)
    quotes: list[QuoteSpan] = []
    warnings: list[QuoteWarning] = []
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for block in _blocks(text, sentences):
        offset = block[0].start
        end = block[-1].end
        shifted = [SentenceSpan(s.start - offset, s.end - offset, s.paragraph) for s in block]
        inside = _mentions_between(ordered, offset, end)
        found = _extract_block(text[offset:end], shifted, inside)
        quotes.extend(_shift_quote(q, offset) for q in found.quotes)
        warnings.extend(QuoteWarning(w.position + offset, w.message) for w in found.warnings)
    return QuoteExtraction(quotes, warnings)


def _blocks(text: str, sentences: Sequence[SentenceSpan]) -> list[list[SentenceSpan]]:
    blocks: list[list[SentenceSpan]] = []
    current: list[SentenceSpan] = []
    for index, sentence in enumerate(sentences):
        current.append(sentence)
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if (
            following is not None
            and following.paragraph != sentence.paragraph
            and sentence.end - current[0].start >= BLOCK_CHARS
            and text[following.start] not in _MARKS
        ):
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _mentions_between(mentions: Sequence[MentionSpan], start: int, end: int) -> list[MentionSpan]:
    """Mentions inside [start, end), shifted to the block; ``mentions`` sorted by start."""
    starts = [m.start for m in mentions]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return [
        replace(m, start=m.start - start, end=m.end - start)
        for m in mentions[first:last]
        if m.end <= end
    ]


def _shift_quote(quote: QuoteSpan, offset: int) -> QuoteSpan:
    return replace(
        quote,
        start=quote.start + offset,
        end=quote.end + offset,
        speaker_start=None if quote.speaker_start is None else quote.speaker_start + offset,
        speaker_end=None if quote.speaker_end is None else quote.speaker_end + offset,
    )


def _extract_block(
    text: str, sentences: Sequence[SentenceSpan], mentions: Sequence[MentionSpan]
) -> QuoteExtraction:
    """Quotes of one block of text (offsets relative to it)."""
    paragraphs = _paragraph_bounds(sentences)
    pairs, warnings = _pair_marks(text, list(paragraphs.values()))
    quoted = [pair for pair in pairs if _has_content(text, pair)]
    names = tuple(pair for pair in quoted if _looks_like_name(text, pair))
    name_opens = frozenset(name.open for name in names)
    places_at_start, persons_at_end = _mentions_by_position(mentions)
    document = _Document(
        text=text,
        sentences=sentences,
        sentence_starts=sorted(sentence.start for sentence in sentences),
        paragraph_ends={number: end for number, (_, end) in paragraphs.items()},
        places_at_start=places_at_start,
        persons_at_end=persons_at_end,
        names=names,
        name_opens=name_opens,
        quotation_closes=sorted(pair.close for pair in pairs if pair.open not in name_opens),
        runs=_RunIndex(text),
    )
    statements = [
        statement
        for pair in quoted
        if pair.open not in name_opens
        for statement in [_direct_statement(document, pair)]
        if statement is not None
    ]
    anchors = {statement.anchor for statement in statements}
    direct_spans = [
        (pair.open, _attribution_end(document, pair)) for pair in quoted if pair.open in anchors
    ]
    direct_spans.extend((warning.position, warning.position + 1) for warning in warnings)
    statements.extend(_indirect_statements(document, direct_spans, statements))
    quotes = _resolve_speakers(document, statements, quoted)
    return QuoteExtraction(
        sorted(quotes, key=lambda q: (q.start, q.end, q.kind)),
        sorted(warnings, key=lambda w: w.position),
    )


# --- pairing -------------------------------------------------------------------------


def _paragraph_bounds(sentences: Sequence[SentenceSpan]) -> dict[int, tuple[int, int]]:
    """Paragraph extents from the segmenter's sentences, so both modules agree on them;
    by paragraph number, in order. A bound is rebuilt only when a sentence widens it
    (issue 10: in text order, only the end moves)."""
    bounds: dict[int, tuple[int, int]] = {}
    for sentence in sentences:
        known = bounds.get(sentence.paragraph)
        if known is None:
            bounds[sentence.paragraph] = (sentence.start, sentence.end)
        elif sentence.start < known[0] or sentence.end > known[1]:
            bounds[sentence.paragraph] = (
                min(known[0], sentence.start),
                max(known[1], sentence.end),
            )
    return {number: bounds[number] for number in sorted(bounds)}


def _mentions_by_position(
    mentions: Sequence[MentionSpan],
) -> tuple[dict[int, list[MentionSpan]], dict[int, list[MentionSpan]]]:
    """GPE/LOC/NORP mentions by start and PER mentions by end, each in the given order:
    in one pass over the mentions, which were walked once per grouping (issue 10)."""
    places: defaultdict[int, list[MentionSpan]] = defaultdict(list)
    persons: defaultdict[int, list[MentionSpan]] = defaultdict(list)
    for mention in mentions:
        if mention.label == "PER":
            persons[mention.end].append(mention)
        elif mention.label in _PLACE_LABELS:
            places[mention.start].append(mention)
    return places, persons


def _mark_role(text: str, position: int, start: int, end: int) -> str:
    """``open``, ``close`` or ``either``, from the characters around the mark."""
    if text[position] == "“":
        return "open"
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    opens = before.isspace() or before in _OPEN_CONTEXT
    closes = after.isspace() or after in _CLOSE_CONTEXT
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _pair_marks(
    text: str, paragraphs: Sequence[tuple[int, int]]
) -> tuple[list[_Pair], list[QuoteWarning]]:
    pairs: list[_Pair] = []
    warnings: list[QuoteWarning] = []
    carried: int | None = None
    positions = _mark_positions(text)
    for start, end in paragraphs:
        low, high = bisect.bisect_left(positions, start), bisect.bisect_left(positions, end)
        if low == high and carried is None:
            continue  # no mark and none open: most paragraphs, passed over at once
        marks = positions[low:high]
        opened = carried
        if carried is not None:
            if marks and marks[0] == start and _mark_role(text, start, start, end) != "close":
                marks = marks[1:]
            else:
                warnings.append(_unclosed(carried))
                opened = None
        for position in marks:
            role = _mark_role(text, position, start, end)
            if opened is None:
                if role == "close":
                    warnings.append(QuoteWarning(position, "closing quotation mark never opened"))
                else:
                    opened = position
            elif role == "open":
                warnings.append(_unclosed(opened))
                opened = position
            else:
                pairs.append(_Pair(opened, position))
                opened = None
        carried = opened
    if carried is not None:
        warnings.append(_unclosed(carried))
    return pairs, warnings


def _mark_positions(text: str) -> list[int]:
    """Where the quotation marks (``_MARKS``) stand, in order. Found with ``str.find``, which
    skips to a character far faster than a regex class does (issue 10: the regex scan,
    paragraph by paragraph, was 5% of the quote time)."""
    positions: list[int] = []
    for mark in _MARKS:
        position = text.find(mark)
        while position >= 0:
            positions.append(position)
            position = text.find(mark, position + 1)
    return sorted(positions)


def _unclosed(position: int) -> QuoteWarning:
    return QuoteWarning(position, "quotation mark opened but never closed; no quote row made")


def _content(text: str, pair: _Pair) -> tuple[int, int]:
    start, end = pair.open + 1, pair.close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _has_content(text: str, pair: _Pair) -> bool:
    """Whether the marks enclose more than whitespace (:func:`_content` is not empty)."""
    inside = text[pair.open + 1 : pair.close]
    return bool(inside) and not inside.isspace()


def _looks_like_name(text: str, pair: _Pair) -> bool:
    """A call sign, title or scare-quoted term: one word, or a few capitalized words.

    Words are read until one decides (issue 10): a quotation is told by its second word
    in most cases, and only a run of capitalized words is searched for punctuation."""
    start, end = _content(text, pair)
    words = _WORD.finditer(text, start, end)
    first = next(words, None)
    second = next(words, None)
    if first is None or second is None:
        return True
    # Six words tell a name from a quotation (a quotation has dozens).
    for count, match in enumerate(chain((first, second), words), start=1):
        word = match.group()
        if count > 5 or not (word[0].isupper() or word.lower() in _NAME_CONNECTORS):
            return False
    core = text[start:end].rstrip(_EDGE_PUNCTUATION)
    return not any(mark in core for mark in ".,;:!?")


# --- capitalized runs and speaker phrases ---------------------------------------------


def _is_sentence_initial(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] in '\n.!?:"“”'


def _capitalized_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words separated by single spaces (connectors allowed).

    A bracketed acronym stays inside (``Kepala Dinas Pariwisata (Dispar) DKI Budi``), as
    titles carry them, but a run never ends inside the brackets. A sentence-initial word
    joins a run only if it is a title or another capitalized word follows, since every
    sentence starts with a capital. Words are those of ``_WORD`` in ``text[start:end]``;
    only the uppercase-led ones are visited, by regex (issue 10: most words are lowercase).
    """
    runs: list[tuple[int, int]] = []
    position = start  # the end of the last run: no run starts before it
    for candidate in _UPPER_LED.finditer(text, start, end):
        word = candidate.span()
        if (
            word[0] >= position
            and text[word[0]].isupper()
            and _starts_word(text, word[0], start)
            and _capital_word(text, word, end)
        ):
            position = _run_end(text, word, end)
            runs.append((word[0], position))
    return runs


def _joins_run(word: str) -> bool:
    """Whether a word after a run gap is a capitalized word of the run: such a word is
    never sentence-initial, so :func:`_capital_word` reduces to its first test."""
    return word[0].isupper() and word.lower() not in _CALENDAR


def _starts_word(text: str, position: int, bound: int) -> bool:
    """Whether a ``_WORD`` word starts at ``position`` when words are read from ``bound``:
    no word character before it, past any ``’'-`` (``abc-Def`` is one word)."""
    index = position - 1
    while index >= bound and text[index] in "’'-":
        index -= 1
    return index < bound or not (text[index].isalnum() or text[index] == "_")


def _run_end(text: str, first: tuple[int, int], end: int) -> int:
    """Where the run that ``first`` opens ends: it takes capitalized words and connectors
    (``bin``) joined by a run gap, and ends on a capitalized word, outside brackets."""
    run_end = position = first[1]
    while (following := _RUN_GAP_WORD.match(text, position, end)) is not None:
        word = following.group(1)
        if _joins_run(word):
            run_end = position = following.end()
        elif word.lower() in _NAME_CONNECTORS:
            position = following.end()
        else:
            break
    if not _opens_bracket(text[first[0] : run_end]):
        return run_end
    ends = [word.end() for word in _WORD.finditer(text, first[0], run_end)]
    while len(ends) > 1 and _opens_bracket(text[first[0] : ends[-1]]):
        ends.pop()
    return ends[-1]


def _opens_bracket(phrase: str) -> bool:
    return phrase.count("(") > phrase.count(")")


def _capital_word(text: str, span: tuple[int, int], end: int) -> bool:
    """Whether the word at ``span`` may join a run: capitalized, no month or weekday, and
    not just a sentence's first word (unless a title or before another capital)."""
    s, e = span
    word = text[s:e]
    lowered = word.lower()
    if not word[0].isupper() or lowered in _CALENDAR:
        return False
    if lowered in _TITLES or not _is_sentence_initial(text, s):
        return True
    if lowered in _SENTENCE_OPENERS:
        return False
    following = _WORD.match(text, e + 1, end) if text.startswith(" ", e, end) else None
    return (
        following is not None
        and following.group()[0].isupper()
        and following.group().lower() not in _CALENDAR
    )


@dataclass(frozen=True, slots=True)
class _RunIndex:
    """The capitalized runs of a text, found where they are asked for (:func:`_run_at`).

    Issue 10: scanning every run of every article was a third of the quote time, while
    the rules ask about a few titles and speaker prefixes. A run is read in its stretch,
    a maximal stretch of the characters a run may hold (word characters, ``’'-``, spaces
    and brackets): no run crosses its ends, so the runs found inside it are those of the
    whole text there. What was found is kept, for this text only, so that no stretch is
    scanned twice and no name is looked up twice (a long text asks thousands of times).
    """

    text: str
    stretch_starts: list[int] = field(default_factory=list)  # sorted
    #: Each scanned stretch's start to its end and its runs.
    stretches: dict[int, tuple[int, list[tuple[int, int]]]] = field(default_factory=dict)
    places: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # of names


#: A character no capitalized run holds: the stretches of :class:`_RunIndex` end at one.
_RUN_CUT = re.compile(r"[^\w’'\- ()]")


def _title_hit() -> re.Pattern[str]:
    """Where a capitalized title word may stand: every word whose ``lower()`` is a title and
    whose first character is uppercase, and a few more (``xPak``) that the run scan drops.

    Issue 10: each branch opens with one literal capital, which lets ``re`` skip ahead
    (``(?i:…)`` was ten times slower), and the rest is factored (40% faster than a flat
    alternation)."""
    groups: dict[str, list[str]] = {}
    for title in _TITLES:
        groups.setdefault(title[0], []).append(title[1:])
    branches = [
        capital + cased_alternation(rests)
        for first, rests in sorted(groups.items())
        for capital in (first.upper(), KELVIN_SIGN if first == "k" else "")
        if capital
    ]
    return re.compile(f"(?:{'|'.join(branches)})(?![\\w’'-])")


_TITLE_HIT = _title_hit()


def _stretch_runs(index: _RunIndex, position: int) -> list[tuple[int, int]]:
    """The runs of the stretch holding (or ending at) ``position``, scanned once per text."""
    text = index.text
    known = bisect.bisect_right(index.stretch_starts, position)
    if known:
        end, runs = index.stretches[index.stretch_starts[known - 1]]
        if position <= end:
            return runs
    cut = _RUN_CUT.search(text, position)
    end = cut.start() if cut else len(text)
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_’'-() "):
        start -= 1  # the characters _RUN_CUT excludes (\w is isalnum() or "_")
    runs = _capitalized_runs(text, start, end)
    bisect.insort(index.stretch_starts, start)
    index.stretches[start] = (end, runs)
    return runs


def _run_at(index: _RunIndex, position: int) -> tuple[int, int] | None:
    """The run that starts at ``position``, if one does."""
    return next((run for run in _stretch_runs(index, position) if run[0] == position), None)


def _titled_runs(
    index: _RunIndex, admits: Callable[[int], bool], last_start: int
) -> list[tuple[int, int]]:
    """The runs that open with a title and have another word (:func:`_is_titled_name`), in
    text order, of those starting where ``admits``, at or before ``last_start``. Each starts
    at a capitalized title word (``_TITLE_HIT``), and ``admits`` is asked there before the
    run is read (issue 10: most titles do not stand where a speaker does); the scan stops
    past ``last_start``."""
    text = index.text
    found: list[tuple[int, int]] = []
    for hit in _TITLE_HIT.finditer(text):
        if hit.start() > last_start:
            break
        if admits(hit.start()):
            run = _run_at(index, hit.start())
            if run is not None and _is_titled_name(text[run[0] : run[1]]):
                found.append(run)
    return found


def _repeated_run_places(index: _RunIndex, name: str) -> list[tuple[int, int]]:
    """The places where ``name`` stands as a whole run, in text order, if there are two or
    more; else none, since the rules only ask about names used twice. Issue 10: most names
    stand once in the text, which one ``str.count`` tells without reading a run; each name
    is looked up once per text."""
    if name not in index.places:
        text = index.text
        found: list[tuple[int, int]] = []
        position = text.find(name) if text.count(name) >= 2 else -1
        while position >= 0:
            place = (position, position + len(name))
            if _run_at(index, position) == place:
                found.append(place)
            position = text.find(name, position + 1)
        index.places[name] = found if len(found) >= 2 else []
    return index.places[name]


def _speaks(document: _Document, places: Iterable[tuple[int, int]]) -> bool:
    """Whether a run used at ``places`` stands right next to a cue (``kata Kim``, ``Kim
    mengatakan``): a person's name. Asked only of the prefixes :func:`_strip_modifier`
    weighs, instead of being worked out for every run of the article (issue 10)."""
    return any(_next_to_cue(document.text, s, e) for s, e in places)


def _next_to_cue(text: str, start: int, end: int) -> bool:
    before = _WORD.findall(text, max(0, start - 20), start)
    after = _WORD.match(text, end + 1) if end < len(text) and text[end] == " " else None
    return (bool(before) and match_cue(before[-1]) is not None) or (
        after is not None and match_cue(after.group()) is not None
    )


def _strip_modifier(document: _Document, start: int, end: int) -> tuple[int, int]:
    """Drop a leading country or title the article also uses on its own.

    ``Korea Utara Kim Jong Un`` becomes ``Kim Jong Un`` when ``Korea Utara`` stands alone
    elsewhere in the article; a GPE/LOC/NORP mention at the start is dropped the same way.
    At least two words must remain, and a prefix the article uses as a speaker is kept.
    """
    text = document.text
    leading_places = document.places_at_start.get(start, ())
    if not leading_places and not _has_words(text, start, end, 3):
        return start, end  # two words at most stay (issue 10: most names), read no further
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    for mention in leading_places:
        if mention.end < end and len([w for w in words if w[0] >= mention.end]) >= 2:
            return _skip_spaces(text, mention.end), end
    for keep in range(2, len(words)):
        cut = len(words) - keep
        places = _repeated_run_places(document.runs, text[start : words[cut - 1][1]])
        if places and not _speaks(document, places):
            return words[cut][0], end
    return start, end


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _speaker(document: _Document, start: int, end: int) -> _Speaker:
    start, end = _trim(document.text, start, end)
    return _Speaker(document.text[start:end], start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCTUATION):
        end -= 1
    return start, end


def _name_in_phrase(
    document: _Document, start: int, end: int, last: bool, bare: bool = True
) -> _Speaker | None:
    """The speaker's name inside a noun phrase (``Presiden Rusia Vladimir Putin``).

    A quoted call sign wins; else the capitalized run (the last one before a verb, the
    first after a cue), without a leading country (:func:`_strip_modifier`) and narrowed
    to a PER mention inside it (:func:`_refine`). With ``bare``, a phrase led by a lowercase role
    noun with no name of two words (``kata seorang komandan Rusia``) is itself the speaker;
    before a verb that is not allowed, since the words there may be any clause.
    """
    text = document.text
    start, end = _trim(text, start, end)
    if start >= end:
        return None
    words = _WORD.findall(text, start, end)
    if len(words) == 1 and words[0].lower() in SPEAKER_PRONOUNS:
        return None
    for name in document.names:
        if start <= name.open and name.close < end and _is_call_sign(document, name, start):
            return _speaker(document, name.open + 1, name.close)
    runs = _capitalized_runs(text, start, end)
    if not runs:
        return _Speaker(text[start:end], start, end) if bare and len(words) <= 6 else None
    capital_led = runs[0][0] == start
    if not capital_led:
        long_runs = [run for run in runs if _has_words(text, *run, 2)]
        if not long_runs:
            return _Speaker(text[start:end], start, end) if bare and len(words) <= 6 else None
        runs = long_runs
    s, e = runs[-1] if last else runs[0]
    s, e = _strip_modifier(document, s, e)
    return _refine(document, _Speaker(text[s:e], s, e))


def _is_call_sign(document: _Document, name: _Pair, phrase_start: int) -> bool:
    """``dengan tanda panggilan "Veles."`` or an appositive ``Komandan kedua, "Lesnik",``."""
    text = document.text
    before = _WORD.findall(text, max(phrase_start, name.open - 30), name.open)
    if before and before[-1].lower() in _CALL_SIGN_WORDS:
        return True
    prefix = text[phrase_start : name.open].rstrip()
    suffix = text[name.close + 1 : name.close + 3].lstrip()
    return prefix.endswith(",") and (suffix.startswith(",") or not suffix)


def _phrase_end(document: _Document, start: int, limit: int) -> int:
    """End of a speaker phrase after a cue: sentence end, a new quotation, a bracket that is
    not an acronym (``(Kompas, 10/9/2020)``), or a stop word."""
    text = document.text
    end = limit
    for match in _SENTENCE_END.finditer(text, start, limit):
        before = _WORD.findall(text, max(start, match.start() - 12), match.start())
        inside_name = any(n.open < match.start() < n.close for n in document.names)
        if inside_name or (before and before[-1].lower() in _ABBREVIATIONS):
            continue
        end = match.start()
        break
    for match in _PHRASE_BREAK.finditer(text, start, end):
        position = match.start()
        if (text[position] == "(" and not _ACRONYM.match(text, position)) or (
            text[position] in _MARKS
            and not any(position in (n.open, n.close) for n in document.names)
        ):
            end = position
            break
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if word in _PHRASE_STOPS or _is_verb(word):
            return match.start()
    return end


def _is_verb(word: str) -> bool:
    """A lowercase ``di-``/``meN-``/``ber-`` verb (``dihubungi``) ends a speaker's noun phrase."""
    return word[0] in "dmb" and _VERB.fullmatch(word) is not None and word not in _VERB_LOOKALIKES


def _speaker_after(document: _Document, start: int, limit: int) -> _Speaker | None:
    """The speaker named after a cue: ``kata Kepala Desa Sukamaju, Wahyu Wibowo, di …``.

    A call sign anywhere in the clause wins. A phrase led by a name gives its first run
    (``kata Budi dari LSM X``); one led by a title or a lowercase role noun gives its last
    name-like run, since the name follows the role (``kata Kepala Humas Daop 1 Eva``,
    ``kata seorang warga, Budi``); a list (``menurut sumber-sumber A, B, dan C``) is kept
    whole, since no one of its names speaks alone.
    """
    text = document.text
    later_names = [name for name in document.names if start <= name.open]
    if later_names:  # the clause's end is sought only for them (issue 10: most have none)
        clause_end = min(limit, _clause_end(text, start, limit))
        for name in later_names:
            if name.open < clause_end and _is_call_sign(document, name, start):
                return _speaker(document, name.open + 1, name.close)
    end = _phrase_end(document, start, limit)
    segments = _segments(text, start, end)
    if not segments:
        return None
    first = _WORD.match(text, _skip_spaces(text, segments[0][0]))
    if first is None or not (first.group().lower() in _TITLES or first.group()[0].islower()):
        return _name_in_phrase(document, *segments[0], last=False)
    if any(_first_word(text, *segment) in _LIST_WORDS for segment in segments):
        return _speaker(document, start, end)
    title_led = first.group()[0].isupper()
    runs = [
        (s, e)
        for s, e in _capitalized_runs(text, *segments[0])
        if title_led or _has_words(text, s, e, 2)
    ]
    for segment in segments[1:]:
        appositive = _capitalized_runs(text, *segment)
        if appositive != [_trim(text, *segment)]:
            break
        runs.extend(appositive)
    if not runs:
        return _name_in_phrase(document, *segments[0], last=False)
    s, e = _strip_modifier(document, *runs[-1])
    return _refine(document, _Speaker(text[s:e], s, e))


def _refine(document: _Document, speaker: _Speaker) -> _Speaker:
    """Narrow a speaker phrase to a PER mention that ends it (``Presiden Rusia Vladimir
    Putin`` to ``Vladimir Putin``), so the pipeline links the person, not the title.

    NER only narrows what the rules chose; it never picks the phrase, so a noisy model
    cannot move the attribution elsewhere.
    """
    text = document.text
    persons = [
        m
        for m in document.persons_at_end.get(speaker.end, ())
        if speaker.start <= m.start < m.end and text[m.start].isupper()
    ]
    if not persons:
        return speaker
    chosen = persons[-1]
    return _Speaker(text[chosen.start : chosen.end], chosen.start, chosen.end)


def _first_word(text: str, start: int, end: int) -> str | None:
    """The first ``_WORD`` word of ``text[start:end]``, found without listing the others."""
    first = _WORD.search(text, start, end)
    return first.group() if first is not None else None


def _clause_end(text: str, start: int, limit: int) -> int:
    """After the first ``. ! ? ;`` followed by a space: how far a call sign may be sought."""
    match = _CLAUSE_END.search(text, start, limit)
    return match.end() if match else limit


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated parts of a phrase that hold more than spaces and punctuation."""
    segments: list[tuple[int, int]] = []
    cursor = start
    while (comma := text.find(",", cursor, end)) >= 0:
        segments.append((cursor, comma))
        cursor = comma + 1
    segments.append((cursor, end))
    return [(s, e) for s, e in segments if _trim(text, s, e)[0] < _trim(text, s, e)[1]]


def _subject_before(document: _Document, start: int, cue_start: int) -> _Speaker | None:
    """The subject of ``… X mengatakan``: the last comma segment naming someone.

    A segment that is a bare name is preferred over a title or role segment, whichever
    order the apposition takes (``Juru bicara Kremlin, Dmitry Peskov, mengatakan`` and
    ``Abdian Saputra, Koordinator X, juga menyampaikan``).
    """
    text = document.text
    for name in document.names:
        if start <= name.open and name.close < cue_start and _is_call_sign(document, name, start):
            return _speaker(document, name.open + 1, name.close)
    # Segments are read from the verb back, each only when the one after it gives no
    # bare name (issue 10: the last one usually does).
    read: list[tuple[int, int]] = []
    for segment in reversed(_segments(text, start, cue_start)):
        if _is_adjunct(text, *segment):
            continue
        segment = _before_adjunct(text, *segment)
        read.append(segment)
        run = _name_segment(text, *segment)
        if run is not None:
            s, e = _strip_modifier(document, *run)
            return _refine(document, _Speaker(text[s:e], s, e))
    for segment in read:
        speaker = _name_in_phrase(document, *segment, last=True, bare=False)
        if speaker is not None:
            return speaker
    return None


def _before_adjunct(text: str, start: int, end: int) -> tuple[int, int]:
    """A subject segment cut before the adjunct that follows its name: ``Menteri Sri
    Mulyani dalam wawancara dengan Kompas`` to ``Menteri Sri Mulyani``. The cut is the
    first adjunct word (:data:`_SUBJECT_ADJUNCTS`) after the first capitalized run, so
    what follows it (a newspaper, an event) is never read as the subject, while words
    before the name (``Sementara itu Budi``) are kept."""
    if _SUBJECT_ADJUNCT.search(text, start, end) is None:
        return start, end  # most segments: decided without reading their runs
    runs = _capitalized_runs(text, start, end)
    if not runs:
        return start, end
    for word in _SUBJECT_ADJUNCT.finditer(text, runs[0][1], end):
        if _starts_word(text, word.start(), runs[0][1]):
            return start, word.start()
    return start, end


def _name_segment(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The run of a comma segment that is one bare name (:func:`_is_bare_name`), after the
    sentence's opening function word if any (``Sementara Ahmad Riza Patria, Wakil …``,
    ``Sementara Fetty menjelaskan``); None for any other segment."""
    start, end = _trim(text, start, end)
    runs = _capitalized_runs(text, start, end)
    if len(runs) != 1 or runs[0][1] != end or not _is_bare_name(text, *runs[0]):
        return None
    opening = _WORD.findall(text, start, runs[0][0])
    if not opening or (
        len(opening) == 1
        and opening[0].lower() in _SENTENCE_OPENERS
        and opening[0].lower() not in _PLACE_WORDS
        and _is_sentence_initial(text, start)
    ):
        return runs[0]
    return None


def _is_bare_name(text: str, start: int, end: int) -> bool:
    first = _WORD.match(text, start)
    return first is not None and first.group().lower() not in _TITLES


def _is_adjunct(text: str, start: int, end: int) -> bool:
    """A segment between a name and its verb that names no one: a date or time (``Budi,
    Senin (13/4), mengatakan``) or a relative clause about the name before it (``Budi, yang
    juga juru bicara Satgas Covid-19 Kalsel, mengatakan``), whose runs are institutions."""
    word = _first_word(text, start, end)  # it decides: the others are not listed
    return word is None or word.lower() in _CALENDAR or word.isdigit() or word == "yang"


# --- direct quotations ---------------------------------------------------------------


def _sentence_start(document: _Document, position: int) -> int:
    """The last sentence start at or before ``position`` (0 if none)."""
    index = bisect.bisect_right(document.sentence_starts, position)
    return document.sentence_starts[index - 1] if index else 0


def _paragraph_end(document: _Document, position: int) -> int:
    """The end of the paragraph of the (first) sentence holding ``position``; outside any
    sentence, the first sentence end after it, or the end of the text."""
    paragraph = next((s.paragraph for s in document.sentences if s.start <= position < s.end), None)
    if paragraph is not None:
        return document.paragraph_ends[paragraph]
    ends = sorted(sentence.end for sentence in document.sentences)  # rare: sorted only here
    index = bisect.bisect_right(ends, position)
    return ends[index] if index < len(ends) else len(document.text)


def _direct_statement(document: _Document, pair: _Pair) -> _Statement | None:
    text = document.text
    start, end = _content(text, pair)
    clause_start = _clause_start(document, pair.open)
    partial = _is_partial(text, pair, clause_start)
    # A partial quotation is attributed before it first, a full one after it; the other
    # side is read only when the first gives nothing (issue 10: it was read every time).
    if partial:
        attribution = _attribution_before(document, clause_start, pair.open, partial)
        if attribution is None:
            attribution = _attribution_after(document, pair)
    else:
        attribution = _attribution_after(document, pair)
        if attribution is None:
            attribution = _attribution_before(document, clause_start, pair.open, partial)
    if attribution is None and not _has_words(text, start, end, 3):
        return None
    return _Statement(start, end, "direct", partial, pair.open, attribution)


def _clause_start(document: _Document, open_mark: int) -> int:
    """Where the clause of a quotation opening at ``open_mark`` starts: its sentence's start,
    or after an earlier quotation's closing mark (not a name's) if that comes later. The
    closing marks are sorted once per block (issue 10: every pair was visited per pair)."""
    closes = document.quotation_closes
    index = bisect.bisect_left(closes, open_mark)  # the closes before it: closes[:index]
    start = _sentence_start(document, open_mark)
    return max(start, closes[index - 1] + 1) if index else start


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds ``count`` words, reading no further than that many
    (issue 10: the rules listed every word of a quotation to count to three)."""
    return len(list(islice(_WORD.finditer(text, start, end), count))) == count


def _is_partial(text: str, pair: _Pair, clause_start: int) -> bool:
    """Inside reported speech: the mark follows a word of the sentence that is not a cue.

    After a comma or colon (``Menurut X, "harga …"``) the quotation is the whole rest of
    the sentence, so it is not partial even when it starts in lowercase.
    """
    previous = _WORD.findall(text, clause_start, pair.open)
    gap = text[clause_start : pair.open].rstrip()
    return bool(previous) and gap[-1:].isalnum() and match_cue(previous[-1]) is None


def _attribution_after(document: _Document, pair: _Pair) -> _Attribution | None:
    """``"…," kata X`` / ``"…," ujarnya`` / ``"…," X menambahkan``."""
    text = document.text
    limit = _paragraph_end(document, pair.close)
    position = pair.close + 1
    while position < limit and (text[position].isspace() or text[position] in ",—–"):
        position += 1
    first = _WORD.match(text, position, min(limit, position + 120))
    if first is None:
        return None
    cue = match_cue(first.group())
    if cue is not None:
        return _attribution_from_cue(document, first, cue, limit)
    if text[pair.close - 1] != ",":
        return None
    # The first six words are all the rule reads (issue 10: not every word of 120 chars).
    words = list(islice(_WORD.finditer(text, position, min(limit, position + 120)), 6))
    for index, word in enumerate(words):
        later = match_cue(word.group())
        if later is not None and later.role == "subject" and index > 0:
            if words[0].group().lower() in SPEAKER_PRONOUNS and index == 1:
                return _Attribution(word.group(), None)
            speaker = _name_in_phrase(document, position, word.start(), last=True)
            return _Attribution(word.group(), speaker) if speaker else None
        if not word.group()[0].isupper() and word.group().lower() not in SPEAKER_PRONOUNS:
            return None
    return None


def _attribution_from_cue(
    document: _Document, word: re.Match[str], cue: Cue, limit: int
) -> _Attribution | None:
    """The attribution a cue word makes, its speaker read after it (``oleh`` skipped)."""
    if cue.role == "subject":
        return None
    if cue.clitic:
        return _Attribution(word.group(), None)
    after = _skip_spaces(document.text, word.end())
    oleh = _WORD.match(document.text, after)
    if oleh is not None and oleh.group().lower() == "oleh":
        after = _skip_spaces(document.text, oleh.end())
    pronoun = _WORD.match(document.text, after)
    if pronoun is not None and pronoun.group().lower() in SPEAKER_PRONOUNS:
        return _Attribution(word.group(), None)
    speaker = _speaker_after(document, after, limit)
    if speaker is None and cue.role != "passive":
        return None
    return _Attribution(word.group(), speaker)


def _attribution_before(
    document: _Document, clause_start: int, open_mark: int, partial: bool
) -> _Attribution | None:
    """``X mengatakan: "…"``, ``Menurut X, "…"``, ``dikatakan oleh X akan "…"``."""
    text = document.text
    gap = text[clause_start:open_mark].rstrip()
    if not partial and gap and gap[-1] not in ",:" and not gap[-1].isalnum():
        return None
    words = list(_WORD.finditer(text, clause_start, open_mark))
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        cue = match_cue(word.group())
        if cue is None or (cue.role == "inverted" and not cue.clitic and index > 0):
            continue
        if cue.role == "subject":
            if index > 0 and words[index - 1].group().lower() in SPEAKER_PRONOUNS:
                return _Attribution(word.group(), None)
            speaker = _subject_before(document, clause_start, word.start())
            return _Attribution(word.group(), speaker)
        if cue.clitic:
            return _Attribution(word.group(), None)
        if cue.role in {"passive", "according"}:
            return _attribution_from_cue(document, word, cue, open_mark)
    return None


def _attribution_end(document: _Document, pair: _Pair) -> int:
    """Where a direct quotation's sentence ends, so indirect rules leave it alone."""
    text = document.text
    limit = _paragraph_end(document, pair.close)
    match = _SENTENCE_END.search(text, pair.close + 1, limit)
    return match.end() if match else limit


# --- indirect speech -----------------------------------------------------------------


def _indirect_statements(
    document: _Document,
    direct_spans: Sequence[tuple[int, int]],
    statements: Sequence[_Statement],
) -> list[_Statement]:
    """One indirect row at most per sentence untouched by a full direct quotation.

    A sentence with a partial quotation still reports speech of its own (``X mengatakan
    bahwa Moskow berterima kasih atas "…"``), so it keeps its indirect row; a sentence
    holding an unpaired mark gets none, since its extent is unknown.
    """
    partial = {s.anchor for s in statements if s.partial}
    full = [(start, end) for start, end in direct_spans if start not in partial]
    letters = _cue_letters(document.text)
    found: list[_Statement] = []
    for sentence in document.sentences:
        if not _may_hold_cue(letters, sentence.start, sentence.end):
            continue  # no cue word: the common case, decided before any other question
        if any(start < sentence.end and sentence.start < end for start, end in full):
            continue
        statement = _indirect_in_sentence(document, sentence)
        if statement is not None:
            found.append(statement)
    return found


def _indirect_in_sentence(document: _Document, sentence: SentenceSpan) -> _Statement | None:
    """The first reporting pattern of the sentence: ``X mengatakan (bahwa) …``,
    ``Menurut X, …``, ``…, ungkap X`` / ``…, katanya``, or a sentence-initial ``Dikatakan``.
    """
    text = document.text
    words = list(_WORD.finditer(text, sentence.start, sentence.end))
    content_end = _trim(text, sentence.start, sentence.end)[1]
    for index, word in enumerate(words):
        cue = match_cue(word.group())
        if cue is None:
            continue
        comma_before = text[sentence.start : word.start()].rstrip().endswith(",")
        if cue.role == "subject" and index > 0:
            return _subject_indirect(document, sentence, words, index, content_end)
        if cue.role == "according" and index == 0 and not cue.clitic:
            comma = text.find(",", word.end(), content_end)
            if comma < 0:
                return None
            speaker = _speaker_after(document, _skip_spaces(text, word.end()), comma)
            return _indirect(comma + 1, content_end, text, word.start(), word.group(), speaker)
        if comma_before and (cue.role in {"inverted", "according"}):
            speaker = None
            if not cue.clitic:
                speaker = _speaker_after(document, _skip_spaces(text, word.end()), content_end)
                if speaker is None:
                    continue
            clause = text[sentence.start : word.start()].rstrip()
            end = sentence.start + len(clause) - 1
            return _indirect(sentence.start, end, text, sentence.start, word.group(), speaker)
        if cue.role == "passive" and index == 0:
            return _indirect(word.end(), content_end, text, word.start(), word.group(), None)
    return None


#: Each byte to itself if a lowercase ASCII letter, lowercased if an uppercase one, else to a
#: space: a text's letters as :func:`_cue_letters` reads them.
_LOWERED_LETTERS = bytes(
    byte if 97 <= byte <= 122 else byte + 32 if 65 <= byte <= 90 else 32 for byte in range(256)
)


def _cue_letters(text: str) -> bytes:
    """One byte per character of ``text``: an ASCII letter lowercased, the Kelvin sign as
    ``k``, anything else a space. Built once per block by C loops (``replace``, ``encode``,
    ``translate``), with no Python work per character or per word.

    Only ASCII letters and the Kelvin sign lower to ASCII letters, so a cue word (whose
    lowercase is ASCII letters) keeps all its letters here, lowered; the characters beside
    a word are no letters, so here they are spaces (:func:`_may_hold_cue`)."""
    ascii_text = text.replace(KELVIN_SIGN, "k").encode("ascii", "replace")
    return ascii_text.translate(_LOWERED_LETTERS)


def _may_hold_cue(letters: bytes, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a cue word, asked of the text's
    :func:`_cue_letters`: a cue word there is one of the space-separated words of
    ``letters[start:end]``, so False is exact, and a True is checked word by word.
    Issue 10: every sentence of every article goes through this check; splitting bytes
    costs half of what finding and lowering its words did.
    """
    return not CUE_FORM_BYTES.isdisjoint(letters[start:end].split())


def _subject_indirect(
    document: _Document,
    sentence: SentenceSpan,
    words: Sequence[re.Match[str]],
    index: int,
    content_end: int,
) -> _Statement | None:
    text = document.text
    word = words[index]
    if words[index - 1].group().lower() in SPEAKER_PRONOUNS:
        speaker: _Speaker | None = None
    else:
        speaker = _subject_before(document, sentence.start, word.start())
        if speaker is None:
            return None
    content_start = word.end()
    for later in words[index + 1 :]:
        if later.group() == "bahwa":
            content_start = later.end()
            break
    return _indirect(content_start, content_end, text, sentence.start, word.group(), speaker)


def _indirect(
    start: int,
    end: int,
    text: str,
    anchor: int,
    cue: str,
    speaker: _Speaker | None,
) -> _Statement | None:
    start, end = _trim(text, start, end)
    if not _has_words(text, start, end, 3):
        return None
    return _Statement(start, end, "indirect", False, anchor, _Attribution(cue, speaker))


# --- speaker resolution --------------------------------------------------------------


def _candidates(document: _Document, quoted: Sequence[_Pair], last_anchor: int) -> list[_Speaker]:
    """Antecedents besides attributed speakers: a title followed by a name, opening a clause;
    those whose title starts after ``last_anchor + 2`` are left out, since they end after
    ``last_anchor`` (a name in apposition ends two characters before its title).

    PER mentions on their own are not antecedents: on the PFSA-ID dev set a small NER
    model's persons (people talked about, not talking) lowered speaker accuracy.
    """
    text = document.text

    def admits(start: int) -> bool:
        """Outside every quotation, opening a clause: asked before the run is read."""
        return not any(p.open < start < p.close for p in quoted) and _opens_clause(text, start)

    return [
        _refine(document, _appositive_name(document, s) or _Speaker(text[s:e], s, e))
        for s, e in _titled_runs(document.runs, admits, last_anchor + 2)
    ]


def _appositive_name(document: _Document, title_start: int) -> _Speaker | None:
    """The name a titled run stands in apposition to: ``Kisran Makati, Ketua Pusat Kajian
    …, mengatakan``. The title describes the person named before the comma, and the run
    often holds no name itself (``Wakil Gubernur DKI Jakarta``), so the name before it is
    the antecedent. The name must open its clause, hold two words, lead with no title, and
    be no place, listed or after a place word (``Di Kota Bogor, Wali Kota …``).
    """
    text = document.text
    comma = title_start - 2
    if comma < 1 or text[comma:title_start] != ", ":
        return None
    last = comma
    while last > 0 and text[last - 1].isalnum():
        last -= 1
    if last == comma or not text[last].isupper():
        return None  # no capitalized word before the comma (``Sementara itu, …``): no run
    runs = _stretch_runs(document.runs, comma - 1)
    run = next((r for r in runs if r[1] == comma), None)
    if run is None or not _opens_clause(text, run[0]):
        return None
    name = text[run[0] : run[1]]
    if (
        len(_WORD.findall(name)) < 2
        or not _is_bare_name(text, *run)
        or _is_place(name)
        or _after_place_word(text, run[0])
    ):
        return None
    return _Speaker(name, *run)


def _is_titled_name(name: str) -> bool:
    """A title followed by at least one more word (``Camat Lina Marlina``)."""
    first = _WORD.match(name)  # most runs fail here, before the name is split (issue 10)
    return first is not None and first.group().lower() in _TITLES and len(_WORD.findall(name)) >= 2


def _opens_clause(text: str, position: int) -> bool:
    """Whether a name at ``position`` starts a clause or follows a cue: where speakers stand.

    A titled name after a noun (``sikap Kiai Said``) is someone talked about, not talking;
    after a sentence's opening function word (``Sementara Budi``) it opens the clause.
    """
    base = max(0, position - 30)
    before = text[base:position].rstrip()
    previous = _WORD.findall(before[-20:])
    return (
        not before
        or before[-1] in ",.!?:;\n"
        or before[-1] in _MARKS
        or (bool(previous) and match_cue(previous[-1]) is not None)
        or (
            bool(previous)
            and before.endswith(previous[-1])
            and previous[-1].lower() in _SENTENCE_OPENERS
            and _is_sentence_initial(text, base + len(before) - len(previous[-1]))
        )
    )


def _short_references(
    document: _Document, speakers: Sequence[_Speaker], quoted: Sequence[_Pair], last_anchor: int
) -> list[_Speaker]:
    """Later mentions of a known speaker by part of the name (``Rakhmat`` for ``Rakhmat
    Hidayat``): news refers back this way, and these mentions are antecedents of the next
    ``ujarnya`` even when their own verb is no cue (``Rakhmat berharap …``).

    The name part is the last two words of a known speaker's name, titles excluded. Words
    starting after ``last_anchor + 1`` are not sought: a reference they start or continue
    ends after ``last_anchor``.
    """
    text = document.text
    tokens = {
        word
        for speaker in speakers
        for word in _WORD.findall(speaker.name)[-2:]
        if word[0].isupper() and word.lower() not in _NOT_NAME_PARTS and len(word) > 2
    }
    found: list[_Speaker] = []
    if not tokens:
        return found
    # Runs of adjacent token words (separated by one space), as (start, end) of the run:
    # any other word between two token words leaves more than a space between them.
    groups: list[tuple[int, int]] = []
    for start, end in _word_occurrences(text, tokens, last_anchor + 1):
        if groups and text[groups[-1][1] : start] == " ":
            groups[-1] = (groups[-1][0], end)
        else:
            groups.append((start, end))
    for start, end in groups:
        if not any(p.open < start < p.close for p in quoted) and not _after_place_word(text, start):
            found.append(_Speaker(text[start:end], start, end))
    return found


def _word_occurrences(text: str, words: Iterable[str], last_start: int) -> list[tuple[int, int]]:
    """Where ``words`` stand as whole ``_WORD`` words of ``text``, starting at or before
    ``last_start``, sorted. Found with ``str.find``: splitting every article into words for
    a few names was slow (issue 10)."""
    found: list[tuple[int, int]] = []
    for word in words:
        stop = last_start + len(word)  # str.find's end: the word must fit before it
        position = text.find(word, 0, stop)
        while position >= 0:
            end = position + len(word)
            if _starts_word(text, position, 0) and not _continues_word(text, end):
                found.append((position, end))
            position = text.find(word, position + 1, stop)
    return sorted(found)


def _continues_word(text: str, position: int) -> bool:
    """Whether a ``_WORD`` word reaching ``position`` would go on past it."""
    return position < len(text) and (
        text[position] in "’'-" or text[position].isalnum() or text[position] == "_"
    )


def _after_place_word(text: str, position: int) -> bool:
    """``di Sleman``, ``Kabupaten Sleman``: the word names a place here, not the speaker."""
    previous = _WORD.findall(text, max(0, position - 20), position)
    return bool(previous) and previous[-1].lower() in _PLACE_WORDS and text[position - 1].isspace()


def _names_someone(speaker: _Speaker) -> bool:
    """An antecedent must hold a name: ``Menurut data, …`` gives no one to refer back to."""
    return any(ch.isupper() for ch in speaker.name)


#: Labels of a name that is a place: a place says nothing, so it is never a speaker.
_WHERE_LABELS = frozenset({"GPE", "LOC"})


@functools.lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    """Whether a speaker phrase is exactly a place's name (``Surabaya``, ``Jakarta Pusat``)
    listed as a GPE/LOC in the gazetteer.

    Rules that read the last capitalized run of a subject (``X di Surabaya mengatakan``)
    or a later word of a speaker's name reach such places; a place never speaks. The
    article's GPE/LOC mentions are not asked: on the PFSA-ID dev set the small NER model
    labels some title-and-name runs (``Sumatera Peter Pratje``) as places, which lost
    three speakers that the gazetteer alone keeps.
    """
    return label_of(name) in _WHERE_LABELS


def _is_source(attribution: _Attribution) -> bool:
    """``Menurut data Gakeslab``, ``menurut tata tertib DPR``: ``menurut`` before a phrase
    led by a lowercase noun, with no name in it for the rules to take, cites a source (data,
    a rule, a survey) far more often than a nameless person, so the phrase is no antecedent
    of a later ``katanya``. A name after ``menurut`` is a person and stays one."""
    speaker = attribution.speaker
    if speaker is None or not speaker.name[:1].islower():
        return False
    cue = match_cue(attribution.cue)
    return cue is not None and cue.role == "according"


def _antecedents(
    document: _Document,
    statements: Sequence[_Statement],
    quoted: Sequence[_Pair],
    last_anchor: int,
) -> list[_Speaker]:
    """Who a clitic, pronoun or unattributed quotation anchored at or before ``last_anchor``
    may refer back to: titled names, attributed speakers and later short references to
    direct-quote speakers; only those ending by ``last_anchor`` (issue 10: what follows the
    last quotation that needs one is never sought) and holding a name
    (:func:`_names_someone`) that is not a place's (:func:`_is_place`)."""
    known = _candidates(document, quoted, last_anchor)
    known.extend(
        s.attribution.speaker
        for s in statements
        if s.attribution is not None
        and s.attribution.speaker is not None
        and not _is_source(s.attribution)
    )
    direct_speakers = [
        s.attribution.speaker
        for s in statements
        if s.kind == "direct" and s.attribution is not None and s.attribution.speaker is not None
    ]
    known.extend(_short_references(document, direct_speakers, quoted, last_anchor))
    return [
        candidate
        for candidate in known
        if candidate.end <= last_anchor
        and _names_someone(candidate)
        and not _is_place(candidate.name)
    ]


def _resolve_speakers(
    document: _Document, statements: Sequence[_Statement], quoted: Sequence[_Pair]
) -> list[QuoteSpan]:
    """Fill clitic, pronoun and unattributed speakers with the most recent antecedent."""
    unresolved = [
        s.anchor for s in statements if s.attribution is None or s.attribution.speaker is None
    ]
    # Issue 10: antecedents are sought only when a statement needs one (in 4 of 10 articles
    # of the benchmark corpus, none does), and only before the last that does: an antecedent
    # counts for a statement if it ends at or before the statement's anchor.
    known = _antecedents(document, statements, quoted, max(unresolved)) if unresolved else []
    rows: list[QuoteSpan] = []
    for statement in sorted(statements, key=lambda s: s.anchor):
        attribution = statement.attribution
        speaker = attribution.speaker if attribution is not None else None
        if speaker is None:
            earlier = [c for c in known if c.end <= statement.anchor]
            speaker = max(earlier, key=lambda c: c.start) if earlier else None
        rows.append(
            QuoteSpan(
                start=statement.start,
                end=statement.end,
                kind=statement.kind,
                partial=statement.partial,
                speaker=speaker.name if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                cue=attribution.cue if attribution is not None else None,
                method=METHOD,
            )
        )
    return rows
