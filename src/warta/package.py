"""The Frictionless Data Package v2 descriptor, computed from the exact bytes written.

Hashes and sizes are taken from the files' bytes as the last step of a build
(PITFALLS.md #5), so the descriptor cannot describe anything but what is on disk.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from warta.errors import InputError
from warta.records import Article
from warta.schemas import RESOURCES, table_schema
from warta.tables import FileStats, stats_of

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
DATA_DIR = "dataset/data"
DESCRIPTOR = "datapackage.json"
DIALECT = {"header": True, "delimiter": ",", "quoteChar": '"', "doubleQuote": True}


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """Package-level metadata from ``dataset/package.yaml``."""

    name: str
    title: str
    description: str
    version: str
    keywords: tuple[str, ...]
    contributors: tuple[dict[str, Any], ...]
    annotation_license: dict[str, str]
    homepage: str | None = None


DEFAULT_INFO = PackageInfo(
    name="warta-corpus",
    title="News articles annotated by Warta",
    description="News articles with sentence, entity and quote annotations, built by Warta.",
    version="0.1.0",
    keywords=("news",),
    contributors=({"title": "Warta", "roles": ["creator"]},),
    annotation_license={
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 (the annotations)",
    },
)


def read_package_info(path: Path) -> PackageInfo:
    """``package.yaml`` beside the raw directory; the defaults above when there is none."""
    if not path.exists():
        return DEFAULT_INFO
    try:
        values = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"cannot read package metadata ({error})") from None
    required = ("name", "title", "description", "version", "annotation_license")
    for key in required:
        if not isinstance(values, dict) or key not in values:
            raise InputError(str(path), "missing required field", field=key)
    return PackageInfo(
        name=values["name"],
        title=values["title"],
        description=values["description"],
        version=str(values["version"]),
        keywords=tuple(values.get("keywords") or ()),
        contributors=tuple(values.get("contributors") or ()),
        annotation_license=dict(values["annotation_license"]),
        homepage=values.get("homepage"),
    )


def resource_path(resource: str) -> str:
    return f"{DATA_DIR}/{resource}.csv"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def describe(
    info: PackageInfo,
    articles: tuple[Article, ...],
    files: dict[str, bytes],
    rows: dict[str, int],
) -> dict[str, Any]:
    """The descriptor for tables held in memory as CSV bytes (keyed by resource)."""
    stats = {name: stats_of(files[name], rows[name], resource_path(name)) for name in RESOURCES}
    return describe_files(info, publishers_of(articles), stats)


def publishers_of(articles: tuple[Article, ...]) -> dict[str, list[str]]:
    by_publisher: dict[str, list[str]] = {}
    for article in articles:
        by_publisher.setdefault(article.publisher or "unknown publisher", []).append(
            article.article_id
        )
    return by_publisher


def describe_files(
    info: PackageInfo, publishers: dict[str, list[str]], files: dict[str, FileStats]
) -> dict[str, Any]:
    """The descriptor for written tables, from their stats (hash, bytes, rows)."""
    return {
        "$schema": PROFILE,
        "name": info.name,
        "title": info.title,
        "description": info.description,
        "version": info.version,
        **({"homepage": info.homepage} if info.homepage else {}),
        "licenses": [
            info.annotation_license,
            {
                "name": "LicenseRef-publisher-copyright",
                "title": "Article texts (articles.text, articles.title): copyright of their "
                "publishers, as stated per article in articles.license",
            },
        ],
        "sources": _sources(publishers),
        "contributors": list(info.contributors),
        "keywords": list(info.keywords),
        "resources": [_resource(resource, files[resource]) for resource in RESOURCES],
    }


def _resource(resource: str, stats: FileStats) -> dict[str, Any]:
    """A table resource; a sharded table's ``path`` is the list of its shards (multipart),
    and ``hash``/``bytes`` are those of the shards read as one stream (``warta.tables``)."""
    paths = stats.paths or (resource_path(resource),)
    return {
        "name": resource,
        "type": "table",
        "path": paths[0] if len(paths) == 1 else list(paths),
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "hash": f"sha256:{stats.sha256}",
        "bytes": stats.bytes,
        "rows": stats.rows,
        "dialect": dict(DIALECT),
        "schema": table_schema(resource),
    }


def _sources(publishers: dict[str, list[str]]) -> list[dict[str, str]]:
    """One source per publisher, naming the articles it published (at most 20 listed)."""
    sources = []
    for publisher, ids in sorted(publishers.items()):
        listed = sorted(ids)
        shown = ", ".join(listed[:20]) + (
            f" and {len(listed) - 20} more" if len(listed) > 20 else ""
        )
        sources.append({"title": f"{publisher}: {shown}"})
    return sources
