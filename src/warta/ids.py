"""Identifiers derived from content and position, never from counters shared across runs.

Row ids are ``<article_id>-<kind><n>`` (zero-padded position in the article); an entity id
is its label and the slug of its canonical name, so the same name with the same label in
two articles is the same entity without any corpus-wide state (issue 5).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """Lowercase ASCII slug; names with no Latin letters get a short content hash."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")
    if not slug:
        slug = "x" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    return slug


def sentence_id(article_id: str, index: int) -> str:
    return f"{article_id}-s{index:04d}"


def mention_id(article_id: str, index: int) -> str:
    return f"{article_id}-m{index:04d}"


def quote_id(article_id: str, index: int) -> str:
    return f"{article_id}-q{index:04d}"


@functools.lru_cache(maxsize=1 << 16)
def entity_id(label: str, canonical: str) -> str:
    """Cached (pure, and names recur across a corpus): bounded, so memory stays flat."""
    return f"{label.lower()}-{slugify(canonical)}"
