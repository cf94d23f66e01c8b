"""The release bundle (issue 8): complete, self-validating, checksummed, reproducible, and
loadable by the real ``datasets`` from its own directory."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from warta.cli import main
from warta.dist import DistError, build_dist, changelog, verify_checksums
from warta.schemas import RESOURCES
from warta.validate import validate_package

NAME = "warta-id-news-0.1.0"
BUNDLE_FILES = sorted(
    [
        "CHANGELOG.md",
        "CITATION.cff",
        "LICENSE.md",
        "README.md",
        "SHA256SUMS",
        "croissant.json",
        "datapackage.json",
        *(f"dataset/data/{r}.csv" for r in RESOURCES),
        *(f"dataset/parquet/{r}.parquet" for r in RESOURCES),
    ]
)


@pytest.fixture(scope="module")
def dist_dir(seed_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build_dist(seed_package, out)
    return out


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_bundle_holds_exactly_the_release_files(dist_dir: Path) -> None:
    assert sorted(p.name for p in dist_dir.iterdir()) == [NAME, f"{NAME}.zip"]
    files = files_under(dist_dir / NAME)
    assert [f for f in files if not f.startswith("site/")] == BUNDLE_FILES
    # The browsable view (issue 11 item 6): index, the seed article page, the stylesheet.
    assert {"site/index.html", "site/articles/kursk-sappers.html", "site/style.css"} <= set(files)


def test_bundle_validates_on_its_own(dist_dir: Path) -> None:
    report = validate_package(dist_dir / NAME)
    assert report.valid, [str(p) for p in report.problems]


def test_sha256sums_is_sorted_complete_and_verifies(dist_dir: Path) -> None:
    bundle = dist_dir / NAME
    lines = (bundle / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    paths = [line.split("  ", 1)[1] for line in lines]
    assert paths == sorted(paths) == [f for f in files_under(bundle) if f != "SHA256SUMS"]
    assert verify_checksums(bundle) == []
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=bundle, check=True)


def test_checksums_catch_an_edited_and_an_unlisted_file(dist_dir: Path, tmp_path: Path) -> None:
    bundle = tmp_path / NAME
    shutil.copytree(dist_dir / NAME, bundle)
    (bundle / "CHANGELOG.md").write_text("edited\n", encoding="utf-8")
    (bundle / "extra.txt").write_text("x\n", encoding="utf-8")
    assert verify_checksums(bundle) == [
        "extra.txt: not listed in SHA256SUMS",
        "CHANGELOG.md: sha256 differs from SHA256SUMS",
    ]


def test_zip_is_reproducible_with_sorted_entries_and_fixed_times(
    seed_package: Path, dist_dir: Path, tmp_path: Path
) -> None:
    again = build_dist(seed_package, tmp_path)
    assert again.zip_path.read_bytes() == (dist_dir / f"{NAME}.zip").read_bytes()
    with zipfile.ZipFile(again.zip_path) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [f"{NAME}/{f}" for f in files_under(dist_dir / NAME)]
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        for info in infos:
            assert archive.read(info) == (dist_dir / info.filename).read_bytes()


def test_card_croissant_and_citation_agree_on_the_version(dist_dir: Path) -> None:
    bundle = dist_dir / NAME
    version = json.loads((bundle / "datapackage.json").read_text("utf-8"))["version"]
    card = (bundle / "README.md").read_text(encoding="utf-8")
    assert f"Version **{version}**" in card
    assert json.loads((bundle / "croissant.json").read_text("utf-8"))["version"] == version
    citation = yaml.safe_load((bundle / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["version"] == version
    assert NAME.endswith(f"-{version}")


def test_citation_cff_has_what_a_dataset_citation_needs(dist_dir: Path) -> None:
    citation = yaml.safe_load((dist_dir / NAME / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0"
    assert citation["type"] == "dataset"
    assert citation["message"]
    assert citation["title"].startswith("Warta")
    assert citation["authors"] == [{"name": "Warta project"}]
    assert citation["license"] == "CC-BY-4.0"


@pytest.mark.parametrize("resource", RESOURCES)
def test_datasets_loads_every_config_from_the_bundle(
    dist_dir: Path, resource: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the bundle directory by absolute path, offline, fresh cache (PITFALLS.md #3)."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import datasets

    bundle = (dist_dir / NAME).resolve()
    loaded = datasets.load_dataset(
        str(bundle), resource, split="train", cache_dir=str(tmp_path / "hf")
    )
    descriptor = json.loads((bundle / "datapackage.json").read_text("utf-8"))
    expected = next(r for r in descriptor["resources"] if r["name"] == resource)
    assert loaded.num_rows == expected["rows"]
    assert list(loaded.features) == [f["name"] for f in expected["schema"]["fields"]]


def test_bundle_carries_the_changelog_build_reads(seed_package: Path, dist_dir: Path) -> None:
    """dataset/CHANGELOG.md beside dataset/raw/ (issue 9), as it is in the repository."""
    expected = (seed_package / "dataset" / "CHANGELOG.md").read_bytes()
    assert (dist_dir / NAME / "CHANGELOG.md").read_bytes() == expected


@pytest.mark.parametrize(
    "where", ["CHANGELOG.md", "dataset/CHANGELOG.md"], ids=["package-root", "beside-raw"]
)
def test_changelog_must_have_a_section_for_the_version(tmp_path: Path, where: str) -> None:
    path = tmp_path / where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Changelog\n\n## 0.2.0\n\nMore.\n\n## 0.1.0\n\nFirst.\n", "utf-8")
    assert changelog(tmp_path, "0.2.0") == path.read_bytes()
    # 0.1 appears inside 0.1.0's heading: only a whole `## <version>` heading counts.
    with pytest.raises(DistError, match=r"no '## 0\.1' section"):
        changelog(tmp_path, "0.1")


def test_changelog_is_generated_for_a_first_release(tmp_path: Path) -> None:
    assert changelog(tmp_path, "0.1.0") == b"# Changelog\n\n## 0.1.0\n\nFirst release.\n"


def test_an_invalid_package_is_not_released_and_the_old_bundle_stays(
    package_copy: Callable[[], Path], dist_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    shutil.copytree(dist_dir, out)
    before = {f: (out / NAME / f).read_bytes() for f in BUNDLE_FILES}
    package = package_copy()
    path = package / "dataset" / "data" / "mentions.csv"
    path.write_bytes(path.read_bytes() + b"\n")
    with pytest.raises(DistError, match=r"the package in .* does not validate"):
        build_dist(package, out)
    assert {f: (out / NAME / f).read_bytes() for f in BUNDLE_FILES} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".warta-staging-")]


def test_a_stale_croissant_json_is_refused(
    package_copy: Callable[[], Path], tmp_path: Path
) -> None:
    package = package_copy()
    (package / "croissant.json").write_text("{}\n", encoding="utf-8")
    with pytest.raises(DistError, match=r"croissant\.json: differs"):
        build_dist(package, tmp_path / "dist")


def test_cli_dist(seed_package: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["dist", str(seed_package), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    count = len(files_under(tmp_path / NAME))
    assert re.search(rf"built .*{NAME} \({count} files\)", result.output)
