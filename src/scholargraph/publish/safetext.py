"""Data made harmless for where it is shown: a terminal, a spreadsheet, a Markdown page.

Titles and names come from files anyone can write. Printed as they are, a title holding
``ESC[2J`` clears the terminal it is shown on, a CSV cell starting with ``=`` is run as a
formula when the file is opened in a spreadsheet, and ``<script>`` in a Markdown table runs
when the page is rendered. Each function here keeps the text readable and takes that away.
"""

from __future__ import annotations

import re

__all__ = ["csv_cell", "markdown_cell", "terminal_cell", "terminal_text"]

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clearing the screen
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks, clipboard
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b.?"  # any other escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"  # other controls, and bidi overrides that reorder a line
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet takes a cell to be a formula by (OWASP's list for CSV injection)."""
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#!|~])")
"""Punctuation that makes Markdown markup or raw HTML; escaped with a backslash it is only itself."""


def terminal_text(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (line breaks and tabs stay)."""
    return _ESCAPES.sub("", text)


def terminal_cell(text: str) -> str:
    """``text`` for one cell of a table in a terminal: no escapes or controls, and on one line."""
    return " ".join(terminal_text(text).replace("\t", " ").splitlines())


def csv_cell(text: str) -> str:
    """``text`` for a CSV cell: a quote before a start a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def markdown_cell(text: str) -> str:
    """``text`` for a cell of a Markdown table: markup and HTML escaped, on one line, no controls."""
    return _MARKDOWN.sub(r"\\\1", terminal_cell(text))
