"""The allocator setting the model's batches rely on (``warta.allocator``).

Its effect is measured by ``make bench`` (system time of a 10,000-article build), never
timed here; this pins down only that the setting is taken where it can be: glibc Linux,
which is what CI and the benchmark machine run.
"""

from __future__ import annotations

import ctypes
import sys

import pytest

from warta.allocator import tune_allocator


def _glibc() -> bool:
    try:
        return hasattr(ctypes.CDLL(None), "gnu_get_libc_version")
    except OSError:
        return False


@pytest.mark.skipif(not (sys.platform.startswith("linux") and _glibc()), reason="glibc only")
def test_glibc_takes_the_heap_pad() -> None:
    assert tune_allocator() is True


def test_loading_the_model_sets_it() -> None:
    from warta.ner_model import load_model

    tune_allocator.cache_clear()
    load_model.cache_clear()
    load_model()
    assert tune_allocator.cache_info().currsize == 1
