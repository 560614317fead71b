"""Reading a homepage saved as text into numbered lines, the form every recognizer reads.

Bullets (``•``), non-breaking spaces and indentation are layout, not content: a
``Line`` keeps the text without them, its 1-based number, and whether it was bulleted.
An HTML reader (later) produces the same lines, so recognizers never see the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...errors import SourceError

__all__ = ["Line", "read_text", "text_lines"]

_BULLET = re.compile(r"^[\s\u00a0]*(?:[•·▪◦‣∙*-]\s+)?")


@dataclass(frozen=True)
class Line:
    """One non-empty line of content and where it is."""

    number: int
    text: str
    bulleted: bool = False


def text_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text``, layout removed."""
    lines = []
    for number, raw in enumerate(_normalize_line_ends(text).split("\n"), start=1):
        raw = raw.replace("\u00a0", " ")
        bullet = _BULLET.match(raw)
        content = " ".join(raw[bullet.end() if bullet else 0 :].split())
        if content:
            lines.append(Line(number, content, bulleted=bool(bullet and bullet.group().strip())))
    return lines


def _normalize_line_ends(text: str) -> str:
    """Windows and old Mac line ends become ``\\n``; nothing else ends a line (not U+2028),
    so line numbers agree with editors and ``grep -n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, shown_as: str) -> str:
    """Read a UTF-8 text file; a byte that is not UTF-8 is an error naming its line."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1
        raise SourceError(
            shown_as,
            f"byte {data[error.start]:#04x} is not UTF-8 text; save the file as UTF-8",
            line,
        ) from None
    if not text.strip():
        raise SourceError(shown_as, "the file is empty; point the build at a homepage's text")
    return text
