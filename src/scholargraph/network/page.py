"""The co-authorship network as one self-contained, offline HTML page.

Two renderers, one page around them: vis-network (as pyvis ships it) draws a small
network, sigma.js with graphology (WebGL, vendored in ``templates/lib``) draws a field of
thousands from compact data. The sidebar and panel (search, year filter, colours and
legend, supervision, the clicked person's works) are the same script for both.

The page loads nothing from outside: the libraries, the page's own script and style and
the data are all inline, and a Content-Security-Policy forbids any request and any script
but those (by hash). Names and titles travel as JSON in a ``<script type="application/json">``
block, escaped so no text can end it, and the page puts them on screen with ``textContent``
only (sigma draws labels on its canvas). pyvis's own template is not used: it loads
Bootstrap from a CDN even "in_line" and shows titles through ``innerHTML``.

Positions are computed here (``layout``) and nothing moves in the browser, so the graph is
still as soon as it is drawn.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..rdf.files import write_atomically
from .coauthors import CoauthorNetwork
from .layout import layout
from .pagedata import PALETTE, field_data, page_data

if TYPE_CHECKING:
    from pyoxigraph import Quad

__all__ = [
    "COLOR_SCHEMES",
    "LARGE_FROM",
    "PALETTE",
    "build_page",
    "coauthor_page",
    "default_title",
    "layout",
    "page_data",
    "script_safe_json",
    "write_coauthor_page",
]

COLOR_SCHEMES = ("community", "organization")

LARGE_FROM = 2000
"""From this many people the page is drawn with sigma.js (WebGL) from compact data, below with vis-network."""

_VIS = "lib/vis-9.1.2/"
_GRAPHOLOGY = "lib/graphology-0.26.0/graphology.umd.min.js"
_SIGMA = "lib/sigma-3.0.3/sigma.min.js"


def script_safe_json(value: Any) -> str:
    """JSON that can sit inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.

    No ``</script>`` or ``<!--`` can then appear in it, whatever the names and titles hold.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


@cache
def _environment() -> Any:
    """Jinja with our template and, for vis-network's files, pyvis's own template folder."""
    import jinja2
    import pyvis

    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.PackageLoader("scholargraph", "templates"),
                jinja2.FileSystemLoader(Path(pyvis.__file__).parent / "templates"),
            ]
        ),
        autoescape=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> str:
    environment = _environment()
    source: str = environment.loader.get_source(environment, name)[0]
    return source


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def default_title(network: CoauthorNetwork) -> str:
    """ "Co-authors of NAME" when one person wrote every work (a homepage), else "Co-authorship network"."""
    if "ego" in network.coauthors.graph:
        return f"Co-authors of {network.coauthors.nodes[network.coauthors.graph['ego']]['name']}"
    common = set.intersection(*(set(w.authors) for w in network.works)) if network.works else set()
    if len(common) == 1:
        return f"Co-authors of {network.coauthors.nodes[common.pop()]['name']}"
    return "Co-authorship network"


def coauthor_page(network: CoauthorNetwork, title: str | None = None, color: str = "community", large: bool | None = None) -> str:
    """The HTML page of a network: self-contained, offline, every name and title shown as text.

    ``large`` chooses sigma.js and compact data (True) or vis-network (False); by
    default sigma.js from ``LARGE_FROM`` people on.
    """
    if color not in COLOR_SCHEMES:
        raise ValueError(f"unknown colour scheme {color!r}; use one of {', '.join(COLOR_SCHEMES)}")
    title = title or default_title(network)
    if large is None:
        large = len(network.people) >= LARGE_FROM
    if large:
        libraries, renderer, data = [_asset(_GRAPHOLOGY), _asset(_SIGMA)], "field.js", field_data(network, title)
    else:
        libraries, renderer, data = [_asset(_VIS + "vis-network.min.js")], "coauthors.js", page_data(network, title)
    scripts = [*libraries, _asset("coauthors-ui.js") + _asset(renderer)]
    return str(
        _environment()
        .get_template("coauthors.html")
        .render(
            title=title,
            color=color,
            renderer="sigma" if large else "vis",
            data=script_safe_json(data),
            vis_css="" if large else _asset(_VIS + "vis-network.css"),
            page_css=_asset("coauthors.css"),
            scripts=scripts,
            script_hashes=" ".join(_sha256(s) for s in scripts),
        )
    )


def write_coauthor_page(network: CoauthorNetwork, path: Path, title: str | None = None, color: str = "community") -> Path:
    """Write the page to ``path`` atomically (a failed run leaves the previous page whole)."""
    write_atomically({path: coauthor_page(network, title, color).encode("utf-8")})
    return path


def build_page(quads: Iterable[Quad]) -> bytes:
    """The build's ``coauthors.html``: the whole network of the quads just built, default options."""
    from ..stores.oxigraph import OxigraphStore
    from .coauthors import coauthor_network, read_records

    store = OxigraphStore()
    store.add_quads(quads)
    return coauthor_page(coauthor_network(read_records(store.store))).encode("utf-8")
