"""A build killed with SIGKILL mid-way leaves the previous package valid (issue 7)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_build_errors import built, snapshot  # noqa: F401  (fixture re-export)

SEED = Path(__file__).resolve().parents[1] / "dataset/raw/kursk-sappers.txt"


def test_kill_9_during_build_keeps_the_old_package(built: Path) -> None:  # noqa: F811
    before = snapshot(built)
    for number in range(40):
        (built / "dataset/raw" / f"copy-{number:02d}.txt").write_bytes(SEED.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "warta", "build", str(built / "dataset/raw"), "--out", str(built)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("building 41 article(s)"):
            break
    time.sleep(1.0)  # workers are starting or extracting: the middle of the build
    assert process.poll() is None, "the build ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert (
        snapshot(built)
        == {name: digest for name, digest in snapshot(built).items() if ".warta-staging-" in name}
        | before
    )
    result = subprocess.run(
        [sys.executable, "-m", "warta", "validate", str(built)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
