"""Reading the inputs: ``dataset/raw/*.txt`` (+ optional ``.yaml``), a JSON Lines corpus,
and ``dataset/annotations/``.

The only place that reads articles. Inputs are indexed first (ids, order, duplicates:
cheap) and texts read lazily in ``article_id`` order, so a corpus of a million articles is
never in memory at once (issue 10). Every problem is an :class:`InputError` naming the file
(and line or field) and what was expected (issue 7): nothing is skipped silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.curation import Curation, parse_curation
from warta.errors import InputError
from warta.metadata import ArticleMeta, meta_from_mapping, parse_metadata
from warta.normalize import DecodeError, decode, normalize_text
from warta.pipeline import ArticleInput

ARTICLE_SUFFIX = ".txt"
META_SUFFIX = ".yaml"
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True, slots=True)
class Source:
    """Articles to build, in ``article_id`` order, read one at a time."""

    description: str
    count: int
    read: Callable[[], Iterator[ArticleInput]]


def open_raw_dir(raw_dir: Path, annotations_dir: Path | None) -> Source:
    """A folder of ``<article_id>.txt`` files with optional ``.yaml`` metadata."""
    if not raw_dir.is_dir():
        raise InputError(str(raw_dir), "not a directory (expected a folder of <article_id>.txt)")
    texts = sorted(raw_dir.glob(f"*{ARTICLE_SUFFIX}"))
    if not texts:
        raise InputError(str(raw_dir), "no *.txt articles found")
    orphans = sorted(
        p for p in raw_dir.glob(f"*{META_SUFFIX}") if not p.with_suffix(ARTICLE_SUFFIX).exists()
    )
    if orphans:
        raise InputError(str(orphans[0]), "metadata without an article (expected a .txt beside it)")
    metas: dict[str, tuple[ArticleMeta, Path]] = {}
    for path in texts:
        meta = _read_meta(path)
        if meta.article_id in metas:
            raise InputError(
                str(path),
                f"article_id {meta.article_id!r} is already used by "
                f"{metas[meta.article_id][1]} (expected unique article ids)",
            )
        metas[meta.article_id] = (meta, path)
    curations = _curations_for(annotations_dir, set(metas), str(raw_dir))

    def read() -> Iterator[ArticleInput]:
        for article_id in sorted(metas):
            meta, path = metas[article_id]
            yield ArticleInput(read_article_text(path), meta, curations.get(article_id))

    return Source(str(raw_dir), len(metas), read)


def open_jsonl(path: Path, annotations_dir: Path | None) -> Source:
    """A JSON Lines corpus: one object per line, metadata fields plus ``text``.

    A first pass records each line's ``article_id`` and byte offset (checking ids are
    present and unique); texts are then read by offset in ``article_id`` order.
    """
    if not path.is_file():
        raise InputError(str(path), "not a file (expected a JSON Lines corpus)")
    offsets: dict[str, tuple[int, int]] = {}
    with path.open("rb") as handle:
        position = 0
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                record = _jsonl_record(path, number, raw)
                article_id = record.get("article_id")
                if not isinstance(article_id, str) or not _ID_PATTERN.match(article_id):
                    raise InputError(
                        str(path),
                        "expected an article_id of lowercase letters, digits and '-'",
                        line=number,
                        field="article_id",
                    )
                if article_id in offsets:
                    raise InputError(
                        str(path),
                        f"article_id {article_id!r} is already used on line "
                        f"{offsets[article_id][1]} (expected unique article ids)",
                        line=number,
                        field="article_id",
                    )
                offsets[article_id] = (position, number)
            position += len(raw)
    if not offsets:
        raise InputError(str(path), "no articles (expected one JSON object per line)")
    curations = _curations_for(annotations_dir, set(offsets), str(path))

    def read() -> Iterator[ArticleInput]:
        with path.open("rb") as handle:
            for article_id in sorted(offsets):
                position, number = offsets[article_id]
                handle.seek(position)
                record = _jsonl_record(path, number, handle.readline())
                text = record.pop("text", None)
                if not isinstance(text, str):
                    raise InputError(str(path), "expected a string", line=number, field="text")
                meta = meta_from_mapping(record, str(path), article_id, line=number)
                yield ArticleInput(
                    _normalized(text, f"{path} line {number}"), meta, curations.get(article_id)
                )

    return Source(str(path), len(offsets), read)


def _jsonl_record(path: Path, number: int, raw: bytes) -> dict[str, object]:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(
            str(path), f"not valid UTF-8 at byte {error.start} of the line", line=number
        ) from None
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"not valid JSON ({error.msg})", line=number) from None
    if not isinstance(record, dict):
        raise InputError(str(path), "expected a JSON object", line=number)
    return record


def read_article_text(path: Path) -> str:
    """Decode and normalize one article; refuse non-UTF-8, binary and empty files."""
    raw = path.read_bytes()
    try:
        text = decode(raw)
    except DecodeError as error:
        raise InputError(str(path), f"{error} at byte {error.position}") from None
    return _normalized(text, str(path))


def _normalized(text: str, where: str) -> str:
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(where, "contains NUL bytes (expected UTF-8 text, not binary)", line=line)
    text = normalize_text(text)
    if not text.strip():
        raise InputError(where, "empty article (expected some text)")
    return text


def _read_meta(text_path: Path) -> ArticleMeta:
    meta_path = text_path.with_suffix(META_SUFFIX)
    stem = text_path.stem
    if not meta_path.exists():
        _check_stem(text_path)
        return ArticleMeta(article_id=stem)
    meta = parse_metadata(_read_utf8(meta_path), str(meta_path), stem)
    if meta.article_id == stem:
        _check_stem(text_path)
    return meta


def _check_stem(path: Path) -> None:
    if not _ID_PATTERN.match(path.stem):
        raise InputError(
            str(path),
            f"file stem {path.stem!r} is not a valid article_id (expected lowercase letters, "
            "digits and '-'; or set article_id in the .yaml)",
        )


def _curations_for(
    annotations_dir: Path | None, article_ids: set[str], source: str
) -> dict[str, Curation]:
    curations: dict[str, Curation] = {}
    if annotations_dir is None or not annotations_dir.is_dir():
        return curations
    for path in sorted(annotations_dir.glob(f"*{META_SUFFIX}")):
        curation = parse_curation(_read_utf8(path), str(path))
        if curation.article_id not in article_ids:
            raise InputError(
                curation.path, f"curates article {curation.article_id!r}, which is not in {source}"
            )
        curations[curation.article_id] = curation
    return curations


def _read_utf8(path: Path) -> str:
    try:
        return decode(path.read_bytes())
    except DecodeError as error:
        raise InputError(str(path), f"{error} at byte {error.position}") from None
