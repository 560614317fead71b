"""The exceptions scholargraph raises; the CLI turns them into messages and exit codes.

    ScholargraphError          anything this package raises on purpose
    ├── SourceError            an input cannot be read at all (file, line, how to fix)
    ├── ConfigError            scholargraph.toml is wrong
    ├── QueryError             a query is unknown, malformed, or lacks a parameter
    ├── StoreError             a store cannot be opened, reached, or hold the data
    ├── GraphError             the graph has no such source's graph, or cannot be written in a format
    ├── PersonError            no person, or more than one, answers to a name or identifier
    └── FetchError             a registry cannot give a record (unknown id, no network, server failing)

Problems that still let a build go on (an empty author slot, a name spelled two
ways) are not exceptions: they are ``model.Problem`` records reported beside the graph.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "FetchError",
    "GraphError",
    "PersonError",
    "QueryError",
    "ScholargraphError",
    "SourceError",
    "StoreError",
]


class ScholargraphError(Exception):
    """Base of every error scholargraph raises on purpose; exit code 2 in the CLI."""


class SourceError(ScholargraphError):
    """An input file cannot be read; the message names the file, the line and the fix."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path, self.line, self.reason = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class ConfigError(ScholargraphError):
    """``scholargraph.toml`` says something that cannot be right."""


class QueryError(ScholargraphError):
    """A query cannot be found, parsed or run with the parameters given."""


class StoreError(ScholargraphError):
    """A store cannot be opened or reached, or cannot hold what it is given."""


class GraphError(ScholargraphError):
    """The graph cannot give what is asked of it: a source's graph it does not hold, a format it cannot be written in."""


class PersonError(ScholargraphError):
    """Nobody, or more than one person, in the graph answers to a name, IRI, ORCID iD or dblp pid."""


class FetchError(ScholargraphError):
    """A record cannot be fetched: the identifier is unknown or malformed, or the registry cannot be reached."""
