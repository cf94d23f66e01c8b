"""Text normalization, exactly as the contract fixes it.

Decode UTF-8 (a BOM is dropped), Unicode NFC, ``\\r\\n`` and ``\\r`` become ``\\n``, trailing
whitespace at the end of the document is removed. Nothing else changes, so offsets can be
traced back to the source file (CONTRACT.md, "Text normalization").
"""

from __future__ import annotations

import unicodedata


class DecodeError(ValueError):
    """The bytes are not UTF-8; ``position`` is the byte offset of the first bad byte."""

    def __init__(self, position: int, reason: str) -> None:
        super().__init__(reason)
        self.position = position
        self.reason = reason


def decode(raw: bytes) -> str:
    """Decode UTF-8, dropping one leading BOM; raise :class:`DecodeError` otherwise."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DecodeError(error.start, "not valid UTF-8 (expected UTF-8 text)") from None


def normalize_text(text: str) -> str:
    """NFC, unified newlines, no trailing whitespace. Idempotent."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.rstrip()
