"""The exceptions scholargraph raises; the CLI turns them into messages and exit codes.

    ScholargraphError          anything this package raises on purpose
    ├── SourceError            an input cannot be read at all (file, line, how to fix)
    ├── ConfigError            scholargraph.toml is wrong
    ├── QueryError             a query is unknown, malformed, or lacks a parameter
    └── FetchError             a registry cannot give a record (unknown id, no network, server failing)

Problems that still let a build go on (an empty author slot, a name spelled two
ways) are not exceptions: they are ``model.Problem`` records reported beside the graph.
"""

from __future__ import annotations

__all__ = ["ConfigError", "FetchError", "QueryError", "ScholargraphError", "SourceError"]


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


class FetchError(ScholargraphError):
    """A record cannot be fetched: the identifier is unknown or malformed, or the registry cannot be reached."""
