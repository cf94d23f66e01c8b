"""Reading the inputs: ``dataset/raw/*.txt`` (+ optional ``.yaml``) and ``dataset/annotations/``.

The only place that reads article files. Every problem becomes an :class:`InputError`
naming the file and what was expected (issue 7): nothing is skipped silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warta.curation import Curation, parse_curation
from warta.errors import InputError
from warta.metadata import ArticleMeta, parse_metadata
from warta.normalize import DecodeError, decode, normalize_text
from warta.pipeline import ArticleInput

ARTICLE_SUFFIX = ".txt"
META_SUFFIX = ".yaml"
_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


def read_raw_dir(raw_dir: Path, annotations_dir: Path | None) -> list[ArticleInput]:
    """All articles of ``raw_dir`` in ``article_id`` order, with their curation if any."""
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
    curations = dict(_read_curations(annotations_dir)) if annotations_dir else {}
    items: list[ArticleInput] = []
    seen: dict[str, Path] = {}
    for path in texts:
        meta = _read_meta(path)
        if meta.article_id in seen:
            raise InputError(
                str(path),
                f"article_id {meta.article_id!r} is already used by {seen[meta.article_id]} "
                "(expected unique article ids)",
            )
        seen[meta.article_id] = path
        text = read_article_text(path)
        items.append(ArticleInput(text, meta, curations.pop(meta.article_id, None)))
    if curations:
        article_id, curation = sorted(curations.items())[0]
        raise InputError(
            curation.path, f"curates article {article_id!r}, which is not in {raw_dir}"
        )
    return sorted(items, key=lambda item: item.meta.article_id)


def read_article_text(path: Path) -> str:
    """Decode and normalize one article; refuse non-UTF-8, binary and empty files."""
    raw = path.read_bytes()
    try:
        text = decode(raw)
    except DecodeError as error:
        raise InputError(str(path), f"{error} at byte {error.position}") from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(
            str(path), "contains NUL bytes (expected UTF-8 text, not binary)", line=line
        )
    text = normalize_text(text)
    if not text.strip():
        raise InputError(str(path), "empty article (expected some text)")
    return text


def _read_meta(text_path: Path) -> ArticleMeta:
    meta_path = text_path.with_suffix(META_SUFFIX)
    stem = text_path.stem
    if not meta_path.exists():
        _check_stem(text_path)
        return ArticleMeta(article_id=stem)
    yaml_text = _read_utf8(meta_path)
    meta = parse_metadata(yaml_text, str(meta_path), stem)
    if "article_id" not in yaml_text:
        _check_stem(text_path)
    return meta


def _check_stem(path: Path) -> None:
    import re

    if not re.match(_ID_PATTERN, path.stem):
        raise InputError(
            str(path),
            f"file stem {path.stem!r} is not a valid article_id (expected lowercase letters, "
            "digits and '-'; or set article_id in the .yaml)",
        )


def _read_curations(annotations_dir: Path) -> Iterator[tuple[str, Curation]]:
    if not annotations_dir.is_dir():
        return
    for path in sorted(annotations_dir.glob(f"*{META_SUFFIX}")):
        curation = parse_curation(_read_utf8(path), str(path))
        yield curation.article_id, curation


def _read_utf8(path: Path) -> str:
    try:
        return decode(path.read_bytes())
    except DecodeError as error:
        raise InputError(str(path), f"{error} at byte {error.position}") from None
