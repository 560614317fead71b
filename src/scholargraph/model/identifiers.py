"""Identifiers recognized, normalized and checked in one place: DOI, arXiv, ORCID, dblp, OpenAlex, ROR, Wikidata.

Sources write one identifier many ways (``https://doi.org/10.1/X``, ``doi:10.1/x``,
``arXiv:2101.01234v2``, ``https://orcid.org/0000-…``); each function here finds the
identifier in such a value and returns its one short form, or ``None`` for anything that
is not that identifier, so that two sources naming one thing give one value.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from .records import Identifier, IdentifierScheme

__all__ = [
    "ARXIV_IN_TEXT",
    "SAFE_SCHEMES",
    "arxiv_id",
    "dblp_key",
    "dblp_pid",
    "doi",
    "doi_url",
    "openalex_id",
    "orcid",
    "orcid_check_digit",
    "orcid_identifiers",
    "ror_id",
    "unsafe_scheme",
    "wikidata_id",
]

SAFE_SCHEMES = ("http", "https", "mailto", "ftp", "doi")
"""URL schemes a link may keep; ``javascript:``, ``data:``, ``file:`` and the like run in a browser or read its machine."""
_SCHEME = re.compile(r"^[\x00-\x20]*([A-Za-z][A-Za-z0-9+.-]*):(?=\S)")
"""A scheme before an address (``javascript:alert(1)``), not a word before a colon in a sentence (``Oral: top 5%``)."""

_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
_DOI_RESOLVER = re.compile(r"doi\.org/$", re.IGNORECASE)
_DOI_TRAILING = ".,;:"
_CLOSING = {")": "(", "]": "["}
_DOI_URL_SAFE = "/:;()@!$&'*+,=~"
"""Characters a DOI keeps in its resolver URL; every other one not a letter, digit or ``-._`` is percent-encoded."""

_ARXIV_BEFORE = r"(?:arxiv\.org/(?:abs|pdf)/|arxiv[:.\s]*|^)"
_ARXIV = re.compile(_ARXIV_BEFORE + r"(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\b", re.IGNORECASE)
_OLD_ARXIV = re.compile(_ARXIV_BEFORE + r"([a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\b", re.IGNORECASE)
ARXIV_IN_TEXT = re.compile(r"\b(?:arxiv[:\s]*)?(\d{4}\.\d{4,5})(?:v\d+)?\b", re.IGNORECASE)
"""A new-style arXiv id anywhere in free text, with its prefix and version (to find it, or to blank it out)."""

_ORCID = re.compile(r"(?<![\d-])(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])(?![\w-])")
_DBLP_KEY = re.compile(r"dblp\.org/rec/(?:bibtex/)?([a-z0-9/_.-]+?)(?:\.bib|\.html|\.xml)?(?:[?#].*)?$", re.IGNORECASE)
_DBLP_PID = re.compile(
    r"^(?:(?:https?://)?(?:www\.)?dblp\.(?:org|uni-trier\.de)/pid/|homepages/)?([a-z0-9][\w/-]*?)(?:\.(?:html|xml))?$",
    re.IGNORECASE,
)
_OPENALEX = re.compile(r"(?:^|openalex\.org/(?:[a-z]+/)?)([WAISCVPF]\d+)/?$", re.IGNORECASE)
_ROR = re.compile(r"(?:^|ror\.org/)(0[a-hj-km-np-tv-z0-9]{6}\d{2})/?$", re.IGNORECASE)
_WIKIDATA = re.compile(r"(?:^|wikidata\.org/(?:entity|wiki)/)(Q\d+)/?$")


def doi(text: str | None) -> str | None:
    """The DOI in a value (``10.1109/…``, ``doi:10.…``, a ``doi.org`` or ``dx.doi.org`` URL), in lower case.

    DOIs ignore case, as the DOI Handbook says. A trailing ``.`` ``,`` ``;`` ``:`` or unbalanced ``)`` ``]``
    ends the sentence around the DOI, not the DOI; anything else stays whole (SICI ``<…>``, ``%xx``).
    A resolver URL's query or fragment is not part of the DOI.
    """
    found = _DOI.search(text) if text else None
    if found is None:
        return None
    value = found.group()
    if _DOI_RESOLVER.search(found.string, 0, found.start()):
        value = re.split(r"[?#]", value, maxsplit=1)[0]
    while value and (value[-1] in _DOI_TRAILING or (value[-1] in _CLOSING and _unbalanced(value, value[-1]))):
        value = value[:-1]
    return value.lower() if value.partition("/")[2] else None


def _unbalanced(text: str, closing: str) -> bool:
    return text.count(closing) > text.count(_CLOSING[closing])


def doi_url(value: str) -> str:
    """The resolver URL of a DOI, percent-encoded so that it is a valid IRI whatever the DOI holds."""
    return "https://doi.org/" + quote(value, safe=_DOI_URL_SAFE)


def arxiv_id(text: str | None, *, anywhere: bool = False) -> str | None:
    """The arXiv id, version left out, in a value: ``2101.01234v2``, ``hep-th/9901001``, ``arXiv:…``,
    an arxiv.org abs or pdf URL, or an arXiv DOI (``10.48550/arXiv.2101.01234``).

    A bare id counts only at the start of the value; with ``anywhere``, a new-style id anywhere
    in free text counts too (a citation line: ``CoRR abs/2101.01234``).
    """
    if not text:
        return None
    text = text.strip()
    found = _ARXIV.search(text) or _OLD_ARXIV.search(text) or (ARXIV_IN_TEXT.search(text) if anywhere else None)
    return found.group(1) if found else None


def orcid(text: str | None) -> str | None:
    """The ORCID iD (``0000-0002-1825-0097``) in an iD or an ``orcid.org`` URL; one whose check digit is wrong is none."""
    found = _ORCID.search(text) if text else None
    value = found.group(1).upper() if found else None
    return value if value and value[-1] == orcid_check_digit(value) else None


def orcid_identifiers(text: str | None) -> tuple[Identifier, ...]:
    """A person's identifiers from a value that may hold their ORCID iD: that iD, or none."""
    found = orcid(text)
    return (Identifier(IdentifierScheme.ORCID, found),) if found else ()


def orcid_check_digit(value: str) -> str:
    """The ISO 7064 11,2 check digit of an ORCID iD's first 15 digits (``X`` stands for 10)."""
    total = 0
    for digit in value.replace("-", "")[:15]:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    return "X" if check == 10 else str(check)


def dblp_key(text: str | None) -> str | None:
    """The dblp record key in a dblp.org URL (``https://dblp.org/rec/conf/wacv/0001LSS24.html?view=bibtex``)."""
    found = _DBLP_KEY.search(text.strip()) if text else None
    return found.group(1) if found else None


def dblp_pid(text: str | None) -> str | None:
    """The dblp person pid (``46/1213``) in a pid, a ``homepages/…`` record key or a ``dblp.org/pid/…`` URL."""
    found = _DBLP_PID.match(text.strip()) if text else None
    return found.group(1) if found else None


def openalex_id(text: str | None) -> str | None:
    """The OpenAlex id (``W2741809807``, ``A5023888391``) in an id or an ``openalex.org`` URL, upper-cased."""
    found = _OPENALEX.search(text.strip()) if text else None
    return found.group(1).upper() if found else None


def ror_id(text: str | None) -> str | None:
    """The ROR id (``03vek6s52``: 0, six letters or digits, two check digits) in an id or a ``ror.org`` URL."""
    found = _ROR.search(text.strip()) if text else None
    return found.group(1).lower() if found else None


def wikidata_id(text: str | None) -> str | None:
    """The Wikidata item (``Q56267570``) in a QID or a ``wikidata.org/entity/`` or ``/wiki/`` URL."""
    found = _WIKIDATA.search(text.strip()) if text else None
    return found.group(1) if found else None


def unsafe_scheme(value: str | None) -> str | None:
    """The scheme (lower case) of an address no link may have (``javascript:``, ``data:``, ``file:``… in any case, with
    tabs or line breaks inside as a browser ignores them), or ``None`` for a safe, relative or schemeless one."""
    found = _SCHEME.match(re.sub(r"[\t\n\r]", "", value or ""))
    return found[1].lower() if found and found[1].lower() not in SAFE_SCHEMES else None
