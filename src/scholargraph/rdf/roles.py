"""How the relationship records are said: supervision, degree, position, visit, award, service,
talk, collaboration and course, each as a node of its VIVO (or sg:) class relating the people,
organizations and venues it names, with VIVO roles where the vocabulary has them."""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import NamedNode

from ..model.records import (
    Award,
    Collaboration,
    Course,
    Degree,
    PartialDate,
    Position,
    ServiceRole,
    Supervision,
    SupervisionKind,
    Talk,
    Visit,
)
from .nodes import Nodes, Triple, date_literal, integer_literal, text_literal
from .vocab import DCTERMS, FOAF, OBO, ORG, RDF, RDFS, SCHEMA, SG, VIVO

__all__ = ["Roles"]

_ADVISING_CLASS = {
    SupervisionKind.PHD: VIVO.GraduateAdvisingRelationship,
    SupervisionKind.MASTER: VIVO.GraduateAdvisingRelationship,
    SupervisionKind.POSTDOC: VIVO.PostdocOrFellowAdvisingRelationship,
    SupervisionKind.VISIT: SG.Visit,
    SupervisionKind.RESEARCH: None,
}
_BEARER_OF = OBO.RO_0000053
_INHERES_IN = OBO.RO_0000052


class Roles(Nodes):
    """One method per relationship record type, each giving the record's triples."""

    def supervision(self, record: Supervision) -> Iterator[Triple]:
        advisor, advisor_quads = self.person(record.supervisor)
        advisee, advisee_quads = self.person(record.person)
        yield from advisor_quads
        yield from advisee_quads
        node = self.minter.record("supervision", self.minter.key_of(advisor), self.minter.key_of(advisee), record.kind.value)
        yield self._q(node, RDF.type, VIVO.AdvisingRelationship)
        specific = _ADVISING_CLASS[record.kind]
        if specific is not None:
            yield self._q(node, RDF.type, specific)
        yield self._q(node, SG.roleAsWritten, text_literal(record.role))
        yield self._q(node, SG.nameAsWritten, text_literal(record.person))
        yield self._line(node, record)
        yield from self._period(node, record.period)
        yield self._q(node, SG.advisee, advisee)
        yield from self._role(node, "advisee", 1, VIVO.AdviseeRole, advisee)
        yield self._q(node, SG.advisor, advisor)
        yield from self._role(node, "advisor", 1, VIVO.AdvisorRole, advisor)
        yield self._q(advisor, SG.supervised, advisee)
        for rank, written in enumerate(record.cosupervisors, start=2):
            cosupervisor, quads = self.person(written)
            yield from quads
            yield self._q(node, SG.coAdvisor, cosupervisor)
            yield from self._role(node, "advisor", rank, VIVO.AdvisorRole, cosupervisor)
            yield self._q(cosupervisor, SG.supervised, advisee)
        if record.organization:
            organization, quads = self.organization(record.organization)
            yield from quads
            yield self._q(node, SG.affiliationAtTime, organization)
        if record.email:
            yield self._q(advisee, FOAF.mbox, NamedNode(f"mailto:{record.email}"))

    def _role(self, relationship: NamedNode, kind: str, rank: int, role_class: NamedNode, person: NamedNode) -> Iterator[Triple]:
        """A VIVO role node: borne by ``person``, ranked within ``relationship``."""
        role = self.minter.part(relationship, kind, rank)
        yield self._q(role, RDF.type, role_class)
        yield self._q(role, _INHERES_IN, person)
        yield self._q(person, _BEARER_OF, role)
        yield self._q(role, VIVO.rank, integer_literal(rank))
        yield self._q(relationship, VIVO.relates, role)
        yield self._q(relationship, VIVO.relates, person)

    def degree(self, record: Degree) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        institution, org_quads = self.organization(record.institution)
        yield from org_quads
        node = self.minter.record("degree", self.minter.key_of(person), record.degree, record.institution)
        yield self._q(node, RDF.type, VIVO.AwardedDegree)
        yield self._q(node, RDFS.label, text_literal(record.degree))
        yield self._q(node, VIVO.relates, person)
        yield self._q(node, VIVO.assignedBy, institution)
        yield self._line(node, record)
        if record.year:
            yield self._q(node, DCTERMS.date, date_literal(PartialDate(record.year)))
        if record.topic:
            yield self._q(node, SG.topic, text_literal(record.topic))

    def position(self, record: Position) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        organization: NamedNode | None = None
        if record.organization:
            organization, org_quads = self.organization(record.organization, record.unit)
            yield from org_quads
        key = self.minter.key_of(organization) if organization else "unknown"
        node = self.minter.record("position", self.minter.key_of(person), key, record.title)
        yield self._q(node, RDF.type, VIVO.Position)
        yield self._q(node, RDF.type, ORG.Membership)
        if record.next_position:
            yield self._q(node, RDF.type, SG.NextPosition)
        yield self._q(node, ORG.member, person)
        yield self._q(node, VIVO.relates, person)
        yield self._q(node, VIVO.hrJobTitle, text_literal(record.title))
        yield self._q(node, RDFS.label, text_literal(record.title))
        yield self._line(node, record)
        yield from self._period(node, record.period)
        if organization:
            yield self._q(node, ORG.organization, organization)
            yield self._q(node, VIVO.relates, organization)
        yield from self._hosts(node, record.hosts)

    def _hosts(self, node: NamedNode, hosts: tuple[str, ...]) -> Iterator[Triple]:
        for written in hosts:
            host, quads = self.person(written)
            yield from quads
            yield self._q(node, SG.host, host)

    def visit(self, record: Visit) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        organization, org_quads = self.organization(record.organization)
        yield from org_quads
        start = record.period.start.iso if record.period.start else ""
        node = self.minter.record("visit", self.minter.key_of(person), self.minter.key_of(organization), start)
        yield self._q(node, RDF.type, SG.Visit)
        yield self._q(node, SG.visitor, person)
        yield self._q(node, SG.hostOrganization, organization)
        yield self._line(node, record)
        yield from self._period(node, record.period)
        yield from self._hosts(node, record.hosts)
        if record.purpose:
            yield self._q(node, DCTERMS.description, text_literal(record.purpose))

    def award(self, record: Award) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        date = record.date.iso if record.date else ""
        node = self.minter.record("award", self.minter.key_of(person), record.name, date)
        yield self._q(node, RDF.type, VIVO.AwardReceipt)
        yield self._q(node, RDFS.label, text_literal(record.name))
        yield self._q(node, SG.recipient, person)
        yield self._q(node, VIVO.relates, person)
        yield self._line(node, record)
        if record.date:
            yield self._q(node, DCTERMS.date, date_literal(record.date))
        if record.granted_by:
            grantor, grantor_quads = self._grantor(record.granted_by)
            yield from grantor_quads
            yield self._q(node, VIVO.assignedBy, grantor)

    def _grantor(self, written: str) -> tuple[NamedNode, list[Triple]]:
        """``NeurIPS 2021`` is a venue event; ``Alibaba Group`` an organization."""
        words = written.rsplit(" ", 1)
        if len(words) == 2 and words[1].isdigit() and self.venues.lookup(words[0]):
            return self.venue(words[0], int(words[1]))
        if self.venues.lookup(written) and not self.organizations.lookup(written):
            return self.venue(written)
        return self.organization(written)

    def service(self, record: ServiceRole) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        one_year = record.period.start is not None and record.period.start == record.period.end
        venue, venue_quads = self.venue(record.venue, record.period.start.year if one_year and record.period.start else None)
        yield from venue_quads
        start = record.period.start.iso if record.period.start else ""
        node = self.minter.record(
            "service", self.minter.key_of(person), record.role, self.minter.key_of(venue), start, record.detail or ""
        )
        yield self._q(node, RDF.type, _service_class(record.role))
        yield self._q(node, RDFS.label, text_literal(record.role))
        yield self._q(node, SG.roleAsWritten, text_literal(record.role))
        yield self._q(node, _INHERES_IN, person)
        yield self._q(person, _BEARER_OF, node)
        yield self._q(node, VIVO.roleContributesTo, venue)
        yield self._line(node, record)
        yield from self._period(node, record.period)
        if record.detail:
            yield self._q(node, SG.detail, text_literal(record.detail))
        if record.place:
            yield self._q(node, SCHEMA.location, text_literal(record.place))

    def talk(self, record: Talk) -> Iterator[Triple]:
        speaker, quads = self.person(record.speaker)
        yield from quads
        date = record.date.iso if record.date else ""
        node = self.minter.record("talk", self.minter.key_of(speaker), date, record.title)
        yield self._q(node, RDF.type, VIVO.Presentation)
        if any(word in record.kind.lower() for word in ("invited", "keynote")):
            yield self._q(node, RDF.type, VIVO.InvitedTalk)
        yield self._q(node, DCTERMS.title, text_literal(record.title))
        yield self._q(node, SG.speaker, speaker)
        yield self._q(node, SG.talkKind, text_literal(record.kind))
        yield self._line(node, record)
        if record.date:
            yield self._q(node, DCTERMS.date, date_literal(record.date))
        if record.event:
            yield self._q(node, SG.eventName, text_literal(record.event))
        yield from self._links(node, record.links)

    def collaboration(self, record: Collaboration) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        partner, org_quads = self.organization(record.organization, record.unit)
        yield from org_quads
        node = self.minter.record("collaboration", self.minter.key_of(person), self.minter.key_of(partner))
        yield self._q(node, RDF.type, SG.Collaboration)
        yield self._q(node, SG.collaborator, person)
        yield self._q(node, SG.partner, partner)
        yield self._line(node, record)
        yield from self._links(node, record.links)

    def course(self, record: Course) -> Iterator[Triple]:
        teacher, quads = self.person(record.teacher)
        yield from quads
        node = self.minter.record("course", self.minter.key_of(teacher), record.code or record.title)
        yield self._q(node, RDF.type, VIVO.Course)
        yield self._q(node, DCTERMS.title, text_literal(record.title))
        yield self._q(node, SG.teacher, teacher)
        yield self._line(node, record)
        yield from self._period(node, record.period)
        if record.code:
            yield self._q(node, SCHEMA.courseCode, text_literal(record.code))
        if record.level:
            yield self._q(node, SG.level, text_literal(record.level))


def _service_class(role: str) -> NamedNode:
    lowered = role.lower()
    if "editor" in lowered:
        return VIVO.EditorRole
    if "review" in lowered or "program committee" in lowered or "area chair" in lowered:
        return VIVO.ReviewerRole
    if "organiz" in lowered or "chair" in lowered or "committee" in lowered:
        return VIVO.OrganizerRole
    return VIVO.ServiceProviderRole
