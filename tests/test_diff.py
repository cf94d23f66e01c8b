"""`warta diff` and the version discipline (issue 9)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import copy_dataset
from damage import edit_descriptor, edit_rows
from warta import diff as diffing
from warta.build import build


def compare(old: Path, new: Path) -> diffing.PackageDiff:
    return diffing.compare(diffing.load_snapshot(str(old)), diffing.load_snapshot(str(new)))


@pytest.fixture
def pair(seed_package: Path, tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(seed_package, old)
    shutil.copytree(seed_package, new)
    return old, new


def test_identical_packages_need_no_bump(pair: tuple[Path, Path]) -> None:
    result = compare(*pair)
    assert result.bump is None
    assert diffing.version_problem(result) is None


def test_corrected_annotation_is_a_patch(pair: tuple[Path, Path]) -> None:
    old, new = pair

    def relabel(rows: list[dict[str, str]]) -> None:
        rows[0]["method"] = "curated"

    edit_rows(new, "mentions", relabel)
    result = compare(old, new)
    assert result.bump == "patch"
    (mentions,) = [t for t in result.tables if t.name == "mentions"]
    assert mentions.changed == {"kursk-sappers-m0000": ["method"]}
    assert "requires a patch bump (to at least 0.1.1" in (diffing.version_problem(result) or "")


def test_new_article_is_a_minor(seed_package: Path, tmp_path: Path) -> None:
    dataset = copy_dataset(tmp_path)
    (dataset / "raw" / "berita-baru.txt").write_text(
        "Hujan turun di Bandung.\nWarga Bandung senang.\n", encoding="utf-8"
    )
    build(dataset / "raw", tmp_path)
    result = compare(seed_package, tmp_path)
    assert result.bump == "minor", result.reasons
    (articles,) = [t for t in result.tables if t.name == "articles"]
    assert articles.added == ["berita-baru"]


def test_removed_column_is_a_major(pair: tuple[Path, Path]) -> None:
    old, new = pair

    def drop_cue(descriptor: dict) -> None:  # type: ignore[type-arg]
        quotes = next(r for r in descriptor["resources"] if r["name"] == "quotes")
        quotes["schema"]["fields"] = [f for f in quotes["schema"]["fields"] if f["name"] != "cue"]

    edit_descriptor(new, drop_cue)
    result = compare(old, new)
    assert result.bump == "major"
    assert ("major", "quotes.cue removed") in result.reasons


def test_renamed_ids_are_a_major(pair: tuple[Path, Path]) -> None:
    """Same rows under new ids break users' joins: the id scheme changed."""
    old, new = pair

    def rename(rows: list[dict[str, str]]) -> None:
        for row in rows:
            row["sentence_id"] = row["sentence_id"].replace("-s", "-sent")

    edit_rows(new, "sentences", rename)
    result = compare(old, new)
    assert result.bump == "major"
    assert any("changed id with unchanged content" in why for _, why in result.reasons)


def test_version_rise_satisfies_the_check(pair: tuple[Path, Path]) -> None:
    old, new = pair
    edit_rows(new, "mentions", lambda rows: rows[0].__setitem__("method", "curated"))
    edit_descriptor(new, lambda d: d.__setitem__("version", "0.1.1"))
    assert diffing.version_problem(compare(old, new)) is None


def test_changelog_section_is_grouped_by_table(pair: tuple[Path, Path]) -> None:
    old, new = pair
    edit_rows(new, "mentions", lambda rows: rows[0].__setitem__("method", "curated"))
    section = diffing.changelog_section(compare(old, new), "0.1.1")
    assert section.startswith("## 0.1.1\n")
    assert "### mentions\n- 1 row(s) changed (method)." in section
    merged = diffing.prepend_section("# Changelog\n\n## 0.1.0\n\nFirst.\n", section)
    assert merged.index("## 0.1.1") < merged.index("## 0.1.0")


def test_git_revisions_are_packages(seed_package: Path, tmp_path: Path) -> None:
    """`warta diff v0.1.0 .` in a repository: the tag's package against the work tree."""
    repo = tmp_path / "repo"
    shutil.copytree(seed_package, repo)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "0")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "release")
    git("tag", "v0.1.0")
    edit_rows(repo, "mentions", lambda rows: rows[0].__setitem__("method", "curated"))
    result = subprocess.run(
        [sys.executable, "-m", "warta", "diff", "v0.1.0", ".", "--check"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "requires a patch bump" in result.stderr
    assert diffing.last_release_tag(repo) == "v0.1.0"


def test_unknown_package_is_a_clean_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "warta", "diff", str(tmp_path / "nope"), "."],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "not a package directory" in result.stderr
