"""``scholargraph site`` (and ``build`` with ``[publish] site = true``): every IRI the graph mints has its five
documents, every internal link resolves, pages are escaped, the base IRI of scholargraph.toml mints every IRI,
and the conneg configuration, run by real nginx and Apache, answers every kind of IRI in every format."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import rdflib
from rdflib.compare import isomorphic

from conftest import HOMEPAGE, Cli
from linked_data_project import BASE, make_project, minted_iris

BIBO = rdflib.Namespace("http://purl.org/ontology/bibo/")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
SG = rdflib.Namespace("https://w3id.org/scholargraph/ns#")
ENTITY_CLASSES = [FOAF.Person, BIBO.Document, FOAF.Organization, SG.VenueSeries, BIBO.Conference, BIBO.Journal]
RDF_FILES = {".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt", ".rdf": "xml"}
EXAMPLE_BASE = "https://example.org/"
INJECTED = "<script>alert('title')</script>"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name] or "")
        if tag == "script":
            self.scripts.append(values.get("type") or "")


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def project(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = HOMEPAGE.read_text(encoding="utf-8").replace(
        "Meta-Transfer Learning for Few-Shot Learning", f"Meta {INJECTED} Learning"
    )
    root = make_project(tmp_path_factory.mktemp("site"), cli, text)
    result = cli("site", "-C", str(root))
    assert result.exit_code == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def site(project: Path) -> Path:
    return project / "build" / "site"


@pytest.fixture(scope="module", params=["project", "published_example"])
def any_site(request: pytest.FixtureRequest) -> tuple[Path, str]:
    """Each site with its base IRI: the two-source project's (by ``site``) and the bundled example's (by ``build``)."""
    root: Path = request.getfixturevalue(request.param)
    return root / "build" / "site", BASE if request.param == "project" else EXAMPLE_BASE


@pytest.fixture(scope="module")
def union(project: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in rdflib.Dataset().parse(project / "build" / "graph.trig", format="trig").quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def test_every_entity_is_under_the_base(union: rdflib.Graph) -> None:
    entities = {s for cls in ENTITY_CLASSES for s in union.subjects(rdflib.RDF.type, cls)}
    assert len(entities) > 200 and all(str(entity).startswith(BASE) for entity in entities)


def test_every_minted_iri_has_its_five_documents(any_site: tuple[Path, str]) -> None:
    """All of them: each page names its IRI, each RDF document parses and describes it; no page for anything else."""
    site, base = any_site
    project = site.parent.parent
    iris = minted_iris(project, base)
    kinds = {iri[len(base) :].split("/")[0] for iri in iris}
    assert len(iris) > 700 and {"award", "course", "service", "supervision", "talk", "work"} <= kinds
    for iri in iris:
        path = site / iri[len(base) :]
        page = path.with_name(path.name + ".html").read_text(encoding="utf-8")
        assert f'<div class="iri">{html.escape(iri)}</div>' in page
        for suffix, parser in RDF_FILES.items():
            graph = rdflib.Graph().parse(path.with_name(path.name + suffix), format=parser)
            node = rdflib.URIRef(iri)
            assert (node, None, None) in graph or (None, None, node) in graph, f"{iri}{suffix} says nothing about it"
    pages = [p for p in site.rglob("*.html") if p.name != "index.html"]
    assert len(pages) == len(iris)


def test_a_dependent_node_is_described_with_its_parent(site: Path) -> None:
    """An authorship's page links its work; its RDF carries the labels of what it links to; the work lists its parts."""
    authorship = next((site / "work").glob("meta-script-alert-title-script-learning*/authorship/1.html"))
    work = authorship.parent.parent.name
    text = authorship.read_text(encoding="utf-8")
    assert "<h2>Part of</h2>" in text and f'<a href="../../{work}.html">' in text
    graph = rdflib.Graph().parse(authorship.with_suffix(".ttl"), format="turtle")
    names = {str(name) for name in graph.objects(None, FOAF.name)}
    assert len(names) == 1  # the author's name, though the authorship only links the person
    work_page = (site / "work" / f"{work}.html").read_text(encoding="utf-8")
    assert "<h2>Parts</h2>" in work_page and f'href="{work}/authorship/1.html"' in work_page


def test_every_internal_link_resolves(any_site: tuple[Path, str]) -> None:
    site, base = any_site
    checked = 0
    for page in site.rglob("*.html"):
        for link in _parse(page).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                assert parts.scheme in ("http", "https", "mailto"), link
                assert not link.startswith(base), f"{page}: {link} points into the site by absolute IRI"
                continue
            assert (page.parent / parts.path).resolve().is_file(), f"{page}: {link} does not resolve"
            checked += 1
    assert checked > 2000


def test_turtle_and_jsonld_of_an_entity_say_the_same(site: Path, union: rdflib.Graph) -> None:
    person = rdflib.URIRef(f"{BASE}person/qianru-sun")
    turtle = rdflib.Graph().parse(site / "person" / "qianru-sun.ttl", format="turtle")
    jsonld = rdflib.Graph().parse(site / "person" / "qianru-sun.jsonld", format="json-ld")
    assert isomorphic(turtle, jsonld)
    assert set(turtle.triples((person, None, None))) == set(union.triples((person, None, None)))
    assert set(turtle.triples((None, None, person))) == set(union.triples((None, None, person)))


def test_work_files_carry_the_ranked_authorships(site: Path) -> None:
    work = next((site / "work").glob("meta-script-alert-title-script-learning*.ttl"))
    graph = rdflib.Graph().parse(work, format="turtle")
    vivo = rdflib.Namespace("http://vivoweb.org/ontology/core#")
    ranks = sorted(int(rank) for rank in graph.objects(None, vivo.rank))
    assert ranks == [1, 2, 3, 4]


def test_person_page_links_coauthors_and_students(site: Path) -> None:
    page = site / "person" / "qianru-sun.html"
    links = set(_parse(page).links)
    assert "yaoyao-liu.html" in links  # her student and co-author, by the homepage
    assert "bernt-schiele.html" in links
    assert any(link.startswith("../work/") for link in links)
    text = page.read_text(encoding="utf-8")
    assert "<h2>Students</h2>" in text and "<h2>Co-authors</h2>" in text


def test_person_pages_give_each_supervision_its_kind_role_and_period(site: Path) -> None:
    """A supervisor's page lists each student with the kind of supervision (as the shipped ``supervision`` query
    says), the role and period the source wrote; the student's page the supervisor, the same way (the homepage:
    "Yaoyao Liu, PhD student, 2018–2022", "Xin Zhao, Visiting, 2021-06–2022-05")."""

    def rows(page: str, heading: str) -> list[str]:
        text = (site / "person" / page).read_text(encoding="utf-8")
        table = text.split(f"<h2>{heading}</h2>", 1)[1].split("</table>", 1)[0]
        return [" | ".join(re.findall(r">([^<>]+)<", row)) for row in table.split("<tr")[1:]]

    students = rows("qianru-sun.html", "Students")
    assert "Yaoyao Liu | PhD | PhD student | 2018–2022" in students
    assert "Xin Zhao | visit | Visiting | 2021-06–2022-05" in students
    assert rows("yaoyao-liu.html", "Supervisors") == [
        "Bernt Schiele | PhD | PhD student (co-supervision) | 2018–2022",
        "Qianru Sun | PhD | PhD student | 2018–2022",
    ]


def test_injected_markup_is_shown_as_text(site: Path) -> None:
    for page in [
        next((site / "work").glob("meta-script-alert-title-script-learning*.html")),
        site / "person" / "qianru-sun.html",
    ]:
        text = page.read_text(encoding="utf-8")
        assert INJECTED not in text
        assert "&lt;script&gt;alert(" in text or "\\u003cscript>alert(" in text
        assert _parse(page).scripts in ([], ["application/ld+json"])


def test_schema_org_markup_is_embedded_and_cannot_close_its_script(site: Path) -> None:
    text = (site / "person" / "qianru-sun.html").read_text(encoding="utf-8")
    start = text.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    markup = json.loads(text[start : text.index("</script>", start)])
    assert markup["@type"] == "Person" and markup["name"] == "Qianru Sun"


def test_index_lists_every_kind_and_the_dumps(site: Path, union: rdflib.Graph) -> None:
    links = _parse(site / "index.html").links
    people = set(union.subjects(rdflib.RDF.type, FOAF.Person))
    assert len([link for link in links if link.startswith("person/")]) == len(people)
    assert {"dump/graph.nq", "dump/graph.ttl", "void.ttl"} <= set(links)
    dump = rdflib.Graph().parse(site / "dump" / "graph.ttl", format="turtle")
    assert isomorphic(dump, union)


def test_apache_configuration_names_the_base_path(site: Path) -> None:
    htaccess = (site / ".htaccess").read_text()
    assert "RewriteBase /kg/" in htaccess
    kinds = "award|collaboration|course|dataset|degree|org|person|position|service|source|supervision|talk|venue|visit|work"
    assert f"RewriteRule ^((?:{kinds})/[^.]+)$ $1.ttl [R=303,L]" in htaccess


NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_CONFIG = """daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include /etc/nginx/mime.types;
    include {site}/nginx-map.conf;
    server {{
        listen 127.0.0.1:{port};
        root {tmp}/www;
        include {site}/nginx-locations.conf;
    }}
}}
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _check_conneg(port: int, error_log: Path, site: Path) -> None:
    """A web server on ``port`` publishing the site at /kg/ answers a person's, an event's and an authorship's IRI
    (one with a folder of the same name beside its files) with a 303 by Accept, in all five formats."""
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    opener = urllib.request.build_opener(_NoRedirect)
    authorship = next((site / "work").glob("*/authorship/1.html")).relative_to(site).with_suffix("").as_posix()
    for path in ("person/qianru-sun", "venue/cvpr", authorship):
        for accept, suffix, media in (
            ("text/turtle", ".ttl", "text/turtle"),
            ("application/ld+json", ".jsonld", "application/ld+json"),
            ("application/n-triples", ".nt", "application/n-triples"),
            ("application/rdf+xml", ".rdf", "application/rdf+xml"),
            ("text/html,application/xhtml+xml,*/*;q=0.8", ".html", "text/html"),
        ):
            iri = f"http://127.0.0.1:{port}/kg/{path}"
            try:
                opener.open(urllib.request.Request(iri, headers={"Accept": accept}), timeout=10)
                raise AssertionError(f"no redirect for {path}")
            except urllib.error.HTTPError as error:
                assert error.code == 303, error_log.read_text() if error_log.exists() else error
                location = error.headers["Location"]
            assert location.endswith(f"/kg/{path}{suffix}")
            with urllib.request.urlopen(urllib.parse.urljoin(iri, location), timeout=10) as response:
                assert response.headers["Content-Type"].startswith(media)
                body = response.read()
            if suffix in RDF_FILES:
                graph = rdflib.Graph().parse(data=body, format=RDF_FILES[suffix])
                assert (rdflib.URIRef(f"{BASE}{path}"), None, None) in graph
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/kg/index.html", timeout=10) as response:
        assert response.status == 200


@pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed; run tests/install-system-deps")
def test_nginx_answers_entity_iris_with_303_by_accept(site: Path, tmp_path: Path) -> None:
    """The generated nginx configuration, run by a real nginx on loopback with the site published at /kg/."""
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "kg").symlink_to(site)
    port = _free_port()
    config = tmp_path / "nginx.conf"
    config.write_text(NGINX_CONFIG.format(tmp=tmp_path, site=site, port=port))
    process = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", str(config), "-e", str(tmp_path / "error.log")])
    try:
        _check_conneg(port, tmp_path / "error.log", site)
    finally:
        process.terminate()
        process.wait(timeout=10)


APACHE = "/usr/sbin/apache2"
APACHE_CONFIG = """ServerRoot {root}
PidFile {root}/httpd.pid
ErrorLog {root}/error.log
Listen 127.0.0.1:{port}
ServerName 127.0.0.1
{user}
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule mime_module {modules}/mod_mime.so
LoadModule rewrite_module {modules}/mod_rewrite.so
LoadModule dir_module {modules}/mod_dir.so
TypesConfig /etc/mime.types
DocumentRoot {root}/www
<Directory {root}/www>
    AllowOverride {overrides}
    Require all granted
</Directory>
"""


@pytest.mark.skipif(not Path(APACHE).exists(), reason="Apache is not installed; run tests/install-system-deps")
def test_apache_answers_entity_iris_with_303_by_accept(site: Path) -> None:
    """The generated .htaccess, run by a real Apache on loopback with the overrides its first line asks for."""
    overrides = re.search(r"AllowOverride ([^)]+)\)", (site / ".htaccess").read_text()).group(1)  # type: ignore[union-attr]
    root = Path(tempfile.mkdtemp(prefix="scholargraph-apache-"))  # readable by Apache's own user, unlike pytest's folders
    try:
        root.chmod(0o755)
        shutil.copytree(site, root / "www" / "kg")
        port = _free_port()
        user = "User nobody\nGroup nogroup" if os.geteuid() == 0 else ""
        config = APACHE_CONFIG.format(root=root, port=port, user=user, modules="/usr/lib/apache2/modules", overrides=overrides)
        (root / "httpd.conf").write_text(config)
        process = subprocess.Popen([APACHE, "-f", str(root / "httpd.conf"), "-DFOREGROUND"])
        try:
            _check_conneg(port, root / "error.log", site)
        finally:
            process.terminate()
            process.wait(timeout=10)
    finally:
        shutil.rmtree(root, ignore_errors=True)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def test_a_failed_site_run_keeps_the_previous_site(cli: Cli, project: Path, site: Path) -> None:
    before = (site / "index.html").read_bytes()
    result = cli("site", "-C", str(project), "--graph", str(project / "missing.trig"))
    assert result.exit_code == 2 and "missing.trig" in result.stderr
    assert (site / "index.html").read_bytes() == before


def test_publish_site_is_true_or_false(tmp_path: Path) -> None:
    from scholargraph.errors import ConfigError
    from scholargraph.pipeline.project import Project

    (tmp_path / "scholargraph.toml").write_text('[publish]\ntitle = "Lab"\nsite = true\n', encoding="utf-8")
    project = Project.load(tmp_path)
    assert project.site and project.publish == {"title": "Lab"}
    (tmp_path / "scholargraph.toml").write_text('[publish]\nsite = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="site = true or false"):
        Project.load(tmp_path)


def test_rendering_a_site_counts_every_entity_and_says_how_far_it_is(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each entity rendered is counted; a long rendering says "k of N pages" with the time left (here after each)."""
    from scholargraph.pipeline import progress
    from scholargraph.publish.site import render_site
    from scholargraph.rdf.vocab import Minter
    from scholargraph.stores import read_quads

    quads = list(read_quads(project / "build" / "graph.trig"))
    steps: list[tuple[int, int]] = []
    render_site(quads, Minter(BASE), step=lambda done, total: steps.append((done, total)))
    total = steps[-1][1]
    assert total > 100 and steps == [(done, total) for done in range(1, total + 1)]
    monkeypatch.setattr(progress, "EVERY", 0.0)
    said: list[str] = []
    render_site(quads, Minter(BASE), step=progress.stepper(said.append, "rendering", "pages"))
    assert len(said) == total - 1 and re.fullmatch(rf"  rendering: 1 of {total:,} pages \(\d+%\), .+ left", said[0]), said[0]
