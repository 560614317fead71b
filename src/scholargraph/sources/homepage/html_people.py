"""Recognizing one person in a people section of an HTML page: name, role, period, co-advisors, next position.

A person is listed as a list item or table row ("Jane Doe (PhD, 2018–2022, co-advised with
X). First job: Y"), or as a card whose lines a reader takes in order: the name (a heading,
bold or linked text), then the role, the period, contact lines. A card's lines may be
separate blocks, so the page's entries are grouped: a block that does not begin with a
person's name continues the person before it. The role and the period are read from the
short parts of the text, never from a biography, and what follows "First job:", "now at"
and the like is the person's next position, not their role here.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...model.dates import SEASON, parse_period, two_digit_year
from ...model.names import PARTICLE, clean_name, is_han_name, is_listed_cjk_name
from ...model.records import PartialDate, Period
from ...model.text import HAN
from .html_page import HEADING_TAGS, YEAR, block_lines, text_of
from .people import ROLE_WORDS, deobfuscate_email

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "SHORT_STAY",
    "PersonEntry",
    "block_name",
    "is_principal",
    "listed_people",
    "person_name",
    "read_person",
    "starts_person",
]

_NAME = re.compile(r"^[A-Z\u00C0-\u024F][\w.'’\u00C0-\u024F-]*(?:\s+[A-Za-z\u00C0-\u024F(][\w.'’()\u00C0-\u024F-]*){1,4}$")
_NOT_A_NAME = re.compile(
    r"\b(?:professor|prof|scientist|students?|candidates?|fellows?|post-?docs?|researchers?|director|manager|e-?mail|office|"
    r"phone|homepage|website|webpage|page|lab|laboratory|group|team|university|institute|department|school|college|joint|jointly|"
    r"with|supervised|advised|co-?advised|dissertation|outstanding|prize|award|previous|former|past|current|alumn\w*|members?|"
    r"the|of|and|intern|internship|assistant|associate|visiting|research|engineer|staff|graduate|undergraduate|ph\.?\s?d\.?|"
    r"master'?s?|msc|bsc|first|job|now|present|degree|thesis|principal|investigator|head|people|publications?|contact|"
    r"cv|news|about|home|photo|picture|more|read|google|scholars?|postdoctoral|doctoral|github|twitter|linkedin|source|document|pdf|code|slides|"
    r"video|poster|link|download|paper|article|journal|preprint|abstract|bibtex|supplement\w*|data|project|website|"
    r"in|on|(?-i:[Aa]t|[Ff]rom)|under|since|until|ongoing|going|graduated|completed|supervision|template|theme|html\d?|by|powered|designed|copyright|"
    r"doc|hons|instructor|lecturer|technician|technologist|coordinator|administrator|specialist|officer|science|sciences|"
    r"engineering|biology|chemistry|physics|mathematics|gardens?|botanic\w*|museum|hospital|universidad|laboratorio|"
    r"laboratoire|centre|center|college|foundation|society|ministry|company|inc|ltd|date|joined|favou?rite|project|major|"
    r"minor|hometown|hobbies|interests?|education|background|fax|room|address|curriculum|vitae|biography|resume|"
    r"professional|experience|trader|president|vice|editor|ceo|cto|cfo|founder|founding|co-?founder|chief|executive|"
    r"securities|insurance|bank|investments?|analyst|consultant|dept)\b",
    re.IGNORECASE,
)
DEGREES = r"Ph\.?\s?D\.?|M\.?Sc?\.?|B\.?Sc?\.?|M\.?D\.?|MBA"
"""The degrees written after a name (``Jane Doe, Ph.D.``)."""
_DEGREE_AFTER_NAME = (
    rf"(?:,[ \t]*(?:{DEGREES})(?=[ \t]*(?:,|\n|$)|[ \t]+(?:Ph\.?\s?D|Post-?doc|Doctoral|Research|Visiting|Master)))?"
)
"""``Jane Doe, Ph.D.``, ``Elene Loliashvili, M.Sc. PhD Student``: a degree after the name belongs to the name line, not
the role."""
_DOCTORATE = re.compile(r"\b(?:Ph\.?\s?D|M\.?\s?D|D\.?\s?Phil|Dr)\b\.?")
"""A doctor's degree after a name is theirs ("Mansoor Haider, Ph.D. (1997–1999)"); a master's or a bachelor's, in a
dated line of alumni, is the degree done here ("Jo Lee, M.Sc., U Montreal, 2024")."""
_DEGREE_BEFORE_NAME = r"(?i:\b(?:[mb]\.?\s?sc|dipl|mag)\.?\s*)?"
"""``MSc. Linda Gorniak`` under "PhD students": the degree she holds, not her role here."""
_DEGREE_SUFFIX = re.compile(rf",?\s*(?:{DEGREES}|Dr\.)\s*$")
_MONTH_AFTER = r"(?:[./](?:1[0-2]|0?[1-9])(?!\d))?"
"""A month in digits after its year: "2016/03", "2021.09", "2025.9"."""
_PERIOD = re.compile(
    rf"\s*{YEAR}\s*[-–—]\s*(?=[)\],;]|\s*$|\s*\()|"  # "(2022-)", "PhD candidate, 2012 -": begun, not ended
    rf"\s*{YEAR}\s*[-–]\s*\d\d(?![\d/-])|"  # "Post-doc, 2014-15": the end year's last two digits
    r"(?:since|from)?\s*(?:(?:spring|summer|fall|autumn|winter|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|"
    rf"oct\w*|nov\w*|dec\w*)\.?\s+|[01]?\d/)?{YEAR}{_MONTH_AFTER}(?:\s*[-–—~]+\s*(?:(?:spring|summer|fall|autumn|winter|"
    rf"[a-z]{{3,9}}\.?)\s+|[01]?\d/)?(?:{YEAR}{_MONTH_AFTER}|present|now|current|today|现在|至今))?",
    re.IGNORECASE | re.MULTILINE,
)
_GRADUATION = re.compile(
    r"(?:ph\.?\s?d\.?|doctorate|m\.?sc?\.?|sc\.?m\.?|master'?s?|b\.?sc?\.?|degree|graduated|class of|alumn\w*|defended|thesis)"
    r"[^\n]*$",
    re.IGNORECASE,
)
SHORT_STAY = re.compile(r"\b(?:intern\w*|visit\w*|summer|fieldwork|co-?op)\b", re.IGNORECASE)
"""A stay of weeks or a season ("MSc fieldwork 2009", "summer intern"): its one year is when it began and ended."""
CLASS_YEAR = re.compile(r"(?<![\d'’‘])['’‘](?P<year>\d\d)(?![\w'’‘])")
"""A student's class, the year they graduate, with no period beside it: "Mitchell Petredis (Biology) LMU '15"."""
_EXPECTED = re.compile(
    r"\b(?:(?:expected|anticipated|exp\.)\s+(?:(?:graduation|defen[cs]e|completion|submission)\s+)?|graduating\s+|"
    r"(?:will|to)\s+graduate\s+)(?:in\s+)?"
    r"(?:[a-z]+\.?\s+)?(?:19|20)\d\d|\b(?:with\s+)?(?:a|the)\s+class\s+of\s+(?:19|20)\d\d|\b(?:19|20)\d\d\s*[-–(]?\s*expected\b\)?",
    re.IGNORECASE,
)
"""A graduation to come ("expected 2026", "Expected defence in 2025", "graduating in May 2027", "a class of 2025",
"Ph.D. 2026-expected"): when their degree ends, not their time in the group."""
_SEASON = re.compile(rf"\b{SEASON}\s+", re.IGNORECASE)
_ENTRY_TERM = r"\b(?:fall|autumn|spring|winter)\s+{year}\b|\b{year}\s+(?:fall|autumn|spring|winter)\b"
"""A term a student came in, beside its year ("MAE Ph.D (2022 Fall)"); a summer is a stay of its own."""
_NEXT_POSITION = re.compile(
    r"(?<!\d\s[-–—~]\s)(?<!\d[-–—~]\s)(?<!\d\s[-–—~])(?<!\d[-–—~])(?<!\bto\s)(?<!\buntil\s)"  # "Sep. 2025 ~ Now": a period's
    # end, no next position ("Misha Rudnev - currently a Professor …" is one)
    r"\b(?:first job|next position|placement|now(?: at| an?| with)?|currently(?: at)?|then|moved to|went to|"
    r"joined(?!\s+(?:the|our|my|this)\s+(?:[\w-]+\s+){0,2}(?:lab|laboratory|group|team)\b)|"
    r"after(?:wards)?|current (?:position|status)|present position)\s*[:\-–]?\s",
    re.IGNORECASE,
)
_CO_ADVISOR = re.compile(
    r"(?:\bw/|\bco-?(?:advised|supervised|mentored)\s+(?:with|by)|\bjoint(?:ly)?(?:\s+(?:supervised|advised))?\s+with|"
    r"\bwith)\s+(?:prof(?:essor)?\.?\s+|dr\.?\s+)?(?P<names>[^()\[\].;]+)",
    re.IGNORECASE,
)
_SUPERVISOR_LINE = re.compile(
    r"^\s*(?:PI|principal investigator|(?:primary |main )?(?:supervisors?|advisors?|mentors?|hosts?))\s*:.*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A card's line naming who supervised the person ("PI: Dr. Hannah Smithson", "Advisor: …")."""
_IS_A = re.compile(
    r"\b(?:is|was|as|I am|I'm|I’m) an? ((?:[\w.'’-]+\s+){0,3}?(?:student|candidate|post-?doc\w*|fellow|researcher|intern))\b"
)
"""The role a sentence names: "Mark Denker is a PhD student", "joined the lab in 2023 as a master’s student", "I am a
PhD student in Ecology"."""
_DATE_JOINED = re.compile(r"\b(?:date joined|joined|start(?:ed|ing)?(?: date)?|member since)\s*:\s*", re.IGNORECASE)
"""A card's field of when the person came: ``Date Joined: Spring 2024``."""
_IDENTIFIER = re.compile(r"\b(?:researcher\s*id|orcid|scopus(?:\s*author)?\s*id)\s*:?\s*[\w-]+", re.IGNORECASE)
"""A researcher's identifier ("Researcher ID B-9626-2008", "ORCID 0000-0003-…"): its digits are no years."""
_NARRATED = re.compile(r"\b(?:he|she|they|his|her|their|received|obtained|earned|completed|holds?)\b", re.IGNORECASE)
"""A part of a biography's sentence ("He received his PhD in 2020"): a degree told, not the person's role here."""
_DEGREE_HELD = re.compile(
    r"\b(?:Ph\.?\s?D|D\.?\s?Sc|M\.?\s?Sc|B\.?\s?Sc|B\.?\s?Eng|M\.?\s?Eng|B\.?\s?S|M\.?\s?S|B\.?\s?A|M\.?\s?A|Dr\.\s?rer\.\s?nat)\.?"
    r"(?:\s*(?:,|&|and)\s*(?:Ph\.?\s?D|M\.?\s?Sc|B\.?\s?Sc|B\.?\s?Eng|M\.?\s?Eng)\.?)*(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"\s*\((?:[A-Z][\w&.-]*\s*){1,4}(?:,\s*(?:19|20)\d\d)?\)"
)
"""A degree held and where: ``B.Sc. (DUT)``, ``Ph.D. (Caltech), M.Sc. & B.Sc (Tsinghua)``, ``M.Sc.-2016 (IIT Madras)``."""
_DEGREE_WORD = r"[BM]\.?[ \t]?(?:S|Sc|A|E|Eng|Tech|Phil)|Ph\.?[ \t]?D"
"""A degree as a card's line opens with it: "B.S.", "M.Sc", "MEng", "Ph.D"."""
_DEGREE_THEN_JOB = re.compile(
    r"\s*,\s*(?P<role>Ph\.?\s?D|M\.?\s?S|M\.?\s?Sc|Post-?\s?doc(?:toral (?:fellow|researcher|scholar))?)\.?\s*,\s*"
    r"(?P<job>[^,]{3,80}?\s(?:at|@)\s.+)",
    re.IGNORECASE,
)
"""An alumnus written "Name, PhD, Senior Research Scientist at FM Global": the degree (or postdoc) here, then the job
it led to."""
_DEGREE_CLASS = re.compile(rf"\b(?P<degree>[BM]\.?\s?[AS]|B\.?\s?Sc|M\.?\s?Sc|Ph\.?\s?D)\.?\s*{CLASS_YEAR.pattern}")
"""A degree and its class year ("BS ‘19", "MS '17"): the degree a student earned, the year they finished."""
_DEGREE_AT = re.compile(
    rf"^\s*(?:{_DEGREE_WORD}|Bachelor|Master|Doctorate)\.?,?\s+(?:[\w.&'-]+,?\s+)*?"
    r"(?:University|Institute|College|School|Universit\w+|Polytechnic)\b[^\n]*?,?\s*(?:19|20)\d\d\.?\s*$",
    re.IGNORECASE,
)
"""A line of a degree held, where and when ("M.S. Stanford University, 2021" under "Doctoral Candidate in …"): the
person's education, not their role here, when a line above it names that."""
_DEGREE_LINE = re.compile(
    rf"^[ \t]*(?P<degree>{_DEGREE_WORD})\.?(?:[ \t]*\+[ \t]*M\.?[ \t]?\w+)?[ \t]*:.*$",
    re.MULTILINE,
)
"""A card's line of one degree ("B.S.: Indian Institute of Technology Kanpur, 2014", "Ph.D.: Title of the thesis")."""
_JOINED_MARK = "since "
"""What a joining statement is read as: the start of a period that runs on."""
_JOINED_IN = re.compile(
    r"\bjoin(?:ed|ing)\b[^.\n]{0,80}?\bin\s+(?:(spring|summer|fall|autumn|winter|[a-z]{3,9}\.?)[\s-]+)?(?=(?:19|20)\d\d)",
    re.IGNORECASE,
)
"""``joined the lab in fall 2025``, ``joined the lab as a postdoctoral associate in March 2022``, ``Before joining the
lab in 2019``, ``joined this group in Aug-2015``: the year they began, with no end yet (read as "since fall 2025")."""
_HEADS = re.compile(
    r"\b(?:princip(?:al|le) investigator|\bPI\b|head of (?:the )?(?:lab|group|[A-Z][\w-]*(?:lab|group)\b)|group leader|"
    r"lab director|direct(?:eur|rice) du (?:laboratoire|groupe)|chef d'équipe|responsable (?:de l')?équipe|"
    r"investigador(?:a)? principal|pesquisador(?:a)? principal|leiter(?:in)? der (?:arbeits)?gruppe|responsabile del gruppo)\b",
    re.IGNORECASE,
)
"""A role that says its holder heads the group, whatever else their card says ("Senior researcher, head of EAGLeLab"), also
in French, Spanish, Portuguese, German or Italian ("Directeur du laboratoire", "Investigadora principal")."""
_PRINCIPAL = re.compile(
    rf"{_HEADS.pattern}|\b(?:(?<!academic )director|(?:assistant |associate |full )?professor|(?:research )?chair)\b"
    r"|(?<!助理)(?<!博士后)(?:研究员|教授)|课题组长|组长"
    r"|\b(?:directeur|directrice|directora|leiter(?:in)?|direttore|direttrice|professeur(?:e)?|profesor(?:a)?|professora|"
    r"professore(?:ssa)?|responsable d'équipe|chercheur(?:se)? principale?|investigador(?:a)? principal|"
    r"pesquisador(?:a)? principal)\b",
    re.IGNORECASE,
)
"""The roles of a group's head, in English or Chinese ("副研究员", an associate research professor; not "助理研究员"), or in
French, Spanish, Portuguese, German or Italian ("Directeur", "Profesora", "Leiterin", "Chercheur principal")."""


@dataclass(frozen=True)
class PersonEntry:
    """A person as a people section lists them; the supervisor and the section's role are added by the page."""

    name: str
    line: int
    period: Period
    role: str | None
    cosupervisors: tuple[str, ...]
    next_position: str | None = None
    one_year: bool = False
    """The period is one year written alone ("(PDF, 2007)"), not a range ("2025 – 2025")."""
    termed: bool = False
    """The one year is a term a student came in ("MAE Ph.D (2022 Fall)")."""


def _without_email(line: str) -> str:
    """A line without the e-mail address it holds, written plainly or to fool robots (``kdb5(at)nyu(dot)edu``)."""
    return deobfuscate_email(line)[1].strip(" ,;|")


def person_name(text: str) -> str | None:
    """``text`` as a person's name (honorifics and a trailing degree dropped), or ``None`` if it is not one."""
    latin = _LATIN_AFTER.match(text)  # "陳 啓鵬 (Chen Qipeng) 工学研究科 D3": the name as Latin letters write it
    text = _FAMILY_TITLE_GIVEN.sub(r"\2 \1", _INITIAL_GLUED.sub(r"\1 ", text.strip()))  # "Gall, Mr Louis": Louis Gall
    text = _NICKNAME.sub("", text)  # "Le Zhang (Joy)", "Runjia (Rayne) Du": the name one goes by; "Andrew Park (PI)"
    name = clean_name(_DEGREE_SUFFIX.sub("", clean_name(_IN_OTHER_SCRIPT.sub("", latin[1] if latin else text))))
    if is_han_name(name) or (" " in name and len(name) >= 4 and is_listed_cjk_name(name)):
        return name  # "梁思聪", and a name with a space between family and given name, "工藤 祥浩" (not "読 書", reading)
    if _ONE_NAME.match(text.strip()) and _NAME_WORD.fullmatch(name) and not _NOT_A_NAME.search(name):
        return name  # "Mr. Mufeeduzzaman": one name, as many people write theirs, told by the title before it
    if not _NAME.match(name) or _NOT_A_NAME.search(_GLUED.sub(" ", name)) or len(name) > 60 or any(c.isdigit() for c in name):
        return None
    if any(word[:1].islower() and word.lower() not in _PARTICLES for word in name.split()[1:]):
        return None  # "Combining quantum chemistry": words of a sentence, not a name
    if _FIELD_WORD.search(name):
        return None  # "Microbial Macroecology", "Computational Genomics": a field, not a name
    return name


_NICKNAME = re.compile(r"(?<=\w)\s+(?:[(“\"][A-Z][a-z]{2,}[)”\"]|\((?:PI|P\.I\.|[A-Z]{2,4})\))(?:\s*$|(?=\s+[A-Z]))")
_ONE_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]{3,}\s*$")
_NAME_WORD = re.compile(r"[A-Z\u00C0-\u024F][a-z\u00C0-\u024F'’-]{3,}")
_FAMILY_TITLE_GIVEN = re.compile(
    r"^([A-Z\u00C0-\u024F][\w'’\u00C0-\u024F-]+),\s*(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+"
    r"([A-Z\u00C0-\u024F][\w .'’\u00C0-\u024F-]*)$"
)
"""A name written family name first with the title before the given names, as staff lists do: "Gall, Mr Louis"."""
_IN_OTHER_SCRIPT = re.compile(r"\s*\([^()]*[^\x00-\u024F\s][^()]*\)\s*$")
"""The name written again in another script, in brackets after it: "Jie Zheng (郑杰)"."""
_LATIN_AFTER = re.compile(r"^(?:[^\x00-\u024F(（]|\s)+[(（]\s*([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'-]+?)\s*[)）]")
"""A name in Chinese or Japanese characters with its Latin spelling in brackets after it: "陳 啓鵬 (Chen Qipeng)"."""
_AUTHOR_LIST = re.compile(r"\bet\s+al\b|(?:[A-Z][\w'-]+\s+[A-Z][\w'-]+\*?,\s*){3,}")
"""A line of a paper's authors on a person's card ("Shuo Wang, Yucheng Wang, Guoxin Lian, et al. CVPR 2026"): the
paper's year, not the person's."""
_INITIAL_GLUED = re.compile(
    r"^((?:[A-Z]\.){1,3})(?!(?:Tech|Eng|Sc|Phil|Arch|Pharm|Com|Des|Mus|Math|Stat|Res|Hons|Litt|Ed|Ing)\b)(?=[A-Z][a-z]{2,}(?![\w.]))"
)
"""Initials written against the family name, as typewritten lists did: "V.Sviridov" is V. Sviridov (not "M.Tech")."""
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
"""Where words run together ("HomePeople", a menu's links): the words that are no name's show ("SungMin" is one)."""
_FIELD_WORD = re.compile(
    r"\b\w+(?:ology|ologies|ological|(?<![vbkdcj])ics|ical|ial|ysis|ism|tion|tions|graphy|ists|icians)\b|"
    r"\b(?:learning|computing|engineering|processing|model(?:l)?ing|mining|sensing|imaging|networking|programming|reasoning|"
    r"planning|machines?|intelligence|languages?|systems|security|theory|health|medicine|neuroscience|robots?|algorithms?|"
    r"networks?|quantum|climate)\b",
    re.IGNORECASE,
)
"""Words that name a field, a thing done or those who do it, never a person: their endings ("-ology", "-ics" but not a
family name's "-vics" or "-kics" as in "Paulovics", "-tion", "Uranium Chemists", "Technicians"), and the words of
fields that are no one's name ("Machine Learning")."""
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "vom",
        "de",
        "der",
        "den",
        "del",
        "della",
        "dela",
        "dei",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "lo",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "e",
        "zu",
        "d'",
        "st",
    ]
)
"""The lower-case words of family names (``Ludwig van Beethoven``, ``Mohd bin Ali``)."""


def block_name(element: HtmlElement) -> str | None:
    """The name a block opens with: a heading, bold or linked text that is a name, else its first words."""
    for inner in _name_places(element):
        if _after_co_advisor_phrase(inner):
            continue
        name = _name_at(inner)
        if name:
            return name
    lines = [_opening(_without_email(line)) for line in block_lines(element)]
    if lines and (name := _family_first(lines[0])):
        return name  # "Broc, Apolline: Developing a planning system …", "van den Broeke, Jasper:, …"
    leading = (element.text or "").strip()
    bare = leading and not re.search(r"[,(\[–—:|]", leading)  # the name alone before the link, no role or note
    if len(element) and element[0].tag == "a" and bare and (name := person_name(leading.rstrip(" ."))):
        return name  # "Daniel Alberto Candela Aristizabal <a>Ajuste de modelos …</a>": the name, then the thesis linked
    first = re.split(r"[,(\[–—:|⋅·•]", lines[0])[0] if lines else ""  # "Can Liu [CS MEng]", "Ivan Larin ⋅ “Title”" too
    name = person_name(_head(lines[0])) or person_name(_CLASS_AFTER.sub("", first)) if first else None
    if name is None and element.tag == "tr":  # a row's name cell, written family name first ("Harries, Dr Glyn | 2018")
        name = next((found for cell in element if cell.tag == "td" and (found := person_name(text_of(cell)))), None)
    return name


_FAMILY_FIRST = re.compile(
    rf"^(?P<family>(?:(?i:{PARTICLE}))*[A-Z][\w'’\u00C0-\u024F-]+(?:\s[A-Z][\w'’\u00C0-\u024F-]+\.?)?),\s*"
    r"(?P<given>[A-Z][a-z\u00C0-\u024F'’-]+(?:\s[A-Z][a-z\u00C0-\u024F'’-]+)?(?:\s[A-Z]\.)?|[A-Z]\.(?:\s?[A-Z]\.)*)"
    r"\s*(?P<end>:\s*,?|,\s+(?=[A-Z\d])|(?=\s*\())"
)
"""A person written family name first before what they did, "Popelier, Lisa, Balancing disassembly lines …",
"Gimeno Molina, Fernando (In Progress)", "Soto Escobar, C. J. (2019)": the family name (with its particles, two words
in Spanish), the given names or initials ("Wilson, Ryan D., 2015, …") before a colon, a comma or a bracket."""


def _family_first(line: str) -> str | None:
    """The name a line opens with written family name first, in the order it is said; not "Marty Green, Teacher, …"
    nor "Changseop Lee, M.D. (2002-2003)", written given name first."""
    inverted = _FAMILY_FIRST.match(line)
    if inverted is None:
        return None
    two_words = " " in re.sub(PARTICLE, "", inverted["family"], flags=re.I)  # "Gimeno Molina"
    if (two_words and inverted["end"]) or re.fullmatch(DEGREES, inverted["given"].rstrip(".")):
        return None
    return person_name(f"{inverted['given']} {inverted['family']}")


def _name_at(element: HtmlElement) -> str | None:
    """The name an element writes: all its words, or those before a span set apart from them; in Chinese characters,
    with any family name when its class says it holds a name (``<div class="people-item-name">随子腾</div>``)."""
    text = _CLASS_AFTER.sub("", _NUMBERED.sub("", text_of(element)))
    if "name" in str(element.get("class") or "").lower() and is_han_name(text, named=True):
        return text
    return person_name(text) or person_name(_CLASS_AFTER.sub("", _own_words(element)))


_CLASS_AFTER = re.compile(rf"\s*{CLASS_YEAR.pattern}\s*$")
"""A class year after a name, "Emily Gao'24", "Luc Cote '23": when they graduate, no part of the name."""


def _own_words(element: HtmlElement) -> str:
    """The words an element writes before its first inner element other than a line break: the name in
    ``<h2>Dan Cooper <span class="text-muted">Post-doctoral Researcher</span></h2>``."""
    words = [element.text or ""]
    for child in element:
        if child.tag != "br":
            break
        words.append(child.tail or "")
    return " ".join(" ".join(words).split())


def _name_places(element: HtmlElement) -> list[HtmlElement]:
    """Where a block may write a person's name, most telling first: headings, an element classed as a name
    (``<span class="portrait-name">``), bold or linked text."""
    headings = [inner for tag in HEADING_TAGS for inner in element.iter(tag)]
    emphasized = [inner for tag in ("strong", "b", "a") for inner in element.iter(tag)]
    return [*headings, *element.xpath(NAME_CLASS), *emphasized]


NAME_CLASS = ".//*[contains(@class, 'title') or contains(@class, 'name')][not(ancestor::*[contains(@class, 'title')])]"
"""Where a card without headings writes its person's name: ``<span class="tabtitle">``, ``<div class="member-name">``."""


_TERM = r"(?:(?:spring|summer|fall|autumn|winter)\s+'?(?:19|20)?\d\d|(?:19|20)\d\d)"
_LEADING_PERIOD = re.compile(rf"^{_TERM}(?:\s*(?:--?|[–—])\s*(?:{_TERM}|present|now))?\s*[:,.–—-]?\s+(?=[^\W\d])", re.IGNORECASE)
"""A period a person's line opens with, before the name: "2016-2018 Alex Lau (Southampton)", "Fall 24 - Bibek
Acharya (MS in CBE)", "Spring 23 - Spring 25 Jack Girton"."""
_NUMBERED = re.compile(r"^(?:\(?\d{1,3}[.)]|\[\d{1,3}\]|[•▪◦‣])\s*(?=[^\W\d])")
"""A list's number or bullet before a person's name, written as text: "1) Georgiy Arutunyants (Ph.D. 2006)", "(2) Misha
Rudnev", "[14] Hyunglip Bae", "• Sebastian Arming"."""


_ROLE_LABEL = re.compile(r"^(?P<role>[^:]{2,40}):\s+(?=[A-Z])")
"""A role a person's line opens with, as a label: "Second Year PhD student: Ben Clarke 2024-present"."""


def role_label(line: str) -> str | None:
    """The role a person's line opens with as a label ("MChem student: Herbert Andrews 2025-2026"), if the words after
    it open with a name."""
    label = _ROLE_LABEL.match(line)
    if not label or not ROLE_WORDS.search(label["role"]) or person_name(label["role"]) is not None:
        return None
    return label["role"] if person_name(_head(line[label.end() :])) else None


def _opening(line: str) -> str:
    """A person's line without the list number, the period and the role label it opens with, from the name on."""
    line = _LEADING_PERIOD.sub("", _NUMBERED.sub("", line))
    return _ROLE_LABEL.sub("", line) if role_label(line) else line


_SHORT_TERM = re.compile(r"\b(spring|summer|fall|autumn|winter)\s+'?(\d\d)\b", re.IGNORECASE)
"""A term written with two digits of its year ("Fall 25"): the year is this century's."""


def _head(line: str) -> str:
    """The words a line opens with, up to its first punctuation, a sentence's end or a biography's verb ("Caleb
    Laird. Chemical Engineering" → "Caleb Laird", "Jane Doe is a PhD student" → "Jane Doe", "Ben Clarke 2024-present"
    → "Ben Clarke"; an initial's full stop,
    "J. Smith", and a title's, "Prof. X", do not end it)."""
    ends = rf"[,(–—:|/]|\s-\s|(?<=[a-z\u00df-\u00ff]{{2}})\.\s|(?<=[{HAN}])\.\s|\s+(?=" + _BIOGRAPHY_VERB + r"|(?:19|20)\d\d\b)"
    return re.split(ends, clean_name(line))[0]


_BIOGRAPHY_VERB = r"(?:is|was|has|had|joined|joins|received|earned|leads|directs|works|studies|holds)\s"
"""The verb a biography opens with after the person's name: "Rick O. Gilmore is Professor of Psychology"."""


def described_person(element: HtmlElement) -> bool:
    """Whether a line of a list of people opens with a name and says the person's role or years beside it
    ("Jane Doe (PhD, 2019 - 2024)", "Jane Doe (Biology) '15", "Dr. John Roe (MS)   Dow Chemical")."""
    return starts_person(element) and _SAYS_ROLE_OR_YEAR.search(" ".join(block_lines(element))) is not None


_SAYS_ROLE_OR_YEAR = re.compile(
    rf"(?:19|20)\d\d|{CLASS_YEAR.pattern}|{ROLE_WORDS.pattern}|\((?-i:[MB]\.?[SA]\.?|PD|PDF|RA|UG)\)", re.IGNORECASE
)
"""A role or a year beside a name; a degree or a post shortened in brackets too ("Christine Hannon (MS)", "(PD)")."""


def starts_person(element: HtmlElement) -> bool:
    """Whether a block begins a new person (it opens with a name) rather than continuing the one before."""
    lines = [line for line in (_without_email(line) for line in block_lines(element)) if line]
    if not lines:
        return False
    first = _head(_opening(lines[0]))
    if person_name(first) or (element.tag in ("h2", "h3", "h4", "h5", "h6") and person_name(lines[0])):
        return True
    if _family_first(_opening(lines[0])):
        return True  # "Wilson, Ryan D., 2015, An Integrated …"
    return any(_name_at(inner) for inner in _name_places(element) if inner.tag not in ("h1", "a"))


def _after_co_advisor_phrase(element: HtmlElement) -> bool:
    """A co-advisor's name (``w/ <a>Prof. X</a>``, ``<b>Joint with X</b>``) is not the person the entry is about."""
    if _CO_ADVISOR.match(text_of(element)):
        return True
    parent = element.getparent()
    before = (parent.text or "") if parent is not None else ""
    previous = element.getprevious()
    if previous is not None:
        before = previous.tail or ""
    return bool(re.search(r"(?:w/|with|co-?advised(?: by)?)\s*(?:prof\.?|dr\.?)?\s*$", before.strip(), re.IGNORECASE))


def _parts(text: str) -> list[str]:
    """The short parts of a person's text, cut at punctuation, in order ("Postdoc: Swifts becoming larger"); an
    abbreviation's full stop ("M.S. Student") cuts nothing; where they come from or study is a part of its own ("Visiting
    PhD Student from Politecnico di Milano")."""
    return [
        part.strip() for part in re.split(r"[,;()|\[\]]|\s[-–—]\s|(?<!\b[A-Z])\.\s|:\s|\n|\s(?:from|at)\s", text) if part.strip()
    ]


_PLACEMENT_CLASS = re.compile(
    r"placements?|destinations?|(?:current|next|first|now)[-_]?(?:positions?|jobs?|placements?|at)|went[-_]?to", re.IGNORECASE
)
"""The classes a theme names where a person went with ("<div class="placement">AP, Berkeley ARE</div>")."""


def _placed(element: HtmlElement) -> bool:
    return any(_PLACEMENT_CLASS.fullmatch(name) for name in str(element.get("class") or "").split())


def _without_placement(elements: list[HtmlElement]) -> tuple[list[HtmlElement], str | None]:
    """A card's blocks without the lines whose class says where the person went, and those lines' text: their next
    position, no part of their role or their time here ("Assistant Professor, Osaka University" under a name)."""
    placed = [inner for element in elements for inner in element.iter() if isinstance(inner.tag, str) and _placed(inner)]
    if not placed:
        return elements, None
    went = "; ".join(text for text in (text_of(inner) for inner in placed) if text) or None
    kept = []
    for element in elements:
        if element in placed:
            continue
        copy = deepcopy(element)
        copy.sourceline = element.sourceline
        for inner in list(copy.iter()):
            if inner is not copy and isinstance(inner.tag, str) and _placed(inner):
                inner.drop_tree()
        kept.append(copy)
    return kept or elements, went


def read_person(elements: list[HtmlElement]) -> tuple[PersonEntry | None, str]:
    """The person a block (or a card's consecutive blocks) lists: name, period, role, co-advisors, next position."""
    elements, went = _without_placement(elements)
    lines = [_without_email(line) for element in elements for line in block_lines(_without_stamps(element))]
    lines = [line for line in lines if line]
    if not lines:
        return None, "empty"
    lines[0] = _NUMBERED.sub("", lines[0])
    name = block_name(elements[0])
    if name is None:
        return None, f"no person's name found in '{_short(' '.join(lines))}'"
    if (leading := _LEADING_PERIOD.match(lines[0])) and lines[0][leading.end() :].startswith(name):  # "Fall 24 - Name …"
        term = _SHORT_TERM.sub(r"\1 20\2", leading.group().strip(" :,.–—-"))
        rest = lines[0][leading.end() + len(name) :]
        lines[0] = f"{name} ({term}){rest}"
    if re.match(re.escape(name) + r"(?:\s|(?<=[a-z])(?=[A-Z]))", lines[0]):  # a card's name and role in spans
        rest = lines[0][len(name) :].strip(" ,")
        lines[:1] = [name] if re.fullmatch(DEGREES, rest) else [name, rest]  # "Jessica Judd Ph.D.": a degree she holds
    if lines[0].startswith(name) and (job := _DEGREE_THEN_JOB.fullmatch(lines[0][len(name) :])):
        role = job["role"] if re.search("doc", job["role"], re.IGNORECASE) else f"{job['role']} student"
        lines[:1] = [name, role]  # "Danyal Mohaddes, PhD, Senior Research Scientist at FM Global": where the PhD led
        went = went or job["job"].strip(" .")
    text = _DATE_JOINED.sub("since ", "\n".join(lines))  # "Date Joined: Spring 2024" is no next position
    here, next_position = text, None
    marker = _NEXT_POSITION.search(text)
    if marker:
        here, next_position = text[: marker.start()], text[marker.end() :].strip(" .)]") or None
    next_position = next_position or went
    undegreed = re.sub(_DEGREE_BEFORE_NAME + re.escape(name) + _DEGREE_AFTER_NAME, " ", here, count=1)
    listed = re.search(YEAR, undegreed) and not ROLE_WORDS.search(undegreed) and not _DOCTORATE.search(here)
    here = re.sub(re.escape(name), " ", here, count=1) if listed else undegreed
    here = _EXPECTED.sub(" ", _IDENTIFIER.sub(" ", here))  # "(expected 2026)": a graduation to come, not a period
    here = _DEGREE_HELD.sub(" ", here)  # "B.Sc. (DUT)": a degree they hold, not their role here
    lines_here = here.split("\n")
    role_at = next((i for i, line in enumerate(lines_here) if ROLE_WORDS.search(line) and not _DEGREE_AT.match(line)), None)
    if role_at is not None:  # "Doctoral Candidate" over "M.S. Stanford University, 2021" (not a degree, then a later job)
        here = "\n".join(line for i, line in enumerate(lines_here) if i < role_at or not _DEGREE_AT.match(line))
    degrees = list(_DEGREE_LINE.finditer(here))
    if len(degrees) >= 2:  # "B.S.: IIT Kanpur, 2014 / Ph.D.: Title, 2021": the last degree is the one earned here
        here = f"{degrees[-1]['degree']} student\n{degrees[-1].group()}"
    here = _SUPERVISOR_LINE.sub(" ", here)  # "PI: Dr. Hannah Smithson": who supervised them, not their role
    joined = _JOINED_IN.search(here)
    here = _JOINED_IN.sub(lambda joined: f"{_JOINED_MARK}{joined[1] or ''} ", here)
    here = re.sub(r"(?<!\d)((?:19|20)\d\d)\s*\([^()]*\)\s*(?=[-–—])", r"\1 ", here)  # "2019 (intern) – 2021"
    period = Period(None, None)
    here = "\n".join(line for line in here.split("\n") if not _AUTHOR_LIST.search(line))  # their papers' years
    dating = "\n".join(_dating_parts(here))
    periods = [m.group().strip() for m in _PERIOD.finditer(dating) if m.group().strip()]
    found = next(iter(periods), None)
    if found and re.fullmatch(YEAR, found):  # "Yiran Hou (PhD, 2022) | 2016/03-2022/08": the period that year ends
        found = next((later for later in periods[1:] if re.search(rf"[-–—~]\s*(?:[01]?\d/)?{found}", later)), found)
        if joined:  # "Qualified GATE-2016, NET-2018 / Joined this group in July 2016": exams' years, then when they came
            found = next((later for later in periods if later.startswith(_JOINED_MARK)), found)
    year = re.search(YEAR, found or "")
    termed = bool(year and re.search(_ENTRY_TERM.format(year=year.group()), dating, re.IGNORECASE))  # "Ph.D (2022 Fall)"
    if found:
        found = re.sub(r"\b(?:current|now|today)\b|现在|至今", "present", _SEASON.sub("", found), flags=re.IGNORECASE)
        found = re.sub(r"\b[01]?\d/(?=(?:19|20)\d\d)", "", found)  # "01/2021–06/2024": the months go
        found = re.sub(r"[-–—]\s*$", "- present", found)
        period = parse_period(found) or Period(None, None)
        before = here[: here.find(str(period.start.year))] if period.start else ""
        graduated = _GRADUATION.search(before) and not SHORT_STAY.search(before) and not termed
        if period.start and period.start == period.end and graduated:
            period = Period(None, period.end)  # "Ph.D. 2024", "graduated 2019": the year it ended
    elif klass := CLASS_YEAR.search(here):
        period = Period(None, PartialDate(two_digit_year(klass["year"])))
    cosupervisors: list[str] = []
    for match in _CO_ADVISOR.finditer(here):
        written = match["names"].split("\n")[0]  # the names end with their line (a biography may follow)
        names = _PERIOD.sub("", re.split(r"\s+(?:in|at|from|of|for|on|since|during)\s+", written)[0])
        cosupervisors += [n for n in (person_name(p) for p in re.split(r",|\band\b|&", names)) if n and n != name]
    short = [line for line in here.split("\n") if len(line.split()) <= 12] + re.findall(r"[(\[]([^()\[\]]+)[)\]]", here)
    short += _IS_A.findall(here)  # "Mark Denker is a PhD student interested in …": the role a sentence names
    roles = [
        part
        for part in _parts(_CO_ADVISOR.sub("", "\n".join(short)))
        if (ROLE_WORDS.search(part) or _HEADS.search(part))
        and (len(part.split()) <= 6 or (len(part.split()) <= 10 and is_principal(part)))  # "Canada Research Chair in …"
        and not _NARRATED.search(part)
    ]
    if degree_class := _DEGREE_CLASS.search(here.strip().split("\n")[0]):
        roles = [degree_class["degree"]]  # "Jon Brenner MS ‘17, Computer Science" over "Provost Fellow": the degree earned
    thesis = None if roles else _THESIS_DEGREE.search(here)
    if thesis and not _NARRATED.search(thesis.group()):  # not "in March 2022. He received his PhD …, M.S. in …"
        # "Yawar, Zalmai, 2021, Lithofacies …, Kentucky, Ph.D.": a thesis, the degree it earned after its title
        roles = [thesis["degree"]]
        period = Period(None, period.end) if period.start and period.start == period.end else period
    dated_line = next((line for line in here.split("\n") if found and found in line), "")
    dated = [part for part in roles if part in dated_line]  # "Senior Manager, Acme / Ph.D. Student (2016-2022)"
    role = next((part for part in roles if _HEADS.search(part)), (dated or roles)[0]) if roles else None  # "…, head of X"
    role = _PERIOD.sub("", role).strip(" -–.:") if role else None
    one_year = (
        bool(found) and len(re.findall(r"(?:19|20)\d\d", found or "")) == 1 and not re.search(r"[-–—~]|since", found or "", re.I)
    )
    entry = PersonEntry(
        name,
        elements[0].sourceline or 1,
        period,
        role or None,
        tuple(cosupervisors),
        next_position,
        one_year,
        one_year and termed,
    )
    return entry, ""


_THESIS_DEGREE = re.compile(
    r"(?:19|20)\d\d\b[^\n]{12,}?,\s*(?P<degree>Ph\.?\s?D|M\.?\s?Sc?|M\.?\s?A|B\.?\s?Sc?|B\.?\s?A)\.?(?=\s|,|$)"
)
"""The degree a thesis earned, after its year and title ("2015, An Integrated Sedimentologic … Study, M.S.")."""


def _dating_parts(text: str) -> list[str]:
    """The lines of a person's text that may date their time in the group: short lines ("PhD student, 2019–2023"), a
    biography's opening words before its first verb ("Kevin Marshall (PhD, 2022) studied Hopf monoids") and its
    sentences about the group ("joined the lab in 2019", "was a post-doc in the lab from 2015-2017"); its other years
    are their history ("He completed his PhD in Madrid in 2021", "Eunjee Ko graduated from Seoul National University
    in 2020")."""
    parts = []
    for line in text.split("\n"):
        if len(line.split()) < _PROSE_WORDS:
            parts.append(line)
            continue
        sentences = re.split(r"(?<=[a-z)”\"'][.;])\s+(?=[A-Z])", line)
        told = _TELLING.search(sentences[0])
        parts.append(sentences[0][: told.start()] if told else sentences[0])
        parts += [sentence for sentence in sentences if _ABOUT_THE_GROUP.search(sentence)]
    return parts


_TELLING = re.compile(rf"{_NARRATED.pattern}|\b(?:graduated|studied|is|was|has|had|did|worked|works|joined)\b", re.I)
"""Where a biography starts telling: a pronoun or a verb."""
_ABOUT_THE_GROUP = re.compile(
    r"\b(?i:since)\b|\b(?i:the|our|this|my)\s+(?:[A-Z][\w-]*\s+(?:and\s+[A-Z][\w-]*\s+)?)?(?:labs?|laboratory|group|team)\b"
)
"""A biography's sentence about the person's time in the group, "in the lab", "in the Laverty and Frey labs" ("since"
stands for "joined the lab in")."""
_PROSE_WORDS = 20
"""A line this long is prose (a biography), not a card's line."""


def _without_stamps(element: HtmlElement) -> HtmlElement:
    """The block without the date its page was posted or updated (a theme's ``article-date``, ``<time datetime>``):
    when the profile was written, not when the person was in the group."""
    stamps = [node for node in element.iter() if isinstance(node.tag, str) and _is_stamp(node)]
    if not stamps:
        return element
    copy = deepcopy(element)
    for node in [node for node in copy.iter() if isinstance(node.tag, str) and _is_stamp(node)]:
        if node is not copy:
            node.drop_tree()
    return copy


def _is_stamp(node: HtmlElement) -> bool:
    return bool(_STAMP_CLASS.search(str(node.get("class") or ""))) or (
        node.tag == "time" and bool(re.match(r"\d{4}-\d\d-\d\d", str(node.get("datetime") or "")))
    )


_STAMP_CLASS = re.compile(r"\b(?:article-date|post-date|entry-date|date-posted|published|updated|timestamp|post-meta)\b")


_LIST_SEPARATOR = re.compile(r"\s*(?:[,;·|•]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)")


def listed_people(elements: list[HtmlElement]) -> list[PersonEntry]:
    """The people of a block that is only a list of three or more names ("Alexander Raw, Farid Bin Mohamad,
    Xinqi (Aimee) Wang and Jack Speakman"), each as written; empty for any other block."""
    text = " ".join(line for element in elements for line in block_lines(element)).strip(" .")
    parts = [part.strip(" .") for part in _LIST_SEPARATOR.split(text) if part.strip(" .")]
    if len(parts) < 3 or re.search(r"\d", text) or not all(person_name(re.sub(r"\s*\([^()]*\)", "", part)) for part in parts):
        return []
    line = elements[0].sourceline or 1
    return [PersonEntry(" ".join(part.split()), line, Period(None, None), None, ()) for part in parts]


def is_principal(role: str | None) -> bool:
    """Whether a role is the group's head (principal investigator, professor), who supervises rather than is supervised."""
    return bool(role and _PRINCIPAL.search(role)) and not re.search(r"visiting|student|post-?doc", role or "", re.IGNORECASE)


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
