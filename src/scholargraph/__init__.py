"""scholargraph: a knowledge graph of academic relationships from the content academics already have.

The pipeline: ``sources`` read files into ``model`` records → ``build`` maps records to
RDF (one named graph per source) → ``output`` writes TriG, Turtle and JSON-LD →
``query`` runs SPARQL on the result. ``project.build`` runs the whole pipeline.
Heavy libraries are imported by the modules that need them, not here.
"""

__version__ = "0.1.0"
