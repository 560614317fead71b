"""Saving an academic homepage and the pages it links that hold publications or people, for the build to read.

``fetch_homepage`` starts at a URL and goes breadth-first through the ``<a href>`` links of the
HTML pages it fetches, all through one ``fetch.Fetcher`` (cache, retries, a pause between
requests). It stays on the site: the start page's host, and under the start page's folder
(``https://host/~user/`` keeps to ``/~user/``; ``https://host/`` is the whole host), so a
personal folder on a shared server never leads into the neighbours' pages. Of the links on
the site, it follows those whose text or path names a section a reader of a homepage reads
(publications, people, group, students, CV…, ``SECTION_WORDS``), or every HTML page with
``every_page``; robots.txt is honoured for the ``Fetcher``'s user agent (a missing robots.txt
allows everything, a longer ``Crawl-delay`` lengthens the pause).

Each page is saved as the server sent it under ``<out>/<host>/``, at the path its URL names
(``/`` → ``index.html``, ``/pubs/`` and ``/pubs`` → ``pubs/index.html``, ``/cv.php`` →
``cv.php.html``), so the build reads it as a saved HTML homepage; ``SOURCE.md`` beside them
lists each page's URL, the day it was fetched and its file.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import FetchError
from .records import Fetcher, Response

__all__ = ["SECTION_WORDS", "Crawl", "SavedPage", "fetch_homepage", "saved_path"]

SECTION_WORDS = (
    r"publications?|pubs?|papers?|preprints?|research|people|group|team|members?|students?|alumni|labs?|cv|vita|resume|résumé|"
    r"talks?|teaching|services?|awards?|honou?rs|"
    r"publikationen|veröffentlichungen|forschung|mitarbeiter(?:innen)?|lehre|lebenslauf|"  # German
    r"recherche|équipe|equipe|membres|étudiants|etudiants|enseignement|"  # French
    r"publicaciones|investigación|investigacion|equipo|miembros|estudiantes|docencia|"  # Spanish
    r"pubblicazioni|ricerca|gruppo|didattica"  # Italian
)
"""The words that make a link worth following, in its text or its URL path (a regular expression)."""
_SECTION_LINK = re.compile(rf"\b(?:{SECTION_WORDS})\b", re.IGNORECASE)
_CJK_SECTION_WORDS = ("论文", "論文", "发表", "發表", "研究", "团队", "團隊", "成员", "成員", "学生", "學生", "教学", "業績")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_NOT_HTML_SUFFIX = re.compile(
    r"\.(?:pdf|ps|eps|djvu|png|jpe?g|gif|svg|webp|ico|bmp|tiff?|mp3|mp4|m4a|mov|avi|webm|ogg|zip|gz|tgz|bz2|xz|7z|tar|rar|"
    r"docx?|pptx?|pptm|key|xlsx?|odt|odp|ods|csv|bib|tex|txt|json|xml|rss|atom|ics|css|js|py|ipynb|woff2?|ttf|exe|dmg|iso)$",
    re.IGNORECASE,
)
"""Links to files that are not web pages, skipped before they are fetched (their type is checked after, too)."""
_UNSAFE = re.compile(r"[^\w.~+-]")


@dataclass(frozen=True)
class SavedPage:
    """A page saved: the URL asked for, the file written, the day it was fetched (ISO)."""

    url: str
    path: Path
    fetched: str


@dataclass
class Crawl:
    """What a homepage fetch saved (in the order fetched) and what it passed over, each URL with why."""

    folder: Path
    """``<out>/<host>``: the saved pages and their ``SOURCE.md``."""
    saved: list[SavedPage] = field(default_factory=list)
    skipped: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Page key → (URL, reason); reasons are ``off-site``, ``robots``, ``not HTML``, ``limit``,
    ``not a section`` (the link names no section, see ``SECTION_WORDS``) and ``failed``."""

    def summary(self) -> str:
        """One line: pages saved, and links skipped counted by reason."""
        reasons: dict[str, int] = {}
        for _, reason in self.skipped.values():
            reasons[reason] = reasons.get(reason, 0) + 1
        order = ("off-site", "robots", "not HTML", "limit", "not a section", "failed")
        skipped = ", ".join(f"{reasons[reason]} {reason}" for reason in order if reason in reasons) or "none"
        saved = f"{len(self.saved)} page{'s' if len(self.saved) != 1 else ''}"
        return f"saved {saved} in {self.folder}; skipped: {skipped}"


def fetch_homepage(
    fetcher: Fetcher,
    url: str,
    out: Path,
    *,
    max_pages: int = 20,
    depth: int = 2,
    every_page: bool = False,
    on_saved: Callable[[SavedPage], None] | None = None,
) -> Crawl:
    """Save the homepage at ``url`` and the pages of its site it links, into ``out/<host>/``.

    At most ``max_pages`` pages are saved, none more than ``depth`` links from the start page.
    Raises ``FetchError`` when the start page cannot be had (not http(s), unreachable, refused by
    robots.txt, not found, not HTML); a linked page that cannot be had is skipped and counted.
    """
    start = _web_address(url, "")
    if start is None:
        raise FetchError(f"'{url}' is not a web address; write it as https://example.edu/~name/")
    if _NOT_HTML_SUFFIX.search(urlsplit(start).path):
        raise FetchError(f"{start} is not an HTML page; give the address of the homepage itself")
    return _Crawler(fetcher, out, max_pages, depth, every_page, on_saved).run(start)


@dataclass
class _Crawler:
    fetcher: Fetcher
    out: Path
    max_pages: int
    depth: int
    every_page: bool
    on_saved: Callable[[SavedPage], None] | None
    host: str = ""
    folder: str = "/"
    crawl: Crawl = field(init=False)
    robots: dict[str, RobotFileParser] = field(default_factory=dict)
    queue: deque[tuple[str, int]] = field(default_factory=deque)
    seen: set[str] = field(default_factory=set)
    files: dict[PurePosixPath, str] = field(default_factory=dict)

    def run(self, start: str) -> Crawl:
        try:
            if not self._allowed(start):
                raise FetchError(f"{start}: robots.txt of {urlsplit(start).netloc} does not allow {self.fetcher.user_agent} here")
            response = self.fetcher.answer(start)
        except FetchError as error:
            raise FetchError(f"cannot fetch the homepage {start}: {error}") from error
        if response.status == 404:
            raise FetchError(f"{start} answered 404 Not Found; check the address")
        if response.status != 200:
            raise FetchError(f"{start} answered HTTP {response.status}; check the address or try again later")
        if not _is_html(response):
            raise FetchError(f"{start} is not an HTML page ({_content_type(response) or 'no content type'})")
        final = response.url or start
        self.host, self.folder = _host_key(final), _folder(final)
        self.crawl = Crawl(self.out / _safe_segment(self.host))
        self.seen |= {_page_key(start), _page_key(final)}
        self._save(start, response, 0)
        while self.queue:
            url, depth = self.queue.popleft()
            if len(self.crawl.saved) >= self.max_pages:
                self._skip(url, "limit")
            elif not self._allowed(url):
                self._skip(url, "robots")
            else:
                self._visit(url, depth)
        self._write_source_list()
        return self.crawl

    def _visit(self, url: str, depth: int) -> None:
        try:
            response = self.fetcher.answer(url)
        except FetchError as error:
            self.fetcher.note(f"{url}: skipped, {error}")
            self._skip(url, "failed")
            return
        final = response.url or url
        if response.status != 200:
            self.fetcher.note(f"{url}: skipped, it answered HTTP {response.status}")
            self._skip(url, "failed")
        elif not self._on_site(final):
            self._skip(url, "off-site")  # redirected off the site
        elif not _is_html(response):
            self._skip(url, "not HTML")
        elif _page_key(final) != _page_key(url) and _page_key(final) in self.seen:
            return  # redirected to a page already queued or saved
        else:
            self.seen.add(_page_key(final))
            self._save(url, response, depth)

    def _save(self, url: str, response: Response, depth: int) -> None:
        from ..rdf.files import write_atomically

        relative = self._unique(saved_path(response.url or url), url)
        target = self.crawl.folder.joinpath(*relative.parts)
        if not target.resolve().is_relative_to(self.crawl.folder.resolve()):
            raise FetchError(f"{url} would be saved outside {self.crawl.folder}")  # saved_path never allows it
        write_atomically({target: response.body})
        page = SavedPage(url, target, _fetched_day(response, self.fetcher.clock()))
        self.crawl.saved.append(page)
        if self.on_saved is not None:
            self.on_saved(page)
        self._follow(response, url, depth + 1)

    def _follow(self, response: Response, url: str, depth: int) -> None:
        """Queue the page's links worth saving; record why the others are not."""
        base_href, found = _links(response.body)
        page = response.url or url
        base = (_web_address(page, base_href) or page) if base_href else page
        for href, text in found:
            link = _web_address(base, href)
            if link is None or (key := _page_key(link)) in self.seen:
                continue  # mailto:, javascript:, a malformed address, or a page already queued
            if not self._on_site(link):
                self._skip(link, "off-site")
            elif _NOT_HTML_SUFFIX.search(urlsplit(link).path):
                self._skip(link, "not HTML")
            elif not (self.every_page or _names_a_section(text) or _names_a_section(unquote(urlsplit(link).path))):
                self._skip(link, "not a section")  # a later link to it that names a section queues it
            elif depth > self.depth:
                self._skip(link, "limit")
            else:
                self.seen.add(key)
                self.crawl.skipped.pop(key, None)
                self.queue.append((link, depth))

    def _skip(self, url: str, reason: str) -> None:
        self.crawl.skipped.setdefault(_page_key(url), (url, reason))

    def _on_site(self, url: str) -> bool:
        return _host_key(url) == self.host and _path_key(urlsplit(url).path).startswith(self.folder)

    def _allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's site lets this user agent fetch it (robots.txt is fetched once a site)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self.robots:
            self.robots[site] = self._robots(site)
        return self.robots[site].can_fetch(self.fetcher.user_agent, url)

    def _robots(self, site: str) -> RobotFileParser:
        """robots.txt as ``urllib.robotparser`` reads it: 401 and 403 forbid everything, other 4xx allow everything."""
        rules = RobotFileParser(f"{site}/robots.txt")
        response = self.fetcher.answer(f"{site}/robots.txt")
        if response.status in (401, 403):
            rules.parse(_DISALLOW_ALL)
        elif 400 <= response.status < 500:
            rules.parse([])
        elif response.status != 200:
            self.fetcher.note(f"{site}/robots.txt answered HTTP {response.status}: nothing is fetched from {site}")
            rules.parse(_DISALLOW_ALL)
        else:
            rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
            delay = rules.crawl_delay(self.fetcher.user_agent)
            if delay is not None and float(delay) > self.fetcher.pause:
                self.fetcher.pause = min(float(delay), 60.0)
                self.fetcher.note(f"{site}/robots.txt asks for {self.fetcher.pause:g} s between requests")
        return rules

    def _unique(self, relative: PurePosixPath, url: str) -> PurePosixPath:
        """``relative``, or ``name-2.html``… when another URL of this fetch is saved there already."""
        candidate, number = relative, 1
        while self.files.get(candidate, url) != url:
            number += 1
            candidate = relative.with_name(f"{relative.stem}-{number}{relative.suffix}")
        self.files[candidate] = url
        return candidate

    def _write_source_list(self) -> None:
        """``SOURCE.md``: where each saved page came from and when, merged with the list of earlier fetches."""
        from ..rdf.files import write_atomically

        listing = self.crawl.folder / "SOURCE.md"
        rows: dict[str, tuple[str, str]] = {}
        if listing.is_file():
            for match in _SOURCE_ROW.finditer(listing.read_text(encoding="utf-8")):
                rows[match["file"]] = (match["url"], match["day"])
        for page in self.crawl.saved:
            rows[page.path.relative_to(self.crawl.folder).as_posix()] = (page.url, page.fetched)
        lines = [
            f"# Pages saved from {self.host}",
            "",
            "Saved by `scholargraph fetch homepage URL`, each page as the server sent it, at the path",
            "its URL names. Fetch again with `--refresh` to replace them with the current pages.",
            "",
            "| URL | fetched | file |",
            "|---|---|---|",
            *(f"| <{url}> | {day} | `{file}` |" for file, (url, day) in sorted(rows.items())),
        ]
        write_atomically({listing: ("\n".join(lines) + "\n").encode()})


_DISALLOW_ALL = ["User-agent: *", "Disallow: /"]
_SOURCE_ROW = re.compile(r"^\| <(?P<url>[^>]+)> \| (?P<day>[\d-]+) \| `(?P<file>[^`]+)` \|$", re.MULTILINE)


def _links(body: bytes) -> tuple[str | None, list[tuple[str, str]]]:
    """A page's ``<base href>`` and its ``<a href>`` links with their text (images' alt text included).

    The page is decoded as the homepage reader decodes it and parsed by lxml, which reads any markup.
    """
    import lxml.html
    from lxml import etree

    from ..sources.homepage.html_page import decode

    try:
        parser = lxml.html.HTMLParser(encoding=decode(body)[1])
    except LookupError:  # an encoding Python knows and libxml2 does not: let libxml2 guess
        parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.document_fromstring(body, parser=parser)
    except (etree.ParserError, ValueError):  # nothing to parse
        return None, []
    bases = root.xpath("//base/@href")
    links = [
        (str(anchor.get("href")), " ".join(" ".join([anchor.text_content(), *anchor.xpath(".//img/@alt")]).split()))
        for anchor in root.iter("a")
        if anchor.get("href")
    ]
    return (str(bases[0]) if bases else None), links


def saved_path(url: str) -> PurePosixPath:
    """Where a page is saved, relative to its host's folder: its URL path, made safe.

    Each segment is decoded, then anything but letters, digits and ``.~+-_`` becomes ``_``;
    empty, ``.`` and ``..`` segments are dropped, a leading dot becomes ``_`` and long names
    are cut, so no URL can name a path outside the folder, a hidden file or an absolute path. A path that
    ends in ``/`` or has no extension is a folder (``index.html`` in it); one whose extension
    is not HTML gets ``.html`` added; a query becomes part of the file name.
    """
    parts = urlsplit(url)
    raw = parts.path.split("/")
    folders = [segment for segment in map(_safe_segment, raw[:-1]) if segment]
    last = _safe_segment(raw[-1])
    if not last or "." not in last.strip("."):
        folders += [last] if last else []
        stem, suffix = "index", ".html"
    else:
        stem, suffix = last.rsplit(".", 1)[0], "." + last.rsplit(".", 1)[1]
        if suffix.lower() not in _HTML_SUFFIXES:
            stem, suffix = last, ".html"
    if parts.query:
        stem = f"{stem}_{_safe_segment(parts.query)}"
    return PurePosixPath(*folders, f"{_shorten(stem, 200)}{suffix}")


def _safe_segment(segment: str) -> str:
    """A URL path segment as a file name: decoded, odd characters ``_``, no leading dot, at most 120 bytes."""
    text = _shorten(_UNSAFE.sub("_", unquote(segment)), 120)
    if text.strip(".") == "":
        return ""
    return "_" + text[1:] if text.startswith(".") else text


def _shorten(text: str, size: int) -> str:
    return text.encode()[:size].decode(errors="ignore")


def _web_address(base: str, href: str) -> str | None:
    """``href`` made absolute against ``base``, without its fragment; ``None`` unless it is a valid http(s) address."""
    try:
        link = urldefrag(urljoin(base.strip(), href.strip())).url
        host = _host_key(link)  # reads the port: ValueError when it is not a number
    except ValueError:
        return None
    return link if urlsplit(link).scheme in ("http", "https") and host else None


def _page_key(url: str) -> str:
    """What makes two URLs the same page: host and path, without ``index.html``, a trailing slash or the scheme."""
    parts = urlsplit(url)
    path = re.sub(r"/index\.html?$", "/", _path_key(parts.path)).rstrip("/")
    return f"{_host_key(url)}{path}" + (f"?{parts.query}" if parts.query else "")


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    host = (parts.hostname or "").lower()
    return host if parts.port in (None, default) else f"{host}:{parts.port}"


def _path_key(path: str) -> str:
    """A URL path decoded, so ``/%7Euser/`` and ``/~user/`` compare equal."""
    return unquote(path) or "/"


def _folder(url: str) -> str:
    """The folder the crawl keeps to: the start page's (``/~user/`` for ``/~user/`` and ``/~user/index.html``)."""
    path = _path_key(urlsplit(url).path)
    return path[: path.rfind("/") + 1]


def _names_a_section(text: str) -> bool:
    words = re.sub(r"[/_.\-]+", " ", text)
    return _SECTION_LINK.search(words) is not None or any(word in text for word in _CJK_SECTION_WORDS)


def _content_type(response: Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _is_html(response: Response) -> bool:
    """HTML by its content type, or, when the server gives none, by how the body starts."""
    kind = _content_type(response)
    if kind:
        return kind in _HTML_TYPES
    return response.body[:1024].lstrip().lower().startswith((b"<!doctype html", b"<html"))


def _fetched_day(response: Response, now: float) -> str:
    """The day the answer was fetched: its ``Date`` header (a cached answer's says when it was cached), else today."""
    try:
        return parsedate_to_datetime(response.headers["date"]).astimezone(UTC).date().isoformat()
    except (KeyError, TypeError, ValueError):
        return datetime.fromtimestamp(now, UTC).date().isoformat()
