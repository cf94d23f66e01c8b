"""Bad input gets a one-line error naming the file (line, field) and exit status 2, and the
previously built package stays byte-identical (issue 7, "Build")."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import copy_dataset

SEED_TEXT = (Path(__file__).resolve().parents[1] / "dataset/raw/kursk-sappers.txt").read_text(
    encoding="utf-8"
)


def warta(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warta", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and "dataset/raw" not in p.as_posix()
        and "dataset/annotations" not in p.as_posix()
    }


@pytest.fixture
def built(tmp_path: Path, seed_package: Path) -> Path:
    """A project copy whose package is already built (copied from the session build)."""
    root = tmp_path / "project"
    root.mkdir()
    copy_dataset(root)
    for name in ("datapackage.json", "README.md"):
        shutil.copy(seed_package / name, root / name)
    shutil.copytree(seed_package / "dataset" / "data", root / "dataset" / "data")
    return root


def add_article(root: Path, name: str, data: bytes, meta: str | None = None) -> None:
    (root / "dataset/raw" / f"{name}.txt").write_bytes(data)
    if meta is not None:
        (root / "dataset/raw" / f"{name}.yaml").write_text(meta, encoding="utf-8")


GOOD_META = "title: Judul\nlicense: CC-BY-4.0\n"

# (id, bytes of the article, metadata or None, text the one-line error must contain)
BAD_INPUTS = [
    # Latin-1 bytes (é as 0xE9) are not UTF-8.
    ("latin1", "Kafé di Jakarta.".encode("latin-1"), None, "latin1.txt: not valid UTF-8"),
    # UTF-16 with its BOM is not UTF-8 either, whatever the BOM says.
    ("utf16", "Berita hari ini.".encode("utf-16"), None, "utf16.txt: not valid UTF-8"),
    # Binary bytes that happen to decode (NUL) are refused as binary.
    ("binary", b"\x00\x01\x02PNG\x00", None, "binary.txt line 1: contains NUL bytes"),
    # An empty article and a whitespace-only one have no text to annotate.
    ("empty", b"", None, "empty.txt: empty article"),
    ("blank", b"  \n\t\n  ", None, "blank.txt: empty article"),
    # Metadata that is not YAML at all.
    ("badyaml", b"Teks.", "title: [unclosed\nlicense: x\n", "badyaml.yaml line 2: not valid YAML"),
    # A required field is missing.
    ("nolicense", b"Teks.", "title: Judul\n", "nolicense.yaml line 1 field license: missing"),
    # A wrong type: a date that is not a date.
    (
        "baddate",
        b"Teks.",
        GOOD_META + "published: yesterday\n",
        "baddate.yaml line 3 field published",
    ),
    # An unknown field (a typo of `publisher`).
    (
        "typo",
        b"Teks.",
        GOOD_META + "publsher: X\n",
        "typo.yaml line 3 field publsher: unknown field",
    ),
    # Two articles claiming the same id.
    ("dupe", b"Teks.", GOOD_META + "article_id: kursk-sappers\n", "is already used by"),
]


@pytest.mark.parametrize(
    ("name", "data", "meta", "message"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS]
)
def test_bad_input_fails_cleanly_and_keeps_the_package(
    built: Path, name: str, data: bytes, meta: str | None, message: str
) -> None:
    before = snapshot(built)
    add_article(built, name, data, meta)
    result = warta("build", built / "dataset/raw", "--out", built, "--quiet")
    assert result.returncode == 2, result.stderr
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert snapshot(built) == before


def test_curation_that_no_longer_matches_fails(built: Path) -> None:
    before = snapshot(built)
    (built / "dataset/annotations").mkdir(exist_ok=True)
    (built / "dataset/annotations/kursk-sappers.yaml").write_text(
        "article_id: kursk-sappers\n"
        "mentions:\n"
        "  add:\n"
        "    - {start: 0, end: 5, text: Korea, label: GPE}\n"
        "    - {start: 0, end: 5, text: Kerea, label: GPE}\n",
        encoding="utf-8",
    )
    result = warta("build", built / "dataset/raw", "--out", built, "--quiet")
    assert result.returncode == 2
    assert "kursk-sappers.yaml line 5: mentions.add[1] span 0:5 is 'Korea', expected 'Kerea'" in (
        result.stderr
    )
    assert snapshot(built) == before


def variants() -> list[tuple[str, Callable[[str], bytes]]]:
    return [
        # Windows line endings become \n.
        ("crlf", lambda text: text.replace("\n", "\r\n").encode("utf-8")),
        # A UTF-8 BOM is dropped.
        ("bom", lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
        # NFD-decomposed text is recomposed to NFC.
        ("nfd", lambda text: unicodedata.normalize("NFD", text).encode("utf-8")),
    ]


@pytest.mark.parametrize(("kind", "encode"), variants(), ids=[v[0] for v in variants()])
def test_encoding_variants_normalize_to_the_same_text(
    tmp_path: Path, kind: str, encode: Callable[[str], bytes]
) -> None:
    text = "Kafé “Nusantara” di Jakarta.\nIa berkata: “Ini enak.”\n"
    dataset = tmp_path / "dataset"
    (dataset / "raw").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[1] / "dataset/package.yaml", dataset)
    (dataset / "raw" / f"{kind}.txt").write_bytes(encode(text))
    result = warta("build", dataset / "raw", "--out", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    import csv

    with (tmp_path / "dataset/data/articles.csv").open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["text"] == unicodedata.normalize("NFC", text).rstrip()


def test_unbalanced_quotes_build_with_a_warning(tmp_path: Path) -> None:
    dataset = tmp_path / "dataset"
    (dataset / "raw").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[1] / "dataset/package.yaml", dataset)
    (dataset / "raw" / "unbalanced.txt").write_text(
        '"Kami akan datang, kata Budi.\nIa pergi ke pasar. "Harga naik," ujarnya.\n',
        encoding="utf-8",
    )
    result = warta("build", dataset / "raw", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning: unbalanced: offset" in result.stderr
    assert warta("validate", tmp_path).returncode == 0


def test_an_article_larger_than_the_csv_field_limit_builds(tmp_path: Path) -> None:
    """A whole article is one CSV cell: 300 KB is past the csv module's default field
    limit (131,072), which once made validation of a built package fail. (The 10 MB case
    is tests/test_large_article.py.)"""
    dataset = tmp_path / "dataset"
    (dataset / "raw").mkdir(parents=True)
    paragraph = "Harga beras di Jakarta naik lagi pekan ini, kata Budi Santoso.\n"
    (dataset / "raw" / "panjang.txt").write_text(paragraph * 5000, encoding="utf-8")
    result = warta("build", dataset / "raw", "--out", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    assert warta("validate", tmp_path).returncode == 0
    assert warta("validate", tmp_path, "--engine", "columnar").returncode == 0
