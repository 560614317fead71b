"""What every command shares: the group, the one place errors are reported, and options that mean one thing everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from .. import __version__
from ..errors import ScholargraphError
from ..publish.safetext import terminal_text

F = TypeVar("F", bound=Callable[..., Any])

STORE_HELP = "oxigraph:PATH (a folder kept between runs), oxigraph (in memory), memory (rdflib) or remote (at --endpoint)"
"""What ``--store`` takes in every command; a command that cannot use some of them says so."""

PERSON_HELP = "a name, part of one, an IRI, an ORCID iD or a dblp pid"
"""What ``--person`` (and a query's person parameter) takes in every command: ``query.people.find_person`` reads it."""


def say(message: str, fg: str | None = None) -> None:
    """Print a message to standard error; the data in it (titles, names, paths) cannot drive the terminal."""
    click.secho(terminal_text(message), fg=fg, err=True)


class CommandError(click.ClickException):
    """A command could not do what it was asked: ``error: MESSAGE`` on standard error, exit code 2 unless given."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file: IO[Any] | None = None) -> None:
        say(f"error: {self.format_message()}", fg="red")


class Commands(click.Group):
    """The ``scholargraph`` group: what the library raises on purpose, or the system refuses, becomes a ``CommandError``."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise  # click's own handling: the reader went away
        except (ScholargraphError, OSError) as error:
            raise CommandError(str(error)) from error


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scholargraph")
def main() -> None:
    """Turn homepages and other academic records into a knowledge graph."""


project_option = click.option(
    "-C",
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Project folder (holding scholargraph.toml and data/).",
)


def graph_file_option(function: F) -> F:
    """``--graph FILE``: the graph file a command reads instead of the last build's."""
    return click.option(
        "--graph",
        "graph_file",
        metavar="FILE",
        type=click.Path(dir_okay=False),
        help="Graph file to read [default: PROJECT/build/graph.trig].",
    )(function)


def default_graph(project_dir: Path) -> Path:
    """The graph file the last build of a project wrote, which every command reads by default."""
    from ..rdf.files import GRAPH_FILES

    return project_dir / "build" / GRAPH_FILES[0]


def graph_path(project_dir: Path, graph_file: str | None) -> Path:
    """The graph file ``--graph`` names, or the project's last build."""
    return Path(graph_file) if graph_file else default_graph(project_dir)


def deprecated(old: str, new: str) -> None:
    """Say on standard error that an old spelling still works but has a new one."""
    say(f"warning: {old} is deprecated; write {new}", fg="yellow")


def deprecated_option(*declarations: str, instead: str, **attributes: Any) -> Callable[[F], F]:
    """An old option spelling that keeps working and says which one to write instead."""

    def warn(context: click.Context, parameter: click.Parameter, value: Any) -> Any:
        if value is not None:  # given: the old spellings have no default
            deprecated(parameter.opts[0], instead)
        return value

    return click.option(*declarations, callback=warn, help=f"Deprecated: write {instead}.", **attributes)


def parse_store(spec: str | None) -> tuple[str | None, Path | None]:
    """``--store``'s kind and folder: ``oxigraph:PATH``, ``oxigraph``, ``memory`` or ``remote`` (``None``: not given)."""
    if spec is None:
        return None, None
    kind, colon, where = spec.partition(":")
    if (kind == "oxigraph" and (where or not colon)) or (kind in ("memory", "remote") and not colon):
        return kind, Path(where) if where else None
    raise click.BadParameter(f"write {STORE_HELP}; not {spec!r}", param_hint="--store")
