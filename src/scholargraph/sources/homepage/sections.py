"""Finding a homepage's sections by their headings: Publications, Students, Awards, Talks…

A heading is a short line whose words name a section. The section kind tells which
entry recognizer reads its lines; for people sections it also gives the role their
entries have when they do not write one (``Ph.D. Students`` → ``PhD student``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model.records import SupervisionKind
from .lines import Line

__all__ = ["Section", "split_sections"]


@dataclass(frozen=True)
class Heading:
    kind: str
    pattern: re.Pattern[str]
    role: str | None = None
    supervision: SupervisionKind | None = None


def _h(kind: str, pattern: str, role: str | None = None, sk: SupervisionKind | None = None) -> Heading:
    possessive = r"(?:[\w.\- ]+'s\s+)?"  # "Qianru's Talks"
    return Heading(kind, re.compile(rf"^{possessive}(?:{pattern})\s*:?$", re.IGNORECASE), role, sk)


HEADINGS = (
    _h("profile", r"profile|about(?: me)?"),
    _h("contact", r"contact(?: me| information)?"),
    _h("experience", r"experiences?|biography|bio|short bio"),
    _h(
        "news",
        r"news|updates|recent news|in the news|(?:popular )?press(?: coverage| releases| articles)?"
        r"(?: (?:featuring|about|on) [\w ]+)?|media(?: coverage)?(?: of [\w ]+)?",
    ),
    _h("people", r"ph\.?\s?d\.? students|doctor(?:al)? students", "PhD student", SupervisionKind.PHD),
    _h("people", r"master'?s? students|msc students", "Master student", SupervisionKind.MASTER),
    _h("people", r"postdocs|post-?doctoral (?:fellows|researchers)", "Postdoc", SupervisionKind.POSTDOC),
    _h("people", r"visitors|visiting (?:students|scholars)", "Visitor", SupervisionKind.VISIT),
    _h(
        "people",
        r"research (?:fellows|assistants|fellows\s*/\s*assistants|staff|students)|(?:current )?(?:group |lab )?members|"
        r"students|alumni",
        "Researcher",
        SupervisionKind.RESEARCH,
    ),
    _h("publications", r"(?:selected |recent |full |all )?publications(?: \[venues\])?|preprints|(?:conference|journal) papers"),
    _h(
        "awards",
        r"awards?(?: and (?:(?:selected|other) )?(?:funding|grants|scholarships|fellowships|honou?rs|distinctions))?|"
        r"honou?rs(?: and awards)?|(?:selected |research |teaching )?(?:grants|funding|research contracts)|scholarships|"
        r"fellowships(?: and awards)?",
    ),
    _h(
        "service",
        r"(?:professional |academic )?services?(?: to the (?:profession|university|department|field|community))?|"
        r"peer review(?:ing|er)?(?:\s*[-/–:]\s*[\w /-]+)?|(?:editorial|reviewing) (?:service|boards?|activities)|"
        r"(?:conference )?sessions organi[sz]ed|(?:professional )?memberships",
    ),
    _h(
        "talks",
        r"(?:(?:selected|recent|invited|contributed|keynote|conference|public|plenary|oral|(?:video[- ]?)?recorded)"
        r"\s+(?:and\s+)?)*"
        r"(?:talks|presentations|lectures|keynotes|(?:lecture )?slides|videos)(?: and (?:posters|seminars|lectures))?|posters",
    ),
    _h("seminars", r"group seminars|seminars|reading group"),
    _h("collaborations", r"(?:external |other )?(?:collaborations|collaborators)(?: and advisory board)?|advisory board"),
    _h("teaching", r"teaching|(?:recent |current |past |selected )?courses(?: taught)?"),
    _h("other", r"programmes|programs|links|misc|book reviews"),
)


@dataclass
class Section:
    """A heading and the lines under it, up to the next heading."""

    kind: str
    heading: Line
    role: str | None = None
    supervision: SupervisionKind | None = None
    lines: list[Line] = field(default_factory=list)


def heading_of(line: Line) -> Heading | None:
    """The heading ``line`` is, if it is one."""
    if len(line.text) > 60:
        return None
    for heading in HEADINGS:
        if heading.pattern.match(line.text):
            return heading
    return None


def split_sections(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """The lines before the first heading, and the sections after it, in order."""
    preamble: list[Line] = []
    sections: list[Section] = []
    for line in lines:
        heading = heading_of(line)
        if heading:
            sections.append(Section(heading.kind, line, heading.role, heading.supervision))
        elif sections:
            sections[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, sections
