#!/usr/bin/env bash
# `make release`: check the tree is clean and valid, check the version against the last
# release tag, write the CHANGELOG section from `warta diff`, rebuild (the card carries
# the changelog), commit and tag vX.Y.Z. Every decision is warta's; this only sequences.
set -euo pipefail
cd "$(dirname "$0")/.."
warta=.venv/bin/warta
changelog=dataset/CHANGELOG.md

if [ -n "$(git status --porcelain)" ]; then
  echo "release: the work tree is not clean; commit or stash first" >&2
  exit 2
fi
$warta validate >/dev/null
version=$(.venv/bin/python -c 'import json; print(json.load(open("datapackage.json"))["version"])')
if git rev-parse -q --verify "refs/tags/v$version" >/dev/null; then
  echo "release: tag v$version exists already; raise version in dataset/package.yaml" >&2
  exit 2
fi
tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*.[0-9]*.[0-9]*' 2>/dev/null || true)
if grep -q "^## $version\$" "$changelog" 2>/dev/null; then
  echo "release: $changelog already has a section for $version"
elif [ -n "$tag" ]; then
  $warta diff "$tag" . --check --changelog "$changelog"
else
  echo "release: no earlier release tag and no $changelog section for $version" >&2
  exit 2
fi
$warta build --quiet
$warta validate >/dev/null
git add -A
git diff --cached --quiet || git commit -q -m "Release v$version"
git tag -a "v$version" -m "Release v$version"
echo "tagged v$version"
