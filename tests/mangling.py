"""Seeded damage to real files for the fuzz tests: what a truncated download, a bad edit or a broken template does."""

from __future__ import annotations

import random
import re

_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")


def mangle(data: bytes, rng: random.Random, debris: list[bytes], longest: int = 500, markup: bool = False) -> bytes:
    """One to four of: cut short, a span removed, a span repeated, debris inserted, bytes overwritten; with
    ``markup`` also a tag deleted (its element's content re-nested in the parent) and a span moved elsewhere."""
    for _ in range(rng.randint(1, 4)):
        at, size = rng.randrange(len(data) + 1), rng.randint(1, longest)
        operation = rng.randrange(7 if markup else 5)
        tags = list(_TAG.finditer(data)) if operation == 5 else []
        if tags:
            tag = rng.choice(tags)
            data = data[: tag.start()] + data[tag.end() :]
        elif operation == 6:
            span, rest = data[at : at + size], data[:at] + data[at + size :]
            to = rng.randrange(len(rest) + 1)
            data = rest[:to] + span + rest[to:]
        elif operation == 0:
            data = data[:at]
        elif operation == 1:
            data = data[:at] + data[at + size :]
        elif operation == 2:
            data = data[:at] + data[at : at + size] * rng.randint(2, 3) + data[at:]
        elif operation == 3:
            data = data[:at] + rng.choice(debris) + data[at:]
        else:
            data = data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + data[at + 16 :]
    return data
