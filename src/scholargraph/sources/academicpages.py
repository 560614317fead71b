"""The academicpages source: one ``_publications/*.md`` file → one ``Work``; one ``_talks/*.md`` → one ``Talk``.

academicpages keeps a publication as YAML front matter (``title``, ``venue``, ``date``,
``paperurl``, ``category``, ``excerpt``) and names its authors only inside ``citation``,
a free-text reference in whatever style its owner wrote (``Geiger, R. Stuart and David
Ribes (2010). “…”``, ``Aaron Halfaker and R. Stuart Geiger. 2019. "…"``); the authors
are the part before the year or the quoted title, with ``Surname, Given`` pairs joined.
A talk (``title``, ``type``, ``venue``, ``date``, ``talkurl``/``slidesurl``) is given by
the site's owner, named in the site's ``_config.yml``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, doi
from ..model.names import clean_name
from ..model.records import Origin, Problem, Severity, SourceResult, Talk
from .files import read_text_file
from .jekyll_data import work_from
from .site import site_owner
from .works import link, plain_text
from .yamltext import page_front_matter, partial_date, text_value

__all__ = ["citation_authors", "read_academicpages", "sniff_academicpages"]

_CATEGORY_TYPES = {"conferences": "paper-conference", "manuscripts": "article-journal", "books": "book"}
_AUTHORS_END = re.compile(r"\(\s*(?:1[5-9]|20)\d\d|[.,]\s*(?:1[5-9]|20)\d\d\s*[.,]|[“\"”]")
_SEPARATORS = re.compile(r",?\s+(?:and|&)\s+|,\s*")
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s*)+$")
_LEADING_INITIAL = re.compile(r"^[A-Z]\.")
_WORD_DOT = re.compile(r"(\w{2,})\.+$")
"""A stray dot after a full word ("Halfaker, Aaron.,"); the dots of initials stay."""


def sniff_academicpages(head: str) -> bool:
    """Whether a Markdown file's start is an academicpages publication's or talk's front matter."""
    return (
        head.startswith("---")
        and re.search(r"^collection:\s*(?:publications|talks)\s*$|^citation:", head, re.MULTILINE) is not None
    )


def citation_authors(citation: str) -> list[str | None]:
    """The authors a free-text reference starts with, each written given names first."""
    text = plain_text(citation)
    end = _AUTHORS_END.search(text)
    tokens = [_WORD_DOT.sub(r"\1", t.strip()) for t in _SEPARATORS.split(text[: end.start()] if end else "") if t.strip(" .")]
    names: list[str | None] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        given = tokens[i + 1] if i + 1 < len(tokens) else None
        # "Geiger, R. Stuart" / "Geiger, R.S" / "Halfaker, Aaron": a lone surname, then given names
        if (
            " " not in token
            and given is not None
            and (i == 0 or _INITIALS.match(given) or _LEADING_INITIAL.match(given) or " " not in given)
        ):
            names.append(clean_name(f"{given} {token}"))
            i += 2
        else:
            names.append(clean_name(token))
            i += 1
    return names


def read_academicpages(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read one academicpages publication or talk file."""
    text = read_text_file(path, shown_as)
    result = SourceResult(shown_as)
    matter = page_front_matter(text, shown_as, result.problems)
    if matter is None:
        return result
    title_line = next((n for n, line in enumerate(text.splitlines(), 1) if line.startswith("title:")), matter.line)
    where = Origin(shown_as, title_line)
    if str(matter.get("collection", "")).strip() == "talks":
        result.records += _talk(matter, path, where, result.problems)
        return result
    citation = text_value(matter.get("citation")) or ""
    item = dict(matter)
    if "authors" not in item and "author" not in item:
        item["authors"] = citation_authors(citation) if citation else []
    if not citation and "authors" not in matter:
        result.problems.append(Problem(Severity.WARNING, "no 'citation' to take the authors from; add 'citation: …'", where))
    item.setdefault("type", _CATEGORY_TYPES.get(str(matter.get("category", "")).lower(), ""))
    item.setdefault("abstract", matter.get("excerpt"))
    item.setdefault("doi", doi(plain_text(citation)))
    item.setdefault(
        "arxiv", arxiv_id(text_value(matter.get("paperurl"))) or arxiv_id(citation if "arxiv" in citation.lower() else None)
    )
    item.pop("excerpt", None)
    item.pop("permalink", None)
    item.pop("redirect_from", None)
    work = work_from(item, where, venues, result.problems)
    if work is not None:
        result.records.append(work)
    return result


def _talk(matter: dict[str, Any], path: Path, where: Origin, problems: list[Problem]) -> list[Talk]:
    """A ``_talks/*.md`` page: given by the site's owner (``author: name:`` in ``_config.yml``)."""
    title = plain_text(text_value(matter.get("title")) or "")
    speaker = site_owner(path.parent.parent)
    if not title:
        problems.append(Problem(Severity.VIOLATION, "talk has no title and is skipped; add 'title: …'", where, True))
        return []
    if speaker is None:
        message = f"talk '{title}' is skipped: its speaker is the site's owner, and no _config.yml names one (author: name: …)"
        problems.append(Problem(Severity.WARNING, message, where, left_out=True))
        return []

    def unsafe(message: str) -> None:
        problems.append(Problem(Severity.WARNING, message, where))

    links = tuple(
        found for key in ("talkurl", "slidesurl", "paperurl") if (found := link(key, text_value(matter.get(key)), unsafe))
    )
    return [
        Talk(
            speaker=speaker,
            title=title,
            date=partial_date(matter.get("date"), lambda message: problems.append(Problem(Severity.WARNING, message, where))),
            origin=where,
            kind=text_value(matter.get("type")) or "Talk",
            event=text_value(matter.get("venue")),
            links=links,
        )
    ]
