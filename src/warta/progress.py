"""Progress on stderr: a bar with articles/s and ETA on a terminal, plain lines otherwise.

Progress is about the run, not the data: it may read the clock; nothing it computes is
written to the package.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """Counts processed articles and reports at a bounded rate."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = interval if interval is not None else (0.1 if self.tty else 5.0)
        self.clock = clock
        self.total = 0
        self.done = 0
        self.started = clock()
        self.last = float("-inf")

    def message(self, text: str) -> None:
        if self.tty and self.done:
            self.stream.write("\n")
        self.stream.write(text + "\n")
        self.stream.flush()

    def start(self, total: int) -> None:
        self.total, self.done, self.started = total, 0, self.clock()

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = self.clock()
        if now - self.last >= self.interval or self.done == self.total:
            self.last = now
            self._report(now)

    def finish(self) -> None:
        if self.tty and self.done:
            self.stream.write("\n")
            self.stream.flush()

    def _report(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        remaining = (self.total - self.done) / rate if rate > 0 else 0.0
        figures = (
            f"{self.done}/{self.total} articles, {rate:.1f} articles/s, ETA {_duration(remaining)}"
        )
        if self.tty:
            width = 30
            filled = int(width * self.done / self.total) if self.total else width
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {figures}  ")
        else:
            self.stream.write(f"processed {figures}\n")
        self.stream.flush()


class Silent(Progress):
    """No output (``--quiet``)."""

    def message(self, text: str) -> None:
        pass

    def advance(self, count: int = 1) -> None:
        self.done += count

    def finish(self) -> None:
        pass


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
