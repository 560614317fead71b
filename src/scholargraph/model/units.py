"""Units written inside an organization's name: "National University of Singapore, School of Computing",
"Department of Physics, Stanford University".

Rosters, site front matter and citations write a school or department and its university as one
name; read apart, the unit becomes part of its parent (``org:subOrganizationOf``), the same node an
ORCID record's department of that university gives.
"""

from __future__ import annotations

import re

__all__ = ["split_unit"]

_UNIT = re.compile(
    r"^(?:(?:the\s+)?(?:graduate\s+)?school|department|dept\.?|faculty|division|college|institute|centre|center|"
    r"laborator(?:y|ies)|lab)\s+(?:of|for)\s+\S|^(?:[A-Z][\w&-]*\s+){1,4}(?:department|faculty|school|laboratory|lab)$",
    re.IGNORECASE,
)
"""A unit's name: "School of Computing", "Department of Z", "Faculty of Law", "Computer Science Department"."""
_PARENT = re.compile(
    r"\b(?:universit(?:y|ies|ät|é|à|e|eit|dad|ade|at)|polytechnic|politecnico|institute\s+of\s+technology|"
    r"college|academy|akademie|hochschule|école|ecole)\b",
    re.IGNORECASE,
)
"""Words naming an organization that has units: a university, a college, an institute of technology."""
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
"""A parent written as its acronym: "Department of Physics, MIT"."""


def split_unit(written: str) -> tuple[str, str | None]:
    """The organization and the unit of a name written "X, School of Y" or "Department of Z, X University";
    the name itself and None when it names no unit of a parent ("University of California, Berkeley")."""
    parts = [part.strip() for part in written.split(",")]
    if len(parts) != 2 or not all(parts):
        return written, None
    first, second = parts
    if _UNIT.search(second) and not _UNIT.search(first) and (_PARENT.search(first) or _ACRONYM.match(first)):
        return first, second
    if _UNIT.search(first) and not _UNIT.search(second) and (_PARENT.search(second) or _ACRONYM.match(second)):
        return second, first
    return written, None
