"""Keep freed memory in the process between NER batches (glibc's ``mallopt``).

Every model batch allocates and frees numpy arrays of a few MB. With glibc's defaults the
freed top of the heap is handed back to the kernel and the next batch faults the same
pages in again: a 10,000-article ``--jobs 1`` build took about 8 million page faults and
15 s of system time for it (7% of the build; the model run alone over the same texts
took almost none). A top pad of 64 MB keeps that much free heap in the process, so the
pages are reused: system time falls to about 2 s at the cost of at most 64 MB of resident
memory. Elsewhere than glibc (macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import functools
import sys

M_TOP_PAD = -2  # glibc's malloc.h
TOP_PAD_BYTES = 64 << 20


@functools.cache
def keep_heap_pad() -> bool:
    """Ask glibc to keep ``TOP_PAD_BYTES`` of free heap; True when it took the setting."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_TOP_PAD, TOP_PAD_BYTES))
