"""scholargraph: a knowledge graph of academic relationships from the content academics already have.

The pipeline, one sub-package per stage: ``sources`` read files into ``model`` records →
``identity`` decides who is whom → ``rdf`` maps records to quads (one named graph per
source) and writes graph files → ``validate`` checks them → ``query``, ``network`` and
``publish`` use the graph. ``pipeline`` runs the stages for a project.
Heavy libraries are imported by the modules that need them, not here.
"""

__version__ = "0.1.0"
