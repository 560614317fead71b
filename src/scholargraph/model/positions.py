"""Where a person went after a group, as a page or roster writes it ("now at Y", "Current position").

Both the homepage reader and the roster reader meet such text; this is the one place that
splits it into the job and the organization, so ``lab-flow`` can name where each person went.
"""

from __future__ import annotations

import re

__all__ = ["read_next_position"]

_AT = re.compile(r"\s+at\s+|\s*@\s*", re.IGNORECASE)
_WITH = re.compile(r"\s+with\s+", re.IGNORECASE)
_JOB = re.compile(
    r"\b(?:professor|lecturer|instructor|researcher|scientist|engineer|post-?doc\w*|fellow|student|candidate|manager|"
    r"director|founder|co-founder|analyst|developer|consultant|associate|assistant|head|lead|staff|faculty|resident)\b",
    re.IGNORECASE,
)


def read_next_position(text: str) -> tuple[str, str] | None:
    """The job title and the organization of a next position as written: ``Assistant Professor at KAIST`` gives
    ("Assistant Professor", "KAIST"), ``Research Scientist, Google`` ("Research Scientist", "Google"), ``Google``
    ("Google", "Google"); None for text naming neither."""
    text = " ".join(text.split()).strip(" .;,:-–—()")
    if not text:
        return None
    found = _AT.search(text) or _WITH.search(text)
    if found and found.start() > 0:
        title, organization = text[: found.start()], text[found.end() :]
    elif "," in text and _JOB.search(text.split(",", 1)[0]):
        title, organization = (part.strip() for part in text.split(",", 1))
    else:
        title, organization = text, text
    title, organization = title.strip(" .;,:-"), organization.strip(" .;,:-")
    title = re.sub(r"^(?:an?|the)\s+", "", title, flags=re.IGNORECASE)
    if not organization:
        return None
    return title or organization, organization
