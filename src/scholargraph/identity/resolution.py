"""Identity resolution: which names are one person and which records one work, across all sources of a build.

Decided before any IRI is minted, so the build gives one node per person and per work:

* People: names that share a registry identifier (ORCID, DBLP pid, OpenAlex, Wikidata)
  or a hint in ``scholargraph.toml`` are one person; so are spellings with the same
  normalized key (accents, case, hyphens, ``LOH Yi Lin``, ``Sun, Qianru``). Names that
  only *say less* than another (``Q. Sun`` / ``Qianru Sun``, ``Yilin`` / ``Yi Lin``) are
  merged when they share at least two other people and no other name fits. Every
  other look-alike (``Lv Hui`` / ``Hui Lv``, ``Zichen`` / ``Zicheng``) stays apart and
  is listed as a ``Candidate`` with its evidence, for a hint to settle.
* Works: records sharing a DOI, an arXiv id or a registry key are one work; so are
  records with the same normalized title, the same first author's family name and year
  (a preprint and the paper it became, up to two years apart, are one work), unless they
  give a different type, volume, publisher, venue or identifier. A record whose authors
  are a stand-in (an ORCID work summary) needs the same year and venue instead. Each
  merge is an info note naming both records and the evidence; one resting on the title
  alone is a warning.

Every choice depends only on the set of records, never on their order, so the same
sources give the same IRIs however they are listed. Comparisons are made within
blocks (see ``resolve.variant_pairs``; works by identifier and by title), so the
cost grows near-linearly with the number of names and works.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..model.records import Problem, Record, Work
from .aliases import AliasTable
from .authors import one_author_list
from .hints import Hints
from .people import Candidate, PersonIdentity, person_key, resolve_people
from .works import WorkIdentity, resolve_works

__all__ = ["Resolution", "resolve"]


@dataclass
class Resolution:
    """Who is whom and which work is which; names and works it has not seen stand for themselves."""

    people: dict[str, PersonIdentity] = field(default_factory=dict)
    works: dict[Work, WorkIdentity] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    overruled: set[Work] = field(default_factory=set)
    """Work records whose author list disagrees with the one their work keeps (see ``authors.one_author_list``)."""
    merged: set[Work] = field(default_factory=set)
    """Work records merged into a work another record (the first one read) stands for."""
    distinct: dict[str, set[str]] = field(default_factory=dict)
    """Person key → the keys of the people ``[identity.distinct]`` declares different from them (both ways)."""

    def person(self, written: str) -> PersonIdentity:
        key, name = person_key(written)
        return self.people.get(key) or PersonIdentity(key, name)

    def work(self, record: Work) -> WorkIdentity:
        return self.works.get(record) or WorkIdentity(record.title, record.title, record.year, record.kind)


def resolve(
    records: Sequence[Record],
    venue_table: AliasTable,
    organization_table: AliasTable,
    hints: Hints | None = None,
) -> Resolution:
    """Who is whom and which work is which, across the records of every source of a build."""
    with _collector_paused():
        people, candidates, problems = resolve_people(records, hints or Hints(), venue_table, organization_table)
        works, merged, work_problems = resolve_works(records)
        resolution = Resolution(people, works, candidates, problems + work_problems, merged=merged)
        for first, others in (hints or Hints()).distinct.items():  # between people the sources name
            for other in others:
                a, b = (people.get(person_key(name)[0]) for name in (first, other))
                if a is not None and b is not None and a.key != b.key:
                    resolution.distinct.setdefault(a.key, set()).add(b.key)
                    resolution.distinct.setdefault(b.key, set()).add(a.key)
        one_author_list(resolution)
        return resolution


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: resolution builds many small objects and no cycles, and
    the collector's passes over the growing heap made it superlinear (measured in docs/identity.md)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
