"""One way to find a person: by name, part of a name, IRI, ORCID iD (any form) or dblp pid.

Every command that takes a person (``query`` parameters, ``viz --person``, ``export
--schema-org --person``) asks here, so the same words find the same person everywhere.
The store is asked for the exact forms first (the IRI, the name as written, the
identifier), so a large store is not read whole; failing those, names are matched
ignoring case, then as a part of one name. Nobody, or several people, give a
``PersonError`` naming the closest names.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode

from ..errors import PersonError
from ..model.identifiers import dblp_pid, orcid
from ..rdf.vocab import FOAF, SG
from ..stores import GraphStore
from .params import bind

__all__ = ["choose_person", "find_person"]

_NAME_OR_ID = f"<{FOAF.name.value}>|<{SG.orcid.value}>|<{SG.dblpPid.value}>"
_IRI = re.compile(r"^<?((?:https?|urn|mailto|file|tag):[^\s<>]*?)>?$")
_ORCID_DIGITS = re.compile(r"^(\d{4})(\d{4})(\d{4})(\d{3}[\dXx])$")
_SEVERAL_SHOWN = 10


def _identifiers(wanted: str) -> list[str]:
    """The ORCID iD (``0000-0002-1825-0097``) or dblp pid (``h/JiaweiHan``) the text writes, as the graph keeps them."""
    orcid_id = orcid(_ORCID_DIGITS.sub(r"\1-\2-\3-\4", wanted.strip()))
    pid = dblp_pid(wanted)
    return [orcid_id] if orcid_id else [pid] if pid else []


def _people(store: GraphStore, query: str) -> list[tuple[str, str]]:
    """(IRI, name) of each person the query's ``?person ?name`` rows give, once each."""
    return sorted({(str(iri), str(name)) for iri, name in store.select(query).values() if iri is not None})


def find_person(store: GraphStore, wanted: str) -> NamedNode:
    """The person ``wanted`` names in the store's graph; ``PersonError`` if nobody or several do."""
    text = wanted.strip()
    named = f"a <{FOAF.Person.value}> ; <{FOAF.name.value}>"  # a person and their name
    iri = _IRI.match(text)
    if iri and not _identifiers(text):
        known = _people(
            store, bind(f"SELECT ?person ?name WHERE {{ ?person {named} ?name }} LIMIT 1", {"person": [NamedNode(iri[1])]})
        )
        if not known:
            raise PersonError(f"no person <{iri[1]}> in the graph; give a name as written in the graph, or a person's IRI")
        return NamedNode(iri[1])
    keys = [Literal(key) for key in dict.fromkeys([text, *_identifiers(text)])]
    exact = _people(
        store, bind(f"SELECT ?person ?name WHERE {{ ?person {_NAME_OR_ID} ?key . ?person {named} ?name }}", {"key": keys})
    )
    if len({person for person, _ in exact}) == 1:
        return NamedNode(exact[0][0])
    return NamedNode(choose_person(text, exact or _people(store, f"SELECT ?person ?name WHERE {{ ?person {named} ?name }}")))


def choose_person(wanted: str, people: Iterable[tuple[str, str]], where: str = "the graph") -> str:
    """The IRI of the one person among (IRI, name) pairs that ``wanted`` names: their IRI, their name in any case,
    or a part of their name found in nobody else's; ``PersonError`` with the closest names otherwise."""
    names: dict[str, set[str]] = {}
    for iri, name in people:
        names.setdefault(iri, set()).add(name)
    if wanted in names:
        return wanted
    folded = wanted.casefold().strip()
    matches = [iri for iri, spelled in names.items() if folded in {name.casefold() for name in spelled}]
    matches = matches or [iri for iri, spelled in names.items() if any(folded in name.casefold() for name in spelled)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        labels = sorted((min(names[iri]), iri) for iri in matches)
        twice = {label for label, _ in labels if sum(other == label for other, _ in labels) > 1}
        shown = ", ".join(f"{label} <{iri}>" if label in twice else label for label, iri in labels[:_SEVERAL_SHOWN])
        raise PersonError(f"{wanted!r} matches {len(matches)} people ({shown}); give the full name, an ORCID iD or an IRI")
    spellings = {name.casefold(): name for spelled in names.values() for name in spelled}
    close = [spellings[c] for c in difflib.get_close_matches(folded, list(spellings), n=3, cutoff=0.6)]
    hint = (
        f"; did you mean {' or '.join(repr(c) for c in close)}?"
        if close
        else f"; give a name as written in {where}, an ORCID iD, a dblp pid or an IRI"
    )
    raise PersonError(f"nobody in {where} is named {wanted!r}{hint}")
