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

    def __reduce__(self) -> tuple[object, ...]:
        # Raised in worker processes: must survive pickling with its keyword arguments
        # (the default reduce calls cls(message) and would hang a multiprocessing pool).
        return (_rebuild_input_error, (self.path, self.expected, self.line, self.field))


def _rebuild_input_error(
    path: str, expected: str, line: int | None, field: str | None
) -> InputError:
    return InputError(path, expected, line=line, field=field)
