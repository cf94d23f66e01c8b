"""The article's dateline (``warta.dateline``): place, publisher and the prefix's span.

Facts pinned here are read off the invented openings below: the three forms Indonesian
outlets use (place then publisher, the agency in parentheses, the site first) give the
same place and publisher, and the prefix ends where the story's first word begins.
"""

from __future__ import annotations

import pytest

from warta.dateline import find_dateline
from warta.segment import split_paragraphs


@pytest.mark.parametrize(
    ("text", "place", "publisher", "first_word"),
    [
        ("Judul berita\nMoskow, Suarathailand- Pasukan Korea Utara bergerak.\n",
         "Moskow", "Suarathailand", "Pasukan"),
        ("Judul berita\nKota Meksiko (ANTARA/Xinhua) - Pasukan keamanan bergerak.\n",
         "Kota Meksiko", "ANTARA/Xinhua", "Pasukan"),
        ("Judul berita\nTEMPO.CO, Canberra - Pemerintah Australia meminta penjelasan.\n",
         "Canberra", "TEMPO.CO", "Pemerintah"),
        ("Judul berita\nLiputan6.com, Jakarta - Harga minyak naik.\n",
         "Jakarta", "Liputan6.com", "Harga"),
        # hyphens inside a site's name, either form
        ("Judul berita\nTRIBUN-TIMUR.COM, PAREPARE - PSM menang.\n",
         "PAREPARE", "TRIBUN-TIMUR.COM", "PSM"),
        ("Judul berita\nSUBANG, Pikiran-Rakyat.com - Pabrik itu dibuka.\n",
         "SUBANG", "Pikiran-Rakyat.com", "Pabrik"),
    ],
)  # fmt: skip
def test_dateline_forms(text: str, place: str, publisher: str, first_word: str) -> None:
    dateline = find_dateline(text, split_paragraphs(text))
    assert dateline is not None
    assert (dateline.place, dateline.publisher) == (place, publisher)
    assert text[dateline.end :].startswith(first_word)


def test_a_sentence_with_a_web_address_is_no_dateline() -> None:
    """A site's name opens no dateline without a place and a dash after its comma."""
    text = "Judul berita\nKompas.com, media daring, melaporkan hal itu.\n"
    assert find_dateline(text, split_paragraphs(text)) is None
