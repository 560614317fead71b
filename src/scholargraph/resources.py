"""Finding the files shipped with scholargraph: ontology, shapes, queries.

In an installed wheel they live inside the package; in a source checkout they are the
top-level ``ontology/`` and ``queries/`` folders, which are the ones to edit.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["shipped_dir"]


def shipped_dir(name: str) -> Path:
    """The folder ``name`` (``queries``, ``ontology``) from the wheel or the checkout."""
    packaged = Path(str(resources.files("scholargraph"))) / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"scholargraph's '{name}' folder is missing; reinstall the package")
