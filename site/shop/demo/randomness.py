"""Deterministic "randomness": every generated value is a function of a stable key.

Python's built-in ``hash()`` is salted per process, so it cannot make runs
reproducible; a digest of the key can.
"""

import hashlib
import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def stable_hash(*parts: str) -> int:
    """A 64-bit integer that depends only on ``parts``, identical on every machine and run."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def stable_random(*parts: str) -> random.Random:
    """A generator seeded from ``parts``, for drawing several related values from one key."""
    return random.Random(stable_hash(*parts))


def stable_choice(options: Sequence[T], *parts: str) -> T:
    return options[stable_hash(*parts) % len(options)]
