"""``warta publish``: upload a release bundle to a Hugging Face dataset repository (issue 8).

One commit holds the whole bundle (``HfApi.create_commit``, message = the version), files
the bundle no longer has are deleted in that same commit, and the commit is tagged, so a
tag on the Hub is exactly one bundle. Nothing is sent unless the bundle passes ``warta
validate`` and its ``SHA256SUMS``, and an existing tag stops the run before any change.
``--dry-run`` prints the plan (every file, its size and sha256, the commit and the tag)
without touching the network.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.dist import CHECKSUMS, bundle_name, verify_checksums
from warta.errors import WartaError
from warta.export import read_descriptor
from warta.validate import validate_package

REPO_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*")
BRANCH = "main"
# Files the Hub manages itself: never deleted as "not in the bundle".
HUB_FILES = frozenset({".gitattributes"})


class PublishError(WartaError):
    """Publishing failed or would fail (no token, no network, tag exists, bad bundle)."""


@dataclass(frozen=True, slots=True)
class BundleFile:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class PublishPlan:
    """What ``publish`` will do: one commit of ``files`` on ``main``, then ``tag``."""

    repo_id: str
    bundle_dir: Path
    files: tuple[BundleFile, ...]
    commit_message: str
    tag: str

    def render(self) -> str:
        lines = [
            f"dataset repo: https://huggingface.co/datasets/{self.repo_id} (created if missing)",
            f"commit on {BRANCH}: {self.commit_message!r}, {len(self.files)} file(s) added or "
            f"replaced, every other file deleted (except {', '.join(sorted(HUB_FILES))})",
            f"then tag: {self.tag}",
            "",
        ]
        lines += [f"{f.sha256}  {f.size:>10}  {f.path}" for f in self.files]
        total = sum(f.size for f in self.files)
        lines.append(f"{len(self.files)} file(s), {total} bytes from {self.bundle_dir}")
        return "\n".join(lines)


def default_bundle(package_dir: Path, dist_dir: Path) -> Path:
    """``dist_dir/<name>-<version>`` of the package in ``package_dir`` (what ``warta dist``
    writes)."""
    return dist_dir / bundle_name(read_descriptor(package_dir))


def plan_publish(bundle_dir: Path, repo_id: str, tag: str | None) -> PublishPlan:
    """Check the bundle and list what would be uploaded; reads only local files."""
    if not REPO_ID.fullmatch(repo_id):
        raise PublishError(f"--repo-id {repo_id!r}: expected OWNER/NAME")
    if not bundle_dir.is_dir():
        raise PublishError(f"{bundle_dir}: no bundle here; run `warta dist` first")
    report = validate_package(bundle_dir)
    if not report.valid:
        details = "; ".join(str(problem) for problem in report.problems[:5])
        raise PublishError(f"{bundle_dir} does not validate: {details}")
    problems = verify_checksums(bundle_dir)
    if problems:
        raise PublishError(f"{bundle_dir}/{CHECKSUMS}: {'; '.join(problems)}")
    version = str(read_descriptor(bundle_dir)["version"])
    files = tuple(
        _bundle_file(bundle_dir, path)
        for path in sorted(bundle_dir.rglob("*"), key=lambda p: p.as_posix())
        if path.is_file()
    )
    return PublishPlan(repo_id, bundle_dir, files, version, tag or f"v{version}")


def _bundle_file(bundle_dir: Path, path: Path) -> BundleFile:
    data = path.read_bytes()
    relative = path.relative_to(bundle_dir).as_posix()
    return BundleFile(relative, len(data), hashlib.sha256(data).hexdigest())


def hub_token() -> str:
    """The Hugging Face token (``HF_TOKEN`` or the cached login); PublishError if none."""
    from huggingface_hub import get_token

    token = get_token()
    if not token:
        raise PublishError(
            "no Hugging Face token: set HF_TOKEN or run `hf auth login` "
            "(`warta publish --dry-run` needs none)"
        )
    return token


def publish(plan: PublishPlan, token: str) -> str:
    """Carry out ``plan``; returns the URL of the commit. Network failures and Hub
    refusals become one-line PublishErrors."""
    from huggingface_hub import errors as hub_errors

    # The HTTP client's base error (httpx2's in huggingface_hub 2.x, httpx's before), which
    # HfHubHTTPError and connection failures share; importing httpx would miss httpx2.
    http_error: type[Exception] = getattr(hub_errors, "HTTPError")  # noqa: B009
    try:
        return _publish(plan, token)
    except (http_error, OSError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        raise PublishError(f"publishing to {plan.repo_id} failed: {first_line}") from None


def _publish(plan: PublishPlan, token: str) -> str:
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi

    api = HfApi(token=token)
    api.create_repo(plan.repo_id, repo_type="dataset", exist_ok=True)
    refs = api.list_repo_refs(plan.repo_id, repo_type="dataset")
    if any(tag.name == plan.tag for tag in refs.tags):
        raise PublishError(
            f"{plan.repo_id} already has tag {plan.tag}: bump the version in "
            "dataset/package.yaml (or pass another --revision) instead of overwriting a release"
        )
    keep = {f.path for f in plan.files} | HUB_FILES
    stale = sorted(set(api.list_repo_files(plan.repo_id, repo_type="dataset")) - keep)
    operations: list[Any] = [
        CommitOperationAdd(path_in_repo=f.path, path_or_fileobj=plan.bundle_dir / f.path)
        for f in plan.files
    ]
    operations += [CommitOperationDelete(path_in_repo=path) for path in stale]
    commit = api.create_commit(
        plan.repo_id,
        operations=operations,
        commit_message=plan.commit_message,
        repo_type="dataset",
        revision=BRANCH,
    )
    api.create_tag(
        plan.repo_id,
        tag=plan.tag,
        tag_message=plan.commit_message,
        revision=commit.oid,
        repo_type="dataset",
    )
    return str(commit.commit_url)
