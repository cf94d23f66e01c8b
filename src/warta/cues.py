"""The one inventory of Indonesian reporting cues (issue 6), shared by every quote rule.

A reporting verb plays one of four roles in an attribution, and the role decides on which
side of the verb the speaker stands:

- ``inverted``: the bare root after the quotation (``"…," kata Budi``, ``ujar Budi``); the
  speaker follows. With the clitic ``-nya`` (``ujarnya``) the speaker is an antecedent.
- ``subject``: the active ``meN-``/``ber-`` verb (``Budi mengatakan: "…"``); the speaker
  precedes.
- ``passive``: the ``di-`` verb (``dikatakan oleh Budi``); the speaker follows, optionally
  after ``oleh``; without an agent it points back to an antecedent.
- ``according``: ``menurut Budi`` / ``menurutnya``.

Keeping the forms in one table means the direct-quote, indirect-speech and evaluation code
cannot disagree about what counts as a cue.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Bare roots used after a quotation (``kata``), and with ``-nya`` (``katanya``).
INVERTED_ROOTS: frozenset[str] = frozenset(
    {
        "kata", "ujar", "ungkap", "tutur", "jelas", "tegas", "imbuh", "tambah", "sebut",
        "papar", "terang", "ucap", "lanjut", "pungkas", "tandas", "tulis", "kilah", "seru",
        "tanya", "beber", "urai", "sambung", "timpal", "tukas", "jawab", "pesan", "sergah",
        "tuding",
    }
)  # fmt: skip

#: Active forms: the speaker is the subject before the verb.
SUBJECT_FORMS: frozenset[str] = frozenset(
    {
        "mengatakan", "menyatakan", "menjelaskan", "menegaskan", "menambahkan",
        "mengungkapkan", "menuturkan", "menyebutkan", "memaparkan", "menerangkan",
        "menyampaikan", "mengemukakan", "menandaskan", "mengimbuhkan", "menekankan",
        "mengklaim", "mengakui", "membeberkan", "menguraikan", "berkata", "bertanya",
        "menulis", "mengungkap", "memperingatkan", "mengingatkan", "mengumumkan",
        "melaporkan", "berujar", "bertutur", "berpesan", "menuding", "menilai",
        "berpendapat", "menjabarkan", "membenarkan", "memastikan",
    }
)  # fmt: skip

#: Passive forms: the agent (if any) follows, optionally after ``oleh``.
PASSIVE_FORMS: frozenset[str] = frozenset(
    {
        "dikatakan", "dinyatakan", "dijelaskan", "ditegaskan", "diungkapkan",
        "disampaikan", "dituturkan", "disebutkan", "dipaparkan", "diterangkan",
        "ditambahkan", "diumumkan", "dilaporkan", "diucapkan",
    }
)  # fmt: skip

ACCORDING_FORMS: frozenset[str] = frozenset({"menurut"})

#: Pronouns that, as a speaker, point back to the most recent compatible speaker.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"ia", "dia", "beliau"})

CLITIC = "nya"


@dataclass(frozen=True, slots=True)
class Cue:
    """A recognised reporting word: its role and whether ``-nya`` stands for the speaker."""

    role: str  # "inverted" | "subject" | "passive" | "according"
    clitic: bool


def _cue_table() -> dict[str, Cue]:
    """Every cue form, lowercase, to its cue; the first role listed wins, as it always has:
    inverted, subject, passive, according, then the ``-nya`` forms of inverted and
    according roots (a word that is itself a form never reads as root + clitic)."""
    table: dict[str, Cue] = {}
    for forms, role in (
        (INVERTED_ROOTS, "inverted"),
        (SUBJECT_FORMS, "subject"),
        (PASSIVE_FORMS, "passive"),
        (ACCORDING_FORMS, "according"),
    ):
        cue = Cue(role, clitic=False)
        for form in forms:
            table.setdefault(form, cue)
    for forms, role in ((INVERTED_ROOTS, "inverted"), (ACCORDING_FORMS, "according")):
        cue = Cue(role, clitic=True)
        for root in forms:
            table.setdefault(root + CLITIC, cue)
    return table


_CUES = _cue_table()

#: Every lowercase word :func:`match_cue` recognises: a sentence none of whose lowercased
#: words is in here has no cue, which callers test in one set operation.
CUE_FORMS: frozenset[str] = frozenset(_CUES)
#: The same forms as ASCII bytes, for a check that reads a text's letters as bytes.
CUE_FORM_BYTES: frozenset[bytes] = frozenset(form.encode("ascii") for form in CUE_FORMS)


def match_cue(word: str) -> Cue | None:
    """The cue a single word is, or None. Case-insensitive (``Menurut`` opens sentences).

    One dict lookup: the quote rules ask this of every word of every article (issue 10)."""
    return _CUES.get(word.lower())
