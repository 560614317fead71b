"""schema.org JSON-LD for people and their works, to paste into a homepage inside ``<script type="application/ld+json">``.

Search engines read schema.org, not FOAF or VIVO, so this is a translation, not a dump:
``Person`` (name, given and family name, ``sameAs`` registry pages, ``affiliation`` from
positions without an end date, ``alumniOf`` from degrees) and ``ScholarlyArticle`` with
``author`` as an ordered ``@list`` in the order the work names its authors. The JSON has
``<`` escaped, so a title holding ``</script>`` cannot end the script element.
"""

from __future__ import annotations

from typing import Any

from pyoxigraph import NamedNode

from ..rdf.vocab import DCTERMS, FOAF, SCHEMA, SG
from .entities import GraphIndex

__all__ = ["SCHEMA_CONTEXT", "person_markup", "schema_org_document", "work_markup"]

SCHEMA_CONTEXT = "https://schema.org/"


def _organization(index: GraphIndex, node: NamedNode) -> dict[str, Any]:
    return {"@type": "Organization", "@id": node.value, "name": index.label(node)}


def _person_stub(index: GraphIndex, person: NamedNode) -> dict[str, Any]:
    return {"@type": "Person", "@id": person.value, "name": index.label(person)}


def person_markup(index: GraphIndex, person: NamedNode) -> dict[str, Any]:
    """A ``Person`` node: names, registry pages, current affiliations and degree-granting organizations."""
    node = _person_stub(index, person)
    for key, predicate in (("givenName", FOAF.givenName), ("familyName", FOAF.familyName), ("jobTitle", SCHEMA.jobTitle)):
        value = index.first(person, predicate)
        if value:
            node[key] = value
    same_as = [term.value for term in index.values(person, SCHEMA.sameAs)]
    if same_as:
        node["sameAs"] = same_as
    current = index.current_organizations(person)
    if current:
        node["affiliation"] = [_organization(index, org) for org in current]
    degrees = index.degree_organizations(person)
    if degrees:
        node["alumniOf"] = [_organization(index, org) for org in degrees]
    return node


def work_markup(index: GraphIndex, work: NamedNode) -> dict[str, Any]:
    """A ``ScholarlyArticle``: title, year, authors in order, DOI and arXiv pages, venue."""
    node: dict[str, Any] = {"@type": "ScholarlyArticle", "@id": work.value, "name": index.label(work)}
    node["headline"] = node["name"]
    issued = index.first(work, DCTERMS.issued)
    if issued:
        node["datePublished"] = issued
    node["author"] = {"@list": [_person_stub(index, person) for _, person in index.authors(work)]}
    same_as = [term.value for term in index.values(work, SCHEMA.sameAs)]
    if same_as:
        node["sameAs"] = same_as
    venues = [venue for venue in index.values(work, SG.venueSeries) if isinstance(venue, NamedNode)]
    if venues:
        node["isPartOf"] = {"@type": "CreativeWorkSeries", "@id": venues[0].value, "name": index.label(venues[0])}
    return node


def schema_org_document(index: GraphIndex, person: NamedNode | None = None) -> dict[str, Any]:
    """schema.org JSON-LD for one person and their works, or for every person and work."""
    if person is not None:
        nodes = [person_markup(index, person)] + [work_markup(index, work) for work in index.works_of(person)]
    else:
        nodes = [person_markup(index, p) for p in index.entities("person")]
        nodes += [work_markup(index, w) for w in index.entities("work")]
    return {"@context": SCHEMA_CONTEXT, "@graph": nodes}
