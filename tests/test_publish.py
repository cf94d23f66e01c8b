"""``warta publish`` without the network (issue 8): the dry run lists the whole commit, and
a run without a token or without a connection fails in one line with exit status 2.

Nothing here reaches the Hub: the dry run never builds an ``HfApi`` (a test replaces it
with one that fails if it is), and the subprocess runs have ``HF_HUB_OFFLINE=1``, which
makes huggingface_hub refuse before opening a socket.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.dist import build_dist

NAME = "warta-id-news-0.1.0"


@pytest.fixture(scope="module")
def bundle(seed_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("publish-dist")
    return build_dist(seed_package, out).bundle_dir


def offline_env(tmp_path: Path, token: str) -> dict[str, str]:
    """An environment with no cached login (fresh HF_HOME), offline, and the given token."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    env.update(
        HF_HOME=str(tmp_path / "hf-home"),
        HF_TOKEN=token,
        HF_HUB_OFFLINE="1",
        PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"),
    )
    return env


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warta", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_dry_run_lists_every_file_with_size_and_sha256(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import huggingface_hub

    class NoNetwork:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the dry run built an HfApi")

    monkeypatch.setattr(huggingface_hub, "HfApi", NoNetwork)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = CliRunner().invoke(
        main, ["publish", str(bundle), "--repo-id", "someone/warta-id-news", "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert "datasets/someone/warta-id-news" in result.output
    assert "commit on main: '0.1.0'" in result.output
    assert "then tag: v0.1.0" in result.output
    files = sorted(p for p in bundle.rglob("*") if p.is_file())
    for path in files:
        data = path.read_bytes()
        relative = path.relative_to(bundle).as_posix()
        line = f"{hashlib.sha256(data).hexdigest()}  {len(data):>10}  {relative}"
        assert line in result.output.splitlines(), relative
    assert f"{len(files)} file(s), {sum(p.stat().st_size for p in files)} bytes" in result.output


def test_revision_names_the_tag(bundle: Path) -> None:
    result = CliRunner().invoke(
        main, ["publish", str(bundle), "--repo-id", "a/b", "--revision", "release-1", "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert "then tag: release-1" in result.output


def test_no_token_is_one_line_and_exit_2(bundle: Path, tmp_path: Path) -> None:
    result = run_cli(["publish", str(bundle), "--repo-id", "a/b"], offline_env(tmp_path, ""))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        "Error: no Hugging Face token: set HF_TOKEN or run `hf auth login` "
        "(`warta publish --dry-run` needs none)"
    ]


def test_no_network_is_one_line_and_exit_2(bundle: Path, tmp_path: Path) -> None:
    """With a token but no way to reach the Hub (offline mode stands in for a dead network)."""
    result = run_cli(
        ["publish", str(bundle), "--repo-id", "a/b"], offline_env(tmp_path, "hf_not_a_token")
    )
    assert result.returncode == 2, result.stderr
    *progress, error = result.stderr.strip().splitlines()
    count = sum(1 for p in bundle.rglob("*") if p.is_file())
    assert progress == [f"uploading {count} file(s) to a/b"]
    assert error.startswith("Error: publishing to a/b failed: "), error
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        # An owner is required: a bare name would go to whoever the token belongs to.
        (["--repo-id", "warta-id-news"], "expected OWNER/NAME"),
        # A bundle that was never built.
        (["--repo-id", "a/b"], "no bundle here; run `warta dist` first"),
    ],
)
def test_bad_arguments_exit_2(bundle: Path, tmp_path: Path, args: list[str], message: str) -> None:
    target = str(bundle) if "warta-id-news" in args else str(tmp_path / "missing")
    result = CliRunner().invoke(main, ["publish", target, *args, "--dry-run"])
    assert result.exit_code == 2
    assert message in result.output


def test_a_tampered_bundle_is_not_published(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / NAME
    shutil.copytree(bundle, copy)
    (copy / "CITATION.cff").write_text("title: edited\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["publish", str(copy), "--repo-id", "a/b", "--dry-run"])
    assert result.exit_code == 2
    assert "CITATION.cff: sha256 differs from SHA256SUMS" in result.output
