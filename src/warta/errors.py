"""Our exception types. The CLI turns each into a one-line message and an exit code."""

from __future__ import annotations


class WartaError(Exception):
    """A failed run that is the input's or the user's fault (exit status 2), not a crash."""


class InputError(WartaError):
    """Bad input: names the file and, where there is one, the line and field."""

    def __init__(
        self, path: str, expected: str, *, line: int | None = None, field: str | None = None
    ) -> None:
        where = path
        if line is not None:
            where += f" line {line}"
        if field is not None:
            where += f" field {field}"
        super().__init__(f"{where}: {expected}")
        self.path = path
        self.line = line
        self.field = field
        self.expected = expected
