"""The title-case headline read in sentence case (``warta.headline``).

Facts pinned here, each checked by hand on the invented articles below: which words of a
title-case headline keep their capital (the names the article's prose writes with one, and
gazetteer names), that nothing else of the text changes, and which first paragraphs are
left alone (a lead sentence with its full stop, a headline already in sentence case).
"""

from __future__ import annotations

from warta.entities import extract_mentions
from warta.headline import fold_headline, headline_end
from warta.segment import segment

ARTICLE = (
    "Junta Niger Tunda Transisi ke Pemerintahan Sipil, ECOWAS Ancam Sanksi Baru\n"
    "Niamey (ANTARA) - Junta militer Niger menunda transisi ke pemerintahan sipil. "
    "Blok regional ECOWAS mengecam keputusan itu, kata Omar Touray di Abuja.\n"
)


def folded_headline(text: str) -> str:
    """The first line of ``text`` as the extractor reads it."""
    return fold_headline(text, segment(text)).partition("\n")[0]


def first_mention(text: str) -> tuple[str, str]:
    """The surface and label of the article's first mention (its headline's)."""
    first = extract_mentions(text, segment(text))[0]
    return text[first.start : first.end], first.label


def test_a_title_case_headline_keeps_only_its_names() -> None:
    folded = fold_headline(ARTICLE, segment(ARTICLE))
    headline, _, body = folded.partition("\n")
    # Niger is written with its capital in the prose; ECOWAS is in capitals; the rest are
    # words the prose writes in lower case or not at all.
    assert headline == "junta Niger tunda transisi ke pemerintahan sipil, ECOWAS ancam sanksi baru"
    assert body == ARTICLE.partition("\n")[2]
    assert len(folded) == len(ARTICLE)


def test_a_gazetteer_name_keeps_its_capital_without_the_prose() -> None:
    text = "Warga Jepang Rayakan Festival Musim Gugur\nPara warga berkumpul di taman kota.\n"
    assert folded_headline(text) == "warga Jepang rayakan festival musim gugur"


def test_a_short_regional_body_keeps_its_capital_without_the_prose() -> None:
    """``Pemkab`` only ever opens a body's name, and the prose often writes the body out in
    full (``Pemerintah Kabupaten Badung``): lower-cased, it left the regency alone, a GPE
    instead of the body (ORG)."""
    text = (
        "Pemkab Badung Segel 14 Vila Ilegal di Canggu\n\n"
        "Pemerintah Kabupaten Badung menyegel 14 vila tak berizin di Desa Canggu.\n"
    )
    assert folded_headline(text) == "Pemkab Badung segel 14 vila ilegal di Canggu"
    assert first_mention(text) == ("Pemkab Badung", "ORG")


def test_the_headline_ends_with_the_first_paragraph_unless_it_is_a_lead() -> None:
    """Where the headline ends, whatever its case (the article-level passes read it apart):
    after its first paragraph; no headline for a lead sentence or a text of one paragraph."""
    plain = "Korea Utara kirim tentara ke Kursk\n\nPasukan itu membersihkan ranjau.\n"
    assert headline_end(plain, segment(plain)) == plain.index("\n")
    lead = "Korea Utara mengirim tentara ke Kursk.\n\nPasukan itu membersihkan ranjau.\n"
    assert headline_end(lead, segment(lead)) == 0
    alone = "Korea Utara kirim tentara ke Kursk\n"
    assert headline_end(alone, segment(alone)) == 0


def test_a_lead_sentence_or_a_sentence_case_headline_is_left_alone() -> None:
    lead = "Korea Utara mengirim Tentara ke Kursk.\nPasukan itu membersihkan ranjau.\n"
    assert fold_headline(lead, segment(lead)) == lead
    plain = "Korea Utara kirim tentara ke Kursk\nPasukan itu membersihkan ranjau.\n"
    assert fold_headline(plain, segment(plain)) == plain
    alone = "Korea Utara Kirim Tentara ke Kursk\n"  # no article after it: nothing to read
    assert fold_headline(alone, segment(alone)) == alone


def test_headline_words_are_no_persons_and_names_keep_their_original_case() -> None:
    """Before, the model read ``Tunda Transisi`` and ``Ancam Sanksi Baru`` as persons."""
    mentions = extract_mentions(ARTICLE, segment(ARTICLE))
    found = [(ARTICLE[m.start : m.end], m.label) for m in mentions if m.end < ARTICLE.index("\n")]
    assert found == [("Niger", "GPE"), ("ECOWAS", "ORG")]
    assert all(m.canonical == " ".join(ARTICLE[m.start : m.end].split()) for m in mentions)


def test_a_headline_with_a_name_s_lower_case_words_is_still_title_case() -> None:
    """``of`` inside ``Bank of Japan`` made the headline look like sentence case, so it was
    read as capitalized prose: the model glued the verb on (``Bank of Japan Naikkan Suku
    Bunga``) and read ``Level Tertinggi`` as a person."""
    text = (
        "Bank of Japan Naikkan Suku Bunga ke Level Tertinggi\n"
        "Tokyo - Bank of Japan menaikkan suku bunga acuannya pada Jumat.\n"
    )
    assert folded_headline(text) == "Bank of Japan naikkan suku bunga ke level tertinggi"


def test_prepositions_and_conjunctions_stay_small_in_a_title_case_headline() -> None:
    """``sebagai`` left the headline looking like sentence case, so it was not folded and
    the model read ``Kemenag NTB`` as a person."""
    text = (
        "Kemenag NTB Tetapkan Desa Bentek sebagai Kampung Moderasi\n"
        "Mataram (ANTARA) - Kemenag NTB menetapkan Desa Bentek sebagai kampung moderasi.\n"
    )
    assert folded_headline(text) == "Kemenag NTB tetapkan Desa Bentek sebagai kampung moderasi"
    assert first_mention(text) == ("Kemenag NTB", "ORG")
