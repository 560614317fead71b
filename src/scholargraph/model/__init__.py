"""The records sources yield, and the dates and names they carry: plain data, free of RDF and file formats."""

from .records import *  # noqa: F403 -- `scholargraph.model` names the records
from .records import __all__ as __all__
