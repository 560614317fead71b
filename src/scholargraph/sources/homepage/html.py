"""The homepage source for saved HTML pages: sections by their headings, entries by their structure.

Reading goes: load the page (``html_page``), take the structured data it carries
(``structured``), remove what a person would not read, find its sections and their entries
(``html_sections``), then read each entry as a publication (``html_entries``) or a person
(``html_people``), with the page's owner (or the lab's head) as the supervisor. What was
read, and what was skipped and why, is kept per section for ``scholargraph inspect``; a
paper listed twice (Selected and All, or on two pages) is one paper.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import SourceError
from ...identity.aliases import AliasTable
from ...model.names import compared, fold, is_han_name, parse_name
from ...model.records import (
    Identifier,
    IdentifierScheme,
    Link,
    Origin,
    Period,
    Person,
    Problem,
    Record,
    Severity,
    SourceResult,
    Supervision,
    SupervisionKind,
    Work,
    WorkKind,
)
from ...model.text import HAN
from ..bibtex import bibtex_works
from ..works import unsafe_address
from .context import Context
from .html_entries import (
    BY_CLASS,
    NO_AUTHORS,
    has_bibtex,
    owner_alone,
    plausibility,
    read_citation,
    script_links,
    without_authors,
    writes_with,
)
from .html_page import MAX_DEPTH, PLACEHOLDER, Page, block_lines, clean_page, load_page, page_address, text_of
from .html_people import is_principal, person_name
from .html_people_sections import NO_OWNER, drop_bare_repeats, read_people
from .html_sections import (
    Found,
    SectionReport,
    blank_line_chunks,
    find_sections,
    kind_of,
    note_text_beside,
    page_section,
)
from .lines import Line
from .lists import read_award, read_collaboration, read_course, read_service, read_talk
from .publications import read_publications as read_text_publications
from .structured import Citation, coins, highwire, json_ld, microdata, owner_from_json_ld

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["PageReport", "SectionReport", "read_html_homepage", "read_html_pages"]


@dataclass
class PageReport:
    """A page as read: its encoding, owner, structured data found, what was removed, its sections."""

    path: str
    encoding: str
    owner: str | None
    removed: dict[str, int]
    structured: list[str] = field(default_factory=list)
    sections: list[SectionReport] = field(default_factory=list)
    unread_headings: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Reading:
    """State shared by the pages of one site: tables, problems, and the papers already seen."""

    venues: AliasTable
    organizations: AliasTable
    seen: dict[str, Origin] = field(default_factory=dict)
    placed: dict[str, tuple[SectionReport, int]] = field(default_factory=dict)
    fuller: dict[str, Work] = field(default_factory=dict)
    """A paper as a later listing completed it (its venue on the publications page, not on the home page)."""
    problems: list[Problem] = field(default_factory=list)


def read_html_homepage(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read one saved HTML homepage; ``shown_as`` is the path used in messages and provenance.

    A page that names no owner ("Students") belongs to the owner its site's home page names."""
    result, _ = read_html_pages([(path, shown_as)], venues, organizations, home_page_owner(path))
    return result


def sniff_site_page(head: str) -> bool:
    """Whether a Markdown file is a page of a site (front matter naming its title, layout or address), such as
    al-folio's ``_pages/publications.md``, whose Markdown and HTML below the front matter is the page."""
    return bool(re.match(r"\A(?:\ufeff)?---[ \t]*\r?\n(?:.*\n)*?(?:title|layout|permalink)\s*:", head))


SERVER_PAGES = (".php", ".asp", ".aspx", ".jsp", ".shtml", ".cfm")
"""Pages a web server fills in: HTML around code the server runs, read as the HTML they hold."""
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", *SERVER_PAGES)
"""The files a folder of saved pages holds its pages in."""


def sniff_server_page(head: str) -> bool:
    """Whether a page a server fills in holds HTML around its code: a PHP script with no markup is no page."""
    return bool(re.search(r"<(?:html|body|div|p|section|article|table|ul|ol|h[1-6])\b", head, re.IGNORECASE))


_HOME_NAMES = tuple(f"index{suffix}" for suffix in PAGE_SUFFIXES)
"""What a site's home page is called."""


def home_page_owner(path: Path) -> str | None:
    """The owner the site's home page (an ``index.html`` beside the page or in a folder above it) or its
    Jekyll ``_config.yml`` names."""
    from ..site import site_owner

    folder = path.resolve().parent
    for _ in range(3):
        for name in _HOME_NAMES:
            home = folder / name
            if home.is_file() and home != path.resolve():
                return _home_owner(home) or _site_head(folder)
        if (folder / "_config.yml").is_file():
            return site_owner(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    return None


@lru_cache(maxsize=64)
def _site_head(root: Path) -> str | None:
    """The head of a lab's site whose home page names none ("Setton Lab"): the person named after the lab on one of
    its pages (the members page's "Lori Setton"), looked for on the site's first pages."""
    return site_head(sorted(root.rglob("*.htm*"))[:_SITE_PAGES])


def site_head(paths: Iterable[Path]) -> str | None:
    """The person a site's lab is named after, the lab named on one page ("曹研究室", "Setton Lab") and the person on
    another (the members page's "曹 建庭 (Cao Jianting)", "Lori Setton")."""
    pages: list[Page] = []
    for page_path in paths:
        try:
            pages.append(load_page(page_path, str(page_path)))
        except (SourceError, OSError):
            continue
    families = set().union(*(_lab_families(page) for page in pages)) if pages else set()
    for page in pages:
        head = _lab_head(page, PageReport("", page.encoding, None, {}), families)
        if head:
            return head
    return None


_SITE_PAGES = 30
"""How many of a site's pages are looked at for its head (a lab site has a handful; a saved blog, hundreds)."""


@lru_cache(maxsize=64)
def _home_owner(home: Path) -> str | None:
    try:
        page = load_page(home, str(home))
    except (SourceError, OSError):
        return None
    return _owner(page) or _lab_head(page, PageReport(str(home), page.encoding, None, {})) or _spelled_by_address(page)


def _spelled_by_address(page: Page) -> str | None:
    """The name a home page writes whose words its owner's e-mail address spells ("E-mail: weihua.gu@polyu.edu.hk"
    and "Dr. Weihua Gu joined the Department …"): a page with no title or heading naming its owner."""
    text = text_of(page.root)
    addresses = [*page.contacts, *re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)]
    for written in re.finditer(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\b", text):
        name = person_name(written.group())
        if name and any(_spells(address, name) for address in addresses):
            return name
    return None


def read_html_pages(
    pages: Iterable[tuple[Path, str]], venues: AliasTable, organizations: AliasTable, default_owner: str | None = None
) -> tuple[SourceResult, list[PageReport]]:
    """Read the pages of one site together (home, publications, group…): a paper on two pages is one paper. When a
    page's people found no owner and a later page of the site names one (the members page after the alumni page),
    the site is read again with that owner."""
    pages = list(pages)
    result, reports, owner, unowned = _read_site(pages, venues, organizations, default_owner)
    if unowned and default_owner is None:
        head = owner.name if owner is not None else site_head(path for path, _ in pages) if len(pages) > 1 else None
        home = next((path for path, _ in pages if path.name.lower() in _HOME_NAMES), None)
        head = head or (_home_owner(home) if home is not None else None) or _most_published(result.records)
        if head:
            result, reports, _, _ = _read_site(pages, venues, organizations, head)
    return result, reports


def _most_published(records: list[Record]) -> str | None:
    """The author of half a site's papers or more (five or more papers): the head of a lab whose site names only the
    lab ("PRISM Lab") and whose papers all carry the head's name."""
    works = [record for record in records if isinstance(record, Work)]
    written: dict[tuple[str, str], list[str]] = {}
    for work in works:
        for author in {a for a in work.authors if a}:
            name = parse_name(author)
            written.setdefault((compared(name.family), compared(name.given)[:1]), []).append(author)
    most = max(written.values(), key=len, default=[])
    return max(set(most), key=most.count) if len(works) >= _FEWEST_PAPERS and 2 * len(most) >= len(works) else None


_FEWEST_PAPERS = 5
"""How many papers a site lists before the author of half of them is taken as its head."""


def _read_site(
    pages: list[tuple[Path, str]], venues: AliasTable, organizations: AliasTable, default_owner: str | None
) -> tuple[SourceResult, list[PageReport], Person | None, bool]:
    """The site's records and page reports, its owner, and whether a page's people found none."""
    reading = _Reading(venues, organizations)
    records: list[Record] = []
    reports: list[PageReport] = []
    owner: Person | None = None
    shown_first = ""
    for path, shown_as in pages:
        shown_first = shown_first or shown_as
        report, page_records, page_owner = _read_page(path, shown_as, reading, owner.name if owner else None, default_owner)
        reports.append(report)
        records.extend(page_records)
        owner = owner or page_owner
    fuller = {work.origin: work for work in reading.fuller.values()}
    records = _one_supervision_each([fuller.get(r.origin, r) if isinstance(r, Work) else r for r in records])
    if not records:
        reading.problems.append(
            Problem(
                Severity.WARNING,
                "no publications or people were recognized: no heading or repeated list names them and the page carries "
                "no citation data; run 'scholargraph inspect' on it to see what was read and skipped",
                Origin(shown_first, 1),
            )
        )
    unowned = any(problem.message.startswith(_NO_OWNER_WARNING) for problem in reading.problems)
    return SourceResult(shown_first, ([owner] if owner else []) + records, reading.problems), reports, owner, unowned


def _one_supervision_each(records: list[Record]) -> list[Record]:
    """A person a site lists on two pages (the home page's team and the people page) in one kind of role is one
    supervision: the first, with the other's period when it gives none, and the co-supervisors of both."""
    first: dict[tuple[str, str, SupervisionKind], int] = {}
    kept: list[Record] = []
    for record in records:
        if not isinstance(record, Supervision):
            kept.append(record)
            continue
        key = (compared(record.supervisor), compared(record.person), record.kind)
        if key not in first:
            first[key] = len(kept)
            kept.append(record)
            continue
        earlier = kept[first[key]]
        assert isinstance(earlier, Supervision)
        period = earlier.period if earlier.period != Period(None, None) else record.period
        cosupervisors = tuple(dict.fromkeys([*earlier.cosupervisors, *record.cosupervisors]))
        kept[first[key]] = replace(earlier, period=period, cosupervisors=cosupervisors)
    return kept


def _read_page(
    path: Path, shown_as: str, reading: _Reading, owner: str | None, default_owner: str | None = None
) -> tuple[PageReport, list[Record], Person | None]:
    page = load_page(path, shown_as)
    # (a theme may mark an entry as a schema.org item with no authors: the entry itself says more)
    found = highwire(page.root) + json_ld(page.root) + coins(page.root) + microdata(page.root)
    structured = [citation for citation in found if citation.authors]
    owner = owner or _owner(page)
    clean_page(page)
    context = Context(shown_as, reading.venues, reading.organizations, owner, address=page_address(page.root))
    if page.cut:
        context.report(
            Line(1, ""),
            "the page nests its markup over 2,048 elements deep and what follows that point was not read; "
            "save the page again from the browser (File › Save Page As) or simplify its markup",
        )
    if page.deep_line:
        context.report(
            Line(page.deep_line, ""),
            f"the markup here nests over {MAX_DEPTH} elements deep and what it holds was read as plain text, so "
            "publications or people in it may be missed; save the page again from the browser or simplify its markup",
        )
    report = PageReport(shown_as, page.encoding, owner, dict(page.removed))
    records: list[Record] = []
    if structured:
        section = SectionReport("structured data", "publications", structured[0].line)
        for citation in structured:
            report.structured.append(f"line {citation.line}: {citation.how}")
            _add_work(_work(citation, context), section, reading)
        report.sections.append(section)
    people: list[Found] = []
    years: dict[HtmlElement, int] = {}
    sections = find_sections(page.root, page_section(page, shown_as), report.unread_headings, years)
    note_text_beside(sections)
    for section, role, entries in sections:
        report.sections.append(section)
        if section.kind == "publications":
            _read_publications(section, entries, context, reading, years)
        elif section.kind == "people":
            people.append((section, role, entries))
        elif section.kind in _ONE_LINE_READERS:
            _read_one_liners(section, entries, context)
        else:
            section.skipped.append((section.line, section.heading, f"a '{section.kind}' section is not read into the graph"))
    first_owner = context.owner  # a section read before the one naming the group's head is read again once it is known
    for section, role, entries in people:
        read_people(section, role, entries, context)
    head = _lab_head(page, report) or (_mailed(page, report) if context.owner is None else None)  # not its web designer
    if head and (context.owner is None or context.owner.split()[-1].lower() != head.split()[-1].lower()):
        context.owner = head
    context.owner = context.owner or default_owner
    if context.owner != first_owner:
        for section, role, entries in people:
            section.records.clear()
            section.skipped.clear()
            read_people(section, role, entries, context)
    report.owner = context.owner
    drop_bare_repeats(report.sections)
    for section in report.sections:
        records.extend(section.records)
        for line, text, why in section.skipped:
            if why != "empty":
                context.report(Line(line, text), f"in '{section.heading}', skipped '{text[:80]}': {why}", Severity.INFO)
    reading.problems.extend(context.problems)
    owner = context.owner
    person = Person(owner, Origin(shown_as, 1)) if owner else None
    if owner is None and any(why == NO_OWNER for section, _, _ in people for _, _, why in section.skipped):
        context.report(
            Line(1, ""),
            f"{_NO_OWNER_WARNING}: give it a <title> or an <h1> with the owner's name, or save the site's home page beside it",
            Severity.WARNING,
        )
        reading.problems.append(context.problems[-1])
    return report, records, person


# --- owner ----------------------------------------------------------------------------------

_NO_OWNER_WARNING = "the page names no owner to supervise its people"

_LAB_WORD = r"(?i:(?:research\s+)?(?:lab|laboratory|group|ensemble|team))\b"
_LAB_BEFORE = r"(?i:labo|laboratoire|laboratorio|laboratório|équipe|groupe|grupo|arbeitsgruppe)\s+(?i:(?:de|du|di|von)\s+)?"
_LAB = re.compile(
    rf"([A-Z][\w'’-]*?\w)(?:['’]s)?\s+{_LAB_WORD}|(?-i:\b([A-Z][a-z'’-]{{2,}})(?:Lab|Laboratory|Group)\b)"
    rf"|\b{_LAB_BEFORE}(?-i:([A-Z][\w'’-]+))\s*$",
    re.IGNORECASE,
)
"""A lab named after its head: "Chehab Lab", "Schneider's research group", "DemariaLab" written as one word, "Labo
Joly", "Arbeitsgruppe Müller"."""


_WELCOME = re.compile(r"(?i:welcome)\b.{0,12}\bthe\s")
"""A home page's opening line that names the lab: "Welcome to the Dahlquist Lab in the Biology Department …"."""


def _lab_families(page: Page) -> set[str]:
    """The family names a page names its lab after: "Chehab Lab" in its title, "Schneider Research Group" in its
    heading or its opening welcome, "曹研究室" (the Cao laboratory)."""
    titles = [text_of(title) for title in page.root.xpath("//title")] + [page.title or ""]
    titles += [str(m.get("content") or "") for m in page.root.xpath("//meta[@property='og:site_name']")]
    titles += [text_of(h) for h in page.root.iter("h1")] + [text_of(e) for e in page.root.xpath(_SITE_NAME)][:3]
    titles += [line for line in block_lines(next(page.root.iter("body"), page.root))[:2] if _WELCOME.match(line)]
    families = {next(g for g in match.groups() if g).lower() for title in titles for match in _LAB.finditer(title)}
    return families | {match.group(1) for title in titles for match in _CJK_LAB.finditer(title)}


def _lab_head(page: Page, report: PageReport, families: set[str] | None = None) -> str | None:
    """The head of a lab's site that names the lab, not a person ("The Simon Research Ensemble", "Chehab Lab"):
    the person the page names whose family name is the lab's (``families``, else the page's own), most often among
    its authors and people; else the family name alone where the page writes it with a title ("About Dr. Eagon")."""
    families = _lab_families(page) if families is None else families
    if not families:
        return None
    names: list[str] = []
    for section in report.sections:
        for record in section.records:
            names += [a for a in getattr(record, "authors", ()) if a]
        names += [text for _, text, _ in section.skipped]
    names += [text for _, text in report.unread_headings]
    descriptions = page.root.xpath("//meta[@name='description' or @property='og:description']/@content")
    text = " ".join([text_of(page.root), *map(str, descriptions), *page.navigation])  # "Prof. Dr. Karsten Meyer at …"
    latin = [family for family in families if family.isascii()]
    for family in latin:  # "Professor Melissa A. Hines leads …": the name written out on the page
        names += re.findall(rf"\b([A-Z][a-z]+(?:\s+[A-Z]\.)*\s+(?i:{re.escape(family)}))\b(?!\s+{_LAB_WORD})", text)
    names += [text_of(h) for h in page.root.iter("h2", "h3", "h4", "h5", "strong", "b")] if len(latin) < len(families) else []
    counts: dict[str, int] = {}
    for written in names:
        for candidate in re.split(r"[,;]|\s\(", written)[:1] if written.isascii() else [written]:
            name = person_name(candidate.strip())
            if not name or (len(name.split()[0]) <= 2 and not is_han_name(name)):
                continue
            if name.split()[-1].lower() in families or any(written.strip().startswith(f) for f in families if not f.isascii()):
                counts[name] = counts.get(name, 0) + 1
    titled = [
        found.group(1)
        for family in latin
        for found in re.finditer(rf"\b(?:Dr|Prof|Professor)\.?\s+((?i:{re.escape(family)}))\b", text)
    ]
    return max(counts, key=lambda name: (counts[name], len(name)), default=None) or (titled[0] if titled else None)


def _mailed(page: Page, report: PageReport) -> str | None:
    """The person among a page's people whose name its menu's or header's e-mail address spells
    ("markus.petters@ucr.edu" for "Markus Petters"): whose site it is, when nothing else names them."""
    for section in report.sections:
        for _, text, _ in section.skipped:
            name = person_name(re.split(r"[,(]", text)[0].strip())
            if name and any(_spells(address, name) for address in page.contacts):
                return name
    return None


def _spells(address: str, name: str) -> bool:
    """Whether an e-mail address's name part spells a person's name, two words or more ("weihua.gu", "Weihua Gu")."""
    words = {word for word in re.split(r"[._-]+", address.split("@")[0].lower()) if word}
    return len(words) >= 2 and words <= set(re.split(r"[\s-]+", fold(name)))


_CJK_LAB = re.compile(rf"([{HAN}]{{1,2}})(?:研究室|研究组|研究組|实验室|實驗室|课题组|課題組|研究所)")
"""A lab named after its head in Chinese or Japanese: "曹研究室" (the Cao laboratory), "王课题组"."""


_WHOSE = re.compile(r"^.{0,40}?\b(?:of|by|for|de|von)\s+(?=[A-Z])", re.IGNORECASE)
_DEGREE_AFTER = re.compile(r"\s*\((?:[A-Z]\.?\s?){2,4}\)\s*$")
"""A degree in brackets after the owner's name in a page's heading: "Jane Doe (Ph.D)", "(P.h.D)"."""
_SITE_WORDS = re.compile(
    r"(?:'s)?\s+(?:lab|laboratory|group|research group|team|homepage|home page|website|webpage|web page)$", re.I
)


def _owner(page: Page) -> str | None:
    """The page's owner: schema.org Person, ``<meta name="author">``, the ``<title>``, the first ``<h1>`` (or
    ``<h2>`` on a page without one)."""
    candidates = [owner_from_json_ld(page.root)]
    candidates += [str(m.get("content") or "") for m in page.root.xpath("//meta[@name='author' or @property='og:title']")]
    for title in page.root.xpath("//title")[:1]:
        candidates += re.split(r"\s+[|·–—-]\s+|\s*[|·]\s*|'s\s", text_of(title))
    candidates += [text_of(h) for h in page.root.iter("h1")] or [text_of(h) for h in page.root.iter("h2")][:1]
    candidates += [text_of(e) for e in page.root.xpath(_SITE_NAME)][:3]
    candidates.append(_letterhead(page))
    for candidate in candidates:
        undegreed = _DEGREE_AFTER.sub("", candidate or "")
        written = _WHOSE.sub("", _SITE_WORDS.sub("", undegreed))  # "Publications of Jeremy L. Martin", "Homepage of …"
        if re.match(_LAB_BEFORE, written.strip()):
            continue  # "Labo Joly" names a lab too
        name = person_name(written)
        if name and kind_of(name) is None:
            if written != _WHOSE.sub("", undegreed) and not _PERSONAL.search(undegreed):
                continue  # "Quantum Device Lab" names a lab; its head is found among its people (``_lab_head``)
            return name
    return None


def _letterhead(page: Page) -> str | None:
    """The name a page opens with when a head's title follows it, as a letterhead ("Lena Mamykina, Ph.D." over
    "Associate Professor"), or in a line saying whose page it is: the owner of a page that names itself nowhere else."""
    body = next(page.root.iter("body"), page.root)
    lines = block_lines(body)[:2]
    if len(lines) == 2 and is_principal(lines[1]) and len(lines[1].split()) <= 6:
        return re.split(r",|\s\(", lines[0])[0]
    home = _HOME_PAGE_OF.match(lines[0]) if lines else None
    return (home[1] or home[2]) if home else None


_HOME_PAGE_OF = re.compile(
    r"^(?:welcome to\s+)?(?:the\s+)?(?:personal\s+|academic\s+)?(?:home\s?page|web\s?page|web\s?site)\s+of\s+(.{4,60}?)[.!]?$"
    r"|^(?:welcome to\s+)?(.{4,60}?)['’]s\s+(?:personal\s+|academic\s+)?(?:home\s?page|web\s?page|web\s?site)[.!]?$",
    re.IGNORECASE,
)
"""A page opening with whose it is, in large type: "The Home Page of Alex Iosevich", "Jane Doe's homepage"."""


_SITE_NAME = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' title ') or contains(@class, 'site-title') or "
    "contains(@class, 'navbar-brand') or contains(@class, 'site-name')][not(ancestor::li or ancestor::article or ancestor::td)]"
    " | //a[@href='/' or @href='./' or @href='../' or @href='index.html' or @href='/index.html']"
)
"""Where a site names itself on every page: its header's title, its brand, the link home ("<a href="/">Hannah Smithson</a>");
not a list's or a card's "title" (a paper's)."""
_PERSONAL = re.compile(r"(?:'s|’s|\b[A-Z]\.)\s|\b(?:homepage|home page|website|webpage|web page)$", re.IGNORECASE)
"""A site word after a person's name, not a lab's: "Jane Doe's Lab", "Fritz J. Sedlazeck Lab", "Jane Doe Homepage"."""


# --- publications ---------------------------------------------------------------------------


def _read_publications(
    section: SectionReport, entries: list[HtmlElement], context: Context, reading: _Reading, years: dict[HtmlElement, int]
) -> None:
    """The works of a section's entries; one without a year of its own takes its year heading's (al-folio's
    ``2025`` over its list) or its ``data-year``."""
    kept: list[HtmlElement] = []
    chunked: dict[HtmlElement, list[HtmlElement]] = {}
    several: dict[HtmlElement, list[Work]] = {}
    from_bibtex: dict[HtmlElement, Work] = {}
    for element in entries:  # what each entry holds, first: the citations left are read as one list
        text = text_of(element)
        if PLACEHOLDER.search(text):
            section.skipped.append((element.sourceline or 1, text, "a template placeholder, not content"))
            continue
        kept.append(element)
        chunks = blank_line_chunks(element)
        if sum(1 for chunk in chunks if _YEAR_IN_TEXT.search(text_of(chunk))) >= 2:  # several citations in one block,
            # a blank line between each (not one record whose fields a blank line parts: title, authors, then venue)
            chunked[element] = chunks
        elif works := _several_works(element, context):
            several[element] = works
        elif (bibtex := has_bibtex(element)) and (
            works := bibtex_works(bibtex, context.path, context.venues, element.sourceline or 1)[0]
        ):
            from_bibtex[element] = works[0]
    citations = [element for element in kept if element not in chunked and element not in several and element not in from_bibtex]
    readings = _readings(section, citations, context)
    if sum(1 for element, (citation, _) in readings.items() if writes_with(element, citation)) >= 2:
        for element, (citation, why) in readings.items():  # "Title, Venue" among "Title (with A, B), Venue": the owner's
            if citation is None:
                readings[element] = (owner_alone(element, context), why)
    _read_unnamed(readings, context)
    failed: list[tuple[HtmlElement, str]] = []
    read: set[HtmlElement] = set()
    for element in kept:
        if element in chunked:
            chunks = chunked[element]
            _read_publications(section, chunks, context, reading, {chunk: years[element] for chunk in chunks if element in years})
            continue
        _tell_script_links(element, context)
        if element in several:
            for found in several[element]:
                _add_work(found, section, reading)
            continue
        work = from_bibtex.get(element)
        if work is None:
            citation, why = readings[element]
            if citation is None:
                failed.append((element, why))
                continue
            work = _work(citation, context)
        read.add(element)
        if work.year is None and element in years:
            work = replace(work, year=years[element])
        _add_work(work, section, reading)
    _read_fragments(section, failed, read, context, reading, years)


def _read_unnamed(readings: dict[HtmlElement, Reading], context: Context) -> None:
    """A list that prints titles and journals and names no one (three entries or more with no names, half of them with
    the entries whose one "name" is not the owner's): its entries are read without authors; so are those whose
    "names" leave out the page's owner, a label over the title ("Kohn-Sham DFT: Real-space FLOSIC") or the journal
    under it ("Schizophrenia Bulletin") read as names."""
    family = fold(parse_name(context.owner).family) if context.owner else ""

    def names_owner(citation: Citation) -> bool:
        return bool(family) and any(family in fold(author) for author in citation.authors)

    failed = [element for element, (citation, why) in readings.items() if citation is None and why.startswith(NO_AUTHORS)]
    alone = [  # one "name", not the owner's: the journal line under a title ("Schizophrenia Bulletin")
        element
        for element, (citation, _) in readings.items()
        if citation is not None and len(citation.authors) == 1 and not names_owner(citation)
    ]
    if len(failed) < 3 or len(failed) + len(alone) < 0.5 * len(readings):
        return
    for element, (citation, why) in readings.items():
        if citation is None or element in alone or (family and not names_owner(citation)):
            readings[element] = (without_authors(element, context) or citation, why)


def _tell_script_links(entry: HtmlElement, context: Context) -> None:
    """A warning for each link of the entry a browser would run, told here, where each entry is read once (both
    citation readers read it, and a chunked entry is told of by its chunks)."""
    for line, label, url in script_links(entry):
        told: list[str] = []
        name = label.strip("[]() ")
        if unsafe_address(f"link [{name}]" if name else "a link", url, told.append):
            context.report(Line(line, label), told[0])


ENTRY_MODEL = True
"""Whether a list may be read by the trained entry model (a measurement turns it off to score the rules alone)."""


def _readings(section: SectionReport, entries: list[HtmlElement], context: Context) -> dict[HtmlElement, Reading]:
    """Each entry's citation (or why it is none) by the reader that reads it more plausibly: the rules or the trained
    entry model. Where the two are as plausible, the reader that reads the whole list more plausibly decides (a site
    writes its entries one way, so the reader that fits them fits most of them). The section says how many entries
    the model read. Fields a theme names by class are read as named."""
    by_rules = {element: read_citation(element, context) for element in entries}
    if not ENTRY_MODEL:
        return by_rules
    by_model = {element: read_citation(element, context, modelled=True) for element in entries}
    rules = {element: plausibility(citation, context) for element, (citation, _) in by_rules.items()}
    model = {element: plausibility(citation, context) for element, (citation, _) in by_model.items()}
    model_fits = sum(model.values()) > sum(rules.values())
    classed = {element for element, (citation, _) in by_rules.items() if citation and citation.how == BY_CLASS}
    chosen = {
        element: by_model[element]
        if element not in classed and (model[element] > rules[element] or (model[element] == rules[element] and model_fits))
        else by_rules[element]
        for element in entries
    }
    modelled = sum(1 for element in entries if chosen[element] is by_model[element] and by_model[element] != by_rules[element])
    if modelled:
        section.read_by = (
            f"the trained entry model for {modelled} of {len(entries)} entries (its readings score {sum(model.values())}, "
            f"the rules' {sum(rules.values())})"
        )
    return chosen


Reading = tuple[Citation | None, str]
"""An entry's citation, or ``None`` and why it is none."""


def _read_fragments(
    section: SectionReport,
    failed: list[tuple[HtmlElement, str]],
    read: set[HtmlElement],
    context: Context,
    reading: _Reading,
    years: dict[HtmlElement, int],
) -> None:
    """Entries that are pieces of one record (a theme's card: the title a heading, the authors another, the
    venue and the abstract paragraphs) are read as the smallest block around them holding a whole citation and
    no entry read on its own; what no such block holds is skipped with the reason it was not a citation."""
    records: dict[HtmlElement, int] = {}
    for element, why in failed:
        line, text = element.sourceline or 1, text_of(element)
        record, citation = _enclosing_citation(element, read, context)
        if record is None or citation is None:
            section.skipped.append((line, text, why))
        elif record in records:
            section.skipped.append((line, text, f"a piece of the entry at line {records[record]}"))
        else:
            records[record] = citation.line
            work = _work(citation, context)
            year = years.get(element)
            _add_work(replace(work, year=work.year or year), section, reading)


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _enclosing_citation(
    element: HtmlElement, read: set[HtmlElement], context: Context
) -> tuple[HtmlElement | None, Citation | None]:
    """The nearest block around ``element`` (three levels up at most) that reads as one citation with a year and
    people's names: it holds no entry read on its own and at most two distinct years (a paper's and its
    preprint's), so it is one record."""
    for ancestor in list(element.iterancestors())[:3]:
        if ancestor.tag in ("body", "html", "main") or any(inner in read for inner in ancestor.iterdescendants()):
            break
        text = text_of(ancestor)
        if len(text) > 2000 or len(set(_YEAR_IN_TEXT.findall(text))) > 2:
            break
        citation, _ = read_citation(ancestor, context)
        if citation is not None and citation.year and all(person_name(author) for author in citation.authors):
            return ancestor, citation
    return None, None


def _several_works(element: HtmlElement, context: Context) -> list[Work]:
    """The works of one block holding several, line after line (``title<br>authors<br>venue<br>…``),
    read as the text homepage reads its lines; empty for a block of one work."""
    lines = block_lines(element)
    if len(lines) < 6:
        return []
    start = element.sourceline or 1
    trial = replace(context, problems=[])  # its notes count only if its works are used
    works = list(read_text_publications([Line(start, text) for text in lines], trial))
    if len(works) < 2:
        return []
    context.problems.extend(trial.problems)
    return works


def _add_work(work: Work, section: SectionReport, reading: _Reading) -> None:
    key = compared(work.title)
    while key in reading.seen and not _same_authors(reading.placed[key][0].records[reading.placed[key][1]], work):
        key += "\x00"  # one title, other authors: another work ("Experimental study of …" by two teams, in two years)
    if key in reading.seen:
        first_section, index = reading.placed[key]
        first = first_section.records[index]
        if isinstance(first, Work) and not first.venue_as_written and work.venue_as_written:  # the second listing says more
            fuller = replace(
                first, venue=work.venue, venue_as_written=work.venue_as_written, year=first.year or work.year, kind=work.kind
            )
            first_section.records[index] = reading.fuller[key] = fuller
        section.skipped.append((work.origin.line, work.title, f"the same paper as {reading.seen[key]}"))
        return
    reading.seen[key] = work.origin
    reading.placed[key] = (section, len(section.records))
    section.records.append(work)


def _same_authors(first: Record, second: Work) -> bool:
    """Whether two listings of one title name the same authors: the same family names in the same order, one list
    perhaps cut short ("et al."), or one listing naming none; listings on two pages (a home page's selection and the
    list) are taken as one paper, and so are two of a title too short to tell two papers by ("Impact factor" is a
    label read where a title goes)."""
    if not isinstance(first, Work) or first.origin.path != second.origin.path or len(second.title.split()) < 4:
        return True
    families = [[compared(parse_name(a).family) for a in work.authors if a] for work in (first, second)]
    shorter, longer = sorted(families, key=len)
    return not shorter or longer[: len(shorter)] == shorter


def _work(citation: Citation, context: Context) -> Work:
    found = context.venues.find(citation.venue or "") if citation.venue else None
    entry = found[0] if found else None
    arxiv = citation.arxiv_id
    kind = WorkKind.CONFERENCE_PAPER
    if (entry is not None and entry.kind == "repository") or (entry is None and arxiv and not citation.venue):
        kind = WorkKind.PREPRINT
    elif entry is not None and entry.kind == "journal":
        kind = WorkKind.JOURNAL_ARTICLE
    return Work(
        title=citation.title,
        authors=tuple(citation.authors),
        year=citation.year,
        origin=Origin(context.path, citation.line),
        kind=kind,
        venue=entry.label if entry else None,
        venue_as_written=citation.venue,
        links=tuple(Link(label, url) for label, url in citation.links),
        arxiv_id=arxiv,
        doi=citation.doi,
        identifiers=(Identifier(IdentifierScheme.DBLP, citation.dblp),) if citation.dblp else (),
    )


# --- awards, service, talks, teaching ----------------------------------------------------------

_ONE_LINE_READERS: dict[str, Callable[[Line, Context], Iterator[Record]]] = {
    "awards": read_award,
    "service": read_service,
    "collaborations": read_collaboration,
    "teaching": read_course,
    "talks": lambda line, context: read_talk(line, context, seminar=False),
    "seminars": lambda line, context: read_talk(line, context, seminar=True),
}


def _read_one_liners(section: SectionReport, entries: list[HtmlElement], context: Context) -> None:
    """Each entry read as the text homepage reads one line; what does not fit is skipped with the form expected."""
    for element in entries:
        line = Line(element.sourceline or 1, text_of(element))
        reported = len(context.problems)
        records = [] if PLACEHOLDER.search(line.text) else list(_ONE_LINE_READERS[section.kind](line, context))
        if records:
            section.records.extend(records)
            continue
        why = context.problems[reported].message if len(context.problems) > reported else "a template placeholder, not content"
        del context.problems[reported:]
        section.skipped.append((line.number, line.text, why))
