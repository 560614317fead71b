"""The ``scholargraph`` command: a thin layer that parses options, calls the library, prints.

Exit codes, as pySHACL's: 0 done, 1 done but the data has violations (or, for a build, some
source could not be read and the graph is built without it), 2 bad input or usage (for a
build: no source could be read, or scholargraph.toml is wrong; nothing is written). Errors
are reported in one place (``common.CommandError``); each option means one thing in every
command, and an old spelling keeps working with a warning.
"""

from . import build, fetch, network, publish, query  # noqa: F401 -- each module adds its commands to main
from .common import main

__all__ = ["main"]
