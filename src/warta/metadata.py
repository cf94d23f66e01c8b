"""Article metadata: the optional ``<article_id>.yaml`` next to each raw text.

Parsing is pure (text in, :class:`ArticleMeta` out); errors name the file, the line and
the field, because a user fixing a YAML file needs to know where to look (issue 3).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

import yaml

from warta.errors import InputError
from warta.schemas import load_schema

DEFAULT_LANGUAGE = "id"
UNKNOWN_LICENSE = "unknown"


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What is known about an article besides its text."""

    article_id: str
    title: str | None = None
    language: str = DEFAULT_LANGUAGE
    published: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    source_url: str | None = None
    license: str = UNKNOWN_LICENSE
    original_source: str | None = None


def parse_metadata(yaml_text: str, path: str, stem: str) -> ArticleMeta:
    """Parse and validate one metadata file; ``stem`` is the default ``article_id``."""
    document = load_yaml_mapping(yaml_text, path)
    validate_mapping(document.values, document.lines, SCHEMA, path)
    return _meta(document.values, stem)


def meta_from_mapping(
    values: dict[str, Any], path: str, article_id: str, *, line: int
) -> ArticleMeta:
    """Metadata given as one JSON Lines record (errors name the record's line)."""
    lines: dict[tuple[str | int, ...], int] = {(): line}
    lines.update({(key,): line for key in values})
    validate_mapping(values, lines, SCHEMA, path)
    return _meta(values, article_id)


SCHEMA = "article-metadata.schema.json"


def _meta(values: dict[str, Any], default_id: str) -> ArticleMeta:
    published = values.get("published")
    if isinstance(published, dt.date):
        published = published.isoformat()
    return ArticleMeta(
        article_id=values.get("article_id", default_id),
        title=values["title"],
        language=values.get("language", DEFAULT_LANGUAGE),
        published=published,
        publisher=values.get("publisher"),
        dateline=values.get("dateline"),
        source_url=values.get("source_url"),
        license=values["license"],
        original_source=values.get("original_source"),
    )


@dataclass(frozen=True, slots=True)
class YamlMapping:
    """A parsed YAML mapping with the line (1-based) of each top-level key and nested path."""

    values: dict[str, Any]
    lines: dict[tuple[str | int, ...], int]


def load_yaml_mapping(yaml_text: str, path: str) -> YamlMapping:
    """Parse YAML text whose top level must be a mapping, remembering where each value is."""
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        values = yaml.safe_load(yaml_text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(path, f"not valid YAML ({problem})", line=line) from None
    if not isinstance(values, dict) or node is None:
        raise InputError(path, "expected a YAML mapping of field: value", line=1)
    lines: dict[tuple[str | int, ...], int] = {}
    _collect_lines(node, (), lines)
    return YamlMapping(values, lines)


def _collect_lines(
    node: yaml.Node, prefix: tuple[str | int, ...], lines: dict[tuple[str | int, ...], int]
) -> None:
    lines[prefix] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*prefix, str(key_node.value))
            lines[key] = key_node.start_mark.line + 1
            _collect_lines(value_node, key, lines)
            lines[key] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, (*prefix, index), lines)


@functools.cache
def _validator(schema_name: str) -> Any:
    """One validator per schema and process: a JSON Lines corpus validates every record
    against the same schema, and reading and compiling it per record was most of the cost."""
    import jsonschema

    return jsonschema.Draft202012Validator(
        load_schema(schema_name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def validate_mapping(
    values: dict[str, Any],
    lines: dict[tuple[str | int, ...], int],
    schema_name: str,
    path: str,
) -> None:
    """Validate against a JSON Schema of ``schemas/``; the first error (in document order)
    is raised."""
    validator = _validator(schema_name)
    errors = sorted(
        validator.iter_errors(_plain(values)),
        key=lambda e: (lines.get(tuple(e.absolute_path), 0), list(map(str, e.absolute_path))),
    )
    if not errors:
        return
    error = errors[0]
    location = tuple(error.absolute_path)
    field = ".".join(str(part) for part in location) or None
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        field = ".".join([*map(str, location), missing])
        expected = f"missing required field (expected a value for {missing!r})"
    elif error.validator == "additionalProperties":
        known = error.schema.get("properties", {})
        extra = sorted(key for key in error.instance if key not in known)[0]
        location = (*location, extra)
        field = ".".join(str(part) for part in location)
        expected = f"unknown field (expected one of: {', '.join(sorted(known))})"
    else:
        expected = f"{error.message}"
    raise InputError(path, expected, line=lines.get(location), field=field)


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings, so the schema sees what the user wrote."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
