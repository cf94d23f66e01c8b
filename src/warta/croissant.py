"""MLCommons Croissant 1.1 metadata (``croissant.json``) from the descriptor (issue 8).

A pure function of ``datapackage.json``: one FileObject per CSV with the descriptor's own
sha256 (PITFALLS.md #5: the two files cannot disagree, and ``mlcroissant`` re-checks the
hash on load), or a FileSet listing the shards of a sharded table; one RecordSet per
table with typed fields, ``key`` for primary keys and ``references`` for foreign keys.
``@id``s are the CSV paths for FileObjects, ``<table>-shards`` for FileSets and the table
names for RecordSets, so they never collide (PITFALLS.md #10). No ``datePublished``: the
descriptor has no release date and the clock is not one (STYLE.md, "Determinism").
"""

from __future__ import annotations

import json
from typing import Any

from warta.citation import authors, cite_as
from warta.errors import WartaError

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"
FILENAME = "croissant.json"

# Table Schema types to Croissant data types (schema.org).
DATA_TYPES = {
    "string": "sc:Text",
    "integer": "sc:Integer",
    "boolean": "sc:Boolean",
    "date": "sc:Date",
}

# Every article without metadata is Indonesian (CONTRACT.md, "Command line"), and the
# card declares `language: [id]`; the descriptor itself carries no language.
LANGUAGES = ("id",)

# The Croissant 1.1 @context as the reference examples publish it
# (mlcommons/croissant datasets/1.1), plus `containedIn`, which mlcroissant expects too.
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "equivalentProperty": "cr:equivalentProperty",
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


class CroissantError(WartaError):
    """The descriptor cannot be described in Croissant (e.g. a hash Croissant cannot check)."""


def croissant_document(descriptor: dict[str, Any]) -> dict[str, Any]:
    """The Croissant JSON-LD of the package ``descriptor`` (a parsed datapackage.json)."""
    resources = descriptor["resources"]
    document: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": descriptor["name"],
        "alternateName": descriptor["title"],
        "description": descriptor.get("description", descriptor["title"]),
        "version": descriptor["version"],
        "license": [_license(license_) for license_ in descriptor["licenses"]],
        "inLanguage": list(LANGUAGES),
        "creator": [_agent(author.name, author.is_person) for author in authors(descriptor)],
        "citeAs": cite_as(descriptor),
        "keywords": list(descriptor.get("keywords", [])),
    }
    if descriptor.get("homepage"):
        document["url"] = descriptor["homepage"]
    document["distribution"] = [_file_object(resource) for resource in resources]
    document["recordSet"] = [_record_set(resource) for resource in resources]
    return document


def render_croissant(descriptor: dict[str, Any]) -> bytes:
    """``croissant.json`` bytes: the one serialization build and dist both write."""
    text = json.dumps(croissant_document(descriptor), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def _license(license_: dict[str, str]) -> str | dict[str, str]:
    """A license URL when the descriptor has one, else a CreativeWork naming it."""
    if license_.get("path"):
        return license_["path"]
    return {"@type": "sc:CreativeWork", "name": license_["name"], "description": license_["title"]}


def _agent(name: str, is_person: bool) -> dict[str, str]:
    return {"@type": "sc:Person" if is_person else "sc:Organization", "name": name}


def _file_object(resource: dict[str, Any]) -> dict[str, Any]:
    """A FileObject for a one-file table; a FileSet listing the shards of a sharded one.

    A FileSet carries no checksum: the descriptor's hash covers the shards read as one
    stream (``warta.tables``), which is nothing Croissant could verify per file."""
    algorithm, _, digest = resource["hash"].partition(":")
    if algorithm != "sha256":
        raise CroissantError(
            f"datapackage.json resource {resource['name']}: hash {resource['hash']!r} is not "
            "sha256, the one algorithm both Frictionless and Croissant verify"
        )
    if not isinstance(resource["path"], str):
        return {
            "@type": "cr:FileSet",
            "@id": _source_id(resource),
            "name": _source_id(resource),
            "description": f"The {len(resource['path'])} CSV shards of {resource['name']}, "
            "each with the header row.",
            "encodingFormat": resource["mediatype"],
            "includes": list(resource["path"]),
        }
    return {
        "@type": "cr:FileObject",
        "@id": resource["path"],
        "name": resource["path"].rsplit("/", 1)[-1],
        "contentUrl": resource["path"],
        "contentSize": f"{resource['bytes']} B",
        "encodingFormat": resource["mediatype"],
        "sha256": digest,
    }


def _record_set(resource: dict[str, Any]) -> dict[str, Any]:
    name = resource["name"]
    schema = resource["schema"]
    references = {
        column: f"{fk['reference']['resource']}/{target}"
        for fk in schema.get("foreignKeys", [])
        for column, target in zip(fk["fields"], fk["reference"]["fields"], strict=True)
    }
    record_set: dict[str, Any] = {
        "@type": "cr:RecordSet",
        "@id": name,
        "name": name,
        "description": resource.get(
            "description", f"The rows of {_source_id(resource)}, one record per row."
        ),
        "key": [{"@id": f"{name}/{column}"} for column in schema["primaryKey"]],
        "field": [
            _field(name, _source(resource), field, references.get(field["name"]))
            for field in schema["fields"]
        ],
    }
    return record_set


def _source_id(resource: dict[str, Any]) -> str:
    """The distribution ``@id`` of a table: its CSV path, or ``<table>-shards``."""
    path = resource["path"]
    return path if isinstance(path, str) else f"{resource['name']}-shards"


def _source(resource: dict[str, Any]) -> dict[str, Any]:
    kind = "fileObject" if isinstance(resource["path"], str) else "fileSet"
    return {kind: {"@id": _source_id(resource)}}


def _field(
    record_set: str, source: dict[str, Any], field: dict[str, Any], reference: str | None
) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "cr:Field",
        "@id": f"{record_set}/{field['name']}",
        "name": field["name"],
        "description": field.get("description", field["name"]),
        "dataType": DATA_TYPES[field["type"]],
        "source": {**source, "extract": {"column": field["name"]}},
    }
    if reference is not None:
        node["references"] = {"field": {"@id": reference}}
    return node
