"""Hand-written Indonesian news patterns that a small model gets wrong (issue 5).

Each rule reads one sentence and proposes typed candidate spans with a priority; the merge in
``warta.entities`` keeps the best non-overlapping set. Rules are general patterns of news
prose, not fixes for one sentence:

- a dateline ``Kota, Penerbit-`` opening a sentence (place, then publisher), also with the
  dash glued to the first word under a place in capitals (``BALIKPAPAN, KOMPAS-Kuasa``);
- a title (``Presiden``, ``Juru bicara``, ``pemimpin``…), optional affiliation from the
  gazetteer (``Rusia``, ``Kremlin,``) or an acronym (``BUMN``), then a name: affiliation
  and person are two mentions;
- a call sign in quotation marks after ``tanda panggilan`` or after a role and a comma
  (``Komandan kedua, "Lesnik",``): the person is the name without marks or punctuation;
- a state body (``Kementerian``, ``Departemen``…), its portfolio words and the country it
  belongs to are one organization (``Kementerian Pertahanan Rusia``);
- a medium (``Surat kabar``, ``kantor berita``…) followed by its proper name;
- a speech verb followed by a capitalized name (``kata Eva``) names a person, and so do
  name words before an active reporting verb (``… Yana Suyatna mengatakan``), as a fallback;
- a model span holding an organization and its office holder after a title is split
  (:func:`office_holder`, called by ``warta.entities`` on the model's spans);
- a country (not a city: ``warga Surabaya``) after a people noun (``teman-teman Korea
  kami``) is a nationality (NORP);
- name words before an age in parentheses (``Trismiati (37),``) are a person, and so are
  the initials a report gives someone (``berinisial NT``);
- ``Barat`` after a conjunction or a bloc noun is the West (LOC), not a compass word.

``warta.entities`` also asks these predicates of the model's spans: :func:`is_holiday`,
:func:`is_office`, :func:`is_nominalization`, :func:`starts_with_institution`,
:func:`reporting_verb_after`, :func:`name_words_before_name`, :func:`speaks_as_a_person`.

Pure functions: text, offsets and the lexicon in, candidates out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from warta.cues import INVERTED_ROOTS, SUBJECT_FORMS
from warta.dateline import SITE
from warta.gazetteer import (
    GazetteerMatch,
    common_acronyms,
    find_names,
    is_country,
    label_of,
    match_at,
    ordinary_words,
    portfolio_words,
)
from warta.word_regex import first_letter_alternation, word_alternation

STRONG = 3
MODEL = 2
WEAK = 1

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
# Days, months and God: capitalized words that name no entity.
NON_NAMES = frozenset(
    [
        "Senin",
        "Selasa",
        "Rabu",
        "Kamis",
        "Jumat",
        "Sabtu",
        "Minggu",
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
        "Tuhan",
        "Allah",
    ]
)
# Given names that are also common words (``Putri`` a princess, ``Sri`` an honorific, ``Agung``
# great): the model ends a name before them and starts another after them.
NAME_WORDS_ALSO_COMMON = frozenset(
    {"Putri", "Putra", "Dewi", "Sri", "Indah", "Agung", "Intan", "Cahya", "Kurnia", "Nur", "Ayu",
     # Sikh names' middle words, which the model leaves out too (``Harvinder Singh Gill``)
     "Singh", "Kaur"}
)  # fmt: skip
# Holidays: no person, organization or place, whatever the model says (``Ramadhan``: 30
# model PERs in 400 PFSA-ID articles; ``shalat Idul Adha 1441 Hijriah`` an ORG, ``mudik
# Lebaran`` a LOC: 59 such mentions in 300), though each may be part of a name (``Ahmad
# Ramadhan``). See :func:`is_holiday`.
HOLIDAYS = frozenset(
    {
        "Ramadhan", "Ramadan", "Lebaran", "Idulfitri", "Iduladha", "Idul Fitri", "Idul Adha",
        "Hari Raya Idul Fitri", "Hari Raya Idul Adha", "Natal", "Imlek", "Nyepi", "Waisak",
        "Paskah", "Tahun Baru Imlek", "Galungan", "Hari Raya Galungan", "Hari Raya Kuningan",
        "Hari Raya Nyepi", "Maulid Nabi",
        "Maulid Nabi Muhammad", "Maulid Nabi Muhammad SAW", "Isra Miraj", "Isra Mi'raj",
        "Tahun Baru Islam",
    }
)  # fmt: skip
# A year after a holiday (``Idul Adha 1441 Hijriah``, ``Imlek 2572``).
_HOLIDAY_YEAR = re.compile(r"(?: (?:\d{4}|Hijriah|H|M|Masehi))+$")


_HOLIDAY_FIRST_WORDS = frozenset(holiday.split()[0] for holiday in HOLIDAYS)


def is_holiday(surface: str) -> bool:
    """``surface`` is a holiday's name, with or without its year."""
    return (
        surface.partition(" ")[0] in _HOLIDAY_FIRST_WORDS
        and _HOLIDAY_YEAR.sub("", surface) in HOLIDAYS
    )


_TITLES = (
    "presiden|wakil presiden|wapres|perdana menteri|menteri|menlu|menhan|kanselir|raja|ratu|"
    "pangeran|putra mahkota|sultan|emir|ketua umum|ketua|ketum|wakil ketua|sekretaris jenderal|"
    "sekjen|direktur utama|direktur|dirut|gubernur|wakil gubernur|wali kota|walikota|bupati|"
    "wakil bupati|jenderal|kolonel|letnan|kapten|mayor|brigjen|mayjen|letjen|marsekal|"
    "laksamana|kapolri|kapolda|kapolres|panglima|juru bicara|jubir|pemimpin|duta besar|dubes|"
    "sersan|kopral|"
    "irjen|komjen|kombes|akbp|kompol|letkol|laksda|laksdya|marsda|marsdya|"
    "senator|kepala|pelatih|paus|kardinal|patriark|uskup|imam|syekh|sheikh|"
    "hakim agung|hakim|jaksa agung|jaksa|"
    "pendiri|ayatollah|pendeta|anumerta|maulawi|mullah|komodor|adipati agung|"
    "profesor|prof\\.|dr\\.|ustaz|kiai|komandan|menko|menkeu|mendagri|menkes|menaker|"
    "menteri koordinator|kasad|kasal|kasau|danjen|pangdam|danrem|dandim|"
    "ajun komisaris besar|ajun komisaris|komisaris besar|komisaris jenderal|inspektur jenderal|"
    "brigadir jenderal|inspektur|brigadir|komisaris|komisioner|rektor|dekan|camat|lurah|"
    "kapolsek|kapolresta|wakapolri|wakapolda|wakapolres|waketum|wakil ketua umum|mensos|"
    "menhub|menpora|menag|mendikbud|menkumham|menpan|mentan|mendag|menperin|menlhk|menkominfo|menparekraf|"
    "menkopolhukam|menkomarves|menkopmk|sekda|sekretaris daerah|"
    # police and military ranks (the ones above are ranks too), and the heads of police
    # and military units, which stand before a rank and a name (``Kasat Resnarkoba Polres
    # Pelabuhan Belawan AKP Dedi Sinaga``)
    "akp|iptu|ipda|aiptu|aipda|bripka|brigpol|briptu|bripda|bharada|bharatu|bharaka|"
    "lettu|letda|peltu|pelda|serma|serka|sertu|serda|kopka|koptu|kopda|praka|pratu|laksma|"
    "marsma|kasat|kanit|kabid|kasubdit|kasubbag|kasi|kadiv|kasatreskrim|kasatresnarkoba|"
    "kasatlantas|kasatsamapta|kasatpolairud|kasatintelkam|kasatbinmas|dirreskrimum|"
    "dirreskrimsus|dirresnarkoba|dirlantas|dirpolairud|dirintelkam|dirbinmas|dirsamapta|"
    "kabareskrim|kakorlantas|danlantamal|danlanud|danlanal|danyon|danramil|danpomdam|"
    "dansatgas|kapolrestabes|kapolsubsektor|kapuspen|kapendam|kadispen|wakapolsek|"
    "wakapolresta"
)
# Police and military ranks written short before a holder's name (``AKP Dedi Sinaga``,
# ``Kombes Jean Calvijn``, ``Serka Budi``), with the branch some carry (``Brigjen TNI
# (Mar)``, ``Brigjen Pol``, ``Kolonel (Purn)``): part of no name and no body, and no
# ordinary word (the long ranks, ``Jenderal``, ``Kapten``, are: ``Sekretaris Jenderal``).
_BRANCHES = (
    "TNI|Pol|Polisi|Inf|Kav|Art|Arh|Czi|Mar|Pnb|Psk|Kes|Tek|Cpm|Caj|Cku|Ckm|Chb|Cpl|Cba|Sus|Adm|"
    "Lek|Pas|Nav|Chk|Cpn|Ctp|Arm|Kal"
)
_SHORT_RANKS = (
    "Komjen|Irjen|Brigjen|Kombes|AKBP|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|"
    "Briptu|Bripda|Bharada|Bharatu|Bharaka|Letjen|Mayjen|Letkol|Lettu|Letda|Peltu|Pelda|"
    "Serma|Serka|Sertu|Serda|Kopka|Koptu|Kopda|Praka|Pratu|Laksdya|Laksda|Laksma|Marsdya|"
    "Marsda|Marsma"
)
SHORT_RANKS = frozenset(_SHORT_RANKS.split("|"))
SHORT_RANK = re.compile(
    word_alternation(_SHORT_RANKS.split("|"))
    + rf"(?: (?:{_BRANCHES})| \([A-Z][a-z]{{0,3}}\.?\))*(?![\w-])"
)
# The units of a police command its officers' titles name (``Kasat Reskrim``, ``Kabid
# Humas``, ``Kanit Tipidkor``): the title's portfolio, no one's name.
_POLICE_UNITS = frozenset(
    {
        "Reskrim", "Reskrimum", "Reskrimsus", "Resnarkoba", "Narkoba", "Lantas", "Samapta",
        "Sabhara", "Polairud", "Intelkam", "Binmas", "Humas", "Propam", "Dokkes", "Tipikor",
        "Tipidkor", "Tipiter", "Krimum", "Krimsus", "Paminal", "Provos", "Tahti", "PPA",
        "Jatanras", "Resmob", "Opsnal", "Ekonomi", "Siber",
        # the long forms (``Direktur Reserse Kriminal Khusus``, ``Direktur Lalu Lintas``)
        "Reserse", "Kriminal", "Intelijen", "Lintas",
    }
)  # fmt: skip
# The branch after a rank (``Brigjen Pol``, ``Jenderal TNI``, ``Kolonel (Purn)``, ``Lettu
# (Inf)``), before the holder's name.
RANK_BRANCH = re.compile(rf"(?:{_BRANCHES}|\([A-Z][a-z]{{0,3}}\.?\)) (?=[A-Z])")
# The branches and corps written bare after a rank (``Letkol Inf``): no name's words.
_BRANCH_WORDS = frozenset(_BRANCHES.split("|"))
# The words that name political parties the world over, after ``Partai`` (``Partai
# Sosialis``, ``Partai Komunis Vietnam``, ``Partai Republik``): the party's name, never the
# first word of its member's.
PARTY_WORDS = frozenset(
    {
        "Sosialis", "Komunis", "Buruh", "Hijau", "Konservatif", "Liberal", "Demokrat",
        "Republik", "Republikan", "Nasionalis", "Rakyat", "Pekerja", "Progresif", "Demokratik",
        "Kristen", "Sosial", "Nasional", "Revolusioner", "Kemerdekaan", "Reformasi", "Tengah",
        "Kiri", "Kanan", "Baru", "Islam", "Persatuan", "Keadilan", "Pembebasan", "Federal",
    }
)  # fmt: skip
# Offices that may stand before an organization and its holder's name (``Sekretaris
# Kementerian Koperasi dan UKM Rully Indrawan``) but read too widely as titles before a
# bare name (``General Manager Kila Senggigi Beach``): only the office-holder split, with
# its other conditions, takes them.
_OFFICES = (
    _TITLES + "|sekretaris|koordinator|manajer|manager|anggota|asisten|ceo|coo|cfo|cto|"
    "founder|co-founder|presiden direktur|chief executive officer|vice president|head of|"
    "chairman|chairwoman|chairperson|pelaksana|plt|plh|konsul|konsul jenderal|konjen|atase|"
    "cio|managing director|director"
)
_OFFICE = re.compile(rf"(?<![\w-])(?i:{first_letter_alternation(_OFFICES)})(?![\w-])")
ROMAN = re.compile(r"[IVX]+")  # a Roman numeral (``Kodam V``, ``Paal IV``)
# Lower-case particles inside names (``Mohammed bin Salman``, ``Lula da Silva``, ``Ursula
# von der Leyen``, Batak ``br``); none is an Indonesian word (``di`` is: not here).
NAME_PARTICLES = frozenset(
    [
        "bin", "binti", "br", "ibn", "van", "von", "der", "den", "de", "da", "dos", "das",
        "del", "do", "du", "della", "la", "ter", "zu", "des",
        # Portuguese and Spanish surnames joined by ``and`` (``Henrique Gouveia e Melo``,
        # ``José Ortega y Gasset``)
        "e", "y",
    ]
)  # fmt: skip
# Lower-case words inside names of any language (``Bank of Japan``, ``Ursula von der
# Leyen``): a title-case headline and a known name's end both read past them.
NAME_JOINERS = frozenset({"of", "for", "and", "the", "on"}) | NAME_PARTICLES
# A name word under a joined lower-case article (``al-Assad``, ``el-Sisi``): the part after
# the hyphen is a capitalized word, not initials (``di-PHK`` is an Indonesian verb form).
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z][a-z][\w'’-]*")
# An institution's initials (``BUMN``, ``UKP4``), not a Roman numeral: three letters or
# more, since two are as often a person's (``AH Nasution``, ``BJ Habibie``).
_ACRONYM = re.compile(r"(?![IVX]+$)[A-Z][A-Z0-9]{2,5}")
# The two-letter acronyms of Indonesia's courts, commissions and central bank after a
# title (``Juru Bicara KY``, ``Gubernur BI``); other pairs of capitals there are a
# person's initials (``Inspektur Jenderal RZ Panca Putra Simanjuntak``, ``Jaksa Agung ST
# Burhanuddin``).
_SHORT_ACRONYM = re.compile(r"KY|MA|MK|BI|PN|PA|KI")


# Forms of address, academic or military ranks and royal or religious titles before a name:
# the training data leaves them out of the person span (``Pak``, ``Prof.``, ``Ny``: 200-odd
# times out, a handful in), as the guide does (``Paus [Leo XIV]``) and the invented
# articles (``Romo``, ``Pastor``, ``Bhante``, ``Mangku``, ``Datuk``: out 15 times of 15;
# ``Mgr``, ``Ustaz``, ``Pendeta``, ``Pdt``, ``Bhikkhu``, ``Suster``: out 73 times of 73 with
# the read blind samples).
# Not ``Raja``, ``Ratu`` or ``Sultan`` alone: Indonesian given names too (``Raja Juli
# Antoni``), nor ``Habib`` or ``Gus``, which news writes as part of the name (``Gus Dur``).
_HONORIFICS = (
    "Pak|Bu|Ibu|Bapak|Ny|Nyonya|Haji|H|Hj|Prof|Dr|Drs|Ir|Mbah|Tuan|Mr|Mrs|Ms|Presiden|"
    "Jenderal|Kapten|Syekh|Sheikh|Pangeran|Paus|Kardinal|Uskup|Emir|Kanselir|Senator|Daw|"
    "KH|Kiai|Kyai|Sayyid|Kaisar|Patriark|Detektif|Hakim|Jaksa|Inspektur|Sri Sultan|Mbak|"
    "Putra Mahkota|Putri Mahkota|Firaun|Buya|Abune|Romo|Pastor|Bhante|Mangku|Ustadz|"
    "Datuk Seri|Tan Sri|Datuk|Kgosi|Permaisuri|Nabi|Biksu|Kolonel|Laksamana|Marsekal|Komodor|"
    "Adipati Agung|Maulawi|Mullah|Mgr|Monsinyur|Ustaz|Ustazah|Ustadzah|Pinandita|Pandita|"
    "Pendeta|Pdt|Bhikkhu|Suster|Bruder|Frater"
)
HONORIFIC = re.compile(rf"(?:{_HONORIFICS})\.? (?=[A-Z])")
# A form of address written short with its period inside a span, between two capitalized
# words (``Kemenag NTB H. Lalu``): where a name begins.
HONORIFIC_INSIDE = re.compile(rf"(?<=[A-Za-z]) (?:{_HONORIFICS})\. (?=[A-Z])")
# The same honorific closing a span (searched with the span's end as ``endpos``).
HONORIFIC_AT_END = re.compile(rf"(?<=[A-Za-z]) (?:{_HONORIFICS})\.$")
_HONORIFIC_WORD = re.compile(rf"(?:{_HONORIFICS})")
_TITLE = re.compile(rf"(?<![\w-])(?i:{first_letter_alternation(_TITLES)})(?![\w-])")
# Lower-case words that qualify the office itself, before its affiliation (``Presiden
# terpilih AS Donald Trump``, ``Perdana Menteri sementara Bangladesh``).
TITLE_MODIFIERS = frozenset(
    # ``Pemimpin Minoritas Senat Chuck Schumer``: the leader of a chamber's minority;
    # ``Kepala Pelaksana BPBD``: its executive head
    ["terpilih", "sementara", "interim", "petahana", "Minoritas", "Mayoritas", "Pelaksana"]
)
# Words that link a title to something else than its portfolio (``menteri di Kabinet
# Indonesia Bersatu``, ``Presiden dan Wakil Presiden``): they end the title's phrase.
_LINKS = frozenset(
    {
        "di", "ke", "dari", "pada", "untuk", "dengan", "oleh", "dalam", "bagi", "yang",
        "dan", "atau", "serta", "saat", "ketika", "tentang", "kepada", "terhadap", "atas",
        "sebagai",
    }
)  # fmt: skip
_ORG_HEADS = (
    "Kementerian|Kemenko|Partai|Badan|Universitas|Institut|Komisi|Dewan|Majelis|Mahkamah|"
    "Pengadilan|Kejaksaan|Kepolisian|Inspektorat|Bank|PT|Yayasan|Lembaga|Komite|Organisasi|"
    "Asosiasi|"
    "Persatuan|Perhimpunan|Ikatan|Serikat|Direktorat|Dinas|Departemen|Kedutaan Besar|Kedubes|"
    "Konsulat|Fakultas|Akademi|Sekolah Tinggi|Politeknik|Koperasi|Kantor Berita|Angkatan|"
    "Markas Besar|Mabes|Sekretariat|Federasi|Liga|KBRI|KJRI|Universidad|Université|Universität|"
    "Universiti|Stasiun Meteorologi|Stasiun Klimatologi|Stasiun Geofisika|Balai Besar|"
    # a diocese, its archdiocese (``Keuskupan Amboina``, ``Keuskupan Agung Jakarta``)
    "Keuskupan|Himpunan|Otoritas|"
    # a state's chambers (``Senat Prancis``, ``Parlemen Fiji``: the invented articles'
    # ORG, 7 times of 8)
    "Senat|Parlemen|"
    # national agencies' units named ``Balai`` (not ``Balai Kota``, a city hall)
    "Balai Taman Nasional|Balai Karantina|Balai Pelestarian|Balai Wilayah Sungai|"
    "Balai Konservasi|Balai Penelitian|Balai Pengelolaan|Balai Pelaksanaan|Balai Pengujian|"
    "Balai Pemasyarakatan|Balai Penegakan Hukum|"
    # military and police commands and task forces (``Koops Habema``, ``Satgas Damai
    # Cartenz``, ``Korem 102/Panju Panjung``)
    "Satgas|Koops|Komando|Kodam|Korem|Kodim|Koramil|Lantamal|Yonif|Brigif|"
    # farmers' and traders' groups (the invented articles and the read samples: 100 of 100
    # ORG; ``Ketua Gapoktan Mekar Tani``, sample 105, came out a person)
    "Gapoktan|Poktan|Kelompok Tani|Gabungan Kelompok Tani|Paguyuban"
)
_ORG_HEAD = re.compile(rf"{word_alternation(_ORG_HEADS.split('|'))}(?![\w-])")
_PLACE_LIKE_HEADS = frozenset(
    {"Pengadilan", "Fakultas", "Akademi", "Sekolah Tinggi", "Politeknik", "Markas Besar", "Mabes"}
)
_INSTITUTION_HEADS = [head for head in _ORG_HEADS.split("|") if head not in _PLACE_LIKE_HEADS]
_INSTITUTION_HEAD = re.compile(word_alternation(_INSTITUTION_HEADS) + r" (?=[A-Z])")
# The one-word heads, which name the body alone too (``diverifikasi Inspektorat``).
INSTITUTION_HEAD_WORDS = frozenset(head for head in _INSTITUTION_HEADS if " " not in head)
# A club's sport closing its name (``Bali United Basketball``, ``Jakarta Electric
# Volleyball``): it also ends a name read after a title, where the club's name goes on
# (a company's form ends it only later: ``Direktur Utama Maybank Bhd Ahmad Yani``).
_CLUB_SPORTS = "Basketball|Volleyball|Football|Futsal|Esports"
_CLUB_SPORT = re.compile(_CLUB_SPORTS)
# Words that close an organization's name in news of any language: a company form, a
# club or a broadcaster. No person or place name ends in them.
_ORG_DESIGNATORS = re.compile(
    "(?:"
    "Tbk|Inc|Corp|Corporation|Co|Ltd|Limited|Group|Grup|Company|Holdings|Holding|"
    "Entertainment|Records|Pictures|Studios|Studio|Network|Networks|Alliance|Airlines|"
    "Airways|Air|FC|United|Club|Foundation|Institute|University|Association|Federation|"
    "Agency|Party|Motors|Motor|Promotions|Promotion|Markets|Sons|FM|Media|Partners|Capital|"
    "Securities|Sekuritas|Persero|Bank|Music|"
    "Productions|Communications|Electronics|Technologies|Technology|Systems|Services|"
    "Telecom|Committee|Council|Commission|Service|Watch|Press|News|Times|Post|Fund|Forum|Board|Authority|"
    "League|Society|Organization|Organisation|Union|Trust|Trains|Bhd|Berhad|PLC|Plc|LLC|GmbH|"
    "Ventures|Venture|Management|Investments|Investment|Energy|Pharmaceuticals|Pharma|"
    "Therapeutics|Labs|Logistics|Shipping|Mining|Resources|Industries|Petroleum|Army|"
    # aviation's companies (``InJourney Airports``, ``Batam Aero Technic``, ``ST
    # Engineering``: samples 131, blind, read, typed persons and places by the model)
    "Airports|Aviation|Aerospace|Technic|Technics|Engineering|"
    f"{_CLUB_SPORTS}"
    ")"
)
# State bodies named by their head and the state alone, no portfolio between (one list
# with the others below, so the two cannot disagree; ``Konsulat Jenderal`` before
# ``Konsulat``, since the first alternative that matches wins).
_COMPLETE_STATE_BODY_HEADS = (
    "Kedutaan Besar", "Kedubes", "Konsulat Jenderal", "Konsulat", "Bursa Efek", "Timnas",
    "Tim Nasional", "Palang Merah", "Bulan Sabit Merah", "Penjaga Pantai", "Bank Sentral",
    "Penjaga Perbatasan",
    # a state's chamber named by its state (``Parlemen Kroasia``: the model read the state
    # alone; the samples and invented articles mark such names one body 73 times of 73)
    "Parlemen", "Senat",
    "Kantor Kepresidenan", "Kantor Perdana Menteri", "Kantor Imigrasi",
    # a weather agency's station in its town (``Stasiun Meteorologi Maritim Kendari``)
    "Stasiun Meteorologi", "Stasiun Klimatologi", "Stasiun Geofisika",
)  # fmt: skip
_COMPLETE_STATE_BODIES = frozenset(_COMPLETE_STATE_BODY_HEADS)
# A state's chambers, and the words before them that name their building instead.
_CHAMBERS = frozenset({"Parlemen", "Senat"})
_BUILDING_WORDS = ("Kompleks ", "Komplek ", "Gedung ")
# Heads of state bodies named by their portfolio and their state (``Kementerian
# Pertahanan Rusia``), or by the state alone (the complete ones above).
_STATE_BODIES = "|".join(
    (
        "Kementerian", "Kemenko", "Departemen", *_COMPLETE_STATE_BODY_HEADS, "Angkatan",
        "Dinas", "Badan", "Staf Umum", "Komite", "Konfederasi", "Dewan", "Komisi",
        "Garda", "Kepolisian", "Kejaksaan", "Majelis", "Otoritas",
        # a national agency's office in a province (``Balai Besar KSDA Sumatera Utara``;
        # not ``Kantor``, a building as often: ``di Kantor Gubernur Maluku``, but the
        # offices a national agency names so)
        "Balai Besar", "Balai Karantina", "Kantor Kesyahbandaran", "Kantor Pelayanan",
        "Kantor Wilayah",
    )
)  # fmt: skip
_STATE_BODY = re.compile(rf"{word_alternation(_STATE_BODIES.split('|'))}(?![\w-])")
# Words that open an address after a body's name and a comma, not a portfolio.
_ADDRESS_WORDS = frozenset({"Jl", "Jln", "Jalan", "Gedung", "Gd", "Kompleks", "Komplek", "Kantor"})
# The grade or area of a national agency's office, between its portfolio and its place
# (``Kantor Imigrasi Kelas I Khusus TPI``, ``Bea dan Cukai Tipe B``, ``Wilayah IV``).
_BODY_GRADE = re.compile(
    r" (?:Kelas I{1,3}[AB]?(?: Khusus)?(?: TPI)?|Tipe [A-C]|Wilayah [IVX]{1,4})(?= [A-Z])"
)
_MEDIA = "surat kabar|harian|kantor berita|majalah|stasiun televisi|tabloid|situs berita|koran"
MEDIUM = re.compile(rf"{word_alternation(_MEDIA.split('|'), any_case=True)}(?![\w-])")
# The name after the verb opens with a capital of any script (``tulis Şimşek``) or a
# joined Arabic article (``ungkap al-Ghais``).
_NAME_OPENING = r"(?=[^\W\d_a-z]|(?:al|el)-[A-Z])"
_SPEECH_VERB = re.compile(rf"{word_alternation(sorted(INVERTED_ROOTS))}(?:nya)?\s+{_NAME_OPENING}")
# What may follow a name read to its end: punctuation, a lower-case word, the sentence's
# end. Anything else (``Whisnu Sakti Buana``, ``Nick "Topper" Headon``, ``Retno LP
# Marsudi``) means the name goes on past what ``_name_words`` reads.
_NAME_CLOSED = re.compile(r"[.,;:!?)]|\s+[a-z]|\s*$")
_SUBJECT_FORM = rf"{word_alternation(sorted(SUBJECT_FORMS))}(?![\w-])"
_SUBJECT_VERB = re.compile(rf" {_SUBJECT_FORM}")  # the space first: the engine skips to it
# A word ending at the search's end (``search(text, start, position)``: ``$`` holds there);
# searched over the 40 characters before, longer than any name word (a longer word is cut,
# and its cut part is no capitalized name word).
_WORD_BEFORE = re.compile(r"[\w'’]+(?:-[\w'’]+)*$")
# What may stand between a subject and its verb: a comma, or a dated aside in commas.
_ASIDE = r",(?: (?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?: \([\d/]{3,12}\))?,)?"
_DATED_ASIDE = re.compile(rf"{_ASIDE} $")
# A reporting verb right after a subject, or after a comma or a dated aside.
_VERB_AFTER = re.compile(rf"(?:{_ASIDE})? {_SUBJECT_FORM}")
# An attribution's verb follows the quotation's or the clause's punctuation (``,” kata
# Eva``, ``Namun, kata Eva,``); a root after a word is the noun (``kata``: word).
_AFTER_PUNCTUATION = re.compile(r"[,.;:!?\"”’')]\s*$")
_CALL_SIGN_CUES = (
    "tanda panggilan|nama panggilan|nama samaran|nama sandi|julukan|dijuluki|alias|call sign"
)
_CALL_SIGN_CUE = re.compile(
    rf"{word_alternation(_CALL_SIGN_CUES.split('|'), any_case=True)}\s+(?=[\"“'‘])"
)
# Every opening mark the lookaheads of ``_CALL_SIGN_CUE`` and ``_ROLE_APPOSITION`` accept.
_CALL_SIGN_QUOTES = "\"“'‘"
_ROLES = "komandan|prajurit|tentara|pejuang|penembak jitu|sniper|anggota|relawan|militan|pilot"
_ROLE_APPOSITION = re.compile(
    rf"{word_alternation(_ROLES.split('|'), any_case=True)}(?![\w-])"
    r"[^\"“”.,;:!?]{0,40},\s*(?=[\"“])"
)
_QUOTED_NAME = re.compile(r"[\"“'‘](?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})[.,!?]?[\"”'’]")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}), "
    rf"(?P<publisher>{SITE}|[A-Za-z][\w.]*(?: [A-Z][\w.]*){{0,2}}?)\s?[-–—]+(?=\s)"
    # The dash glued to the first word (``BALIKPAPAN, KOMPAS-Kuasa hukum``: 15 of 251
    # PFSA-ID datelines): only under a place in capitals, where nothing else looks alike.
    r"|(?P<caps>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}), "
    r"(?P<glued>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}?)[-–—](?=[A-Z])"
    # The wire agencies' form, the agency in parentheses: ``Jakarta (ANTARA) -``,
    # ``YERUSALEM (Reuters) -``, ``TOKYO (AP) —``; a place's lower-case joiner too
    # (``Port of Spain (ANTARA) -``, ``Foz do Iguaçu (ANTARA) -``).
    r"|(?P<wired>[A-Z][\w'’-]*(?: (?:(?:of|do|de|da|del|dos|das|la|el|al|en|sur) )?"
    r"[A-Z][\w'’-]*){0,2}) ?"
    r"\((?P<agency>[A-Z][\w.]*(?:/[A-Z][\w.]*)?(?: [A-Z][\w.]*){0,2})\) ?[-–—]+(?=\s)"
    # A news site's own form, the site first: ``TEMPO.CO, Jakarta -``, ``Liputan6.com,
    # Jakarta -``, ``REPUBLIKA.CO.ID, JAKARTA --``.
    rf"|(?P<site>{SITE}), "
    r"(?P<sited>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) ?[-–—]+(?=\s)"
)
_PEOPLE_NOUNS = (
    "teman-teman|kawan-kawan|saudara-saudara|rakyat|warga negara|warga|tenaga kerja|bangsa|"
    "orang|pengungsi|keluarga|masyarakat|imigran|migran|pekerja|turis|wisatawan|keturunan|"
    "diaspora|etnis|suku|kaum|umat|petani|nelayan|buruh|jemaah|haji|mahasiswa|pelajar|"
    "pendatang|penumpang|sandera|tahanan|diplomat|jurnalis|wartawan|atlet|ilmuwan|"
    "investor|pengusaha|aktivis|seniman|insinyur|pemilih|pembalap|pemain|gelandang|"
    "penyerang|bek|kiper|petenis|pegolf|pelari|perenang|pesepak bola|pasangan|tunggal|ganda|"
    "peneliti|peternak|ahli|anak-anak|relawan|pelaut|peziarah|pelatih|sutradara|sineas|"
    "aktor|aktris|penyanyi|musisi|penulis|misionaris|pebulutangkis|pesepeda|petinju|striker|"
    "komunitas|sopir|pengemudi|pedagang|perawat|dokter|konsumen|pembeli|penonton|suporter|"
    "pengendara|pesilat|pecatur|grandmaster|karateka|pebasket|pevoli|judoka|pesenam|qari|pianis|"
    "gitaris|vokalis|fisikawan|sejarawan|budayawan|negarawan|cendekiawan|karyawan|"
    "olahragawan|ekonom|pemandu|pebalap|pendaki|pemukim|pelompat|astronaut|antariksawan|"
    "paleontolog|arkeolog|sastrawan|filsuf|penyelam|peselancar|pilot|fotografer|biksu|"
    "pegulat|pemanah|pelukis|pria|wanita|perempuan|lelaki|remaja|pemuda|gadis|komikus|pasien|"
    "profesional|wasit|penggemar|eksportir|importir|perajin|pemanjat|kolektor|pembaca|lifter|"
    "pelempar|warganet|taekwondoin|pewushu|teknisi|mekanik|masinis|awak|kru|rekan-rekan|pegokart|"
    "pebulu tangkis|petarung|sprinter|pemagang|rumah tangga"
)
_PEOPLE_NOUN_WORDS = frozenset(_PEOPLE_NOUNS.split("|"))
# Adjectives between a people noun and the nationality (``pembalap muda Italia``,
# ``pebulutangkis putri Indonesia``).
_PEOPLE_ADJECTIVES = frozenset({"muda", "senior", "junior", "veteran", "putri", "putra", "asli"})
# People nouns of two words, by their second (``warga negara``, ``tenaga kerja``,
# ``pebulu tangkis``, ``(pekerja|asisten|ibu) rumah tangga``): the second alone is no
# people noun. (The invented articles mark the country after ``rumah tangga`` NORP 6 times
# of 6; sample 133, blind, read, had ``pekerja rumah tangga Indonesia`` typed GPE.)
_TWO_WORD_PEOPLE_NOUNS = {
    "negara": "warga ",
    "kerja": "tenaga ",
    "tangkis": "pebulu ",
    "tangga": "rumah ",
}
_NOUN_ENDINGS = tuple(_PEOPLE_NOUN_WORDS | _PEOPLE_ADJECTIVES | set(_TWO_WORD_PEOPLE_NOUNS))
# How far back from a capital the nouns are looked for: the longest one
# (``saudara-saudara``, 15 letters, went unread in a window of 14).
_LONGEST_NOUN = max(len(noun) for noun in _NOUN_ENDINGS)
# Where a capitalized word follows a space: the nationality rule reads the word before
# each (a set lookup) instead of running an alternation of the nouns over every sentence.
_BEFORE_CAPITAL = re.compile(r"\s+(?=[A-Z])")
# An age in parentheses after a name: ``(37),``, ``(8).``, ``(18) dan``.
_AGE = re.compile(r" \(\d{1,2}\)(?=[,.;:)]| [a-z]|$)")  # the space first, as above
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
_CAPITALIZED_WORD_END = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*$")
# Another parenthesized count right before or after: the items of a list.
_LIST_ITEM_BEFORE = re.compile(r"\(\d{1,3}\),? (?:dan |serta )?$")
_LIST_ITEM_AFTER = re.compile(r",? (?:dan |serta )?[A-Z][\w'’-]* (?:[A-Z][\w'’-]* )?\(\d{1,3}\)")
_PLACE_WORDS = r"(?<![\w-])(?:di|ke|dari|wilayah|daerah|kawasan|kecamatan|kelurahan|desa|kota)"
_PLACE_WORD_BEFORE = re.compile(rf"{_PLACE_WORDS} $")
# A list of counts opens with a place's preposition: ``di Ciracas (16), …``.
_COUNT_LIST_HEAD = re.compile(rf"{_PLACE_WORDS} [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? \(\d{{1,3}}\)")
# Parts of a text or a series numbered in parentheses (``Pasal 5 Ayat (2)``), which the
# training text seldom writes in lower case.
_NUMBERED_PARTS = frozenset(
    {
        "Ayat",
        "Bab",
        "Butir",
        "Jilid",
        "Gelombang",
        "Lampiran",
        "Sila",
        "Klaster",
        "Zona",
        "Paragraf",
    }
)
_INITIALS_CUE = re.compile(r"(?<![\w-])(?:ber)?inisial ")
# a person's initials (``NT``, ``RAM``, ``JdC``)
INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z]){0,3}(?![\w-])")
_AGE_AFTER_INITIALS = re.compile(r" \(\d{1,3}\)")
_AGED_INITIALS = re.compile(r"(?<![\w-])(?P<initials>[A-Z](?:[a-z]?[A-Z]){1,3}) \(\d{1,2}\)")
# What joins the items of a list (and a portfolio's words): ``, ``, ``, dan ``, `` dan ``.
LIST_SEPARATOR = re.compile(r",? dan |, ")
# ``negara-negara Teluk`` (the Gulf): a region named by one word (the West, ``Barat``, is
# ``warta.entities.mark_the_west``'s).
_THE_GULF = re.compile(
    r"(?<![\w-])(?:dan|atau|pihak|negara|negara-negara|sekutu|dunia|kawasan) "
    r"(?P<gulf>Teluk)(?![\w-])(?! [A-Z])"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed mention; the merge keeps higher ``priority`` first, then longer spans."""

    start: int
    end: int
    label: str
    method: str
    priority: int


IsCommon = Callable[[str], bool]


def find_rule_candidates(
    text: str, start: int, end: int, is_common: IsCommon, is_org_place: IsCommon
) -> list[Candidate]:
    """All rule candidates in the sentence ``text[start:end]``."""
    candidates: list[Candidate] = []
    candidates += dateline_candidates(text, start, end)
    candidates += call_sign_candidates(text, start, end)
    candidates += title_name_candidates(text, start, end, is_common)
    candidates += state_body_candidates(text, start, end, is_common)
    candidates += medium_candidates(text, start, end, is_common)
    candidates += speech_verb_candidates(text, start, end, is_common)
    candidates += speaking_subject_candidates(text, start, end, is_common, is_org_place)
    candidates += opener_name_candidates(text, start, end, is_common, is_org_place)
    if nationalities := nationality_candidates(text, start, end, is_common):
        # ``pelatih Belanda Peter Bosz``: the title rule read the affiliation a country
        spans = {(c.start, c.end) for c in nationalities if c.label == "NORP"}
        candidates = [c for c in candidates if c.label != "GPE" or (c.start, c.end) not in spans]
        candidates += nationalities
    if text.find(", ", start, min(end, start + 80)) >= 0:  # the pattern needs one early
        candidates += role_after_name_candidates(text, start, end, is_common)
    candidates += landmark_candidates(text, start, end, is_common)
    candidates += street_candidates(text, start, end, is_common)
    if text.find("Ko", start, end) >= 0 or text.find("Yon", start, end) >= 0:
        candidates += military_unit_candidates(text, start, end)
    parenthesis = text.find("(", start, end) >= 0
    if parenthesis:  # ``_AGE`` needs one: skip the scan without
        candidates += age_apposition_candidates(text, start, end, is_common, is_org_place)
    if parenthesis or text.find("inisial", start, end) >= 0:
        candidates += initials_candidates(text, start, end)
    if text.find("Gereja ", start, end) >= 0:  # ``_CHURCH_IN`` needs it: skip the scan without
        candidates += church_candidates(text, start, end)
    if text.find("klub ", start, end) >= 0:  # ``_CLUB_AFTER`` needs it: skip the scan without
        candidates += sponsored_club_candidates(text, start, end)
    if any(text.find(short, start, end) >= 0 for short in ("Setjen ", "Setda ", "Seknas ")):
        candidates += secretariat_candidates(text, start, end)
    if text.find("Indonesia di ", start, end) >= 0:  # ``_ABROAD_BODY`` needs it
        candidates += abroad_body_candidates(text, start, end)
    if text.find("Pers", start, end) >= 0:  # ``_TOWN_CLUB`` needs it: skip the scan without
        candidates += town_club_candidates(text, start, end, is_common)
    if text.find("Teluk", start, end) >= 0:  # ``_THE_GULF`` needs it: skip the scan without
        candidates += [
            Candidate(match.start("gulf"), match.end("gulf"), "LOC", "rule", WEAK)
            for match in _THE_GULF.finditer(text, start, end)
        ]
    return candidates


# Regional bodies written short, and the one word after them that names their region when
# the gazetteer does not know it (``Kejari Kaur``, ``Polres HST``): no ``Pemerintah``, whose
# next word is as often a country acting, nor a headquarters' ``Ma-`` form (a facility).
# Each only ever opens a body's name, so a title-case headline's ``Pemkab`` is one too.
SHORT_REGIONAL_BODIES = (
    "Pemprov", "Pemkot", "Pemko", "Pemkab", "Pemda", "Polda", "Polres", "Polresta", "Polrestabes",
    "Polsek", "Kodim", "Korem", "Koramil", "Kejati", "Kejari", "KPUD", "Bawaslu", "BPBD",
    "Dinkes", "Setda", "Bappeda", "Dishub", "Disdik", "Dinsos", "BPKAD", "Bapenda", "DLH",
    "Disdukcapil", "Dukcapil", "Disnaker", "Dispar", "Diskominfo", "Kesbangpol", "BNNP",
    "BNNK", "Kemenag", "BPN", "Kantah", "DPRK", "Lanal", "Lantamal", "Pemdes",
)  # fmt: skip
SHORT_REGIONAL_BODY_WORDS = frozenset(SHORT_REGIONAL_BODIES)


# Lower-case nouns for a division (``kota Mellit``, ``distrik Kurram``), and for other
# countries' divisions, before a town's name.
DIVISION_NOUNS = frozenset(
    {"kota", "provinsi", "kabupaten", "kecamatan", "kelurahan", "desa", "distrik", "dusun"}
)
FOREIGN_DIVISION_NOUNS = frozenset({"munisipalitas", "prefektur", "oblast", "county", "kanton"})


# Nouns for a people or a faith's community, then its name (``etnis Thai dan Khmer``,
# ``umat Konghucu, Buddha, dan Tao``, ``masyarakat adat Dayak Meratus``, ``komunitas Hmong
# dan Khmu``, ``penganut Marapu``, ``orang Rote``, ``kasta Yadav``): a name of one or two
# capitalized words, a list's items joined by commas and ``dan``. Written with a capital,
# ``Masyarakat`` and ``Komunitas`` open organizations' names (``Masyarakat Peduli Api``).
_PEOPLE_NAME = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*(?: [A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)?"
_PEOPLE_LEADS = (
    "etnis", "Etnis", "suku", "umat", "Umat", "masyarakat adat", "Masyarakat adat",
    "masyarakat", "komunitas", "penganut", "Penganut", "orang asli", "Orang asli", "orang",
    "Orang", "kasta", "keturunan",
)  # fmt: skip
_PEOPLE = re.compile(
    rf"(?P<lead>{word_alternation(_PEOPLE_LEADS)}) "
    rf"(?P<names>{_PEOPLE_NAME}(?:(?:, {_PEOPLE_NAME})*,? (?:dan|atau) {_PEOPLE_NAME})?)"
    r"(?![\w-])"
)
_PEOPLE_ITEM = re.compile(_PEOPLE_NAME)


def _matches_at_words(
    pattern: re.Pattern[str], words: Sequence[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` at each place in ``text[start:end]`` where one of
    ``words`` stands (``pattern`` opens with them): ``str.find`` locates the few places a
    rare word stands faster than a regex scan of every letter (issue 10)."""
    for word in words:
        position = text.find(word, start, end)
        while position >= 0:
            if (found := pattern.match(text, position, end)) is not None:
                yield found
            position = text.find(word, position + 1, end)


def people_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """The names after ``etnis``, ``suku``, ``umat``, ``masyarakat (adat)``, ``komunitas``,
    ``penganut`` or ``orang`` are peoples and faiths (NORP), whatever the model read
    (``Khmer`` a person, ``Bajau`` too). A common or a division's word, an acronym or a
    body's head opens no such name (``masyarakat Desa Sukamaju``: the village's people,
    the village a place; ``orang WNI``). A name's second word that is a known place, an
    office or a common word is no part of it (``umat Islam Indonesia``, ``suku Dayak
    Kalimantan``). ``Suku`` written with a capital opens Jakarta's sub-agencies (``Suku
    Dinas Ketahanan Pangan``) and places' names (``Kecamatan Suku Tengah Lakitan Ulu``),
    no people."""
    candidates = []
    for found in _matches_at_words(
        _PEOPLE, [f"{lead} " for lead in _PEOPLE_LEADS], text, start, end
    ):
        # a people named by its land (``suku Bali dan Jawa``, ``etnis Mentawai``): after
        # ``suku`` or ``etnis`` a place's name is its people's, after ``orang`` a region's
        if found["lead"].startswith("Orang") and not (
            found.start() == start or text[found.start() - 1] in "\"“'("
        ):
            # ``Orang`` leads a people only where a sentence or a quotation opens; inside
            # a name it is the name's (``Sanggar wayang Orang Mursito``)
            continue
        lands = _LANDS_AFTER.get(found["lead"].lower(), ())
        for item in _PEOPLE_ITEM.finditer(text, found.start("names"), found.end("names")):
            item_end = item.end()
            space = text.find(" ", item.start(), item_end)
            if space > 0 and not _people_word(text[space + 1 : item_end]):
                item_end = space
            first = text[item.start() : item_end].partition(" ")[0]
            if (
                is_common(first)  # ``masyarakat Hukum adat``
                or first.lower() in DIVISION_NOUNS  # ``masyarakat Kabupaten Sleman``
                or first.isupper()  # ``orang WNI``, ``masyarakat DKI``: no people's name
                or starts_with_org_head(text, item.start())  # ``… dan Polres Metro``
            ):
                continue
            if _people_word(first):
                if found["lead"] not in _LANDS_ONLY_LEADS:
                    candidates.append(Candidate(item.start(), item_end, "NORP", "rule", STRONG))
                continue
            # the whole known name (``orang Amerika Serikat``, ``suku Papua Nugini``), typed
            # as a whole (``masyarakat Jawa Timur``: a province's public, no people)
            land = match_at(text, item.start(), item.end())
            kind = label_of(first) if land is None else land.label
            if (
                kind in lands
                # a country or a region among other peoples (``komunitas Melayu,
                # Tionghoa, India``, ``masyarakat Madura, Jawa dan Osing``)
                or (item.start() > found.start("names") and (is_country(first) or kind == "LOC"))
            ) and (not is_office(first) and first not in NON_NAMES):
                land_end = item_end if land is None else land.end
                candidates.append(Candidate(item.start(), land_end, "NORP", "rule", STRONG))
    return candidates


# The labels of the places whose names are also their people's after these nouns: any
# known place after ``suku`` and ``etnis`` (``suku Bali``); after ``orang`` and
# ``masyarakat`` a region (``orang Eropa``, ``masyarakat Madura``), not a town (``orang
# Surabaya`` are its residents, as ``warga Surabaya``); after ``orang asli`` any land.
# Countries are the nationality rule's (:func:`nationality_candidates`), but for a list's
# later items. Keys in lower case.
_LANDS_AFTER: dict[str, tuple[str, ...]] = {
    "suku": ("GPE", "LOC"),
    "etnis": ("GPE", "LOC"),
    "orang": ("LOC",),
    "masyarakat": ("LOC",),
    # the indigenous people of a land, a province too (``orang asli Papua``)
    "orang asli": ("GPE", "LOC"),
    # descent from a region or an island (``warga keturunan Madura``: the invented articles
    # and the read blind samples 15 of 15 NORP)
    "keturunan": ("LOC",),
}
# Leads after which only a land's name is a people's: ``keturunan Soekarno`` are a
# person's descendants.
_LANDS_ONLY_LEADS = frozenset({"keturunan"})


def _people_word(word: str) -> bool:
    """A word that can name a people or faith: not a known place or body, an office, a
    day or month (``suku Dayak Senin lalu``)."""
    return (
        word not in NON_NAMES
        and label_of(word) not in ("GPE", "LOC", "ORG")
        and not is_office(word)
        and word.lower() not in ordinary_words()
    )


# A lower-case noun for a division or a town, maybe an adjective, then its name: a town
# (``distrik Sındırgı``, ``kota kecil Kikuyo``, ``kota tetangga Ozu``).
_TOWN_NOUNS = (
    *sorted((DIVISION_NOUNS - {"dusun"}) | FOREIGN_DIVISION_NOUNS),
    "negara bagian",
)
_TOWN_AFTER_NOUN = re.compile(
    rf"{word_alternation(_TOWN_NOUNS)}"
    r"(?: (?:kecil|besar|tetangga|pelabuhan|pesisir|industri|asal|kelahiran|tua|wisata|praja))?"
    r" (?P<name>[^\W\d_a-z][\w'’]*(?:-[\w'’]+)*(?: [^\W\d_a-z][\w'’]*(?:-[\w'’]+)*){0,2})"
)


def town_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """The name after a lower-case division's or town's noun is a town or a division
    (GPE), whatever the model read (``kota kecil Kikuyo``: its ORG; ``distrik Sındırgı``:
    nothing). The name stops at a common word, an office, a day or a division's word; a
    name the gazetteer knows as another kind is left to it."""
    candidates = []
    for found in _matches_at_words(
        _TOWN_AFTER_NOUN, [f"{noun} " for noun in _TOWN_NOUNS], text, start, end
    ):
        before = text[max(start, found.start() - 20) : found.start()].rstrip().rpartition(" ")[2]
        if before and is_office(before):
            continue  # ``Sekretaris desa Anton Yunianto``: an office's holder
        if before == "jalan":
            continue  # ``jalan kabupaten Gisting-Sumberejo``: a road's class, a route
        name_end = found.start("name")
        for word in _WORD.finditer(text, found.start("name"), found.end("name")):
            token = word.group()
            if (
                token in NON_NAMES
                or token in _DIVISION_HEADS
                or is_office(token)
                or (is_common(token) and token not in DIRECTION_WORDS)
                # another known name after the first word (``kota Rusia Moskow``,
                # ``kabupaten Sragen Jawa Tengah``)
                or (name_end > found.start("name") and match_at(text, word.start(), end))
            ):
                break
            name_end = word.end()
        if name_end == found.start("name"):
            continue
        known = label_of(text[found.start("name") : name_end])
        if known is None or known == "GPE":
            candidates.append(Candidate(found.start("name"), name_end, "GPE", "rule", MODEL))
    return candidates


def article_rule_candidates(text: str, is_common: IsCommon) -> list[Candidate]:
    """The rule candidates read once over the whole article, not sentence by sentence: the
    rules that look for a few rare words, which ``str.find`` locates over the article at
    once (issue 10: a search per sentence cost more than the rules). None crosses a
    sentence's end: their names are words joined by spaces. Sorted by start."""
    return sorted(
        [
            *people_candidates(text, 0, len(text), is_common),
            *town_candidates(text, 0, len(text), is_common),
        ],
        key=lambda candidate: candidate.start,
    )


# Head words of landmarks and geography: with a name after them, a place (LOC), whether a
# known place is in the name or not (``Perlintasan Rafah``, ``Benua Afrika``). The model
# misses most of them (``Lapangan Gwanghwamun``, ``Garis Durand``, ``Ruang Oval``: nothing)
# or types them ORG (``Bundaran HI``). Not heads whose names may be towns (``Tanjung
# Pinang``, ``Teluk Bintuni``) or bodies (``Gedung Putih``, ``Istana``, ``Pantai`` in
# ``Penjaga Pantai``).
POWER_PLANTS = frozenset(
    {"PLTU", "PLTA", "PLTD", "PLTG", "PLTGU", "PLTP", "PLTS", "PLTSa", "PLTB", "PLTN", "PLTMH"}
)
_LANDMARK_HEADS = (
    "Lapangan", "Monumen", "Tugu", "Menara", "Perlintasan", "Penyeberangan", "Lembah",
    "Garis", "Benua", "GOR", "Ruang", "Alun-alun", "Bundaran", "Jembatan", "Gunung",
    "Pegunungan", "Danau", "Selat", "Gurun", "Semenanjung", "Laut", "Samudra", "Samudera",
    # power plants (``PLTU Suralaya``, ``PLTSa Benowo``): facilities, not their operators;
    # so are factories, refineries, mines, dams and observatories (``Pabrik Oppama``)
    *POWER_PLANTS, "Pabrik", "Kilang", "Tambang", "Bendungan", "Waduk", "Observatorium",
    # border posts and official residences (``PLBN Entikong``, ``Rumah Dinas Gubernur
    # Jambi``): buildings, not their operators
    "PLBN", "Pos Lintas Batas Negara", "Rumah Dinas",
    *(_NEVER_TOWNS := (
        # detention centres and prisons (``Rutan Salemba``: the model's GPE of the place
        # it is named after), weirs and chapels (``Bendung Katulampa``, ``Kapela Tuan Ma``)
        "Rutan", "Lapas", "Rumah Tahanan", "Rumah Tahanan Negara", "Lembaga Pemasyarakatan",
        "LPKA", "Bendung", "Kapela", "Kapel",
        # faults, reserves, geoparks, industrial estates and baths (``Patahan Anatolia
        # Utara``, ``Suaka Margasatwa Pelaihari``, ``Geopark Meratus``, ``Kawasan Industri
        # Kendal``, ``Pemandian Fasilides``): places, never the towns or persons they are
        # named after, so surer than the model (its GPE or PER of the same words)
        "Patahan", "Suaka Margasatwa", "Cagar Alam", "Geopark", "Kawasan Industri",
        # a cathedral, a river's delta (``Delta Kayan``: the model's GPE)
        "Pemandian", "Katedral", "Delta",
        # a sports hall, Istana Olahraga (``Istora Senayan``: the model's GPE, sample 72)
        "Istora",
    )),
)  # fmt: skip
_LANDMARK = re.compile(
    rf"{word_alternation(_LANDMARK_HEADS)}"
    # a prison's class and a branch (``Rutan Kelas IIB Soe``, ``Rutan Cabang KPK``)
    r"(?P<class> Kelas I{1,3}[AB]?| Cabang)?"
    # ``St.`` opens a saint's name in it (``Katedral St. John``, ``Gereja St. Yoseph``;
    # sample 133, blind, read: the period had ended the name)
    rf"(?P<name>(?: (?:St\. )?[A-Z][\w'’-]*){{1,3}})(?![\w-])"
)


# A Protestant church body named for the land it serves (``Gereja Injili di Indonesia``,
# ``Gereja Masehi Injili di Minahasa``, ``Gereja Kristen Injili di Tanah Papua``): ``di``
# inside one name. The invented articles and the blind samples mark all 28 of them one ORG;
# a church building in a street or a village (``Gereja Santa Brigida di Gdańsk``, a saint's
# name) is not one of these words.
_CHURCH_IN = re.compile(
    r"Gereja(?: (?:Kristen|Masehi|Injili|Protestan|Pentakosta|Indonesia))+ di "
    r"(?!(?:Jalan|Jl|Desa|Kelurahan|Kampung|Dusun|Kota|Kabupaten|Kecamatan|Distrik)\b)"
    r"(?P<place>(?:Tanah )?[A-Z][\w'’-]*)"
)


def church_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """``Gereja Masehi Injili di Sangihe Talaud``: the church body, its land a known place's
    whole name where the gazetteer has one."""
    candidates = []
    for church in _CHURCH_IN.finditer(text, start, end):
        place = match_at(text, church.start("place"), end)
        close = max(church.end(), place.end if place is not None else 0)
        candidates.append(Candidate(church.start(), close, "ORG", "rule", STRONG))
    return candidates


# A body's secretariat written short, before the body or the region it serves (``Setjen
# DPR``, ``Setda Provinsi Jambi``, ``Seknas FITRA``).
_SECRETARIAT = re.compile(r"(?<![\w-])(?:Setjen|Setda|Seknas) (?=[A-Z])")


def secretariat_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """``Setjen DPR``, ``Setda Muara Enim`` (sample 122, blind, read: the model read the
    body or the region alone): a secretariat's short form and the known body or region
    after it are one body (the invented articles and the read samples: 32 of 32 ORG)."""
    return _bodies_with_known_names(_SECRETARIAT, ("ORG", "GPE"), text, start, end)


def _bodies_with_known_names(
    pattern: re.Pattern[str], labels: tuple[str, ...], text: str, start: int, end: int
) -> list[Candidate]:
    """Each match of ``pattern`` and the name the gazetteer knows right after it (typed one
    of ``labels``): one body (ORG), whatever the model cut."""
    candidates = []
    for found in pattern.finditer(text, start, end):
        known = match_at(text, found.end(), end)
        if known is not None and known.label in labels:
            candidates.append(Candidate(found.start(), known.end, "ORG", "rule", STRONG))
    return candidates


# Indonesians' associations abroad, named by the country they are in (``Perhimpunan
# Pelajar Indonesia di Britania Raya``, ``Ikatan Pekerja Indonesia di Taiwan``).
_ABROAD_BODY = re.compile(
    r"(?:Perhimpunan|Persatuan|Ikatan|Himpunan|Kerukunan|Keluarga|Paguyuban|Asosiasi) "
    r"(?:Pelajar|Mahasiswa|Warga|Masyarakat|Pekerja|Diaspora|Muslim|Pengusaha)"
    r"(?: [A-Z][\w-]*)? Indonesia di (?=[A-Z])"
)


def abroad_body_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """``Perhimpunan Pelajar Indonesia di Korea Selatan`` (samples 106 and 107, blind,
    read: the model cut it at ``di``): an Indonesians' association abroad and the known
    place it is in are one body (the invented articles and the read samples mark the
    place inside 7 times of 7). Not an embassy and its town (``Kedutaan Besar Thailand
    di Jakarta``): the read blind samples mark the town apart 28 times of 29."""
    return _bodies_with_known_names(_ABROAD_BODY, ("GPE", "LOC"), text, start, end)


# ``klub`` and the capitalized words of a club's name after it.
_CLUB_AFTER = re.compile(r"(?<![\w-])klub (?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){1,4})")


def sponsored_club_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """``klub Jakarta Pertamina Enduro``, ``klub Jakarta Srikandi Raya`` (sample 81,
    blind, read): after ``klub``, a town and more name words are the club, named by its
    town and its sponsor or nickname, one ORG (the model read the town apart). Not a
    country's clubs (``klub Inggris Manchester United``), nor a known place or body after
    the town (``klub Jakarta Utara``, ``klub Surabaya Persebaya``)."""
    candidates = []
    for club in _CLUB_AFTER.finditer(text, start, end):
        town = match_at(text, club.start("name"), club.end("name"))
        if (
            town is None
            or town.label != "GPE"
            or town.end >= club.end("name")
            or is_country(text[town.start : town.end])
            or label_of(text[town.end + 1 : club.end("name")]) is not None
        ):
            continue
        candidates.append(Candidate(club.start("name"), club.end("name"), "ORG", "rule", STRONG))
    return candidates


# An Indonesian club's name in the ``Persatuan Sepak Bola Indonesia …`` form (``Persikad``,
# ``Persipal``, ``Persebaya``), then a capitalized word: its town.
_TOWN_CLUB_NAME = re.compile(r"Pers[a-z]{2,9}")
_TOWN_CLUB = re.compile(rf"(?<![\w-])(?P<club>{_TOWN_CLUB_NAME.pattern})(?= [A-Z])")


def is_town_club_name(name: str, is_common: IsCommon) -> bool:
    """``Persikad``, ``Persipal``: a club's own word of the ``Pers…`` form, no common word
    (``Persatuan``, ``Personel``) and no other known name."""
    return (
        _TOWN_CLUB_NAME.fullmatch(name) is not None
        and not is_common(name)
        and name.lower() not in ordinary_words()
        and label_of(name) in (None, "ORG")
    )


def town_club_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """``pelatih Persikad Depok``, ``Persipal Palu`` (sample 98, blind, read): a club named
    ``Pers…`` and a town the gazetteer knows are one club (ORG); the model read the town
    alone and no club. The invented articles and the read blind samples mark such a name
    and town one body 44 times, never apart. Not a common word (``Persatuan``, ``Personel
    Polres``, ``Persimpangan``)."""
    candidates = []
    for club in _TOWN_CLUB.finditer(text, start, end):
        if not is_town_club_name(club["club"], is_common):
            continue
        town = match_at(text, club.end() + 1, end)
        if town is None or town.label != "GPE" or is_country(text[town.start : town.end]):
            continue
        candidates.append(Candidate(club.start(), town.end, "ORG", "rule", STRONG))
    return candidates


# Capitalized directions that end a place's name (``Anatolia Utara``, ``Jawa Barat``).
DIRECTION_WORDS = frozenset({"Utara", "Selatan", "Timur", "Barat", "Tengah", "Tenggara"})
_DIVISION_HEADS = frozenset({"Kabupaten", "Kota", "Provinsi", "Kecamatan", "Kelurahan", "Desa"})


def landmark_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """``Lapangan Gwanghwamun``, ``Perlintasan Rafah``: a landmark's head word and the
    capitalized words after it, up to the first common word, are a place (LOC), as sure as
    the model (a longer model or gazetteer name holding it wins: ``Taman Nasional …``)."""
    candidates = []
    for match in _LANDMARK.finditer(text, start, end):
        if text[match.start() - 1 : match.start()].isalnum():
            continue  # inside a word
        word_start = max(start, text.rfind(" ", start, match.start() - 1) + 1)
        if text[word_start : word_start + 1].isupper() and (
            word_start > start or is_office(text[word_start : match.start() - 1])
        ):
            # inside a longer name or title (``TNI Angkatan Laut …``, ``Komandan Lapangan``)
            continue
        name_end = match.start("name")
        for word in _WORD.finditer(text, match.start("name"), match.end("name")):
            direction = name_end > match.start("name") and word.group() in DIRECTION_WORDS
            if (
                word.group() in NON_NAMES
                or word.group() in _DIVISION_HEADS  # ``… MM2100 Kabupaten Bekasi``
                or (is_common(word.group()) and not word.group().isupper() and not direction)
            ):
                break
            name_end = word.end()
            if direction:
                break  # a name's direction after its first word ends it (``Anatolia Utara``)
        if name_end > match.start("name") and label_of(text[match.start() : name_end]) is None:
            surer = text[match.start() : match.start("name")] in _NEVER_TOWNS
            candidates.append(
                Candidate(match.start(), name_end, "LOC", "rule", STRONG if surer else MODEL)
            )
    return candidates


def street_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """``Jalan Ir. H. Juanda``: a street named after a person with titles (their dots cut the
    model's span at ``Jalan Ir``) is one place, as sure as the model; so is a street named
    in English (``Moi Avenue``), which the model may read as a person or miss."""
    streets = (
        [
            Candidate(street.start(), street.end(), "LOC", "rule", MODEL)
            for street in _STREET.finditer(text, start, end)
        ]
        if text.find("J", start, end) >= 0
        else []
    )
    if any(text.find(word, start, end) >= 0 for word in _ENGLISH_STREET_WORDS):
        for street in _ENGLISH_STREET.finditer(text, start, end):
            if word_before_goes_on(text, street.start(), start):
                continue  # the name goes on before (``21st Century Maritime Silk Road``)
            name_start = street.start()
            # ``Menurut Wall Street``, ``Di Wall Street``: a sentence's first word is no
            # part of the name when Indonesian prose writes it in lower case
            first = _WORD.match(text, name_start)
            if first is not None and is_common(first.group()):
                name_start = first.end() + 1
            if name_start < street.start("kind") - 1:
                streets.append(Candidate(name_start, street.end(), "LOC", "rule", MODEL))
    return streets


def word_before_goes_on(text: str, start: int, floor: int) -> str:
    """The capitalized word or number right before ``start`` (after ``floor``), which may
    carry a name on to the left (``21st Century Maritime Silk Road``); ``""`` if none."""
    space = start - 1
    if space <= floor or text[space] != " ":
        return ""
    previous = text[text.rfind(" ", floor, space) + 1 : space].lstrip("(\"'“‘")
    return previous if previous[:1].isupper() or previous[:1].isdigit() else ""


_STREET = re.compile(
    r"(?:Jalan|Jl\.|Jln\.) (?:(?:Ir|H|Hj|Dr|dr|KH|Prof|Drs|R|Kol|Jend|Letjen|Mayjen)\. ?)+"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
)
# English street words (``Moi Avenue``, ``Wall Street``, ``Abbey Road``); one to three
# capitalized words before one of them name a street.
ENGLISH_STREET_KINDS = ("Avenue", "Street", "Road", "Boulevard")
_ENGLISH_STREET_WORDS = tuple(f" {kind}" for kind in ENGLISH_STREET_KINDS)
_ENGLISH_STREET = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} "
    rf"(?P<kind>{'|'.join(ENGLISH_STREET_KINDS)})(?![\w-]| [A-Z0-9])"
)


def dateline_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """``Moskow, Suarathailand- …``: place then publisher, glued to a dash, at sentence start
    (or ``BALIKPAPAN, KOMPAS-Kuasa …``, the dash glued to the first word, under a place in
    capitals; or ``Jakarta (ANTARA) - …``, the agency in parentheses)."""
    match = _DATELINE.match(text, start, end)
    if match is None:
        return []
    place_group, publisher_group = next(
        pair
        for pair in (
            ("place", "publisher"),
            ("caps", "glued"),
            ("wired", "agency"),
            ("sited", "site"),
        )
        if match[pair[0]]
    )
    place_start, place_end = match.span(place_group)
    place = _gazetteer_at(text, place_start, place_end)
    place_label = place.label if place is not None else "GPE"
    publisher_start, publisher_end = match.span(publisher_group)
    slash = text.find("/", publisher_start, publisher_end)  # ``ANTARA/Xinhua``: two agencies
    publishers = (
        [(publisher_start, slash), (slash + 1, publisher_end)]
        if slash >= 0
        else [(publisher_start, publisher_end)]
    )
    return [
        Candidate(place_start, place_end, place_label, "rule", STRONG),
        *(Candidate(start, end, "ORG", "rule", STRONG) for start, end in publishers),
    ]


def call_sign_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """A quoted call sign after a cue or a role apposition is a person: the name only.

    Both cues end by looking ahead at an opening quote inside the sentence, so a sentence
    without one is skipped before the two regex scans (most sentences, issue 10).
    """
    if all(text.find(mark, start, end) < 0 for mark in _CALL_SIGN_QUOTES):
        return []
    candidates = []
    for cue in (_CALL_SIGN_CUE, _ROLE_APPOSITION):
        for match in cue.finditer(text, start, end):
            quoted = _QUOTED_NAME.match(text, match.end(), end)
            if quoted is not None:
                candidates.append(
                    Candidate(quoted.start("name"), quoted.end("name"), "PER", "rule", STRONG)
                )
    return candidates


def title_name_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """``Presiden Rusia Vladimir Putin``: affiliation and person are separate mentions.

    After the title come capitalized portfolio words (``Luar Negeri``: common words),
    further titles (``Menteri Energi Arab Saudi Pangeran``), a word qualifying the office
    (``Presiden terpilih AS``), up to three lower-case portfolio words when an affiliation
    follows them (``Kepala kebijakan luar negeri Uni Eropa``), places or organizations from
    the gazetteer, at most one comma, then one to four name words. The
    person is certain (STRONG) when an affiliation separated it from the title, because that
    is where a model glues ``Korea Utara Kim Jong Un`` together; a bare title before a
    two-word name (``Presiden Emmanuel Macron``) is only a fallback (WEAK) for names the
    model misses; one word after a bare title is too often part of it (``Jaksa Agung``).
    An institution's acronym the gazetteer does not list (``Menteri BUMN Erick Thohir``,
    ``Kepala BNPT Eddy Hartono``) is an affiliation too, but only right before a name of
    two words or more: it is proposed as a weak ORG (the gazetteer or model may know it
    better), the person as certain.
    """
    candidates = []
    # Where the previous title's phrase was read to: a title word inside it (``Pangeran`` in
    # ``Menteri Energi Arab Saudi Pangeran Abdulaziz``) was read as part of that phrase.
    read_to = start
    for title in _TITLE.finditer(text, start, end):
        if title.start() < read_to:
            continue
        phrase = _title_phrase(text, title.end(), end, is_common)
        read_to = phrase.end
        if phrase.lowered and not phrase.affiliations:
            continue
        if _first_name_read_as_a_town(text, phrase, end):
            # ``Presiden Paraguay Santiago Peña``: after the country, one town's word that
            # opens two name words is the holder's given name
            last = phrase.affiliations[-1]
            phrase = replace(phrase, end=last.start - 1, affiliations=phrase.affiliations[:-1])
        name = _name_words(text, phrase.end, end, is_common)
        if name is not None and is_office(text[name[0] : name[1] + 1]):
            continue  # ``Rektor Unpatti Prof. Agustinus …``: a form of address, no name
        if name is None or not (phrase.affiliations or " " in text[name[0] : name[1]]):
            # One word after a bare title or an acronym is too often the rest of an office
            # or an organization (``Jaksa Agung``, ``Ketum DPP Organda``). After an office
            # with its portfolio, one name word that closes the phrase is its holder's
            # single name (``Menteri Ketenagakerjaan Yassierli``, ``Menteri Luar Negeri
            # Sugiono``), a fallback (WEAK) where the model read nothing.
            if (
                name is not None
                and phrase.portfolio
                and phrase.acronym is None
                and _single_name(text, name[0], name[1])
                and _name_closed(text, name[1], end)
                and not text.startswith((" dan ", " serta "), name[1])  # ``Riset dan …``
            ):
                candidates.append(Candidate(name[0], name[1], "PER", "rule", WEAK))
            continue
        last_word = max(name[0], text.rfind(" ", name[0], name[1]) + 1)
        if _ORG_DESIGNATORS.fullmatch(text, last_word, name[1]) is not None:
            continue  # ``Wakil Presiden Kreatif Pixar Animation Studios``: a company's end
        if text[name[1] : name[1] + 1] == " " and (
            (designator := _ORG_DESIGNATORS.match(text, name[1] + 1)) is not None
            and not text[designator.end() : designator.end() + 1].isalnum()
        ):
            # ``ketua Van Thinh Phat Group``: a company's name, no one's
            candidates.append(Candidate(name[0], designator.end(), "ORG", "rule", WEAK))
            continue
        if " " not in text[name[0] : name[1]] and _name_follows(text, name[1], end, is_common):
            # ``Presiden Paris Saint-Germain, Nasser Al-Khelaifi``: one word after a place,
            # then a comma and a name, ends the affiliation (a club named after its city);
            # the person is the name after the comma, which the model reads.
            continue
        strength = STRONG if phrase.affiliations or phrase.acronym else WEAK
        candidates += [
            Candidate(place.start, place.end, place.label, "gazetteer", strength)
            for place in _regional_offices(text, phrase.affiliations)
        ]
        if phrase.acronym is not None and phrase.acronym.group() not in common_acronyms():
            acronym = phrase.acronym  # a body's, not a common noun's (``Kantor SAR``)
            candidates.append(Candidate(acronym.start(), acronym.end(), "ORG", "rule", WEAK))
        if not _name_closed(text, name[1], end):
            strength = WEAK  # ``Eddy Santana Putra``: the model may read the whole name
        candidates.append(Candidate(name[0], name[1], "PER", "rule", strength))
    return candidates


def _single_name(text: str, start: int, end: int) -> bool:
    """One title-case word of three letters or more that the gazetteer does not know."""
    word = text[start:end]
    return len(word) > 2 and word[1:].islower() and label_of(word) is None


def _regional_offices(text: str, affiliations: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """A title's affiliations, a body and the region right after it joined into one
    organization (``Ketua Komnas HAM Maluku``, ``Direktur Amnesty International
    Indonesia``): the body's office there, as a regional body and its place are one ORG."""
    joined: list[GazetteerMatch] = []
    for place in affiliations:
        division = next(
            (word for word in DIVISION_WORDS if text.endswith(word, 0, place.start)), None
        )
        if (
            division is not None
            and place.label == "GPE"
            and not text.endswith("Wali " + division, 0, place.start)
        ):
            # ``Sekretaris Daerah Kota Kupang``: the division and its name, one GPE (not in
            # ``Wali Kota Kupang``, whose ``Kota`` is the title's)
            place = GazetteerMatch(place.start - len(division), place.end, place.label)
        if (
            joined
            and joined[-1].label == "ORG"
            and place.label in ("GPE", "LOC")
            and text[joined[-1].end : place.start] == " "
        ):
            joined[-1] = GazetteerMatch(joined[-1].start, place.end, "ORG")
        else:
            joined.append(place)
    return joined


def _name_closed(text: str, position: int, end: int) -> bool:
    """The name read up to ``position`` ends there (:data:`_NAME_CLOSED`); an initial's dot
    does not end it (``John B. Fenn``). A name stopped at a common word (``Eddy Santana
    Putra``, ``Ida Bagus Rai Mantra``) or at a glued mark (``Nick "Topper" Headon``) is not
    closed: the rules cannot tell its end, so they yield to the model there."""
    return bool(_NAME_CLOSED.match(text, position, end)) and not (
        text[position - 2 : position - 1] in " " and text.startswith(".", position)
    )


def _name_follows(text: str, position: int, end: int, is_common: IsCommon) -> bool:
    """``, `` then a capitalized word that is no title and no common word at ``position``."""
    if not text.startswith(", ", position):
        return False
    word = _next_word(text, position + 2, end)
    return (
        word is not None
        and word.start() == position + 2
        and word.group()[0].isupper()
        and not _TITLE.fullmatch(word.group())
        and not is_common(word.group())
    )


@dataclass(frozen=True, slots=True)
class _TitlePhrase:
    """What follows a title up to where its holder's name may start (``end``)."""

    end: int
    affiliations: list[GazetteerMatch]
    acronym: re.Match[str] | None
    lowered: int  # lower-case portfolio words read (they need an affiliation after them)
    portfolio: bool  # a capitalized portfolio word read (``Menteri Ketenagakerjaan``)


def _first_name_read_as_a_town(text: str, phrase: _TitlePhrase, end: int) -> bool:
    """The title's last affiliation is one word, a town's name, right after a country's
    and right before a capitalized word: a given name that is also a town's
    (``Santiago``, ``Victoria``), not a second affiliation (``Konsul Jenderal RI Kota
    Kinabalu``: two words)."""
    if len(phrase.affiliations) < 2:
        return False
    last, before = phrase.affiliations[-1], phrase.affiliations[-2]
    return (
        last.label == "GPE"
        and " " not in text[last.start : last.end]
        and last.end == phrase.end
        and is_country(text[before.start : before.end])
        and before.end + 1 == last.start
        and text[last.end : last.end + 1] == " "
        and text[last.end + 1 : last.end + 2].isupper()
        and last.end + 1 < end
    )


def _title_phrase(text: str, position: int, end: int, is_common: IsCommon) -> _TitlePhrase:
    """Read the words after a title (see :func:`title_name_candidates`) from ``position``."""
    affiliations: list[GazetteerMatch] = []
    acronym: re.Match[str] | None = None
    comma = False
    lowered = 0
    institution = False
    after_place = False
    head: int | None = None  # where an organization's head word read here starts
    portfolio = False
    while True:
        if (branch := RANK_BRANCH.match(text, position + 1, end)) is not None and _TITLE.fullmatch(
            text, text.rfind(" ", 0, position) + 1, position
        ):
            position = branch.end() - 1  # ``Jenderal Pol``, ``Lettu (Inf)``: the rank's branch
        word = _next_word(text, position, end)
        if word is None:
            break
        gap = text[position : word.start()]
        if gap == ", " and affiliations and not comma:
            comma = True
            position = word.start() - 1
        elif gap != " ":
            break
        token = word.group()
        if token == "Raja" and portfolio and not affiliations:
            break  # ``Menteri Kehutanan Raja Juli Antoni``: a given name, no king's title
        place = _gazetteer_at(text, word.start(), end)
        if place is not None and place.label == "NORP":
            if affiliations and _faith_given_name(text, word, end):
                break  # ``Wali Kota Langsa Muslim Syahputra``: the holder's given name
            # ``Imam Pertama Gereja Katolik``: a people or a faith qualifies the office;
            # it is no affiliation that would make the next words a certain person.
            position = place.end
        elif place is not None:
            after_place = place.label in ("GPE", "LOC")
            if head is not None and after_place:
                # ``Sekretaris Jenderal Partai Komunis Vietnam``, ``Ketua Mahkamah Agung AS``:
                # the body's name ends with its country, as ``Kementerian Pertahanan Rusia``
                place = GazetteerMatch(head, place.end, "ORG")
                head = None
            affiliations.append(place)
            position = place.end
        elif (
            _ACRONYM.fullmatch(token) or _SHORT_ACRONYM.fullmatch(token)
        ) and not SHORT_RANK.fullmatch(token):
            acronym, position = word, word.end()
            region = (
                _gazetteer_at(text, position, end) if text[position : position + 1] == " " else None
            )
            if region is not None and region.label in ("GPE", "LOC"):
                position = region.end  # ``Kepala Pelaksana BPBD Jawa Tengah``: its region
            break
        elif (
            token[0].isupper()
            and (
                # After a place, a common word no longer names the portfolio (``Presiden
                # Nigeria Bola Tinubu``: ``Bola`` is his name); a further title may still
                # follow (``Menteri Energi Arab Saudi Pangeran Abdulaziz``).
                # ``Menteri Iklim``, ``Kepala Eksekutif``: ordinary words the training
                # text rarely writes (data/ordinary_words_id.txt) are portfolio words too.
                (
                    (
                        is_common(token)
                        or (
                            token.lower() in ordinary_words()
                            # ``Badan Kepegawaian DKI Jakarta``: the body's name, read on
                            # only to its region (``Panglima Angkatan Bersenjata Ukraina``)
                            and (not institution or head is not None)
                            and not _ORG_HEAD.fullmatch(token)
                        )
                    )
                    and not after_place
                )
                or _TITLE.fullmatch(token)
                or token in _POLICE_UNITS  # ``Kasat Reskrim Polres Bogor``
                # A portfolio (``Menteri Perhubungan``), not an institution's name
                # (``Kepala Dinas Perhubungan DKI Jakarta`` is one ORG).
                or (
                    is_nominalization(token)
                    and not institution
                    and not _ORG_HEAD.fullmatch(token)  # ``Kejaksaan``, ``Asosiasi``
                )
            )
        ) or (token in TITLE_MODIFIERS and not affiliations):
            if _ORG_HEAD.fullmatch(token) is not None and not institution:
                institution, head = True, word.start()
            portfolio = portfolio or not (
                _TITLE.fullmatch(token) or token in _POLICE_UNITS or token in TITLE_MODIFIERS
            )
            if token == "Partai":
                # ``Pemimpin Partai Sosialis Olivier Faure``: the party's name, no one's
                while (party := _next_word(text, word.end(), end)) is not None and (
                    party.group() in PARTY_WORDS and party.start() == word.end() + 1
                ):
                    word = party
            after_place = after_place and _TITLE.fullmatch(token) is None  # ``Komisaris Besar``
            position = word.end()
        elif token.islower() and lowered < 3 and not affiliations and token not in _LINKS:
            lowered += 1
            position = word.end()
        else:
            break
    return _TitlePhrase(position, affiliations, acronym, lowered, portfolio)


def state_body_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """``Kementerian Pertahanan Rusia``: a ministry and the state it belongs to are one ORG.

    Only state-body heads (``Kementerian``, ``Departemen``, ``Kedutaan Besar``…) followed by
    portfolio words (capitalized common words, ``dan`` between them) and then a country
    from the gazetteer. Without the country the model's span stands; other head nouns
    (``Partai Golkar Aburizal Bakrie``) cannot be closed by a rule, so the model decides.
    """
    candidates = []
    for head in _STATE_BODY.finditer(text, start, end):
        if head.group() in _CHAMBERS and text.endswith(_BUILDING_WORDS, start, head.start()):
            continue  # ``Kompleks Parlemen Senayan``: the building, a place
        position = head.end()
        portfolio = 0
        listed = False  # inside a list of portfolios (``Pangan, Hortikultura, dan ...``)
        open_list = False  # a comma read and no ``dan`` after it yet
        while _BODY_GRADE.match(text, position) is None:  # the grade ends the portfolio
            word = _next_word(text, position, end)
            if word is None or text[position : word.start()] != " ":
                break
            token = word.group()
            if token == "dan" and (portfolio or " " in head.group()):
                position = word.end()
                listed = listed or text[position - 5 : position - 4] == ","
                open_list = False
                continue
            if not (
                token[0].isupper()
                and len(token) > 1  # ``Komisi E DPRD``: a letter names a sub-body
                and _TITLE.fullmatch(token) is None  # ``Majelis Hakim``: judges, no body
                and (
                    is_common(token)
                    # an item of a list of portfolios, whatever its word (``Dinas Tanaman
                    # Pangan, Hortikultura, dan Perkebunan``, ``Meteorologi, Klimatologi,
                    # dan Geofisika``), but no known name
                    or (
                        (listed or text.startswith(", ", word.end()))
                        and _gazetteer_at(text, word.start(), end) is None
                        and token not in _ADDRESS_WORDS  # ``Kemenko Polhukam, Jl Medan``
                    )
                    or token.lower() in ordinary_words()  # ``Angkatan Bersenjata Kolombia``
                    or token in portfolio_words()  # ``Dinas Energi dan Sumber Daya Mineral``
                    # ``Dinas PUPR Lombok Barat``: an acronym names a portfolio too, unless
                    # it names a body of its own (``Komisi E DPRD``: a body and its parent)
                    or (
                        _ACRONYM.fullmatch(token) and _gazetteer_at(text, word.start(), end) is None
                    )
                )
            ):
                break
            position = word.end()
            if text.startswith(", ", position):
                position += 1  # the list's comma, read before the next word
                listed = open_list = True
            portfolio += 1
        if text[position - 1 : position] == ",":
            position -= 1  # a comma after the body (``..., Yohanes``): not the list's
        elif open_list:
            continue  # a list closes with ``dan`` (``Badan Geologi, Gunung Lewotobi``)
        if text[position : position + 1] != " ":
            continue
        if (grade := _BODY_GRADE.match(text, position)) is not None:
            position = grade.end()  # ``Kantor Imigrasi Kelas I``, ``... Wilayah IV``
        if text.startswith(DIVISION_WORDS, position + 1):
            position = text.index(" ", position + 1)  # ``Dinas PUPR Kabupaten Musi Banyuasin``
        state = _gazetteer_at(text, position + 1, end)
        if state is None:
            continue
        international = text[position + 1 : state.end] in _INTERNATIONAL_OWNERS
        # a state body needs its portfolio (``Kedutaan Besar Australia`` is complete
        # without); an international body's commission or council does not (``Komisi
        # Uni Afrika``)
        complete = head.group() in _COMPLETE_STATE_BODIES or (
            international and head.group() in ("Komisi", "Dewan", "Majelis")
        )
        if (portfolio or complete) and (state.label in _OWNER_LABELS or international):
            candidates.append(Candidate(head.start(), state.end, "ORG", "rule", STRONG))
    return candidates


# The word of a regency, a city or a province before its name (the gazetteer lists the
# names alone).
DIVISION_WORDS = ("Provinsi ", "Kota ", "Kabupaten ")
# What a state body may belong to: a state or a region (``Konfederasi Sepak Bola Asia``).
# Not another body: ``Komisi X DPR``, ``Dewan Pimpinan Pusat Partai Demokrat`` are a body
# and its parent, which the dev files and the blind samples keep apart.
_OWNER_LABELS = frozenset({"GPE", "LOC"})
# International bodies whose organs are named like a state's (``Komisi Uni Afrika``,
# ``Komite Eksekutif AFC``, ``Dewan Keamanan PBB``): one ORG with the organ, as the blind
# samples type them (the dev files hold none).
_INTERNATIONAL_OWNERS = frozenset(
    {"PBB", "Uni Eropa", "Uni Afrika", "ASEAN", "ECOWAS", "AFC", "FIFA", "UEFA", "NATO",
     "OKI", "Liga Arab", "IOC", "OPEC", "WTO", "IMF", "Bank Dunia", "SADC", "APEC"}
)  # fmt: skip


def medium_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """``Surat kabar militer Rusia Krasnaya Zvezda``: the medium's name is an ORG.

    Lower-case words between the noun and the name describe the medium (``militer``); a
    linking word (``majalah di mana Momo mengajar``) ends the search."""
    candidates = []
    for medium in MEDIUM.finditer(text, start, end):
        position = medium.end()
        affiliations = []
        for _ in range(4):
            word = _next_word(text, position, end)
            if word is None or text[position : word.start()] != " ":
                break
            place = _gazetteer_at(text, word.start(), end)
            if place is not None:
                affiliations.append(place)
                position = place.end
                if place.label == "ORG":
                    break  # ``kantor berita IRNA``: the medium's own name, nothing after
            elif word.group().islower() and word.group() not in _LINKS:
                position = word.end()
            else:
                break
        name = _name_words(text, position, end, is_common)
        if name is None:
            # The medium is itself a known name (``harian Kompas``): that name, not the noun.
            if affiliations and affiliations[-1].label == "ORG":
                last = affiliations[-1]
                candidates.append(Candidate(last.start, last.end, "ORG", "gazetteer", STRONG))
            continue
        candidates += [
            Candidate(place.start, place.end, place.label, "gazetteer", STRONG)
            for place in affiliations
        ]
        candidates.append(Candidate(name[0], name[1], "ORG", "rule", STRONG))
    return candidates


# Nouns that say the name after them is a company's or a body's (``produsen baja
# Thyssenkrupp``, ``perusahaan data Cirium``, ``konglomerat Vingroup``, ``operator pipa
# JANAF``), lower-case words describing it between them (``maskapai berbiaya murah``).
COMPANY_NOUNS = frozenset(
    {
        "perusahaan", "produsen", "pabrikan", "maskapai", "operator", "emiten", "konglomerat",
        "raksasa", "firma", "startup", "pengembang", "eksportir", "importir", "lembaga",
        "bank", "klub", "kontraktor", "konsorsium",
    }
)  # fmt: skip
# Nouns that say the name after them is a party's or an alliance's (``koalisi kanan-tengah
# Spolu``, ``yang koalisinya Spolu``): for places the model read there; a person stays
# (``koalisi pendukung Prabowo``, ``partai pendukung pemerintahan Jokowi``).
PARTY_NOUNS = frozenset({"partai", "koalisi", "aliansi"})
# Lower-case words after such a noun that lead to its owner, origin or something else
# than its name (``perusahaan milik Elon Musk``, ``perusahaan asal Jepang``).
_NOT_DESCRIBING = _LINKS | {
    "milik", "pimpinan", "asal", "besutan", "binaan", "bentukan", "kepunyaan", "seperti",
    "tersebut", "itu", "ini", "lain", "lainnya", "mitra", "pesaing", "saingan", "induk",
    "pendukung",
}  # fmt: skip


def after_company_noun(
    text: str, start: int, floor: int, nouns: frozenset[str] = COMPANY_NOUNS
) -> bool:
    """A company's noun (or another of ``nouns``), maybe with one or two lower-case words
    describing it (not a person or people noun: ``perusahaan sudah dilamar warga``), two
    joined by ``dan`` too (``konglomerat pertanian dan pangan Agrofert``), ends before
    ``start`` (``perusahaan data`` ``Cirium``): what starts there is that company's
    name."""
    words = text[max(floor, start - 50) : start].split()
    described = 0  # describing words between the noun and the name
    for word in reversed(words[-4:]):
        # ``Startup agritech Petanesia`` opening a line; ``yang koalisinya Spolu``
        if word.lower().removesuffix("nya") in nouns:
            return True
        if word == "dan" and described:
            continue
        if (
            not word.islower()
            or not word.replace("-", "").isalpha()  # ``koalisi kanan-tengah Spolu``
            or word in _NOT_DESCRIBING
            or word in _PEOPLE_NOUN_WORDS
            or described == 2
        ):
            return False
        described += 1
    return False


# Lower-case nouns for what a person is or does, which an apposition names after a comma
# (``juru bicaranya, Bayo Onanuga``; ``analis politik Universitas Chulalongkorn, Thitinan
# Pongsudhirak``), besides the offices of :func:`is_office`.
ROLE_NOUNS = frozenset(
    {
        "analis", "pengamat", "ekonom", "pakar", "peneliti", "pengacara", "kuasa",
        "bicara", "bicaranya", "pelatih", "kiper", "gelandang", "penyerang", "bek",
        "pemain", "aktivis", "ilmuwan", "dosen", "guru", "warga", "petani", "nelayan",
        "pedagang", "sopir", "istrinya", "suaminya", "ayahnya", "ibunya", "anaknya",
        "adiknya", "kakaknya", "rekannya", "pendiri", "pemilik", "penulis", "wartawan",
        "jurnalis", "politikus", "politisi", "diplomat", "tersangka", "terdakwa", "korban",
        "pembalap", "petenis", "pegolf", "atlet", "pelari", "perenang", "pebulutangkis",
        "wasit", "striker", "sutradara", "sineas", "aktor", "aktris", "penyanyi", "musisi",
        "sejarawan", "budayawan", "astronom", "produser", "komposer",
    }
)  # fmt: skip


def role_after_name_candidates(
    text: str, start: int, end: int, is_common: IsCommon
) -> list[Candidate]:
    """``Andrés Cevallos, ilmuwan politik di ...``, ``Nathan Sirau, dosen ilmu politik ...``:
    two to four name words opening the sentence, then a comma and a role noun
    (:data:`ROLE_NOUNS`, maybe after ``seorang``), are the person the role describes, the
    way news introduces whom it quotes. Certain (STRONG): the model typed such names
    places or missed them. No word may be common, a title, an organization's head or a
    known name (``Kota Bekasi, warga ...`` is a place)."""
    opening = sentence_opening(text, start, end)
    match = _ROLE_AFTER.match(text, opening, end)
    if match is None or match["role"].lower() not in ROLE_NOUNS:
        return []
    words = list(_WORD.finditer(text, match.start("name"), match.end("name")))
    if any(
        is_common(word.group())
        or _TITLE.fullmatch(word.group())
        or _ORG_HEAD.fullmatch(word.group())
        or word.group() in NON_NAMES
        or _gazetteer_at(text, word.start(), match.end("name")) is not None
        for word in words
    ):
        return []
    return [Candidate(match.start("name"), match.end("name"), "PER", "rule", STRONG)]


_NAME_WORD = r"[^\W\d_a-z][\w'’-]*"
_ROLE_AFTER = re.compile(
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}), (?:seorang )?(?P<role>[\w-]+)"
)


def military_unit_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """``Korem 102/Panju Panjung``, ``Kodim 1509/Labuha``, ``Kodam V Jaya``, ``Lantamal VI
    Makassar``, ``Komando Distrik Militer 1418/Mamuju``: a command and its number, then its
    name or town, are one ORG (the model cut them at the number or the slash)."""
    candidates = []
    for unit in _MILITARY_UNIT.finditer(text, start, end):
        unit_end = unit.end()
        for word in _WORD.finditer(text, unit.start(), unit.end()):
            if (
                SHORT_RANK.fullmatch(word.group())
                or word.group() in _BRANCH_WORDS
                or (_TITLE.fullmatch(word.group()))
            ):
                unit_end = text.rfind(" ", unit.start(), word.start())  # ``... Letkol Inf``
                break
        candidates.append(Candidate(unit.start(), unit_end, "ORG", "rule", STRONG))
    return candidates


_MILITARY_UNITS = (
    "Kodam", "Korem", "Kodim", "Koramil", "Lantamal", "Yonif", "Brigif", "Koarmada", "Kodaeral",
    "Kosek", "Komando Distrik Militer", "Komando Resor Militer", "Komando Daerah Militer",
    "Batalyon Infanteri", "Pangkalan Utama TNI AL",
)  # fmt: skip
_MILITARY_UNIT = re.compile(
    word_alternation(_MILITARY_UNITS)
    + r" (?:\d{1,4}|[IVX]{1,5})"
    + r"(?:/[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}|(?: [A-Z][a-z][\w'’-]*){1,2})?(?![\w-])"
)


def speech_verb_candidates(text: str, start: int, end: int, is_common: IsCommon) -> list[Candidate]:
    """``…, kata Eva.``: the capitalized words after a speech verb name the speaker, a
    person, over the model's label (STRONG). The small model types such lone names by their
    context, often ORG or LOC (``kata Trubus``, ``ucap Sambodo`` on PFSA-ID articles); over
    the NER train and dev files 262 of the 278 names read here are gold persons, most of
    the rest offices missing from ``_TITLES``. A title or an organization head after the
    verb is left to the title rule and the model, and so is a root after a word instead of
    punctuation (``dari kata Sambi``: the noun)."""
    candidates = []
    for verb in _SPEECH_VERB.finditer(text, start, end):
        if _OFFICE.match(text, verb.end()) or _ORG_HEAD.match(text, verb.end()):
            continue
        if not _AFTER_PUNCTUATION.search(text, start, verb.start()):
            continue  # ``dari kata Sambi``, ``pesan Whatsapp``: the noun, no attribution
        honorific = HONORIFIC.match(text, verb.end())  # ``kata Prof Toeti Heraty``
        name = _name_words(text, honorific.end() if honorific else verb.end(), end, is_common)
        if name is not None:
            strength = STRONG if _name_closed(text, name[1], end) else WEAK
            candidates.append(Candidate(name[0], name[1], "PER", "rule", strength))
    return candidates


def speaking_subject_candidates(
    text: str, start: int, end: int, is_common: IsCommon, is_org_place: IsCommon
) -> list[Candidate]:
    """``… Indonesia Vinsen Kia Beda mengatakan``: two to four name words right before an
    active reporting verb (``cues.SUBJECT_FORMS``), or before it and a comma and a dated
    aside (``Budi Santoso, Senin (4/11/2020), mengatakan``), are the speaker: a person.

    Only a fallback (WEAK) where nothing else claims the words: the model misses names after
    a long organization (PFSA-ID articles), and organizations speak too, so one word
    (``Tokopedia mengatakan``) and any common, title, organization or place word
    (:func:`_holder_word`) are left alone.
    """
    candidates = []
    for verb in _SUBJECT_VERB.finditer(text, start, end):
        position = _before_aside(text, start, verb.start() + 1)
        words = _name_words_before(text, start, position, is_common, is_org_place)
        while len(words) > 2 and words[-1].group().lower() in ordinary_words():
            words.pop()  # a profession before the name (``Ekonom Camila Etchegaray``)
        if len(words) >= 2 and not all(len(word.group()) == 1 for word in words):
            candidates.append(Candidate(words[-1].start(), words[0].end(), "PER", "rule", WEAK))
    return candidates


# Nouns for things named after a person or with names of their own, which open a
# sentence before a name that is no one's (``Penghargaan Ramon Magsaysay``, ``Analisis
# Drone Emprit``).
_NAMED_THINGS = frozenset(
    {
        "penghargaan", "perayaan", "peringatan", "analisis", "program", "operasi", "gerakan",
        "hari", "shalat", "salat", "ibadah", "tradisi", "upacara", "festival", "lomba",
        "kompetisi", "turnamen", "piala", "proyek", "metode", "teori", "bahasa", "aplikasi",
        "situs", "merek", "produk", "vaksin", "pesawat", "kapal", "kereta", "mobil", "film",
        "lagu", "album", "buku", "novel", "majalah", "acara", "hadiah", "beasiswa", "yayasan",
    }
)  # fmt: skip


def opener_name_candidates(
    text: str, start: int, end: int, is_common: IsCommon, is_org_place: IsCommon
) -> list[Candidate]:
    """``Ekonom Camila Etchegaray dari konsultan EcoGo mengatakan …``: a sentence opened by
    an ordinary word (a profession: ``Ekonom``, ``Petani``, ``Pengamat``), then two or
    three name words (:func:`_holder_word`) and a lower-case word or a comma: the name is a
    person's. The model reads nothing there for names it does not know. Only a fallback
    (WEAK): four capitalized words may be a body and its head (``Pengelola Bangsring
    Underwater Ikhwan Arief``), so they are left alone."""
    opener = _WORD.match(text, start, end)
    if (
        opener is None
        or not opener.group()[:1].isupper()
        or (
            opener.group().lower() not in ordinary_words()
            and opener.group().lower() not in ROLE_NOUNS  # ``Wasit Davide Massa``
        )
        or opener.group().lower() in _NAMED_THINGS
        or text[opener.end() : opener.end() + 1] != " "
    ):
        return []
    words: list[re.Match[str]] = []
    cursor = opener.end() + 1
    while len(words) < 4 and (word := _WORD.match(text, cursor, end)) is not None:
        if not _holder_word(word, is_common, is_org_place):
            break
        words.append(word)
        if text[word.end() : word.end() + 1] != " ":
            break
        cursor = word.end() + 1
    if not 2 <= len(words) <= 3 or is_holiday(text[words[0].start() : words[-1].end()]):
        return []  # ``Perayaan Idul Fitri``: a holiday
    after = text[words[-1].end() : words[-1].end() + 2]
    if not (after[:1] == "," or (after[:1] == " " and after[1:].islower())):
        return []
    return [Candidate(words[0].start(), words[-1].end(), "PER", "rule", WEAK)]


def _name_words_before(
    text: str, start: int, position: int, is_common: IsCommon, is_org_place: IsCommon
) -> list[re.Match[str]]:
    """Up to four name words (:func:`_holder_word`) ending at ``position``, last first,
    each separated from the next by one space; none before ``start``."""
    words: list[re.Match[str]] = []
    while len(words) < 4:
        word = _WORD_BEFORE.search(text, max(start, position - 40), position)
        if word is None or not _holder_word(word, is_common, is_org_place):
            break
        words.append(word)
        if text[word.start() - 1 : word.start()] != " ":
            break
        position = word.start() - 1
    return words


def age_apposition_candidates(
    text: str, start: int, end: int, is_common: IsCommon, is_org_place: IsCommon
) -> list[Candidate]:
    """``Trismiati (37), warga …``: name words right before an age in parentheses are a
    person, the way Indonesian news introduces the people it quotes (PFSA-ID: 126 such
    appositions in 307 articles, 21 of them missed by the model and 10 typed ORG or LOC).

    Certain (STRONG) as a rule. ``Pasal 5 Ayat (2)``, ``PT (28)`` are no names (common and
    organization words are no name words), and no person is read where a count is meant:
    after a place's preposition, or in a list of such items headed by one (``tersebar di
    Ciracas (16), Pluit (13), dan Cakung (9)``: cases per district; a list of persons,
    ``Ilham Bayu Prasetyo (18) dan Labib Nur Ikhsan (18)``, has no such head). Only a
    fallback (WEAK) where a capitalized word before what was read leaves the name's start
    open (``Demi Lovato``, ``Agung Kusumo``: common words that are names here).
    """
    candidates = []
    for age in _AGE.finditer(text, start, end):
        words = _name_words_before(text, start, age.start(), is_common, is_org_place)
        if (
            words
            and len(words[-1].group()) > 1
            and not words[0].group().isupper()
            and words[-1].group() not in _NUMBERED_PARTS
            and not find_names(text, words[-1].start(), words[0].end())
        ):
            first = words[-1].start()
            head = text[max(start, first - 40) : first]
            in_list = (
                _LIST_ITEM_BEFORE.search(head) is not None
                or _LIST_ITEM_AFTER.match(text, age.end(), end) is not None
            )
            if _PLACE_WORD_BEFORE.search(head) is not None or (
                in_list and _COUNT_LIST_HEAD.search(text, start, first) is not None
            ):
                continue  # a count after a place: ``di Ciracas (16), Pluit (13)``
            strength = WEAK if _CAPITALIZED_BEFORE.search(head) is not None else STRONG
            candidates.append(Candidate(first, words[0].end(), "PER", "rule", strength))
    return candidates


def initials_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """``seorang warga berinisial NT``, ``tersangka berinisial CR, IL, dan VR``: the
    initials a report gives for someone it does not name are a person (``warta.entities``
    then gives the person's label to the model's other mentions of them)."""
    candidates: list[Candidate] = []
    starts = [cue.end() for cue in _INITIALS_CUE.finditer(text, start, end)]
    if text.find(" (", start, end) >= 0:
        # without the cue, initials with an age (``Empat terdakwa lain, DS (20), AR (19),
        # dan BP``, ``AS (32)`` too): no body or country has a number of years after it
        starts += [
            aged.start()
            for aged in _AGED_INITIALS.finditer(text, start, end)
            if aged["initials"] not in common_acronyms()
        ]
    for position in sorted(set(starts)):
        if candidates and position < candidates[-1].end:
            continue  # an item of a list read already
        while (initials := INITIALS.match(text, position, end)) is not None:
            candidates.append(Candidate(*initials.span(), "PER", "rule", STRONG))
            # each with an age (``berinisial RA (29), FS (24), dan TH (31)``)
            age = _AGE_AFTER_INITIALS.match(text, initials.end(), end)
            separator = LIST_SEPARATOR.match(text, age.end() if age else initials.end(), end)
            if separator is None:
                break
            position = separator.end()
    return candidates


def name_words_before_name(
    text: str, start: int, end: int, is_common: IsCommon, is_org_place: IsCommon
) -> bool:
    """``text[start:end]`` is one or two name words that may open the name after them:
    ``Gatot`` before a model's ``Repli Handoko`` (after ``Komisaris Besar``), ``Juliari
    P`` before ``Batubara``. None is a known place or organization, none is hyphenated,
    and they follow a title, an affiliation or punctuation, not a unit noun or a place's
    office (``Masjid Istiqlal``, ``Camat Mampang Prapatan``: the words name the mosque or
    the district)."""
    words = list(_WORD.finditer(text, start, end))
    return (
        0 < len(words) <= 2
        and "-" not in text[start:end]
        and all(_holder_word(word, is_common, is_org_place) for word in words)
        and not find_names(text, start, end)
        and (
            _affiliation_or_title_before(text, start, is_common)
            # one given name after a profession opening the sentence (``Ekonom Camila
            # Etchegaray``); two words there may be a body's (``Pengelola Bangsring
            # Underwater Ikhwan Arief``)
            or (len(words) == 1 and _after_an_ordinary_opener(text, start))
        )
    )


def _affiliation_or_title_before(text: str, start: int, is_common: IsCommon) -> bool:
    """What ends right before ``start`` is where a person's name begins: a title or rank
    (``Komisaris Besar``, ``Menteri Sosial``: a title and its portfolio), a known place or
    organization (``Kemenkeu``), an acronym or designator (``PMI``, ``Tbk``), a comma or a
    parenthesis. After an unknown capitalized word (``CEO Jouska``, ``Pantau Gambut``,
    ``Bangsring Underwater``) the words may still be the organization's name."""
    head = text[max(0, start - 60) : start].rstrip()
    if not head or head[-1] in ",)":
        return True
    words = head.split()
    last = words[-1]
    if (
        last.lower() in _ORGANIZATION_LEADERS
        or " ".join(words[-2:]).lower() in _ORGANIZATION_LEADERS
    ):
        return False  # ``CEO Jouska …``, ``Direktur Lappan …``: the organization comes first
    if _ACRONYM.fullmatch(last) or _ORG_DESIGNATORS.fullmatch(last) or label_of(last):
        return True
    if any(label_of(" ".join(words[-size:])) for size in (2, 3) if len(words) >= size):
        return True
    if last in _AFTER_UNIT_OR_PLACE_OFFICE:
        return False
    if _TITLE.fullmatch(last) or (len(words) > 1 and _TITLE.fullmatch(" ".join(words[-2:]))):
        return True
    if last in ("Pol", "Polisi") and len(words) > 1 and _TITLE.fullmatch(words[-2]):
        return True  # ``Jenderal Pol``: a rank and its branch
    # A portfolio or rank word after a title: ``Menteri Sosial``, ``Marsekal Pertama``,
    # ``Menteri Luar Negeri`` (two or three portfolio words).
    for portfolio in range(1, min(3, len(words) - 1) + 1):
        if not is_common(words[-portfolio]):
            return False
        if _TITLE.fullmatch(words[-1 - portfolio]):
            return True
    return False


# What may stand before a sentence's first word.
_OPENERS = frozenset({"", ".", "!", "?", "\n", '"', "“", "-", "–", "—"})


def after_an_opener(text: str, position: int) -> bool:
    """What stands before ``position``, spaces aside, may stand before a sentence's first
    word (:data:`_OPENERS`; the text's start too)."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return text[position - 1 : position] in _OPENERS if position > 0 else True


def _after_an_ordinary_opener(text: str, start: int) -> bool:
    """The word before ``start`` is an ordinary word opening a sentence or a paragraph."""
    last_start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    last = text[last_start : start - 1]
    return (
        last[:1].isupper()
        and last.lower() in ordinary_words()
        and after_an_opener(text, last_start)
    )


def reporting_verb_after(text: str, end: int) -> bool:
    """An active reporting verb follows ``end`` (``… mengatakan``, ``…, Senin (4/11),
    mengatakan``): what ends there is a speaker."""
    return _VERB_AFTER.match(text, end) is not None


def speaks_as_a_person(
    text: str, start: int, end: int, is_common: IsCommon, is_org_place: IsCommon
) -> bool:
    """``Herdiansyah Hamzah, mengatakan``: the span is two or more name words
    (:func:`_holder_word`) and the subject of an active reporting verb right after it, so
    a person whatever label the model gave it (places do not speak; an organization
    speaking has an organization or common word in its name).

    One name word is enough in an apposition closed by commas after a capitalized word, an
    office's or a place's (``Camat Hatungun, Syahrani, mengatakan``; ``Kepala Dinas ...
    Bombana, Jumarding, mengatakan``): one-word names are common in Indonesia, and a place
    the gazetteer does not know speaks no more than one it does."""
    if not reporting_verb_after(text, end):
        return False
    words = list(_WORD.finditer(text, start, end))
    return (
        (
            len(words) >= 2
            or (
                text[end : end + 1] == ","
                and text[start - 2 : start] == ", "
                and _CAPITALIZED_WORD_END.search(text, max(0, start - 40), start - 2) is not None
            )
        )
        and text[start:end] == " ".join(word.group() for word in words)
        and len(words[-1].group()) > 1  # a name ends in a name word, not an initial
        and all(_holder_word(word, is_common, is_org_place) for word in words)
        and not find_names(text, start, end)
    )


def _before_aside(text: str, start: int, verb: int) -> int:
    """Where the subject before a verb at ``verb`` ends: before the space, and before a
    comma or a ``, Senin (4/11/2020),`` aside that may separate the two."""
    aside = _DATED_ASIDE.search(text, start, verb)
    if aside is not None:
        return aside.start()
    return verb - 1 if text[verb - 1 : verb] == " " else verb


# Quotation marks that may open a sentence: its first word's capital is still no name's.
OPENING_QUOTES = frozenset("\"“”‘'")


def nationality_candidates(
    text: str, start: int, end: int, is_common: IsCommon | None = None
) -> list[Candidate]:
    """``teman-teman Korea kami``: a country's name qualifying people is a nationality.

    Only a country's (the gazetteer's ``kind``): ``warga Surabaya`` are a city's residents,
    and the city stays a place (PFSA-ID: 22 of ``warga Surabaya`` alone were NORP before).
    An adjective may stand between noun and country (``pembalap muda Italia``). Given
    ``is_common``, two to four name words right after the nationality are the person it
    qualifies (``pembalap muda Italia Andrea Kimi Antonelli``, ``gelandang Jepang Kenta
    Hayashi``: the model glued the country on or cut the name).
    """
    candidates = []
    opening = -1
    for gap in _BEFORE_CAPITAL.finditer(text, start, end):
        window = text[max(start, gap.start() - _LONGEST_NOUN) : gap.start()]
        if not window.lower().endswith(_NOUN_ENDINGS):
            continue  # most capitals follow no people noun: one C-level test says so
        noun_start = gap.start()  # back over the word's letters, hyphens included
        while noun_start > start and (
            text[noun_start - 1].isalnum() or text[noun_start - 1] in "-_"
        ):
            noun_start -= 1
        noun = text[noun_start : gap.start()]
        while noun.lower() in _PEOPLE_ADJECTIVES and text[noun_start - 1 : noun_start] == " ":
            # back over the adjectives to the noun they qualify (``gelandang muda asli``)
            noun_end = noun_start - 1
            noun_start = noun_end
            while noun_start > start and (
                text[noun_start - 1].isalnum() or text[noun_start - 1] in "-_"
            ):
                noun_start -= 1
            noun = text[noun_start:noun_end]
        first = _TWO_WORD_PEOPLE_NOUNS.get(noun.lower())
        if (
            first is not None
            and noun_start - len(first) >= start
            and text[noun_start - len(first) : noun_start].lower() == first
            and (
                noun_start == start + len(first)
                or not (
                    text[noun_start - len(first) - 1].isalnum()
                    or text[noun_start - len(first) - 1] in "-_"
                )
            )
        ):
            noun_start -= len(first)  # ``warga negara Indonesia``, ``tenaga kerja Tiongkok``
        elif noun.lower() not in _PEOPLE_NOUN_WORDS:
            continue
        if text[noun_start].isupper():
            if opening < 0:
                opening = _words_opening(text, start, end)
            if noun_start not in (start, opening):
                continue  # a capital inside the sentence: a name's (``Bank Rakyat Indonesia``)
        candidates += _nationalities_at(text, gap.end(), end, is_common)
    # A lower-case word qualifying the people between noun and country (``pemain ski
    # Swiss``, ``petani tembakau Zimbabwe``, ``pekerja musiman Ukraina``: the invented
    # articles 39 times of 40, the fortieth a verb, ``keluarga memilih Singapura``).
    for found in _QUALIFIED_PEOPLE.finditer(text, start, end):
        if not _qualifies_people(found["qualifier"]):
            continue
        if found.group()[0].isupper():
            if opening < 0:
                opening = _words_opening(text, start, end)
            if found.start() not in (start, opening):
                continue  # a capital inside the sentence: a name's
        candidates += _nationalities_at(text, found.end(), end, is_common)
    return candidates


def _words_opening(text: str, start: int, end: int) -> int:
    """Where the sentence's first word starts: after its dateline and an opening quotation
    mark (``"Warga Palestina …``), where a capital says nothing of a name."""
    opening = sentence_opening(text, start, end)
    return opening + 1 if text[opening : opening + 1] in OPENING_QUOTES else opening


# A people noun, one lower-case word, then a capital.
_QUALIFIED_PEOPLE = re.compile(
    word_alternation(sorted(_PEOPLE_NOUN_WORDS), any_case=True)
    + r" (?P<qualifier>[a-z]{3,})"
    # and the adjectives after it (``pemanah recurve putri Indonesia``, samples 96, 107)
    + rf"(?: (?:{'|'.join(sorted(_PEOPLE_ADJECTIVES))}))* (?=[A-Z])"
)
# Lower-case words between a people noun and a capital that qualify no people: function
# words, adverbs and the words the nationality rule reads itself.
_NOT_QUALIFIERS = frozenset(
    {
        "dari", "asal", "yang", "dan", "atau", "untuk", "pada", "dengan", "oleh", "kepada",
        "bagi", "tentang", "ini", "itu", "para", "kedua", "negara", "bagian", "juga", "akan",
        "sudah", "telah", "masih", "tidak", "bukan", "hanya", "pun", "lagi", "saja", "asing",
        "lain", "baru", "serta", "antara", "seperti", "termasuk", "sebagai", "menjadi",
        "kelahiran",  # ``ilmuwan kelahiran Inggris``: born in a place (GPE), 34 of 36 invented
        # a team's country, a body's (``pelatih timnas Jepang``: GPE 7 of 7 invented;
        # ``karyawan perusahaan Korea Selatan``, sample 94)
        "timnas", "tim", "klub", "perusahaan", "pabrik", "maskapai", "kedutaan", "pemerintah",
        "universitas",
    }
)  # fmt: skip


def _qualifies_people(word: str) -> bool:
    """``ski``, ``tembakau``, ``musiman``: no function word, no verb (``memilih``,
    ``berasal``, ``dikirim``, ``terdiri``), no people noun or adjective (read already)."""
    return (
        word not in _NOT_QUALIFIERS
        and word not in _PEOPLE_NOUN_WORDS
        and word not in _PEOPLE_ADJECTIVES
        and not word.startswith(("me", "ber", "ter", "di"))
    )


def _nationalities_at(
    text: str, position: int, end: int, is_common: IsCommon | None
) -> list[Candidate]:
    """The countries listed from ``position`` as nationalities (``wisatawan Australia,
    Prancis, dan Belanda``), and given ``is_common`` the person the last one qualifies."""
    candidates = []
    place = _gazetteer_at(text, position, end)
    last = None
    while place is not None and is_country(text[place.start : place.end]):
        candidates.append(Candidate(place.start, place.end, "NORP", "gazetteer", STRONG))
        last = place
        joined = LIST_SEPARATOR.match(text, place.end, end)
        place = _gazetteer_at(text, joined.end(), end) if joined is not None else None
    if (
        is_common is not None
        and last is not None
        and text[last.end : last.end + 1] == " "
        and (name := _name_words(text, last.end, end, is_common)) is not None
        and " " in text[name[0] : name[1]]
    ):
        candidates.append(Candidate(name[0], name[1], "PER", "rule", STRONG))
    return candidates


# Nouns after which the next word names the unit or the place (``Divisi Humas``, ``Taman
# Margasatwa``, ``Dusun Nglahar``): no organization's name ends in one of them.
_UNIT_NOUNS = frozenset(
    {
        "Divisi", "Bidang", "Bagian", "Seksi", "Biro", "Unit", "Satuan", "Subdirektorat",
        "Subdit", "Deputi", "Pusat", "Balai", "Kantor", "Cabang", "Wilayah", "Taman", "Jalan",
        "Gedung", "Masjid", "Stadion", "Bandara", "Terminal", "Pasar", "Kampung", "Desa",
        "Dusun", "Kecamatan", "Kelurahan", "Kabupaten", "Kota", "Provinsi", "Pulau", "Gunung",
        "Sungai", "Danau", "Teluk", "Selat", "Hotel", "Rumah", "Sakit", "RS", "RSUD",
        "Sekolah", "SMA", "SMK", "SMP", "SD", "SMAN", "SMKN", "SMPN", "SDN",
    }
)  # fmt: skip
# Offices whose holder is named after the organization they lead (``Direktur Utama
# Pefindo Kahlil Rowter``), unlike ranks and state offices (``Letkol Fajar Tri Rochadi``).
_ORGANIZATION_LEADERS = frozenset(
    {
        "kepala", "ketua", "ketua umum", "wakil ketua", "direktur", "direktur utama", "dirut",
        "presiden direktur", "ceo", "coo", "cfo", "cto", "pendiri", "founder", "co-founder",
        "pemimpin", "koordinator", "manajer", "manager", "sekretaris",
    }
)  # fmt: skip
# Words after which capitalized words name a unit or a place, not a person's first names.
_AFTER_UNIT_OR_PLACE_OFFICE = _UNIT_NOUNS | {"Camat", "Lurah", "Kartu", "Jaringan", "Program"}
# Indonesian nominalizations (``Perizinan``, ``Penanganan``, ``Kesehatan``, ``Sosialisasi``):
# portfolio words of an office, not names, even when the training text never wrote them in
# lower case.
_NOMINALIZATION = re.compile(r"(?:Pe[nmr]?|Peng|Peny|Ke)\w{3,}an|\w+asi")
# One capitalized word of letters (``Al-Fachry``, ``O'Neil``) or an initial.
# (Latin letters with accents too: ``José``, ``Jørgensen``)
_PERSON_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*|[A-ZÀ-ÖØ-Þ]")


def office_holder(
    text: str,
    start: int,
    end: int,
    sentence_start: int,
    is_common: IsCommon,
    is_org_place: IsCommon,
) -> tuple[int, int] | None:
    """``Kepala Dinas Kesehatan Kabupaten Donggala Muzakir Ladoali``: in an organization or
    place span the model read after a title, where the organization ends and its holder's
    name begins; ``(organization end, person start)``, or None.

    The small model glues an office's organization and its holder into one ORG or LOC
    (``Kementerian Perhubungan Budi Setiyadi``); the title rule cannot part them, because
    the organization is no gazetteer name. Read from the span's end, the person is one to
    four name words: capitalized letters, not common, no title, organization head,
    nominalization, gazetteer name, nor a word the training text's organization and place
    names use more than its person names (``is_org_place``: ``Perhubungan``, ``Jaya``).
    What is left must close an organization's name (an acronym, a gazetteer name, such a
    word or a common word, but no unit noun: ``Dinas Perizinan`` is one name), and a title
    or office (``_OFFICES``) must stand before the span with only capitalized words between
    (``Kepala ... Kabupaten Donggala``). A rank between organization and person goes to
    neither (``Polda Metro Jaya Komisaris Besar Yusri Yunus``).
    """
    words = list(_WORD.finditer(text, start, end))
    if (
        len(words) < 2
        or words[-1].end() != end
        or not _holder_word(words[-1], is_common, is_org_place)
    ):
        return None  # most spans: one word, or no name word at the end
    named = [(match.start, match.end) for match in find_names(text, start, end)]

    def in_gazetteer(word: re.Match[str]) -> bool:
        return any(a <= word.start() < b for a, b in named)

    first = len(words)
    while first > 0 and _holder_word(words[first - 1], is_common, is_org_place):
        if in_gazetteer(words[first - 1]) or (
            first < len(words) and text[words[first - 1].end() : words[first].start()] != " "
        ):
            break
        first -= 1
    person = words[first:]
    if not 0 < first < len(words) or len(person) > 4:
        return None
    if all(len(word.group()) == 1 for word in person) or (
        text[words[first - 1].end() : person[0].start()] != " "
    ):
        return None  # initials alone name no one; a name follows its office after a space
    if not _title_before(text, max(sentence_start, start - 150), start, person[0].start()):
        return None
    organization_end = words[first - 1].end()
    for rank in _TITLE.finditer(text, start, organization_end):
        if all(
            _TITLE.fullmatch(word) or is_common(word)
            for word in _WORD.findall(text, rank.end(), organization_end)
        ):
            organization_end = rank.start()
            break
    organization = [word for word in words if word.end() <= organization_end]
    if not organization:
        return None
    last = organization[-1]
    if not _closes_name(last.group(), in_gazetteer(last), is_common, is_org_place):
        return None
    if len(organization) == 1 and not (in_gazetteer(last) or _ACRONYM.fullmatch(last.group())):
        return None  # ``Dinas Perizinan``: the word after a lone head noun is its name
    return last.end(), person[0].start()


def _holder_word(word: re.Match[str], is_common: IsCommon, is_org_place: IsCommon) -> bool:
    """Could be a word of a person's name (see :func:`office_holder`)."""
    token = word.group()
    return (
        (_PERSON_WORD.fullmatch(token) is not None or _ARTICLE_NAME.fullmatch(token) is not None)
        and _NOMINALIZATION.fullmatch(token) is None
        and token not in NON_NAMES
        and token not in _BRANCH_WORDS
        and not _ORG_HEAD.fullmatch(token)
        and not _ORG_DESIGNATORS.fullmatch(token)
        and not _TITLE.fullmatch(token)
        and not _HONORIFIC_WORD.fullmatch(token)
        and (not is_common(token) or token in NAME_WORDS_ALSO_COMMON)
        and not is_org_place(token)
    )


def _closes_name(
    token: str, in_gazetteer: bool, is_common: IsCommon, is_org_place: IsCommon
) -> bool:
    """Can end an organization's or a place's name (see :func:`office_holder`)."""
    if token in _UNIT_NOUNS or _ORG_HEAD.fullmatch(token) or _TITLE.fullmatch(token):
        return False
    if in_gazetteer or _ACRONYM.fullmatch(token):
        return True
    return len(token) > 1 and not token.isdigit() and (is_common(token) or is_org_place(token))


def _title_before(text: str, window: int, start: int, person: int) -> bool:
    """A title or office (``_OFFICES``) in ``text[window:start]`` with only capitalized
    words, digits, ``dan`` and parentheses after it up to ``person``."""
    for title in _OFFICE.finditer(text, window, start):
        between = text[title.end() : person]
        if not any(mark in between for mark in ",.;:") and all(
            word[0].isupper() or word[0].isdigit() or word == "dan"
            for word in _WORD.findall(between)
        ):
            return True
    return False


def sentence_opening(text: str, sentence_start: int, end: int) -> int:
    """Where the sentence's own words begin: after a dateline (``Moskow, Suarathailand- ``)
    if there is one, else at its start. Capitals there say nothing about names."""
    match = _DATELINE.match(text, sentence_start, end)
    if match is None:
        return sentence_start
    position = match.end()
    while position < end and text[position].isspace():
        position += 1
    return position


# Titles that also stand for one known person or are given names (``Sultan`` for the
# Sultan of Yogyakarta, ``Imam``): alone, they may name someone.
_NAME_LIKE_TITLES = frozenset(
    {
        "Sultan", "Imam", "Paus", "Raja", "Ratu", "Pangeran", "Syekh", "Sheikh", "Kiai",
        "Ustaz", "Emir", "Mayor",
    }
)  # fmt: skip


def is_title(word: str) -> bool:
    """``Presiden``, ``Raja``, ``Menteri``: a word of the title list (:data:`_TITLES`)."""
    return _TITLE.fullmatch(word) is not None


def is_form_of_address(word: str) -> bool:
    """``Paus``, ``Patriark``, ``Presiden``, ``Pak``: a word that stands before a name."""
    return _HONORIFIC_WORD.fullmatch(word) is not None


def office_in(text: str, start: int, end: int) -> bool:
    """An office's word stands in ``text[start:end]`` (``Konsul Jenderal RI di``)."""
    return _OFFICE.search(text, start, end) is not None


def is_office(surface: str) -> bool:
    """``Sekda``, ``Menkopolhukam``, ``Sekretaris Daerah``: an office, or offices word by
    word, and no name (the model's PER "Sekda" 9 times in PFSA-ID); ``Sultan`` or
    ``Emir`` alone may be a name."""
    if _OFFICE.match(surface) is None:
        return False  # most names: the first word is no office
    words = surface.split()
    return words[0] not in _NAME_LIKE_TITLES and (
        _OFFICE.fullmatch(surface) is not None or all(_OFFICE.fullmatch(word) for word in words)
    )


def is_nominalization(word: str) -> bool:
    """An Indonesian noun made of a verb (``Penanganan``, ``Penyebaran``, ``Sosialisasi``):
    a common word even where the training text only wrote it capitalized."""
    return _NOMINALIZATION.fullmatch(word) is not None


def starts_with_institution(text: str, position: int) -> bool:
    """True when a head noun the training names always type ORG starts here: a ministry,
    an agency, a bank, a party (``Kementerian`` 60 of 60, ``Badan`` 59 of 59,
    ``Universitas`` 120 of 153). Not courts, schools and academies, which the training
    data splits between ORG and LOC as buildings and bodies."""
    return _INSTITUTION_HEAD.match(text, position) is not None


def starts_with_org_head(text: str, position: int) -> bool:
    """True when an organization head noun (``Universitas``, ``Partai``…) starts here."""
    return _ORG_HEAD.match(text, position) is not None


def ends_with_org_designator(text: str, start: int, end: int) -> bool:
    """True when a name of two or more words ends in a company, club or broadcaster word
    (``Cyrus Network``, ``Sriwijaya Air``, ``Astra International Tbk``): an ORG, whatever
    label the model gave it while it had not yet read that word."""
    words = _WORD.findall(text, start, end)
    return len(words) > 1 and _ORG_DESIGNATORS.fullmatch(words[-1]) is not None


def _next_word(text: str, position: int, end: int) -> re.Match[str] | None:
    return _WORD.search(text, position, end)


def _gazetteer_at(text: str, position: int, end: int) -> GazetteerMatch | None:
    """The longest gazetteer name starting exactly at ``position`` (after spaces)."""
    while position < end and text[position] == " ":
        position += 1
    if position > 0 and (text[position - 1].isalnum() or text[position - 1] in "-_"):
        return None
    found = match_at(text, position, end)
    if found is None or (
        found.end < end and (text[found.end].isalnum() or text[found.end] in "-_")
    ):
        return None
    return found


def _faith_given_name(text: str, word: re.Match[str], end: int) -> bool:
    """A faith's or a people's name opening a name, before a name word the gazetteer does
    not know: a given name (``Wali Kota Langsa Muslim Syahputra``, ``Perdana Menteri
    Estonia Kristen Michal``; samples 84 and 86)."""
    if label_of(word.group()) != "NORP":
        return False
    following = _next_word(text, word.end(), end)
    return (
        following is not None
        and text[word.end() : following.start()] == " "
        and following.group()[:1].isupper()
        and following.group()[1:].islower()
        and _gazetteer_at(text, following.start(), end) is None
    )


# Last words of clubs' and companies' names after a place's name (``Melbourne City``,
# ``Indonesia Power``) that :data:`_ORG_DESIGNATORS` leaves out (``Quezon City`` is a
# town's name there).
_BODY_ENDS_AFTER_PLACES = frozenset({"City", "Power"})


def opens_with_body_end(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` closes bodies' names (:data:`_ORG_DESIGNATORS`,
    :data:`_BODY_ENDS_AFTER_PLACES`): no person's name opens with it."""
    word = text[start:end]
    return word in _BODY_ENDS_AFTER_PLACES or _ORG_DESIGNATORS.fullmatch(word) is not None


def _name_words(text: str, position: int, end: int, is_common: IsCommon) -> tuple[int, int] | None:
    """One to four space-separated capitalized non-common words starting after ``position``.

    A gazetteer name, a weekday or month, an acronym, a word with digits (``Covid-19``), an
    organization head (``Komisi``), or a common word (capitalized title or portfolio words)
    ends the name; initials (``Emily D Parker``), regnal numerals after a name word
    (``Abdullah II``), a name under a joined article (``Bashar al-Assad``) and up to two
    particles between name words (``Mohammed bin Salman``, ``Ursula von der Leyen``)
    continue it; ``None`` when the very first word does not qualify.
    """
    words: list[re.Match[str]] = []
    particles = 0  # since the last name word: kept only if a name word follows
    cursor = position
    while len(words) < 4:
        word = _next_word(text, cursor, end)
        if word is None:
            break
        gap = text[cursor : word.start()]
        # an initial's period goes on to the next name word (``Ahsan H. Mansur``, ``K.
        # Shanmugam``, sample 89 and 90), not a pilgrim's ``H.`` opening the name
        initial_period = (
            gap == ". "
            and bool(words)
            and len(words[-1].group()) == 1
            and (len(words) > 1 or words[0].group() != "H")
        )
        if gap != " " and (words or gap != "") and not initial_period:
            break
        token = word.group()
        if words and token in NAME_PARTICLES and particles < 2:
            particles += 1
            cursor = word.end()
            continue
        initial_or_numeral = len(token) == 1 or (bool(words) and ROMAN.fullmatch(token))
        under_article = _ARTICLE_NAME.fullmatch(token) is not None  # ``al-Ghais`` alone too
        if not under_article and (
            not token[0].isupper()
            or (token.isupper() and not initial_or_numeral)
            or any(char.isdigit() for char in token)
            or token in NON_NAMES
            or token in _BRANCH_WORDS
            or SHORT_RANK.fullmatch(token)  # ``Koops Habema Letkol``: a rank ends a name
            or _ORG_HEAD.fullmatch(token)
            or token in _DIVISION_HEADS  # ``Ketua IDI Cabang Kabupaten Bekasi``: a region's
            or _CLUB_SPORT.fullmatch(token)  # ``Bali United Basketball``: the club's
            # a club's or a company's last word after a place (``Pelatih Melbourne City
            # Aurelio Vidmar``, ``PLN Indonesia Power Hadi Prasetyo``, samples 98 and 101):
            # the place opened a body's name, and the title's name is not read here
            or (not words and opens_with_body_end(text, word.start(), word.end()))
            or (is_common(token) and token not in NAME_WORDS_ALSO_COMMON)
            or (
                _gazetteer_at(text, word.start(), end) is not None
                and (words or not _faith_given_name(text, word, end))
            )
        ):
            break
        words.append(word)
        particles = 0
        cursor = word.end()
    if all(len(word.group()) == 1 for word in words):
        return None  # initials alone name no one (``H`` of ``H.E. Doris Leuthard``)
    return words[0].start(), words[-1].end()
