"""The homepage crawler against a real HTTP server on loopback, through the real ``UrllibTransport``.

The server serves the hand-made site in ``tests/data/homepage-crawl/site`` (one file per case,
listed in its ``SOURCE.md``) with copies of the real pages in ``tests/data/homepage-html/yaoyao-liu``
where the real site has them, and logs every request, so the tests can say what was never asked for.
"""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath

import pytest

from conftest import Cli
from scholargraph.errors import FetchError
from scholargraph.fetch.homepage import fetch_homepage, saved_path
from scholargraph.fetch.records import Fetcher, UrllibTransport
from scholargraph.pipeline.project import Project

DATA = Path(__file__).resolve().parent / "data"
SITE = DATA / "homepage-crawl" / "site"
YAOYAO = DATA / "homepage-html" / "yaoyao-liu"


@dataclass
class Server:
    """A site served on loopback: its root URL, the folder served, and the paths asked for, in order."""

    url: str
    root: Path
    requests: list[str]


def serve(root: Path) -> Iterator[Server]:
    requests: list[str] = []

    class Handler(SimpleHTTPRequestHandler):
        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            requests.append(self.path)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_address[1]}/", root, requests)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Server]:
    root = tmp_path / "served"
    shutil.copytree(SITE, root)
    for page in ("publications", "research-group"):
        (root / page).mkdir()
        shutil.copy(YAOYAO / f"{page}.html", root / page / "index.html")
    yield from serve(root)


def fetcher(cache: Path | None = None) -> Fetcher:
    return Fetcher(UrllibTransport(timeout=10), cache=cache, retries=0)


def saved_files(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def reasons(skipped: dict[str, tuple[str, str]], base: str) -> dict[str, str]:
    return {url.removeprefix(base): reason for url, reason in skipped.values()}


def test_the_homepage_and_its_section_pages_are_saved_as_served(site: Server, tmp_path: Path) -> None:
    crawl = fetch_homepage(fetcher(), site.url, tmp_path / "data")
    folder = tmp_path / "data" / site.url.split("/")[2].replace(":", "_")
    assert crawl.folder == folder
    pages = ["index.html", "publications/index.html", "research-group/index.html", "research/index.html", "old-publications.html"]
    pages.append("research/group/index.html")  # depth 2, found on research/
    assert [page.path.relative_to(folder).as_posix() for page in crawl.saved] == pages
    assert saved_files(folder) == {*pages, "SOURCE.md"}
    for page in pages:
        assert (folder / page).read_bytes() == (site.root / page).read_bytes(), page
    assert (folder / "publications/index.html").read_bytes() == (YAOYAO / "publications.html").read_bytes()
    skipped = reasons(crawl.skipped, site.url)
    assert skipped["drafts/publications.html"] == "robots"
    assert skipped["https://scholar.google.com/citations?user=AAAAAAAAAAAA"] == "off-site"
    assert skipped["http://publications.example.org/ada/"] == "off-site"
    assert skipped["cv.pdf"] == skipped["photo.jpg"] == skipped["awards"] == "not HTML"
    assert skipped["teaching/"] == skipped["services/"] == "failed"  # 404s; the real pages link ../services/ too
    assert skipped["blog/"] == "not a section"
    assert skipped["research/group/members/"] == "limit"  # depth 3, through the group page's <base href>
    asked = site.requests
    assert asked.count("/robots.txt") == 1
    assert asked.count("/") == 1 and asked.count("/publications/") == 1  # loops and duplicate links fetched once
    assert not {"/drafts/publications.html", "/cv.pdf", "/photo.jpg", "/blog/", "/research/group/members/"} & set(asked)
    off_site = list(skipped.values()).count("off-site")  # the real pages link scholar, GitHub, arXiv…
    summary = f"saved 6 pages in {folder}; skipped: {off_site} off-site, 1 robots, 3 not HTML, 1 limit, 1 not a section, 2 failed"
    assert crawl.summary() == summary
    listing = (folder / "SOURCE.md").read_text()
    assert f"| <{site.url}> |" in listing and "| `index.html` |" in listing
    assert f"| <{site.url}research-group> |" in listing and "`research-group/index.html`" in listing


def test_depth_all_and_the_page_limit(site: Server, tmp_path: Path) -> None:
    deep = fetch_homepage(fetcher(), site.url, tmp_path / "deep", depth=3, every_page=True)
    saved = {page.path.relative_to(deep.folder).as_posix() for page in deep.saved}
    assert {"research/group/members/index.html", "blog/index.html"} <= saved
    assert "not a section" not in reasons(deep.skipped, site.url).values()
    flat = fetch_homepage(fetcher(), site.url, tmp_path / "flat", depth=0)
    assert [page.path.name for page in flat.saved] == ["index.html"]
    assert reasons(flat.skipped, site.url)["publications/"] == "limit"
    few = fetch_homepage(fetcher(), site.url, tmp_path / "few", max_pages=2)
    assert len(few.saved) == 2 and len(saved_files(few.folder)) == 3  # and SOURCE.md
    assert list(reasons(few.skipped, site.url).values()).count("limit") >= 3


def test_robots_txt_forbids_a_start_page_and_a_missing_one_allows_all(site: Server, tmp_path: Path) -> None:
    with pytest.raises(
        FetchError, match=r"drafts/publications\.html: robots\.txt of 127\.0\.0\.1:\d+ does not allow scholargraph/"
    ):
        fetch_homepage(fetcher(), f"{site.url}drafts/publications.html", tmp_path)
    assert site.requests == ["/robots.txt"]
    (site.root / "robots.txt").unlink()
    crawl = fetch_homepage(fetcher(), f"{site.url}drafts/publications.html", tmp_path)
    assert [page.url for page in crawl.saved] == [f"{site.url}drafts/publications.html"]
    assert crawl.saved[0].path == crawl.folder / "drafts" / "publications.html"


def test_a_personal_folder_keeps_the_crawl_inside_it(tmp_path: Path) -> None:
    root = tmp_path / "served"
    (root / "~ada").mkdir(parents=True)
    (root / "~bo").mkdir()
    (root / "~ada" / "index.html").write_text('<a href="pubs.html">Publications</a> <a href="/~bo/">Bo\'s group</a>')
    (root / "~ada" / "pubs.html").write_text("<h2>Publications</h2>")
    (root / "~bo" / "index.html").write_text("<h2>Group</h2>")
    for server in serve(root):
        crawl = fetch_homepage(fetcher(), f"{server.url}%7Eada/", tmp_path / "data")
        assert [page.path.relative_to(crawl.folder).as_posix() for page in crawl.saved] == ["~ada/index.html", "~ada/pubs.html"]
        assert reasons(crawl.skipped, server.url) == {"~bo/": "off-site"}
        assert "/~bo/" not in server.requests


def test_links_are_read_from_broken_markup_in_any_encoding(tmp_path: Path) -> None:
    root = tmp_path / "served"
    root.mkdir()
    home = '<meta charset="gb2312"><title>李华</title><![OCTYPE broken]> <a href="lunwen.html">论文</a> <a href="x.html">博客</a>'
    (root / "index.html").write_bytes(home.encode("gb2312"))
    (root / "lunwen.html").write_text("<h2>Publications</h2>")
    (root / "x.html").write_text("<p>blog</p>")
    for server in serve(root):
        crawl = fetch_homepage(fetcher(), server.url, tmp_path / "data")
        assert [page.path.name for page in crawl.saved] == ["index.html", "lunwen.html"]
        assert reasons(crawl.skipped, server.url) == {"x.html": "not a section"}


def test_a_second_fetch_is_answered_from_the_cache(site: Server, tmp_path: Path) -> None:
    first = fetch_homepage(fetcher(tmp_path / "cache"), site.url, tmp_path / "one")
    asked = len(site.requests)
    again = fetcher(tmp_path / "cache")
    second = fetch_homepage(again, site.url, tmp_path / "two")
    assert len(site.requests) == asked + 2  # only teaching/ and services/, which answered 404 and were not kept
    assert [page.path.name for page in second.saved] == [page.path.name for page in first.saved]
    assert [page.fetched for page in second.saved] == [page.fetched for page in first.saved]
    assert reasons(second.skipped, site.url) == reasons(first.skipped, site.url)  # content types were cached too
    assert all("from the cache" in note for note in again.notes if "404" not in note)


@pytest.mark.parametrize(
    "url",
    [
        "http://h/../../etc/passwd",
        "http://h/%2e%2e/%2e%2e/etc/passwd",
        "http://h/a/..%2f..%2f..%2fetc%2fpasswd",
        "http://h/a%5c..%5c..%5cb.html",
        "http://h//etc/passwd",
        "http://h/C:/Windows/win.ini",
        "http://h/.git/config",
        "http://h/%00/x%00y.html",
        "http://h/a/./b/../c.htm?q=../../x",
        "http://h/" + "x" * 300,
        "http://h/" + "é" * 200 + "/" + "ü" * 200 + ".html?" + "q" * 300,
    ],
)
def test_no_url_is_saved_outside_its_folder(url: str, tmp_path: Path) -> None:
    relative = saved_path(url)
    assert not relative.is_absolute() and relative.parts
    assert all(part not in ("", ".", "..") and not part.startswith(".") and "\\" not in part for part in relative.parts)
    assert all(len(part.encode()) < 255 and "\0" not in part and ":" not in part for part in relative.parts)
    assert (tmp_path / relative).resolve().is_relative_to(tmp_path.resolve())
    assert relative.suffix in (".html", ".htm")


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("http://h", "index.html"),
        ("http://h/", "index.html"),
        ("http://h/pubs/", "pubs/index.html"),
        ("http://h/pubs", "pubs/index.html"),
        ("http://h/~ada/pubs.htm", "~ada/pubs.htm"),
        ("http://h/%7Eada/cv.php", "~ada/cv.php.html"),
        ("http://h/index.php?page=people&lang=en", "index.php_page_people_lang_en.html"),
        ("http://h/pubs/?year=2024", "pubs/index_year_2024.html"),
        ("http://h/gruppe/mitglieder%20und%20g%C3%A4ste.html", "gruppe/mitglieder_und_gäste.html"),
    ],
)
def test_the_saved_path_mirrors_the_url(url: str, path: str) -> None:
    assert saved_path(url) == PurePosixPath(path)


def test_a_served_link_that_climbs_out_stays_inside(site: Server, tmp_path: Path) -> None:
    out = tmp_path / "data"
    fetch_homepage(fetcher(), site.url, out)
    assert all(path.resolve().is_relative_to(out.resolve()) for path in tmp_path.rglob("*") if "served" not in path.parts)
    assert not (tmp_path / "old-publications.html").exists()


def test_cli_saves_the_site_and_says_what_the_build_reads(cli: Cli, site: Server, tmp_path: Path) -> None:
    command = ["fetch", "homepage", site.url, "-C", str(tmp_path), "--delay", "0", "--cache", str(tmp_path / "cache")]
    result = cli(*command)
    assert result.exit_code == 0, result.output
    folder = tmp_path / "data" / site.url.split("/")[2].replace(":", "_")
    assert f"saved {site.url} → {folder / 'index.html'}" in result.stdout
    assert result.stdout.count("saved http") == 6
    assert f"saved 6 pages in {folder}; skipped: " in result.stderr and "1 robots, 3 not HTML, 1 limit" in result.stderr
    assert f"read {folder}: " in result.stderr and " works" in result.stderr
    # the research page holds no publication or person the reader knows: the user is told which, and how to look
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert any(str(folder / "research" / "index.html") in w and "scholargraph inspect" in w for w in warnings), warnings
    sources = Project.load(tmp_path).source_files()
    assert {source.kind for source in sources} == {"homepage-html"}
    assert len(sources) == 6  # every saved page, and not SOURCE.md


def test_cli_errors_name_the_url_and_exit_2(cli: Cli, site: Server, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    cases = [
        (f"{site.url}nobody/", f"{site.url}nobody/ answered 404 Not Found; check the address"),
        (f"{site.url}awards", f"{site.url}awards is not an HTML page (application/octet-stream)"),
        (f"{site.url}cv.pdf", f"{site.url}cv.pdf is not an HTML page"),
        ("ftp://example.org/", "'ftp://example.org/' is not a web address"),
        (closed, f"cannot fetch the homepage {closed}: cannot reach 127.0.0.1:"),
    ]
    for url, message in cases:
        result = cli("fetch", "homepage", url, "-C", str(tmp_path), "--delay", "0", "--cache", str(tmp_path / "cache"))
        assert result.exit_code == 2, (url, result.output)
        assert isinstance(result.exception, SystemExit)  # a message, not a traceback
        assert message in result.stderr, (url, result.stderr)
    assert not (tmp_path / "data").exists()
    misuse = cli("fetch", "orcid", "0000-0002-1825-0097", "--depth", "1")
    assert misuse.exit_code == 2 and "--depth: only for fetch homepage" in misuse.stderr
