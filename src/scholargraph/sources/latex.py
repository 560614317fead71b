"""LaTeX in field values → plain Unicode text (``M{\\"u}ller`` → ``Müller``, ``\\&`` → ``&``).

Wraps pylatexenc, which has no type hints, in one typed function. Values without a
backslash skip the parser (only their grouping braces go), and the parser's macro table
is built once, which keeps large files fast.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

__all__ = ["latex_to_text"]


@cache
def _parser() -> tuple[Any, Any, Any]:
    from pylatexenc.latex2text import LatexNodes2Text  # type: ignore[import-untyped]
    from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db  # type: ignore[import-untyped]

    return LatexWalker, get_default_latex_context_db(), LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


@lru_cache(maxsize=65536)
def latex_to_text(value: str) -> str:
    """The text a LaTeX value shows, with whitespace collapsed."""
    if "\\" in value or "$" in value:
        walker_class, context, converter = _parser()
        nodes = walker_class(value, latex_context=context, tolerant_parsing=True).get_latex_nodes()[0]
        value = str(converter.nodelist_to_text(nodes))
    value = value.replace("---", "—").replace("--", "–").replace("{", "").replace("}", "").replace("~", " ")
    return " ".join(value.split())
