"""``python -m scholargraph`` is the ``scholargraph`` command."""

from .cli import main

main()
