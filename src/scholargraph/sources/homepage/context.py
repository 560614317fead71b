"""What every recognizer of one homepage shares: where it is, whose it is, what it found wrong."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...identity.aliases import AliasTable
from ...model.records import Origin, Problem, Severity
from .lines import Line

__all__ = ["Context"]


@dataclass
class Context:
    """The page being read: its path as shown to people, its owner, tables, problems and web address."""

    path: str
    venues: AliasTable
    organizations: AliasTable
    owner: str | None = None
    problems: list[Problem] = field(default_factory=list)
    address: str | None = None
    """The page's own URL, when it says it (``<base>``, canonical link, ``og:url``): relative links resolve against it."""

    def origin(self, line: Line) -> Origin:
        return Origin(self.path, line.number)

    def report(self, line: Line, message: str, severity: Severity = Severity.WARNING) -> None:
        self.problems.append(Problem(severity, message, self.origin(line)))
