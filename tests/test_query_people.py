"""What every command agrees on: one person lookup, and one meaning per option name.

``query`` person parameters, ``viz --person`` and ``export --schema-org --person`` find the
same person from a name, a part of one, an ORCID iD in any form or a dblp pid, and a typo
gets the closest names. ``--store``, ``--graph`` and ``--source`` mean one thing in every
command; the old spellings (``query --db``, ``export --from``, ``export --graph SOURCE``) keep
working and say what to write instead. The people, iDs and pids were read off the fixtures
(tests/data/dblp/person-pid.xml, tests/data/orcid/record-3.0.xml) by hand.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from conftest import ROOT, run_cli
from scholargraph.errors import PersonError
from scholargraph.query.people import choose_person, find_person
from scholargraph.stores.oxigraph import OxigraphStore

DATA = Path(__file__).resolve().parent / "data"
PERSON = "https://example.org/person/"
BORSTLER = ("Jürgen Börstler", "jurgen-borstler")  # ORCID iD 0000-0003-0639-4234, in the dblp record
ERIKSSON = ("Magnus Eriksson", "magnus-eriksson")  # dblp pid 00/0002


cli = run_cli


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built project of a dblp person record and an ORCID record: people with ORCID iDs and dblp pids."""
    project = tmp_path_factory.mktemp("registry")
    (project / "data").mkdir()
    for name in ("dblp/person-pid.xml", "orcid/record-3.0.xml"):
        shutil.copy(DATA / name, project / "data")
    result = cli("build", "-C", project, "-q", "--allow-violations")
    assert result.exit_code == 0, result.output
    return project


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example's graph file."""
    out = tmp_path_factory.mktemp("example")
    result = cli("build", "-C", ROOT, "--out", out, "-q", "--allow-violations")
    assert result.exit_code == 0, result.output
    return out / "graph.trig"


def schema_org_person(graph: Path, person: str) -> tuple[str, str]:
    result = cli("export", "--graph", graph, "--schema-org", "--person", person)
    assert result.exit_code == 0, result.stderr
    people = [node for node in json.loads(result.stdout)["@graph"] if node["@type"] == "Person"]
    assert len(people) == 1
    return people[0]["@id"], people[0]["name"]


def viz_centre(graph: Path, person: str, page: Path) -> str:
    result = cli("viz", "--graph", graph, "--person", person, "--out", page)
    assert result.exit_code == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    return text.split("Only ", 1)[1].split(" and their co-authors are shown.", 1)[0]


def person_works(graph: Path, person: str) -> str:
    result = cli("query", "person-works", "--graph", graph, "--format", "csv", "-p", f"person={person}")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_part_of_a_name_is_the_same_person_in_viz_export_and_query(example: Path, tmp_path: Path) -> None:
    assert schema_org_person(example, "Sun") == (f"{PERSON}qianru-sun", "Qianru Sun")
    assert viz_centre(example, "Sun", tmp_path / "sun.html") == "Qianru Sun"
    works = person_works(example, "Sun")
    assert works == person_works(example, "Qianru Sun") and len(works.splitlines()) > 30


@pytest.mark.parametrize(
    ("identifier", "person"),
    [
        *((orcid, BORSTLER) for orcid in ("0000-0003-0639-4234", "https://orcid.org/0000-0003-0639-4234", "0000000306394234")),
        *((pid, ERIKSSON) for pid in ("00/0002", "https://dblp.org/pid/00/0002.html", "dblp.org/pid/00/0002")),
    ],
)
def test_an_orcid_id_or_dblp_pid_in_any_form_finds_the_person(
    registry: Path, tmp_path: Path, identifier: str, person: tuple[str, str]
) -> None:
    graph = registry / "build" / "graph.trig"
    name, slug = person
    assert schema_org_person(graph, identifier) == (f"{PERSON}{slug}", name)
    assert viz_centre(graph, identifier, tmp_path / "page.html") == name
    assert person_works(graph, identifier) == person_works(graph, name)


@pytest.mark.parametrize(
    "command",
    [
        ["viz", "--person", "Magnus Erikson"],
        ["export", "--schema-org", "--person", "Magnus Erikson"],
        ["query", "person-works", "-p", "person=Magnus Erikson"],
    ],
)
def test_a_typo_gets_did_you_mean_in_every_command(registry: Path, command: list[str]) -> None:
    result = cli(*command, "--graph", registry / "build" / "graph.trig")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "nobody in the graph is named 'Magnus Erikson'" in result.stderr
    assert "did you mean 'Magnus Eriksson'?" in result.stderr


def test_the_lookup_prefers_a_whole_name_and_names_several_matches() -> None:
    people = [("p:1", "Bo Li"), ("p:2", "Bo Lin"), ("p:3", "Wei Wang"), ("p:4", "Wei Wang")]
    assert choose_person("bo li", people) == "p:1"  # a whole name, though it is also part of "Bo Lin"
    assert choose_person("p:2", people) == "p:2"
    assert choose_person("Lin", people) == "p:2"
    with pytest.raises(PersonError, match=r"'Wei Wang' matches 2 people \(Wei Wang <p:3>, Wei Wang <p:4>\)"):
        choose_person("Wei Wang", people)
    with pytest.raises(PersonError, match="'Bo' matches 2 people"):
        choose_person("Bo", people)
    with pytest.raises(PersonError, match="nobody in the graph is named 'Zed'; give a name as written"):
        choose_person("Zed", people)


def test_the_lookup_asks_the_store_for_people_only() -> None:
    store = OxigraphStore()
    rdf_type, foaf = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), "http://xmlns.com/foaf/0.1/"
    ada, lab = NamedNode("https://example.org/ada"), NamedNode("https://example.org/lab")
    store.add_quads(
        [
            Quad(ada, rdf_type, NamedNode(foaf + "Person")),
            Quad(ada, NamedNode(foaf + "name"), Literal("Ada Lovelace")),
            Quad(lab, rdf_type, NamedNode(foaf + "Organization")),
            Quad(lab, NamedNode(foaf + "name"), Literal("Lovelace Lab")),
        ]
    )
    assert find_person(store, "Lovelace") == ada  # the lab is no person
    assert find_person(store, f"<{ada.value}>") == ada
    with pytest.raises(PersonError, match=r"no person <https://example\.org/lab> in the graph"):
        find_person(store, lab.value)


# --- one meaning per option; the old spellings keep working ------------------------------


def test_query_db_is_store_oxigraph_path(registry: Path, tmp_path: Path) -> None:
    args = ("query", "people", "-C", registry, "--format", "csv")
    new = cli(*args, "--store", f"oxigraph:{tmp_path / 'new'}")
    old = cli(*args, "--db", tmp_path / "old")
    assert new.exit_code == old.exit_code == 0, old.stderr
    assert old.stdout == new.stdout and "Magnus Eriksson" in new.stdout
    assert "warning: --db is deprecated; write --store oxigraph:PATH" in old.stderr
    assert "deprecated" not in new.stderr
    both = cli(*args, "--db", tmp_path / "old", "--store", "memory")
    assert both.exit_code == 2 and "give one store" in both.stderr


def test_store_takes_one_kind_of_value_in_every_command(registry: Path) -> None:
    wrong = cli("query", "people", "-C", registry, "--store", "sqlite:x")
    assert wrong.exit_code == 2 and "oxigraph:PATH" in wrong.stderr
    memory = cli("query", "people", "-C", registry, "--store", "memory", "--format", "csv")
    assert memory.exit_code == 0 and memory.stdout == cli("query", "people", "-C", registry, "--format", "csv").stdout
    in_memory = cli("build", "-C", registry, "--store", "memory")
    assert in_memory.exit_code == 2 and "a build streams into oxigraph:PATH" in in_memory.stderr


def test_export_from_is_graph(registry: Path) -> None:
    graph = registry / "build" / "graph.trig"
    new = cli("export", "-C", registry, "--graph", graph, "--format", "nq")
    old = cli("export", "-C", registry, "--from", graph, "--format", "nq")
    assert new.exit_code == old.exit_code == 0, old.stderr
    assert old.stdout_bytes == new.stdout_bytes and new.stdout_bytes
    assert "warning: --from is deprecated; write --graph FILE" in old.stderr and "deprecated" not in new.stderr


def test_export_graph_source_is_source(registry: Path) -> None:
    new = cli("export", "-C", registry, "--source", "data/person-pid.xml", "--format", "nq")
    old = cli("export", "-C", registry, "--graph", "data/person-pid.xml", "--format", "nq")
    assert new.exit_code == old.exit_code == 0, old.stderr
    assert old.stdout_bytes == new.stdout_bytes
    assert new.stdout_bytes != cli("export", "-C", registry, "--format", "nq").stdout_bytes  # one source's graph only
    assert "warning: export --graph SOURCE is deprecated; write --source SOURCE" in old.stderr
    assert "deprecated" not in new.stderr
    with_from = cli("export", "-C", registry, "--from", registry / "build" / "graph.trig", "--graph", "data/person-pid.xml")
    assert with_from.exit_code == 0 and "write --source SOURCE" in with_from.stderr
