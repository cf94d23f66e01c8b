"""Named entities (issue 5): seed gold, one case table per hard rule, offset invariants.

The model is loaded once per session (``warta.ner_model.load_model`` is cached), so the
whole file stays fast. Nothing here reads shared/ data: the seed gold is in tests/gold/,
the invariants also run on a sample of the vendored training texts in training/ner/.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest

from warta.entities import (
    LABELS,
    METHODS,
    MentionSpan,
    absorb_country,
    agree_labels,
    agree_on_companies,
    agree_on_products,
    apply_acronym_definitions,
    apply_regional_short_forms,
    assign_canonical,
    complete_person_names,
    extract_mentions,
    extract_mentions_batch,
    finish_known_names,
    join_bodies_and_places,
    join_company_names,
    join_company_suffix_runs,
    join_portfolios,
    model_candidates,
    propagate_names,
    relabel_company_short_names,
    relabel_short_names,
    resolve_overlaps,
    split_affiliations,
    widen_to_rule_names,
)
from warta.entity_rules import (
    MODEL,
    STRONG,
    WEAK,
    Candidate,
    age_apposition_candidates,
    article_rule_candidates,
    call_sign_candidates,
    dateline_candidates,
    find_rule_candidates,
    initials_candidates,
    landmark_candidates,
    medium_candidates,
    military_unit_candidates,
    opener_name_candidates,
    role_after_name_candidates,
    speaking_subject_candidates,
    speech_verb_candidates,
    state_body_candidates,
    title_name_candidates,
)
from warta.evaluation.metrics import FileReport, Score
from warta.evaluation.ner import combine, evaluate, score_document
from warta.gazetteer import find_names, is_country, label_of, match_at, parse_gazetteer
from warta.ner_model import is_common_word, is_org_place_word
from warta.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "tests" / "gold" / "kursk-sappers.ner.jsonl"


# Readings a model retrained with more invented articles (training/ner/README.md, "Invented
# training articles", "A third batch ..." and "A fourth batch of invented articles") gets
# wrong where the model before it, with a rule written for its reading, got them right:
# the rule does not cover the new model's reading. Kept as strict expected failures, each
# naming the new reading, so that a fix shows (and must drop it).
def regressed(reading: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"invented-articles model: {reading}")


TRAINING_SAMPLE = sorted((ROOT / "training" / "ner").glob("*.jsonl"))


def mentions_of(text: str) -> list[tuple[str, str]]:
    """(surface, label) of every mention the full extractor finds in ``text``."""
    return [(text[m.start : m.end], m.label) for m in extract_mentions(text, segment(text))]


def surfaces(candidates: list[Candidate], text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.label) for c in candidates]


# --- seed gold -------------------------------------------------------------------------


def test_seed_gold_f1() -> None:
    """Typed F1 >= 0.95 on PER, ORG and GPE/LOC (GPE, NORP folded into LOC) vs the seed gold.

    The gold (tests/gold/kursk-sappers.ner.jsonl, hand-checked against the normalized seed
    text) pins: Rusia inside ``Presiden Rusia`` is GPE and ``Vladimir Putin`` PER;
    ``Kementerian Pertahanan Rusia`` is one ORG (twice); the dateline gives ``Moskow`` GPE
    and ``Suarathailand`` ORG without its dash; call signs ``Veles`` and ``Lesnik`` are PER
    without quotes or period; ``Kremlin``, ``Krasnaya Zvezda``, ``NATO``, ``Reuters`` ORG;
    ``Korea Utara`` and ``Korea Selatan`` are whole GPEs, ``teman-teman Korea kami`` NORP;
    ``Kim Jong Un`` PER apart from ``Korea Utara``; ``Dmitry Peskov`` PER; ``Barat`` (the
    West) LOC; ``Kursk``, ``Bolshesoldatsky``, ``Ukraina``, ``Moskow`` GPE. Country names
    used as modifiers (``komandan Rusia``) are GPE. Dates and numbers are not in this gold.
    """
    report = evaluate(SEED_GOLD)
    figures = {label: round(report.scores[label].f1, 4) for label in ("PER", "ORG", "LOC")}
    print(f"seed typed F1: {figures}, micro {report.scores['micro'].f1:.4f}")
    assert all(f1 >= 0.95 for f1 in figures.values()), report.render()


def test_seed_gold_spans_slice_the_text() -> None:
    """The gold file itself: every span slices to trimmed text inside one unit (line)."""
    record = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = record["text"]
    assert text == text.rstrip()
    for start, end, label in record["entities"]:
        assert label in LABELS
        assert text[start:end] == text[start:end].strip() != ""
        assert any(s <= start and end <= e for s, e in record["units"]), text[start:end]


# --- hard rules --------------------------------------------------------------------------

TITLE_CASES = [
    # Title + country + name: the model glues them; the seed's "Presiden Rusia Vladimir Putin".
    ("Presiden Rusia Vladimir Putin mengatakan", [("Rusia", "GPE"), ("Vladimir Putin", "PER")]),
    # Lower-case title and a two-word country: "Korea Utara Kim Jong Un" must be two mentions.
    (
        "yang dikatakan oleh pemimpin Korea Utara Kim Jong Un akan",
        [("Korea Utara", "GPE"), ("Kim Jong Un", "PER")],
    ),
    # Affiliation set off by a comma, an organization rather than a place.
    (
        "Juru bicara Kremlin, Dmitry Peskov, mengatakan",
        [("Kremlin", "ORG"), ("Dmitry Peskov", "PER")],
    ),
    # Capitalized portfolio words (common words) between title and affiliation are skipped.
    (
        "Menteri Luar Negeri Rusia Sergei Lavrov tiba",
        [("Rusia", "GPE"), ("Sergei Lavrov", "PER")],
    ),
    # Unseen news: another country and title, same pattern.
    (
        "Perdana Menteri Jepang Shigeru Ishiba berkata",
        [("Jepang", "GPE"), ("Shigeru Ishiba", "PER")],
    ),
    # An institution's acronym between title and name, not in the gazetteer: the model
    # glues "BUMN Erick Thohir" into one ORG (checked by hand before this rule).
    ("Menteri BUMN Erick Thohir meninjau", [("BUMN", "ORG"), ("Erick Thohir", "PER")]),
    (
        "Kepala BNPT Eddy Hartono mengatakan",
        [("BNPT", "ORG"), ("Eddy Hartono", "PER")],
    ),
    # Lower-case particles inside foreign names, each followed by a name word; before this
    # rule the name stopped at the particle ("Mohammed", "Luiz Inacio Lula").
    (
        "Putra Mahkota Arab Saudi Mohammed bin Salman bertemu",
        [("Arab Saudi", "GPE"), ("Mohammed bin Salman", "PER")],
    ),
    (
        "Presiden Brasil Luiz Inacio Lula da Silva menghadiri",
        [("Brasil", "GPE"), ("Luiz Inacio Lula da Silva", "PER")],
    ),
    (
        "Presiden Komisi Eropa Ursula von der Leyen mengatakan",
        [("Komisi Eropa", "ORG"), ("Ursula von der Leyen", "PER")],
    ),
    # A name word under a joined Arabic article continues the name (it was "Bashar").
    (
        "Presiden Suriah Bashar al-Assad melarikan diri",
        [("Suriah", "GPE"), ("Bashar al-Assad", "PER")],
    ),
    # A particle not followed by a name word is no part of the name.
    (
        "Presiden Rusia Vladimir Putin de facto menguasai",
        [("Rusia", "GPE"), ("Vladimir Putin", "PER")],
    ),
    # A second title after the affiliation belongs to the title, not to the name (it was
    # "Pangeran Abdulaziz" before this rule).
    (
        "Menteri Energi Arab Saudi Pangeran Abdulaziz bin Salman mengatakan",
        [("Arab Saudi", "GPE"), ("Abdulaziz bin Salman", "PER")],
    ),
    (
        "Pemimpin Hizbullah Sheikh Naim Qassem mengatakan",
        [("Hizbullah", "ORG"), ("Naim Qassem", "PER")],
    ),
    # A lower-case word qualifying the office before the affiliation: the model read
    # "AS Donald Trump" as one ORG here (checked by hand before this rule).
    ("Presiden terpilih AS Donald Trump berjanji", [("AS", "GPE"), ("Donald Trump", "PER")]),
    (
        "Perdana Menteri sementara Bangladesh Muhammad Yunus tiba",
        [("Bangladesh", "GPE"), ("Muhammad Yunus", "PER")],
    ),
    # A police rank after the affiliation and its comma is a title, not part of the name
    # (it was "Irjen Pudji Hartono" before the ranks were listed).
    (
        "Mantan Kapolda Sulawesi Selatan, Irjen Pudji Hartono telah dilantik",
        [("Sulawesi Selatan", "GPE"), ("Pudji Hartono", "PER")],
    ),
    # Lower-case portfolio words (up to three) before the affiliation: the model read
    # "Uni Eropa Kaja Kallas" as one ORG here (checked by hand before this rule).
    (
        "Kepala kebijakan luar negeri Uni Eropa Kaja Kallas mengatakan",
        [("Uni Eropa", "ORG"), ("Kaja Kallas", "PER")],
    ),
    (
        "Pemimpin tertinggi Iran Ayatollah Ali Khamenei memperingatkan",
        [("Iran", "GPE"), ("Ali Khamenei", "PER")],
    ),
    # Offices of Indonesian news listed with this test: a rector, a commissioner, a
    # minister's short form. Before, "UGM Ova Emilia" was left to the model, which glued
    # such pairs into one ORG on PFSA-ID articles (person_name_recall, dataset/eval.json).
    ("Rektor UGM Ova Emilia meresmikan", [("UGM", "ORG"), ("Ova Emilia", "PER")]),
    ("Mensos Tri Rismaharini meninjau lokasi", [("Tri Rismaharini", "PER")]),
    # A rank after the place still reads as a title, common words and all.
    (
        "Kepala Polda Jawa Timur Komisaris Besar Gatot Repli Handoko mengatakan",
        [("Gatot Repli Handoko", "PER")],
    ),
    # A party the gazetteer lists is an affiliation like a country (the party names were
    # added with this case: the model and the state-body rule cannot close the ORG).
    (
        "Ketua Umum Partai Golkar Aburizal Bakrie terlihat akrab",
        [("Partai Golkar", "ORG"), ("Aburizal Bakrie", "PER")],
    ),
    # A nominalization is a portfolio word (the model read "Riyanto" alone) ...
    (
        "Direktur Jenderal Perhubungan Udara Kemenhub Novie Riyanto mengatakan",
        [("Kemenhub", "ORG"), ("Novie Riyanto", "PER")],
    ),
    # A regional secretary is an office like any other (PFSA-ID: the model typed
    # "Kadarmanta Baskara Aji" ORG after it).
    (
        "Sementara itu, Sekretaris Daerah DIY Kadarmanta Baskara Aji mengatakan",
        [("DIY", "GPE"), ("Kadarmanta Baskara Aji", "PER")],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # ... but not inside an institution's name, where the place after it belongs to
        # the institution (``Dinas Perhubungan DKI Jakarta`` is one ORG), nor as the head
        # of one (``Kejaksaan``, ``Asosiasi``).
        "kata Kepala Dinas Perhubungan DKI Jakarta Syafrin Liputo",
        "kata Kepala Kejaksaan Negeri Jakarta Selatan Anang Supriatna",
        "kata Ketua Asosiasi Petani Tembakau Indonesia Agus Parmuji",
    ],
)
def test_the_title_phrase_leaves_institutions_whole(text: str) -> None:
    assert title_name_candidates(text, 0, len(text), is_common_word) == []


def test_a_known_club_is_a_title_s_affiliation() -> None:
    text = "optimisme Presiden Paris Saint-Germain, Nasser Al-Khelaifi."
    found = surfaces(title_name_candidates(text, 0, len(text), is_common_word), text)
    assert found == [("Paris Saint-Germain", "ORG"), ("Nasser Al-Khelaifi", "PER")]


def test_a_known_institution_is_a_title_s_affiliation() -> None:
    """The gazetteer knows ``Asosiasi Pengusaha Indonesia``: the affiliation, then its head."""
    text = "kata Ketua Asosiasi Pengusaha Indonesia Hariyadi Sukamdani"
    found = surfaces(title_name_candidates(text, 0, len(text), is_common_word), text)
    assert found == [("Asosiasi Pengusaha Indonesia", "ORG"), ("Hariyadi Sukamdani", "PER")]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_title_affiliation_name(text: str, expected: list[tuple[str, str]]) -> None:
    found = surfaces(title_name_candidates(text, 0, len(text), is_common_word), text)
    assert found == expected
    assert set(expected) <= set(mentions_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # A one-word name after a bare title is too often part of the title ("Jaksa Agung").
        "Prasetyo diangkat sebagai Jaksa Agung untuk mengganti Basrief",
        # An acronym after a title is an office, not a person ("Gubernur DKI").
        "menjadi Gubernur DKI selama dua periode",
        # An organization head after a title starts a body, not a name ("Komisi II").
        "Sementara itu, Wakil Ketua Komisi II DPR mengatakan",
        # Two capitals after a title are a person's initials as often as an institution's
        # (the model has the whole name "AH Nasution"): no split.
        "Berbeda dengan Kolonel AH Nasution, yang tinggal di sana",
        # One word after an acronym is as often an organization as a person: the rule
        # leaves it to the model (the model reads "Organda" as an ORG here).
        "Soetono yang juga Ketum DPP Organda.",
        # After an acronym the name must follow at once: here an organization's name does.
        "Ketua DPP Partai Kebangkitan Bangsa (PKB), Marwan Ja'far menegaskan",
        "Kepala BPBD Kota Semarang mengatakan",
        # Lower-case words after a title count only before an affiliation: here a verb
        # and its object follow, and the name after them is no one the title names.
        "Presiden mengatakan kepada wartawan bahwa Joko Widodo hadir",
        # A preposition links the title to something else: no person ("Bersatu" before).
        "sejumlah menteri di Kabinet Indonesia Bersatu Dua diduga terlibat",
        # One word after a place, then a comma and a name: a club named after its city,
        # then its president ("Saint-Germain" was a certain person before; the gazetteer
        # now knows that club, see below).
        "optimisme Presiden Roma Capitale, Luca Marini.",
        # An initial alone is no name ("H" of "H.E.", the honorific, was a person before).
        "Wakil Presiden Swiss H.E. Doris Leuthard hari ini menyambangi",
        # After a portfolio, one word that a list of portfolios goes on from is no name.
        "dibuka secara resmi oleh Menteri Negara Riset dan Teknologi.",
    ],
)
def test_title_rule_leaves_offices_alone(text: str) -> None:
    assert title_name_candidates(text, 0, len(text), is_common_word) == []


def test_a_single_name_after_an_office_with_its_portfolio_is_its_holder() -> None:
    """``Menteri Ketenagakerjaan Yassierli``, ``Menko Perekonomian Boediono`` (idner2k's
    dev file): Indonesians with one name, which the model missed; only a fallback (WEAK),
    as a company's or a body's one-word name may stand there too (``Direktur Utama
    Bulog``: the model's ORG stays)."""
    for text, name in (
        ("Menteri Ketenagakerjaan Yassierli menemui buruh.", "Yassierli"),
        ("Ia ditemui Menko Perekonomian Boediono di Kalibata.", "Boediono"),
    ):
        assert surfaces(title_name_candidates(text, 0, len(text), is_common_word), text) == [
            (name, "PER")
        ]
    assert ("Yassierli", "PER") in mentions_of("Menteri Ketenagakerjaan Yassierli menemui buruh.")
    assert mentions_of("Direktur Utama Bulog menyatakan stok aman.") == [("Bulog", "ORG")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The attribution after a closing quotation mark.
        ("Semua sudah siap,” kata Kadarmanta.", "Kadarmanta"),
        # An attribution set inside the reported sentence.
        ("Namun, ujar Sambodo, aturan itu tetap berlaku.", "Sambodo"),
    ],
)
def test_the_name_a_speech_verb_attributes_to_is_a_person(text: str, name: str) -> None:
    """``kata Kadarmanta``: the name after a speech verb is a certain person, over the
    model's label. The small model typed such lone names ORG or LOC by their context (on
    PFSA-ID articles: ``kata Trubus``, ``ucap Sambodo``, ``papar Nikolaus``); over the NER
    train and dev files 262 of the 278 names this rule reads are gold persons; most of the
    rest are offices the title list lacks (``Sekretaris``). Here the model's ORG is given
    by hand: the rule must win over it in the merge."""
    start = text.index(name)
    model = Candidate(start, start + len(name), "ORG", "model", MODEL)
    rules = find_rule_candidates(text, 0, len(text), is_common_word, is_org_place_word)
    assert surfaces(resolve_overlaps([*rules, model]), text) == [(name, "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Name words right before an active reporting verb, after a long organization the
        # model leaves unread (as on PFSA-ID articles: nothing was found there before).
        (
            "Kepala Dinas Perhubungan Kabupaten Bekasi Yana Suyatna mengatakan, jalan ditutup.",
            [("Yana Suyatna", "PER")],
        ),
        # A dated aside between subject and verb.
        (
            "Ketua Tim Pemulihan Ekonomi Anggiat Situmorang, Kamis (26/11/2020), mengatakan",
            [("Anggiat Situmorang", "PER")],
        ),
        # One word may be an organization; common and place words are not a name.
        ("Tokopedia mengatakan, layanan itu pulih.", []),
        ("Kementerian Kesehatan mengatakan, vaksin tiba.", []),
        ("Pemerintah Jakarta menyatakan, sekolah dibuka.", []),
    ],
)
def test_the_subject_of_a_reporting_verb_is_a_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = speaking_subject_candidates(text, 0, len(text), is_common_word, is_org_place_word)
    assert surfaces(found, text) == expected


OFFICE_HOLDER_CASES = [
    # (sentence, the model's span, organization, person): the organization ends in a place
    # of the gazetteer, in a portfolio word the training names use for organizations
    # (``Perhubungan``), in an acronym, or in common words; a rank goes to neither part.
    (
        "Kepala Dinas Perhubungan Kota Bekasi Yayan Sudrajat menjelaskan",
        "Kota Bekasi Yayan Sudrajat",
        "Kota Bekasi",
        "Yayan Sudrajat",
    ),
    (
        "Direktur Jenderal Perhubungan Darat Kementerian Perhubungan Budi Setiyadi menambahkan",
        "Kementerian Perhubungan Budi Setiyadi",
        "Kementerian Perhubungan",
        "Budi Setiyadi",
    ),
    (
        "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Ade Suryana mengatakan",
        "Polda Metro Jaya Komisaris Besar Ade Suryana",
        "Polda Metro Jaya",
        "Ade Suryana",
    ),
    # An office the title rule does not read (it precedes organizations' names too often)
    # still opens an organization and its holder here.
    (
        "Sekretaris Kementerian Koperasi dan UKM Arif Rahman mengatakan",
        "Kementerian Koperasi dan UKM Arif Rahman",
        "Kementerian Koperasi dan UKM",
        "Arif Rahman",
    ),
    (
        "Kepala Badan Perencanaan Pembangunan Nasional Gita Wirjawan mengatakan",
        "Badan Perencanaan Pembangunan Nasional Gita Wirjawan",
        "Badan Perencanaan Pembangunan Nasional",
        "Gita Wirjawan",
    ),
]


@pytest.mark.parametrize(("text", "span", "organization", "person"), OFFICE_HOLDER_CASES)
def test_an_office_holder_glued_to_the_organization_is_split(
    text: str, span: str, organization: str, person: str
) -> None:
    """The model read organization and holder as one span (``Kementerian Perhubungan Budi
    Setiyadi`` as ORG, ``Kabupaten Donggala Muzakir Ladoali`` as LOC: 89 of the 256
    person names it missed on whole PFSA-ID articles). The model's span is given by hand."""
    start = text.index(span)
    found = model_candidates(text, start, start + len(span), "ORG", 0)
    assert surfaces(found, text) == [(organization, "ORG"), (person, "PER")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # The word after a unit noun or a lone head noun is its name, whatever the title.
        ("Kepala Dinas Perizinan Kota Depok mengatakan", "Dinas Perizinan"),
        ("Kepala Taman Margasatwa Ragunan mengatakan", "Taman Margasatwa"),
        # No title before the span: nothing says a person holds an office there.
        ("warga Kabupaten Tangerang Ahmad Yani mengeluh", "Kabupaten Tangerang Ahmad Yani"),
        # A title inside the name of a street or a peak is part of that name.
        ("kemacetan di Jalan Gubernur Suryo pagi ini", "Jalan Gubernur Suryo"),
        ("bernama Puncak Datuk Panglima Husin", "Puncak Datuk Panglima Husin"),
    ],
)
def test_names_of_places_and_units_are_not_split(text: str, span: str) -> None:
    start = text.index(span)
    found = model_candidates(text, start, start + len(span), "ORG", 0)
    assert surfaces(found, text) == [(span, "ORG")]


def test_a_name_the_rules_cannot_close_yields_to_the_model() -> None:
    """``Walikota Denpasar Ida Bagus Rai Mantra``: the title rule's name stops at the common
    word ``Bagus``; a capitalized word follows, so the rule cannot tell where the name ends
    and the model's longer person (given by hand here, as it read it) wins. The rule's
    cut name was certain before. A given name that is also a common word (``Putra``) no
    longer stops the rule: ``Eddy Santana Putra`` is read whole."""
    text = "Walikota Denpasar Ida Bagus Rai Mantra hadir di sana."
    start = text.index("Ida")
    model = Candidate(start, text.index(" hadir"), "PER", "model", MODEL)
    rules = find_rule_candidates(text, 0, len(text), is_common_word, is_org_place_word)
    assert sorted(surfaces(resolve_overlaps([*rules, model]), text)) == [
        ("Denpasar", "GPE"),
        ("Ida Bagus Rai Mantra", "PER"),
    ]
    text = "Walikota Palembang Eddy Santana Putra hadir di sana."
    rules = find_rule_candidates(text, 0, len(text), is_common_word, is_org_place_word)
    assert ("Eddy Santana Putra", "PER") in surfaces(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # An office after the verb opens a title, not a name ("Sekretaris" and "Head" were
        # certain persons before the offices were read here).
        "“Itu benar,” kata Sekretaris Fraksi PAN di gedung DPR.",
        "“Dampaknya besar,” kata Head of Marketing perusahaan itu.",
        # A root after a word, not after punctuation, is the noun (``kata``: word).
        "Nama desa itu berasal dari kata Sambi dan Leren.",
        "Ia membaca kabar dari pesan Whatsapp kemarin.",
    ],
)
def test_the_speech_verb_rule_leaves_offices_and_nouns_alone(text: str) -> None:
    assert speech_verb_candidates(text, 0, len(text), is_common_word) == []


def test_medium_rule_stops_at_a_linking_word() -> None:
    """``majalah di mana Momo mengajar``: the magazine's name is not after ``di mana`` (the
    rule made the person "Momo" a certain ORG before)."""
    text = "kolom majalah di mana Momo mengajar orang"
    assert medium_candidates(text, 0, len(text), is_common_word) == []


def test_batak_particle_stays_in_the_name() -> None:
    text = "kata Kepala Dinas Kesehatan Sumatera Utara Rusti br Sembiring kepada wartawan"
    found = surfaces(title_name_candidates(text, 0, len(text), is_common_word), text)
    assert ("Rusti br Sembiring", "PER") in found


CALL_SIGN_CASES = [
    # Seed: call sign after "tanda panggilan", closing period inside the quotes.
    ('kata seorang komandan Rusia dengan tanda panggilan "Veles."', "Veles"),
    # Seed: role apposition, call sign between commas.
    ('Komandan kedua, "Lesnik", mengatakan: "Mereka setara."', "Lesnik"),
    # Curly quotes and another cue phrase.
    ("seorang prajurit dengan nama panggilan “Grom” mengatakan", "Grom"),
]


@pytest.mark.parametrize(("text", "name"), CALL_SIGN_CASES)
def test_call_sign_is_a_person_without_marks(text: str, name: str) -> None:
    found = surfaces(call_sign_candidates(text, 0, len(text)), text)
    assert found == [(name, "PER")]
    assert (name, "PER") in mentions_of(text)


def test_quoted_speech_is_not_a_call_sign() -> None:
    # A quotation after a speech verb is speech, even when it starts with a capital.
    text = 'kata Kim akan "Terus maju tanpa henti."'
    assert call_sign_candidates(text, 0, len(text)) == []


DATELINE_CASES = [
    # Seed: publisher glued to the dash.
    ("Moskow, Suarathailand- Pasukan Korea Utara", [("Moskow", "GPE"), ("Suarathailand", "ORG")]),
    # Spaced dash and a wire agency.
    ("Kyiv, Reuters - Ukraina menyatakan", [("Kyiv", "GPE"), ("Reuters", "ORG")]),
    # Upper-case Indonesian dateline with an em dash.
    ("JAKARTA, KOMPAS — Pemerintah menaikkan", [("JAKARTA", "GPE"), ("KOMPAS", "ORG")]),
    # The wire agencies' form, the agency in parentheses (Antara's house style, Reuters, AP).
    ("Jakarta (ANTARA) - Pemerintah menaikkan", [("Jakarta", "GPE"), ("ANTARA", "ORG")]),
    ("YERUSALEM (Reuters) - Pasukan bergerak", [("YERUSALEM", "GPE"), ("Reuters", "ORG")]),
    ("Kuala Lumpur (ANTARA News) — Polisi", [("Kuala Lumpur", "GPE"), ("ANTARA News", "ORG")]),
    # Two agencies, and a news site's own form with the site first.
    (
        "Kota Meksiko (ANTARA/Xinhua) - Pasukan",
        [("Kota Meksiko", "GPE"), ("ANTARA", "ORG"), ("Xinhua", "ORG")],
    ),
    ("TEMPO.CO, Canberra - Pemerintah", [("Canberra", "GPE"), ("TEMPO.CO", "ORG")]),
    ("Liputan6.com, Jakarta - Harga", [("Jakarta", "GPE"), ("Liputan6.com", "ORG")]),
    # Hyphens inside a site's name (the Tribun network's form, the place in capitals).
    ("POS-KUPANG.COM, KUPANG - Pengadilan", [("KUPANG", "GPE"), ("POS-KUPANG.COM", "ORG")]),
    ("SUBANG, Pikiran-Rakyat.com - Pabrik", [("SUBANG", "GPE"), ("Pikiran-Rakyat.com", "ORG")]),
]


def test_a_parenthesis_and_dash_inside_a_sentence_is_no_dateline() -> None:
    """Only a sentence's opening words can be its dateline: an acronym defined in
    parentheses later in the sentence, even before a dash, is not an agency."""
    text = "Menurut Badan Pusat Statistik (BPS) - lembaga resmi - inflasi naik."
    assert dateline_candidates(text, 0, len(text)) == []


@pytest.mark.parametrize(("text", "expected"), DATELINE_CASES)
def test_dateline(text: str, expected: list[tuple[str, str]]) -> None:
    assert surfaces(dateline_candidates(text, 0, len(text)), text) == expected


ORG_AND_PLACE_CASES = [
    # A ministry and its country are one ORG, not ORG + GPE (seed, twice).
    (
        "Video yang dipublikasikan Kementerian Pertahanan Rusia menunjukkan",
        "Kementerian Pertahanan Rusia",
        "ORG",
    ),
    # Same rule on unseen news: portfolio of two words.
    (
        "kata Kementerian Luar Negeri Jepang dalam pernyataan",
        "Kementerian Luar Negeri Jepang",
        "ORG",
    ),
    # A newspaper named after "Surat kabar" + lower-case words + country (seed).
    ("Surat kabar militer Rusia Krasnaya Zvezda mengatakan", "Krasnaya Zvezda", "ORG"),
    # A medium that is itself a known name: the name, without the lower-case noun.
    ("Merz tiba di Bali, menurut harian Kompas.", "Kompas", "ORG"),
    # The Kremlin is an organization (the Russian presidency), from the gazetteer.
    ("Juru bicara Kremlin menolak berkomentar", "Kremlin", "ORG"),
    # NATO is an organization from the gazetteer even where the model is unsure.
    ("diproduksi oleh negara-negara NATO.", "NATO", "ORG"),
    # "Korea Utara" is one GPE, never "Korea" + something.
    ("Pasukan Korea Utara yang membantu", "Korea Utara", "GPE"),
    # A country after a people noun is a nationality.
    ("tetapi teman-teman Korea kami sungguh-sungguh membantu", "Korea", "NORP"),
    ("Sebanyak 40 warga Korea Selatan dievakuasi dari kota itu.", "Korea Selatan", "NORP"),
    # Refugees, tourists, migrant workers, descent: people of a country too.
    ("Badan itu mengurus pengungsi Palestina di Yordania.", "Palestina", "NORP"),
    ("Kunjungan turis Tiongkok turun tajam tahun ini.", "Tiongkok", "NORP"),
    ("Ia lahir di Denmark dan keturunan Maroko.", "Maroko", "NORP"),
    # A quotation opening the sentence: its first word's capital is no name's.
    ('"Warga Palestina hanya ingin hidup," katanya.', "Palestina", "NORP"),
    ("Sebanyak 200 warga negara Indonesia dievakuasi.", "Indonesia", "NORP"),
    # A state's embassy is one body, with no portfolio between (``Kedutaan Besar``).
    (
        "Protes disampaikan melalui Kedutaan Besar Australia di Beijing.",
        "Kedutaan Besar Australia",
        "ORG",
    ),
    # A regional service with its regency's word before the name.
    (
        "KPK menahan Kepala Dinas PUPR Kabupaten Musi Banyuasin pada Senin.",
        "Dinas PUPR Kabupaten Musi Banyuasin",
        "ORG",
    ),
    # An executive head of a body in its region, then the name.
    (
        "Kepala Pelaksana BPBD Jawa Tengah Bergas Catursasi Penanggungan mengatakan itu.",
        "Bergas Catursasi Penanggungan",
        "PER",
    ),
    # A head of government's office is named by its state alone.
    (
        "Kantor Perdana Menteri Israel menolak memberikan rincian.",
        "Kantor Perdana Menteri Israel",
        "ORG",
    ),
    # An embassy or consulate abroad, by its acronym and its city.
    ("Hal itu dikatakan KBRI Tokyo hari ini.", "KBRI Tokyo", "ORG"),
    # A Japanese prefecture and an Indonesian kampung are divisions, GPE.
    ("Longsor terjadi di Gamagori, Prefektur Aichi.", "Prefektur Aichi", "GPE"),
    ("Salah seorang warga Kampung Bojongasih mengungsi.", "Kampung Bojongasih", "GPE"),
    # The countries listed after a people noun are nationalities too.
    ("Desa itu didominasi wisatawan Australia, Prancis, dan Belanda.", "Belanda", "NORP"),
    ("Seorang diplomat Jerman mengatakan itu.", "Jerman", "NORP"),
    # an adjective may stand between; the name after the nationality is the person
    ("Ia disalip pembalap muda Italia Andrea Kimi Antonelli.", "Italia", "NORP"),
    ("Ia disalip pembalap muda Italia Andrea Kimi Antonelli.", "Andrea Kimi Antonelli", "PER"),
    ("Gol dicetak gelandang Jepang Kenta Hayashi.", "Kenta Hayashi", "PER"),
    ("Sekitar 40 insinyur Vietnam didatangkan ke pabrik itu.", "Vietnam", "NORP"),
    # a village head's own title before the village (sample 69, blind, read: LOC)
    ("Wali Nagari Koto Baru, Syafrizal, mengatakan warga tenang.", "Koto Baru", "GPE"),
    # more nouns for people (samples 65, 66 and 68, blind, read: the model's GPE)
    ("Jalur itu ramai didaki pendaki Malaysia dan Singapura.", "Singapura", "NORP"),
    ("Warga melaporkan serangan pemukim Israel ke desa itu.", "Israel", "NORP"),
    ("Di posisi kedua, pelompat Yunani Emmanouil Karalis.", "Yunani", "NORP"),
    ("Pebalap Spanyol Javier Romo finis kedua.", "Spanyol", "NORP"),
    # a national team's or a club's country is the body's (sample 68, blind, read: NORP)
    ("Pemain itu masuk radar pelatih timnas Jepang.", "Jepang", "GPE"),
    # but born in a country is the place (the invented articles: 34 of 36 GPE)
    ("Robson adalah ilmuwan kelahiran Inggris yang bekerja di Melbourne.", "Inggris", "GPE"),
    # A Balinese particle opens the name; one led by someone is a person.
    ("Pengelola desa wisata itu, I Wayan Budiarta, mengatakan hal itu.", "I Wayan Budiarta", "PER"),
    ("Delegasi Hamas yang dipimpin Khalil al-Hayya tiba.", "Khalil al-Hayya", "PER"),
    # A seat of government is its government, unless someone is in it.
    ("Sekretaris Pers Gedung Putih Karoline Leavitt mengatakan itu.", "Gedung Putih", "ORG"),
    ("Trump menerima tamunya di Gedung Putih pada Senin.", "Gedung Putih", "LOC"),
    # A national body's regional office and its place are one organization.
    ("Truk DLH Surabaya mulai mengangkut sampah.", "DLH Surabaya", "ORG"),
    ("Kepala Kantor SAR Makassar mengatakan pencarian dilanjutkan.", "Kantor SAR Makassar", "ORG"),
    # A name after a title that a company's word ends is the company, not its head.
    ("Lan (68), ketua Van Thinh Phat Group, divonis mati.", "Van Thinh Phat Group", "ORG"),
    # A name after a company's noun is the company's (the model typed these LOC).
    ("Ia pernah tampil di klub malam Ministry of Sound di London.", "Ministry of Sound", "ORG"),
    ("Mereka mendirikan perusahaan Film PERSARI pada 1951.", "Film PERSARI", "ORG"),
    # An organization's head, then ordinary words: the model's person from the second word
    # on is the organization.
    ("Pos itu dijaga bersama Angkatan Bersenjata Ghana.", "Angkatan Bersenjata Ghana", "ORG"),
    # Both names in apposition to a role are persons (the model typed them LOC).
    (
        "Dua pembalap McLaren, Lando Norris dan Oscar Piastri, didiskualifikasi.",
        "Oscar Piastri",
        "PER",
    ),
    # A facility named after a person with a rank is no person.
    (
        "Bali United bertanding di Stadion Kapten I Wayan Dipta.",
        "Stadion Kapten I Wayan Dipta",
        "LOC",
    ),
    # The Sasak noble title opens the name, after an honorific and at a sentence's start:
    # in the 307 PFSA-ID articles and the NER files a sentence-opening ``Lalu`` before a
    # capitalized name is the title every time (``Lalu Kusnawan``, twice), never "then".
    (
        "Kepala Kanwil Kemenag NTB H. Lalu Muhammad Ikhsan mengatakan itu.",
        "Lalu Muhammad Ikhsan",
        "PER",
    ),
    ("Lalu Budi pergi ke pasar.", "Lalu Budi", "PER"),
    # A body's office, capitalized before its name, is the body.
    (
        "Menurut data Kantor Kemenag Lombok Utara, jumlahnya naik.",
        "Kantor Kemenag Lombok Utara",
        "ORG",
    ),
    # A court is its body (ORG), but where a trial is held, the place (the dev files' LOC).
    (
        "Keluarga akan mengajukan banding ke Pengadilan Tinggi Kupang.",
        "Pengadilan Tinggi Kupang",
        "ORG",
    ),
    # A place's name with a body's English word is that body.
    ("Pengamat dari Kathmandu University, Bishnu Raj, menilai.", "Kathmandu University", "ORG"),
    # A body's branch in a place is the body.
    (
        "Kepala BPJS Kesehatan Cabang Jayapura mengatakan itu.",
        "BPJS Kesehatan Cabang Jayapura",
        "ORG",
    ),
    # A given name that is also a common word does not cut a name in two.
    (
        "Analis Mirae Asset Sekuritas Indonesia, Nadia Putri Hasibuan, mengatakan itu.",
        "Nadia Putri Hasibuan",
        "PER",
    ),
    (
        "Hadir Bupati Subang Reynaldy Putra Andita Budiman di sana.",
        "Reynaldy Putra Andita Budiman",
        "PER",
    ),
    # A division's word before the name the model read alone is part of it.
    ("Warga Desa Mandiodo menyambut baik langkah polisi.", "Desa Mandiodo", "GPE"),
    # A police command's headquarters is a facility.
    ("Tersangka kini ditahan di Mapolda Sultra.", "Mapolda Sultra", "LOC"),
    # A regional body and its region, whatever the model typed, is the body's office.
    ("Tim BPBD Kalteng memadamkan api.", "BPBD Kalteng", "ORG"),
    # A doubles pair is two persons.
    (
        "Mereka menundukkan wakil Malaysia, Tan Wei Jie/Lim Pei Shan, dua gim langsung.",
        "Lim Pei Shan",
        "PER",
    ),
    # A pair from a country is a nationality; a time zone is no body.
    ("Ganda putri kalah dari pasangan Thailand.", "Thailand", "NORP"),
    # A street or airport named after a person with titles is a place (the model cut the
    # street at ``Jalan Ir`` and the airport before ``Mohammad``); a hospital named after a
    # doctor is an institution.
    (
        "Sistem satu arah berlaku di Jalan Ir. H. Juanda mulai pekan depan.",
        "Jalan Ir. H. Juanda",
        "LOC",
    ),
    (
        "Pesawat mendarat di Bandara Internasional Prince Mohammad bin Abdulaziz, Madinah.",
        "Bandara Internasional Prince Mohammad bin Abdulaziz",
        "LOC",
    ),
    ("Pasien dirujuk ke RSUD dr. Moewardi.", "RSUD dr. Moewardi", "ORG"),
    # A mayor's title ends with ``Kota``: the city is the name after it.
    ("Pelanggaran terjadi ketika ia menjabat Wali Kota Davao.", "Davao", "GPE"),
    # A group or network opens no person's name; nor does an ordinary word opening the
    # sentence before a known name.
    ("Sementara itu, Kelompok Minsk dibubarkan.", "Kelompok Minsk", "ORG"),
    ("Ekonom Nomura memperkirakan ekspor naik.", "Nomura", "ORG"),
    # A name under a joined article is a holder's name after a title and its body.
    (
        "Panglima militer sekaligus Ketua Dewan Kedaulatan Abdel Fattah al-Burhan menolak.",
        "Abdel Fattah al-Burhan",
        "PER",
    ),
    # A PT name goes on over the words companies are named with.
    (
        "Direktur Pemasaran Regional PT Pertamina Patra Niaga, Yudha Prasetyo, menjelaskan itu.",
        "PT Pertamina Patra Niaga",
        "ORG",
    ),
    (
        "Keduanya adalah direktur PT Bumi Lasolo Perkasa yang beroperasi di sana.",
        "PT Bumi Lasolo Perkasa",
        "ORG",
    ),
    # A capitalized common noun for a kind of body is no part of the known name after it.
    ("Hal itu dikatakan Organisasi Human Rights Watch kemarin.", "Human Rights Watch", "ORG"),
    # A federal state is a division; a country's legislature is one ORG with it; the body
    # read after a title goes on over its ordinary words to its country.
    ("Serangan terjadi di Negara Bagian Kebbi.", "Negara Bagian Kebbi", "GPE"),
    ("Duma Rusia menyetujui anggaran itu.", "Duma Rusia", "ORG"),
    (
        "Panglima Angkatan Bersenjata Ukraina Oleksandr Syrskyi mengatakan itu.",
        "Angkatan Bersenjata Ukraina",
        "ORG",
    ),
    # A form of address opens a person's name whatever the model typed (a cardinal's title
    # is a title: the name words between it and the model's cut person are the name's
    # first); a party's leader after ``pimpinan``; an armed front is a group; a factory is
    # a facility.
    ("Ketua CBCP, Kardinal Pablo Virgilio David, mengecam korupsi.", "Pablo Virgilio David", "PER"),
    ("Partai Demokrat Kurdistan pimpinan Masoud Barzani menang.", "Masoud Barzani", "PER"),
    ("Angkatan Darat menuding Front Carlos Patiño.", "Front Carlos Patiño", "ORG"),
    ("Angkatan Darat Kolombia menuding Front Carlos Patiño.", "Front Carlos Patiño", "ORG"),
    ("Produksi di Pabrik Oppama berakhir pada 2027.", "Pabrik Oppama", "LOC"),
    # (the model types ``Élysée`` PER: a seat is never a person)
    ("Hingga berita ini diturunkan, Élysée belum memberikan tanggapan.", "Élysée", "ORG"),
    # A coast guard is named by its state alone (the model read "Pantai China" as a beach).
    ("Sebuah kapal Penjaga Pantai China menembakkan meriam air.", "Penjaga Pantai China", "ORG"),
    # A town or district the gazetteer does not know, placed by the word before it.
    ("Polisi menangkap tersangka di Zapopan pada Kamis.", "Zapopan", "GPE"),
    ("Serangan itu menghantam pos militer di distrik Kurram, kata pejabat.", "Kurram", "GPE"),
    # ... and by words of nearness and of routes (samples 29-90, blind, read: the model's
    # LOC); a gate opens a site's name, no town's.
    ("Pertempuran pecah di sekitar Nasir pada Senin.", "Nasir", "GPE"),
    ("Kapal itu ditambatkan di dekat Porvoo sejak pekan lalu.", "Porvoo", "GPE"),
    ("Banjir meluas dari Cape York hingga Cooktown.", "Cooktown", "GPE"),
    ("Hotel di pesisir Minamitane ditutup.", "Minamitane", "GPE"),
    ("Massa berkumpul di dekat Gerbang Gwanghwamun pada Sabtu.", "Gerbang Gwanghwamun", "LOC"),
    ("Keduanya akan melintas dekat Bumi pada 2026.", "Bumi", "LOC"),
    ("Kapal itu menyusup ke perairan di sekitar Huangyan Dao.", "Huangyan Dao", "LOC"),
    # A club's or a company's last word after a place opens no person's name after a
    # title (samples 87-101: the title rule read ``City Aurelio Vidmar``, the model
    # ``Power Hadi Prasetyo``); a town's ``City`` stays the town's.
    ("Pelatih Melbourne City Aurelio Vidmar puas.", "Aurelio Vidmar", "PER"),
    ("Pelatih Sumsel United Sofyan Arbain puas.", "Sumsel United", "ORG"),
    ("Ketua Tata Sons N. Chandrasekaran hadir.", "N. Chandrasekaran", "PER"),
    ("Senior Manager PLN Indonesia Power Hadi Prasetyo hadir.", "Hadi Prasetyo", "PER"),
    ("Wali Kota Quezon City Joy Belmonte mengatakan itu.", "Quezon City", "GPE"),
    # A county is a division (sample 94: the model's LOC).
    ("Di Loudoun County dan Prince William County, pegawai cemas.", "Prince William County", "GPE"),
    # A mountain's name without its head, once the article has named it (sample 93).
    (
        "Gunung Dukono kembali meletus pada Minggu. Warga sudah terbiasa dengan abu Dukono.",
        "Dukono",
        "LOC",
    ),
    # A person's surname with its particle, once the article has named the person in full
    # (sample 102: the model typed it LOC).
    (
        "Mantan presiden Cristina Fernández de Kirchner diadili pada Kamis. Selain Fernández"
        " de Kirchner, 80 orang lain juga diadili.",
        "Fernández de Kirchner",
        "PER",
    ),
    # A lower-case noun for a kind of place is no part of its name (OntoNotes; the seed's
    # ``wilayah Kursk``): the town is ``Mellit``.
    ("Dua truk bantuan dijarah di dekat kota Mellit pada Senin.", "Mellit", "GPE"),
    # The towns of a list of divisions of one kind are towns too.
    ("Bantuan disalurkan di Kecamatan Gerung, Narmada, dan Lingsar.", "Narmada", "GPE"),
    ("Bantuan disalurkan di Kecamatan Gerung, Narmada, dan Lingsar.", "Lingsar", "GPE"),
    # ... and so are those of a list that holds a known town or opens after ``di``; the
    # town's name may be written in any script's letters.
    ("Gempa itu terasa hingga Istanbul, İzmir dan Bursa.", "İzmir", "GPE"),
    ("Kelangkaan bahan bakar di Lilongwe dan Mzuzu memicu antrean.", "Mzuzu", "GPE"),
    ("Polisi menangkap tersangka di Sındırgı pada Kamis.", "Sındırgı", "GPE"),
    # Residents name their village or town (the model's LOC).
    ("Siti Nurjanah (38), warga Kedaton, menjadi korban.", "Kedaton", "GPE"),
    # A street written short is no town (the model typed it LOC, after ``di``'s list).
    ("Ia berbicara di Megawati Institute, Jl Proklamasi, Jakarta.", "Jl Proklamasi", "LOC"),
    # A division's word opening the sentence is part of its known name, not a common word
    # before it.
    ("Desa Tegalrejo dikenal dengan ikan bakarnya.", "Desa Tegalrejo", "GPE"),
    # A city's district the gazetteer knows (the model typed it LOC or PER).
    ("Ia tinggal di Jalan SMA XIV, Cililitan, Kramat Jati, Jakarta Timur.", "Kramat Jati", "GPE"),
    # A city's residents are no nationality: the city stays a place (PFSA-ID had 22
    # NORP "Surabaya" after "warga").
    ("Tes usap gratis untuk warga Surabaya mulai Senin.", "Surabaya", "GPE"),
    ("Sebanyak 12 warga Bantul dirawat di rumah sakit.", "Bantul", "GPE"),
    # Regencies and cities of Indonesia are places (the gazetteer's kabupaten/kota list).
    ("Banjir melanda Kabupaten Konawe Utara dan Kolaka sejak Senin.", "Kolaka", "GPE"),
    # Farmers and pilgrims of a country are its people.
    ("Shell harus membayar ganti rugi kepada petani Nigeria.", "Nigeria", "NORP"),
    ("Arab Saudi mempermudah visa bagi jemaah haji Iran.", "Iran", "NORP"),
    # Researchers, experts, herders, a native of a region: its people.
    ("Dua peneliti Belanda ikut dalam riset itu.", "Belanda", "NORP"),
    ("Proyek itu mendatangkan ratusan tenaga ahli Korea tahun ini.", "Korea", "NORP"),
    ("Bantuan pakan disiapkan bagi peternak Mongolia.", "Mongolia", "NORP"),
    ("Awak kapal itu sebagian besar pelaut India.", "India", "NORP"),
    # Technicians, referees, shuttlers and colleagues of a country (samples 81-100, blind,
    # read); a people noun of 15 letters is read too (it fell outside a 14-letter window).
    ("Satu C-check dikerjakan 12 teknisi Kazakhstan.", "Kazakhstan", "NORP"),
    ("Ia lebih sering melawan sprinter Australia.", "Australia", "NORP"),
    ("Laga itu dipimpin wasit Filipina Marco Reyes.", "Filipina", "NORP"),
    ("Gelar itu jatuh ke tangan pebulu tangkis India.", "India", "NORP"),
    # ``pekerja rumah tangga``, domestic workers (sample 133, blind, read)
    ("Ada 170.000 pekerja rumah tangga Indonesia di sana.", "Indonesia", "NORP"),
    ("Bantuan saudara-saudara Indonesia sangat berarti bagi kami.", "Indonesia", "NORP"),
    # Descent from a region or an island is a people; from a person, not.
    ("Sebagian besar pedagangnya warga keturunan Madura.", "Madura", "NORP"),
    ("Ia keturunan Soekarno dari garis ibu.", "Soekarno", "PER"),
    # A weather agency's station and a national agency's provincial office are bodies;
    # so is a Malaysian university.
    ("Data itu dirilis Stasiun Klimatologi Bogor pada Senin.", "Stasiun Klimatologi Bogor", "ORG"),
    (
        "Tim gabungan dibantu Balai Besar KSDA Sumatera Utara.",
        "Balai Besar KSDA Sumatera Utara",
        "ORG",
    ),
    ("Ia kuliah di Universiti Malaysia Sabah sejak 2019.", "Universiti Malaysia Sabah", "ORG"),
    (
        "Pembatasan itu diumumkan Balai Taman Nasional Komodo pekan ini.",
        "Balai Taman Nasional Komodo",
        "ORG",
    ),
    # A border post is a facility, not its operator (the model typed it ORG).
    ("Mereka menyeberang lewat jalur darat di PLBN Motaain.", "PLBN Motaain", "LOC"),
    # A country's border guard, as its coast guard.
    (
        "Kapal itu dicegat kapal patroli Penjaga Perbatasan Finlandia pada Rabu.",
        "Penjaga Perbatasan Finlandia",
        "ORG",
    ),
    # A social network is an organization (the model typed it a place).
    ("Platform itu mulai menonaktifkan akun remaja di Instagram pekan ini.", "Instagram", "ORG"),
    ("Gol dicetak gelandang muda asli Brasil pada menit ke-58.", "Brasil", "NORP"),
    # "Teluk" after a region's or states' noun is the Gulf.
    ("Pertemuan itu membahas keamanan kawasan Teluk dan Laut Merah.", "Teluk", "LOC"),
    # "Barat" after a conjunction is the West, a region.
    ("menurut sumber-sumber Korea Selatan, Ukraina, dan Barat.", "Barat", "LOC"),
    # A body after a lower-case minister is no office holder's name: the cabinet.
    ("Para menteri Kabinet Merah Putih hadir.", "Kabinet Merah Putih", "ORG"),
    # From samples 57-60 (read): ``Nabi`` is a title outside the prophet's name.
    ("Warga memperingati Maulid Nabi Muhammad.", "Muhammad", "PER"),
    # A known body, then its member's two name words (the model read one ORG).
    pytest.param(
        "Gelandang Real Madrid Brahim Díaz mencetak gol kedua.",
        "Real Madrid",
        "ORG",
        marks=regressed("one body `Real Madrid Brahim`: the model cut the member's name"),
    ),
    pytest.param(
        "Gelandang Real Madrid Brahim Díaz mencetak gol kedua.",
        "Brahim Díaz",
        "PER",
        marks=regressed("one body `Real Madrid Brahim`: the model cut the member's name"),
    ),
    # The police chief's territory (the unknown town typed a person).
    pytest.param(
        "Kapolres Kudus menambahkan patroli diperketat.",
        "Kudus",
        "GPE",
        marks=regressed(
            "a person `Kudus` after `Kapolres`: the model's PER, the rule relabels LOC only"
        ),
    ),
    # An empress's title stays outside her name.
    pytest.param(
        "Pencuri membawa kabur mahkota milik Permaisuri Eugénie dari museum.",
        "Eugénie",
        "PER",
        marks=regressed(
            "one body `Permaisuri Eugénie`: the form-of-address rule wants two name words"
        ),
    ),
]


@pytest.mark.parametrize(("text", "surface", "label"), ORG_AND_PLACE_CASES)
def test_organizations_and_places(text: str, surface: str, label: str) -> None:
    assert (surface, label) in mentions_of(text)


def test_a_body_the_model_cut_inside_a_known_name_ends_with_it() -> None:
    text = "Hal itu direkomendasikan Bawaslu Kabupaten Sumba Barat Daya kepada KPU."
    start = text.index("Bawaslu")
    model = [Candidate(start, text.index(" Daya"), "ORG", "model", MODEL)]
    places = [Candidate(text.index("Sumba"), text.index(" kepada"), "GPE", "gazetteer", WEAK)]
    assert surfaces(finish_known_names(model, places), text) == [
        ("Bawaslu Kabupaten Sumba Barat Daya", "ORG")
    ]


def test_an_institution_s_head_opens_no_person() -> None:
    """The model's PER ``Lahore - Dewan Kriket Pakistan``: the dateline's place, then a
    council, which the rest of the span's reading types ORG."""
    text = "Liputan6.com, Lahore - Dewan Kriket Pakistan menskors dua pemain."
    start, end = text.index("Lahore"), text.index(" menskors")
    assert surfaces(model_candidates(text, start, end, "PER", 0), text) == [
        ("Lahore", "GPE"),
        ("Dewan Kriket Pakistan", "ORG"),
    ]


def test_two_bodies_joined_by_dan_are_two() -> None:
    text = "Pemohon didukung Partai NasDem dan Partai Kebangkitan Bangsa dalam pilkada."
    start, end = text.index("Partai"), text.index(" dalam")
    assert surfaces(model_candidates(text, start, end, "ORG", 0), text) == [
        ("Partai NasDem", "ORG"),
        ("Partai Kebangkitan Bangsa", "ORG"),
    ]
    text = "Kementerian Pendidikan dan Kebudayaan menunda ujian."
    end = text.index(" menunda")
    assert surfaces(model_candidates(text, 0, end, "ORG", 0), text) == [
        ("Kementerian Pendidikan dan Kebudayaan", "ORG")
    ]


def test_lower_case_place_noun_stays_out_of_the_name() -> None:
    text = "Dua truk bantuan dijarah di dekat kota Mellit pada Senin."
    assert ("kota Mellit", "GPE") not in mentions_of(text)
    # An island's and a foreign division's noun too (the model's ``pulau Savai'i``,
    # ``prefektur Kérouané``); the division makes the names after it towns.
    found = mentions_of(
        "Jalan di pulau Savai'i diperbaiki. Warga desa di prefektur Kérouané dan Beyla mengeluh."
    )
    assert ("Savai'i", "LOC") in found
    assert ("Kérouané", "GPE") in found and ("Beyla", "GPE") in found


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("di Kecamatan Gerung, Narmada, dan Lingsar", "Lingsar", True),
        ("di Kecamatan Gerung, Narmada, dan Lingsar", "Narmada", True),
        ("yaitu Desa Sempor, Wonorejo, Karanganyar", "Karanganyar", True),
        ("di desa Dampyak, Kramat", "Kramat", True),
        # A division opens the list, whatever its other items look like.
        ("di Desa Haloban, Ujung Sialit dan Suka Makmur", "Suka Makmur", True),
        # Names like towns, one known to the gazetteer or the first after ``di``.
        ("terasa hingga Istanbul, İzmir, Bursa", "Bursa", True),
        ("berlangsung di Lamboya dan Wanokaka", "Wanokaka", True),
        ("tanpa Lamboya dan Wanokaka", "Wanokaka", False),
        # A list's items are of one kind: stations, not towns.
        ("berhenti di Stasiun Yogyakarta, Wates, Wojo", "Wojo", False),
        # Any list after ``di`` is not a list of towns: a person follows an institution.
        ("kata pakar dari Universitas Trisakti, Trubus Rahardiansyah", "Trubus", False),
        ("Bendera dari Bulan, Matahari", "Matahari", False),
    ],
)
def test_a_list_of_divisions_places_its_towns(text: str, name: str, town: bool) -> None:
    from warta.entities import _placed_as_town

    assert _placed_as_town(text, text.index(name), 0) is town


def test_state_body_without_country_is_left_to_the_model() -> None:
    # Without a trailing country the rule cannot tell where the name ends; with one it can.
    text = "Juru bicara Kementerian Kesehatan Siti Nadia Tarmizi mengatakan"
    assert state_body_candidates(text, 0, len(text), is_common_word) == []
    text = "Juru bicara Kementerian Kesehatan Rusia mengatakan"
    found = state_body_candidates(text, 0, len(text), is_common_word)
    assert surfaces(found, text) == [("Kementerian Kesehatan Rusia", "ORG")]


MODEL_CLEANUP_CASES = [
    # The model glued two places over a preposition and called them a person.
    (
        "oleh pasukan Ukraina di Kursk.",
        "Ukraina di Kursk",
        "PER",
        [("Ukraina", "GPE"), ("Kursk", "GPE")],
    ),
    # A sentence-initial capitalized common word is no part of the name.
    ("Pasukan Ukraina menerobos perbatasan", "Pasukan Ukraina", "ORG", [("Ukraina", "GPE")]),
    # A person span opening with a country: the country is the affiliation.
    (
        "Presiden Rusia Vladimir Putin",
        "Rusia Vladimir Putin",
        "PER",
        [("Rusia", "GPE"), ("Vladimir Putin", "PER")],
    ),
    # A place, then a known organization: two names (the model read one ORG here in a
    # Reuters-style probe article); two places may be one name (a club: ``AS Roma``).
    (
        "kelompok militan Palestina Hamas menyatakan",
        "Palestina Hamas",
        "ORG",
        [("Palestina", "GPE"), ("Hamas", "ORG")],
    ),
    ("menang atas AS Roma kemarin", "AS Roma", "ORG", [("AS Roma", "ORG")]),
    # Name words that are the subject of a reporting verb are a person, whatever the label
    # (the model read such appositions as LOC or ORG on PFSA-ID articles); a known place
    # or an organization word keeps the model's label.
    (
        "Pengamat dari Universitas Andalas, Feri Santoso, mengatakan hal itu",
        "Feri Santoso",
        "LOC",
        [("Feri Santoso", "PER")],
    ),
    ("Sementara itu Jawa Barat menyatakan siaga", "Jawa Barat", "LOC", [("Jawa Barat", "GPE")]),
    ("Bank Mandiri mengatakan laba naik", "Bank Mandiri", "ORG", [("Bank Mandiri", "ORG")]),
    # No person's name holds digits: the model's PER for a task force is an organization.
    (
        "kata juru bicara Gugus Tugas Covid-19 kemarin",
        "Gugus Tugas Covid-19",
        "PER",
        [("Gugus Tugas Covid-19", "ORG")],
    ),
    # A lone holiday is no person (the model's PER for the fasting month, 30 times in 400
    # PFSA-ID articles), though a name may hold one (the rules keep ``Ahmad Ramadhan``).
    ("selama Ramadhan di masjid", "Ramadhan", "PER", []),
    # Nor an organization or a place, with or without its year (59 model ORG/LOC/PER
    # holidays in 300 PFSA-ID articles).
    ("shalat Idul Adha 1441 Hijriah di masjid", "Idul Adha 1441 Hijriah", "ORG", []),
    ("menjelang mudik Lebaran tahun ini", "Lebaran", "LOC", []),
    ("Ahmad Ramadhan hadir", "Ahmad Ramadhan", "PER", [("Ahmad Ramadhan", "PER")]),
    # A capitalized word opening the sentence that the article writes in lower case too
    # is that common word (the model's PER "Vonis": 78 such lone PERs in 300 articles).
    ("Vonis itu lebih ringan dari vonis banding.", "Vonis", "PER", []),
    # The same after the opening mark of a quotation.
    ("”Radius pencarian diperluas,” katanya tentang radius itu.", "Radius", "PER", []),
    # Not when it heads an organization (``kejaksaan`` in lower case elsewhere).
    (
        "Kejaksaan, menurut dia, menunggu berkas dari kejaksaan negeri.",
        "Kejaksaan",
        "ORG",
        [("Kejaksaan", "ORG")],
    ),
    # Nor inside the sentence, where a capital is a name's (``Prima`` and ``prima``).
    ("Kata Prima, kondisinya prima.", "Prima", "PER", [("Prima", "PER")]),
    # A name after "di" or "kawasan" is a place, after a vehicle, app or vaccine a
    # product (PFSA-ID: 26 and 37 such model PERs in 300 articles, all checked wrong).
    ("para anggota KKB di Kemandoga kemarin", "Kemandoga", "PER", [("Kemandoga", "LOC")]),
    ("diangkut dengan pesawat Hercules milik TNI", "Hercules", "PER", [("Hercules", "PRODUCT")]),
    ("kiriman vaksin Sinovac tiba", "Sinovac", "PER", [("Sinovac", "PRODUCT")]),
    (
        "Setiap sistem pertahanan rudal Patriot menyelamatkan nyawa",
        "Patriot",
        "LOC",
        [("Patriot", "PRODUCT")],
    ),
    # Words of an aircraft's or a weapon's kind may stand between its noun and its name
    # (samples 131 and 132, blind, read: the model typed them places and persons).
    ("Tiga pesawat tempur Rafale tiba", "Rafale", "LOC", [("Rafale", "PRODUCT")]),
    (
        "memakai pesawat berbadan lebar A350 buatan Airbus",
        "A350",
        "LOC",
        [("A350", "PRODUCT")],
    ),
    ("Jet tempur Rafale pertama tiba", "Rafale", "PER", [("Rafale", "PRODUCT")]),
    # Not a ship's: a captain follows ``kapal kargo`` (the invented articles).
    ("Kapten kapal kargo Xiang Da-wei", "Xiang Da-wei", "PER", [("Xiang Da-wei", "PER")]),
    # Not after "ke", which news also writes before people (``meminta uang ke Sjahril``).
    ("Susno meminta uang ke Sjahril", "Sjahril", "PER", [("Sjahril", "PER")]),
    # A hospital, airport or university named after a person is not the person (15
    # model PERs in 300 PFSA-ID articles); a hospital is an institution (ORG) ...
    (
        "dibawa ke RSUP Dr M Djamil Padang",
        "M Djamil Padang",
        "PER",
        [("RSUP Dr M Djamil Padang", "ORG")],
    ),
    ("dirujuk dari RSUD Wamena", "RSUD Wamena", "LOC", [("RSUD Wamena", "ORG")]),
    (
        "mendarat di Bandara Abdulrachman Saleh",
        "Abdulrachman Saleh",
        "PER",
        [("Bandara Abdulrachman Saleh", "LOC")],
    ),
    ("ahli dari Universitas Airlangga", "Airlangga", "PER", [("Universitas Airlangga", "ORG")]),
    # ... unless the span speaks: the model glued the spokesman's name on.
    (
        "Humas RSUD M Djamil Gustafianof mengatakan",
        "M Djamil Gustafianof",
        "PER",
        [("M Djamil Gustafianof", "PER")],
    ),
    # A common noun's acronym names nothing, defined in the article or not (PSBB alone was
    # ORG or LOC in 105 of 300 PFSA-ID articles).
    ("Kegiatan yang dilarang selama PSBB seperti", "PSBB", "ORG", []),
    ("jumlah PDP bertambah", "PDP", "LOC", []),
    # ... and a currency's code before an amount (sample 134, blind, read).
    ("menjatuhkan denda total SGD 14.000 kepada", "SGD", "ORG", []),
    # A candidate pair joined by a hyphen is two persons, each of two names or more ...
    (
        "pasangan nomor urut 4, John Tabo-Ever Mudumi, menang",
        "John Tabo-Ever Mudumi",
        "PER",
        [("John Tabo", "PER"), ("Ever Mudumi", "PER")],
    ),
    # ... and a hyphenated name is one person.
    ("aktris Yoon Eun-Hye bermain", "Yoon Eun-Hye", "PER", [("Yoon Eun-Hye", "PER")]),
    # A disease's name, alone or after a common noun, is none of our types ...
    ("JAKARTA, KOMPAS — Pandemi Covid-19 tak menyurutkan", "Pandemi Covid-19", "ORG", []),
    ("distribusi vaksin Covid-19 dimulai", "vaksin Covid-19", "LOC", []),
    # ... but a task force named after it is an organization.
    (
        "data Gugus Tugas Percepatan Penanganan Covid-19 menunjukkan",
        "Gugus Tugas Percepatan Penanganan Covid-19",
        "ORG",
        [("Gugus Tugas Percepatan Penanganan Covid-19", "ORG")],
    ),
    # An office alone is no person's name (the model's PER "Sekda" 9 times in PFSA-ID) ...
    ("Tadi malam, kami mengetahui Pak Sekda positif Covid-19.", "Sekda", "PER", []),
    ("hanya Kapolri, Presiden, serta Menkopolhukam.", "Menkopolhukam", "PER", []),
    ("Rapat dipimpin Sekretaris Daerah hari itu", "Sekretaris Daerah", "PER", []),
    # ... but a title that stands for one person or is a given name may be a name.
    ("kata Sultan di Keraton", "Sultan", "PER", [("Sultan", "PER")]),
    ("kata Emir kepada wartawan", "Emir", "PER", [("Emir", "PER")]),
    # A place after "di" keeps its split into the place and the person.
    (
        "Saat berkunjung di Rusia Vladimir Putin mengatakan",
        "Rusia Vladimir Putin",
        "PER",
        [("Rusia", "GPE"), ("Vladimir Putin", "PER")],
    ),
    # An acronym at a sentence's start is not a common word because an address holds it.
    ("BPJS menanggung biaya. Aduan lewat humas@bpjs.id saja.", "BPJS", "ORG", [("BPJS", "ORG")]),
    ("Bpjs menanggung biaya. Aduan lewat humas@bpjs.id saja.", "Bpjs", "ORG", [("Bpjs", "ORG")]),
    # The facility test reads no further back than the sentence: a span at the text's start.
    ("Gatot Subroto datang ke Jalan", "Gatot Subroto", "PER", [("Gatot Subroto", "PER")]),
    # An administrative division and its name are a GPE, not a LOC (606 model LOCs in 300
    # PFSA-ID articles) ...
    ("semua kecamatan di Kota Bekasi ditutup", "Kota Bekasi", "LOC", [("Kota Bekasi", "GPE")]),
    ("warga Desa Tegalmulyo mengungsi", "Desa Tegalmulyo", "LOC", [("Desa Tegalmulyo", "GPE")]),
    # ... and a lower-case division's noun is no part of the name, which it makes a GPE
    # (OntoNotes and the seed's gold; NERGrit's gold holds the word: "desa Kramas").
    ("saat dirampok di desa Kramas itu", "desa Kramas", "LOC", [("Kramas", "GPE")]),
    # An institution the model typed LOC is an organization (the training names type
    # "Universitas" ORG 120 times of 153, "Kepolisian"/"Badan"/"Kementerian" always) ...
    (
        "personel Kepolisian Negara RI berjaga",
        "Kepolisian Negara RI",
        "LOC",
        [("Kepolisian Negara RI", "ORG")],
    ),
    (
        "kuliah di Universitas Airlangga",
        "Universitas Airlangga",
        "LOC",
        [("Universitas Airlangga", "ORG")],
    ),
    # ... but a court or a school may be the building: left as the model typed it.
    (
        "sidang di Pengadilan Negeri Depok",
        "Pengadilan Negeri Depok",
        "LOC",
        [("Pengadilan Negeri Depok", "LOC")],
    ),
    # A regency's name may be a common word ("serang": attack) ...
    ("banjir di Kabupaten Serang meluas", "Kabupaten Serang", "LOC", [("Kabupaten Serang", "GPE")]),
    # A ship is a product, whatever the model says, with or without its prefix in the span.
    ("kapal perang KRI Spica berlayar", "KRI Spica", "LOC", [("KRI Spica", "PRODUCT")]),
    (
        "kapal KRI Teluk Gilimanuk berlabuh",
        "Teluk Gilimanuk",
        "LOC",
        [("KRI Teluk Gilimanuk", "PRODUCT")],
    ),
    # ... but an old town quarter is a place: a common word after the division's word.
    ("berwisata ke Kota Tua Jakarta", "Kota Tua", "LOC", [("Kota Tua", "LOC")]),
    # A lone capitalized common noun is not a name, whatever the model says.
    ("Helikopter itu jatuh di laut.", "Helikopter", "PER", []),
    # Quote marks and the closing period are trimmed.
    ('tanda panggilan "Veles."', '"Veles."', "PER", [("Veles", "PER")]),
    # A name ending in a company or club word is an organization, whatever its first word.
    ("kata Direktur Cyrus Network itu", "Cyrus Network", "PER", [("Cyrus Network", "ORG")]),
    ("bergabung dengan Sriwijaya FC musim ini", "Sriwijaya FC", "LOC", [("Sriwijaya FC", "ORG")]),
    # aviation's companies (sample 131, blind, read)
    (
        "bekerja sama dengan InJourney Airports selaku pengelola",
        "InJourney Airports",
        "PER",
        [("InJourney Airports", "ORG")],
    ),
    ("perusahaan seperti ST Engineering dan", "ST Engineering", "LOC", [("ST Engineering", "ORG")]),
    # ... and it stays whole even when it opens with a known name: before this rule the
    # person split made "Microsoft" (gazetteer ORG) and a person "Corp".
    ("laba Microsoft Corp naik", "Microsoft Corp", "PER", [("Microsoft Corp", "ORG")]),
    # One word alone is no evidence: a club word is also a name (``Air`` is water, too).
    ("kata Network kemudian", "Network", "PER", [("Network", "PER")]),
    # A form of address is no part of the person's name.
    (
        "istrinya, Ny Herawati Boediono, hadir",
        "Ny Herawati Boediono",
        "PER",
        [("Herawati Boediono", "PER")],
    ),
    # An unclosed parenthesis and a conjunction left at the end go: no name ends in them.
    (
        "Direktur Jenderal Kementerian Dalam Negeri (Kemendagri) Akmal",
        "Kementerian Dalam Negeri (Kemendagri",
        "ORG",
        [("Kementerian Dalam Negeri", "ORG")],
    ),
    (
        "perwakilan organisasi Muhammadiyah dan NU",
        "Muhammadiyah dan",
        "ORG",
        [("Muhammadiyah", "ORG")],
    ),
    # No name is one character or has no letter.
    ("iklan K-Mart itu", "K", "LOC", []),
    ("ditutup di level 3.804,154 poin", "3.804,154", "ORG", []),
]


def test_a_dateline_glued_to_the_first_word() -> None:
    """``BALIKPAPAN, KOMPAS-Kuasa hukum …`` (15 of 251 PFSA-ID datelines): a place in
    capitals, then the publisher glued by a dash to the story's first word."""
    text = "BALIKPAPAN, KOMPAS-Kuasa hukum tersangka mengajukan banding."
    found = surfaces(dateline_candidates(text, 0, len(text)), text)
    assert found == [("BALIKPAPAN", "GPE"), ("KOMPAS", "ORG")]
    # Not a place in ordinary case: that is a sentence, not a dateline.
    text = "Jakarta, Kompas-Gramedia dan mitranya sepakat."
    assert dateline_candidates(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The way Indonesian news introduces the people it quotes: a name and an age.
        ("Salah informasi. Trismiati (37), warga Cilincing, mengeluh.", [("Trismiati", STRONG)]),
        (
            "Ilham Bayu Prasetyo (18) dan Labib Nur Ikhsan (18) tiba.",
            [("Ilham Bayu Prasetyo", STRONG), ("Labib Nur Ikhsan", STRONG)],
        ),
        # A capitalized word before it that is no name word leaves the start open: only a
        # fallback, the model's "Demi Lovato" may be right.
        ("Penyanyi Demi Lovato (28), mengaku", [("Lovato", WEAK)]),
        # Numbered parts of a text and organizations are no persons.
        ("sesuai Pasal 5 Ayat (2) undang-undang itu", []),
        ("kontak dialami oleh PT (28), warga", []),
        # Counts after a place are no ages: a list headed by a place's preposition.
        ("Kasus baru tersebar di Ciracas (16), Pluit (13), dan Cakung (9).", []),
        ("kasus di Ciracas (116), Pluit (103), dan lainnya", []),
        # A list of persons has no such head: each is a person.
        (
            "Korban adalah Iril (60) dan Teti (43), warga desa itu.",
            [("Iril", STRONG), ("Teti", STRONG)],
        ),
    ],
)
def test_a_name_before_an_age_is_a_person(text: str, expected: list[tuple[str, int]]) -> None:
    found = age_apposition_candidates(text, 0, len(text), is_common_word, is_org_place_word)
    assert [(text[c.start : c.end], c.priority) for c in found] == expected
    assert all(c.label == "PER" for c in found)


def test_declared_initials_are_a_person_throughout_the_article() -> None:
    """``berinisial CR, IL, dan VR``: each initial is a person (a rule's), and the model's
    ORG "CR" elsewhere in the article becomes that person (PFSA-ID: 18 of the initials it
    declares were typed ORG)."""
    text = "Polisi menangkap tersangka berinisial CR, IL, dan VR kemarin."
    assert surfaces(initials_candidates(text, 0, len(text)), text) == [
        ("CR", "PER"),
        ("IL", "PER"),
        ("VR", "PER"),
    ]
    # each with an age; initials in mixed case
    text = "Ketiga tersangka berinisial RA (29), FS (24), dan JdC (31) ditahan."
    assert surfaces(initials_candidates(text, 0, len(text)), text) == [
        ("RA", "PER"),
        ("FS", "PER"),
        ("JdC", "PER"),
    ]
    article = "Polisi menangkap warga berinisial NT. Dari tangan NT disita amunisi."
    chosen = [Candidate(34, 36, "PER", "rule", STRONG), Candidate(50, 52, "ORG", "model", MODEL)]
    assert [article[c.start : c.end] for c in chosen] == ["NT", "NT"]
    assert [c.label for c in agree_labels(article, chosen)] == ["PER", "PER"]


def test_an_acronym_defined_by_a_lower_case_phrase_is_no_name() -> None:
    """``pembatasan sosial berskala besar (PSBB)``: the article says PSBB is a policy,
    so the model's ORG and LOC "PSBB" go (288 such mentions in 300 PFSA-ID articles)."""
    text = (
        "Pemerintah menerapkan pembatasan sosial berskala besar (PSBB) sejak April. "
        "Selama PSBB, warga di rumah."
    )
    first, second = (m.start() for m in re.finditer("PSBB", text))
    chosen = [
        Candidate(first, first + 4, "ORG", "model", MODEL),
        Candidate(second, second + 4, "LOC", "model", MODEL),
    ]
    assert apply_acronym_definitions(text, chosen) == []
    # The same definition without marks, after "atau".
    text = "Pemkot membangun kawasan khusus pesepeda atau KKP. KKP itu ramai."
    later = text.rindex("KKP")
    chosen = [Candidate(later, later + 3, "ORG", "model", MODEL)]
    assert apply_acronym_definitions(text, chosen) == []
    # Function words may be left out of the initials: "orang dalam pemantauan" is ODP,
    # "usaha mikro, kecil, dan menengah" UMKM.
    for phrase, acronym in [
        ("orang dalam pemantauan", "ODP"),
        ("usaha mikro, kecil, dan menengah", "UMKM"),
    ]:
        text = f"Jumlah {phrase} ({acronym}) naik."
        start = text.index(f"({acronym})") + 1
        chosen = [Candidate(start, start + len(acronym), "ORG", "model", MODEL)]
        assert apply_acronym_definitions(text, chosen) == [], acronym


def test_a_listed_common_acronym_is_no_name_even_after_a_capitalized_expansion() -> None:
    """``Pembatasan Sosial Berskala Besar (PSBB)``: written in capitals the expansion looks
    like a name, but PSBB is a policy (the second audit found it spread as an ORG), and
    the name it spells is the policy too, no ORG."""
    text = "Pemerintah memperpanjang Pembatasan Sosial Berskala Besar (PSBB) di Jakarta."
    name = text.index("Pembatasan")
    chosen = [Candidate(name, text.index(" (PSBB)"), "ORG", "model", MODEL)]
    assert apply_acronym_definitions(text, chosen) == []


def test_the_article_s_persons_leave_a_product_alone() -> None:
    """``pesawat Hawk``: the product rule's decision stands when a "Hawk" person is in the
    article (the lone-word relabel turned it back into a person)."""
    text = "Letkol Budi Hawk hadir. Produksi pesawat Hawk dihentikan."
    later = text.rindex("Hawk")
    chosen = [
        *model_spans(text, ("Budi Hawk", "PER")),
        Candidate(later, later + 4, "PRODUCT", "model", MODEL),
    ]
    assert relabel_short_names(text, chosen) == chosen


def test_an_acronym_defined_by_a_name_is_that_name_s_kind() -> None:
    """``Asosiasi Pengusaha Ritel Indonesia (Aprindo)``: the acronym is an organization
    in the parentheses and wherever the model typed it otherwise."""
    text = "kata Ketua Asosiasi Pengusaha Ritel Indonesia (Aprindo). Anggota Aprindo setuju."
    name = text.index("Asosiasi")
    later = text.rindex("Aprindo")
    chosen = [
        Candidate(name, text.index(" (Aprindo)"), "ORG", "model", MODEL),
        Candidate(later, later + 7, "PER", "model", MODEL),
    ]
    found = apply_acronym_definitions(text, chosen)
    assert sorted(surfaces(found, text)) == [
        ("Aprindo", "ORG"),
        ("Aprindo", "ORG"),
        ("Asosiasi Pengusaha Ritel Indonesia", "ORG"),
    ]
    # Letters out of order are no definition ("(Persero)" after a bank).
    text = "PT Bank Rakyat Indonesia (Persero) untung."
    chosen = model_spans(text, ("PT Bank Rakyat Indonesia", "ORG"))
    assert apply_acronym_definitions(text, chosen) == chosen
    # A phrase the model typed PER gives no label, and one whose acronym is a common
    # noun's is none ("Giro Wajib Minimum (GWM)", a reserve requirement).
    text = "penempatan Giro Wajib Minimum (GWM) turun."
    assert apply_acronym_definitions(text, model_spans(text, ("Giro Wajib Minimum", "PER"))) == []


def _widened(text: str, rule: str, model: str) -> str:
    """The model's person span after ``widen_to_rule_names``, given a weak rule's span."""
    start = text.index(rule)
    rules = [Candidate(start, start + len(rule), "PER", "rule", WEAK)]
    found = widen_to_rule_names(text, rules, model_spans(text, (model, "PER")))
    return text[found[0].start : found[0].end]


@pytest.mark.parametrize(
    ("text", "rule", "model", "expected"),
    [
        # After a rank or a state office the rule knows where the name starts (40 of
        # the audit's 86 spans where rule and model disagreed) ...
        (
            "Kepala Bidang Humas Polda Jatim Komisaris Besar Gatot Repli Handoko mengatakan",
            "Gatot Repli Handoko",
            "Repli Handoko",
            "Gatot Repli Handoko",
        ),
        (
            "kata Menteri Sosial Juliari P Batubara",
            "Juliari P Batubara",
            "Batubara",
            "Juliari P Batubara",
        ),
        (
            "Ketua PBNU, Helmy Faishal Zaini mengatakan",
            "Helmy Faishal Zaini",
            "Faishal Zaini",
            "Helmy Faishal Zaini",
        ),
        # ... not after an organization's leader, where the words may be its name ...
        (
            "Pendiri sekaligus CEO Jouska Aakar Abyasa Fidzuno menyatakan",
            "Jouska Aakar Abyasa Fidzuno",
            "Abyasa Fidzuno",
            "Abyasa Fidzuno",
        ),
        # ... nor after a unit noun or a place's office (the mosque's, the district's name).
        (
            "Imam Besar Masjid Istiqlal Nasaruddin Umar menuturkan",
            "Istiqlal Nasaruddin Umar",
            "Nasaruddin Umar",
            "Nasaruddin Umar",
        ),
        (
            "kata Camat Mampang Prapatan Djaharuddin",
            "Mampang Prapatan Djaharuddin",
            "Djaharuddin",
            "Djaharuddin",
        ),
        # A model person cut short ends where the rule's does ...
        (
            "Menteri Perhubungan Dudy Purwagandhi menyambut baik",
            "Dudy Purwagandhi",
            "Dudy",
            "Dudy Purwagandhi",
        ),
        # ... but not into a mark the rule read, nor an office after the name.
        ("Presiden Joko Widodo' katanya", "Joko Widodo'", "Joko Widodo", "Joko Widodo"),
        (
            "Kepala Desa Burhani Arwin Sekretaris Desa hadir",
            "Burhani Arwin Sekretaris",
            "Burhani Arwin",
            "Burhani Arwin",
        ),
    ],
)
def test_a_model_person_starts_where_a_rule_after_a_title_says(
    text: str, rule: str, model: str, expected: str
) -> None:
    assert _widened(text, rule, model) == expected


def test_initials_the_gazetteer_knows_stay_what_it_says() -> None:
    """``berinisial AS``: the suspect is a person where the report says so, and "AS" is
    still the United States elsewhere in the article (a review found every "AS" a PER)."""
    text = "Polisi menangkap tersangka berinisial AS kemarin. Hubungan AS dan China memanas."
    found = mentions_of(text)
    assert found[0] == ("AS", "PER")
    assert ("AS", "GPE") in found[1:]


def test_initials_that_spell_a_known_body_are_the_person() -> None:
    """``berinisial ARF``: the gazetteer knows ARF (the ASEAN Regional Forum), but the
    article says these are a suspect's initials: the person, all through (a place's
    letters, ``AS``, stay the place: above)."""
    text = "KPK menahan tersangka berinisial ARF kemarin. Penyidik memeriksa ARF selama tujuh jam."
    found = mentions_of(text)
    assert [label for surface, label in found if surface == "ARF"] == ["PER", "PER"]


def test_a_lone_initial_is_not_repeated() -> None:
    """``berinisial A``: a one-letter person is not searched for over the article."""
    text = "Seorang musisi berinisial A mengadu. Ia memilih paket A."
    chosen = [Candidate(26, 27, "PER", "rule", STRONG)]
    assert propagate_names(text, segment(text), chosen) == []


def test_a_people_noun_opening_the_sentence_after_a_dateline() -> None:
    """The capital of ``Warga`` after a dateline opens the sentence's words: still a
    nationality (the test compared with the sentence's start, before the dateline)."""
    text = "JAKARTA, KOMPAS - Warga Korea Selatan dievakuasi."
    assert ("Korea Selatan", "NORP") in mentions_of(text)


def test_a_people_noun_inside_a_name_is_no_nationality() -> None:
    """``Bank Rakyat Indonesia``: a capitalized "Rakyat" inside the sentence is the bank's
    word, and Indonesia stays in the organization (PFSA-ID: 3 of 3 such NORPs wrong)."""
    text = "Direktur Keuangan PT Bank Rakyat Indonesia Tbk mengatakan"
    assert [label for surface, label in mentions_of(text) if "Indonesia" in surface] == ["ORG"]
    text = "Rakyat Indonesia menunggu keputusan itu."
    assert ("Indonesia", "NORP") in mentions_of(text)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        # A lower-case word for a part of a place is no part of its name ...
        ("Nigeria selatan", [("Nigeria", "GPE")]),
        # ... but a region's own name keeps it; a name written all in lower case is none.
        ("Afrika barat", [("Afrika barat", "LOC")]),
        ("sulawesi utara", []),
    ],
)
def test_a_direction_after_a_place(span: str, expected: list[tuple[str, str]]) -> None:
    text = f"Minyak bocor di {span} pekan lalu."
    start = text.index(span)
    assert surfaces(model_candidates(text, start, start + len(span), "LOC", 0), text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A unit after its noun names no one ...
        ("Suhu dapat mencapai 44 derajat Celsius pada Minggu.", "Celsius"),
        # ... nor does a court named by its head alone, nor a holiday.
        ("Mahkamah juga meminta Polda menyelidiki.", "Mahkamah"),
        # A storm is no one, nor a Balinese holiday.
        ("Topan Shanshan menerjang Pulau Kyushu.", "Topan Shanshan"),
        ("Desa itu ramai saat libur Galungan pekan ini.", "Galungan"),
        (
            "Warga berkumpul pada peringatan Maulid Nabi Muhammad SAW pekan lalu.",
            "Maulid Nabi Muhammad SAW",
        ),
    ],
)
def test_no_person_for_a_unit_a_court_s_head_or_a_holiday(text: str, span: str) -> None:
    start = text.index(span)
    assert model_candidates(text, start, start + len(span), "PER", 0) == []


def test_a_meeting_is_no_place_but_names_its_body() -> None:
    text = "RUU itu disetujui di Rapat Paripurna DPR pada Senin."
    start, end = text.index("Rapat"), text.index(" pada")
    assert surfaces(model_candidates(text, start, end, "LOC", 0), text) == [("DPR", "ORG")]
    text = "Keputusan diambil di Sidang Paripurna kemarin."
    start, end = text.index("Sidang"), text.index(" kemarin")
    assert model_candidates(text, start, end, "LOC", 0) == []


def test_a_person_s_initials_are_no_company() -> None:
    text = "Menurut PT, pembangunan berjalan."
    start = text.index("PT")
    assert surfaces(model_candidates(text, start, start + 2, "PER", 0), text) == [("PT", "PER")]


def test_a_place_the_model_read_after_a_verb_for_people_is_a_person() -> None:
    text = "Trump menerima Netanyahu di Washington."
    start = text.index("Netanyahu")
    found = model_candidates(text, start, start + len("Netanyahu"), "LOC", 0)
    assert surfaces(found, text) == [("Netanyahu", "PER")]
    # A place the gazetteer knows stays one (``menerima Jakarta`` is no one).
    text = "Kota itu menerima Jakarta sebagai mitra."
    start = text.index("Jakarta")
    found = model_candidates(text, start, start + len("Jakarta"), "GPE", 0)
    assert surfaces(found, text) == [("Jakarta", "GPE")]


def test_an_office_alone_is_no_place() -> None:
    text = "Ia menjabat Wakil Kanselir sejak Mei."
    start = text.index("Kanselir")
    assert model_candidates(text, start, start + len("Kanselir"), "LOC", 0) == []


def test_a_family_name_two_full_names_share_outvotes_one_stray_label() -> None:
    """``Jair Bolsonaro`` and ``Flávio Bolsonaro`` make the lone ``Bolsonaro`` a person
    although the model once typed it a place; one full name against it would not."""
    text = (
        "Jair Bolsonaro ditahan. Putranya, Flávio Bolsonaro, protes. "
        "Sekutu Bolsonaro marah. Pendukung Bolsonaro berkumpul."
    )
    lone = text.index("Bolsonaro marah")
    chosen = [
        *model_spans(text, ("Jair Bolsonaro", "PER"), ("Flávio Bolsonaro", "PER")),
        Candidate(lone, lone + len("Bolsonaro"), "LOC", "model", MODEL),
    ]
    found = propagate_names(text, segment(text), chosen)
    assert surfaces(found, text) == [("Bolsonaro", "PER")]
    assert found[0].start == text.index("Bolsonaro berkumpul")
    chosen = [*model_spans(text, ("Jair Bolsonaro", "PER")), chosen[-1]]
    assert propagate_names(text, segment(text), chosen) == []


def test_a_span_of_common_words_is_not_repeated() -> None:
    """The model's LOC ``jalan raya`` is no name: repeating it over the article made six
    LOCs of an ordinary road in one PFSA-ID article."""
    text = "Rumahnya dekat jalan raya itu. Di jalan raya ada banjir."
    chosen = model_spans(text, ("jalan raya", "LOC"))
    assert propagate_names(text, segment(text), chosen) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # The model cut the ministry at "dan"; its portfolio goes on.
        (
            "panitia dari Kementerian Pendidikan dan Kebudayaan datang",
            "Kementerian Pendidikan",
            "Kementerian Pendidikan dan Kebudayaan",
        ),
        (
            "izin dari Badan Pengawas Obat dan Makanan (BPOM) terbit",
            "Badan Pengawas Obat",
            "Badan Pengawas Obat dan Makanan",
        ),
        # A list of portfolios with commas closes with "dan" ...
        (
            "menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) hujan turun",
            "Badan Meteorologi, Klimatologi",
            "Badan Meteorologi, Klimatologi, dan Geofisika",
        ),
        # ... and without one a comma ends the name, as an office after it does.
        (
            "alumnus Universitas Columbia, Presiden AS itu",
            "Universitas Columbia",
            "Universitas Columbia",
        ),
        (
            "Lembaga Sandi Negara, Kompolnas, dan lainnya",
            "Lembaga Sandi Negara",
            "Lembaga Sandi Negara",
        ),
        (
            "hakim Mahkamah Konstitusi, dan Menteri Agama",
            "Mahkamah Konstitusi",
            "Mahkamah Konstitusi",
        ),
        # Two bodies: a name that ended before "dan", another body's head or acronym.
        (
            "personel Kepolisian Negara RI dan Tentara Nasional Indonesia",
            "Kepolisian Negara RI",
            "Kepolisian Negara RI",
        ),
        (
            "Dinas Pariwisata dan Dinas Kependudukan bekerja sama",
            "Dinas Pariwisata",
            "Dinas Pariwisata",
        ),
        ("Dinas Pendidikan dan BAN PT sebagai pemeriksa", "Dinas Pendidikan", "Dinas Pendidikan"),
    ],
)
def test_an_institution_cut_at_dan_goes_on_through_its_portfolio(
    text: str, model: str, expected: str
) -> None:
    (candidate,) = model_spans(text, (model, "ORG"))
    joined = join_portfolios(text, candidate, len(text))
    assert (text[joined.start : joined.end], joined.label) == (expected, "ORG")


def test_organization_absorbs_the_country_after_it() -> None:
    text = "mendaftarkan PKB Indonesia sebagai peserta"
    start = text.index("PKB")
    found = absorb_country(text, Candidate(start, start + 3, "ORG", "model", MODEL), len(text))
    assert text[found.start : found.end] == "PKB Indonesia"
    assert found.label == "ORG"
    # Only organizations: a person before a country keeps its own extent.
    person = Candidate(start, start + 3, "PER", "model", MODEL)
    assert absorb_country(text, person, len(text)) == person


@pytest.mark.parametrize(("text", "span", "label", "expected"), MODEL_CLEANUP_CASES)
def test_model_span_cleanup(
    text: str, span: str, label: str, expected: list[tuple[str, str]]
) -> None:
    start = text.index(span)
    candidates = model_candidates(text, start, start + len(span), label, 0)
    assert surfaces(candidates, text) == expected


def test_an_aircraft_named_once_after_its_noun_is_a_product_all_through_the_article() -> None:
    """Sample 132 (blind, read): ``Rafale`` after ``unit`` typed a person and after ``jet
    tempur`` a place; one sense per article makes both the aircraft. Sample 131's ``C919``
    the same way. A name the article also reads as a body keeps it: ``pesawat Garuda``,
    then ``Garuda meminta maaf`` (the airline)."""
    text = "Indonesia memesan 42 unit Rafale. Jet tempur Rafale pertama tiba Kamis."
    assert [label for surface, label in mentions_of(text) if surface == "Rafale"] == [
        "PRODUCT",
        "PRODUCT",
    ]
    text = "Penumpang pesawat Garuda tertahan. Garuda meminta maaf."
    found = mentions_of(text)
    assert ("Garuda", "ORG") in found
    assert ("Garuda", "PRODUCT") not in found


def test_a_body_s_name_after_an_aircraft_s_kind_is_the_aircraft() -> None:
    """Sample 132 (blind, read): ``pesawat tempur generasi kelima KAAN``, the model's ORG
    eight times in the article; words of an aircraft's kind stand before no airline or
    maker. After the bare noun a body keeps its label (``pesawat Garuda``: the airline).
    The model's spans are given by hand."""
    text = "Turki menjual 48 pesawat tempur generasi kelima KAAN. Prototipe KAAN terbang."
    chosen = [
        Candidate(m.start(), m.end(), "ORG", "model", MODEL) for m in re.finditer("KAAN", text)
    ]
    assert [c.label for c in agree_on_products(text, chosen)] == ["PRODUCT", "PRODUCT"]
    text = "Penumpang pesawat Garuda tertahan. Garuda meminta maaf."
    first, second = (m.start() for m in re.finditer("Garuda", text))
    chosen = [
        Candidate(first, first + 6, "ORG", "model", MODEL),
        Candidate(second, second + 6, "PER", "model", MODEL),
    ]
    assert [c.label for c in agree_on_products(text, chosen)] == ["ORG", "PER"]


@pytest.mark.parametrize(
    "text",
    [
        "Rusia Vladimir Putin berkata",
        "Palestina Hamas menolak",
        "Rusia-Ukraina berperang",
        '"Korea Utara Kim Jong Un"',
        "Bank Indonesia menahan suku bunga",
        "Budi Korea pergi",
    ],
)
def test_the_known_name_opening_a_span_is_the_scan_s_first(text: str) -> None:
    """``model_candidates`` looks up the known name at a span's start (``match_at``) instead
    of scanning the span (``find_names``): the two agree at every word's start."""
    for word in re.finditer(r"\S+", text):
        start = word.start()
        scanned = [m for m in find_names(text, start, len(text)) if m.start == start]
        assert match_at(text, start, len(text)) == (scanned[0] if scanned else None)


def test_gazetteer_longest_whole_word_match() -> None:
    # "Korea Utara" beats "Korea"; "Rusia-Ukraina" is one hyphenated word, not two names.
    text = "Korea Utara dan perang Rusia-Ukraina"
    assert [(text[m.start : m.end], m.label) for m in find_names(text, 0, len(text))] == [
        ("Korea Utara", "GPE")
    ]
    assert label_of("Korea  Selatan") == "GPE"


# --- canonical names ----------------------------------------------------------------------


def test_canonical_short_name_takes_the_full_name() -> None:
    text = "Vladimir Putin berkata. Putin lalu pergi ke Kursk."
    candidates = [
        Candidate(0, 14, "PER", "rule", STRONG),
        Candidate(24, 29, "PER", "model", STRONG),
        Candidate(44, 49, "GPE", "gazetteer", STRONG),
    ]
    assert [m.canonical for m in assign_canonical(text, candidates)] == [
        "Vladimir Putin",
        "Vladimir Putin",
        "Kursk",
    ]


def test_surname_after_full_name_is_found_and_canonical() -> None:
    # News names a person in full once, then by surname: the surname is a mention of the
    # same person even where the model alone would not tag it.
    text = "Juru bicara Kremlin, Dmitry Peskov, berbicara. Menurut Peskov, bantuan itu heroik."
    found = [
        (text[m.start : m.end], m.label, m.canonical) for m in extract_mentions(text, segment(text))
    ]
    assert ("Peskov", "PER", "Dmitry Peskov") in found


def test_a_given_name_after_the_full_name_is_the_person() -> None:
    """Sample 134 (blind, read): Thai, Malay and Indonesian news call people by their given
    name after naming them in full (``Anutin Charnvirakul``, then ``Anutin``); the model
    missed the given name alone twice. The full name's span is given by hand."""
    text = (
        "Perdana Menteri Anutin Charnvirakul membubarkan parlemen. "
        "Anutin baru menjabat sejak September."
    )
    start = text.index("Anutin")
    chosen = [Candidate(start, start + len("Anutin Charnvirakul"), "PER", "model", MODEL)]
    found = propagate_names(text, segment(text), chosen)
    assert [(text[c.start : c.end], c.label) for c in found] == [("Anutin", "PER")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a common word the article writes in lower case too (the invented articles: a
        # model's wrong person ``Lada Putih``)
        ("Warga memetik buah lada. Lada Putih hadir. Lada naik harga.", "Lada Putih"),
        # an ordinary word (``Komunitas``) and a first word many names share (``Muhammad``)
        ("Komunitas Seni hadir. Komunitas itu bubar.", "Komunitas Seni"),
        ("Muhammad Yusuf hadir. Muhammad juga datang.", "Muhammad Yusuf"),
    ],
)
def test_a_common_or_shared_first_word_is_no_given_name(text: str, person: str) -> None:
    start = text.index(person)
    chosen = [Candidate(start, start + len(person), "PER", "model", MODEL)]
    assert all(c.label != "PER" for c in propagate_names(text, segment(text), chosen))


def test_a_word_with_digits_is_no_surname() -> None:
    """``Covid-19`` ends organization names the model typed PER (``Gugus Tugas Percepatan
    Penanganan Covid-19``). Taken for a surname, it became a person at every mention of the
    disease: 340 PER mentions holding "Covid" in 400 PFSA-ID articles before, none now. The
    PER span is given here by hand, as the model produced it."""
    text = "Juru bicara Gugus Tugas Covid-19 hadir. Kasus Covid-19 naik lagi."
    start = text.index("Gugus")
    chosen = [Candidate(start, text.index(" hadir"), "PER", "model", MODEL)]
    assert propagate_names(text, segment(text), chosen) == []


def test_canonical_needs_the_same_label() -> None:
    # "Korea" (NORP) is not "Korea Utara" (GPE): a different entity row.
    text = "Korea Utara dan teman-teman Korea"
    candidates = [Candidate(0, 11, "GPE", "model", 2), Candidate(28, 33, "NORP", "gazetteer", 3)]
    assert [m.canonical for m in assign_canonical(text, candidates)] == ["Korea Utara", "Korea"]


# --- invariants ---------------------------------------------------------------------------


def invariant_texts() -> list[str]:
    texts = [json.loads(SEED_GOLD.read_text(encoding="utf-8"))["text"]]
    for path in TRAINING_SAMPLE:
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(next(lines))["text"] for _ in range(3)]
    return texts


@pytest.mark.parametrize("text", invariant_texts())
def test_offsets_invariants(text: str) -> None:
    sentences = segment(text)
    mentions = extract_mentions(text, sentences)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for mention in mentions:
        surface = text[mention.start : mention.end]
        assert surface and surface == surface.strip(), mention
        assert any(s.start <= mention.start and mention.end <= s.end for s in sentences), mention
        assert mention.label in LABELS and mention.method in METHODS, mention
        assert mention.canonical == " ".join(mention.canonical.split()) != ""
    for left, right in itertools.pairwise(mentions):
        assert left.end <= right.start, (left, right)


def test_batch_gives_the_same_mentions_as_article_by_article() -> None:
    # Bulk callers batch all sentences in one nlp.pipe; the mentions must not change.
    texts = invariant_texts()[:4]
    batched = extract_mentions_batch([(text, segment(text)) for text in texts])
    assert batched == [extract_mentions(text, segment(text)) for text in texts]


# --- evaluation -----------------------------------------------------------------------------


def test_evaluate_runs_on_a_tiny_sample(tmp_path: Path) -> None:
    text = "Presiden Rusia Vladimir Putin bertemu wartawan di Moskow. Harga naik 5 persen."
    gold = [[9, 14, "LOC"], [15, 29, "PER"], [50, 56, "LOC"], [70, 78, "QUANTITY"]]
    path = tmp_path / "sample.jsonl"
    record = {
        "id": "s0",
        "source": "test",
        "text": text,
        "units": [[0, len(text)]],
        "entities": gold,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(path)
    assert isinstance(report, FileReport) and report.task == "ner" and report.documents == 1
    assert set(report.scores) == {"PER", "ORG", "LOC", "micro"}
    micro = report.scores["micro"]
    assert micro.tp + micro.fn == 3  # QUANTITY is not scored
    assert report.scores["PER"].tp == 1 and report.scores["LOC"].tp == 2


def test_score_document_counts_and_names_errors() -> None:
    text = "Kementerian Pertahanan Rusia dan Kim"
    gold = {(0, 28, "ORG"), (33, 36, "PER")}
    predicted = {(0, 22, "ORG"), (23, 28, "LOC")}
    errors: defaultdict[str, list[str]] = defaultdict(list)
    scores = score_document(text, gold, predicted, errors)
    assert scores["ORG"] == Score(fp=1, fn=1) and scores["LOC"] == Score(fp=1)
    assert scores["PER"] == Score(fn=1)
    assert errors["boundary ORG"] == ["Kementerian Pertahanan Rusia ≠ Kementerian Pertahanan"]
    assert errors["missed PER"] == ["Kim"]


def test_combine_sums_micro_counts() -> None:
    reports = [
        FileReport("a", "ner", 1, scores={"micro": Score(2, 1, 0)}),
        FileReport("b", "ner", 1, scores={"micro": Score(1, 0, 3)}),
    ]
    assert combine(reports) == Score(3, 1, 3)


def test_mention_span_is_frozen() -> None:
    mention = MentionSpan(0, 5, "GPE", "Rusia", "gazetteer")
    with pytest.raises(AttributeError):
        mention.start = 1  # type: ignore[misc]


def test_error_examples_do_not_depend_on_arrival_order() -> None:
    """Ties among examples are broken by text: they arrive in set order, which changes with
    the hash seed, and dataset/eval.json must come out byte-identical on every run."""
    from warta.evaluation.ner import render_errors

    examples = ["Jakarta", "Bandung", "Medan", "Bandung", "Surabaya", "Aceh", "Medan"]
    forward = render_errors({"spurious LOC": examples}, worst=5)
    backward = render_errors({"spurious LOC": examples[::-1]}, worst=5)
    assert forward == backward
    assert forward[0].startswith("spurious LOC ×7: Bandung, Medan, Aceh")


def model_spans(text: str, *spans: tuple[str, str]) -> list[Candidate]:
    """Model candidates for the first occurrence of each (surface, label) after the last."""
    candidates, position = [], 0
    for surface, label in spans:
        start = text.index(surface, position)
        candidates.append(Candidate(start, start + len(surface), label, "model", MODEL))
        position = start + len(surface)
    return candidates


def test_a_lone_word_of_a_named_person_is_that_person() -> None:
    """``Rahmat`` after ``Rahmat Hidayat``, typed ORG by the model (as on whole PFSA-ID
    articles, where ``kata Rahmat`` came out ORG five times): the person's first word.
    ``Hidayat`` alone, the last word, goes the same way."""
    text = "Rahmat Hidayat tiba. Kami siap, kata Rahmat. Hidayat menambahkan."
    chosen = model_spans(text, ("Rahmat Hidayat", "PER"), ("Rahmat", "ORG"), ("Hidayat", "LOC"))
    assert [c.label for c in relabel_short_names(text, chosen)] == ["PER", "PER", "PER"]


def test_a_headline_s_other_reading_of_a_name_does_not_bar_the_body_s_person() -> None:
    """Sample 72 (blind, read): the headline ``Lando Norris juara dunia F1 ...`` came out a
    body (ORG), the body's ``Pembalap Inggris Lando Norris`` a person, and every later
    ``Norris`` a place (LOC), which the headline's ORG kept from being the person. Pinned
    down: a headline is read without context, so its ORG neither bars the surname nor
    stays an ORG; the same ORG in the body still bars it (``Disney`` of ``Walt Disney
    Pictures`` stays apart)."""
    text = (
        "Valdo Kerrick juara dunia usai finis ketiga\n\nPembalap Inggris Valdo Kerrick "
        "menang. Kerrick unggul dua poin."
    )
    chosen = model_spans(
        text, ("Valdo Kerrick", "ORG"), ("Valdo Kerrick", "PER"), ("Kerrick", "LOC")
    )
    headline = text.index("\n\n")
    assert [c.label for c in relabel_short_names(text, chosen, headline)] == ["PER"] * 3
    assert [c.label for c in relabel_short_names(text, chosen)] == ["ORG", "PER", "LOC"]


def test_a_headline_word_is_no_affiliation_to_split_off_a_body_s_person() -> None:
    """Sample 38 (blind, read): the headline ``..., Purbaya: Masih Aman`` read ``Purbaya``
    as a place, and the body's ``Menteri Keuangan Purbaya Yudhi Sadewa`` was then split
    as an affiliation and its officer. Pinned down: a headline word alone is no evidence
    of a body; the same word alone in the body still is."""
    text = "Defisit melebar, Wiradnya: aman\n\nMenteri Keuangan Wiradnya Yudhi Sadewa berkata."
    chosen = model_spans(text, ("Wiradnya", "LOC"), ("Wiradnya Yudhi Sadewa", "PER"))
    headline = text.index("\n\n")
    assert surfaces(split_affiliations(text, chosen, headline), text) == [
        ("Wiradnya", "LOC"),
        ("Wiradnya Yudhi Sadewa", "PER"),
    ]
    assert surfaces(split_affiliations(text, chosen), text) == [
        ("Wiradnya", "ORG"),
        ("Wiradnya", "ORG"),
        ("Yudhi Sadewa", "PER"),
    ]


def test_a_rule_s_person_takes_in_the_model_s_lone_word_before_its_person() -> None:
    """``Menteri Keuangan Purbaya Yudhi Sadewa``: the model read ``Purbaya`` a place and
    ``Yudhi Sadewa`` a person; the title rule's person starts after the title, so the one
    word between is the first name (samples 38 and 66, blind, read). Pinned down: the two
    model spans become the rule's one person; a word the gazetteer knows (``Jakarta``) is
    not taken in."""
    text = "Menteri Keuangan Purbaya Yudhi Sadewa berkata."
    rule = Candidate(text.index("Purbaya"), text.index(" berkata"), "PER", "rule", WEAK)
    model = model_spans(text, ("Purbaya", "LOC"), ("Yudhi Sadewa", "PER"))
    assert surfaces(widen_to_rule_names(text, [rule], model), text) == [
        ("Purbaya Yudhi Sadewa", "PER")
    ]
    known = "Menteri Keuangan Jakarta Yudhi Sadewa berkata."
    rule = Candidate(known.index("Jakarta"), known.index(" berkata"), "PER", "rule", WEAK)
    model = model_spans(known, ("Jakarta", "LOC"), ("Yudhi Sadewa", "PER"))
    assert widen_to_rule_names(known, [rule], model) == model


def test_a_minister_s_first_name_in_a_headline_and_the_body_is_the_person() -> None:
    """End to end, invented: the model reads the headline's ``Purbaya`` and the body's
    first ``Purbaya`` as places and ``Yudhi Sadewa`` as a person."""
    text = (
        "Defisit APBN melebar, Purbaya: masih aman\n\nJakarta, Kompas.com - Menteri "
        "Keuangan Purbaya Yudhi Sadewa mengatakan pelebaran defisit masih dalam batas "
        "aman. Purbaya menyebut dana itu akan dialihkan."
    )
    assert [m for m in mentions_of(text) if "Purbaya" in m[0] or "Sadewa" in m[0]] == [
        ("Purbaya", "PER"),
        ("Purbaya Yudhi Sadewa", "PER"),
        ("Purbaya", "PER"),
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A regency between the office and the name is the affiliation, not a first name
        # (PFSA-ID: "Indramayu Ahmad Toni Fatoni" was one person before the list).
        (
            "Ketua KPU Indramayu Ahmad Toni Fatoni mengatakan, rekapitulasi selesai.",
            "Ahmad Toni Fatoni",
        ),
        ("Kata Bupati Waropen Yermias Bisay kepada wartawan, Senin.", "Yermias Bisay"),
    ],
)
def test_a_regency_before_a_name_is_the_affiliation(text: str, person: str) -> None:
    found = mentions_of(text)
    assert (person, "PER") in found
    assert not [surface for surface, label in found if label == "PER" and surface != person]


def test_regencies_that_are_also_surnames_are_left_out_of_the_gazetteer() -> None:
    """``Juliari P Batubara``: Batubara is a regency and a surname; listed, it cut the
    person's name (the Minister's surname became a place in five PFSA-ID articles)."""
    for surname in ("Batubara", "Samosir", "Bima", "Lingga"):
        assert label_of(surname) is None
    assert label_of("Kolaka Utara") == label_of("Boven Digoel") == "GPE"


def test_a_gazetteer_with_no_names_says_so() -> None:
    with pytest.raises(ValueError, match=r"mine.tsv: no names"):
        parse_gazetteer("# only a comment\nname\tlabel\tkind\n", "mine.tsv")


def test_the_gazetteer_names_a_malformed_line() -> None:
    with pytest.raises(ValueError, match=r"line 3: expected name<TAB>label\[<TAB>country\]"):
        parse_gazetteer("# comment\nname\tlabel\tkind\nSurabaya\tGPE\tcity\n")
    gazetteer = parse_gazetteer("name\tlabel\tkind\nKorea\tGPE\tcountry\nSurabaya\tGPE\n")
    assert gazetteer.countries == {("Korea",)}
    assert is_country("Korea Utara") and not is_country("Surabaya")


def test_countries_spelled_as_indonesian_news_spells_them_are_countries() -> None:
    """``Hungaria`` beside ``Hongaria``, ``Libanon`` beside ``Lebanon``: the model read
    ``Hungaria`` ORG, LOC and inside a person (``Greenpeace Hungaria``); known, it is the
    country, and the body with its country is one ORG."""
    for name in ("Hungaria", "Libanon", "Kolumbia", "Katar", "Saudi Arabia"):
        assert label_of(name) == "GPE" and is_country(name), name
    found = mentions_of(
        "Organisasi lingkungan Greenpeace Hungaria menolak. Ekonomi Hungaria melambat."
    )
    assert found == [("Greenpeace Hungaria", "ORG"), ("Hungaria", "GPE")]


def test_a_name_a_person_rule_found_is_a_person_in_the_model_mentions_too() -> None:
    """``Kadarmanta`` after a speech verb (a rule's PER) and typed ORG once by the model
    (PFSA-ID, as for 13 other names in 1,000 articles): the article's majority wins."""
    text = "Kata Kadarmanta, hujan. Kadarmanta pergi. Lalu Kadarmanta pulang."
    chosen = model_spans(text, ("Kadarmanta", "PER"), ("Kadarmanta", "PER"), ("Kadarmanta", "ORG"))
    chosen[0] = replace(chosen[0], method="rule", priority=STRONG)
    assert [c.label for c in agree_labels(text, chosen)] == ["PER", "PER", "PER"]


def test_a_landslide_of_the_model_s_own_votes_makes_a_person() -> None:
    """``Nurhadi`` typed PER three times and ORG once, no rule about it: the landslide
    (three at least, three times the rest) decides without a rule's vote."""
    text = "Nurhadi datang. Nurhadi duduk. Nurhadi pergi. Selain itu, Nurhadi menyoroti."
    chosen = model_spans(
        text, ("Nurhadi", "PER"), ("Nurhadi", "PER"), ("Nurhadi", "PER"), ("Nurhadi", "ORG")
    )
    assert [c.label for c in agree_labels(text, chosen)] == ["PER"] * 4


@pytest.mark.parametrize(
    "spans",
    [
        # The model's own votes alone: a company it calls a person most of the time
        # (``Jouska`` in PFSA-ID: PER 7, ORG 2, LOC 4) stays as the model typed it.
        [
            *[("Jouska", "PER", "model")] * 3,
            ("Jouska", "ORG", "model"),
            ("Jouska", "LOC", "model"),
        ],
        [("Jouska", "PER", "model"), ("Jouska", "PER", "model"), ("Jouska", "ORG", "model")],
        # A tie changes nothing.
        [("Jouska", "PER", "rule"), ("Jouska", "ORG", "model")],
        # No name word: a word with digits or a common word is no person's name (only
        # initials a rule calls a person are: see the initials test).
        [("Covid-19", "PER", "rule"), ("Covid-19", "PER", "model"), ("Covid-19", "ORG", "model")],
        [
            ("Pertahanan", "PER", "rule"),
            ("Pertahanan", "PER", "model"),
            ("Pertahanan", "ORG", "model"),
        ],
    ],
)
def test_labels_stay_without_a_persons_majority_and_a_rule(
    spans: list[tuple[str, str, str]],
) -> None:
    text = " dan ".join(surface for surface, _, _ in spans) + "."
    chosen = [
        replace(candidate, method=method)
        for candidate, (_, _, method) in zip(
            model_spans(text, *[(surface, label) for surface, label, _ in spans]),
            spans,
            strict=True,
        )
    ]
    assert agree_labels(text, chosen) == chosen


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # The word also names something else in the article: the studio stays an ORG.
        (
            "Walt Disney mendirikan Walt Disney Pictures. Disney kini besar.",
            [("Walt Disney", "PER"), ("Walt Disney Pictures", "ORG"), ("Disney", "ORG")],
        ),
        # A person span holding a place (the model glued the affiliation on) gives no
        # name parts: Sulut stays a place.
        (
            "kata Gubernur Sulut Olly Dondokambey. Di Sulut hujan turun.",
            [("Sulut Olly Dondokambey", "PER"), ("Sulut", "GPE")],
        ),
        # A word the article places as a town is no one's short name: the model's person
        # ``Intendencia Durazno`` (the town's council) names no one ``Durazno``.
        (
            "Warga mengungsi di Durazno. Gedung milik Intendencia Durazno dipakai.",
            [("Durazno", "LOC"), ("Intendencia Durazno", "PER")],
        ),
    ],
)
def test_lone_words_that_name_something_else_keep_their_label(
    text: str, spans: list[tuple[str, str]]
) -> None:
    chosen = model_spans(text, *spans)
    assert relabel_short_names(text, chosen) == chosen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A regional body's word before the place it serves, with or without a division word.
        ("Pemerintah Provinsi NTB menutup sekolah.", [("Pemerintah Provinsi NTB", "ORG")]),
        ("Pemprov DKI Jakarta mengambil alih.", [("Pemprov DKI Jakarta", "ORG")]),
        ("Polda Jawa Timur menahan dua orang.", [("Polda Jawa Timur", "ORG")]),
        ("Menurut KPU Sulut, jumlah pemilih naik.", [("KPU Sulut", "ORG")]),
        # An institution, then the division it belongs to.
        (
            "Kepala Dinas Pekerjaan Umum Kabupaten Malaka hadir.",
            [("Dinas Pekerjaan Umum Kabupaten Malaka", "ORG")],
        ),
        # A country after "Pemerintah" is the country acting; a title before a place is no
        # body; a place after a plain word stays a place.
        ("Pemerintah China menolak tuduhan itu.", [("China", "GPE")]),
        ("Gubernur Sulut hadir.", [("Sulut", "GPE")]),
        ("Mereka antre di Kota Bekasi.", [("Kota Bekasi", "GPE")]),
    ],
)
def test_a_body_and_the_place_it_serves_are_one_organization(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """``Pemprov DKI Jakarta`` is one ORG, as ``Kementerian Pertahanan Rusia`` is in the
    seed (the issue's own example): the place is part of the body's name. Labels asserted
    for the whole pipeline, model included; the places are gazetteer names."""
    assert [pair for pair in mentions_of(text) if pair[1] in ("ORG", "GPE")] == expected


def test_a_commissioner_of_a_regional_body() -> None:
    """The title rule reads the affiliation as the body and its place, one organization
    (its office there), then the name; so does the whole pipeline."""
    text = "Komisioner KPU Sulut Meidy Tinangon mengatakan"
    found = surfaces(title_name_candidates(text, 0, len(text), is_common_word), text)
    assert found == [("KPU Sulut", "ORG"), ("Meidy Tinangon", "PER")]
    assert mentions_of(text) == [("KPU Sulut", "ORG"), ("Meidy Tinangon", "PER")]
    text = "Ini berbahaya, kata Ketua Komnas HAM Maluku Benediktus Sarkol."
    assert mentions_of(text) == [("Komnas HAM Maluku", "ORG"), ("Benediktus Sarkol", "PER")]


def test_joining_a_body_keeps_unrelated_candidates() -> None:
    """The join replaces only the body's word and the place: a person before them stays."""
    text = "Kata Budi, Polda Jawa Timur menahan dua orang."
    chosen = [
        Candidate(5, 9, "PER", "rule", STRONG),
        Candidate(text.index("Polda"), text.index("Polda") + 5, "ORG", "model", MODEL),
        Candidate(text.index("Jawa"), text.index(" menahan"), "GPE", "gazetteer", WEAK),
    ]
    joined = join_bodies_and_places(text, chosen, 0)
    assert surfaces(joined, text) == [("Budi", "PER"), ("Polda Jawa Timur", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The model's span opened with the sentence's lower-case noun before a body's name.
        ("Rapat digelar di kantor Kementerian Perhubungan kemarin.", "Kementerian Perhubungan"),
        ("Alasan teknis kondisi gedung DPR belum jelas.", "DPR"),
        # A medium's word before its name: the name is the organization.
        ("Hal itu dilaporkan harian Global Times pada Senin.", "Global Times"),
    ],
)
def test_a_lower_case_noun_before_a_body_is_no_part_of_its_name(text: str, expected: str) -> None:
    start = text.index(expected)
    before = text.rindex(" ", 0, start - 1) + 1  # the model's span began one word earlier
    found = surfaces(model_candidates(text, before, start + len(expected), "LOC", 0), text)
    assert found == [(expected, "ORG")]


def test_a_lower_case_head_of_a_place_stays_and_an_acting_office_is_no_daily() -> None:
    """The dev files' places keep their lower-case heads (``danau Tondano``, ``jalan Medan
    Merdeka Barat``), and ``Pelaksana Harian`` is an acting office, not a newspaper: its
    ``Harian`` is the title's, no part of the body (as ``Ketua Harian``'s, sample 81)."""
    text = "Warga berkumpul di sekitar danau Tondano pada pagi hari."
    start = text.index("danau")
    end = start + len("danau Tondano")
    assert surfaces(model_candidates(text, start, end, "LOC", 0), text) == [
        ("danau Tondano", "LOC")
    ]
    text = "kata Pelaksana Harian Yayasan Sejahtera Bersama kemarin."
    start = text.index("Harian")
    end = text.index(" kemarin")
    found = surfaces(model_candidates(text, start, end, "ORG", 0), text)
    assert found == [("Yayasan Sejahtera Bersama", "ORG")]


def test_a_common_word_after_the_place_of_a_title_is_the_name() -> None:
    """``Bola`` (ball) after ``Presiden Nigeria`` opens the name, not the portfolio: the
    title rule used to read ``Presiden Nigeria Bola`` as the office and keep ``Tinubu``."""
    text = "Presiden Nigeria Bola Tinubu mengatakan hal itu."
    assert title_name_candidates(text, 0, len(text), is_common_word) == []
    assert mentions_of(text) == [("Nigeria", "GPE"), ("Bola Tinubu", "PER")]


def test_a_medium_known_by_name_ends_the_search_for_its_name() -> None:
    """``kantor berita IRNA`` names the medium: the words after it are another phrase (the
    rule used to read past it and type the police chief quoted next an ORG)."""
    text = "kata Kantor Berita IRNA mengutip kepala kepolisian Esmael Ahmadi-Mogadam."
    assert surfaces(medium_candidates(text, 0, len(text), is_common_word), text) == [
        ("IRNA", "ORG")
    ]


def test_a_people_or_faith_in_a_title_is_no_affiliation() -> None:
    """``Imam Pertama Gereja Katolik Nusa Tenggara``: ``Katolik`` (NORP) qualifies the
    office; the place after it is no certain person."""
    text = "Dari Lahurus tampil Imam Pertama Gereja Katolik Nusa Tenggara dan Uskup Pertama."
    assert ("Nusa Tenggara", "PER") not in mentions_of(text)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # A known name, then a person of two words: the model glued an affiliation on.
        (
            "kata CEO Tokopedia William Tanuwijaya kemarin.",
            "Tokopedia William Tanuwijaya",
            [("Tokopedia", "ORG"), ("William Tanuwijaya", "PER")],
        ),
        # One word after a known name is more often the rest of a name (a car model).
        ("Polisi menyita Suzuki APV milik pelaku.", "Suzuki APV", [("Suzuki APV", "PER")]),
    ],
)
def test_a_person_span_opening_with_a_known_name(
    text: str, span: str, expected: list[tuple[str, str]]
) -> None:
    start = text.index(span)
    found = model_candidates(text, start, start + len(span), "PER", 0)
    assert surfaces(found, text) == expected


def test_a_short_form_in_parentheses_ends_the_name() -> None:
    """``Kementerian Komunikasi dan Digital (Komdigi)``: the model's one span is two
    mentions of one kind; a company's legal form stays (``PT PLN (Persero)``)."""
    text = "Di Jakarta, Kementerian Komunikasi dan Digital (Komdigi) meminta platform patuh."
    start, end = text.index("Kementerian"), text.index(" meminta")
    found = surfaces(model_candidates(text, start, end, "ORG", 0), text)
    assert found == [("Kementerian Komunikasi dan Digital", "ORG"), ("Komdigi", "ORG")]
    text = "Direksi PT PLN (Persero) menaikkan tarif."
    start, end = text.index("PT"), text.index(" menaikkan")
    assert surfaces(model_candidates(text, start, end, "ORG", 0), text) == [
        ("PT PLN (Persero)", "ORG")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A foreign body's acronym spells its name in another language.
        (
            "Kantor Anggaran Kongres (CBO) memperkirakan defisit naik. Menurut CBO, defisit naik.",
            [("Kantor Anggaran Kongres", "ORG"), ("CBO", "ORG"), ("CBO", "ORG")],
        ),
        (
            "Namun Konfederasi Umum Buruh (CGT) menolak rencana itu.",
            [("Konfederasi Umum Buruh", "ORG"), ("CGT", "ORG")],
        ),
        # The titles of the body's officer may stand before its name.
        (
            "Wakil Ketua Badan Legislasi (Baleg) menolak itu. Baleg akan rapat.",
            [("Badan Legislasi", "ORG"), ("Baleg", "ORG"), ("Baleg", "ORG")],
        ),
        # A body named in English ends with a word that says so; it opens after the
        # officer's title or the role before it.
        (
            "Hal itu dilaporkan kantor berita resmi Saudi Press Agency (SPA). Kata SPA, itu benar.",
            [("Saudi Press Agency", "ORG"), ("SPA", "ORG"), ("SPA", "ORG")],
        ),
        (
            "Peneliti Indonesia Corruption Watch (ICW) mengkritik itu.",
            [("Indonesia Corruption Watch", "ORG"), ("ICW", "ORG")],
        ),
        # A role before a university's name; an armed force's branch.
        (
            "Ekonom Universitas Nasional Australia (ANU) Frank Jotzo menilai itu.",
            [("Universitas Nasional Australia", "ORG"), ("ANU", "ORG"), ("Frank Jotzo", "PER")],
        ),
        # A rank's branch in parentheses is no acronym of a body.
        (
            "Kepala Kepolisian Negara Republik Indonesia Jenderal (Pol) Idham Azis hadir.",
            [("Kepolisian Negara Republik Indonesia", "ORG"), ("Idham Azis", "PER")],
        ),
        # A regulation of a body is no body: nothing is defined by it.
        ("Aturan itu tertuang dalam Peraturan KPU (PKPU) yang baru.", [("KPU", "ORG")]),
        (
            "Itu diatur dalam Peraturan Mahkamah Konstitusi (PMK) Nomor 2.",
            [("Mahkamah Konstitusi", "ORG")],
        ),
        # The retrained model reads a regulation's short form as a body: a regulation
        # word's letter and the body's spell it, so it names the regulation, no mention
        # anywhere in the article.
        (
            "Ketentuan itu diatur dalam Peraturan Bank Indonesia (PBI). PBI itu berlaku"
            " bulan depan.",
            [("Bank Indonesia", "ORG")],
        ),
        (
            "Bank wajib mematuhi Peraturan OJK (POJK) tentang manajemen risiko.",
            [("OJK", "ORG")],
        ),
        # The whole name takes the place of the parts found of it (the model cuts at "dan").
        (
            "Menurut Institut Nasional Statistik dan Geografi (INEGI), inflasi naik.",
            [("Institut Nasional Statistik dan Geografi", "ORG"), ("INEGI", "ORG")],
        ),
        # A body's short form in its own language, not in capitals alone.
        (
            "Data Lembaga Statistik Turki (TurkStat) menunjukkan inflasi turun.",
            [("Lembaga Statistik Turki", "ORG"), ("TurkStat", "ORG")],
        ),
        (
            "Operasi itu dipimpin Kementerian Pertahanan Nasional (Sedena) kemarin.",
            [("Kementerian Pertahanan Nasional", "ORG"), ("Sedena", "ORG")],
        ),
        # A body's name opening a paragraph (the word before it is the last paragraph's).
        (
            "Warga diminta tenang, ujar Villanueva.\nKantor Pertahanan Sipil (OCD) menyalurkan"
            " bantuan.",
            [("Villanueva", "PER"), ("Kantor Pertahanan Sipil", "ORG"), ("OCD", "ORG")],
        ),
        # A short form longer than ten letters.
        (
            "Dana itu berasal dari Kementerian Pendidikan Tinggi, Sains, dan Teknologi"
            " (Kemdiktisaintek) tahun ini.",
            [
                ("Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "ORG"),
                ("Kemdiktisaintek", "ORG"),
            ],
        ),
        # A known name after its officer's capitalized title.
        pytest.param(
            "Direktur Jenderal Minyak dan Gas Bumi Kementerian Energi dan Sumber Daya Mineral"
            " (ESDM), Laode Sulaeman, hadir.",
            [
                ("Kementerian Energi dan Sumber Daya Mineral", "ORG"),
                ("ESDM", "ORG"),
                ("Laode Sulaeman", "PER"),
            ],
        ),
        # Two bodies joined by "dan": the acronym is the second's.
        (
            "Data dicocokkan dengan Kementerian Dalam Negeri dan Badan Pusat Statistik (BPS).",
            [
                ("Kementerian Dalam Negeri", "ORG"),
                ("Badan Pusat Statistik", "ORG"),
                ("BPS", "ORG"),
            ],
        ),
        # An officer's short title is no acronym of the body (its title's letters open it).
        (
            "Ia menjadi Komandan Pusat Kesenjataan Infanteri (Danpussenif) tahun itu.",
            [("Pusat Kesenjataan Infanteri", "ORG")],
        ),
    ],
)
def test_an_acronym_defined_after_a_body_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [pair for pair in mentions_of(text) if pair[1] != "DATE"] == expected


def test_a_place_named_like_a_building_or_a_region_is_no_town() -> None:
    """The town rule leaves geography, buildings and regions of known places alone."""
    for text, span in [
        ("Laga digelar di Volkswagen Arena pada Sabtu.", "Volkswagen Arena"),
        ("Wisatawan berkunjung ke Pantai Kuta setiap hari.", "Pantai Kuta"),
        ("Konflik meluas di Afrika Barat tahun ini.", "Afrika Barat"),
    ]:
        start = text.index(span)
        labels = {c.label for c in model_candidates(text, start, start + len(span), "LOC", 0)}
        assert "GPE" not in labels, text


def test_a_title_before_a_person_is_no_part_of_the_name() -> None:
    """``Syekh``, ``Pangeran``, ``Paus`` are titles: the training data and OntoNotes leave
    them out of the person span, as they do ``Presiden``."""
    text = "Ia bertemu Syekh Salman bin Ebrahim Al Khalifa kemarin."
    start, end = text.index("Syekh"), text.index(" kemarin")
    assert surfaces(model_candidates(text, start, end, "PER", 0), text) == [
        ("Salman bin Ebrahim Al Khalifa", "PER")
    ]
    # A kiai's, an emperor's, a patriarch's, a detective's, a crown prince's, an ulama's
    # (``Buya``), an Ethiopian patriarch's, priests' and monks', a Malaysian honorific, a
    # Tswana chief's title.
    for title in (
        "KH", "Kiai", "Sayyid", "Kaisar", "Patriark", "Detektif", "Putra Mahkota", "Buya",
        "Abune", "Romo", "Pastor", "Bhante", "Mangku", "Ustadz", "Datuk Seri", "Kgosi",
    ):  # fmt: skip
        text = f"Ia bertemu {title} Ahmad Rifai kemarin."
        start, end = text.index(title), text.index(" kemarin")
        assert surfaces(model_candidates(text, start, end, "PER", 0), text) == [
            ("Ahmad Rifai", "PER")
        ], title


def test_a_gazetteer_match_reads_on_only_while_a_name_may_go_on() -> None:
    """``match_at`` stops reading words once they begin no longer name: it finds what
    reading ``longest`` words and trying every length finds, at every word of the seed and
    of the training texts."""
    from warta.gazetteer import load_gazetteer, match_at

    gazetteer = load_gazetteer()
    texts = [SEED_GOLD.read_text(encoding="utf-8")]
    for path in TRAINING_SAMPLE:
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    word = re.compile(r"\w+(?:[-'’]\w+)*")  # the gazetteer's own word
    found = 0
    for text in texts:
        for first in word.finditer(text):
            words = [first]
            while (
                len(words) < gazetteer.longest
                and text[words[-1].end() : words[-1].end() + 1] == " "
            ):
                following = word.match(text, words[-1].end() + 1)
                if following is None:
                    break
                words.append(following)
            expected = next(
                (
                    (first.start(), words[size - 1].end())
                    for size in range(len(words), 0, -1)
                    if tuple(w.group() for w in words[:size]) in gazetteer.labels
                ),
                None,
            )
            match = match_at(text, first.start(), len(text))
            assert (match and (match.start, match.end)) == expected, text[
                first.start() : first.start() + 40
            ]
            found += match is not None
    assert found > 1000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plus sign glued to an organization's name is part of it; arithmetic is not.
        ("Kelompok OPEC+ sepakat menahan produksi.", ("OPEC+", "ORG")),
        # A person's name particle joins the model's two spans (``Lago`` alone was a LOC).
        ("Presiden COP30 Andre Correa do Lago mengatakan itu.", ("Andre Correa do Lago", "PER")),
        # Name words right after a person's title are its holder, whatever the model typed.
        (
            "Presiden Claudia Sheinbaum, dalam konferensi pers pagi, menegaskan hal itu.",
            ("Claudia Sheinbaum", "PER"),
        ),
        # ... or an ORG (the model types Portuguese names so).
        (
            "Putra sulungnya, Senator Flávio Bolsonaro, membela ayahnya.",
            ("Flávio Bolsonaro", "PER"),
        ),
        # ... and name words in apposition to a role after a comma (both typed LOC).
        (
            "Tinubu berbicara melalui juru bicaranya, Bayo Onanuga, pada Senin.",
            ("Bayo Onanuga", "PER"),
        ),
        (
            "Kata analis politik Universitas Chulalongkorn, Thitinan Pongsudhirak, kemarin.",
            ("Thitinan Pongsudhirak", "PER"),
        ),
        (
            "Analis politik Universitas Chulalongkorn, Thitinan Pongsudhirak, menyebut itu.",
            ("Thitinan Pongsudhirak", "PER"),
        ),
        # Ordinary words the training text rarely writes are portfolio words of a title.
        ('"Kami tenggelam," ujar Menteri Iklim Tuvalu Maina Talia.', ("Maina Talia", "PER")),
        (
            "Hadir pula Kepala Eksekutif Takeda Christophe Weber di sana.",
            ("Christophe Weber", "PER"),
        ),
        pytest.param(
            "Pemimpin Oposisi Sussan Ley menolak rencana itu.",
            ("Sussan Ley", "PER"),
            marks=regressed("one body `Sussan Ley`: the model's ORG `Oposisi Sussan Ley`"),
        ),
        # ... but not inside an institution's name, whose place stays in it.
        ("Kepala Badan Kepegawaian DKI Jakarta hadir.", ("Badan Kepegawaian DKI Jakarta", "ORG")),
        # A Burmese honorific is no part of the name.
        ('"Masih ada guncangan," kata Daw Khin Myint kepada wartawan.', ("Khin Myint", "PER")),
        # The leader of a chamber's minority; the EU's Indonesian acronym.
        ("Pemimpin Minoritas Senat Chuck Schumer menolak itu.", ("Chuck Schumer", "PER")),
        ("Ia bertemu Komisioner Perdagangan UE Maroš Šefčovič kemarin.", ("UE", "ORG")),
        ("Ia bertemu Komisioner Perdagangan UE Maroš Šefčovič kemarin.", ("Maroš Šefčovič", "PER")),
        # The model's lone body after a title's name words is the person's surname.
        ("Presiden Recep Tayyip Erdoğan memuji langkah itu.", ("Recep Tayyip Erdoğan", "PER")),
        # A ministry's short form with its state is one organization (the gazetteer).
        ("Namun Kemlu RI menolak berkomentar.", ("Kemlu RI", "ORG")),
        # A company's legal forms, and a ticker defined after them.
        (
            "Laba PT Bank Rakyat Indonesia (Persero) Tbk naik.",
            ("PT Bank Rakyat Indonesia (Persero) Tbk", "ORG"),
        ),
        ("Saham PT Bank Mandiri (Persero) Tbk (BMRI) naik.", ("BMRI", "ORG")),
        # The name after a speech verb in another script, or under a joined article.
        ('"Kami siap," tulis Şimşek di media sosial.', ("Şimşek", "PER")),
        ('"Kami siap," ungkap al-Ghais kepada wartawan.', ("al-Ghais", "PER")),
        # The lower-case half of a hyphenated given name.
        ("Juru bicara Presiden, Kang Yu-jung, mengatakan itu.", ("Kang Yu-jung", "PER")),
    ],
)
def test_whole_article_name_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in mentions_of(text)


def test_a_title_before_a_known_or_common_word_keeps_the_model_label() -> None:
    """After a title, a span holding a place's head word, a gazetteer name or an honorific
    is not made a person (``Pangeran Keraton Yogyakarta``, ``Rektor Unesa Prof Nurhasan``)."""
    for text, span in [
        ("Ia bertemu Pangeran Keraton Yogyakarta kemarin.", "Keraton Yogyakarta"),
        ("ungkap Rektor Unesa Prof Nurhasan kemarin.", "Unesa Prof Nurhasan"),
    ]:
        start = text.index(span)
        found = model_candidates(text, start, start + len(span), "LOC", 0)
        assert "PER" not in {candidate.label for candidate in found}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mantan Kepala Staf Umum Angkatan Darat India itu.",
         # the rule offers the inner body too; the longer span wins the merge
         [("Staf Umum Angkatan Darat India", "ORG"), ("Angkatan Darat India", "ORG")]),
        ("sanksi dari Konfederasi Sepak Bola Asia kemarin.",
         [("Konfederasi Sepak Bola Asia", "ORG")]),
        ("Indeks Bursa Efek Thailand turun 2 persen.", [("Bursa Efek Thailand", "ORG")]),
        ("Timnas Indonesia menang 2-1 atas Kuwait.", [("Timnas Indonesia", "ORG")]),
        ("Namun Bulan Sabit Merah Sudan membantu.", [("Bulan Sabit Merah Sudan", "ORG")]),
        # An acronym names a portfolio too; a letter names a sub-body of a parent.
        ("KPK tahan Kepala Dinas PUPR Lombok Barat kemarin.",
         [("Dinas PUPR Lombok Barat", "ORG")]),
        ("rapat kerja dengan Komisi E DPRD DKI Jakarta kemarin.", []),
        # A body and its parent body stay two names; a court is left to the model (the
        # training data types courts as places as often as bodies).
        ("berdiskusi dengan Dewan Pimpinan Pusat Partai Demokrat kemarin.", []),
        ("sidang di Pengadilan Negeri Jakarta Selatan, Kamis.", []),
    ],
)  # fmt: skip
def test_a_state_body_and_its_state_or_region(text: str, expected: list[tuple[str, str]]) -> None:
    assert surfaces(state_body_candidates(text, 0, len(text), is_common_word), text) == expected


def test_a_clitic_after_a_name_is_no_half_of_it() -> None:
    """``Prabowo-nya``: ``-nya`` is the possessive clitic, not a Korean given name's half."""
    assert ("Prabowo", "PER") in mentions_of("Kata Prabowo-nya sudah jelas, ujar Budi.")


@pytest.mark.parametrize(
    "text",
    [
        'Sidang dibuka pukul 09.00. "Mengadili, dalam pokok permohonan, menolak," kata hakim.',
        "Saham bank naik. Analis menilai kinerja itu positif.",
        "Harga naik lagi. Rasio kredit bermasalah turun.",
        '"Mari kita cari jalan keluar," katanya.',
    ],
)
def test_a_lone_ordinary_word_opening_a_sentence_is_no_name(text: str) -> None:
    """The model typed these sentence-initial words PER or LOC; they are ordinary words
    (``data/ordinary_words_id.txt``) that the article never writes as a name."""
    assert [pair for pair in mentions_of(text) if " " not in pair[0]] == []


def test_an_ordinary_word_written_as_a_name_inside_a_sentence_stays_a_name() -> None:
    """``Mari`` is also a given name: an article that writes it capitalized after a
    lower-case word keeps the model's person at the sentence's start too."""
    from warta.entities import _capitalized_inside_sentences

    text = "Pelatih memuji Mari. Mari mencetak dua gol."
    assert _capitalized_inside_sentences(text, "Mari")
    assert not _capitalized_inside_sentences("Mari kita pergi. Ayo.", "Mari")


def test_the_ordinary_words_are_no_words_of_training_names() -> None:
    """The shipped list is lower-case words only, and none of them is a word of a person's
    name in the public training files of training/ner/ (the list's header says so; ``mari``
    and ``mahkamah`` were put back by hand: ``Mari Mizutani`` and ``Mahkamah Agung``). The
    invented training articles came after the list and are not what it was read from: their
    invented names hold ordinary words (Sasak ``Lalu``, Balinese ``Anak Agung``)."""
    from warta.gazetteer import ordinary_words

    words = ordinary_words()
    assert len(words) > 3000
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) for word in words)
    in_names: set[str] = set()
    for path in (path for path in TRAINING_SAMPLE if path.name.startswith("ner_")):
        for line in path.read_text("utf-8").splitlines():
            record = json.loads(line)
            for start, end, label in record["entities"]:
                if label == "PER":
                    in_names.update(
                        w.lower() for w in re.findall(r"\w+", record["text"][start:end])
                    )
    assert words & in_names == {"mari"}


@pytest.mark.parametrize(
    ("span", "expected"),
    [("Candi Borobudur", "LOC"), ("Hotel Yasmin", "LOC"), ("Puskesmas Cilincing", "ORG")],
)
def test_a_place_head_opens_no_person(span: str, expected: str) -> None:
    """A model PER opening with a place's head word is the place (or, for a health
    centre, the body): no person's name starts with ``Candi`` or ``Hotel``."""
    text = f"Kemarin ribuan orang mendatangi {span} sejak pagi."
    start = text.index(span)
    found = model_candidates(text, start, start + len(span), "PER", 0)
    assert surfaces(found, text) == [(span, expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A landmark's head and its name are a place, a known place in it or not (names
        # invented: the gazetteer knows Lapangan Gwanghwamun, Perlintasan Rafah, Garis
        # Durand, which the rule leaves to it).
        ("Massa berkumpul di Lapangan Seonhwamun sejak pagi.", ["Lapangan Seonhwamun"]),
        (
            "Misi pemantau dikirim ke Perlintasan Kissufim pekan depan.",
            ["Perlintasan Kissufim"],
        ),
        ("Bentrokan terjadi di sepanjang Garis Wendmoor.", ["Garis Wendmoor"]),
        # The name ends at a common word, a day or a month.
        ("Demo di Bundaran HI Senin lalu.", ["Bundaran HI"]),
        # ``St.`` opens a saint's name inside it (sample 133, blind, read).
        ("Mereka berkantor di Katedral St. John, serta di Wan Chai.", ["Katedral St. John"]),
        # Inside a longer name or after a title, the head is no landmark's.
        ("Kepala Dinas Penerangan TNI Angkatan Laut Laksamana Pertama Julius.", []),
        ("Komandan Lapangan RSDC Wisma Atlet mengatakan hal itu.", []),
        # A head alone, or before a common word, names nothing.
        ("RUU Cipta Lapangan Kerja disahkan.", []),
    ],
)
def test_landmark_candidates(text: str, expected: list[str]) -> None:
    found = landmark_candidates(text, 0, len(text), is_common_word)
    assert [(text[c.start : c.end], c.label) for c in found] == [(name, "LOC") for name in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model's ORG ends in the rank; the officer after it was read on its own
        (
            "Dirresnarkoba Polda Sumut Kombes Jean Calvijn mengatakan hal itu.",
            [("Polda Sumut", "ORG"), ("Jean Calvijn", "PER")],
        ),
        # one model ORG over title, unit, body, rank and name: the body and the person
        (
            "Kasat Resnarkoba Polres Pelabuhan Belawan AKP Dedi Sinaga mengatakan hal itu.",
            [("Polres Pelabuhan Belawan", "ORG"), ("Dedi Sinaga", "PER")],
        ),
        # a unit's word after the title is its portfolio, no name; the rank no acronym
        (
            "Kasat Reskrim Polres Bogor AKP Rizka Fadhila mengatakan tersangka sudah ditahan.",
            [("Polres Bogor", "ORG"), ("Rizka Fadhila", "PER")],
        ),
        (
            "Kanit Reskrim Polsek Tanah Abang Iptu Agus Susanto membenarkan penangkapan itu.",
            [("Polsek Tanah Abang", "ORG"), ("Agus Susanto", "PER")],
        ),
        # a rank's branch belongs to the rank, not to the name after it
        (
            "Kapolri Jenderal Pol Listyo Sigit Prabowo hadir.",
            [("Listyo Sigit Prabowo", "PER")],
        ),
        # a corps after an army rank, a police branch after a police rank
        pytest.param(
            "Kabid Humas Kombes Pol Arief Budiman Sitepu mengatakan api sudah padam.",
            [("Arief Budiman Sitepu", "PER")],
        ),
        # ``Koops Habema`` (an operations command) is a body by the guide; the models before
        # read nothing there
        pytest.param(
            "Kepala Penerangan Koops Habema Letkol Inf Ardiansyah Putra mengatakan itu.",
            [("Koops Habema", "ORG"), ("Ardiansyah Putra", "PER")],
            marks=regressed("`Koops` without `Habema`"),
        ),
    ],
)
def test_a_rank_is_part_of_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    """Police and military ranks (``AKP``, ``Kombes``, ``Iptu``) stand between an officer's
    body and name and belong to neither (the guide's ``Irjen Fadil Imran`` → ``Fadil
    Imran``); before this the model glued them on either side (``Polda Sumut Kombes``)."""
    assert mentions_of(text) == expected


def test_a_phrase_in_lower_case_is_no_name() -> None:
    """idner2k's training text types ``kementerian luar negeri`` ORG, and the model learnt
    it (four such false positives in the dev files, no true one); a name has a capital."""
    text = "Saat dihubungi kantor berita AFP, kementerian luar negeri menolak untuk berkomentar."
    assert ("kementerian luar negeri", "ORG") not in mentions_of(text)
    assert ("AFP", "ORG") in mentions_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's name is ideology words after ``Partai``; the model read them as the
        # member's first name
        pytest.param(
            "Pemimpin Partai Sosialis Olivier Faure berpidato.",
            [("Partai Sosialis", "ORG"), ("Olivier Faure", "PER")],
            marks=regressed("one body `Partai Sosialis Olivier Faure`"),
        ),
        # the body named after a title ends with its country (one ORG, as ``Kementerian
        # Pertahanan Rusia``); the name after it is its officer's
        (
            "Sekretaris Jenderal Partai Komunis Vietnam Nguyen Phu Trong meninggal.",
            [("Partai Komunis Vietnam", "ORG"), ("Nguyen Phu Trong", "PER")],
        ),
        (
            "Ketua Mahkamah Agung AS John Roberts menulis pendapat mayoritas.",
            [("Mahkamah Agung AS", "ORG"), ("John Roberts", "PER")],
        ),
        # ``Hakim Agung`` is one title (``Agung`` is also a Javanese name): a model person
        # opening with a two-word title's second word starts after it
        (
            "Hakim Agung Clarence Thomas menulis pendapat berbeda.",
            [("Clarence Thomas", "PER")],
        ),
    ],
)
def test_a_body_after_a_title_and_its_officer(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a power plant is a facility (LOC), whether the model read it as a body or not
        ("Listrik dari PLTU Suralaya terganggu.", [("PLTU Suralaya", "LOC")]),
        ("Sampah diolah di PLTSa Benowo.", [("PLTSa Benowo", "LOC")]),
        # the lower-case ``perairan`` is no part of the name, as ``wilayah Kursk``
        ("Kapal tenggelam di perairan Spermonde.", [("Spermonde", "LOC")]),
    ],
)
def test_power_plants_and_waters(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions_of(text) == expected


def test_a_division_defined_by_its_initials() -> None:
    """A regency's initials leave out ``Kabupaten`` (``Kabupaten Timor Tengah Selatan
    (TTS)``): the acronym is the GPE all through the article, and a regional body before
    it is one ORG with it (``Kejari TTS``, as ``Polda Jawa Timur``)."""
    text = (
        "Polisi menahan mantan kepala desa di Kabupaten Timor Tengah Selatan (TTS). "
        "Kepala Kejari TTS mengatakan dana itu dititipkan. "
        "Kasus ini menambah daftar kepala desa di TTS yang terjerat."
    )
    assert mentions_of(text) == [
        ("Kabupaten Timor Tengah Selatan", "GPE"),
        ("TTS", "GPE"),
        ("Kejari TTS", "ORG"),
        ("TTS", "GPE"),
    ]


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Kuasa hukum terdakwa, Abraham Nenobais, S.H., menilai majelis hakim keliru.", "S.H"),
        ("Direktur rumah sakit itu, dr. Anike Rumbiak, Sp.PD, mengatakan itu.", "PD"),
    ],
)
def test_a_degree_after_a_name_is_no_mention(text: str, degree: str) -> None:
    """The model read ``S.H`` as a person and the ``PD`` of ``Sp.PD`` as a body."""
    assert degree not in [surface for surface, _ in mentions_of(text)]


def test_an_affiliation_the_article_names_alone_is_split_from_its_officer() -> None:
    """The model read ``Komersial Zhardemprom Askar Baimukhanov`` as one ORG after the
    title and the company alone as a place. A word the article names on its own, between
    a title's portfolio and a person's name, is the title's affiliation (ORG), everywhere."""
    text = (
        "Zhardemprom memangkas target produksi uranium tahun depan. "
        '"Kami tidak akan membanjiri pasar," kata Direktur Komersial Zhardemprom '
        "Askar Baimukhanov dalam panggilan telepon dengan para analis."
    )
    spans = [
        Candidate(0, 11, "LOC", "model", MODEL),
        Candidate(text.index("Komersial"), text.index(" dalam"), "ORG", "model", MODEL),
    ]
    assert surfaces(split_affiliations(text, spans), text) == [
        ("Zhardemprom", "ORG"),
        ("Zhardemprom", "ORG"),
        ("Askar Baimukhanov", "PER"),
    ]
    # a first name alone in the article (a person) is no affiliation: the name stays whole
    text = "Kepala Sekretariat Presiden Heru Budi Hartono hadir. Heru tiba pagi."
    spans = [
        Candidate(text.index("Heru"), text.index(" hadir"), "PER", "model", MODEL),
        Candidate(text.rindex("Heru"), text.rindex("Heru") + 4, "PER", "model", MODEL),
    ]
    assert split_affiliations(text, spans) == spans


def test_a_programme_defined_by_a_common_acronym_is_no_body() -> None:
    """``Jaminan Kesehatan Nasional (JKN)``: the acronym is a common noun's (a programme,
    data/common_acronyms.txt), so the capitalized name it spells is no ORG either."""
    text = "Pasien itu tidak lagi terdaftar sebagai peserta Jaminan Kesehatan Nasional (JKN)."
    assert mentions_of(text) == []


def test_an_affiliation_after_a_title_s_portfolio_is_split_from_its_officer() -> None:
    """``Direktur Eksekutif McLaren Zak Brown``: the model's person opened with the team,
    named alone elsewhere in the article, after a title and its portfolio word."""
    text = "Zhardemprom didenda. Direktur Eksekutif Zhardemprom Zak Brown kecewa."
    later = text.rindex("Zhardemprom")
    spans = [
        Candidate(0, 11, "LOC", "model", MODEL),
        Candidate(later, text.index(" kecewa"), "PER", "model", MODEL),
    ]
    assert surfaces(split_affiliations(text, spans), text) == [
        ("Zhardemprom", "ORG"),
        ("Zhardemprom", "ORG"),
        ("Zak Brown", "PER"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one body under two names, a slash between
        (
            "Hadir perwakilan Kementerian Investasi dan Hilirisasi/Badan Koordinasi "
            "Penanaman Modal.",
            [
                ("Kementerian Investasi dan Hilirisasi", "ORG"),
                ("Badan Koordinasi Penanaman Modal", "ORG"),
            ],
        ),
    ],
)
def test_two_names_of_a_body_and_an_english_title(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions_of(text) == expected


def test_an_english_title_after_a_speech_verb_is_no_speaker() -> None:
    """``kata Chairman sekaligus CEO Emirates ...``: the speech-verb rule read the title as
    the speaker's name."""
    text = "Kami akan membeli pesawat itu, kata Chairman sekaligus CEO Emirates."
    assert ("Chairman", "PER") not in mentions_of(text)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        # a known name, then lower-case words the model glued on: the name alone
        ("Kementerian Perindustrian mencatat", [("Kementerian Perindustrian", "ORG")]),
        ("Maluku sebanyak", [("Maluku", "GPE")]),
        # not a name's own lower-case words, a direction of a region, or a site's domain
        ("Afrika barat", [("Afrika barat", "LOC")]),
        (
            "Kementerian Pendidikan dan Kebudayaan",
            [("Kementerian Pendidikan dan Kebudayaan", "ORG")],
        ),
    ],
)
def test_a_known_name_ends_where_lower_case_words_begin(
    span: str, expected: list[tuple[str, str]]
) -> None:
    text = f"Menurut {span} 30 kasus naik."
    start = text.index(span)
    assert (
        surfaces(
            model_candidates(
                text, start, start + len(span), "ORG" if "Kementerian" in span else "LOC", 0
            ),
            text,
        )
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening the sentence, then a comma and a role: the person it describes
        (
            "Andrés Cevallos, ilmuwan politik di Universidad San Francisco de Quito, menilai "
            "hasil itu.",
            [("Andrés Cevallos", "PER"), ("Universidad San Francisco de Quito", "ORG")],
        ),
        ("Budi Santoso, seorang petani, mengeluh.", [("Budi Santoso", "PER")]),
    ],
)
def test_a_name_then_its_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions_of(text) == expected


def test_a_place_then_a_role_is_no_person() -> None:
    text = "Kota Bekasi, warga mengeluh."
    assert role_after_name_candidates(text, 0, len(text), is_common_word) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tim gabungan dari Korem 102/Panju Panjung tiba.", ["Korem 102/Panju Panjung"]),
        ("Kepala Staf Kodam V Jaya hadir.", ["Kodam V Jaya"]),
        ("Operasi melibatkan Lantamal VI Makassar.", ["Lantamal VI Makassar"]),
        # the unit ends before its commander's rank
        (
            "Komandan Komando Distrik Militer 1418/Mamuju Letkol Inf Budi Santoso hadir.",
            ["Komando Distrik Militer 1418/Mamuju"],
        ),
    ],
)
def test_military_unit_candidates(text: str, expected: list[str]) -> None:
    """A command, its number, then its name or town, is one ORG (the model cut it at the
    number or the slash: ``Korem`` PER, ``Panju Panjung`` LOC)."""
    found = military_unit_candidates(text, 0, len(text))
    assert [(text[c.start : c.end], c.label) for c in found] == [(n, "ORG") for n in expected]


def test_a_time_zone_is_no_body() -> None:
    text = "Penyerangan terjadi sekitar pukul 06.30 WIT ketika para guru berangkat."
    assert "WIT" not in [surface for surface, _ in mentions_of(text)]


def test_a_name_called_a_company_once_is_the_company_all_through() -> None:
    """``startup agritech Petanesia`` once, then ``Petanesia`` typed LOC by the model."""
    text = "Startup agritech Petanesia raih pendanaan. Petanesia kini melayani petani."
    later = text.rindex("Petanesia")
    spans = [
        Candidate(17, 26, "ORG", "model", MODEL),
        Candidate(later, later + 9, "LOC", "model", MODEL),
    ]
    assert surfaces(agree_on_companies(text, spans), text) == [
        ("Petanesia", "ORG"),
        ("Petanesia", "ORG"),
    ]


def test_a_body_s_short_form_with_its_region_names_the_body_all_through() -> None:
    """``(Bawaslu Halsel)`` after the full name: later ``Bawaslu Halsel`` is one ORG (the
    model read a body and a person)."""
    text = (
        "Badan Pengawas Pemilihan Umum Kabupaten Halmahera Selatan (Bawaslu Halsel) "
        "merekomendasikan pemungutan suara ulang. Ketua Bawaslu Halsel mengatakan itu."
    )
    name_end = text.index(" (Bawaslu")
    later = text.rindex("Bawaslu")
    spans = [
        Candidate(0, name_end, "ORG", "model", MODEL),
        Candidate(later, later + 7, "ORG", "gazetteer", STRONG),
        Candidate(later + 8, later + 14, "PER", "rule", STRONG),
    ]
    assert sorted(surfaces(apply_regional_short_forms(text, spans), text)) == [
        ("Badan Pengawas Pemilihan Umum Kabupaten Halmahera Selatan", "ORG"),
        ("Bawaslu Halsel", "ORG"),
        ("Bawaslu Halsel", "ORG"),
    ]


def test_a_police_short_form_drops_the_ke_of_kepolisian() -> None:
    """``Polres TTU`` spells ``Kepolisian Resor Timor Tengah Utara`` without its ``Ke``:
    every later ``Polres TTU`` is the one body (the model read the region's initials alone)."""
    text = (
        "Kepolisian Resor Timor Tengah Utara (Polres TTU) menangkap tiga pria. Polres TTU "
        "bekerja sama dengan warga."
    )
    found = [surface for surface, label in mentions_of(text) if label == "ORG"]
    assert found == ["Kepolisian Resor Timor Tengah Utara", "Polres TTU", "Polres TTU"]


@pytest.mark.parametrize(
    ("span", "before", "expected"),
    [
        # a name the model typed a person after a lower-case division's noun is the town
        ("Haputale", "rumah di dekat kota", "GPE"),
        ("Argelia", "warga mengungsi dari munisipalitas", "GPE"),
        # not after the division's office
        ("Anton Yunianto", "kata Sekretaris desa", "PER"),
    ],
)
def test_a_person_after_a_division_s_noun(span: str, before: str, expected: str) -> None:
    text = f"{before} {span} kemarin."
    start = text.index(span)
    labels = [c.label for c in model_candidates(text, start, start + len(span), "PER", 0)]
    assert labels == [expected]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A division's noun opens the list: every name in it is a town.
        (
            "Kasus ditemukan di Kecamatan Cikajang, Cisurupan, dan Bayongbong pekan ini.",
            ["Kecamatan Cikajang", "Cisurupan", "Bayongbong"],
        ),
        (
            "Salju turun di Provinsi Uvs, Zavkhan, Khovd, dan Govi-Altai.",
            ["Provinsi Uvs", "Zavkhan", "Khovd", "Govi-Altai"],
        ),
        # After a preposition: three names closed by ", dan", one of them a known town
        # (the learned GPE/LOC choice, ``warta.place_types``, types the model's LOC
        # ``Karakol`` closing the list).
        (
            "Pemungutan suara digelar di Bishkek, Osh, Jalal-Abad, dan Karakol.",
            ["Bishkek", "Osh", "Jalal-Abad", "Karakol"],
        ),
    ],
)
def test_the_names_of_a_list_of_places_are_places(text: str, places: list[str]) -> None:
    assert [surface for surface, label in mentions_of(text) if label == "GPE"] == places


def test_a_list_that_does_not_say_it_holds_places_is_left_alone() -> None:
    """A place, then two persons without ``, dan``; a body's name in a division's list;
    a regional body after a province's body."""
    text = "Ia meminta Pemerintah Provinsi Riau dan Pemkab Pelalawan bertindak."
    assert ("Pemkab Pelalawan", "ORG") in mentions_of(text)
    text = "Saat berada di Jakarta, Prabowo dan Gibran bertemu para menteri."
    assert ("Prabowo", "GPE") not in mentions_of(text)
    text = "Bantuan dikirim ke Kabupaten Magelang dan Pemerintah Kota Tegal kemarin."
    assert ("Pemerintah Kota Tegal", "GPE") not in mentions_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A numbered commission and its parliament are one body; named alone, a body too.
        ("Rapat menyimpulkan bahwa Komisi IV DPR akan memanggil Bulog.", "Komisi IV DPR"),
        ("Anggota Komisi IV itu menolak usulan pemerintah.", "Komisi IV"),
        # A standing body of a regional house.
        ("Ketua Badan Anggaran DPRA menolak rancangan itu.", "Badan Anggaran DPRA"),
        # A party's regional board takes the party.
        ("Rapat itu digelar DPW PAN di Semarang.", "DPW PAN"),
    ],
)
def test_a_parliament_organ_and_its_parent_are_one_body(text: str, expected: str) -> None:
    assert (expected, "ORG") in mentions_of(text)


def test_a_faction_and_its_party_stay_apart() -> None:
    """The dev files keep the party alone after ``Fraksi`` and ``DPP`` (5 of 5)."""
    found = mentions_of("Anggota Fraksi PKB dan Ketua DPP Partai Golkar hadir.")
    assert ("PKB", "ORG") in found and ("Partai Golkar", "ORG") in found


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        # A title's known place, then its holder, which the model typed a place.
        (
            "Hal itu dikatakan Konsul Jenderal RI di New York Arifi Saiman kepada wartawan.",
            "New York",
            "Arifi Saiman",
        ),
        # The model's span opened inside a known hyphenated name.
        (
            "Duta Besar RI untuk Timor-Leste Teguh Santoso Hadi mengatakan itu.",
            "Timor-Leste",
            "Teguh Santoso Hadi",
        ),
    ],
)
def test_a_title_s_place_and_its_holder_are_two(text: str, place: str, person: str) -> None:
    found = mentions_of(text)
    assert (place, "GPE") in found and (person, "PER") in found


def test_a_place_and_a_name_after_it_with_no_office_before_stay_one() -> None:
    """No office before: ``New York Mercantile Exchange`` is one name, no place and person."""
    text = "Harga kontrak berjangka New York Mercantile Exchange naik 2 persen."
    assert ("Mercantile Exchange", "PER") not in mentions_of(text)


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        # A form of address after a title's body is no name (the rule read one word).
        ("Rektor UGM Prof. Dwikora Putra mengatakan itu.", "Prof"),
        # An acting officer's title after a reporting verb.
        ('"Kami prioritaskan," kata Pelaksana Tugas Direktur RSUD Andi Makkasau.', "Pelaksana"),
        # Central Indonesian time, written as a word.
        ("Kapal berangkat pukul 11.30 Wita dari Pelabuhan Bangsal.", "Wita"),
    ],
)
def test_titles_and_time_zones_are_no_persons(text: str, not_a_person: str) -> None:
    assert (not_a_person, "PER") not in mentions_of(text)


@regressed("a person `Paus`, a body `COO`")
def test_a_lone_office_or_form_of_address_is_no_body() -> None:
    """``kehadiran Paus``, ``COO Etanee``: the model's ORG for a title alone goes."""
    text = "Umat menyambut kehadiran Paus di Iznik. Co-Founder dan COO Etanee hadir."
    assert [pair for pair in mentions_of(text) if pair[0] in ("Paus", "COO")] == []


def test_a_currency_and_a_payment_standard_are_no_names() -> None:
    text = "Perusahaan yang lalai terancam denda hingga A$49,5 juta. Pembayaran lewat QRIS."
    assert [surface for surface, _ in mentions_of(text) if surface in ("A$", "QRIS")] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A regency the gazetteer does not know (its name is also a village office's).
        ("Tim Kejari Kaur menahan dua tersangka korupsi.", "Kejari Kaur"),
        # A regency's initials.
        ("Personel Polres HST membantu warga mengungsi.", "Polres HST"),
    ],
)
def test_a_short_regional_body_and_the_word_of_its_region_are_one(text: str, body: str) -> None:
    assert (body, "ORG") in mentions_of(text)


def test_a_short_regional_body_leaves_a_longer_region_whole() -> None:
    """The region goes on (a direction, a known longer name): not cut after one word."""
    assert ("Polres Luwu", "ORG") not in mentions_of("Kepala Polres Luwu Utara hadir.")
    assert ("Dishub DKI", "ORG") not in mentions_of("Petugas Dishub DKI Jakarta berjaga.")


def test_a_legal_form_and_its_capitalized_run_are_one_company() -> None:
    """``CV Bahari Langkat Sejahtera``: the model read ``Langkat Sejahtera`` as a place; a
    person inside the run is the company's officer, not part of its name."""
    found = mentions_of("Tambak itu dikelola oleh CV Bahari Langkat Sejahtera sejak 2019.")
    assert ("CV Bahari Langkat Sejahtera", "ORG") in found
    found = mentions_of("Direktur PT Timah Ahmad Dani mengatakan itu.")
    assert ("Ahmad Dani", "PER") in found
    # a sentence's last word "PT." is no company's form
    found = mentions_of("Wilayah itu dilayani oleh PT. Perkataannya biasa direkam.")
    assert all(not surface.startswith("PT. ") for surface, _ in found)


def test_a_team_s_nickname_names_the_team_through_the_article() -> None:
    """``tim berjuluk Mutiara Hitam``: the nickname is the team (ORG) at each mention."""
    text = (
        "Persipura menang 2-0. Kemenangan ini mengangkat tim berjuluk Mutiara Hitam ke "
        "posisi ketiga. Mutiara Hitam kini mengoleksi 20 poin."
    )
    assert [pair for pair in mentions_of(text) if pair[0] == "Mutiara Hitam"] == [
        ("Mutiara Hitam", "ORG"),
        ("Mutiara Hitam", "ORG"),
    ]


def test_no_name_holds_a_spaced_dash() -> None:
    """``Bishkek - Warga Kirgistan``: a dateline with no publisher and the sentence's first
    words, which the model read as one ORG, are a place and a people."""
    found = mentions_of("Bishkek - Warga Kirgistan memberikan suara pada Minggu.")
    assert ("Bishkek", "GPE") in found
    assert all(" - " not in surface for surface, _ in found)


def test_muhammad_written_short_opens_the_name() -> None:
    """``Moh. Rizal Lahay``: the model stops at the period or starts after it."""
    found = mentions_of("Penasihat hukum Hengky, Moh. Rizal Lahay, mengatakan itu.")
    assert ("Moh. Rizal Lahay", "PER") in found


def test_a_company_shortened_to_its_first_word_is_the_company() -> None:
    """``Novo`` after ``Novo Nordisk``: the model read a person; a city that opens a club's
    name stays a place."""
    text = (
        "Novo Nordisk melaporkan laba turun. Laba tertekan biaya restrukturisasi setelah "
        "Novo memangkas ribuan pegawai. Manchester United menang. Polisi Manchester "
        "menahan dua suporter."
    )
    found = mentions_of(text)
    assert ("Novo", "ORG") in found
    assert ("Manchester", "ORG") not in found


def test_a_team_typed_a_place_and_a_body_alone_is_its_full_name_s_body() -> None:
    """Sample 72 (blind, read): ``McLaren Racing`` named in full, ``McLaren`` alone typed a
    body once and a place after ``di`` twice. Pinned down: the place readings become the
    body; a place noun before the word keeps it a place (``kawasan Pilbara`` beside
    ``Pilbara Minerals``, sample 43), and so does a word typed a place only (``ke Gili``
    beside a company ``Gili Fast Boat``: no lone ORG)."""
    text = (
        "Kepala Eksekutif McLaren Racing Zak Brown senang. Keputusan McLaren tepat. "
        "Terima kasih untuk semua di McLaren. Bijih dari kawasan McLaren dikirim."
    )
    chosen = model_spans(
        text,
        ("McLaren Racing", "ORG"),
        ("Zak Brown", "PER"),
        ("McLaren", "ORG"),
        ("McLaren", "LOC"),
        ("McLaren", "LOC"),
    )
    assert [c.label for c in relabel_company_short_names(text, chosen)] == [
        "ORG", "PER", "ORG", "ORG", "LOC",
    ]  # fmt: skip
    gili = "Operator Gili Fast Boat berhenti. Wisatawan pergi ke Gili."
    chosen = model_spans(gili, ("Gili Fast Boat", "ORG"), ("Gili", "LOC"))
    assert relabel_company_short_names(gili, chosen) == chosen


def test_a_monarch_s_title_the_model_read_into_a_body_leaves_the_person() -> None:
    """Sample 68 (blind, read): ``Raja Carl XVI Gustaf`` came out one body (ORG); the title
    rule's person follows ``Raja``."""
    found = mentions_of("Mereka menerima medali Nobel dari Raja Carl XVI Gustaf di Stockholm.")
    assert ("Carl XVI Gustaf", "PER") in found
    assert ("Raja Ampat", "GPE") in mentions_of("Ia berlibur ke Raja Ampat tahun lalu.")


def test_portuguese_and_spanish_surnames_joined_by_and_are_one_name() -> None:
    """Sample 70 (blind, read): ``Laksamana Henrique Gouveia e Melo``: the title rule's
    person stopped at ``e`` (Portuguese ``and``), as it would at ``y``."""
    found = mentions_of(
        "Kepala Staf Angkatan Laut Portugal, Laksamana Henrique Gouveia e Melo, maju."
    )
    assert ("Henrique Gouveia e Melo", "PER") in found


def test_villages_in_their_regions_words_and_a_secretariat_written_short() -> None:
    """Samples 51-124 (blind, read): ``Kalurahan Karangrejek``, ``Gampong Lhok Meuria`` and
    ``Pekon Way Kerap`` came out sites (villages named in Yogyakarta's, Aceh's and
    Lampung's words: 78 of 78 GPE); ``Setjen DPR`` came out the chamber alone (a
    secretariat's short form and its body or region: 32 of 32 one ORG)."""
    found = mentions_of("Ratusan warga mendatangi balai Kalurahan Karangrejek.")
    assert ("Kalurahan Karangrejek", "GPE") in found
    assert ("Gampong Lhok Meuria", "GPE") in mentions_of(
        "Tambang berada di sekitar Gampong Lhok Meuria."
    )
    assert ("Setjen DPR", "ORG") in mentions_of(
        "Majelis mengizinkan Setjen DPR menghitamkan data pribadi."
    )
    # an autonomous region is a division (sample 120 and 33: 8 of 8 GPE)
    assert ("Daerah Otonom Guangxi Zhuang", "GPE") in mentions_of(
        "Ia pernah menduduki berbagai jabatan di Daerah Otonom Guangxi Zhuang."
    )


def test_a_chamber_named_by_its_state_a_canton_and_a_school_s_number() -> None:
    """Samples 29 and 111-113 (blind, read): ``Parlemen Kroasia`` came out the country
    alone (a chamber named by its state is one body: 73 of 73 in the invented articles and
    the samples); a Swiss canton's name after ``kanton`` is a division (GPE); a school's
    number after its name is the name's (``SDN Pondok Kacang Timur 02``: the model cut
    it; its label is the model's, the dev files and the samples disagree on schools)."""
    found = mentions_of(
        "Zagreb (ANTARA/Anadolu) - Parlemen Kroasia, Sabor, mengesahkan undang-undang itu."
    )
    assert ("Parlemen Kroasia", "ORG") in found
    assert ("Kompleks Parlemen Senayan", "LOC") in mentions_of(
        "Uji kelayakan digelar selama tiga hari di Kompleks Parlemen Senayan, Jakarta."
    )
    found = mentions_of("Sejumlah pengusaha lain di kanton Zug dan Schwyz menolak.")
    assert ("Zug", "GPE") in found
    assert ("Schwyz", "GPE") in found
    found = mentions_of("Vaksinasi dimulai di SDN Pondok Kacang Timur 02 pada Senin.")
    assert [surface for surface, _ in found] == ["SDN Pondok Kacang Timur 02"]


def test_a_qualified_office_in_lower_case_leads_its_holder_s_name() -> None:
    """Samples 59-108 (blind, read): ``pemimpin tertinggi Hibatullah Akhundzada`` came out
    a place, ``Pemimpin oposisi Yair Lapid`` a body: an office qualified in lower case
    (``tertinggi``, ``militer``, ``oposisi``) leads a person's name. Without the qualifier
    ``komandan`` leads a unit as often (``komandan Batalyon Rajawali``). An atoll is a
    site (``Atol Bikini``), no town."""
    assert ("Hibatullah Akhundzada", "PER") in mentions_of(
        "Perintah itu berasal dari pemimpin tertinggi Hibatullah Akhundzada."
    )
    assert ("Khalifa Haftar", "PER") in mentions_of(
        "Wilayah timur Libya dikuasai komandan militer Khalifa Haftar sejak 2014."
    )
    assert ("Batalyon Rajawali", "ORG") in mentions_of(
        "Serangan dipimpin komandan Batalyon Rajawali."
    )
    assert ("Atol Bikini", "LOC") in mentions_of("AS menguji bom nuklir di Atol Bikini.")


def test_an_association_abroad_venues_and_qualified_athletes() -> None:
    """Samples 106 and 107 (blind, read): ``Perhimpunan Pelajar Indonesia di Korea
    Selatan`` was cut at ``di`` (the invented articles and the read samples keep the place
    inside 7 times of 7); ``Velodrome Manahan`` came out a town, ``Sentul International
    Karting Circuit`` a body (venues: 70 of 72 LOC); ``pemanah recurve putri Indonesia``
    kept the country a place (a people noun, its qualifier and an adjective)."""
    assert ("Perhimpunan Pelajar Indonesia di Korea Selatan", "ORG") in mentions_of(
        "Nobar itu dikoordinasikan Perhimpunan Pelajar Indonesia di Korea Selatan."
    )
    found = mentions_of("Seleksi digelar di Velodrome Manahan, lalu di Sentul Karting Circuit.")
    assert ("Velodrome Manahan", "LOC") in found
    assert ("Sentul Karting Circuit", "LOC") in found
    assert ("Indonesia", "NORP") in mentions_of(
        "Pemanah recurve putri Indonesia itu menembus final."
    )
    assert ("Malaysia", "NORP") in mentions_of("Posisi ketiga ditempati pegokart Malaysia.")


def test_a_farmers_group_and_a_known_body_give_the_person_back_their_name() -> None:
    """Samples 65 and 105 (blind, read): ``Ketua Gapoktan Mekar Tani`` came out a person
    (a farmers' group opens a body's name: 100 of 100 ORG in the invented articles and the
    read samples); the model read ``Kementerian Pertanian Agung`` a body and ``Suganda``
    a person: the word after a known body, before a person, is the person's given name."""
    found = mentions_of("Ketua Gapoktan Mekar Tani Asep Saepudin mengatakan itu.")
    assert ("Gapoktan Mekar Tani", "ORG") in found
    assert ("Asep Saepudin", "PER") in found
    found = mentions_of(
        "Direktur Jenderal Peternakan dan Kesehatan Hewan Kementerian Pertanian Agung Suganda"
        " mengatakan itu."
    )
    assert ("Kementerian Pertanian", "ORG") in found
    assert ("Agung Suganda", "PER") in found


def test_a_church_named_for_its_saint_is_one_building() -> None:
    """Sample 104 (blind, read): the model read ``Gereja Santo`` a body and ``Ignatius
    Loyola`` a person; a church named for its saint is one building (LOC, 5 of 5 in the
    invented articles and the read samples), a faith's word before the saint too. A
    church named by its faith alone stays a body."""
    assert ("Gereja Santo Ignatius Loyola", "LOC") in mentions_of(
        "Pemugaran Gereja Santo Ignatius Loyola di Sikka dimulai pekan ini."
    )
    assert ("Gereja Katolik Santo Servatius", "LOC") in mentions_of(
        "Warga berkumpul di halaman Gereja Katolik Santo Servatius."
    )
    assert ("Gereja Katolik Indonesia", "ORG") in mentions_of("Gereja Katolik Indonesia menolak.")


def test_religious_forms_of_address_and_regional_groupings_are_part_of_no_name() -> None:
    """Samples 40, 103 and 104 (blind, read): ``Mgr``, ``Ustazah`` and ``Pinandita`` came
    out inside the person (the invented articles and the read samples leave ``Mgr``,
    ``Ustaz``, ``Pendeta``, ``Pdt``, ``Bhikkhu`` and ``Suster`` out 73 times of 73); a body
    the model read on into ``Mgr`` before its period ends before it; a regional office's
    grouping of provinces (``Sulselbar``) is the body's, no person's first word."""
    assert ("Siti Maryam Ulfah", "PER") in mentions_of(
        "Kelas itu diampu tiga guru, salah satunya Ustazah Siti Maryam Ulfah (28)."
    )
    assert ("Sutarno", "PER") in mentions_of("Persembahyangan dipimpin Pinandita Sutarno.")
    found = mentions_of(
        "Uskup Keuskupan Larantuka Mgr. Fransiskus Kopong Kung memimpin ibadat Jumat Agung."
    )
    assert ("Keuskupan Larantuka", "ORG") in found
    assert not any("Mgr" in surface for surface, _ in found)
    found = mentions_of("Kepala OJK Sulselbar Rizky Amalia Hasan mengatakan itu.")
    assert ("OJK Sulselbar", "ORG") in found
    assert ("Rizky Amalia Hasan", "PER") in found


def test_a_lone_word_listed_with_a_known_company_is_a_company() -> None:
    """Samples 46-99 (blind, read): ``Shein, Temu dan AliExpress``, ``Petronas, Shell``:
    the model typed the unknown ones places; listed with an organization the gazetteer
    knows, each is an organization (11 of 11 in the read samples), along the list too. A
    place with its head word stays a place."""
    found = mentions_of("Konsumen beralih ke Shein, Temu dan AliExpress.")
    assert ("Temu", "ORG") in found
    assert ("AliExpress", "ORG") in found
    found = mentions_of("Pesawat TNI AU, Lanud Roesmin Nurjadin, bersiaga.")
    assert not any(label == "ORG" and surface.startswith("Lanud") for surface, label in found)


def test_a_pers_club_and_its_town_are_one_club() -> None:
    """Samples 77 and 98 (blind, read): ``Persikad Depok`` came out the town alone, the
    club unread; the invented articles and the read blind samples mark a ``Pers…`` club
    and its town one body 44 times, never apart. Its own word alone is the club after
    that; a common word of that form (``Personel``) names none."""
    found = mentions_of(
        "Di kubu tamu, pelatih Persikad Depok Budi Santoso mengakui timnya kalah. Persikad"
        " kini di peringkat kedua."
    )
    assert ("Persikad Depok", "ORG") in found
    assert ("Persikad", "ORG") in found
    assert ("Depok", "GPE") not in found
    found = mentions_of("Personel Polres Toba berjaga di Balige.")
    assert not any(surface.startswith("Personel") for surface, _ in found)


def test_a_competition_s_group_and_a_body_s_meeting_name_nothing() -> None:
    """Samples 96 and 98 (blind, read): ``Grup I`` and ``Grup Timur`` came out bodies, a
    meeting's acronym (``Rakerprov``) a body three times. The invented articles and the
    read blind samples mark no group (22 of 22) and no meeting (36 of 36). A conglomerate
    named ``Grup`` stays a body."""
    found = mentions_of("Indonesia memastikan promosi ke Grup I setelah menang.")
    assert ("Indonesia", "GPE") in found
    assert not any(surface.startswith("Grup") for surface, _ in found)
    found = mentions_of(
        "KONI Kaltara menggelar Rapat Kerja Provinsi (Rakerprov) di Tanjung Selor. Rakerprov"
        " itu dihadiri 20 cabang olahraga."
    )
    assert ("KONI Kaltara", "ORG") in found
    assert not any(surface == "Rakerprov" for surface, _ in found)
    assert ("Grup Astra", "ORG") in mentions_of("Saham Grup Astra naik.")


def test_a_league_is_no_body_but_the_country_it_names_is_a_place() -> None:
    """Sample 68 (blind, read): ``Liga Primer Skotlandia`` came out one body; the guide
    marks no competition, only the country inside (the invented articles mark no league
    as a body). A league that is a body (``Liga Arab``) stays one."""
    found = mentions_of(
        "Celtic berjarak tiga poin dari pemuncak klasemen Liga Primer Skotlandia, Hearts."
    )
    assert ("Skotlandia", "GPE") in found
    assert not any(surface.startswith("Liga") for surface, _ in found)
    assert ("Liga Arab", "ORG") in mentions_of("Sekjen Liga Arab mengecam serangan itu.")


def test_a_submarine_class_is_a_product() -> None:
    """Sample 69 (blind, read): ``kapal selam Scorpène Evolved`` came out a person; after
    ``selam`` (``kapal selam``), as after ``pesawat``, a name is a vehicle's."""
    found = mentions_of("Ia memaparkan pembangunan dua kapal selam Scorpène Evolved di PT PAL.")
    assert ("Scorpène Evolved", "PRODUCT") in found


def test_a_town_s_or_an_unknown_name_s_compass_part_is_a_district() -> None:
    """Samples 67, 69 and 71 (blind, read): ``Rarowatu Utara``, ``Angkola Selatan``,
    ``Siberut Utara`` came out places without a government (LOC). Pinned down: a town's
    part is a district (GPE); a country's is a region (``Suriah Utara``), and a sea's or a
    corridor's part stays geography."""
    found = mentions_of(
        "Banjir merendam rumah warga di Rarowatu Utara, Bombana. Serangan terjadi di "
        "Suriah Utara. Kapal melintasi Teluk Tengah. Jalur dagang Koridor Tengah dibuka."
    )
    assert ("Rarowatu Utara", "GPE") in found
    assert ("Suriah Utara", "LOC") in found
    assert ("Teluk Tengah", "LOC") in found
    assert ("Koridor Tengah", "LOC") in found


def test_a_body_closed_by_its_designator_then_a_name_is_the_body_and_its_person() -> None:
    """Sample 70 (blind, read): ``Ekonom Nomura Research Institute Takahide Kiuchi`` came
    out one body. Pinned down: the split falls after ``Institute``; a club's
    ``United`` before its player splits the same way; a known place after the designator
    is no person's name."""
    found = mentions_of("Ekonom Nomura Research Institute Takahide Kiuchi menilai itu.")
    assert ("Nomura Research Institute", "ORG") in found
    assert ("Takahide Kiuchi", "PER") in found
    text = "Nomura Research Institute Takahide Kiuchi menilai itu."
    span = model_candidates(text, 0, text.index(" menilai"), "ORG", 0)
    assert surfaces(span, text) == [
        ("Nomura Research Institute", "ORG"),
        ("Takahide Kiuchi", "PER"),
    ]
    text = "Bank Negara Malaysia Jakarta menilai itu."
    span = model_candidates(text, 0, text.index(" menilai"), "ORG", 0)
    assert surfaces(span, text) == [("Bank Negara Malaysia Jakarta", "ORG")]


def test_a_technology_company_and_a_consortium_s_member_are_bodies() -> None:
    """Sample 70 (blind, read): ``Wingtech Technology`` came out a person, ``konsorsium
    Obrainsa`` a place."""
    assert ("Wingtech Technology", "ORG") in mentions_of(
        "Perusahaan itu dimiliki oleh Wingtech Technology, produsen asal China."
    )
    assert ("Obrainsa", "ORG") in mentions_of("Tender dimenangi konsorsium Obrainsa tahun lalu.")


def test_a_surname_after_dari_is_still_the_named_person() -> None:
    """Sample 72 (blind, read): after ``Kodai Naraoka``, ``kalah dari Naraoka`` came out a
    place, and that reading after ``dari`` (a word that places towns) kept every lone
    ``Naraoka`` from being the person; one loses to a person as well. After ``di`` it still
    places a town (``warga di Durazno``)."""
    text = "Alwi menghadapi Kodai Naraoka. Alwi selalu kalah dari Naraoka. Naraoka ulet."
    chosen = model_spans(text, ("Kodai Naraoka", "PER"), ("Naraoka", "GPE"), ("Naraoka", "ORG"))
    assert [c.label for c in relabel_short_names(text, chosen)] == ["PER", "PER", "PER"]
    placed = "Alwi menghadapi Kodai Naraoka. Warga di Naraoka senang. Naraoka ulet."
    chosen = model_spans(placed, ("Kodai Naraoka", "PER"), ("Naraoka", "GPE"), ("Naraoka", "ORG"))
    assert relabel_short_names(placed, chosen) == chosen


def test_a_sports_hall_is_a_facility() -> None:
    """Sample 72 (blind, read): ``Istora Senayan`` (Istana Olahraga) came out a town."""
    found = mentions_of("Laga digelar di Istora Senayan, Jakarta, Sabtu.")
    assert ("Istora Senayan", "LOC") in found


def test_a_name_after_a_title_with_two_portfolio_words_starts_at_its_first_word() -> None:
    """``Menteri Luar Negeri José Manuel Albares``: the model read ``Manuel Albares``; the
    title rule's person, after a two-word portfolio and with an accented first word,
    starts it."""
    found = mentions_of("Felipe didampingi Menteri Luar Negeri José Manuel Albares kemarin.")
    assert ("José Manuel Albares", "PER") in found


def test_a_rank_s_last_word_is_no_name() -> None:
    """``Laksamana Muda Udara Anumerta ...``: the rank's last word is no name."""
    found = mentions_of(
        "Pemerintah memberi penghargaan kepada Laksamana Muda Udara Anumerta Nurtanio "
        "Pringgoadisuryo."
    )
    assert ("Nurtanio Pringgoadisuryo", "PER") in found


def test_a_route_between_two_towns_is_two_places() -> None:
    """``jalur kereta Warsawa-Lublin``: the model read one ORG, or the first town alone; a
    company's hyphenated name stays one (``Georgia-Pacific``), and a town's name that goes
    on after the hyphen is not cut (``Bengkulu-Taba Penanjung``)."""
    found = mentions_of("Rusia menutup konsulat usai sabotase jalur kereta Warsawa-Lublin.")
    assert ("Warsawa", "GPE") in found and ("Lublin", "GPE") in found
    found = mentions_of("Jalan tol rute Bengkulu-Taba Penanjung mulai terbangun.")
    assert ("Taba", "GPE") not in found


@regressed("a GPE `Georgia` and a GPE `Pacific`: the model's LOC `Georgia-Pacific`")
def test_a_company_s_hyphenated_name_is_no_route() -> None:
    """``Georgia-Pacific``: a company's hyphenated name stays one, though its first part is
    a known place."""
    found = mentions_of("Saham Koch naik setelah penawaran dari Georgia-Pacific kemarin.")
    assert ("Georgia", "GPE") not in found


def test_a_company_form_after_the_name_closes_one_company() -> None:
    """``Power Grid Bangladesh PLC``: the model read a person and a country in it; the name
    opens after the officer's title (``Direktur Utama``), whose holder starts after the
    form. ``AG`` before a capitalized word is a person's initials."""
    text = (
        "Proyek itu dikerjakan Power Grid Bangladesh PLC dan kontraktor Sri Impian Bina Sdn "
        "Bhd, kata Direktur Utama Maybank Bhd Ahmad Yani."
    )
    found = mentions_of(text)
    assert ("Power Grid Bangladesh PLC", "ORG") in found
    assert ("Sri Impian Bina Sdn Bhd", "ORG") in found
    assert ("Maybank Bhd", "ORG") in found and ("Ahmad Yani", "PER") in found
    found = mentions_of("Bantuan dibagikan oleh Sekretaris Kota Ambon AG Latuheru kemarin.")
    assert all(not surface.endswith(" AG") for surface, _ in found)


def test_a_body_named_in_english_with_of_or_for_is_one_org() -> None:
    """``Centre for Policy Dialogue``, ``Lahore University of Management Sciences``: the
    model read nothing, a place or a person in them; the name stops before the person
    after it (``Bank of Japan Kazuo Ueda``) and after its officer's title."""
    found = mentions_of(
        "Jahan, ekonom di lembaga kajian Centre for Policy Dialogue (CPD), mengatakan itu. "
        "Menurut CPD, harga naik."
    )
    assert found.count(("CPD", "ORG")) == 2
    assert ("Centre for Policy Dialogue", "ORG") in found
    found = mentions_of("Dia kuliah di Lahore University of Management Sciences dulu.")
    assert ("Lahore University of Management Sciences", "ORG") in found
    found = mentions_of(
        "Lembaga pemantau Center to Combat Corruption and Cronyism menyebut itu. Gubernur "
        "Bank of Japan Kazuo Ueda diam. Direktur Eksekutif Center of Reform on Economics hadir."
    )
    assert ("Center to Combat Corruption and Cronyism", "ORG") in found
    assert ("Kazuo Ueda", "PER") in found
    assert ("Center of Reform on Economics", "ORG") in found


def test_a_regional_office_written_long_and_its_region_are_one_org() -> None:
    """``Badan Penanggulangan Bencana Daerah Sitaro`` (the model cut it at ``Bencana`` and
    read a place from ``Daerah``), ``BPKP Perwakilan Provinsi Sumatera Barat`` (the model
    left ``Provinsi`` out of the place), ``Walhi Jawa Barat``: one ORG each, no part of
    the body left as a mention of its own."""
    found = mentions_of(
        "Kepala Badan Penanggulangan Bencana Daerah Sitaro Ahmad Yani mengatakan itu. "
        "Berdasarkan perhitungan BPKP Perwakilan Provinsi Sumatera Barat, kerugian besar. "
        "Pengacara LBH Semarang dan aktivis Walhi Jawa Barat hadir."
    )
    assert ("Badan Penanggulangan Bencana Daerah Sitaro", "ORG") in found
    assert ("Ahmad Yani", "PER") in found
    assert ("BPKP Perwakilan Provinsi Sumatera Barat", "ORG") in found
    assert ("BPKP Perwakilan", "ORG") not in found
    assert ("LBH Semarang", "ORG") in found and ("Walhi Jawa Barat", "ORG") in found


def test_a_judge_s_or_prosecutor_s_title_is_no_part_of_the_name() -> None:
    """``kata Hakim Noraini Abdul Rahman``: the model kept the title in the person."""
    found = mentions_of('"Bukti cukup," kata Hakim Noraini Abdul Rahman di Kuala Lumpur.')
    assert ("Noraini Abdul Rahman", "PER") in found


def test_a_sentence_s_ordinary_first_word_is_no_part_of_a_person() -> None:
    """``Adapun Yosafati``: the model read the conjunction into the name; a place's head
    word (``Hotel Yasmin``) and the Sasak title ``Lalu`` stay."""
    found = mentions_of("Warga menunggu. Adapun Yosafati menolak berkomentar.")
    assert ("Yosafati", "PER") in found
    found = mentions_of("Kemarin ramai. Lalu Muhammad Iqbal meresmikan pasar itu.")
    assert ("Lalu Muhammad Iqbal", "PER") in found


def test_a_short_form_of_address_inside_a_model_body_opens_a_person() -> None:
    """``Kepala Kanwil Kemenag NTB H. Lalu Muhammad Ikhsan``: the model read ``Kanwil
    Kemenag NTB H. Lalu`` as one body."""
    found = mentions_of("Kepala Kanwil Kemenag NTB H. Lalu Muhammad Ikhsan mengatakan itu.")
    assert ("Kanwil Kemenag NTB", "ORG") in found
    assert ("Lalu Muhammad Ikhsan", "PER") in found


def test_a_name_ending_in_a_street_or_venue_word_is_a_facility() -> None:
    """``Moi Avenue``: the model read a person, or nothing; ``Allianz Arena``: a venue
    (LOC). Not a sentence's first word before the street (``Di Wall Street``), nor a street
    inside a longer name (``Wall Street Journal``, ``21st Century Maritime Silk Road``)."""
    found = mentions_of(
        "Mereka berbaris di sepanjang Moi Avenue dan Kenyatta Avenue. Laga digelar di "
        "Allianz Arena."
    )
    assert ("Moi Avenue", "LOC") in found and ("Kenyatta Avenue", "LOC") in found
    assert ("Allianz Arena", "LOC") in found
    found = mentions_of(
        "Di Wall Street, saham turun. Menurut Wall Street Journal, harga turun. Jalur sutra "
        "laut (21st Century Maritime Silk Road) dibuka."
    )
    assert ("Wall Street", "LOC") in found
    assert not any(label == "LOC" and "Silk" in surface for surface, label in found)
    assert ("Wall Street Journal", "ORG") in found


def test_a_building_or_a_convention_centre_is_a_facility() -> None:
    """Samples 66 and 68 (blind, read): ``Union Buildings`` and ``Vehicle Assembly
    Building`` came out a place with a government and a person, ``Bali International
    Convention Centre`` a body. ``Centre`` alone ends institutions as often (``Cocoa
    Research Centre``): only a convention's, an exhibition's or an expo's is a venue."""
    found = mentions_of(
        "Pertemuan digelar di Union Buildings, Pretoria. Forum itu dibuka di Bali "
        "International Convention Centre, Nusa Dua. Roket dipindahkan dari Vehicle Assembly "
        "Building ke landasan."
    )
    assert ("Union Buildings", "LOC") in found
    assert ("Bali International Convention Centre", "LOC") in found
    assert ("Vehicle Assembly Building", "LOC") in found
    assert ("Cocoa Research Centre", "ORG") in mentions_of(
        "Kajian itu diterbitkan Cocoa Research Centre di Trinidad."
    )


def test_a_warning_s_alert_level_is_no_entity() -> None:
    """``Level III (Siaga)``, ``status Siaga``: the model read a place; the Medan daily
    ``Waspada`` stays a newspaper where it is one."""
    found = mentions_of(
        "Status Gunung Karangetang naik ke Siaga. PVMBG menaikkan status dari Level II "
        "(Waspada) menjadi Level III (Siaga). Dengan status Siaga, warga menjauh. Harian "
        "Waspada melaporkan itu."
    )
    assert all(surface != "Siaga" for surface, _ in found)
    assert [pair for pair in found if pair[0] == "Waspada"] == [("Waspada", "ORG")]


def test_a_country_in_a_currency_s_name_is_no_mention() -> None:
    """``dolar AS``, ``Dolar AS`` opening a sentence, ``dollar Singapura``: money, which
    the guide leaves unmarked (the invented articles 42 times of 42, idner2k's dev file 3
    of 3); the same country acting stays a place."""
    found = mentions_of(
        "Rupiah melemah ke Rp 16.780 per dolar AS. Dolar AS menguat. Harganya 23.000 "
        "dollar Singapura. Pemerintah AS dan Singapura menolak."
    )
    assert found == [("AS", "GPE"), ("Singapura", "GPE")]


def test_a_celebration_s_name_is_no_entity_anywhere_in_its_article() -> None:
    """``rayakan Timkat`` (the model read a place, there and further on), ``perayaan
    Semana Santa`` (a person): events, which the guide leaves unmarked; the places around
    them stay, and a people's tradition keeps its people."""
    found = mentions_of(
        "Umat Kristen Ortodoks rayakan Timkat di Gondar. Di Gondar, Timkat dirayakan "
        "meriah. Ribuan orang mengikuti puncak perayaan Semana Santa di Larantuka. Semana "
        "Santa digelar tiap tahun. Warga menggelar tradisi Minangkabau di Padang."
    )
    assert not [surface for surface, _ in found if surface in ("Timkat", "Semana Santa")]
    for place in ("Gondar", "Larantuka", "Padang"):
        assert (place, "GPE") in found
    assert ("Minangkabau", "NORP") in found


def test_a_program_s_name_is_no_person_or_place() -> None:
    """``program Makan Bergizi Gratis (MBG)``: the model read ``Bergizi Gratis`` a person
    and ``MBG`` a body; ``program Kartu Prakerja`` a person too. A program is no entity
    (the guide leaves it unmarked, as laws), and ``MBG`` and ``SPBU`` are common acronyms.
    The person after a form of address stays (``program Pak Jokowi``: his program), and so
    does a body the gazetteer knows (``program IOM``)."""
    found = mentions_of(
        "Siswa keracunan usai menyantap menu program Makan Bergizi Gratis (MBG) di Lombok "
        "Barat. Pendaftaran program Kartu Prakerja dibuka. Antrean mengular di SPBU. Itu "
        "sesuai program Pak Jokowi. Ia bekerja untuk program IOM."
    )
    assert found == [("Lombok Barat", "GPE"), ("Jokowi", "PER"), ("IOM", "ORG")]


def test_a_country_s_government_is_the_country_and_its_workers_a_nationality() -> None:
    """``Pemerintah Selandia Baru`` (the model's ORG) is the country acting, as ``pemerintah
    Suriah`` (the invented articles: 27 times of 28); a regency's government is a body.
    ``tenaga kerja Tiongkok``: workers of a nationality, as ``warga negara Indonesia``."""
    found = mentions_of(
        "Suara.com - Pemerintah Selandia Baru mengumumkan keadaan darurat. Pemerintah "
        "Kabupaten Badung menyegel vila. Sebanyak 40 tenaga kerja Tiongkok tiba."
    )
    assert ("Selandia Baru", "GPE") in found
    assert ("Pemerintah Kabupaten Badung", "ORG") in found
    assert ("Tiongkok", "NORP") in found


def test_people_qualified_by_a_word_then_a_country_are_its_nationals() -> None:
    """``pemain ski Austria``, ``Petani tembakau Zimbabwe`` opening a sentence: a word
    between the people noun and the country qualifies the people (the invented articles:
    39 times of 40); a verb there does not (``keluarga memilih Singapura``)."""
    found = mentions_of(
        "Pemain ski Austria finis kedua, dan pemain ski Kanada jatuh. Petani tembakau "
        "Zimbabwe mengeluh. Keluarga memilih Singapura untuk berobat."
    )
    assert ("Austria", "NORP") in found and ("Kanada", "NORP") in found
    assert ("Zimbabwe", "NORP") in found
    assert ("Singapura", "GPE") in found


def test_a_person_s_name_ends_in_a_name_word_and_a_dateline_s_capitals_name_a_place() -> None:
    """The model read ``Leo XIV tutup`` (a verb) into the Pope's name, ``VATIKAN`` as a
    LOC; elsewhere capitals are an acronym's, not a town's (``"PASTO"``); and ``Tahun
    Yubileum`` names a year's celebration, no place, wherever the article repeats it."""
    found = mentions_of(
        "Paus Leo XIV tutup Pintu Suci Basilika, Tahun Yubileum berakhir\n\nVATIKAN - Paus Leo XIV "
        'menutup Pintu Suci. Penyelenggaraan Yubileum melibatkan relawan. Nama "PASTO" '
        "dipilih."
    )
    assert [surface for surface, label in found if label == "PER"] == ["Leo XIV", "Leo XIV"]
    assert ("VATIKAN", "GPE") in found
    assert not [surface for surface, _ in found if surface in ("Yubileum", "Tahun Yubileum")]
    assert ("PASTO", "GPE") not in found


def test_a_name_after_a_lower_case_head_of_state_s_office_is_its_holder() -> None:
    """``mantan presiden Gurbanguly Berdimuhamedow`` (the model's LOC), ``perdana menteri
    Tuilaepa Sailele Malielegaoi`` (its ORG): the office's holder; a body after the word
    stays a body (``menteri Kabinet Merah Putih``: ORG_AND_PLACE_CASES)."""
    found = mentions_of(
        "Mantan presiden Gurbanguly Berdimuhamedow memerintahkan pemadaman. Partai itu "
        "dipimpin mantan perdana menteri Tuilaepa Sailele Malielegaoi."
    )
    assert ("Gurbanguly Berdimuhamedow", "PER") in found
    assert ("Tuilaepa Sailele Malielegaoi", "PER") in found


def test_a_mayor_s_title_alone_names_no_place() -> None:
    """``Wali Kota Madya Surakarta H.``: the model read ``Kota Madya``, the title's words
    alone; moving past the title left a span that ended before it started, an empty
    mention that failed the package's validation (a 10 MB synthetic article)."""
    text = (
        "Pada tanggal 18 September 1958, lembaga tersebut diresmikan oleh Bapak Wali Kota "
        "Madya Surakarta H."
    )
    mentions = extract_mentions(text, segment(text))
    assert all(mention.start < mention.end for mention in mentions)
    assert [(text[m.start : m.end], m.label) for m in mentions] == [("Surakarta", "GPE")]


def test_a_storm_is_no_entity_whatever_the_model_typed() -> None:
    """``Badai Melissa``: the model read a body; ``Topan Shanshan`` a person before."""
    assert mentions_of("Wilayah itu belum pulih dari Badai Melissa.") == []


def test_an_ethnic_group_is_norp() -> None:
    """``warga Osing``, ``milisi Uzbek``: peoples the gazetteer lists (NORP)."""
    found = mentions_of("Warga Osing menyajikan kopi. Milisi Uzbek dan pasukan Tajik bentrok.")
    assert ("Osing", "NORP") in found and ("Uzbek", "NORP") in found


def test_persons_after_a_two_word_office_a_sergeant_s_rank_or_with_singh() -> None:
    """``Duta Besar Jepang untuk China, Kenji Kanasugi``: the apposition's office has two
    words; ``Sersan Kittisak Phromma``: a rank; ``Harvinder Singh Gill``: the model left
    the Sikh middle name out and read two persons."""
    found = mentions_of(
        "Tokyo memanggil Duta Besar Jepang untuk China, Kenji Kanasugi, kemarin. Pengacara "
        "terdakwa, Harvinder Singh Gill, menolak. Sersan Kittisak Phromma terluka."
    )
    assert ("Kenji Kanasugi", "PER") in found
    assert ("Harvinder Singh Gill", "PER") in found
    assert ("Kittisak Phromma", "PER") in found


def test_a_state_body_s_ordinary_portfolio_word_and_its_country_are_one_org() -> None:
    """``Angkatan Bersenjata Kolombia``: ``Bersenjata`` is an ordinary word the training
    text never writes in lower case; ``Majelis Hakim`` is a panel of judges, no body."""
    found = mentions_of("Lebih dari 200.000 personel Angkatan Bersenjata Kolombia dikerahkan.")
    assert ("Angkatan Bersenjata Kolombia", "ORG") in found
    text = (
        "Protes itu disampaikan kepada Ketua Majelis Hakim Pengadilan Tindak Pidana Korupsi "
        "Jakarta."
    )
    assert not state_body_candidates(text, 0, len(text), is_common_word)


def test_a_power_plant_s_acronym_alone_is_no_entity() -> None:
    """``80 unit PLTD``: a kind of plant; ``PLTU Suralaya`` names one (a facility)."""
    found = mentions_of("Masih ada 80 unit PLTD yang beroperasi. PLTU Suralaya berhenti.")
    assert ("PLTD", "ORG") not in found
    assert ("PLTU Suralaya", "LOC") in found


def test_the_name_after_an_office_and_its_body_is_the_holder() -> None:
    """``Kepala Seksi Penerangan Hukum Kejati Sumbar Rinaldi Putra``: the model typed the
    name ORG; ``Putra`` is a common word that is a name word after the first."""
    found = mentions_of("Kepala Seksi Penerangan Hukum Kejati Sumbar Rinaldi Putra mengatakan itu.")
    assert ("Rinaldi Putra", "PER") in found


def test_an_acronym_defines_a_body_named_by_a_mission_team_or_authority() -> None:
    """``Misi Observasi Pemilu (MOE)``, ``Taruna Siaga Bencana (Tagana)``: the model read
    nothing (or a person); the head says a body, and its acronym is the body."""
    found = mentions_of("Kekerasan meningkat, kata Misi Observasi Pemilu (MOE) kemarin.")
    assert ("Misi Observasi Pemilu", "ORG") in found and ("MOE", "ORG") in found
    found = mentions_of(
        "Kemensos mengerahkan Taruna Siaga Bencana (Tagana). Tagana bergerak cepat."
    )
    assert ("Taruna Siaga Bencana", "ORG") in found
    assert found.count(("Tagana", "ORG")) == 2


def test_a_person_read_in_two_parts_around_a_name_word_is_one() -> None:
    """``Presiden Luiz Inácio Lula da Silva``: the model read ``Luiz`` and ``Lula da
    Silva``; an office between two persons keeps them apart (``Ajun Komisaris``)."""
    found = mentions_of("Presiden Luiz Inácio Lula da Silva hadir di Brasilia.")
    assert ("Luiz Inácio Lula da Silva", "PER") in found


def test_a_known_body_and_a_name_word_before_a_person_are_split() -> None:
    """``Guru Besar Fakultas Hukum Universitas Indonesia Indriyanto Seno Adji``: the model
    read ``Universitas Indonesia Indriyanto`` (ORG) and ``Seno Adji``."""
    found = mentions_of(
        "Hal itu dikatakan Guru Besar Fakultas Hukum Universitas Indonesia Indriyanto Seno "
        "Adji kemarin."
    )
    assert ("Indriyanto Seno Adji", "PER") in found
    assert ("Universitas Indonesia Indriyanto", "ORG") not in found


def test_the_west_after_a_lower_case_word_is_a_region() -> None:
    """``sanksi Barat``, ``sekutu-sekutu Barat``: the West (LOC); a direction (``sebelah
    Barat``) and a region's last word (``Jawa Barat``) are not it, nor does the West
    spread to them."""
    found = mentions_of(
        "Zelensky mendesak sekutu-sekutu Barat. Harga turun di tengah sanksi Barat. Desa "
        "itu di sebelah Barat sungai. Dia dari Jawa Barat."
    )
    assert found.count(("Barat", "LOC")) == 2
    assert ("Jawa Barat", "GPE") in found


def test_the_gaza_strip_is_a_gpe() -> None:
    """``Jalur Gaza`` is a political unit (OntoNotes' GPE), as both blind samples type it."""
    assert ("Jalur Gaza", "GPE") in mentions_of("Bantuan tiba di Jalur Gaza pada Senin.")


def test_a_prison_with_its_class_or_branch_is_one_facility() -> None:
    """``Rutan Kelas IIB Soe``, ``Lembaga Pemasyarakatan Kelas IIB Sampit``: the class is
    part of the prison's name (the model cut it at ``Kelas`` or after the numeral)."""
    found = mentions_of(
        "Terdakwa ditahan di Rutan Kelas IIB Soe. Tiga narapidana kabur dari Lembaga "
        "Pemasyarakatan Kelas IIB Sampit. Tersangka ditahan di Rutan Cabang KPK."
    )
    assert ("Rutan Kelas IIB Soe", "LOC") in found
    assert ("Lembaga Pemasyarakatan Kelas IIB Sampit", "LOC") in found
    assert ("Rutan Cabang KPK", "LOC") in found


def test_an_international_body_s_organ_and_the_body_are_one_org() -> None:
    """``Komisi Uni Afrika``, ``Komite Eksekutif AFC``: an organ named like a state's and
    its international body (the model read the body alone); a state body still needs its
    portfolio or a state (``Komisi IV DPR`` stays apart, as the dev files keep it)."""
    found = mentions_of(
        "Diplomat itu terpilih memimpin Komisi Uni Afrika. Rapat Komite Eksekutif AFC "
        "digelar di Kuala Lumpur."
    )
    assert ("Komisi Uni Afrika", "ORG") in found
    assert ("Komite Eksekutif AFC", "ORG") in found


def test_a_broker_or_investor_named_by_its_trade_is_a_company() -> None:
    """``Mirae Asset Sekuritas Indonesia`` (the model read ``Mirae Asset`` and a country),
    ``East Ventures`` (the model read a person or nothing)."""
    found = mentions_of(
        "Analis Mirae Asset Sekuritas Indonesia Nafan Aji mengatakan itu. Putaran "
        "pendanaan ini dipimpin East Ventures dan investor lain."
    )
    assert ("Mirae Asset Sekuritas Indonesia", "ORG") in found
    assert ("Nafan Aji", "PER") in found
    assert ("East Ventures", "ORG") in found


def test_a_lower_case_definition_overrides_the_gazetteer_s_acronym() -> None:
    """``tandan buah segar (TBS)``: the article's TBS is a common noun, not the Tokyo
    broadcaster the gazetteer lists; ``Direktur Reserse Kriminal Khusus``: a police
    title's portfolio, no person."""
    found = mentions_of(
        "Harga tandan buah segar (TBS) kelapa sawit di Riau turun. Harga TBS petani naik. "
        "Direktur Reserse Kriminal Khusus Polda Babel Kombes Fauzan mengatakan itu."
    )
    assert all(surface not in ("TBS", "Reserse Kriminal") for surface, _ in found)
    assert ("Fauzan", "PER") in found


def test_initials_with_an_age_are_a_person_without_the_word_inisial() -> None:
    """``Empat terdakwa lain, DS (20), AR (19), YK (21), dan BP``: initials followed by an
    age, and the list they open, are persons (the model typed one ORG and missed three)."""
    found = mentions_of(
        "Hakim menjatuhkan vonis 7 tahun. Empat terdakwa lain, DS (20), AR (19), YK (21), "
        "dan BP, divonis 5 tahun."
    )
    assert [pair for pair in found if pair[1] == "PER"] == [
        ("DS", "PER"), ("AR", "PER"), ("YK", "PER"), ("BP", "PER")
    ]  # fmt: skip


def test_a_court_chamber_or_rescue_office_and_its_town_are_one_org() -> None:
    """``Pengadilan Tindak Pidana Korupsi Banjarmasin`` (longer than the old 30-character
    reach before the place), ``Kantor Pencarian dan Pertolongan Makassar`` (a facility's
    head, but a body here); the African regional communities are known bodies."""
    found = mentions_of(
        "Perkara dilimpahkan ke Pengadilan Tindak Pidana Korupsi Banjarmasin kemarin. Tim "
        "dari Kantor Pencarian dan Pertolongan Makassar tiba. Komunitas Pembangunan Afrika "
        "Selatan mengecam."
    )
    assert ("Pengadilan Tindak Pidana Korupsi Banjarmasin", "ORG") in found
    assert ("Kantor Pencarian dan Pertolongan Makassar", "ORG") in found
    assert ("Komunitas Pembangunan Afrika Selatan", "ORG") in found


def test_a_title_s_region_keeps_its_division_word() -> None:
    """``Sekretaris Daerah Kota Kupang``: the region is ``Kota Kupang`` (GPE), not the
    gazetteer's ``Kupang`` alone; in ``Wali Kota Kupang`` the ``Kota`` is the title's."""
    found = mentions_of(
        "Sekretaris Daerah Kota Kupang Budi Santoso hadir bersama Wali Kota Kupang."
    )
    assert ("Kota Kupang", "GPE") in found and ("Budi Santoso", "PER") in found
    assert ("Kupang", "GPE") in found


def test_foreign_legislatures_and_councils_named_alone_are_orgs() -> None:
    """``Majelis Nasional``, ``Kongres Deputi``: a country's chamber named without the
    country (the model read nothing)."""
    found = mentions_of(
        "Biya dilantik di hadapan Majelis Nasional di Yaounde. Feijóo berbicara di Kongres "
        "Deputi pada Rabu."
    )
    assert ("Majelis Nasional", "ORG") in found and ("Kongres Deputi", "ORG") in found


def test_kuningan_is_bali_s_holiday_where_the_article_says_so() -> None:
    """``saat Kuningan`` in an article on Galungan is the holiday, not the regency; an
    article on the regency keeps it."""
    found = mentions_of(
        "Ribuan pemedek memadati Pura Besakih saat Kuningan, sepuluh hari setelah Galungan."
    )
    assert all(surface != "Kuningan" for surface, _ in found)
    assert ("Kuningan", "GPE") in mentions_of("Banjir merendam tiga desa di Kuningan, Jawa Barat.")


def test_forms_of_address_one_after_another_leave_the_name() -> None:
    """``Sri Sultan Hamengku Buwono X``, ``Mbak Tutut``: the model kept the form of
    address; ``Cak Imin`` stays whole, as the dev files write it."""
    found = mentions_of(
        '"Itu berat," kata Sri Sultan Hamengku Buwono X. Sementara itu, Mbak Tutut '
        "tersenyum. Masih kata Cak Imin, koalisi solid."
    )
    assert ("Hamengku Buwono X", "PER") in found and ("Tutut", "PER") in found
    assert ("Cak Imin", "PER") in found


def test_a_police_headquarters_is_a_facility_after_a_place_s_preposition() -> None:
    """``di Mapolda Babel``: the model's LOC was read as a town after ``di`` (GPE)."""
    found = mentions_of('"Kami tindak tegas," kata Hendrik di Mapolda Babel, Senin.')
    assert ("Mapolda Babel", "LOC") in found


def test_a_division_s_word_read_alone_takes_its_name() -> None:
    """``Nagari Bukik Batabuah``: the model read ``Nagari`` alone; ``Dusun Lendek Bare`` is
    a division and its name (GPE)."""
    found = mentions_of(
        "Aliran terbesar terpantau di Nagari Bukik Batabuah, Kecamatan Canduang. Polisi "
        "membongkar tambang emas di Dusun Lendek Bare, Sekotong."
    )
    assert ("Nagari Bukik Batabuah", "GPE") in found
    assert ("Dusun Lendek Bare", "GPE") in found


def test_two_persons_of_name_words_with_one_space_between_are_one() -> None:
    """``Kepala BKD Provinsi Bengkulu Syafriadi Yusuf``: the model read two persons."""
    found = mentions_of("Kepala BKD Provinsi Bengkulu Syafriadi Yusuf mengatakan gaji tersedia.")
    assert ("Syafriadi Yusuf", "PER") in found


def test_the_new_capital_and_a_diocese_are_known() -> None:
    """``Ibu Kota Nusantara (IKN)`` is a GPE (the model read ``Kota Nusantara``);
    ``Keuskupan Amboina`` a body (the model read a person); ``MTQ`` a contest."""
    found = mentions_of(
        "Tahura berbatasan dengan Ibu Kota Nusantara (IKN). Umat dari Keuskupan Amboina "
        "ikut melayani tamu MTQ di Tual."
    )
    assert ("Ibu Kota Nusantara", "GPE") in found and ("IKN", "GPE") in found
    assert ("Keuskupan Amboina", "ORG") in found
    assert all(surface != "MTQ" for surface, _ in found)


def test_a_ministry_s_portfolio_words_make_a_regional_office_s_portfolio() -> None:
    """``Dinas Energi dan Sumber Daya Mineral Kalimantan Timur``: ``Mineral`` is a word
    the training text writes only inside such names; the gazetteer's ministries say it is
    a portfolio's."""
    found = mentions_of(
        "Lahan itu ditetapkan oleh Dinas Energi dan Sumber Daya Mineral Kalimantan Timur."
    )
    assert ("Dinas Energi dan Sumber Daya Mineral Kalimantan Timur", "ORG") in found


def test_a_regional_office_with_a_list_of_portfolios_or_a_grade_is_one_org() -> None:
    """``Dinas Tanaman Pangan, Hortikultura, dan Perkebunan Kabupaten Merauke``: the
    model cut the list at its first comma; ``Kantor Imigrasi Kelas I TPI Mataram``: an
    office's grade stands before its town. A comma list must close with ``dan``
    (``Badan Geologi, Gunung Lewotobi``) and holds no address (``Kemenko Polhukam, Jl
    Medan Merdeka``)."""
    found = mentions_of(
        "Hal itu kata Kepala Dinas Tanaman Pangan, Hortikultura, dan Perkebunan Kabupaten "
        "Merauke, Yohanes. Kepala Kantor Imigrasi Kelas I TPI Mataram hadir."
    )
    assert ("Dinas Tanaman Pangan, Hortikultura, dan Perkebunan Kabupaten Merauke", "ORG") in found
    assert ("Yohanes", "PER") in found
    assert ("Kantor Imigrasi Kelas I TPI Mataram", "ORG") in found
    text = "Menurut catatan Badan Geologi, Gunung Lewotobi meletus lagi."
    assert not any(
        c.end > text.index(",") for c in state_body_candidates(text, 0, len(text), is_common_word)
    )


def test_a_given_name_that_is_also_a_common_word_stays_in_the_name() -> None:
    """``Widiyanti Putri Wardhana``, ``Rizky Amalia Putri``: ``Putri`` (a princess) is a
    common word the title's name reading stopped at; the model read ``Wardhana`` alone."""
    found = mentions_of(
        "Menteri Pariwisata Widiyanti Putri Wardhana mengatakan hal itu. Dosen Fakultas "
        "Kehutanan ULM Rizky Amalia Putri menjelaskan temuan itu."
    )
    assert ("Widiyanti Putri Wardhana", "PER") in found
    assert ("Rizky Amalia Putri", "PER") in found


def test_a_person_takes_the_name_word_left_after_it_but_no_day() -> None:
    """``ketika Alex Martins dijatuhkan``: the model read ``Alex``; a day after a name
    (``Prabowo Subianto Senin``) or a known place stays out."""
    found = mentions_of(
        "Wasit tidak memberikan penalti ketika Alex Martins dijatuhkan di kotak penalti. "
        "Hal itu dikatakan Prabowo Subianto Senin lalu."
    )
    assert ("Alex Martins", "PER") in found
    assert ("Prabowo Subianto", "PER") in found


def test_the_names_after_a_people_s_or_faith_s_noun_are_norp() -> None:
    """``etnis Thai dan Khmer`` (the model read ``Khmer`` a person), ``umat Konghucu,
    Buddha, dan Tao``, ``masyarakat adat Dayak Meratus``; a known place after the name is
    no part of it (``umat Islam Indonesia``), and Jakarta's ``Suku Dinas`` is no people."""
    found = mentions_of(
        "Dukungan kuat di kalangan etnis Thai dan Khmer. Perayaan itu diikuti umat Konghucu, "
        "Buddha, dan Tao. Proyek itu melibatkan masyarakat adat Dayak Meratus di sana. "
        "Umat Islam Indonesia merayakannya. Bantuan datang dari Suku Dinas Pertamanan."
    )
    for name in ("Thai", "Khmer", "Konghucu", "Buddha", "Tao", "Dayak Meratus", "Islam"):
        assert (name, "NORP") in found
    assert ("Indonesia", "GPE") in found
    assert all(label != "NORP" for surface, label in found if "Dinas" in surface)


def test_peoples_after_masyarakat_komunitas_penganut_and_orang_are_norp() -> None:
    """``masyarakat Gayo``, ``komunitas Hmong dan Khmu``, ``penganut Marapu``, ``orang
    Rote`` (the model found none of them) and a region's people after ``orang`` (``orang
    Eropa``) are NORP; a town after ``orang`` stays the town, as after ``warga``, and a
    division's or a common word, an acronym or a body opens no people's name."""
    found = mentions_of(
        "Sebagian besar kebun kopi masyarakat Gayo berada di dataran tinggi. Bantuan "
        "menyasar nelayan dari komunitas Hmong dan Khmu. Para pemuka adat penganut Marapu "
        "menggelar ritual. Banyak orang Rote merantau ke Kupang. Ia orang Eropa pertama "
        "di sana. Apalagi, banyak orang Surabaya mudik. Bantuan diberikan kepada "
        "masyarakat Desa Sukamaju. Ia meminta masyarakat DKI bersabar. Sepuluh orang WNI "
        "dibebaskan."
    )
    for name in ("Gayo", "Hmong", "Khmu", "Marapu", "Rote", "Eropa"):
        assert (name, "NORP") in found
    assert ("Surabaya", "GPE") in found
    assert ("Desa Sukamaju", "GPE") in found
    assert not [
        surface for surface, label in found if label == "NORP" and surface in ("Desa", "DKI", "WNI")
    ]


def test_english_body_ends_and_dutch_and_swiss_forms_close_a_body_s_name() -> None:
    """``The Magnum Ice Cream Company NV``, ``Nestle SA`` (the model read persons),
    ``Australian Marine Conservation Society`` (a place and a person), ``Kyushu Railway
    Company`` (a place and a body): the capitalized words before the form are the name.
    Not an event's name that goes on (``ASEAN University 2008``), nor an officer's English
    title (``Managing Director The Walt Disney Company``)."""
    found = mentions_of(
        "Saham The Magnum Ice Cream Company NV naik. Froneri, perusahaan patungan Nestle SA "
        "dan PAI Partners, bersaing. Greenpeace dan Australian Marine Conservation Society "
        "menolak. Ia tiba bersama Kyushu Railway Company (JR Kyushu). Ia ikut ASEAN "
        "University 2008 di Kuala Lumpur. Managing Director The Walt Disney Company hadir."
    )
    for name in (
        "The Magnum Ice Cream Company NV",
        "Nestle SA",
        "PAI Partners",
        "Australian Marine Conservation Society",
        "Kyushu Railway Company",
        "The Walt Disney Company",
    ):
        assert (name, "ORG") in found
    text = "Ia ikut ASEAN University 2008 di Kuala Lumpur."
    assert join_company_suffix_runs(text, []) == []


def test_a_body_s_unit_and_the_body_after_it_are_one_org() -> None:
    """``Fakultas Kehutanan ULM`` (the model read ``ULM`` alone), ``Komite Warisan Dunia
    UNESCO`` (two bodies), ``Pusat Riset Biosistematika dan Evolusi BRIN``; not two bodies
    joined by ``dan`` (``Direktorat Lalu Lintas Polda Metro Jaya dan Dinas Perhubungan``),
    nor a person after the body."""
    found = mentions_of(
        "Dosen Fakultas Kehutanan ULM Rizky Amalia menjelaskan. Kata Komite Warisan Dunia "
        "UNESCO dalam laporannya. Peneliti Pusat Riset Biosistematika dan Evolusi BRIN hadir. "
        "Petugas Direktorat Lalu Lintas Polda Metro Jaya dan Dinas Perhubungan DKI Jakarta "
        "berjaga."
    )
    assert ("Fakultas Kehutanan ULM", "ORG") in found
    assert ("Rizky Amalia", "PER") in found
    assert ("Komite Warisan Dunia UNESCO", "ORG") in found
    assert ("Pusat Riset Biosistematika dan Evolusi BRIN", "ORG") in found
    assert ("Dinas Perhubungan DKI Jakarta", "ORG") in found
    assert not any(" dan Dinas" in surface for surface, _ in found)


def test_a_hyphenated_given_name_s_first_half_opens_the_person() -> None:
    """``Jean-Robert Dorvil``: the model read ``Robert Dorvil``; not a pair of candidates
    (``Jakobus Kawer-Salomo Rumbekwan``: a name word stands before the half)."""
    found = mentions_of("Menurut warga, Jean-Robert Dorvil mengatakan itu kepada wartawan.")
    assert ("Jean-Robert Dorvil", "PER") in found
    text = "Pasangan Jakobus Kawer-Salomo Rumbekwan menang di sana."
    chosen = [Candidate(text.index("Salomo"), text.index(" menang"), "PER", "model", MODEL)]
    assert complete_person_names(text, chosen) == chosen


@regressed("`Kabupaten` left out of `Kabupaten Bekasi`")
def test_faults_reserves_geoparks_estates_and_baths_are_places() -> None:
    """``Patahan Anatolia Utara`` (its direction ends the name), ``Suaka Margasatwa
    Pelaihari`` (not the town), ``Geopark Meratus`` (the model's person), ``Pemandian
    Fasilides`` (the model's GPE), ``Kawasan Industri MM2100`` (its regency stays out)."""
    found = mentions_of(
        "Gempa terjadi di sepanjang Patahan Anatolia Utara. Survei berlanjut ke Suaka "
        "Margasatwa Pelaihari. Sebagian kawasan itu masuk Geopark Meratus. Ribuan peziarah "
        "berkumpul di Pemandian Fasilides. Pabrik itu di Kawasan Industri MM2100 Kabupaten "
        "Bekasi."
    )
    for place in (
        "Patahan Anatolia Utara",
        "Suaka Margasatwa Pelaihari",
        "Geopark Meratus",
        "Pemandian Fasilides",
        "Kawasan Industri MM2100",
    ):
        assert (place, "LOC") in found
    assert ("Kabupaten Bekasi", "GPE") in found
    found = mentions_of(
        "Udang itu dari tambak di Delta Kayan. Misa digelar di Katedral Lisboa kemarin."
    )
    assert ("Delta Kayan", "LOC") in found and ("Katedral Lisboa", "LOC") in found


def test_the_name_after_a_lower_case_town_noun_is_a_town() -> None:
    """``distrik Sındırgı`` (the model read nothing), ``kota kecil Kikuyo`` (its ORG);
    another known name after the first word stays apart (``kabupaten Sragen Jawa
    Tengah``), and an office's holder is no town (``Sekretaris desa Anton Yunianto``)."""
    found = mentions_of(
        "Gempa mengguncang distrik Sındırgı kemarin. Ia tinggal di kota kecil Kikuyo dekat "
        "pabrik. Desa itu berada di kabupaten Sragen Jawa Tengah. Hal itu dikatakan "
        "Sekretaris desa Anton Yunianto."
    )
    assert ("Sındırgı", "GPE") in found and ("Kikuyo", "GPE") in found
    assert ("Sragen", "GPE") in found and ("Jawa Tengah", "GPE") in found
    assert ("Anton Yunianto", "GPE") not in found


def test_a_known_body_then_two_name_words_is_the_body_and_its_member() -> None:
    """``Gelandang Real Madrid Brahim Díaz``: the model read one ORG; a known place after
    the body is no person (``Partai Demokrat Amerika Serikat``)."""
    text = "Ia anggota Partai Demokrat Amerika Serikat sejak muda."
    start = text.index("Partai")
    assert surfaces(model_candidates(text, start, text.index(" sejak"), "ORG", 0), text) == [
        ("Partai Demokrat Amerika Serikat", "ORG")
    ]


def test_rules_read_once_per_article_stay_inside_their_sentence() -> None:
    """``article_rule_candidates`` reads towns and peoples over the whole article; each
    candidate still lies inside one sentence, so the per-sentence choice is unchanged."""
    text = "Warga desa Pandiri mengungsi. Umat Konghucu berdoa.\nIa tiba di kota kecil Kikuyo."
    spans = segment(text)
    for candidate in article_rule_candidates(text, is_common_word):
        assert any(s.start <= candidate.start and candidate.end <= s.end for s in spans)


def test_a_profession_opening_the_sentence_is_no_part_of_the_speaker() -> None:
    """``Ekonom Camila Etchegaray mengatakan``: the speaker rule read the profession into
    the name and the model read ``Etchegaray`` alone; two words after such an opener may
    still be a body's (``Pengelola Bangsring Underwater Ikhwan Arief``, see
    ``name_words_before_name``)."""
    found = mentions_of("Ekonom Camila Etchegaray mengatakan daya beli riil masih tertinggal.")
    assert ("Camila Etchegaray", "PER") in found


def test_a_name_after_a_sentence_s_ordinary_opener_is_a_person() -> None:
    """``Ekonom Camila Etchegaray dari konsultan EcoGo``: the model read nothing there. Not
    a holiday (``Perayaan Idul Fitri``) nor what a thing is named (``Penghargaan Ramon
    Magsaysay``), nor four capitalized words (a body and its head)."""
    text = "Ekonom Camila Etchegaray dari konsultan EcoGo menilai daya beli turun."
    assert surfaces(
        opener_name_candidates(text, 0, len(text), is_common_word, is_org_place_word), text
    ) == [("Camila Etchegaray", "PER")]
    for text in (
        "Perayaan Idul Fitri tahun ini sepi.",
        "Penghargaan Ramon Magsaysay diberikan kepadanya.",
        "Pengelola Bangsring Underwater Ikhwan Arief mengatakan itu.",
    ):
        assert opener_name_candidates(text, 0, len(text), is_common_word, is_org_place_word) == []


def test_a_court_s_or_central_bank_s_two_letter_acronym_after_a_title_is_the_body() -> None:
    """``Juru Bicara KY Anita Kusumawardani``: the model read ``KY`` into the person; other
    pairs of capitals after a title are initials (``Inspektur Jenderal RZ Panca``)."""
    found = mentions_of(
        "Juru Bicara KY Anita Kusumawardani mengatakan itu. Gubernur BI Perry Warjiyo hadir."
    )
    assert ("KY", "ORG") in found and ("Anita Kusumawardani", "PER") in found
    assert ("BI", "ORG") in found and ("Perry Warjiyo", "PER") in found
    text = "Kapolda Sulut Inspektur Jenderal RZ Panca Putra Simanjuntak hadir."
    rules = find_rule_candidates(text, 0, len(text), is_common_word, is_org_place_word)
    assert ("RZ", "ORG") not in surfaces(rules, text)


def test_buton_s_noble_particle_opens_the_person() -> None:
    """``La Ode Harimuddin``: the model read ``Ode Harimuddin``."""
    text = "Ia memeriksa La Ode Harimuddin di Jakarta."
    start = text.index("Ode")
    found = model_candidates(text, start, text.index(" di "), "PER", 0)
    assert surfaces(found, text) == [("La Ode Harimuddin", "PER")]


def test_conjunctions_part_a_model_span_and_a_pt_name_goes_on() -> None:
    """``Provinsi Bulacan setelah Komisi Independen``: one model span over a conjunction;
    ``adalah PT Mustika Minanusa Aurora``: the model read ``Minanusa Aurora`` a person. After
    an officer's title the person is the company's (``Manajer Humas PT KAI Daop 8 Surabaya
    Suprapto``)."""
    found = mentions_of(
        "Proyek itu di Provinsi Bulacan setelah Komisi Independen untuk Infrastruktur (ICI) "
        "melapor. Eksportir terbesar adalah PT Mustika Minanusa Aurora di Tarakan."
    )
    assert ("Provinsi Bulacan", "GPE") in found
    assert ("PT Mustika Minanusa Aurora", "ORG") in found
    text = "Kata Manajer Humas PT Telkom Yogyakarta Jujun Pujaswara kemarin."
    chosen = [
        Candidate(text.index("PT"), text.index(" Jujun"), "ORG", "model", MODEL),
        Candidate(text.index("Jujun"), text.index(" kemarin"), "PER", "model", MODEL),
    ]
    assert join_company_names(text, chosen) == chosen


def test_capitalized_particles_join_a_name_and_a_role_noun_names_its_holder() -> None:
    """``Giovanni Di Lorenzo``: the model read two persons; ``kiper Yann Sommer``: the
    model's ORG, after a lower-case role noun (not a club after an article: ``pelatih Die
    Borussen``)."""
    found = mentions_of(
        "Gol itu lahir dari umpan terobosan Giovanni Di Lorenzo di menit ke-70. Pada masa "
        "injury time, kiper Yann Sommer melakukan penyelamatan."
    )
    assert ("Giovanni Di Lorenzo", "PER") in found
    assert ("Yann Sommer", "PER") in found
    text = "Ia meninggalkan kursi pelatih Die Borussen musim lalu."
    start = text.index("Die")
    assert surfaces(model_candidates(text, start, text.index(" musim"), "ORG", 0), text) == [
        ("Die Borussen", "ORG")
    ]


def test_rural_banks_and_cooperatives_names_and_two_acronyms_joined_by_dan() -> None:
    """``BPR Mitra Sejahtera Cianjur``, ``KSP Indosurya Cipta``: the model read the bank's
    form and a place, or the cooperative's name as a person's; ``unsur KY dan MA``."""
    found = mentions_of(
        "OJK cabut izin BPR Mitra Sejahtera Cianjur karena fraud. Petugas menyita dana KSP "
        "Indosurya Cipta. Majelis itu beranggotakan unsur KY dan MA di Jakarta."
    )
    assert ("BPR Mitra Sejahtera Cianjur", "ORG") in found
    assert ("KSP Indosurya Cipta", "ORG") in found
    assert ("KY", "ORG") in found


def test_two_acronyms_joined_by_dan_are_two_bodies() -> None:
    """``unsur KY dan MA``: the model before read one body, which a rule split."""
    found = mentions_of("Majelis itu beranggotakan unsur KY dan MA di Jakarta.")
    assert ("KY", "ORG") in found and ("MA", "ORG") in found


def test_a_club_named_in_full_is_its_own_word_alone_all_through_the_article() -> None:
    """``Arema FC`` then ``Arema``, the known ``Persis Solo`` then ``Persis``, ``FC
    Twente`` then ``Twente`` (glued by the model to its coach): ORG. A place in a club's
    name stays a place (``Bali`` of ``Bali United``), and so does a city the article
    also writes as a place (``kepolisian Manchester`` after ``Manchester United``)."""
    found = mentions_of(
        "Persis Solo menjamu Arema FC di Stadion Manahan. Arema menyamakan kedudukan, tetapi "
        "Persis menang 2-1. Feyenoord menundukkan FC Twente. Pelatih Twente Joseph Oosting "
        "kecewa. Bali United menang di Bali. Suporter Manchester United ditahan kepolisian "
        "Manchester."
    )
    assert found.count(("Arema", "ORG")) == 1
    assert found.count(("Persis", "ORG")) == 1
    assert ("Twente", "ORG") in found
    assert ("Joseph Oosting", "PER") in found
    assert ("Bali", "GPE") in found
    assert ("Manchester", "ORG") not in found


def test_a_country_after_a_profession_is_a_nationality_and_a_role_noun_names_a_person() -> None:
    """``sutradara Thailand``, ``sineas Filipina``, ``pelatih Belanda``: a country after a
    noun for people of it is NORP (BLIND_GUIDE.md); ``karya sutradara Kamila Andini``: the
    name after a role noun is a person, whatever the model typed."""
    found = mentions_of(
        "Festival itu menghadirkan sineas Filipina Lav Diaz dan sutradara Thailand "
        "Apichatpong Weerasethakul. Film pembuka adalah karya sutradara Kamila Andini. "
        '"Kami bermain dengan hati," kata pelatih Belanda Peter de Roo.'
    )
    for name in ("Filipina", "Thailand", "Belanda"):
        assert (name, "NORP") in found
    assert ("Kamila Andini", "PER") in found


def test_a_people_named_by_its_land_after_suku_or_etnis_is_norp() -> None:
    """``suku Bali dan Jawa``, ``anak-anak suku Mentawai``: after ``suku`` or ``etnis`` a
    known place's name is its people's; ``warga Bali`` stays the island."""
    found = mentions_of(
        "Petani transmigran suku Bali dan Jawa mulai menanam padi. Sebagian besar murid "
        "adalah anak-anak suku Mentawai. Warga Bali menyambutnya."
    )
    for name in ("Bali", "Jawa", "Mentawai"):
        assert (name, "NORP") in found
    assert ("Bali", "GPE") in found


def test_regional_offices_written_short_bases_prisons_weirs_and_led_by() -> None:
    """``Dinkes`` and ``Disdik`` alone (the model read persons) are ORG; ``DPRK Biak
    Numfor`` and ``Lanal Dobo`` are one body with their region; ``Rutan Salemba`` (the
    model's GPE) and ``Bendung Bulucenrana`` are places (LOC); the name after ``dipimpin``
    is a person."""
    found = mentions_of(
        "Untuk menekan penularan, Dinkes menggandeng Disdik setempat. Ketua DPRK Biak "
        "Numfor menerima laporan dari Lanal Dobo. Hendra ditahan di Rutan Salemba. Air dari "
        "Bendung Bulucenrana mengalir. Tim itu dipimpin Rahmat Hidayat."
    )
    for name in ("Dinkes", "Disdik", "DPRK Biak Numfor", "Lanal Dobo"):
        assert (name, "ORG") in found
    for name in ("Rutan Salemba", "Bendung Bulucenrana"):
        assert (name, "LOC") in found
    assert ("Rahmat Hidayat", "PER") in found


def test_aceh_s_noble_title_opens_the_name_and_leaves_the_body_before_it() -> None:
    """``Teuku`` is part of the name, as every NER file that holds it has it: the model's
    ``Universitas Syiah Kuala Teuku`` loses it to ``Teuku Ridwan Saleh``, its LOC ``Teuku
    Riefky`` is a person; a street or a residence named after the hero stays a place."""
    found = mentions_of(
        "Sejarawan Universitas Syiah Kuala Teuku Ridwan Saleh menyambut baik. Ekonom LPEM "
        "FEB UI Teuku Riefky menilai upah naik. Ia bertemu Megawati di kediamanya, Teuku "
        "Umar, kemarin."
    )
    assert ("Universitas Syiah Kuala", "ORG") in found
    assert ("Teuku Ridwan Saleh", "PER") in found
    assert ("Teuku Riefky", "PER") in found
    assert ("Teuku Umar", "PER") not in found


def test_bodies_joined_to_their_region_or_indonesian_name() -> None:
    """``Dinas Perkebunan dan Peternakan Kabupaten Kapuas Hulu`` (the model left
    ``Kabupaten`` between body and place), ``Danantara Indonesia`` (35 of 35 such pairs
    in the NER files are one ORG), ``Baleg DPR`` (the short form of ``Badan Legislasi``),
    ``Pemko Pematangsiantar`` (Sumatra's city government), ``Orangutan Foundation
    International``; ``pemerintah Indonesia`` stays the country."""
    found = mentions_of(
        "Rapat dihadiri Dinas Perkebunan dan Peternakan Kabupaten Kapuas Hulu. Direktur "
        "Danantara Indonesia hadir bersama Baleg DPR, sementara Pemko Pematangsiantar "
        "menunda revitalisasi. Bayi orangutan dititipkan ke Orangutan Foundation "
        "International, kata pemerintah Indonesia."
    )
    for name in (
        "Dinas Perkebunan dan Peternakan Kabupaten Kapuas Hulu",
        "Danantara Indonesia",
        "Baleg DPR",
        "Pemko Pematangsiantar",
        "Orangutan Foundation International",
    ):
        assert (name, "ORG") in found
    assert ("Indonesia", "GPE") in found


def test_a_part_of_a_place_before_its_name_is_no_part_of_the_name() -> None:
    """``pantai barat Mandailing Natal``: the model's LOC of the lower-case words and the
    regency is the regency (GPE)."""
    found = mentions_of("Akses menuju kawasan pantai barat Mandailing Natal terputus.")
    assert ("Mandailing Natal", "GPE") in found
    assert all(not surface.startswith("pantai") for surface, _ in found)


def test_a_roman_numeral_alone_names_no_one() -> None:
    """``kuartal III``: the model's PER of a quarter's numeral (twice in a blind sample, in
    a context the model reads so only there: given here as the model's span) names no
    one; ``XL``, an acronym that is also a numeral, stays."""
    text = "Penjualan turun pada kuartal III, kata XL."
    numeral = text.index("III")
    acronym = text.index("XL")
    assert model_candidates(text, numeral, numeral + 3, "PER", 0) == []
    assert surfaces(model_candidates(text, acronym, acronym + 2, "ORG", 0), text) == [("XL", "ORG")]


def test_the_place_after_a_regional_head_is_the_territory_governed() -> None:
    """``Bupati Kudus``, ``Camat Pulau Gorom``: what a region's head, police or prosecution
    chief governs is a GPE (the invented articles: 202 of 203), not the model's LOC."""
    found = mentions_of(
        "Bupati Kudus meminta warga tenang. Camat Pulau Gorom melaporkan kapal tenggelam."
    )
    assert ("Kudus", "GPE") in found
    assert ("Pulau Gorom", "GPE") in found


def test_a_route_s_stops_are_towns() -> None:
    """``ruas Pulau Panggung-Ulubelu``, ``jalur Tarakan-Tana Tidung-Malinau``: the ends of a
    route after its noun are towns, split at the hyphens (the invented articles: 49 of
    49); a road named so (``Jalan Medan-Banda Aceh``) stays one facility, and ``jalan
    kabupaten`` is a road's class, no regency's noun."""
    found = mentions_of(
        "Longsor menutup ruas jalan kabupaten Gisting-Sumberejo dan ruas Pulau "
        "Panggung-Ulubelu. Speedboat di jalur Tarakan-Tana Tidung-Malinau dibatasi. Banjir "
        "merendam ruas Jalan Medan-Banda Aceh."
    )
    for town in ("Gisting", "Sumberejo", "Pulau Panggung", "Ulubelu", "Tarakan", "Malinau"):
        assert (town, "GPE") in found
    assert ("Tana Tidung", "GPE") in found
    assert ("Jalan Medan-Banda Aceh", "LOC") in found


def test_diseases_works_and_contests_name_nothing() -> None:
    """The guide leaves diseases, works' titles and events unmarked, and marks the places
    inside events: ``virus Marburg`` (and ``Wabah Marburg`` opening a sentence), the
    places in a film's title (the invented articles: 7 titles of 7), ``Grand Prix Formula
    1 Singapura`` (its ``Singapura`` only)."""
    found = mentions_of(
        "Ethiopia konfirmasi wabah virus Marburg di kota Jinka. Wabah Marburg menyebar "
        'cepat. Syuting film "Pulang ke Tanjung Pandan" dimulai di Belitung. George '
        "Russell menjuarai Grand Prix Formula 1 Singapura."
    )
    assert all("Marburg" not in surface for surface, _ in found)
    assert all("Tanjung" not in surface for surface, _ in found)
    assert ("Singapura", "GPE") in found
    assert all(not surface.startswith("Grand Prix") for surface, _ in found)


def test_facilities_and_chambers_by_their_first_word() -> None:
    """``Kastil Praha`` is a facility (LOC), not the town it holds; ``Senat Prancis`` a
    chamber (ORG: the invented articles, 7 of 8 spans opening with ``Senat`` or
    ``Parlemen``); ``desa Tambang`` a village all the same."""
    found = mentions_of(
        "Penunjukan dilakukan di Kastil Praha, Senin. Direktur museum bersaksi di hadapan "
        "Senat Prancis. Warga memutar lewat desa Tambang Ponorogo."
    )
    assert ("Kastil Praha", "LOC") in found
    assert ("Senat Prancis", "ORG") in found
    assert all(label != "LOC" for surface, label in found if "Tambang" in surface)


def test_a_party_or_alliance_noun_names_a_body() -> None:
    """``koalisi kanan-tengah Spolu``, ``yang koalisinya Spolu``: the name after a party's or
    an alliance's noun is an ORG where the model read a place; a person stays (``koalisi
    pendukung Prabowo``)."""
    found = mentions_of("Gerindra bergabung dengan koalisi pendukung Prabowo.")
    assert ("Prabowo", "PER") in found


@regressed("a person `Spolu` twice: the rule relabels the model's places only")
def test_an_alliance_s_name_the_model_reads_as_a_person() -> None:
    """``koalisi kanan-tengah Spolu``, ``yang koalisinya Spolu``: the alliance, twice."""
    found = mentions_of(
        "Perdana Menteri Petr Fiala dari koalisi kanan-tengah Spolu mengakui kekalahan. "
        "Partai ODS, yang koalisinya Spolu di posisi kedua, menolak."
    )
    assert found.count(("Spolu", "ORG")) == 2


def test_one_word_speaker_in_an_apposition() -> None:
    """``Camat Hatungun, Syahrani, mengatakan``: one name word between commas after an
    office's place, subject of a reporting verb, is the speaker (the model read a place)."""
    found = mentions_of(
        "Sementara itu, Camat Hatungun, Syahrani, mengatakan warga siap bergotong royong. "
        "Kepala Dinas Perdagangan Bombana, Jumarding, menjelaskan pasar dibuka pekan depan."
    )
    assert ("Syahrani", "PER") in found
    assert ("Jumarding", "PER") in found


def test_more_peoples_and_nationalities() -> None:
    """``kasta Yadav`` is a people; ``sopir Lituania``, ``warga PNG``, ``warga Malagasi``
    are nationalities (NORP)."""
    found = mentions_of(
        "Dukungan datang dari kasta Yadav. Seorang sopir Lituania menunggu di perbatasan. "
        "Warga PNG menyambut pakta itu, begitu pula warga Malagasi di Antananarivo."
    )
    for people in ("Yadav", "Lituania", "PNG", "Malagasi"):
        assert (people, "NORP") in found


def test_an_office_s_modifier_stands_between_it_and_its_holder() -> None:
    """``Presiden petahana Umaro Sissoco Embalo``: the model's ORG after an office and its
    lower-case modifier is the office's holder."""
    found = mentions_of(
        "Presiden petahana Umaro Sissoco Embalo dan penantangnya sama-sama mengklaim menang."
    )
    assert ("Umaro Sissoco Embalo", "PER") in found


def test_two_bodies_joined_by_dan_when_the_first_is_known() -> None:
    """``Uni Afrika dan Komunitas Ekonomi Negara-Negara Afrika Barat``: the model's one ORG
    is two bodies when the first is a body the gazetteer knows and the second opens with a
    body's head or is known too (the invented articles: 107 such pairs apart, one
    portfolio list inside a name, ``Dinas Perdagangan, Perindustrian dan Koperasi``)."""
    found = mentions_of(
        "Misi pengamat Uni Afrika dan Komunitas Ekonomi Negara-Negara Afrika Barat memuji "
        "pemungutan suara itu. Rapat melibatkan instansi terkait, antara lain Kementerian "
        "ATR/BPN dan Polri."
    )
    assert ("Uni Afrika", "ORG") in found
    assert ("Komunitas Ekonomi Negara-Negara Afrika Barat", "ORG") in found
    # a slash joins one body's two names, known or not (read in a blind sample)
    assert ("Kementerian ATR/BPN", "ORG") in found


def test_a_company_noun_described_by_two_words_joined_by_dan() -> None:
    """``konglomerat pertanian dan pangan Agrofert``: a company's noun and two describing
    words joined by ``dan`` name the company (the model read a person), in the article's
    other mentions too."""
    found = mentions_of(
        "Andrej Babis berjanji melepas konglomerat pertanian dan pangan Agrofert. Agrofert "
        "tidak akan lagi dimiliki Babis."
    )
    assert found.count(("Agrofert", "ORG")) == 2


def test_a_body_and_the_purpose_it_is_named_for() -> None:
    """``Komando Tinggi Militer untuk Pemulihan Ketertiban``: a body, ``untuk`` and its
    purpose are one ORG; a known place after ``untuk`` is the region served, apart
    (``WFP untuk Somalia``)."""
    found = mentions_of(
        "Kelompok yang menamakan diri Komando Tinggi Militer untuk Pemulihan Ketertiban "
        "mengambil alih kekuasaan. Bantuan WFP untuk Somalia tiba."
    )
    assert ("Komando Tinggi Militer untuk Pemulihan Ketertiban", "ORG") in found
    assert ("WFP", "ORG") in found
    assert ("Somalia", "GPE") in found


def test_a_name_word_after_a_body_s_acronym_opens_the_name() -> None:
    """``Direktur Jenderal Organisasi Kesehatan Dunia (WHO) Tedros Adhanom Ghebreyesus``:
    the model read the person from his second word; the title stands before the body,
    so the name word right after the acronym's parentheses is his first."""
    found = mentions_of(
        "Direktur Jenderal Organisasi Kesehatan Dunia (WHO) Tedros Adhanom Ghebreyesus, "
        "yang juga warga negara Ethiopia, menyatakan WHO telah mengirim tim ahli."
    )
    assert ("Tedros Adhanom Ghebreyesus", "PER") in found


def test_a_pair_joined_by_dan_is_of_one_kind() -> None:
    """``Aisyah dan Aqila``: the model read the second twin a place; beside a person, one
    word the gazetteer does not know is a person too."""
    found = mentions_of("Bayi perempuan bernama Aisyah dan Aqila itu lahir pada Juli 2025.")
    assert ("Aisyah", "PER") in found
    assert ("Aqila", "PER") in found


def test_a_language_is_no_mention() -> None:
    """``bahasa Madura``, ``Bahasa Inggris``, ``bahasa Tamil dan Oriya``: languages, which
    the guide leaves unmarked (OntoNotes has its own label for them); the island and the
    country named elsewhere stay."""
    found = mentions_of(
        "Risma menyapa warga dalam bahasa Madura. Lagu itu dirilis dalam Bahasa Inggris dan "
        "bahasa Tamil dan Oriya. Ia lahir di Madura dan besar di Inggris. Pengumuman "
        "disiarkan dalam bahasa Melayu, Inggris dan Mandarin."
    )
    assert ("Madura", "GPE") in found or ("Madura", "LOC") in found
    assert ("Inggris", "GPE") in found
    assert len([surface for surface, _ in found if surface in ("Madura", "Inggris")]) == 2
    assert all(surface not in ("Tamil", "Oriya", "Mandarin") for surface, _ in found)


def test_a_treaty_or_a_law_names_nothing_but_the_known_names_in_it() -> None:
    """``Traktat Pukpuk``, ``Peraturan Menteri Perhubungan``: laws and treaties, which the
    guide leaves unmarked (the invented articles: 33 of 33); the model typed them ORG."""
    found = mentions_of(
        "Perdana Menteri Anthony Albanese menandatangani Traktat Pukpuk di Port Moresby. "
        "Semua pihak perlu memahami Peraturan Menteri Perhubungan itu."
    )
    assert all(not surface.startswith(("Traktat", "Peraturan")) for surface, _ in found), found


def test_a_street_named_after_a_ranked_hero_keeps_the_rank() -> None:
    """``Jalan Brigjen Katamso``: the rank is part of the street's name, not a person's
    title (the model read the street whole; the rank rule made ``Katamso`` a person)."""
    found = mentions_of("Restorasi atap Istana Maimun di Jalan Brigjen Katamso dimulai.")
    assert ("Jalan Brigjen Katamso", "LOC") in found
    assert ("Katamso", "PER") not in found


def test_a_club_s_sport_closes_its_name() -> None:
    """``Pelatih Bali United Basketball I Gede Arimbawa``: the sport's word closes the club's
    name (the known ``Bali United`` once lost it to the coach's name)."""
    found = mentions_of(
        "Pelatih Bali United Basketball I Gede Arimbawa mengakui timnya kalah telak."
    )
    assert ("Bali United Basketball", "ORG") in found
    assert ("I Gede Arimbawa", "PER") in found


def test_a_wire_dateline_whose_place_has_a_lower_case_joiner() -> None:
    """``Foz do Iguaçu (ANTARA) -``, ``Port of Spain (ANTARA) -``: the agency of a dateline
    whose place holds ``do`` or ``of`` is a mention too."""
    found = mentions_of(
        "KTT Mercosur dibuka\n\nFoz do Iguaçu (ANTARA) - KTT Mercosur dibuka, Sabtu."
    )
    assert ("ANTARA", "ORG") in found


def test_a_head_of_state_whose_given_name_is_a_town() -> None:
    """``Presiden Paraguay Santiago Peña``: after the country, one town's word opening the
    name is the holder's given name, not a second affiliation; ``Konsul Jenderal RI Kota
    Kinabalu Wahyu Darmawan`` keeps its two."""
    found = mentions_of(
        "Presiden Paraguay Santiago Peña menyambut para tamu. Konsul Jenderal RI Kota "
        "Kinabalu Wahyu Darmawan hadir."
    )
    assert ("Santiago Peña", "PER") in found
    assert ("Kota Kinabalu", "GPE") in found
    assert ("Wahyu Darmawan", "PER") in found


def test_more_people_nouns_places_and_towns() -> None:
    """``grandmaster India``, ``konsumen Meksiko``: nationalities after people nouns (the
    invented articles: konsumen, pembeli, penonton, suporter, pesilat 46 of 49 NORP);
    ``Alun-alun Ponorogo``, ``Penjara Adiala``: facilities; ``kota wisata Ella``: a town."""
    found = mentions_of(
        "Ia main remis dengan grandmaster India. Harga naik 25 persen bagi konsumen "
        "Meksiko. Warga berkumpul di Alun-alun Ponorogo. Imran Khan ditahan di Penjara "
        "Adiala. Di kota wisata Ella, wisatawan terjebak."
    )
    assert ("India", "NORP") in found
    assert ("Meksiko", "NORP") in found
    assert ("Alun-alun Ponorogo", "LOC") in found
    assert ("Penjara Adiala", "LOC") in found
    assert ("Ella", "GPE") in found


def test_an_office_s_holder_whose_first_name_the_model_read_a_place() -> None:
    """``Menteri Kesehatan Terawan Agus Putranto``: the model read ``Terawan`` a place and
    the rest a person; after an office and its portfolio, the whole name is the holder."""
    found = mentions_of(
        "Rapat dihadiri Menteri Agama Fachrul Razi, Menteri Kesehatan Terawan Agus "
        "Putranto, dan Menteri Sosial Juliari Batubara."
    )
    assert ("Terawan Agus Putranto", "PER") in found


def test_third_round_places_peoples_and_bodies() -> None:
    """From samples 57-60 (read): ``Negeri Porto``, a village of Maluku (GPE: the invented
    articles mark every ``Negeri`` village so); ``Halte Senen``, ``Bundaran Purwosari``,
    ``Gletser Rhone``: facilities and sites; ``fisikawan Indonesia``, ``pianis Jepang``:
    nationalities; ``Nabi``: ORG_AND_PLACE_CASES."""
    found = mentions_of(
        "Nelayan berasal dari Negeri Haria, Negeri Porto, dan Negeri Ouw. Penumpang turun di "
        "Halte Senen dan Bundaran Purwosari. Penyusutan terparah di Gletser Rhone. Sekitar "
        "selusin fisikawan Indonesia dan seorang pianis Jepang hadir."
    )
    for village in ("Negeri Haria", "Negeri Porto", "Negeri Ouw"):
        assert (village, "GPE") in found
    for place in ("Halte Senen", "Bundaran Purwosari", "Gletser Rhone"):
        assert (place, "LOC") in found
    assert ("Indonesia", "NORP") in found
    assert ("Jepang", "NORP") in found


def test_a_balinese_name_keeps_its_prefix() -> None:
    """``Ni Wayan Sariasih``, ``Ni Komang Ayu Wulandari``: the prefix of a Balinese name is
    part of it (the invented articles: 125 of 125); the model left ``Ni`` out."""
    found = mentions_of(
        "Setandan pisang dihargai Rp45.000 per sisir.\n\nNi Wayan Sariasih mengatakan "
        "permintaan naik. Pedagang lain, Ni Komang Ayu Wulandari, juga merasakannya."
    )
    assert ("Ni Wayan Sariasih", "PER") in found
    assert ("Ni Komang Ayu Wulandari", "PER") in found


def test_a_facility_named_after_a_person_with_an_honorific() -> None:
    """``Stadion Haji Agus Salim``: the model stopped the stadium at the honorific and read
    the rest a person; the facility, its honorific and the person are one place."""
    found = mentions_of("Semen Padang FC menundukkan PSBS Biak 2-0 di Stadion Haji Agus Salim.")
    assert ("Stadion Haji Agus Salim", "LOC") in found
    assert ("Agus Salim", "PER") not in found


def test_fourth_round_titles_months_and_bodies() -> None:
    """From samples 61-64 (read): ``bulan Zulhijah`` is a month; ``Kolonel``, ``Biksu`` are
    titles outside the name; ``Otoritas`` opens a body's name and a comma parts two bodies
    (``Kementerian Haji dan Umrah, Otoritas Jasa Keuangan``); ``Army`` closes one."""
    found = mentions_of(
        'Tradisi digelar setiap pekan pertama bulan Zulhijah. "Kami siaga," kata Kolonel '
        "Kriangkrai Sombat. Biksu Deung-un menangis. Panja akan mengundang Kementerian Haji "
        "dan Umrah, Otoritas Jasa Keuangan, dan BPKH. Pasukan itu merebut pos-pos yang "
        "dikuasai White Army."
    )
    assert all("Zulhijah" not in surface for surface, _ in found)
    assert ("Kriangkrai Sombat", "PER") in found
    assert ("Deung-un", "PER") in found
    assert ("Kementerian Haji dan Umrah", "ORG") in found
    assert ("Otoritas Jasa Keuangan", "ORG") in found
    assert ("White Army", "ORG") in found


def test_a_secretariat_and_its_body_are_one() -> None:
    """``Sekretariat Jenderal DPR``: a body's secretariat and the body are one ORG, as its
    faculties and bureaus are (the model read the two apart)."""
    found = mentions_of("MKD meminta data absensi elektronik dari Sekretariat Jenderal DPR.")
    assert ("Sekretariat Jenderal DPR", "ORG") in found


def test_the_last_words_of_a_title_open_no_name() -> None:
    """Sample 74 (blind, read): the model read ``Negeri Sugiono`` after ``Menteri Luar``;
    the title rule's single name, ``Sugiono``, is the person. A common word that opens
    names (``Demi Lovato`` after ``Penyanyi``, ``Lalu`` of Sasak nobles) is kept."""
    found = mentions_of(
        "Hal itu disampaikan pada pertengahan Desember. Menteri Luar Negeri Sugiono "
        "mengatakan Indonesia siap."
    )
    assert ("Sugiono", "PER") in found
    assert ("Negeri Sugiono", "PER") not in found
    singer = mentions_of("Konser itu dimulai akhir tahun lalu.\nPenyanyi Demi Lovato tampil.")
    assert ("Demi Lovato", "PER") in singer


def test_a_protestant_church_named_for_its_land_is_one_body() -> None:
    """Sample 76 (blind, read): ``Gereja Injili di Indonesia`` came out ``Gereja Injili``
    and the country: ``di`` stands inside these churches' names (28 of 28 in the invented
    articles and blind samples). A church building in a town is not one."""
    found = mentions_of(
        "Sinode tetangga, di antaranya Gereja Masehi Injili di Minahasa (GMIM) dan Gereja "
        "Injili di Indonesia, hadir di Poso."
    )
    assert ("Gereja Masehi Injili di Minahasa", "ORG") in found
    assert ("Gereja Injili di Indonesia", "ORG") in found
    building = mentions_of("Misa digelar di Gereja Santa Brigida di Gdańsk, Polandia.")
    assert all(not surface.endswith("di Gdańsk") for surface, _ in building)


def test_men_women_and_youths_of_a_country_are_its_nationality() -> None:
    """Sample 73 (blind, read): ``pria Kuwait``; the invented articles mark ``pemuda``,
    ``perempuan`` and ``remaja`` before a country NORP (42 times)."""
    found = mentions_of(
        "Ia menikah dengan pria Kuwait. Seorang pemuda Bhutan dan remaja Australia ikut."
    )
    assert ("Kuwait", "NORP") in found
    assert ("Bhutan", "NORP") in found
    assert ("Australia", "NORP") in found


def test_a_profession_names_the_person_after_it() -> None:
    """Sample 73 (blind, read): the model typed ``Pengusaha Kamel Eltaïef``'s name a body;
    after a profession, name words only are the person."""
    found = mentions_of("Pengusaha Kamel Eltaïef dijatuhi hukuman terberat.")
    assert ("Kamel Eltaïef", "PER") in found
    assert ("Kamel Eltaïef", "ORG") not in found


def test_metropolitan_areas_markets_and_ports_are_places_without_government() -> None:
    """Samples 74 and 75 (blind, read): ``Jabodetabek`` is a metropolitan area (LOC, as
    the guide's regions), ``Zaveri Bazaar`` a market (a facility); a port opening a quoted
    sentence keeps its head (``Pelabuhan Dar es Salaam``, not the city)."""
    found = mentions_of(
        "Ia sudah 20 tahun mengantar penumpang di Jabodetabek. Harga emas naik di Zaveri "
        'Bazaar, Mumbai. Gandum dipasok dari India. "Pelabuhan Dar es Salaam kini penuh," '
        "katanya."
    )
    assert ("Jabodetabek", "LOC") in found
    assert ("Zaveri Bazaar", "LOC") in found
    assert ("Pelabuhan Dar es Salaam", "LOC") in found
    assert ("Dar es Salaam", "GPE") not in found


def test_bodies_the_model_typed_places() -> None:
    """Samples 74, 75 and 76 (blind, read): a lone ``Inspektorat``, a church named by its
    people (``Gereja Toraja``) and a company ending in ``Motor`` are bodies; a corps after
    a rank (``Letkol Chk``) is part of no name."""
    found = mentions_of(
        "Laporan itu harus diverifikasi Inspektorat sebelum dana dicairkan. Produsen "
        "kendaraan listrik asal Tiongkok, Tianlan Motor, membuka pabrik."
    )
    assert ("Inspektorat", "ORG") in found
    assert ("Tianlan Motor", "ORG") in found
    churches = mentions_of(
        "Sinode tetangga, di antaranya Gereja Masehi Injili di Minahasa (GMIM) dan Gereja "
        "Toraja, hadir."
    )
    assert ("Gereja Toraja", "ORG") in churches
    judge = mentions_of(
        "Majelis hakim yang diketuai Letkol Chk Ronny Halomoan Sitorus menjatuhkan vonis."
    )
    assert all("Chk" not in surface for surface, _ in judge)


def test_a_division_word_is_no_name_word() -> None:
    """Samples 78 and 81 (blind, read): after a title and an acronym, ``Kabupaten`` came out
    a person (``Ketua IDI Cabang Kabupaten Bekasi``, ``pelatih NPC Kabupaten Sragen``): a
    division's word ends a name; the body's branch in the regency is one ORG."""
    found = mentions_of(
        "Izinnya belum jelas. Ketua IDI Cabang Kabupaten Bekasi dr. Anton Wibisono "
        "mengatakan hal itu."
    )
    assert ("Kabupaten", "PER") not in found
    assert ("IDI Cabang Kabupaten Bekasi", "ORG") in found
    coach = mentions_of("Ia berlatih sebelum direkrut pelatih NPC Kabupaten Sragen pada 2019.")
    assert ("NPC Kabupaten Sragen", "ORG") in coach


def test_titles_of_federations_and_navies() -> None:
    """Sample 81 and 82 (blind, read): ``Ketua Harian`` (the executive chair) is a title,
    no daily newspaper; ``Komodor`` is a rank outside the name."""
    found = mentions_of(
        "Ketua Harian Pengurus Besar Esports Indonesia Rizki Pratama menilai tantangan utama."
    )
    assert ("Pengurus Besar Esports Indonesia", "ORG") in found
    navy = mentions_of(
        "Juru bicara Penjaga Pantai Filipina (PCG) untuk Laut Filipina Barat, Komodor Jay "
        "Tarriela, mengatakan kapal itu diusir."
    )
    assert ("Jay Tarriela", "PER") in navy


def test_a_club_named_by_its_town_and_sponsor_is_one_body() -> None:
    """Sample 81 (blind, read): after ``klub``, a town and a sponsor's or nickname's words
    are the club (``Jakarta Pertamina Enduro``); not a country's club or a known place."""
    found = mentions_of(
        "Tiga di antaranya dari klub Jakarta Pertamina Enduro dan sisanya memperkuat klub "
        "Jakarta Srikandi Raya musim ini."
    )
    assert ("Jakarta Pertamina Enduro", "ORG") in found
    assert ("Jakarta Srikandi Raya", "ORG") in found
    others = mentions_of("Ia pindah ke klub Inggris Manchester United dan klub Jakarta Utara.")
    assert ("Manchester United", "ORG") in others
    assert ("Jakarta Utara", "ORG") not in others


def test_lists_of_peoples_and_indigenous_peoples() -> None:
    """Samples 79, 80 and 82 (blind, read): a list of peoples joined by ``atau``, the
    indigenous people of a land (``orang asli Papua``), a country among other peoples, and
    ``Orang`` opening a quotation are NORP; ``Orang`` inside a name is not a lead."""
    found = mentions_of(
        "Mereka bisa saja orang Komering atau Besemah. Ia penulis orang asli Papua. Warung "
        'itu rumah bagi komunitas Melayu, Tionghoa, India, dan Minangkabau. "Orang Chin dan '
        'Mizo punya akar yang sama," katanya.'
    )
    for people in ("Besemah", "Papua", "India", "Mizo"):
        assert (people, "NORP") in found
    troupe = mentions_of("Di antaranya sanggar Sri Wahono dan Sanggar wayang Orang Mursito.")
    assert ("Mursito", "NORP") not in troupe


def test_planets_heritage_sites_and_islands_are_places() -> None:
    """Samples 78, 79 and 80 (blind, read): ``Mars`` is a planet, ``Machu Picchu`` a site
    (LOC), ``Hindia Belanda`` a former state (GPE), ``Gili Trawangan`` an island; after
    ``komikus`` and ``pasien`` a country is a nationality."""
    found = mentions_of(
        "Roket itu meluncurkan wahana kembar NASA ke Mars. Peru perketat tiket Machu Picchu. "
        "Ia dua kali menyewa kapal cepat ke Gili Trawangan. Fosil itu dibawa ketika "
        "Indonesia masih di bawah pemerintahan Hindia Belanda. Anggota dewan juri, komikus "
        "Jepang Hiro Tanaka, memuji karya itu."
    )
    assert ("Mars", "LOC") in found
    assert ("Machu Picchu", "LOC") in found
    assert ("Gili Trawangan", "LOC") in found
    assert ("Hindia Belanda", "GPE") in found
    assert ("Jepang", "NORP") in found


def test_offices_buildings_prisons_and_counts_after_a_division() -> None:
    """Samples 85 and 86 (blind, read): ``Kantor Bupati`` and ``Penjara`` name buildings
    (LOC; the invented articles and samples 41 of 41); a count and its noun the model read
    on into a district's name are no part of it (a village's number is)."""
    found = mentions_of(
        "Ratusan nakes datangi Kantor Bupati Bolaang Mongondow. Dua puluh anggota Barrio 18 "
        "kabur dari Penjara Fraijanes II. Terbanyak di Kecamatan Manggar dengan 74 keluarga, "
        "disusul Kecamatan Kelapa Kampit 52 keluarga dan Kecamatan Dendang 41 keluarga."
    )
    assert ("Kantor Bupati Bolaang Mongondow", "LOC") in found
    assert ("Penjara Fraijanes II", "LOC") in found
    assert ("Kecamatan Kelapa Kampit", "GPE") in found


def test_bodies_written_short_companies_forms_and_facilities_acronyms() -> None:
    """Samples 83, 84, 86 and 87 (blind, read): ``Pemdes`` (a village's government) opens a
    body; ``FM`` closes a radio station's name; a company's form ends its name before
    ``dan``; a facility's acronym in capitals is the facility (``YIA``); ``Terminal``
    closes a port terminal's name."""
    found = mentions_of(
        "Kesepakatan itu diteken Pemdes Sumberkepuh pekan lalu. Iklan diputar di Radio Swara "
        "Pesisir FM dan Gita Juwana FM. Konsorsium itu melibatkan investor dari Jepang, "
        "di antaranya Marubeni Corporation dan Korea Midland Power. Pesawat mendarat di "
        "Bandara Internasional Yogyakarta (YIA) pukul 10.00."
    )
    assert ("Pemdes Sumberkepuh", "ORG") in found
    assert ("Gita Juwana FM", "ORG") in found
    assert ("Marubeni Corporation", "ORG") in found
    assert ("Korea Midland Power", "ORG") in found
    assert ("YIA", "LOC") in found


def test_given_names_that_are_faiths_kings_or_after_foreign_titles() -> None:
    """Samples 78, 83, 84, 85 and 86 (blind, read): ``Raja`` after a minister's portfolio,
    ``Muslim`` and ``Kristen`` after a title and its place open the holder's name;
    ``Maulawi`` and ``Adipati Agung`` are titles outside it."""
    found = mentions_of(
        "Menteri Kehutanan Raja Juli Antoni meninjau lokasi itu di Gresik. Wali Kota Langsa "
        "Muslim Syahputra menyampaikan hal itu. Perdana Menteri Estonia Kristen Michal "
        "mengatakan proyek itu penting."
    )
    assert ("Raja Juli Antoni", "PER") in found
    assert ("Muslim Syahputra", "PER") in found
    assert ("Kristen Michal", "PER") in found
    titled = mentions_of(
        "Kepala repatriasi pemerintahan Taliban, Maulawi Abdul Kabir, mengatakan itu. "
        "Guillaume dilantik menggantikan ayahnya, Adipati Agung Henri."
    )
    assert ("Abdul Kabir", "PER") in titled
    assert ("Henri", "PER") in titled
    assert ("Raja Salman", "PER") in mentions_of("Ia bertemu Raja Salman di Riyadh.")


def test_peoples_after_masyarakat_and_in_lists() -> None:
    """Sample 87 (blind, read): after ``masyarakat`` an island's or a region's name is its
    people (``masyarakat Madura, Jawa dan Osing``); a province's is its public (GPE)."""
    found = mentions_of("Tapal Kuda dihuni masyarakat Madura, Jawa dan Osing.")
    assert ("Madura", "NORP") in found
    assert ("Jawa", "NORP") in found
    province = mentions_of("Ia memohon kepada seluruh masyarakat Jawa Timur agar tenang.")
    assert ("Jawa Timur", "NORP") not in province


def test_initials_periods_and_sentence_ends_inside_spans() -> None:
    """Samples 89, 90 and 91 (blind, read): an initial's period goes on into the name
    (``Ahsan H. Mansur``, ``K. Shanmugam``); a span the model read past a sentence's end
    into a common word stops at the period (``Puskesmas Gombong I. Hasilnya``); a company
    whose name ends in ``Terminal`` stays a company."""
    found = mentions_of(
        "Gubernur Bangladesh Bank Ahsan H. Mansur mengatakan nasabah akan dilindungi. Menteri "
        "Dalam Negeri K. Shanmugam mengatakan hal itu."
    )
    assert ("Ahsan H. Mansur", "PER") in found
    assert ("K. Shanmugam", "PER") in found
    clinic = mentions_of("Ia diperiksa di Puskesmas Gombong I. Hasilnya baik.")
    assert ("Puskesmas Gombong I", "ORG") in clinic
    # a period before a form of address is an abbreviation's (sample 34)
    hospital = mentions_of("Pasien dirujuk ke RSUP Prof. Dr. I.G.N.G. Ngoerah di Denpasar.")
    assert ("RSUP Prof. Dr. I.G.N.G. Ngoerah", "ORG") in hospital
    port = mentions_of(
        "Pelindo melalui anak usahanya, PT Pelindo Multi Terminal (SPMT), mengelola dermaga."
    )
    assert ("PT Pelindo Multi Terminal", "ORG") in port


def test_a_club_named_by_its_town_is_its_town_s_word_where_no_place_is_meant() -> None:
    """Samples 77 and 92 (blind, read): after ``AS Trenčín`` and ``MFK Skalica``, the model
    typed ``Trenčín`` a place and ``Skalica`` a person where the clubs play; the town
    after a venue's comma stays the town."""
    found = mentions_of(
        "Marselino Ferdinan cetak gol perdana, AS Trenčín tekuk MFK Skalica 2-0 di Štadión "
        "Sihoť, Trenčín. Marselino bergabung dengan Trenčín musim panas lalu. Kemenangan "
        "ini membawa Trenčín naik ke peringkat enam, sedangkan Skalica tertahan di dasar "
        "klasemen."
    )
    assert found.count(("Trenčín", "ORG")) == 2
    assert ("Trenčín", "GPE") in found  # the venue's town
    assert ("Skalica", "ORG") in found
