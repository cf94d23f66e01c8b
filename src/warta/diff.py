"""``warta diff``: what changed between two packages, and the version bump it requires.

Semver for data (README, "Versioning"):

- MAJOR: a table or column removed, a column's type or the primary key changed, a new
  *required* column, an enum narrowed, an article removed, or ids renamed (rows whose
  content is unchanged but whose id changed: the id scheme moved under the users' joins).
- MINOR: a table, an optional column or an enum value added; articles added (with their
  sentences, mentions and quotes).
- PATCH: existing annotations corrected: rows of an existing article added, removed or
  changed; descriptions and package metadata edited.

Packages are read from directories or from git revisions of this repository, so CI can
compare the work tree with the last release tag.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import WartaError
from warta.tables import open_field_limit, read_resource

BUMPS = ("patch", "minor", "major")
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$")


class PackageNotFound(WartaError):
    """Neither a package directory nor a git revision holding a package."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A package as read from disk or git: descriptor and tables (rows as dicts)."""

    label: str
    descriptor: dict[str, Any]
    tables: dict[str, list[dict[str, str]]]

    @property
    def version(self) -> str:
        return str(self.descriptor.get("version", ""))


@dataclass(slots=True)
class TableDiff:
    name: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # key -> changed columns
    renamed: int = 0
    schema: list[tuple[str, str]] = field(default_factory=list)  # (bump, description)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.schema)


@dataclass(slots=True)
class PackageDiff:
    old: str
    new: str
    old_version: str
    new_version: str
    tables: list[TableDiff]
    package: list[tuple[str, str]] = field(default_factory=list)
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (bump, why)

    @property
    def bump(self) -> str | None:
        """The smallest bump the changes require, or None when nothing changed."""
        if not self.reasons:
            return None
        return max((bump for bump, _ in self.reasons), key=BUMPS.index)

    def as_dict(self) -> dict[str, Any]:
        return {
            "old": {"package": self.old, "version": self.old_version},
            "new": {"package": self.new, "version": self.new_version},
            "required_bump": self.bump,
            "reasons": [{"bump": b, "why": why} for b, why in self.reasons],
            "package": [{"bump": b, "change": what} for b, what in self.package],
            "tables": {
                t.name: {
                    "added": t.added,
                    "removed": t.removed,
                    "changed": t.changed,
                    "ids_renamed": t.renamed,
                    "schema": [{"bump": b, "change": what} for b, what in t.schema],
                }
                for t in self.tables
            },
        }


# --- reading ----------------------------------------------------------------------------


def load_snapshot(where: str, repo: Path = Path(".")) -> Snapshot:
    """A package directory, or else a git revision of ``repo`` (e.g. ``v0.1.0``, ``HEAD``)."""
    path = Path(where)
    if path.is_dir() and (path / "datapackage.json").exists():
        return _snapshot(where, lambda rel: (path / rel).read_bytes())
    revision = _git(repo, "rev-parse", "--verify", "--quiet", f"{where}^{{commit}}")
    if revision is None:
        raise PackageNotFound(
            f"{where}: not a package directory (no datapackage.json) nor a git revision of {repo}"
        )

    def read(rel: str) -> bytes:
        data = _git_bytes(repo, "show", f"{revision.strip()}:{rel}")
        if data is None:
            raise PackageNotFound(f"{where}: git revision has no {rel}")
        return data

    return _snapshot(where, read)


def _snapshot(label: str, read: Any) -> Snapshot:
    descriptor = json.loads(read("datapackage.json").decode("utf-8"))
    tables = {}
    for resource in descriptor.get("resources", []):
        text = read_resource(read, resource).decode("utf-8")
        open_field_limit()
        tables[resource["name"]] = list(csv.DictReader(io.StringIO(text, newline="")))
    return Snapshot(label, descriptor, tables)


def _git_bytes(repo: Path, *args: str) -> bytes | None:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    return result.stdout if result.returncode == 0 else None


def _git(repo: Path, *args: str) -> str | None:
    data = _git_bytes(repo, *args)
    return data.decode("utf-8") if data is not None else None


def last_release_tag(repo: Path) -> str | None:
    """The most recent ``vX.Y.Z`` tag reachable from HEAD, if any."""
    tag = _git(repo, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*.[0-9]*.[0-9]*")
    return tag.strip() if tag else None


# --- comparing --------------------------------------------------------------------------


def compare(old: Snapshot, new: Snapshot) -> PackageDiff:
    """Table by table, by primary key; then the reasons for the bump."""
    result = PackageDiff(old.label, new.label, old.version, new.version, [])
    old_resources = {r["name"]: r for r in old.descriptor.get("resources", [])}
    new_resources = {r["name"]: r for r in new.descriptor.get("resources", [])}
    for name in sorted(set(old_resources) - set(new_resources)):
        result.reasons.append(("major", f"table {name} removed"))
    for name in sorted(set(new_resources) - set(old_resources)):
        result.reasons.append(("minor", f"table {name} added"))
    for key in ("title", "description", "licenses", "contributors", "keywords", "sources"):
        if old.descriptor.get(key) != new.descriptor.get(key):
            result.package.append(("patch", f"{key} changed"))
    result.reasons.extend(result.package)
    added_articles: set[str] = set()
    removed_articles: set[str] = set()
    for name in [r["name"] for r in new.descriptor.get("resources", [])]:
        if name not in old_resources:
            continue
        diff = _compare_table(
            name,
            old_resources[name]["schema"],
            new_resources[name]["schema"],
            old.tables[name],
            new.tables[name],
        )
        result.tables.append(diff)
        if name == "articles":
            added_articles, removed_articles = set(diff.added), set(diff.removed)
    for diff in result.tables:
        result.reasons.extend(diff.schema)
        result.reasons.extend(_row_reasons(diff, new, old, added_articles, removed_articles))
    return result


def _compare_table(
    name: str,
    old_schema: dict[str, Any],
    new_schema: dict[str, Any],
    old_rows: list[dict[str, str]],
    new_rows: list[dict[str, str]],
) -> TableDiff:
    diff = TableDiff(name)
    diff.schema = _schema_changes(name, old_schema, new_schema)
    key = new_schema.get("primaryKey", [])
    old_by_key = {tuple(r.get(k, "") for k in key): r for r in old_rows}
    new_by_key = {tuple(r.get(k, "") for k in key): r for r in new_rows}
    shared_columns = [
        f["name"]
        for f in new_schema["fields"]
        if f["name"] in {g["name"] for g in old_schema["fields"]}
    ]
    for row_key in new_by_key.keys() - old_by_key.keys():
        diff.added.append("/".join(row_key))
    for row_key in old_by_key.keys() - new_by_key.keys():
        diff.removed.append("/".join(row_key))
    for row_key in new_by_key.keys() & old_by_key.keys():
        before, after = old_by_key[row_key], new_by_key[row_key]
        columns = [c for c in shared_columns if before.get(c) != after.get(c)]
        if columns:
            diff.changed["/".join(row_key)] = columns
    diff.added.sort()
    diff.removed.sort()
    diff.changed = dict(sorted(diff.changed.items()))
    diff.renamed = _renamed(shared_columns, old_by_key, new_by_key, diff)
    return diff


def _content(row: dict[str, str], columns: list[str]) -> tuple[str, ...]:
    """A row without its ids: what stays when only the id scheme changes."""
    return tuple(row.get(c, "") for c in columns if not c.endswith("_id"))


def _renamed(
    columns: list[str],
    old_by_key: dict[tuple[str, ...], dict[str, str]],
    new_by_key: dict[tuple[str, ...], dict[str, str]],
    diff: TableDiff,
) -> int:
    removed = {_content(old_by_key[tuple(k.split("/"))], columns) for k in diff.removed}
    if not removed:
        return 0
    return sum(
        1 for k in diff.added if _content(new_by_key[tuple(k.split("/"))], columns) in removed
    )


def _schema_changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    changes: list[tuple[str, str]] = []
    old_fields = {f["name"]: f for f in old.get("fields", [])}
    new_fields = {f["name"]: f for f in new.get("fields", [])}
    for column in sorted(old_fields.keys() - new_fields.keys()):
        changes.append(("major", f"{name}.{column} removed"))
    for column in sorted(new_fields.keys() - old_fields.keys()):
        required = new_fields[column].get("constraints", {}).get("required", False)
        bump = "major" if required else "minor"
        changes.append((bump, f"{name}.{column} added ({'required' if required else 'optional'})"))
    for column in sorted(old_fields.keys() & new_fields.keys()):
        before, after = old_fields[column], new_fields[column]
        if before.get("type") != after.get("type"):
            changes.append(
                ("major", f"{name}.{column} type {before.get('type')} -> {after.get('type')}")
            )
        old_enum = set(before.get("constraints", {}).get("enum", []))
        new_enum = set(after.get("constraints", {}).get("enum", []))
        if old_enum - new_enum and new_enum:
            changes.append(("major", f"{name}.{column} enum lost {sorted(old_enum - new_enum)}"))
        if new_enum - old_enum and old_enum:
            changes.append(("minor", f"{name}.{column} enum gained {sorted(new_enum - old_enum)}"))
        if before.get("description") != after.get("description"):
            changes.append(("patch", f"{name}.{column} description changed"))
        required_before = before.get("constraints", {}).get("required", False)
        required_after = after.get("constraints", {}).get("required", False)
        if required_after and not required_before:
            changes.append(("major", f"{name}.{column} became required"))
    if old.get("primaryKey") != new.get("primaryKey"):
        changes.append(
            ("major", f"{name} primary key {old.get('primaryKey')} -> {new.get('primaryKey')}")
        )
    if old.get("foreignKeys") != new.get("foreignKeys"):
        changes.append(("minor", f"{name} foreign keys changed"))
    return changes


def _row_reasons(
    diff: TableDiff,
    new: Snapshot,
    old: Snapshot,
    added_articles: set[str],
    removed_articles: set[str],
) -> list[tuple[str, str]]:
    """Rows that belong to added (removed) articles ride on that article's MINOR (MAJOR)."""
    reasons: list[tuple[str, str]] = []
    if diff.renamed:
        reasons.append(
            ("major", f"{diff.name}: {diff.renamed} row(s) changed id with unchanged content")
        )
    if diff.name == "articles":
        if diff.added:
            reasons.append(("minor", f"articles: {len(diff.added)} added"))
        if diff.removed:
            reasons.append(("major", f"articles: {len(diff.removed)} removed"))
        if diff.changed:
            reasons.append(("patch", f"articles: {len(diff.changed)} corrected"))
        return reasons
    own_added = _outside(diff.added, new.tables.get(diff.name, []), diff.name, new, added_articles)
    own_removed = _outside(
        diff.removed, old.tables.get(diff.name, []), diff.name, old, removed_articles
    )
    corrections = len(own_added) + len(own_removed) + len(diff.changed)
    if corrections:
        reasons.append(
            (
                "patch",
                f"{diff.name}: {len(own_added)} added, {len(own_removed)} removed, "
                f"{len(diff.changed)} changed in existing articles",
            )
        )
    return reasons


def _outside(
    keys: list[str], rows: list[dict[str, str]], name: str, snapshot: Snapshot, articles: set[str]
) -> list[str]:
    if not articles or not keys:
        return keys
    schema = next(r["schema"] for r in snapshot.descriptor["resources"] if r["name"] == name)
    pk = schema.get("primaryKey", [])
    by_key = {"/".join(r.get(k, "") for k in pk): r for r in rows}
    return [k for k in keys if by_key.get(k, {}).get("article_id") not in articles]


# --- versions ---------------------------------------------------------------------------


def parse_version(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if match is None:
        raise WartaError(f"version {version!r} is not semver (expected MAJOR.MINOR.PATCH)")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def bumped(version: str, bump: str) -> str:
    major, minor, patch = parse_version(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def version_problem(diff: PackageDiff) -> str | None:
    """Why NEW's version is not high enough for the changes, or None when it is."""
    bump = diff.bump
    if bump is None:
        return None
    required = parse_version(bumped(diff.old_version, bump))
    if parse_version(diff.new_version) >= required:
        return None
    why = "; ".join(reason for b, reason in diff.reasons if b == bump)
    return (
        f"the data changed since {diff.old} ({diff.old_version}) and requires a {bump} bump "
        f"(to at least {bumped(diff.old_version, bump)}: {why}), but version is "
        f"{diff.new_version}; raise `version` in dataset/package.yaml"
    )


def render(diff: PackageDiff, *, limit: int = 20) -> str:
    lines = [f"{diff.old} ({diff.old_version}) -> {diff.new} ({diff.new_version})"]
    for bump, what in diff.package:
        lines.append(f"  package: {what} [{bump}]")
    for table in diff.tables:
        if table.empty:
            lines.append(f"  {table.name}: unchanged")
            continue
        lines.append(
            f"  {table.name}: {len(table.added)} added, {len(table.removed)} removed, "
            f"{len(table.changed)} changed"
        )
        for bump, what in table.schema:
            lines.append(f"    schema: {what} [{bump}]")
        lines += [f"    + {key}" for key in table.added[:limit]]
        lines += [f"    - {key}" for key in table.removed[:limit]]
        lines += [
            f"    ~ {key}: {', '.join(cols)}" for key, cols in list(table.changed.items())[:limit]
        ]
        hidden = max(0, len(table.added) - limit) + max(0, len(table.removed) - limit)
        hidden += max(0, len(table.changed) - limit)
        if hidden:
            lines.append(f"    … {hidden} more (use --json for all)")
    required = diff.bump
    lines.append(
        f"required bump: {required} (at least {bumped(diff.old_version, required)})"
        if required
        else "required bump: none (no change)"
    )
    return "\n".join(lines)


def changelog_section(diff: PackageDiff, version: str) -> str:
    """A human-readable CHANGELOG.md section, grouped by table."""
    lines = [f"## {version}", ""]
    if diff.bump is None:
        lines.append("No data changes.")
    for _, what in diff.package:
        lines.append(f"- Package: {what}.")
    for table in diff.tables:
        if table.empty:
            continue
        lines.append(f"### {table.name}")
        for _, what in table.schema:
            lines.append(f"- Schema: {what}.")
        if table.added:
            lines.append(f"- {len(table.added)} row(s) added.")
        if table.removed:
            lines.append(f"- {len(table.removed)} row(s) removed.")
        if table.changed:
            columns = sorted({c for cols in table.changed.values() for c in cols})
            lines.append(f"- {len(table.changed)} row(s) changed ({', '.join(columns)}).")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def prepend_section(changelog: str, section: str) -> str:
    header = "# Changelog\n\n"
    body = changelog[len(header) :] if changelog.startswith(header) else changelog
    return header + section + ("\n" + body if body.strip() else "")
