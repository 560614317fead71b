"""Finding a saved page's sections and their entries, as a reader sees them.

A heading that names a section (Publications, PhD Students, Alumni…) opens it; a heading
that names none (a year, a topic, a person's name) opens a part of the section above it.
Under a section, list items, rows, paragraphs, articles and cards are its entries; entries
written loose (a blank line apart, or plain blocks repeated after the heading) are cut out
of the markup, and a list of citations no heading names is found by repetition.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ...model.records import Record
from .html_page import BLOCK_TAGS, HEADING_TAGS, YEAR, Page, block_lines, text_of
from .html_people import NAME_CLASS, described_person, is_principal, person_name, role_label, starts_person
from .lines import Line
from .people import ROLE_WORDS
from .sections import heading_of

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "GENERIC_ROLES",
    "Found",
    "SectionReport",
    "blank_line_chunks",
    "find_sections",
    "kind_of",
    "page_section",
    "role_heading",
    "roles_named",
    "row_cells",
    "section_named",
]

_HEADING_LIKE = ("p", "div", "span", "strong", "b", "dt", "th", "summary", "header", "caption", "legend")
_INLINE = ("span", "strong", "b")
_ENTRY_CLASS = re.compile(r"pub|paper|entry|member|card|person|people|student|alumn|item|row|bib|citation|profile|tile")
_FIELD_CLASS = re.compile(
    r".*[-_](?:title|authors?|text|details?|date|venue|links?|image|img|meta|info|body|name|photo|year|abstract|id|publisher|buttons?"
    r"|avatar|icon|badge|thumb\w*|portrait|headshot)"
)
"""A class naming a part of a record ("citation-title", "card-body", "member-name"), not the record."""
_CHINESE_GROUP = "(?:课题组|实验室|团队|组内)"
_CHINESE_PAST = "过去|以往|已毕业|往届|历届|毕业|离组|曾经的"
_PEOPLE_EXTRA = (
    ("undergraduate students?|undergraduates|u(?:nder)?-?grads?|undergraduate (?:researchers|interns)", "Undergraduate student"),
    (
        "alumni|(?:former|past|previous) (?:group |lab )?(?:students|members|postdocs|researchers|visitors|interns|advisees)",
        "Alumnus",
    ),
    ("(?:current )?(?:graduate|grad) students|(?:current )?students", "Student"),
    ("advisees|mentees|(?:research |academic |scientific )?(?:staff|scientists|interns)", "Member"),
    (
        "(?:(?:graduate|postgraduate|doctoral|ph\\.?\\s?d\\.?|master'?s?|msc|research|thesis|student)\\s+)*(?:students?\\s+)?"
        "(?:research\\s+)?(?:supervision|advising|mentoring)|(?:students|theses) (?:supervised|advised)|"
        "(?:supervised|advised) (?:students|theses)|supervision of (?:\\w+\\s+)?(?:students|theses|dissertations)",
        "Student",
    ),
    (
        "(?:the )?(?:head of (?:the )?(?:lab|group|team)|(?:co-?\\s?)?princip(?:al|le) investigators?|(?:co-?)?pis?|"
        "co-?investigators?|group leaders?|"
        "lab director|director)|负责人|(?:课题|实验室)?组长|(?:实验室)?主任",
        "Principal investigator",
    ),
    ("(?:current )?(?:group |lab )?members?|(?:research )?group|team|people", "Member"),
    (f"{_CHINESE_GROUP}?(?:{_CHINESE_PAST})(?:成员|学生)?|\\w{{0,4}}毕业(?:生|论文\\w*)|校友", "Alumnus"),
    ("(?:在读|在组|现有|目前)?(?:博士后|博士|硕士|本科)(?:研究)?生", "Student"),  # "在读博士生": current PhD students
    (f"(?:{_CHINESE_PAST})的?(?:博士后|博士|硕士|本科)(?:研究)?生", "Alumnus"),  # "已毕业硕士生": master's graduates
    (
        f"(?:目前|现有|现任|在读|在组)?{_CHINESE_GROUP}?(?:成员|学生|研究生)|人才培养|团队|课题组|\\w{{0,12}}研究生\\w{{0,4}}",
        "Member",
    ),
    ("(?:\\w{0,6}和)?(?:博士后|研究助理|访问学者|访问学生)(?:和\\w{0,6})?", "Member"),
    (
        "anciens?(?: membres| étudiant\\w*)?|egresad[oa]s|egress[oa]s|diplômé(?:e)?s|absolvent(?:en|innen)|"
        "ancien(?:ne)?s (?:membres|étudiant\\w*)|ex-?alumn[oa]s|"
        "antiguos (?:miembros|alumnos)|ex-?alunos|antigos (?:membros|alunos)|ehemalige(?: mitarbeiter\\w*| mitglieder)?|"
        "ex (?:membri|studenti)|"
        "卒業生|修了生|OB・?OG|(?:過去の|歴代)(?:メンバー|在籍者)",
        "Alumnus",
    ),
    (
        "(?:les )?membres(?: de l'équipe| du laboratoire)?|(?:l')?équipe|miembros(?: del (?:equipo|grupo|laboratorio))?|"
        "(?:el )?equipo|integrantes|membros(?: da equipe| do grupo)?|(?:a )?equipe|"
        "mitarbeiter\\w*|mitglieder|membri|(?:il )?gruppo|(?:研究室)?メンバー|在籍者|構成員",
        "Member",
    ),
    (
        "(?:étudiant\\w*|estudiantes|alumnos|alunos|studierende|studenten|studenti|doctorant\\w*|doctorand\\w*|doutorand\\w*|"
        "doktorand\\w*|dottorand\\w*|postdoctorant\\w*|postdoktorand\\w*|posdoc\\w*|stagiaires|mestrand\\w*|masterand\\w*|"
        "tesisti|chercheu\\w+|investigador\\w*|pesquisador\\w*)(?:\\s+[\\w'’-]+){0,4}|学生|"
        "[^\\x00-\\u024F\\s]{0,4}(?:博士課程|修士課程|博士後期|博士前期|学部生|研究員|ポスドク)[^\\x00-\\u024F\\s]{0,4}",
        "Student",
    ),
)
"""Headings of people in English, then in Chinese ("目前成员" current members, "博士毕业生" PhD graduates), then in
French, Spanish, Portuguese, German, Italian and Japanese ("Anciens membres", "Ehemalige", "卒業生")."""


@dataclass
class SectionReport:
    """One section of a page as read: its heading, what it gave and what it skipped (line, text, why)."""

    heading: str
    kind: str
    line: int
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[int, str, str]] = field(default_factory=list)
    former: bool = False
    """Its people have left: its heading or one it is under says so ("Alumni", "Former lab members" › "PhD")."""
    read_by: str = ""
    """How its entries were read when not by the rules alone ("the trained entry model: …")."""
    beside: list[tuple[int, str]] = field(default_factory=list)
    """Text set among its entries (line, text) that is none of them: said in ``inspect``, never dropped unsaid."""


_PUBLICATION_NOUNS = (
    r"publications?|papers?|preprints?|articles?|chapters?|books?|monographs?|volumes?|proceedings|reports?|theses|"
    r"thesis|dissertations?|patents?|manuscripts?|bibliography|works|writings|contributions|"
    r"pré-?publications|publicaciones|publicações|publicacoes|publikationen|veröffentlichungen|pubblicazioni|"
    r"artículos|artigos|articoli|chapitres|capítulos|livres|libros|livros|thèses|tesis|teses|ouvrages"
)
_PUBLICATION_HEADING = re.compile(
    rf"(?:[\w.'&-]+\s+){{0,4}}(?:{_PUBLICATION_NOUNS})(?:\s+(?:and|&|/)\s+(?:[\w.'-]+\s+){{0,3}}(?:{_PUBLICATION_NOUNS}))?"
    r"(?:\s+(?:in progress|under review|\(chronological\)|by (?:year|date|topic)|\[[^]]*\]))?"
    r"|(?:full |complete )?publications? lists?"
    r"|(?:research|work|papers?) in progress|under review|submitted|forthcoming|working papers|peer[- ]reviewed research"
    r"|[^\x00-\u024F\s]{0,8}(?:論文|论文|業績|业绩|著作|研究成果|出版物)[^\x00-\u024F\s]{0,4}",  # 研究業績, 发表论文
    re.IGNORECASE,
)
_PUBLICATION_EXCLUDED = re.compile(r"\b(?:talks?|slides|posters?|news|blog|posts?|software|code|data|teaching)\b", re.IGNORECASE)
_PAGE_PEOPLE = re.compile(r"advisees|mentees|(?:my |our )?(?:group|team|lab|people|students|members)", re.IGNORECASE)


def kind_of(text: str, by_last_word: bool = True) -> tuple[str, str | None] | None:
    """The section a heading's text names (kind, role of its people), if any; ``by_last_word=False``: only by a phrase
    that names it, not by the word a heading ends on."""
    if _NOT_SUPERVISED.search(text) and len(text) <= 60 and not _SUPERVISING.search(text):
        return "other", None  # "Ph.D. Committee Memberships": people examined, not supervised
    if _COLLABORATORS.search(text) and len(text) <= 60 and not roles_named(text):
        return "other", None  # "Current and Past Collaborators": colleagues, not supervised ("Visitors and …" are)
    found = ("people", "Student") if _SUPERVISED_WORKS.search(text) and len(text) <= 60 else _section_of(text, by_last_word)
    if found and found[0] == "people" and found[1] in GENERIC_ROLES:
        for pattern, role in _PEOPLE_ROLES:  # "Current and Former Ph.D. Students" are PhD students
            if re.search(pattern, text, re.IGNORECASE):
                return "people", role
    return found


_PEOPLE_ROLES = (
    (r"visiting|visitors|访问|visiteurs|invités|visitantes|gäste|gastwissenschaftler\w*|visitatori|客員\w*|訪問\w*", "Visitor"),
    (
        r"post[- ]?doc|post[- ]?doctoral|博士后|postdoctorant\w*|posdoc\w*|pós-?doc\w*|pós-?doutor\w*|postdoktorand\w*|"
        r"assegnist\w*|博士研究員|ポスドク",
        "Postdoc",
    ),
    (
        r"ph\.?\s?d\.?|doctoral|graduate (?:students|alumni|researchers)|博士|直博|普博|硕博|doctorant\w*|doctorand\w*|"
        r"doctorado|doutorado|doutorand\w*|doktorand\w*|dottorand\w*|(?-i:D[1-3])(?=\s*$)",
        "PhD student",
    ),
    (
        r"master'?s?|m\.?sc|m\.\s?s\.|ms(?=\s+students?|\s*$)|m\.?\s?tech|硕士|专硕|学硕|修士\w*|maîtrise|maestr[ií]a|mestrado|"
        r"mestrand\w*|masterand\w*|tesisti|(?-i:M[12])(?=\s*$)",
        "Master student",
    ),
    (
        r"undergrad|bachelor'?s?|b\.?\s?sc|b\.?\s?tech|reus?\b|本科|学部|licence|pregrado|graduação|"
        r"inicia[çc][ãa]o cient[íi]fica|(?-i:B[34])(?=\s*$)",
        "Undergraduate student",
    ),
    (r"interns?|internships?|stagiaires?|pasantes|estagiários|praktikant\w*|tirocinant\w*|インターン", "Intern"),
    (r"honou?rs(?: students?| theses| projects)?", "Honours student"),
    (
        r"(?:junior |senior |associate )?investigators|research (?:scientists?|staff|associates?|assistants?|engineers?)|"
        r"staff scientists|project officers|technicians|lab(?:oratory)? managers|emerit\w*(?: professors)?|"
        r"assistentes de pesquisa|asistentes de investigaci[oó]n|assistenti di ricerca|wissenschaftliche mitarbeiter\w*",
        "Researcher",
    ),
    (
        r"(?:lab(?:oratory)? |group )?director|principal investigators?|(?:(?:lab|group|team) )?(?:head|leader)",
        "Principal investigator",
    ),
)


_HEADING_ROLES = re.compile("|".join(rf"\b(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(_PEOPLE_ROLES)), re.IGNORECASE)


def role_heading(text: str) -> tuple[str, str | None] | None:
    """A heading or label under a people section that names a group of people by role: a role's word alone
    ("PhD", "MSc"), or a short plural ("Postdocs", "Co-supervised PhD projects", "Supervised theses, former
    students, alumni"). A singular role ("PhD Student" under a name) is a line of that person's card."""
    words = re.sub(r"\s*\[[^\]]*\]|\s*\([^)]*\)", "", text).strip(" :").split()  # "Undergraduates [* co-supervised]"
    text = " ".join(words)
    if _AWARD_WORD.search(text):
        return None  # "Selected Honors and Awards": the owner's distinctions, no honours students
    if re.fullmatch(r"ongoing|current|in progress|active", text, re.I):
        return "people", "Student"  # "Master theses" › "Ongoing": the students still working
    if re.fullmatch(r"completed|finished|graduated|defended", text, re.I):
        return "people", "Alumnus"  # "Master theses" › "Completed": the students who left
    alone: tuple[str, str | None] | None = next(
        (("people", role) for pattern, role in _PEOPLE_ROLES if re.fullmatch(pattern, " ".join(words), re.I)), None
    )
    if alone is None and len(words) == 1 and "/" in text:  # "MDes/ME/MTech": the degrees of one group
        alone = next((found for part in text.split("/") if (found := role_heading(part)) and found[1] not in GENERIC_ROLES), None)
    where = _WHERE_AFTER.search(text)  # "Master students in Oxford": a group, then where it was; not "PhD Students, Alumni"
    placed = (
        text[: where.start()].split() if where and not roles_named(where["place"]) and not _FORMER.search(where["place"]) else []
    )
    if alone is None and placed and (re.fullmatch(_GROUP_NOUN, placed[-1], re.I) or (where and where.group().startswith(","))):
        words, text = placed, " ".join(placed)
    if alone or not words or len(words) > 6 or person_name(text) or re.search(r"\d", text):
        return alone
    if _SUPERVISING.search(text) and len(roles := roles_named(text)) == 1:
        return "people", roles[0]  # "As primary PhD supervisor", "Post doctoral supervision": the people of that role
    if not re.search(r"[^s]s$|i$|staff$", words[-1].strip(",.;").lower()):  # a group's name is plural ("staff")
        return None
    roles = roles_named(text)
    first_group = re.split(r"\s+(?:and|&)\s+", text)[0]  # "Visiting Scholars & Postdocs"; not "Graduate Students and V…"
    visiting = bool(re.search(r"\b(?:visiting|exchange)\b", first_group, re.I))
    found = ("people", "Visitor" if visiting else roles[0] if len(roles) == 1 else "Student") if roles else None
    if found is None and (_FORMER.search(text) or re.search(r"\b(?:supervised|theses|graduates)\b", text, re.I)):
        return "people", "Alumnus"
    return found


_AWARD_WORD = re.compile(r"\b(?:awards?|prizes?|medals?|distinctions?|recognitions?|scholarships?)\b", re.IGNORECASE)
_FORMER = re.compile(rf"\b(?:alumn\w*|former|past|previous|completed|graduated|graduates)\b|{_CHINESE_PAST}|校友", re.IGNORECASE)
_SUPERVISED_WORKS = re.compile(
    r"\b(?:advis|supervis|direct|mentor)(?:ed|ing)\b.*\b(?:students|theses|dissertations|postdocs)\b"
    r"|\b(?:students|theses|dissertations|postdocs)\b.*\b(?:advised|supervised|directed|mentored)\b",
    re.IGNORECASE,
)
"""A heading of people the owner advised, whatever it counts: "Advised on 20 Ph.D. Dissertations" lists students."""
_NOT_SUPERVISED = re.compile(r"\b(?:committees?|examiners?|examining|jury|juries)\b", re.IGNORECASE)
_GROUP_NOUN = r"students|alumni|members|postdocs|fellows|researchers|scholars|visitors|interns"
_WHERE_AFTER = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?|,\s*)(?P<place>[A-Z][\w.&'’–-]*(?:\s+[A-Z][\w.&'’–-]*){0,3})\s*$")
"""Where a group of people was, after the words naming them ("Master students in Oxford", "PhD students at MIT",
"Supervised Theses, UT-Arlington")."""
_SUPERVISING = re.compile(r"\b(?:supervis(?:or|ion|ing)|advis(?:or|ing)|mentor(?:ing)?)\b", re.IGNORECASE)
"""Words naming the owner's part in supervision ("As primary PhD supervisor"), also beside examining ("Alumni!
(Previous supervision and examining)")."""
_COLLABORATORS = re.compile(r"\bcollaborators\b", re.IGNORECASE)


GENERIC_ROLES = (None, "Member", "Researcher", "Student", "Alumnus")


def row_cells(row: HtmlElement) -> list[HtmlElement]:
    """A table row's cells, header and data alike."""
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


def _later_column(cell: HtmlElement) -> bool:
    """A header cell after the first of its row: it names a column of the rows below it."""
    row = cell.getparent()
    cells = row_cells(row) if row is not None else []
    return len(cells) > 1 and cell is not cells[0]


def _section_of(written: str, by_last_word: bool = True) -> tuple[str, str | None] | None:
    text = " ".join(re.sub(r"[^\w\s.'&/()\[\]-]", " ", written).split()).strip(" .:")
    if not text or len(text) > 60:
        return None
    heading = heading_of(Line(1, text))
    if heading is not None:
        return heading.kind, heading.role
    for pattern, role in _PEOPLE_EXTRA:
        if re.fullmatch(pattern, text, re.IGNORECASE):
            return "people", role
    plain = _SINCE_YEAR.sub("", text)
    if _PUBLICATION_HEADING.fullmatch(plain) and not _PUBLICATION_EXCLUDED.search(plain):
        return "publications", None
    bare = _SINCE_YEAR.sub("", written.strip(" :."))
    return _by_last_word(plain) if by_last_word and bare[:1].isupper() and not re.search(r"[\d,!?»]|\.\s", bare) else None


_SINCE_YEAR = re.compile(r"\s*(?:(?:since|from|after|before|until|to)\s+)?\(?\d{4}\)?$", re.IGNORECASE)
"""A year closing a heading, with the word that bounds it ("Survey articles and chapters since 2001")."""
_LAST_WORD_KINDS = (
    ("talks", r"talks|speeches|presentations|lectures|colloquia|keynotes"),
    ("service", r"(?:co-?\)?\s*)?organi[sz]ed|refereeing|reviewing|editorships"),
    ("teaching", r"courses|taught"),
    ("awards", r"awards|prizes|distinctions|grants|fellowships"),
    ("publications", r"publications|papers|preprints|articles|chapters|books|monographs|proceedings|reports|theses"),
)
"""What a short heading no phrase names is about, told by its last word ("Selected Professional Speeches and
Presentations", "Some Conferences (co-)organized"): the plural noun or participle a heading ends on names its entries
(people are told by their own headings, which name roles)."""


def _by_last_word(text: str) -> tuple[str, str | None] | None:
    """The kind the last word of a heading of two to six words names, when none of its other words names another."""
    words = text.split()
    if not 1 < len(words) <= 6:
        return None
    kinds = {kind for word in words for kind, pattern in _LAST_WORD_KINDS if re.fullmatch(pattern, word.strip("()"), re.I)}
    last = [kind for kind, pattern in _LAST_WORD_KINDS if re.fullmatch(pattern, re.sub(r"^.*\)", "", words[-1]), re.I)]
    if not last or not kinds <= {last[0]} or (last[0] == "publications" and _PUBLICATION_EXCLUDED.search(text)):
        return None  # "Publications and presentations": two kinds, neither; "All news articles": no papers
    return last[0], None


def _heading(element: HtmlElement) -> tuple[str, int] | None:
    """If ``element`` is a heading: its text and level (``<h1>`` is 1; a short bold or labelled block is 7, or
    the level of the heading it wraps)."""
    if element.tag not in HEADING_TAGS and element.tag not in _HEADING_LIKE and not _fold_toggle(element):
        return None
    styled = next((int(c[1]) for c in str(element.get("class") or "").split() if re.fullmatch(r"h[1-6]", c)), None)
    if styled and element.tag in ("div", "p", "span") and 0 < len(text_of(element)) <= 80 and len(element) <= 3:
        return text_of(element), styled  # Bootstrap's heading classes: <div class="h2"><b>Ph.D. Alumni</b></div>
    if element.tag in _HEADING_LIKE and (len(element) > 3 or any(child.tag in ("li", "p", "div", "table") for child in element)):
        return None
    if element.tag == "th" and _later_column(element):
        return None  # "Level | Date | Student | Thesis title": a column's name, not a section's
    full = text_of(element)
    if full and len(full) > 80 and element.tag in ("p", "div") and (lead := _leading_label(element)):
        full = lead  # "<p><u>Invited conference presentations</u><br>The content of some … is here.</p>"
    if not full or len(full) > 80:
        return None
    if element.tag in HEADING_TAGS:
        return full, int(element.tag[1])
    if element.tag in ("p", "div") and _YEAR_HEADING.fullmatch(full) and not element.xpath(".//li|.//p|.//div"):
        return full, 8  # a year alone in a paragraph, under any heading, over the entries of that year (a word processor's list)
    parent = element.getparent()
    if element.tag in _INLINE and parent is not None and text_of(parent) != full:
        return None  # a bold word inside a sentence ("see my <b>Publications</b>") is no heading
    direct = " ".join(" ".join([element.text or "", *(c.tail or "" for c in element)]).split())
    inner = next((int(h.tag[1]) for h in element.iterdescendants(*HEADING_TAGS) if text_of(h) == full), 7)
    if _fold_toggle(element):
        inner = _above_folded(element, inner)
    for text in (full, direct):
        if kind_of(_NOTE_AFTER.sub("", text)):
            return text, inner  # a block around an <h2> is as deep as the <h2>
    over_list = element.getnext() is not None and element.getnext().tag in ("ul", "ol")
    if element.tag == "p" and over_list and len(full.split()) <= 4 and role_heading(full):
        return full, inner  # "<p>M.Sc students</p>" over a list: Markdown's label over the people it names
    return None


def _fold_toggle(element: HtmlElement) -> bool:
    """A link or button that unfolds a collapsed block (``<a data-bs-toggle="collapse" href="#c2">Alumni</a>``): the
    heading of what it unfolds."""
    toggles = " ".join(str(element.get(name) or "") for name in ("data-toggle", "data-bs-toggle"))
    return element.tag in ("a", "button") and ("collapse" in toggles or bool(element.get("aria-controls")))


def _above_folded(toggle: HtmlElement, level: int) -> int:
    """The level of a fold's toggle: above the headings of the block it unfolds (``#collapse-2`` holding ``<h5>`` names),
    so that their records stay under it."""
    named = (toggle.get(name) for name in ("aria-controls", "data-bs-target", "data-target", "href"))
    target = str(next((value for value in named if value), ""))
    found = toggle.getroottree().getroot().get_element_by_id(target.lstrip("#"), None) if target.strip("#") else None
    inside = [int(h.tag[1]) for h in found.iterdescendants(*HEADING_TAGS)] if found is not None else []
    return max(1, min(inside) - 1) if inside else level


def _leading_label(element: HtmlElement) -> str | None:
    """The words set apart (underlined, bold) on a block's first line, alone on it, when they name a section."""
    first = element[0] if len(element) else None
    if first is None or (element.text or "").strip() or first.tag not in ("u", "b", "strong", "em", "i"):
        return None
    after = first.getnext()
    if (first.tail or "").strip() or after is None or after.tag != "br":
        return None
    text = text_of(first)
    return text if kind_of(_NOTE_AFTER.sub("", text)) else None


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*:?\s*$|\s*:\s*$")
"""A note in brackets or a colon after a heading's words: "Alumni (partial list):"."""


def section_named(text: str) -> tuple[str, str | None] | None:
    """The section (kind, role of its people) a page or heading title names, if any: "Research Group" is people."""
    return _named_section(text) or (("people", "Member") if _PAGE_PEOPLE.fullmatch(text.strip()) else None)


def _named_section(text: str, by_last_word: bool = True) -> tuple[str, str | None] | None:
    """A heading's section (kind, role), trying its whole text and then its words before a link list or a colon."""
    kind = kind_of(text, by_last_word)
    if kind is None:
        head = re.split(r"\s*[|·(:]\s*|\s+[-–—]\s+", text)[0]
        kind = kind_of(head, by_last_word) if head != text else None
    paired = re.split(r"\s*/\s*|\s+(?:and|&)\s+", text.strip(" :")) if len(text.split()) <= 4 else []
    if kind is None and len(paired) == 2:
        kinds = [kind_of(part, by_last_word) for part in paired]  # "Papers/Presentations", "Publications and Talks": papers first
        kind = next((k for k in kinds if k and k[0] == "publications"), None)
    if kind is None and (gloss := _GLOSS.search(text)):  # "博士 後期 (Doctor Student)": the heading in English
        return kind_of(gloss[1]) or kind_of(gloss[1] + "s")
    roles = roles_named(text) if kind and kind[0] == "people" else []
    if len(roles) > 1:
        return "people", "Student"  # "Undergraduate and MSc Students": each person's own line says which
    if kind and roles and kind[1] in GENERIC_ROLES:
        return "people", roles[0]  # "Alumni: Ph.D. students", named by its words before the colon: PhD students
    return kind


_GLOSS = re.compile(r"^(?:[^\x00-\u024F]|\s)+[(（]\s*([A-Za-z][A-Za-z .'-]+?)\s*[)）]\s*$")
"""A heading in another script with its English in brackets after it: "博士 後期 (Doctor Student)"."""


def roles_named(text: str) -> list[str]:
    """The roles a heading names, each once, in order ("Post-doctoral fellows" names one: postdoc)."""
    found = [next(role for i, (_, role) in enumerate(_PEOPLE_ROLES) if match[f"r{i}"]) for match in _HEADING_ROLES.finditer(text)]
    return list(dict.fromkeys(found))


_ENTRY_TAGS = ("li", "tr", "dd", "p", "article")


def _is_entry(element: HtmlElement) -> bool:
    if _is_container(element):
        return False
    if element.tag in _ENTRY_TAGS:
        return element.tag != "tr" or bool(element.xpath("./td"))
    return (
        element.tag == "div"
        and _has_entry_class(element)
        and not element.xpath(".//li")
        and not any(_has_entry_class(inner) for inner in element.iterdescendants("div"))
    )


def _is_container(element: HtmlElement) -> bool:
    """A block holding a list of records (several list items, rows, articles or headings) is not itself one record;
    a row of buttons ("DOI", "PubMed") under a paper is no such list, nor are the notes listed under a person."""
    if _person_with_notes(element):
        return False
    return _lists_records(element) or sum(1 for _ in element.iterdescendants(*HEADING_TAGS)) >= 2


def _person_with_notes(element: HtmlElement) -> bool:
    """A list item that opens with a person and lists notes about them under it ("Anusree Rajan, PhD in EE,
    2018 - 2023" over "Thesis: …" and "After this joined …"), none of the notes another person; a term and its
    description (``<dl><dt>Name</dt><dd><ul>…``) too."""
    terms = element.xpath("./dl/dt") if element.tag == "li" and element.xpath("./dl/dd/ul | ./dl/dd/ol") else []
    if len(terms) == 1 and starts_person(terms[0]):
        return True  # the description's list is about the term by its markup ("Projeto de Pesquisa: …", "Lattes: …")
    nested = element.xpath("./ul | ./ol") if element.tag == "li" else []
    if not nested or any(starts_person(item) for inner in nested for item in inner.iter("li")):
        return False
    return starts_person(own_item(element))


def own_item(element: HtmlElement) -> HtmlElement:
    """A copy of a list item without the lists nested in it: its own words ("2023年度", a person over notes)."""
    own = deepcopy(element)
    for inner in own.xpath("./ul | ./ol"):
        own.remove(inner)
    return own


def _lists_records(element: HtmlElement) -> bool:
    """A block holding several list items, rows or articles, or several paragraphs that are whole citations."""
    inner = sum(1 for item in element.iterdescendants("li", "tr", "article", "dd") if len(text_of(item).split()) > 2)
    citations = sum(1 for p in element.iterdescendants("p") if _CITATION_LIKE.search(text_of(p)))
    return inner >= 2 or citations >= 2


_CITATION_LIKE = re.compile(r"(?:[^,]+,){3}.*\b(?:19|20)\d\d\b")
"""A paragraph holding a whole citation: names and a year (several make a list, not one entry)."""


def _labels_a_list(element: HtmlElement) -> bool:
    """A list item whose own words are a short label (a year, a grade) over a nested list ("2023年度 M2:1 B4:1" over
    "M2" over the names of that year's master's graduates)."""
    if element.tag != "li" or not element.xpath("./ul | ./ol"):
        return False
    own = own_item(element)
    return 0 < len(text_of(own).split()) <= 6 and not starts_person(own)


def _several_people(element: HtmlElement) -> bool:
    """A card holding several blocks that each open with a person's name (a label, then one student a line)
    lists those people: it is no one person's card."""
    return element.tag == "div" and sum(1 for block in element.iterdescendants("p", "li") if starts_person(block)) >= 2


def _person_cells(row: HtmlElement) -> list[HtmlElement]:
    """The cells of a table row that are each one person's card (a name over lines of their own: years, degree,
    where they went), when the row holds two or more; a row's single name cell and its advisor's are no such cards,
    nor are a layout table's menu and content (cells holding headings or lists of records)."""
    if row.tag != "tr":
        return []
    cells = [
        cell
        for cell in row
        if cell.tag == "td"
        and len(block_lines(cell)) >= 2
        and starts_person(cell)
        and not _is_container(cell)
        and not _holds_heading(cell)
    ]
    return cells if len(cells) >= 2 else []


def _person_card(element: HtmlElement, repeated: bool = False) -> bool:
    """A block whose one heading is a person's name (a theme's people card: photo, name, position, links); one of
    blocks a template repeats may hold a paragraph about them too."""
    if element.tag not in ("div", "section", "article") or len(text := text_of(element)) > (1500 if repeated else 600):
        return False
    headings = list(element.iterdescendants(*HEADING_TAGS)) or element.xpath(NAME_CLASS)
    named = text_of(headings[0]) if headings else ""
    if not headings or person_name(named) is None or _named_section(named) or role_heading(named):
        return False  # "毕业生" (graduates), written like a name in Chinese, names a section; "Assistentes de Pesquisa" a role
    if any(not _card_line(text_of(heading)) for heading in headings[1:]):
        return False  # one name and, at most, headings of its role ("<h2>Jane Doe</h2><h4>Principal Investigator</h4>")
    rest = text.replace(text_of(headings[0]), " ")  # a person's card says what they are, or how to write to them
    return bool(ROLE_WORDS.search(rest) or element.xpath(".//a[starts-with(@href, 'mailto:')]"))


def _card_line(text: str) -> bool:
    """A heading of a person's card under their name: their role, their years ("2022 Summer Co-op") or a labelled
    line ("Current status: Ph.D. student at Purdue", "Faculty advisor: Samuel Labi")."""
    labelled = re.match(r"[A-Z][\w ]{2,24}:\s", text)
    return _role_line(text) or bool(labelled or (re.match(YEAR, text) and person_name(text) is None))


def _role_line(text: str) -> bool:
    """A short line saying what a person is ("Postdoctoral Research Associate", "Principal Investigator")."""
    return len(text.split()) <= 6 and bool(ROLE_WORDS.search(text) or is_principal(text)) and person_name(text) is None


def _has_entry_class(element: HtmlElement) -> bool:
    names = str(element.get("class") or "").lower().split()
    return any(_ENTRY_CLASS.search(name) and not _FIELD_CLASS.fullmatch(name) for name in names)


@dataclass
class _Open:
    """A heading on the walk's stack: its level, its section when it names one, the year when it is one."""

    level: int
    found: Found | None
    year: int | None = None


Found = tuple[SectionReport, str | None, list["HtmlElement"]]


def page_section(page: Page, shown_as: str) -> tuple[str, str | None] | None:
    """The section a whole page is (a ``publications.html``, a page titled "Students"): from its ``<title>``,
    its first heading or its file name; what the page's headings name overrides it where they apply."""
    texts = [page.title] if page.title else []
    texts += [text_of(title) for title in page.root.xpath("//title")[:1]]
    texts = [part for text in texts for part in re.split(r"\s+[|·–—-]\s+|\s*[|·]\s*", text)]
    texts += [str(m.get("content") or "") for m in page.root.xpath("//meta[@property='og:title']")]
    texts += [text_of(h) for h in page.root.iter("h1")][:1]
    texts = [re.sub(r"\.(?:s?html?|php|aspx?)$", "", text, flags=re.IGNORECASE) for text in texts]  # "postdocs.html"
    stem = Path(shown_as).stem if Path(shown_as).stem.lower() not in ("index", "default") else Path(shown_as).parent.name
    words = re.sub(r"[-_]+|(?<=[a-z])(?=[A-Z])", " ", stem).split()  # "PeoplePastStudents": People Past Students
    glued = _GLUED_WORD.findall(stem.lower())
    if len(words) == 1 and len(glued) > 1 and "".join(glued) == stem.lower():
        words = glued  # "currentphdstudents", "publicationlist": words run together
    texts += [" ".join(words[i:]) for i in range(len(words))]
    texts += [" ".join(words[:i]) for i in range(len(words) - 1, 0, -1)]  # "publications_conference": its papers
    past = any(_FORMER.fullmatch(word) for word in words)  # "alumni.html" titled "Graduate students": past ones
    for text in texts:
        kind = kind_of(text)
        if kind is None or kind[0] == "people":  # "C.O.O.L. past members", "Alumni": people named by role
            kind = role_heading(text) or kind
        if kind and kind[0] == "people" and past:
            return "people", "Alumnus"
        if kind and kind[0] in ("publications", "people"):
            return kind
        if re.fullmatch(r"pubs?|publist|papers?\s*\w*|bib\w*", text.strip(), re.IGNORECASE):
            return "publications", None
        if _PAGE_PEOPLE.fullmatch(text.strip()):
            return "people", "Member"
    return None


_GLUED_WORD = re.compile(
    r"current|past|former|previous|graduated|graduate|grad|phd|msc|ms|undergrad(?:uate)?s?|students?|postdocs?|"
    r"publications?|papers?|list|selected|recent|all|people|members|alumni|team|group|lab|research|my|our|full"
)
"""Words a page's file name may run together ("currentphdstudents.html", "publicationlist.html")."""


def find_sections(
    root: HtmlElement,
    whole_page: tuple[str, str | None] | None,
    skipped: list[tuple[int, str]],
    years: dict[HtmlElement, int] | None = None,
) -> list[Found]:
    """Walk the page in order, headings nesting as a reader reads them.

    A heading that names a section opens it; a heading that names none (a year, a topic,
    "2019 and earlier", a paper's or a person's name) opens a part of whichever section is
    open at a higher level, so al-folio's year headings stay under "Publications". Entries
    fill the innermost named section; a page that is itself a section (``publications.html``)
    is open from the start. Headings that name nothing and hold no section go to ``skipped``.
    """
    sections: list[Found] = []
    stack: list[_Open] = []
    if whole_page:
        sections.append((SectionReport("(the whole page)", whole_page[0], 1), whole_page[1], []))
        stack.append(_Open(0, sections[-1]))
    taken: set[HtmlElement] = set()
    headings: dict[int, HtmlElement] = {}
    read_as_headings: set[HtmlElement] = set()
    records, labels = _repeated_records(root)

    def add_entry(element: HtmlElement, found: Found) -> None:
        found[2].append(element)
        taken.add(element)
        entry_year = next((o.year for o in reversed(stack) if o.year), None) or _data_year(element)
        if entry_year and years is not None:
            years[element] = entry_year

    for element in root.iter():
        if not isinstance(element.tag, str) or element in labels or any(a in taken for a in element.iterancestors()):
            continue
        first = next(element.iterdescendants(*HEADING_TAGS)) if element in records else None
        while first is not None and stack and stack[-1].level > int(first.tag[1]):
            stack.pop()  # a record's heading closes what its level closes (a line "Contact" in the record before)
        open_section = next((o.found for o in reversed(stack) if o.found), None)
        if open_section and first is not None and not (open_section[0].kind == "people" and starts_person(first)):
            add_entry(element, open_section)  # one of many blocks of one shape, its heading a field of the record
            continue
        if open_section and open_section[0].kind == "people" and _person_card(element, element in records):
            open_section[2].append(element)  # a card: the person's name as its one heading, their role and years
            taken.add(element)
            continue
        heading = _heading(element)
        if heading:
            text, level = heading
            kind = _named_section(text)
            open_people = next((o.found for o in reversed(stack) if o.found), (None,))[0]
            if open_people and open_people.kind == "people" and kind and kind[0] in ("awards", "publications"):
                kind = role_heading(text) or kind  # "Honours", "Master theses" among the lab's people: students
            if open_people and open_people.kind == "publications" and kind and kind[0] == "collaborations":
                kind = None  # "Collaborations" among the papers: the papers written with other labs
            if kind and any(o.found and o.found[0].kind == "publications" and 0 < o.level < level for o in stack):
                kind = _named_section(text, by_last_word=False)  # "Talks & Presentations" under "Publications": posters
                # and talks given as papers, when only its last word says talks
            labelled_person = role_label(text) is not None  # "MChem student: Herbert Andrews 2025-2026", set as a heading
            if not kind and open_people and open_people.kind == "people":
                kind = None if labelled_person else role_heading(text)
                if not kind and person_name(text):
                    level += 1  # a person's name set as large as "Postdocs" above it is still one of them
            elif not kind and len(text.split()) <= 4 and not labelled_person:
                kind = role_heading(text)  # "Glorious visitors", "Our Postdocs": a group of people named by role
            while stack and stack[-1].level >= level:
                stack.pop()
            if kind:
                role = kind[1]
                enclosing = next((o.found for o in reversed(stack) if o.found), None)
                if (
                    kind[0] == "people"
                    and role in GENERIC_ROLES
                    and enclosing
                    and enclosing[0].kind == "people"
                    and len(roles_named(text)) < 2
                ):
                    inherited = enclosing[1] not in GENERIC_ROLES and not is_principal(enclosing[1])
                    role = enclosing[1] if inherited else role  # "Ph.D. Students" › "Former"; the head's role is theirs
                above = enclosing if enclosing and enclosing[0].kind == kind[0] else None
                former = bool(_FORMER.search(text) or (above and (above[0].former or above[1] == "Alumnus")))
                former = former or (kind[0] == "people" and whole_page == ("people", "Alumnus"))  # a page of past members
                sections.append((SectionReport(text, kind[0], element.sourceline or 1, former=former), role, []))
                stack.append(_Open(level, sections[-1]))
                headings[id(sections[-1])] = element
            else:
                year = _YEAR_HEADING.fullmatch(text.strip())
                stack.append(_Open(level, None, int(year.group(1)) if year else None))
                current = next((o.found for o in reversed(stack) if o.found), None)
                if current is None:
                    skipped.append((element.sourceline or 1, text))
                elif current[0].kind == "people" and (
                    person_name(text) or current[2] or starts_person(element) or re.search(YEAR, text)
                ):
                    current[2].append(element)  # a person's name as the heading of their card, a line of it, a period
            taken.add(element)
            read_as_headings.add(element)
            continue
        current = open_section  # no heading: the stack is as it was
        loose_name = element.tag in ("strong", "b") and person_name(text_of(element))
        if current and current[0].kind == "people" and (loose_name or (element.tag in HEADING_TAGS and current[2])):
            current[2].append(element)  # a name set loose in bold under a people heading, or a long line of a card
            taken.add(element)
            continue
        cards = _person_cells(element) if current is not None and current[0].kind == "people" else []
        if current and cards:
            for card in cards:  # a table row of two people, each a cell with a name over lines of their own
                add_entry(card, current)
            continue
        if current and current[0].kind == "people" and _labels_a_list(element):
            add_entry(element, current)  # "2023年度" over "M2" over the names: one entry, its labels read in order
            continue
        several = current is not None and current[0].kind == "people" and _several_people(element)
        if current and _is_entry(element) and text_of(element) and not _holds_heading(element) and not several:
            add_entry(element, current)
    body = next(root.iter("body"), None)
    for found in sections:  # a named section whose entries are plain blocks or loose text between blank lines
        whole = whole_page is not None and found is sections[0]  # the page's people written loose in its body
        start = (body if found[0].kind == "people" else None) if whole else headings.get(id(found))
        loose = (
            _loose_entries(start, read_as_headings)
            if found[0].kind == "publications" and start is not None and len(found[2]) < 3
            else _loose_people(start, read_as_headings)
            if found[0].kind == "people" and start is not None and len(found[2]) < 3
            else []
        )
        if len(loose) > len(found[2]):
            found[2][:] = loose
        if found[0].kind == "publications":
            _join_lead_titles(found[2], taken, years)
            _join_bulleted(found[2], years)
    sections += _repeated_citations(root, taken)
    if not any(found[0].kind == "people" for found in sections):
        sections += _repeated_people(root, taken | {element for found in sections for element in found[2]})
    return [found for found in sections if found[2] or found[0].heading != "(the whole page)"]


def _join_lead_titles(entries: list[HtmlElement], taken: set[HtmlElement], years: dict[HtmlElement, int] | None) -> None:
    """Entries each set just after a run of text of their own, outside any block (``<font><b>Title</b></font>``
    over ``<p>Authors<br>Venue</p>``): when three or more are, each becomes one entry, the run first."""
    leads = {index: lead for index, entry in enumerate(entries) if (lead := _lead_run(entry, taken)) is not None}
    if len(leads) < 3 or len(leads) * 2 < len(entries):
        return
    for index, lead in leads.items():
        taken.add(lead)
        entries[index] = _joined([lead, entries[index]], years)


def _join_bulleted(entries: list[HtmlElement], years: dict[HtmlElement, int] | None) -> None:
    """Paragraphs of one entry set apart, the first opening with a bullet written as text ("• Title" over
    "Together with A and B. In Proc. …", a site builder's lines): when three or more open so and as many go on,
    each bullet's paragraphs become one entry."""
    opening = [bool(_TEXT_BULLET.match(text_of(entry))) for entry in entries]
    if sum(opening) < 3 or len(entries) - sum(opening) < 3:
        return
    runs: list[list[HtmlElement]] = []
    for entry, opens in zip(entries, opening, strict=True):
        if opens or not runs or len(runs[-1]) >= 4 or entry.getprevious() is None:
            runs.append([entry])
        else:
            runs[-1].append(entry)
    entries[:] = [run[0] if len(run) == 1 else _joined(run, years) for run in runs]


_TEXT_BULLET = re.compile(r"^\s*[•▪◦‣·]")
"""A bullet written as text (not a dash or an asterisk, which mark names and ranges too)."""


def _joined(parts: list[HtmlElement], years: dict[HtmlElement, int] | None) -> HtmlElement:
    """One entry made of copies of ``parts`` in order, at the first one's line, in the year of the last."""
    import lxml.html

    joined = lxml.html.Element("div")
    for part in parts:
        joined.append(deepcopy(part))
        joined[-1].tail = None
    joined.sourceline = parts[0].sourceline
    if years is not None and parts[-1] in years:
        years[joined] = years[parts[-1]]
    return joined


def _lead_run(entry: HtmlElement, taken: set[HtmlElement]) -> HtmlElement | None:
    """The inline element with words of its own set just before an entry, nothing but space between them."""
    lead = entry.getprevious()
    if lead is None or not isinstance(lead.tag, str) or lead in taken or lead.tag in BLOCK_TAGS or lead.tag in HEADING_TAGS:
        return None
    if (lead.tail or "").strip() or lead.tag == "br" or len(text_of(lead).split()) < 2:
        return None
    return lead


def note_text_beside(sections: list[Found]) -> None:
    """Note in each section the blocks with text that sit among its entries (children of a block holding two of
    them or more) and are neither an entry, nor part of one, nor a heading: a card's name beside the avatar read as
    the entry, a line a list's pattern missed. What a reader would see there is then said, not lost unsaid."""
    entries = {entry for found in sections for entry in found[2]}
    noted: set[HtmlElement] = set()
    for section, _, found_entries in sections:
        parents: dict[HtmlElement, int] = {}
        for entry in found_entries:
            parent = entry.getparent()
            if parent is not None:
                parents[parent] = parents.get(parent, 0) + 1
        for parent, count in parents.items():
            if count < 2:
                continue
            for child in parent:
                if not isinstance(child.tag, str) or child in entries or child.tag in HEADING_TAGS or _heading(child):
                    continue
                if child in noted or any(inner in entries for inner in child.iterdescendants()):
                    continue
                text = text_of(child)
                if re.search(r"\w{2,}", text) and not kind_of(text) and not role_heading(text):
                    section.beside.append((child.sourceline or 1, text))  # not a label ("PhD students") missed as one
                    noted.add(child)


def _repeated_records(root: HtmlElement) -> tuple[set[HtmlElement], set[HtmlElement]]:
    """Records a template repeats, found by their shape, and the labels it repeats in them.

    Three or more sibling blocks of one tag and class with headings in the same places (two, when each holds several
    headings) are records whose headings
    are their fields when each first heading is a text written once on the page, or a title long enough to be
    listed twice (a paper's title over its authors, in "Selected" and again in "All"; a person's name; not a field's
    label such as "Name"); one whose heading names a section or a year
    ("Alumni" in a row of its own) is no record. A heading naming a section with the same text in every block
    ("Access the paper") is a label, not a heading of the page.
    """
    records: set[HtmlElement] = set()
    labels: set[HtmlElement] = set()
    written = Counter(text_of(heading) for heading in root.iter(*HEADING_TAGS))
    for parent in root.iter():
        groups: dict[tuple[str, str, tuple[str, ...]], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in ("div", "section", "article", "li", "a"):
                inner = tuple(h.tag for h in child.iterdescendants(*HEADING_TAGS))
                if inner:
                    groups.setdefault((child.tag, str(child.get("class") or ""), inner), []).append(child)
        for (_, _, inner), blocks in groups.items():
            least = 2 if len(inner) >= 2 else 3  # two blocks suffice when each holds several headings in the same places
            if len(blocks) < least:
                continue
            firsts = [text_of(next(block.iterdescendants(*HEADING_TAGS))) for block in blocks]
            if len(set(firsts)) == 1 and _named_section(firsts[0]):
                labels.update(next(block.iterdescendants(*HEADING_TAGS)) for block in blocks)
                continue
            kept = [
                block
                for text, block in zip(firsts, blocks, strict=True)
                if (written[text] == 1 or len(text.split()) >= 5)
                and not (_named_section(text) or role_heading(text) or _YEAR_HEADING.fullmatch(text))
                and not _lists_records(block)
                and not _splits(block)
            ]
            if len(kept) >= least and len(kept) >= 0.8 * len(blocks) - 2:
                records.update(kept)
    return records, labels


def _splits(block: HtmlElement) -> bool:
    """A block in which some element has two or more children each holding a heading (a row of two person cards)
    holds several records, not one."""
    return any(sum(1 for child in node if _holds_a_heading(child)) >= 2 for node in block.iter())


def _holds_a_heading(element: HtmlElement) -> bool:
    return (
        isinstance(element.tag, str)
        and element.tag not in HEADING_TAGS
        and next(element.iterdescendants(*HEADING_TAGS), None) is not None
    )


_RECORD_TAGS = ("li", "p", "div", "tr", "article")


def _repeated_citations(root: HtmlElement, taken: set[HtmlElement]) -> list[Found]:
    """Lists of citations no heading names, found by repetition: a block whose children are three or more
    blocks of one kind, most of them holding names and a year (or the block classed as a list of publications), is a
    publications section."""
    heading = "(a list of citations no heading names)"

    def cited(child: HtmlElement) -> bool:
        return bool(_CITATION_LIKE.search(text_of(child))) or _classed_publications(child.getparent())

    return _repeated(root, taken, cited, heading, "publications")


_PUBLICATION_LIST_CLASS = re.compile(r"pub(?:lication)?s?(?:[-_]?list)?|publist|papers", re.I)


def _classed_publications(element: HtmlElement | None) -> bool:
    """Whether a list's class names it a list of publications (``<ol class="org-ol publist">``): each of its items is
    one, whether or not it prints a year or many names."""
    return element is not None and any(
        _PUBLICATION_LIST_CLASS.fullmatch(name) for name in str(element.get("class") or "").split()
    )


def _repeated_people(root: HtmlElement, taken: set[HtmlElement]) -> list[Found]:
    """Lists of people no heading names, on a page where none does, found by repetition: a block whose children are
    three or more blocks of one kind, most of them opening with a person's name and saying a role or a year beside it
    ("Jane Doe (PhD, 2019 - 2024)"), and few of them citations."""

    def listed(child: HtmlElement) -> bool:
        return described_person(child) and not _CITATION_LIKE.search(text_of(child))

    return _repeated(root, taken, listed, "(a list of people no heading names)", "people")


def _repeated(
    root: HtmlElement, taken: set[HtmlElement], is_record: Callable[[HtmlElement], bool], heading: str, kind: str
) -> list[Found]:
    """The blocks of the page, outside ``taken``, whose children are three or more blocks of one kind, at least three
    and most of them records (``is_record``): each a section of that ``kind`` no heading names."""
    found: list[Found] = []
    claimed: set[HtmlElement] = set()
    for container in root.iter("ul", "ol", "div", "tbody", "section", "td"):
        if container in claimed or any(a in taken or a in claimed for a in container.iterancestors()):
            continue
        children = [child for child in container if isinstance(child.tag, str) and child.tag in _RECORD_TAGS]
        if len(children) < 3 or any(child in taken or _holds_heading(child) for child in children):
            continue
        tag = max({child.tag for child in children}, key=[child.tag for child in children].count)
        same = [child for child in children if child.tag == tag]
        records = [child for child in same if is_record(child)]
        if len(records) >= 3 and len(records) >= 0.6 * len(same):
            found.append((SectionReport(heading, kind, container.sourceline or 1), None, same))
            claimed.add(container)
    return found


_YEAR_HEADING = re.compile(
    r"(?:in\s+)?((?:19|20)\d\d)(?:\s*(?:[-–]\s*\d{2,4}|and (?:earlier|before)|or earlier|年度?|[级届]))?\s*:?"
)


def _data_year(element: HtmlElement) -> int | None:
    """The year a theme writes in an entry's (or its group's) ``data-year`` attribute."""
    for node in (element, *element.iterancestors()):
        written = str(node.get("data-year") or "")
        if re.fullmatch(r"(?:19|20)\d\d", written):
            return int(written)
    return None


def _holds_heading(element: HtmlElement) -> bool:
    """An element holding a heading that names a section or a group of people by role ("M.S. Students") is a
    container, not one entry; so is one holding two paragraphs that are such headings (a layout table's cell;
    one such paragraph is a card's line, "Principal Investigator")."""
    paragraphs = 0
    for inner in element.iter(*HEADING_TAGS, "p"):
        found = _heading(inner) if inner is not element else None
        if found and (_named_section(found[0]) or role_heading(found[0])):
            if inner.tag != "p":
                return True
            paragraphs += 1
    return paragraphs >= 2


_BLANK_LINE = re.compile(r"<br\s*/?>\s*(?:&nbsp;|\u00a0|\s)*<br\s*/?>", re.IGNORECASE)


def blank_line_chunks(element: HtmlElement) -> list[HtmlElement]:
    """The parts of a block a blank line (``<br><br>``) separates, as blocks of their own, each keeping its
    source line; empty unless there are several parts holding text."""
    from lxml import etree

    inner = (element.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in element)
    return _chunks(inner, element.sourceline or 1)


def line_chunks(element: HtmlElement) -> list[HtmlElement]:
    """The lines of a block (``<br>`` between them), as blocks of their own, each keeping its source line; empty
    unless there are several lines holding text."""
    from lxml import etree

    inner = (element.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in element)
    return _chunks(inner, element.sourceline or 1, _LINE_BREAK)


_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _chunks(markup: str, first_line: int, separator: re.Pattern[str] = _BLANK_LINE) -> list[HtmlElement]:
    """Markup cut at its blank lines (or ``separator``) into blocks, each keeping its source line; empty unless there
    are several."""
    import lxml.html

    if not separator.search(markup):
        return []
    chunks, offset = [], 0
    for part in separator.split(markup):
        line = first_line + offset
        offset += part.count("\n")
        if not part.strip():
            continue
        chunk = lxml.html.fragment_fromstring(part, create_parent="p")
        if not text_of(chunk):
            continue
        for node in chunk.iter():
            node.sourceline = line + (node.sourceline or 1) - 1
        chunks.append(chunk)
    return chunks if len(chunks) >= 2 else []


def _loose_entries(heading: HtmlElement, headings: set[HtmlElement]) -> list[HtmlElement]:
    """Entries of a heading no entry-shaped block follows: three or more blocks of one kind after it (plain
    ``div``s, one a paper), else the markup up to the next heading cut at its blank lines
    (``Title, with A. Journal 2019.<br><br>`` written loose in the page's body); the next block read as a heading
    ends them ("<p><u>Book Reviews</u></p>")."""
    markup, blocks = _markup_after(heading, headings)
    tags = [block.tag for block in blocks]
    repeated = [block for block in blocks if tags.count(block.tag) >= 3]
    return repeated or _chunks(markup, _line_after(heading))


def _loose_people(heading: HtmlElement, headings: set[HtmlElement]) -> list[HtmlElement]:
    """People listed loose after a heading, a line each: the lines that open with a bullet ("&#8226; Tyas Pujiastuti
    (MS Student)<br>"), when three or more do; else every line, when three or more name a person and their role or
    years ("Dr. Aaron Wright (Phd) &nbsp; PNNL<br>"), the others (a legend over them) read and skipped with a reason."""
    markup, _ = _markup_after(heading, headings, nested=False)
    lines = _chunks(markup, _line_after(heading), _LINE_BREAK)
    bulleted = [line for line in lines if _BULLET.match(line.text or "")]
    for line in bulleted:
        line.text = _BULLET.sub("", line.text or "")  # the bullet is no part of the name
    if len(bulleted) >= 3:
        return bulleted
    return lines if sum(1 for line in lines if described_person(line)) >= 3 else []


_BULLET = re.compile(r"^\s*[•·▪◦‣*-]\s*")


def _line_after(heading: HtmlElement) -> int:
    """The source line a heading's element ends on, where the markup after it begins (the page's body's own line:
    a page that is itself the section begins there)."""
    from lxml import etree

    if heading.tag == "body":
        return heading.sourceline or 1
    markup: str = etree.tostring(heading, encoding="unicode", with_tail=False)
    return (heading.sourceline or 1) + markup.count("\n")


def _markup_after(heading: HtmlElement, headings: set[HtmlElement], nested: bool = True) -> tuple[str, list[HtmlElement]]:
    """The markup after a heading up to the next one, and the blocks holding text in it; without ``nested``, up to
    the first block holding a heading too (a ``<section>`` of "Visiting Students" after "Lab Alumni"). After the
    page's ``<body>``: its markup from the start (a page that is itself the section)."""
    from lxml import etree

    inside = heading.tag == "body"
    parts: list[str] = [(heading.text if inside else heading.tail) or ""]
    blocks: list[HtmlElement] = []
    node = (heading[0] if len(heading) else None) if inside else heading.getnext()
    while (
        node is not None
        and node not in headings
        and not (isinstance(node.tag, str) and node.tag in HEADING_TAGS)
        and (nested or not isinstance(node.tag, str) or next(node.iterdescendants(*HEADING_TAGS), None) is None)
    ):
        parts.append(etree.tostring(node, encoding="unicode", with_tail=True))
        if isinstance(node.tag, str) and node.tag in ("div", "p", "section", "li") and text_of(node):
            blocks.append(node)
        node = node.getnext()
    return "".join(parts), blocks
