"""Work resolution: which records are one work (shared identifiers, or one title with nothing
against it), the key each work's IRI is minted from, and a note for every merge.

A preprint and the paper it became, up to ``_PREPRINT_YEARS_APART`` years apart, are one work;
records of one title that give a different type, volume, publisher, venue or identifier are two.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model.identifiers import arxiv_id, doi
from ..model.names import parse_name
from ..model.records import Problem, Record, Severity, Work, WorkKind
from ..model.text import fold
from ..rdf.vocab import slug

__all__ = ["WorkIdentity", "resolve_works"]

_PREPRINT_YEARS_APART = 2


@dataclass(frozen=True)
class WorkIdentity:
    """The node a work record stands for: the text its IRI is minted from, and its title, year and kind."""

    key: str
    title: str
    year: int | None
    kind: WorkKind


def _fold_title(title: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(title))


def _doi(text: str) -> str:
    """A work's DOI as a key: as ``model.identifiers`` reads it, else the value as written."""
    return doi(text) or text.strip().lower()


def _arxiv(text: str) -> str:
    """A work's arXiv id as a key, version left out: as ``model.identifiers`` reads it, else the value as written."""
    return (arxiv_id(text) or text.strip()).lower()


def _work_keys(work: Work) -> list[str]:
    """The identifiers that name a work: one shared key means one work (an arXiv DOI names the preprint)."""
    keys = []
    if work.doi:
        key = _doi(work.doi)
        preprint = arxiv_id(key)
        keys.append(f"arxiv:{preprint.lower()}" if preprint else f"doi:{key}")
    if work.arxiv_id:
        keys.append(f"arxiv:{_arxiv(work.arxiv_id)}")
    keys += [f"{i.scheme.value}:{i.value}" for i in work.identifiers]
    return keys


def _first_family(work: Work) -> str:
    first = next((name for name in work.authors if name), None)
    return parse_name(first).family.lower() if first else ""


def _published_doi(work: Work) -> str | None:
    key = _doi(work.doi) if work.doi else None
    return key if key and not arxiv_id(key) else None


def _differences(a: Work, b: Work) -> list[str]:
    """What two records of one title give differently (both giving it): any of it makes them two works.

    A preprint and the paper it became differ by nature in kind, venue, registry keys (dblp
    and OpenAlex key each version) and, by up to ``_PREPRINT_YEARS_APART``, year; nothing else may differ."""
    preprint = WorkKind.PREPRINT in (a.kind, b.kind)
    found = []
    if a.year is not None and b.year is not None and abs(a.year - b.year) > (_PREPRINT_YEARS_APART if preprint else 0):
        found.append(f"year {a.year} / {b.year}")
    compared = [("volume", a.volume, b.volume), ("publisher", a.publisher, b.publisher)]
    if not preprint:
        compared += [("type", a.kind.value, b.kind.value), ("venue", a.venue, b.venue)]
    compared += [("DOI", _published_doi(a), _published_doi(b)), ("arXiv id", a.arxiv_id, b.arxiv_id)]
    for scheme in {i.scheme for i in a.identifiers} & {i.scheme for i in b.identifiers} if not preprint else ():
        values = [",".join(sorted(i.value for i in work.identifiers if i.scheme is scheme)) for work in (a, b)]
        compared.append((scheme.value, values[0], values[1]))
    for label, first, second in compared:
        if first and second and _fold_title(first) != _fold_title(second):
            found.append(f"{label} {first} / {second}")
    family_a, family_b = _first_family(a), _first_family(b)
    if family_a and family_b and family_a != family_b:
        found.append(f"first author {family_a} / {family_b}")
    return found


def _title_evidence(a: Work, b: Work) -> Problem | None:
    """Why two records of one cleaned title are one work, as a merge note; ``None`` when they are two.

    The title with the first author and the year is evidence (an info note); a record whose
    authors are a stand-in (an ORCID work summary) needs the year and the venue instead; the
    title with less than that is a guess, merged with a warning."""
    if _differences(a, b):
        return None
    family = _first_family(a) if a.authors_given and b.authors_given else ""
    years = a.year is not None and b.year is not None
    if not (a.authors_given and b.authors_given):
        if not (years and a.venue and b.venue):
            return None
        return _merge_note(a, b, f"the same title, year ({a.year}) and venue ({a.venue})")
    if family and years:
        written = str(a.year) if a.year == b.year else f"{a.year} and {b.year} (a preprint and its paper)"
        return _merge_note(a, b, f"the same title, first author ({family}) and year ({written})")
    evidence = "the same title alone (no first author or year to compare); check they are one work"
    return _merge_note(a, b, evidence, Severity.WARNING)


def _merge_note(kept: Work, merged: Work, evidence: str, severity: Severity = Severity.INFO) -> Problem:
    """The note saying that ``merged`` is read as the same work as ``kept``, and why."""
    message = f"{_described(merged)} is merged with {_described(kept)} at {kept.origin}: {evidence}"
    return Problem(severity, message, merged.origin)


def _described(work: Work) -> str:
    return f"{work.title!r}" + (f" [{work.key}]" if work.key else "")


def _unrelated(a: Work, b: Work) -> bool:
    """Two works too unlike to be versions of one: titles with little in common (a preprint may be
    retitled, not rewritten) and first authors who cannot be one person."""
    words_a, words_b = ({w for w in re.findall(r"[a-z0-9]{4,}", w.title.lower())} for w in (a, b))
    if not words_a or not words_b or len(words_a & words_b) >= _SAME_WORK_WORDS * min(len(words_a), len(words_b)):
        return False
    first_a, first_b = (next((parse_name(n) for n in w.authors if n), None) for w in (a, b))
    if first_a is None or first_b is None:
        return False
    return first_a.family.lower() != first_b.family.lower() or first_a.given[:1].lower() != first_b.given[:1].lower()


_SAME_WORK_WORDS = 0.3
"""Share of the shorter title's words two titles sharing an identifier must have in common."""


def resolve_works(records: Sequence[Record]) -> tuple[dict[Work, WorkIdentity], set[Work], list[Problem]]:
    """Works that share an identifier, or a title with nothing against it, are one work; each merge
    is a note naming both records and the evidence. An identifier written for two unrelated titles
    is a copy-paste slip and is reported, not followed."""
    problems: list[Problem] = []
    works = sorted({r for r in records if isinstance(r, Work)}, key=lambda w: (w.origin, w.title))
    parent = list(range(len(works)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, note: Problem) -> None:
        a, b = sorted((find(i), find(j)))
        if a != b:
            parent[b] = a
            problems.append(note)

    holder: dict[str, int] = {}
    by_title: dict[str, list[int]] = defaultdict(list)
    for index, work in enumerate(works):
        for key in _work_keys(work):
            other = works[holder.setdefault(key, index)]
            if _unrelated(work, other):
                problems.append(
                    Problem(
                        Severity.WARNING,
                        f"{key} is also given at {other.origin} to {other.title!r}, an unrelated title; "
                        f"the two are kept as different works — correct the identifier of the wrong one",
                        work.origin,
                    )
                )
                continue
            if other is not work:
                union(holder[key], index, _merge_note(other, work, f"the same {key}"))
        title = _fold_title(work.title)
        if len(title) >= 8:
            by_title[title].append(index)
    for indices in by_title.values():
        block: dict[int, list[int]] = defaultdict(list)  # the title's records by the work they are in so far
        for index in indices:
            block[find(index)].append(index)
        for position, i in enumerate(indices):
            for j in indices[position + 1 :]:
                first, second = find(i), find(j)
                note = _title_evidence(works[i], works[j]) if first != second else None
                # every record of the title in the two works must agree, not only these two (no 2011 ~ undated ~ 2012)
                if note and not any(_differences(works[k], works[m]) for k in block[first] for m in block[second]):
                    union(i, j, note)
                    block[find(i)] = block.pop(first) + block.pop(second)
    clusters: dict[int, list[Work]] = defaultdict(list)
    for index, work in enumerate(works):
        clusters[find(index)].append(work)
    merged = {work for members in clusters.values() for work in members[1:]}
    return _work_identities(list(clusters.values())), merged, problems


def _work_identities(clusters: Iterable[list[Work]]) -> dict[Work, WorkIdentity]:
    """One identity per cluster, named by the published version in its most capitalized spelling
    (BibTeX styles lower-case titles; nobody adds capitals); titles that collide are told apart."""
    chosen: list[tuple[list[Work], WorkIdentity]] = []
    for members in clusters:
        published = [w for w in members if w.kind is not WorkKind.PREPRINT] or members
        titles = Counter(w.title for w in published)
        title = min(titles, key=lambda t: (-sum(map(str.isupper, t)), -titles[t], t))  # capitals lost, not added
        years = Counter(w.year for w in published if w.year is not None)
        year = min(years, key=lambda y: (-years[y], y)) if years else None
        kinds = Counter(w.kind for w in published)
        kind = min(kinds, key=lambda k: (-kinds[k], list(WorkKind).index(k)))
        chosen.append((members, WorkIdentity(title, title, year, kind)))
    by_slug: dict[str, list[int]] = defaultdict(list)
    for index, (_, identity) in enumerate(chosen):
        by_slug[slug(identity.key)].append(index)
    result: dict[Work, WorkIdentity] = {}
    for indices in by_slug.values():
        for index in indices:
            members, identity = chosen[index]
            if len(indices) > 1:  # one title, different works: tell them apart by what differs
                keys = sorted(k for w in members for k in _work_keys(w)) or [str(min(w.origin for w in members))]
                family = _first_family(members[0])
                key = f"{identity.title} {identity.year or ''} {family} {keys[0]}"
                identity = WorkIdentity(key, identity.title, identity.year, identity.kind)
            result.update((w, identity) for w in members)
    return result
