"""How to cite a release: ``CITATION.cff`` and the Croissant ``citeAs`` (issue 8).

Both are derived from the descriptor only, so the title, version and authors a user cites
are the ones ``datapackage.json`` declares; a test keeps card, ``croissant.json`` and
``CITATION.cff`` on the same version. No release date is written: the descriptor has
none, and a wall-clock date would make two builds of the same data differ (STYLE.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from warta.errors import WartaError

# Data Package v2 contributor roles that make someone an author of the dataset.
AUTHOR_ROLES = frozenset({"creator", "author"})
CFF_MESSAGE = "If you use this dataset, please cite it using the metadata from this file."


class CitationError(WartaError):
    """The descriptor lacks what a citation needs (an author)."""


@dataclass(frozen=True, slots=True)
class Author:
    """A person (given and family names) or an organization (name only)."""

    name: str
    given_names: str | None = None
    family_names: str | None = None

    @property
    def is_person(self) -> bool:
        return bool(self.given_names or self.family_names)


def authors(descriptor: dict[str, Any]) -> list[Author]:
    """Contributors with an author role, in descriptor order; all of them if none has one.

    Raises CitationError when there is no contributor at all: a citation without an author
    is not one, and inventing a name would be worse.
    """
    contributors = [c for c in descriptor.get("contributors", []) if isinstance(c, dict)]
    chosen = [c for c in contributors if AUTHOR_ROLES & set(c.get("roles", []))] or contributors
    if not chosen:
        raise CitationError(
            "datapackage.json has no contributors: add one to dataset/package.yaml "
            "(contributors: [{title: ..., roles: [creator]}]) to cite the dataset"
        )
    return [_author(contributor) for contributor in chosen]


def _author(contributor: dict[str, Any]) -> Author:
    given, family = contributor.get("givenName"), contributor.get("familyName")
    name = contributor.get("title") or " ".join(part for part in (given, family) if part)
    return Author(name=name, given_names=given, family_names=family)


def cite_as(descriptor: dict[str, Any]) -> str:
    """A BibTeX entry for the release (Croissant ``citeAs``); no year, see the module doc."""
    key = f"{descriptor['name']}-{descriptor['version']}".replace(".", "-")
    names = " and ".join(
        f"{a.family_names}, {a.given_names}" if a.is_person else f"{{{a.name}}}"
        for a in authors(descriptor)
    )
    fields = [
        ("title", f"{{{descriptor['title']}}}"),
        ("author", names),
        ("version", descriptor["version"]),
        ("note", f"Data package {descriptor['name']}, version {descriptor['version']}"),
    ]
    if descriptor.get("homepage"):
        fields.append(("url", descriptor["homepage"]))
    body = ",\n".join(f"  {field} = {{{value}}}" for field, value in fields)
    return f"@misc{{{key},\n{body}\n}}"


def citation_cff(descriptor: dict[str, Any]) -> str:
    """``CITATION.cff`` (Citation File Format 1.2.0) for the release described."""
    document: dict[str, Any] = {
        "cff-version": "1.2.0",
        "message": CFF_MESSAGE,
        "type": "dataset",
        "title": descriptor["title"],
        "version": descriptor["version"],
        "abstract": descriptor.get("description", ""),
        "authors": [_cff_author(author) for author in authors(descriptor)],
    }
    spdx = _spdx_license(descriptor)
    if spdx is not None:
        document["license"] = spdx
    if descriptor.get("homepage"):
        document["url"] = descriptor["homepage"]
    if descriptor.get("keywords"):
        document["keywords"] = list(descriptor["keywords"])
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000)


def _cff_author(author: Author) -> dict[str, str]:
    if not author.is_person:
        return {"name": author.name}
    names = {"given-names": author.given_names, "family-names": author.family_names}
    return {key: value for key, value in names.items() if value}


def _spdx_license(descriptor: dict[str, Any]) -> str | None:
    """The first license with an SPDX id: CFF accepts nothing else, and the
    ``LicenseRef-`` entry for the publishers' article texts is not one."""
    for license_ in descriptor.get("licenses", []):
        name = license_.get("name", "")
        if name and not name.startswith("LicenseRef-"):
            return str(name)
    return None
