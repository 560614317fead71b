"""Author-list reconciliation: one author list per work, when the records merged into it disagree."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..model.records import Problem, Severity, Work, WorkKind

if TYPE_CHECKING:
    from .resolution import Resolution

__all__ = ["one_author_list"]


def one_author_list(resolution: Resolution) -> None:
    """Give each work one author list: when records merged into one work name different authors
    (a homepage leaving out a co-author), the longest list of the published version is kept and
    the others are reported, so that each authorship relates one person at one rank."""
    clusters: dict[str, list[Work]] = defaultdict(list)
    for record, identity in resolution.works.items():
        clusters[identity.key].append(record)

    def authors(work: Work) -> tuple[str | None, ...]:
        return tuple(None if a is None else resolution.person(a).key for a in work.authors)

    for members in clusters.values():
        if len(members) < 2:
            continue
        kept = min(members, key=lambda w: (w.kind is WorkKind.PREPRINT, -sum(a is not None for a in w.authors), w.origin))
        for record in members:
            if authors(record) != authors(kept):
                resolution.overruled.add(record)
                resolution.problems.append(
                    Problem(
                        Severity.WARNING,
                        f"the authors of {record.title!r} differ from those at {kept.origin} "
                        f"({', '.join(a or '?' for a in record.authors)} here; "
                        f"{', '.join(a or '?' for a in kept.authors)} there); the graph keeps the list at {kept.origin}"
                        " — correct the source that is wrong",
                        record.origin,
                    )
                )
