"""Datelines: ``Moskow, Suarathailand- Pasukan …`` or ``JAKARTA, KOMPAS.com — …``.

A dateline is metadata of the article (issue 4): the article row gets its place and
publisher, and the prefix belongs to no sentence. Only the opening paragraphs are
searched, because a dateline by definition opens the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.segment import ParagraphSpan

_WORD = r"[A-ZÀ-Ý][\w'’.]*"
_PLACE = rf"{_WORD}(?:[ -]{_WORD}){{0,3}}"
_DASH = r"[-–—]+"
#: A news site's name, hyphens inside it (``TEMPO.CO``, ``TRIBUN-TIMUR.COM``,
#: ``Pikiran-Rakyat.com``); the entity rules read datelines with it too.
SITE = r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z]{2,4}){1,2}"
_DATELINE = re.compile(
    # A news site's own form, the site first: ``TEMPO.CO, Jakarta -``, ``Liputan6.com,
    # Jakarta -`` (tried first: a site's name reads as a place too).
    rf"(?P<publisher3>{SITE}),[ \t]+"
    rf"(?P<place3>{_PLACE})[ \t]*{_DASH}[ \t]*"
    rf"|(?P<place>{_PLACE}),[ \t]+(?P<publisher>{SITE}|{_WORD}(?:[ \t]{_WORD}){{0,2}})"
    rf"[ \t]*{_DASH}[ \t]*"
    rf"|(?P<place2>{_PLACE})[ \t]*\((?P<publisher2>[^()\n]{{2,40}})\)[ \t]*{_DASH}[ \t]*"
)
# The headline or standfirst may come first, so the dateline can open paragraph 0 or 1.
_PARAGRAPHS_SEARCHED = 2


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline prefix ``text[start:end]`` (trailing dash and spaces included)."""

    place: str
    publisher: str
    start: int
    end: int


def find_dateline(text: str, paragraphs: list[ParagraphSpan]) -> Dateline | None:
    """The dateline opening one of the first paragraphs, if any."""
    for paragraph in paragraphs[:_PARAGRAPHS_SEARCHED]:
        match = _DATELINE.match(text, paragraph.start, paragraph.end)
        if match is None or match.end() >= paragraph.end:
            continue
        place = match.group("place") or match.group("place2") or match.group("place3")
        publisher = (
            match.group("publisher") or match.group("publisher2") or match.group("publisher3")
        )
        return Dateline(place.strip(), publisher.strip(), match.start(), match.end())
    return None
