"""What the registry readers (ORCID, DBLP, OpenAlex, Crossref) share: identifiers written as
URLs, venues named through the alias table, dates given in parts.

Registries write the same identifier many ways (``https://doi.org/10.1/X``, ``doi:10.1/x``,
``http://dx.doi.org/…``); the graph keeps one short form per scheme, as ``model.Identifier``
documents. Functions here return ``None`` for anything that is not the identifier asked for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from ..identity.aliases import AliasTable
from ..model.records import Origin, PartialDate, Problem, Record, Severity, SourceResult
from .located import Located, json_entries

__all__ = [
    "arxiv_id",
    "collect",
    "doi",
    "known_venue",
    "openalex_id",
    "orcid",
    "partial_date",
    "read_json_entries",
    "venue_name",
    "wikidata_id",
]

_DOI = re.compile(r"(10\.\d{4,9}/\S+)")
_ORCID = re.compile(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$")
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([a-z\-]+(?:\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?", re.IGNORECASE)
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)
_OPENALEX = re.compile(r"(?:openalex\.org/)?([WAISCVPF]\d+)$", re.IGNORECASE)
_WIKIDATA = re.compile(r"wikidata\.org/(?:entity|wiki)/(Q\d+)$")
_VOLUME_PART = re.compile(r"\s*\(\d+\)$")


def doi(text: str | None) -> str | None:
    """The DOI in a DOI, a ``doi:`` form or a resolver URL, in lower case (DOIs ignore case)."""
    if not text:
        return None
    match = _DOI.search(text.strip())
    return match.group(1).rstrip(".").lower() if match else None


def orcid(text: str | None) -> str | None:
    """The 16-digit ORCID iD in an iD or an ``https://orcid.org/`` URL."""
    match = _ORCID.search(text.strip()) if text else None
    return match.group(1) if match else None


def arxiv_id(text: str | None) -> str | None:
    """The arXiv id in an ``arxiv.org/abs/`` URL or an arXiv DOI (``10.48550/arXiv.2106.01234``)."""
    if not text:
        return None
    match = _ARXIV_URL.search(text) or _ARXIV_DOI.match(text.strip())
    return match.group(1) if match else None


def openalex_id(text: str | None) -> str | None:
    """The OpenAlex id (``W2741809807``, ``A1969205032``) in an id or an ``openalex.org`` URL."""
    match = _OPENALEX.search(text.strip()) if text else None
    return match.group(1).upper() if match else None


def wikidata_id(text: str | None) -> str | None:
    """The Wikidata item (``Q56267570``) of a ``wikidata.org/entity/`` URL."""
    match = _WIKIDATA.search(text.strip()) if text else None
    return match.group(1) if match else None


def partial_date(year: object, month: object = None, day: object = None) -> PartialDate | None:
    """A date from the parts a registry gives (strings or numbers, any of them missing); ``None`` if invalid."""
    try:
        y = int(str(year))
        m = int(str(month)) if month not in (None, "") else None
        d = int(str(day)) if day not in (None, "") and m is not None else None
        return PartialDate(y, m, d)
    except (TypeError, ValueError):
        return None


def known_venue(written: str | None, table: AliasTable, *, free_text: bool = True) -> str | None:
    """The alias table's short name for a venue as written, if the table knows it.

    ``free_text`` also finds a known venue inside a longer name (Crossref's "2022 IEEE/CVF
    Conference on Computer Vision and Pattern Recognition (CVPR)"); dblp's names are already
    short and canonical, and searching in them would read "CVPR Workshops" as CVPR.
    """
    if not written or not written.strip():
        return None
    text = _VOLUME_PART.sub("", " ".join(written.split()))
    entry = table.lookup(text)
    if entry is None and free_text:
        found = table.find(text)
        entry = found[0] if found else None
    return entry.label if entry else None


def venue_name(written: str | None, table: AliasTable, *, free_text: bool = True) -> str | None:
    """The venue as the graph names it: the alias table's short name when the table knows it, else as written."""
    if not written or not written.strip():
        return None
    return known_venue(written, table, free_text=free_text) or _VOLUME_PART.sub("", " ".join(written.split()))


def collect(result: SourceResult, items: Iterable[Record | Problem]) -> SourceResult:
    """Sort what a reader yields into the result's records and problems."""
    for item in items:
        if isinstance(item, Problem):
            result.problems.append(item)
        else:
            result.records.append(item)
    return result


EntryReader = Callable[[Located, Origin], Iterable[Record | Problem]]


def read_json_entries(path: Path, shown_as: str, list_keys: tuple[str, ...], read_entry: EntryReader) -> SourceResult:
    """Read every entry of a registry's JSON or JSON Lines file with ``read_entry``; a broken one is a problem."""
    result = SourceResult(shown_as)
    for line, entry in json_entries(path, shown_as, list_keys):
        origin = Origin(shown_as, line)
        if isinstance(entry, json.JSONDecodeError):
            message = f"this line is not JSON ({entry.msg}, column {entry.colno}); it is skipped"
            result.problems.append(Problem(Severity.VIOLATION, message, origin, left_out=True))
        elif not isinstance(entry, Located):
            result.problems.append(
                Problem(Severity.VIOLATION, "entry is not a JSON object; it is skipped", origin, left_out=True)
            )
        else:
            collect(result, read_entry(entry, origin))
    return result
