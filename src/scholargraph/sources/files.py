"""Reading a source file as text: UTF-8 or, failing that, Latin-1; one line end; errors that name the file."""

from __future__ import annotations

from pathlib import Path

from ..errors import SourceError
from ..model import Origin, Problem, Severity

__all__ = ["read_text_file"]


def read_text_file(path: Path, shown_as: str) -> tuple[str, list[Problem]]:
    """A text file's content with ``\\n`` line ends: UTF-8 (with or without a BOM), else Latin-1 with a warning."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(shown_as, f"cannot be read: {error.strerror}") from None
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")  # Windows and old Mac line ends; lines stay lines
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problem = Problem(
            Severity.WARNING, "not UTF-8; read as Latin-1 (save the file as UTF-8 to be sure)", Origin(shown_as, line)
        )
        return data.decode("latin-1"), [problem]
