"""Corpus builds (issue 10): JSON Lines input, any --jobs or engine gives identical bytes."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_reproducible import digest_tree
from warta.build import build
from warta.progress import Progress

REPO = Path(__file__).resolve().parents[1]
SENTENCES = [
    "Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada hari Senin.",
    "Harga beras naik 1,5 persen dibanding bulan lalu, menurut Badan Pusat Statistik.",
    '"Kami akan terus memantau situasi ini," kata Menteri Keuangan Sri Mulyani.',
    "Banjir merendam ratusan rumah di Kota Medan setelah hujan deras semalaman.",
    "Tim nasional Indonesia menang 2-1 atas Vietnam di Stadion Gelora Bung Karno.",
]


def corpus_lines(count: int) -> list[dict[str, str]]:
    """Small articles made of the sentences above, in a varied order."""
    articles = []
    for number in range(count):
        picked = [SENTENCES[(number + k) % len(SENTENCES)] for k in range(3 + number % 3)]
        text = f"Judul berita {number}\nJakarta, Warta- " + "\n".join(picked)
        articles.append(
            {
                "article_id": f"berita-{number:03d}",
                "title": f"Judul berita {number}",
                "license": "CC-BY-4.0",
                "text": text,
            }
        )
    return articles


def write_corpus(path: Path, articles: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Lines deliberately not in article_id order: the build sorts them.
    lines = [json.dumps(a, ensure_ascii=False) for a in reversed(articles)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    return write_corpus(root / "corpus.jsonl", corpus_lines(12))


@pytest.fixture(scope="module")
def serial_build(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    build(None, out, input_jsonl=corpus, jobs=1)
    return out


def test_parallel_build_is_byte_identical(corpus: Path, serial_build: Path, tmp_path: Path) -> None:
    build(None, tmp_path, input_jsonl=corpus, jobs=2, batch_size=5)
    assert digest_tree(tmp_path) == digest_tree(serial_build)


def test_dask_local_cluster_build_writes_the_same_shards(corpus: Path, tmp_path: Path) -> None:
    """Dask on a LocalCluster against a serial build, both sharded (issue 10, item 3)."""
    pytest.importorskip("distributed")
    serial, dask = tmp_path / "serial", tmp_path / "dask"
    build(None, serial, input_jsonl=corpus, jobs=1, shard_rows=7)
    build(None, dask, input_jsonl=corpus, jobs=2, engine="dask", batch_size=4, shard_rows=7)
    assert digest_tree(dask) == digest_tree(serial)
    sentences = json.loads((dask / "datapackage.json").read_text())["resources"][1]
    assert len(sentences["path"]) == -(-sentences["rows"] // 7) > 1


def test_jsonl_and_raw_dir_give_the_same_package(tmp_path: Path) -> None:
    """The seed as one JSON Lines record builds the same tables as dataset/raw/."""
    import yaml

    meta = yaml.safe_load((REPO / "dataset/raw/kursk-sappers.yaml").read_text(encoding="utf-8"))
    text = (REPO / "dataset/raw/kursk-sappers.txt").read_text(encoding="utf-8")
    dataset = tmp_path / "dataset"
    dataset.mkdir()
    for name in ("package.yaml", "CHANGELOG.md"):
        shutil.copy(REPO / "dataset" / name, dataset / name)
    if (REPO / "dataset/annotations").is_dir():
        shutil.copytree(REPO / "dataset/annotations", dataset / "annotations")
    corpus = write_corpus(dataset / "corpus.jsonl", [{**meta, "text": text}])
    build(None, tmp_path, input_jsonl=corpus, dataset_dir=dataset)
    for table in ("articles", "sentences", "mentions", "quotes", "entities"):
        built = (tmp_path / "dataset/data" / f"{table}.csv").read_bytes()
        assert built == (REPO / "dataset/data" / f"{table}.csv").read_bytes(), table


BAD_LINES = [
    # Not JSON at all.
    ("{oops", "line 2: not valid JSON"),
    # No article_id: a corpus has no file stems to fall back on.
    ('{"title": "x", "license": "y", "text": "Teks."}', "line 2 field article_id"),
    # The same id twice.
    (
        '{"article_id": "a-1", "title": "x", "license": "y", "text": "Teks."}',
        "already used on line 1",
    ),
    # A metadata field of the wrong type.
    (
        '{"article_id": "b", "title": "x", "license": "y", "published": "kemarin", "text": "T."}',
        "line 2 field published",
    ),
    # The text missing.
    ('{"article_id": "c", "title": "x", "license": "y"}', "line 2 field text"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_bad_corpus_lines_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good = '{"article_id": "a-1", "title": "x", "license": "y", "text": "Teks."}'
    corpus.write_text(good + "\n" + line + "\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "warta",
            "build",
            "--input",
            str(corpus),
            "--out",
            str(tmp_path),
            "-q",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert message in result.stderr, result.stderr
    assert not (tmp_path / "datapackage.json").exists()


def test_progress_on_a_terminal_shows_rate_and_eta() -> None:
    stream = io.StringIO()
    ticks = iter([0.0, 0.0, 1.0, 2.0])
    progress = Progress(stream, tty=True, interval=0.0, clock=lambda: next(ticks))
    progress.start(4)
    progress.advance()
    progress.advance()
    assert "\r[###############---------------] 2/4 articles, 1.0 articles/s, ETA 2s" in (
        stream.getvalue()
    )


def test_progress_without_a_terminal_is_plain_lines() -> None:
    stream = io.StringIO()
    ticks = iter([0.0, 0.0, 2.0, 4.0])
    progress = Progress(stream, tty=False, interval=0.0, clock=lambda: next(ticks))
    progress.start(2)
    progress.advance()
    progress.advance()
    assert stream.getvalue().splitlines() == [
        "processed 1/2 articles, 0.5 articles/s, ETA 2s",
        "processed 2/2 articles, 0.5 articles/s, ETA 0s",
    ]
