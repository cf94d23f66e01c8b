"""The repository's schemas (``schemas/``): one copy, read by build, validate and tests.

The repository is both the dataset and the toolkit (CONTRACT.md, "Layout"), so the
schemas are read from the checkout the package is installed from.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"
RESOURCES = ("articles", "sentences", "entities", "mentions", "quotes")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A JSON document under ``schemas/`` by relative path."""
    schema: dict[str, Any] = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return schema


def table_schema(resource: str) -> dict[str, Any]:
    """The Table Schema of one resource."""
    return load_schema(f"tables/{resource}.json")


def field_names(resource: str) -> list[str]:
    return [field["name"] for field in table_schema(resource)["fields"]]
