"""Who is whom: names and titles across sources resolved to one person or one work,
and the alias tables of venues and organizations.

One module per job: ``hints`` (the ``[identity]`` table of ``scholargraph.toml``), ``people``
(name clustering and candidates), ``works`` (work clustering, keys and merge notes),
``authors`` (one author list per work) and ``resolution`` (all of them, for a build).
"""

from .hints import Hints
from .people import Candidate, PersonIdentity, Spelling
from .resolution import Resolution, resolve
from .works import WorkIdentity

__all__ = ["Candidate", "Hints", "PersonIdentity", "Resolution", "Spelling", "WorkIdentity", "resolve"]
