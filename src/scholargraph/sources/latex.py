"""LaTeX in field values → plain Unicode text (``M{\\"u}ller`` → ``Müller``, ``{\\TeX}hax`` → ``TeXhax``).

Wraps pylatexenc, which has no type hints, in typed functions. pylatexenc knows the
accents and letters (``\\ss``, ``\\o``, ``\\l``…) but drops the TeX logos and every macro it
does not know, which loses words from titles; here logos become their text, macros a
file defines (``\\def``, ``\\newcommand``, ``\\providecommand`` in ``@preamble``) their body
when it is plain text, and any other macro is kept as its name and returned, so that the
caller can report it. Values without a backslash skip the parser, and conversions are
cached, which keeps large files fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

__all__ = ["LOGOS", "Definitions", "PlainText", "latex_to_text", "macro_definitions"]

LOGOS: dict[str, str] = {
    "TeX": "TeX",
    "LaTeX": "LaTeX",
    "LaTeXe": "LaTeX2e",
    "BibTeX": "BibTeX",
    "BibLaTeX": "BibLaTeX",
    "AmS": "AMS",
    "AMS": "AMS",
    "AmSTeX": "AMS-TeX",
    "AMSTeX": "AMS-TeX",
    "AmSLaTeX": "AMS-LaTeX",
    "METAFONT": "METAFONT",
    "MF": "METAFONT",
    "METAPOST": "MetaPost",
    "MP": "MetaPost",
    "XeTeX": "XeTeX",
    "XeLaTeX": "XeLaTeX",
    "LuaTeX": "LuaTeX",
    "LuaLaTeX": "LuaLaTeX",
    "ConTeXt": "ConTeXt",
    "eTeX": "e-TeX",
    "pdfTeX": "pdfTeX",
    "pdfLaTeX": "pdfLaTeX",
    "SliTeX": "SliTeX",
    "PiCTeX": "PiCTeX",
    "LyX": "LyX",
    "plainTeX": "plain TeX",
}
"""Logo macros (LaTeX's own, ``doc``'s, ``hologo``'s) and the words they print; pylatexenc has none of them."""

SHOWING_THEIR_ARGUMENT = ("mbox", "hbox", "makebox", "textmd", "textsf", "texttt", "textup", "textsl", "textsc", "textnormal")
"""Macros that print their argument, which pylatexenc parses but would drop (``\\texttt{LaTeX}``)."""

PRINTING_NOTHING = (
    *("rm", "sf", "tt", "bf", "it", "sl", "sc", "em", "normalfont", "upshape", "itshape", "slshape", "scshape"),
    *("mdseries", "bfseries", "rmfamily", "sffamily", "ttfamily", "relax", "protect", "nocorr", "/", "color"),
)
"""Font switches and other macros that change how text looks, not what it says."""

Definitions = tuple[tuple[str, str], ...]
"""Macros a file defines, as (name, plain text) pairs: hashable, so conversions stay cached."""

_DEFINITION = re.compile(
    r"\\(?:def\s*\\(?P<def>[A-Za-z]+)|(?P<command>(?:re)?new|provide)command\*?\s*(?:\{\s*\\(?P<braced>[A-Za-z]+)\s*\}|\\(?P<bare>[A-Za-z]+)))"
    r"\s*(?P<arguments>\[\d\])?\s*\{"
)
_UNESCAPED_PERCENT = re.compile(r"(?<!\\)%")


@dataclass(frozen=True)
class PlainText:
    """The text a LaTeX value shows, and the macros in it that are neither known nor defined (kept by name)."""

    text: str
    unknown_macros: tuple[str, ...] = ()


@cache
def _walker() -> tuple[Any, Any]:
    from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db  # type: ignore[import-untyped]

    return LatexWalker, get_default_latex_context_db()


@lru_cache(maxsize=64)
def _converter(definitions: Definitions) -> Any:
    """A converter that knows pylatexenc's macros, the logos and ``definitions``, and keeps unknown macros by name."""
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db  # type: ignore[import-untyped]

    def text_of(text: str) -> Any:
        """The text, and the space written after the macro: ``\\LaTeX and`` is two words, as its writer meant."""
        return lambda node: text + (" " if node.macro_post_space else "")  # a callable: a '%' in text is no format

    def kept_by_name(node: Any, l2tobj: Any) -> str:
        arguments = [argument for argument in (node.nodeargd.argnlist if node.nodeargd else []) if argument is not None]
        shown = " ".join(str(l2tobj.nodelist_to_text([argument])) for argument in arguments)
        return str(node.macroname) + (" " if shown or node.macro_post_space else "") + shown

    specs = [
        *(MacroTextSpec(name, text_of(text)) for name, text in LOGOS.items()),
        *(MacroTextSpec(name, discard=False) for name in SHOWING_THEIR_ARGUMENT),
        *(MacroTextSpec(name, discard=True) for name in PRINTING_NOTHING),
        *(MacroTextSpec(name, text_of(text)) for name, text in definitions),
    ]
    context = get_default_latex_context_db().filter_context()  # a copy: the default is shared
    context.add_context_category("scholargraph", macros=specs, prepend=True)
    context.set_unknown_macro_spec(MacroTextSpec("", kept_by_name))
    return LatexNodes2Text(latex_context=context, math_mode="text", strict_latex_spaces=True)


def _unknown_macros(nodes: Any, converter: Any) -> list[str]:
    """The names of the macros among ``nodes`` (and their arguments and groups) the converter has no text for."""
    found: list[str] = []
    context = converter.latex_context
    for node in nodes or ():
        if node is None:
            continue
        macroname = getattr(node, "macroname", None)
        if macroname is not None and context.get_macro_spec(macroname) is context.unknown_macro_spec:
            found.append(macroname)
        arguments = node.nodeargd.argnlist if getattr(node, "nodeargd", None) else []
        found += _unknown_macros([*arguments, *(getattr(node, "nodelist", None) or [])], converter)
    return found


@lru_cache(maxsize=65536)
def latex_to_text(value: str, definitions: Definitions = ()) -> PlainText:
    """The text a LaTeX value shows, with whitespace collapsed, and the unknown macros it keeps by name."""
    unknown: tuple[str, ...] = ()
    if "\\" in value or "$" in value or "%" in value:
        value = _UNESCAPED_PERCENT.sub(r"\\%", value)  # a percent sign, not the start of a comment: fields are one line
        walker_class, parsing_context = _walker()
        converter = _converter(definitions)
        nodes = walker_class(value, latex_context=parsing_context, tolerant_parsing=True).get_latex_nodes()[0]
        value = str(converter.nodelist_to_text(nodes))
        unknown = tuple(dict.fromkeys(_unknown_macros(nodes, converter)))
    value = value.replace("---", "—").replace("--", "–").replace("{", "").replace("}", "").replace("~", " ")
    return PlainText(" ".join(value.split()), unknown)


def macro_definitions(latex: str, known: Definitions = ()) -> Definitions:
    """The macros ``latex`` defines whose body is plain text (no parameters, no unknown macro), after ``known``.

    ``\\def\\TUB{TUGboat}`` and ``\\newcommand{\\TUB}{TUGboat}`` give ``("TUB", "TUGboat")``; a body may
    use macros defined before it. A macro with parameters is left out: it stays unknown.
    """
    definitions = dict(known)
    for match in _DEFINITION.finditer(latex):
        body = _braced(latex, match.end())
        if body is None or match["arguments"] or "#" in body:
            continue
        name = match["def"] or match["braced"] or match["bare"]
        if match["command"] == "provide" and (name in definitions or name in LOGOS):
            continue  # \providecommand defines only what is not defined yet
        converted = latex_to_text(body, tuple(definitions.items()))
        if not converted.unknown_macros:
            definitions[name] = converted.text
    return tuple(definitions.items())


def _braced(text: str, start: int) -> str | None:
    """The text from ``start`` up to the brace that closes the one before it, or ``None`` if it is not closed."""
    depth = 1
    for index in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return text[start:index]
    return None
