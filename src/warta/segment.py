"""Paragraph and sentence segmentation of normalized article text.

Pure functions: text in, spans out. Offsets follow the contract (0-based, end-exclusive
code-point indices into the normalized text); a span never starts or ends with whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence: ``text[start:end]``, inside paragraph number ``paragraph`` (0-based)."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class ParagraphSpan:
    start: int
    end: int


_PARAGRAPH = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")


def split_paragraphs(text: str) -> list[ParagraphSpan]:
    """Paragraphs are maximal runs of non-newline text, trimmed of surrounding spaces."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = _trim(text, match.start(), match.end())
        if start < end:
            spans.append(ParagraphSpan(start, end))
    return spans


def segment(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences, never across a paragraph."""
    sentences: list[SentenceSpan] = []
    for number, paragraph in enumerate(split_paragraphs(text)):
        start = paragraph.start
        for match in _BOUNDARY.finditer(text, paragraph.start, paragraph.end):
            s, e = _trim(text, start, match.end())
            if s < e:
                sentences.append(SentenceSpan(s, e, number))
            start = match.end()
        s, e = _trim(text, start, paragraph.end)
        if s < e:
            sentences.append(SentenceSpan(s, e, number))
    return sentences


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
