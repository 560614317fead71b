"""How far a long read is: a bar on a terminal, a plain line every few seconds elsewhere, nothing when quiet.

A streamed source (a dblp dump) takes minutes to hours; its meter shows the bytes read of the
file's size, the records and quads made with their rates, and the time left at that pace.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["EVERY", "Meter", "Meters", "Step", "meters", "stepper"]

EVERY = 5.0
"""Seconds between two plain lines: often enough to see a build move, seldom enough to keep a log short."""

Meters = Callable[[str, int], "Meter"]
"""Makes the meter of one source from its name and its size in bytes."""


class Meter:
    """The meter of one source; this one shows nothing (``-q``, or a library call that asked for none)."""

    def __init__(self, label: str = "", total: int = 0) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self.records = 0
        self.quads = 0
        self.started = time.monotonic()

    def read(self, size: int) -> None:
        """``size`` more bytes of the file were read."""
        self.done += size

    def count(self, records: int, quads: int) -> None:
        """So many records and quads made so far."""
        self.records, self.quads = records, quads

    def close(self) -> None:
        """The source is read."""

    def rates(self) -> str:
        """Records and quads made, with their rates."""
        seconds = max(time.monotonic() - self.started, 1e-9)
        return f"{self.records:,} records ({self.records / seconds:,.0f}/s), {self.quads:,} quads ({self.quads / seconds:,.0f}/s)"

    def left(self) -> str:
        """The time left at the pace of the bytes read so far."""
        if not 0 < self.done < self.total:
            return ""
        return f", {_duration((time.monotonic() - self.started) * (self.total - self.done) / self.done)} left"


class _Lines(Meter):
    """A line every ``every`` seconds, for a log or a pipe."""

    def __init__(self, label: str, total: int, out: TextIO, every: float) -> None:
        super().__init__(label, total)
        self.out = out
        self.every = every
        self.shown = self.started

    def count(self, records: int, quads: int) -> None:
        super().count(records, quads)
        if (now := time.monotonic()) - self.shown >= self.every:
            self.shown = now
            share = f" ({self.done / self.total:.0%})" if self.total else ""
            read = f"{self.done / 1e6:,.1f} of {self.total / 1e6:,.1f} MB{share}"
            print(f"  {self.label}: {read}; {self.rates()}{self.left()}", file=self.out, flush=True)


class _Bar(Meter):
    """A ``tqdm`` bar of the bytes read, with records, quads and their rates beside it."""

    def __init__(self, label: str, total: int, out: TextIO) -> None:
        from tqdm import tqdm

        super().__init__(label, total)
        self.bar = tqdm(total=total, desc=label, unit="B", unit_scale=True, unit_divisor=1024, file=out, leave=True)
        self.shown = self.started

    def read(self, size: int) -> None:
        super().read(size)
        self.bar.update(size)

    def count(self, records: int, quads: int) -> None:
        super().count(records, quads)
        if (now := time.monotonic()) - self.shown >= 0.5:
            self.shown = now
            self.bar.set_postfix_str(self.rates(), refresh=False)

    def close(self) -> None:
        self.bar.set_postfix_str(self.rates(), refresh=False)
        self.bar.close()


def meters(out: TextIO) -> Meters:
    """Meters writing to ``out``: bars if it is a terminal, else a line every ``EVERY`` seconds."""
    if out.isatty():
        return lambda label, total: _Bar(label, total, out)
    return lambda label, total: _Lines(label, total, out, EVERY)


Step = Callable[[int, int], None]
"""Told how many steps of how many are done (validation's checks, a site's pages)."""


def stepper(say: Callable[[str], None], label: str, unit: str = "checks") -> Step:
    """A count of steps done of a total (validation's checks, a site's pages), said as a line every ``EVERY``
    seconds with the time left at that pace (``say`` is the build's progress: silent with ``-q``); a short job
    says nothing."""
    started = shown = time.monotonic()

    def step(done: int, total: int) -> None:
        nonlocal shown
        now = time.monotonic()
        if 0 < done < total and now - shown >= EVERY:
            shown = now
            left = _duration((now - started) * (total - done) / done)
            say(f"  {label}: {done:,} of {total:,} {unit} ({done / total:.0%}), {left} left")

    return step


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
