"""Identity resolution: one node per person and per work across sources, hints that settle look-alikes, dedupe.

Expected values are read off the inputs by hand: the homepage writes ``Zichen Tian`` at
lines 167 and 249 and ``Zicheng Tian`` at line 207, both with Zhaozheng Chen and Qianru
Sun; ``Lv Hui`` in the student list (line 163) and ``Hui Lv`` as an author (line 300).
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
import rdflib

from conftest import HOMEPAGE, Cli
from scholargraph.errors import ConfigError
from scholargraph.identity import Hints, resolve
from scholargraph.identity.aliases import organizations, venues
from scholargraph.model.records import (
    Identifier,
    IdentifierScheme,
    Origin,
    Period,
    Person,
    Position,
    Supervision,
    SupervisionKind,
    Work,
    WorkKind,
)

FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
BASE = "https://example.org/"
ORCID_SUN = Identifier(IdentifierScheme.ORCID, "0000-0003-2689-317X")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    shutil.copy(HOMEPAGE, tmp_path / "data" / "me.txt")
    return tmp_path


def _pairs(cli: Cli, project: Path) -> set[frozenset[str]]:
    result = cli("dedupe", "--format", "json", cwd=project)
    assert result.exit_code == 0, result.stderr
    return {frozenset(name["name"] for name in candidate["names"]) for candidate in json.loads(result.stdout)}


def _people(graph_file: Path) -> dict[str, set[str]]:
    """Each person node's foaf:name → the node's alternative labels."""
    graph = rdflib.Dataset(default_union=True)
    graph.parse(graph_file, format="trig")
    people: dict[str, set[str]] = {}
    for node, name in graph.subject_objects(FOAF.name):
        if (node, rdflib.RDF.type, FOAF.Person) in graph:
            people.setdefault(str(name), set()).update(str(label) for label in graph.objects(node, SKOS.altLabel))
    return people


# --- dedupe on the first homepage ---------------------------------------------------------


def test_dedupe_lists_the_two_look_alikes_of_the_homepage_with_evidence(cli: Cli, project: Path) -> None:
    result = cli("dedupe", "--format", "json", cwd=project)
    assert result.exit_code == 0, result.stderr
    candidates = {frozenset(n["name"] for n in c["names"]): c for c in json.loads(result.stdout)}
    assert set(candidates) == {frozenset({"Zicheng Tian", "Zichen Tian"}), frozenset({"Lv Hui", "Hui Lv"})}
    tian = candidates[frozenset({"Zicheng Tian", "Zichen Tian"})]
    assert {"Qianru Sun", "Zhaozheng Chen"} <= set(tian["shared_people"])
    written = {n["name"]: n["written_at"] for n in tian["names"]}
    assert written["Zicheng Tian"] == ["data/me.txt:206"]
    assert "data/me.txt:167" in written["Zichen Tian"]
    assert set(tian["settle"]) == {"identity.aliases", "identity.distinct"}


def test_dedupe_text_gives_the_lines_to_add(cli: Cli, project: Path) -> None:
    result = cli("dedupe", cwd=project)
    assert result.exit_code == 0
    assert "Lv Hui  ~  Hui Lv" in result.stdout
    assert '[identity.aliases]  "Lv Hui" = "Hui Lv"' in result.stdout
    assert '[identity.distinct] "Lv Hui" = ["Hui Lv"]' in result.stdout
    assert "2 pair(s) to settle" in result.stderr


def _settle(project: Path, table: str, line: str) -> None:
    with (project / "scholargraph.toml").open("a") as config:
        config.write(f"[identity.{table}]\n{line}\n")


def test_the_merge_line_dedupe_prints_makes_one_person(cli: Cli, project: Path) -> None:
    listed = json.loads(cli("dedupe", "--format", "json", cwd=project).stdout)
    (lv,) = [c for c in listed if {n["name"] for n in c["names"]} == {"Lv Hui", "Hui Lv"}]
    _settle(project, "aliases", lv["settle"]["identity.aliases"])
    assert _pairs(cli, project) == {frozenset({"Zicheng Tian", "Zichen Tian"})}
    assert cli("build", "-q", cwd=project).exit_code == 0
    people = _people(project / "build" / "graph.trig")
    assert "Lv Hui" not in people and people["Hui Lv"] == {"Lv Hui"}


def test_the_distinct_line_keeps_them_apart_and_off_the_list(cli: Cli, project: Path) -> None:
    _settle(project, "distinct", '"Zicheng Tian" = ["Zichen Tian"]')
    assert _pairs(cli, project) == {frozenset({"Lv Hui", "Hui Lv"})}
    build = cli("build", cwd=project)
    assert "Zicheng Tian" not in build.stderr and "'Lv Hui' and 'Hui Lv'" in build.stderr
    people = _people(project / "build" / "graph.trig")
    assert people["Zicheng Tian"] == set() and people["Zichen Tian"] == set()


def test_a_known_identifier_for_two_spellings_makes_one_person(cli: Cli, project: Path) -> None:
    (project / "scholargraph.toml").write_text(
        '[identity.identifiers]\n"Zichen Tian" = "orcid:0000-0002-1825-0097"\n"Zicheng Tian" = ["orcid:0000-0002-1825-0097"]\n'
    )
    assert _pairs(cli, project) == {frozenset({"Lv Hui", "Hui Lv"})}
    assert cli("build", "-q", cwd=project).exit_code == 0
    graph = (project / "build" / "graph.ttl").read_text()
    assert graph.count("<https://orcid.org/0000-0002-1825-0097>") >= 1
    people = _people(project / "build" / "graph.trig")
    assert people["Zichen Tian"] == {"Zicheng Tian"} and "Zicheng Tian" not in people


def test_a_hint_naming_nobody_is_reported_as_a_likely_typo(cli: Cli, project: Path) -> None:
    (project / "scholargraph.toml").write_text('base = "https://example.org/"\n\n')
    _settle(project, "aliases", '"Zichen Tain" = "Zicheng Tian"')  # lines 3 and 4
    build = cli("build", cwd=project)
    assert build.exit_code == 0
    assert 'scholargraph.toml:4: warning: [identity.aliases] names "Zichen Tain", which no source writes' in build.stderr


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("identity = 3\n", "'identity' must be a table"),
        ("[identity]\nalias = {}\n", "unknown setting(s) identity.alias"),
        ("[identity.aliases]\n'Lv Hui' = 3\n", '[identity.aliases] "Lv Hui": expected a name'),
        ("[identity.distinct]\n'Lv Hui' = []\n", '[identity.distinct] "Lv Hui": expected a list of names'),
        ("[identity.identifiers]\n'Qianru Sun' = 'orcid:12'\n", "'12' is not an ORCID iD"),
        ("[identity.identifiers]\n'Qianru Sun' = 'scopus:12'\n", "'scopus:12' is not 'scheme:value'"),
        ("sources = [3]\n", 'sources entry 1 (3) must be a path ("data/") or a table'),
        ("sources = ['data/', { kind = 'homepage' }]\n", "sources entry 2 ({'kind': 'homepage'}) must be a path"),
        ("sources = [{ path = 'data/', kinds = 'homepage' }]\n", "sources entry 1"),
        ("base = 3\n", "'base' must be an IRI in quotes"),
    ],
)
def test_bad_identity_hints_and_sources_name_the_key(cli: Cli, project: Path, config: str, message: str) -> None:
    (project / "scholargraph.toml").write_text(config)
    result = cli("dedupe", cwd=project)
    assert result.exit_code == 2
    assert "scholargraph.toml" in result.stderr and message in result.stderr


def test_hints_accept_an_orcid_page_and_venue_and_organization_names() -> None:
    hints = Hints.from_config(
        {
            "identifiers": {"Qianru Sun": "https://orcid.org/0000-0003-2689-317X"},
            "venues": {"Proc. Very Private Workshop": "CVPR", "SGW": "Some Great Workshop"},
            "organizations": {"Singapore Mgmt. Univ.": "Singapore Management University"},
        },
        "scholargraph.toml",
    )
    assert hints.identifiers["Qianru Sun"] == (ORCID_SUN,)
    venue_table, organization_table = venues(), organizations()
    hints.extend(venue_table, organization_table)
    known = venue_table.lookup("Proc. Very Private Workshop")
    assert known is not None and known.label == "CVPR"
    new = venue_table.lookup("SGW")
    assert new is not None and new.label == "Some Great Workshop"
    organization = organization_table.lookup("Singapore Mgmt. Univ.")
    assert organization is not None and organization.name == "Singapore Management University"
    with pytest.raises(ConfigError, match=r"scholargraph\.toml: 'identity\.aliases' must be a table"):
        Hints.from_config({"aliases": ["Lv Hui"]}, "scholargraph.toml")


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("NIPS", "NeurIPS"),
        ("IEEE/CVF CVPR", "CVPR"),
        ("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", "CVPR"),
        ("Advances in Neural Information Processing Systems 33", "NeurIPS"),
        ("T-PAMI", "TPAMI"),
        ("Medical Image Computing and Computer Assisted Intervention", "MICCAI"),
    ],
)
def test_venues_resolve_to_their_series(written: str, label: str) -> None:
    entry = venues().resolve(written)
    assert entry is not None and entry.label == label


# --- resolution on hand-built records -----------------------------------------------------


def _work(title: str, authors: tuple[str, ...], where: str, year: int | None = 2020, **fields: object) -> Work:
    path, _, line = where.partition(":")
    return Work(title=title, authors=authors, year=year, origin=Origin(path, int(line or 1)), **fields)  # type: ignore[arg-type]


def _resolve(*records: Work | Person, hints: Hints | None = None):  # type: ignore[no-untyped-def]
    return resolve(list(records), venues(), organizations(), hints)


def test_an_orcid_merges_spellings_that_share_nothing_else() -> None:
    resolution = _resolve(
        _work("Paper one about vision", ("Qianru Sun", "Bernt Schiele"), "a.bib:1", author_identifiers=((ORCID_SUN,), ())),
        _work("Paper two about language", ("SUN Qian-Ru", "Hanwang Zhang"), "b.bib:1"),
        _work("Paper three about graphs", ("Q. R. Sun", "Kaihua Tang"), "c.json:1", author_identifiers=((ORCID_SUN,), ())),
        _work("Paper four about trees", ("Qianru Sun",), "d.bib:1"),
    )
    assert resolution.person("Q. R. Sun").key == resolution.person("Qianru Sun").key == "qianru-sun"  # the ORCID
    assert resolution.person("SUN Qian-Ru").key == "qianru-sun"  # capitalized family name first, hyphen
    assert resolution.person("Q. R. Sun").name.display == "Qianru Sun"  # the spelling written most
    assert resolution.candidates == []


def test_names_without_latin_letters_stay_apart_unless_spelled_the_same() -> None:
    # regression: they all folded to no letters and were joined as "written alike"
    resolution = _resolve(_work("论文一", ("孙倩茹", "张汉旺"), "a.bib:1"), _work("论文二", ("孙倩茹",), "b.bib:1"))
    assert len({resolution.person(name).key for name in ("孙倩茹", "张汉旺")}) == 2
    assert resolution.candidates == []


def test_a_person_record_orcid_and_a_dblp_pid_chain_into_one_person() -> None:
    dblp = Identifier(IdentifierScheme.DBLP, "s/QianruSun")
    resolution = _resolve(
        Person("Qianru Sun", Origin("orcid.json", 1), identifiers=(ORCID_SUN, dblp)),
        _work("A paper", ("Q. Sun", "Someone Else"), "dblp.xml:10", author_identifiers=((dblp,), ())),
    )
    assert resolution.person("Q. Sun").key == "qianru-sun"


def test_different_orcids_keep_look_alikes_apart_and_say_why() -> None:
    other = Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097")
    hints = Hints(aliases={"Q. Sun": "Qianru Sun"})
    resolution = _resolve(
        _work("Paper one", ("Qianru Sun",), "a.bib:1", author_identifiers=((ORCID_SUN,),)),
        _work("Paper two", ("Q. Sun",), "b.bib:4", author_identifiers=((other,),)),
        hints=hints,
    )
    assert resolution.person("Q. Sun").key != resolution.person("Qianru Sun").key
    assert len(resolution.problems) == 1 and "different identifiers" in resolution.problems[0].message


def test_one_spelling_with_two_orcids_is_reported() -> None:
    other = Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097")
    resolution = _resolve(
        _work("Paper one", ("Wei Wang",), "a.bib:3", author_identifiers=((ORCID_SUN,),)),
        _work("Paper two", ("Wei Wang",), "b.bib:7", author_identifiers=((other,),)),
    )
    (problem,) = resolution.problems
    assert problem.origin == Origin("a.bib", 3) and "different orcid identifiers" in problem.message


def test_initials_written_for_two_orcids_do_not_chain_two_people() -> None:
    other = Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097")
    resolution = _resolve(
        _work("Paper one", ("Qianru Sun",), "a.bib:1", author_identifiers=((ORCID_SUN,),)),
        _work("Paper two", ("Qing Sun",), "a.bib:2", author_identifiers=((other,),)),
        _work("Paper three", ("Q. Sun",), "b.bib:1", author_identifiers=((ORCID_SUN,),)),
        _work("Paper four", ("Q. Sun",), "b.bib:2", author_identifiers=((other,),)),
    )
    assert resolution.person("Qianru Sun").key != resolution.person("Qing Sun").key


def test_initials_merge_with_two_shared_coauthors_but_not_when_two_full_names_fit() -> None:
    shared = ("Bernt Schiele", "Hanwang Zhang")
    resolution = _resolve(
        _work("Paper one", ("Qianru Sun", *shared), "a.bib:1"),
        _work("Paper two", ("Q. Sun", *shared), "b.bib:1"),
    )
    assert resolution.person("Q. Sun").key == "qianru-sun" and resolution.candidates == []
    one_shared = _resolve(
        _work("Paper one", ("Qianru Sun", "Bernt Schiele"), "a.bib:1"),
        _work("Paper two", ("Q. Sun", "Bernt Schiele"), "b.bib:1"),
    )
    assert one_shared.person("Q. Sun").key == "q-sun" and len(one_shared.candidates) == 1
    two_fit = _resolve(
        _work("Paper one", ("Qianru Sun", *shared), "a.bib:1"),
        _work("Paper two", ("Qing Sun", *shared), "a.bib:9"),
        _work("Paper three", ("Q. Sun", *shared), "b.bib:1"),
    )
    assert two_fit.person("Q. Sun").key == "q-sun"
    assert {frozenset((c.first.name, c.second.name)) for c in two_fit.candidates} == {
        frozenset({"Q. Sun", "Qianru Sun"}),
        frozenset({"Q. Sun", "Qing Sun"}),
    }


def test_dblp_homonym_numbers_keep_namesakes_apart_and_meet_the_unnumbered_name_on_evidence() -> None:
    shared = ("Bernt Schiele", "Qianru Sun")
    resolution = _resolve(
        _work("Paper one", ("Yaoyao Liu 0001", *shared), "dblp.xml:1"),
        _work("Paper two", ("Yaoyao Liu", *shared), "home.txt:1"),
        _work("Paper three", ("Wei Wang 0001", "Ann Smith"), "dblp.xml:2"),
        _work("Paper four", ("Wei Wang 0002", "Bob Jones"), "dblp.xml:3"),
        _work("Paper five", ("Wei Wang", "Bob Jones"), "home.txt:9"),
    )
    assert resolution.person("Yaoyao Liu 0001").key == resolution.person("Yaoyao Liu").key == "yaoyao-liu"
    assert len({resolution.person(f"Wei Wang {n}").key for n in ("0001", "0002", "")}) == 3
    assert resolution.person("Wei Wang 0002").name.display == "Wei Wang"
    listed = {(c.first.name, c.second.name): c for c in resolution.candidates}
    assert set(listed) == {("Wei Wang 0001", "Wei Wang"), ("Wei Wang 0002", "Wei Wang")}
    assert listed["Wei Wang 0002", "Wei Wang"].shared_people == ("Bob Jones",)


def test_a_family_name_cut_to_its_initial_or_a_given_name_left_out_is_listed_not_merged() -> None:
    """Alumni of a real lab (WING, NUS) as its roster and its head's homepage write them."""
    shared = ("Min-Yen Kan", "Philip S. Cho")
    resolution = _resolve(
        _work("Paper one", ("Muthu Kumar Chandrasekaran", *shared), "kan.bib:1"),
        _work("Paper two", ("Muthu Kumar C", *shared), "roster.csv:2"),
        _work("Paper three", ("George Po-Wei Huang", "Min-Yen Kan"), "kan.bib:3"),
        _work("Paper four", ("George Huang", "Po-Wei Huang"), "roster.csv:4"),
        _work("Paper five", ("Wei Wang", "Wei Zhang", "Wei Li Wang", "Muthu Kumar Xu"), "other.bib:5"),
        _work("Paper six", ("J. Smith", "Ann S"), "other.bib:6"),
        _work("Paper seven", ("John Smith", "Ann Tan"), "other.bib:7"),
    )
    listed = {frozenset((c.first.name, c.second.name)): c.reason for c in resolution.candidates}
    assert listed == {
        frozenset({"Muthu Kumar Chandrasekaran", "Muthu Kumar C"}): "the same given names, one family name cut to its initial",
        frozenset({"George Po-Wei Huang", "George Huang"}): "same family name, one name leaves out a given name of the other",
        frozenset({"George Po-Wei Huang", "Po-Wei Huang"}): "same family name, one name leaves out a given name of the other",
        frozenset({"J. Smith", "John Smith"}): "same family name, given names match as initials",
    }
    # two shared co-authors are not enough: the shorter name may be another person
    assert resolution.person("Muthu Kumar C").key != resolution.person("Muthu Kumar Chandrasekaran").key
    hinted = _resolve(
        _work("Paper one", ("Muthu Kumar Chandrasekaran",), "kan.bib:1", author_identifiers=((ORCID_SUN,),)),
        _work("Paper two", ("Muthu Kumar C",), "roster.csv:2"),
        _work("Paper three", ("George Po-Wei Huang",), "kan.bib:3"),
        _work("Paper four", ("George Huang",), "roster.csv:4"),
        hints=Hints(aliases={"George Huang": "George Po-Wei Huang"}, identifiers={"Muthu Kumar C": (ORCID_SUN,)}),
    )
    assert hinted.person("Muthu Kumar C").key == "muthu-kumar-chandrasekaran"
    assert hinted.person("George Huang").key == "george-po-wei-huang" and hinted.candidates == []


def _supervised(person: str, where: str, supervisor: str = "Min-Yen Kan", organization: str | None = "NUS") -> Supervision:
    path, _, line = where.partition(":")
    role, period = "Doctoral Alumnus", Period(None)
    return Supervision(supervisor, person, role, SupervisionKind.PHD, period, Origin(path, int(line)), organization=organization)


def _held(person: str, where: str, organization: str = "NUS") -> Position:
    path, _, line = where.partition(":")
    return Position(person, "Alumnus", organization, Period(None), Origin(path, int(line)))


def test_a_name_with_less_written_joins_the_one_a_supervision_ties_it_to() -> None:
    """The WING roster's "Muthu Kumar C" is supervised by the lab's head, who wrote works with "Muthu Kumar
    Chandrasekaran" of the lab's site; "George Huang" and "Po-Wei Huang" likewise with "George Po-Wei Huang"."""
    records = [
        _supervised("Muthu Kumar C", "roster.csv:2"),
        _held("Muthu Kumar Chandrasekaran", "authors/muthuc.md:3"),
        _work("Paper one", ("Muthu Kumar Chandrasekaran", "Min-Yen Kan"), "kan.bib:1"),
        _work("Paper two", ("Muthu Kumar Chandrasekaran", "Min-Yen Kan"), "kan.bib:2"),
        _supervised("George Huang", "roster.csv:3"),
        _supervised("Po-Wei Huang", "roster.csv:4"),
        _held("George Po-Wei Huang", "authors/george.md:3"),
        _work("Paper three", ("George Po-Wei Huang", "Min-Yen Kan"), "kan.bib:3"),
        _supervised("Andy Hong", "roster.csv:5"),  # tied, but no organization in common: listed
        _work("Paper four", ("Ching Hoi Andy Hong", "Min-Yen Kan"), "kan.bib:4"),
        _supervised("Ryan Chen", "roster.csv:6"),  # tied to two longer names: listed, not merged
        _held("Ryan Jie Chen", "authors/ryanjie.md:3"),
        _held("Ryan Ming Chen", "authors/ryanming.md:3"),
        _work("Paper five", ("Ryan Jie Chen", "Ryan Ming Chen", "Min-Yen Kan"), "kan.bib:5"),
        _held("Nancy Chen", "authors/nancy.md:3"),  # no supervision ties her to Nancy F. Chen
        _work("Paper six", ("Nancy F. Chen", "Min-Yen Kan"), "kan.bib:6"),
    ]
    resolution = resolve(records, venues(), organizations())
    assert resolution.person("Muthu Kumar C").key == "muthu-kumar-chandrasekaran"
    assert resolution.person("George Huang").key == resolution.person("Po-Wei Huang").key == "george-po-wei-huang"
    for short, full in (("Andy Hong", "Ching Hoi Andy Hong"), ("Ryan Chen", "Ryan Jie Chen"), ("Nancy Chen", "Nancy F. Chen")):
        assert resolution.person(short).key != resolution.person(full).key, short
    listed = {frozenset((c.first.name, c.second.name)): c for c in resolution.candidates}
    muthu = listed[frozenset({"Muthu Kumar C", "Muthu Kumar Chandrasekaran"})]
    assert muthu.merged and muthu.ties == (
        "Min-Yen Kan supervised Muthu Kumar C and wrote 2 works with Muthu Kumar Chandrasekaran",
    )
    assert muthu.distinct_line == '"Muthu Kumar C" = ["Muthu Kumar Chandrasekaran"]'
    assert "are taken as one person" in muthu.problem().message and muthu.distinct_line in muthu.problem().message
    assert listed[frozenset({"George Huang", "George Po-Wei Huang"})].merged
    hong = listed[frozenset({"Andy Hong", "Ching Hoi Andy Hong"})]
    assert not hong.merged and hong.ties == ("Min-Yen Kan supervised Andy Hong and wrote 1 work with Ching Hoi Andy Hong",)
    assert not listed[frozenset({"Ryan Chen", "Ryan Jie Chen"})].merged
    assert {c.merged for c in listed.values() if "Nancy Chen" in (c.first.name, c.second.name)} == {False}
    apart = resolve(records, venues(), organizations(), Hints(distinct={"Muthu Kumar C": ("Muthu Kumar Chandrasekaran",)}))
    assert apart.person("Muthu Kumar C").key != apart.person("Muthu Kumar Chandrasekaran").key


def test_works_meet_by_doi_arxiv_id_and_title() -> None:
    published = _work(
        "Meta-Transfer Learning for Few-Shot Learning",
        ("Qianru Sun", "Yaoyao Liu"),
        "home.txt:5",
        2019,
        doi="10.1109/CVPR.2019.00049",
    )
    by_doi = _work(
        "Meta-transfer learning for few-shot learning.",
        ("Sun, Qianru",),
        "a.bib:1",
        2019,
        doi="https://doi.org/10.1109/cvpr.2019.00049",
    )
    preprint = _work(
        "Meta-Transfer Learning for Few-Shot Learning",
        ("Qianru Sun",),
        "b.bib:1",
        2018,
        kind=WorkKind.PREPRINT,
        arxiv_id="1812.02391v3",
    )
    by_arxiv = _work("MTL (arXiv version)", ("Q. Sun",), "c.bib:1", 2018, kind=WorkKind.PREPRINT, doi="10.48550/arXiv.1812.02391")
    resolution = _resolve(published, by_doi, preprint, by_arxiv)
    identities = {resolution.work(w) for w in (published, by_doi, preprint, by_arxiv)}
    assert len(identities) == 1
    (identity,) = identities
    assert (identity.title, identity.year, identity.kind) == (published.title, 2019, WorkKind.CONFERENCE_PAPER)


def test_same_title_different_first_author_or_doi_stays_two_works_with_two_iris() -> None:
    a = _work("Deep Learning", ("Yann LeCun",), "a.bib:1", 2015)
    b = _work("Deep Learning", ("Ian Goodfellow",), "b.bib:1", 2016)
    c = _work("A Survey of Things", ("Ann Smith",), "a.bib:5", 2020, doi="10.1/one")
    d = _work("A Survey of Things", ("Ann Smith",), "b.bib:5", 2020, doi="10.1/two")
    resolution = _resolve(a, b, c, d)
    assert len({resolution.work(w).key for w in (a, b, c, d)}) == 4
    later = _work("Deep Learning", ("Yann LeCun",), "c.bib:1", 2019)  # four years on: another work
    far = _resolve(a, later)
    assert far.work(a).key != far.work(later).key


def test_resolution_does_not_depend_on_the_order_of_records() -> None:
    records: list[Work | Person] = [
        _work("Paper one", ("Qianru Sun", "Bernt Schiele", "Hanwang Zhang"), "a.bib:1"),
        _work("paper one", ("Sun, Qianru", "Schiele, Bernt"), "b.bib:3", 2021, kind=WorkKind.PREPRINT),
        _work("Paper two", ("Q. Sun", "Bernt Schiele", "Hanwang Zhang"), "c.bib:1"),
        _work("Paper three", ("Lv Hui", "Qianru Sun"), "d.bib:1"),
        _work("Paper four", ("Hui Lv", "Qianru Sun"), "e.bib:1"),
        Person("Qianru Sun", Origin("p.json", 1), identifiers=(ORCID_SUN,)),
    ]
    expected = _resolve(*records)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        again = _resolve(*shuffled)
        assert again.people == expected.people and again.works == expected.works
        assert again.candidates == expected.candidates


# --- one node per shared paper and person across three real sites -------------------------

DATA = Path(__file__).parent / "data" / "homepages"
SHARED_TITLES = {
    # found by hand: grep of each title in the homepage text, Yaoyao Liu's _data/*.yml and Beier Zhu's _bibliography/*.bib
    "Generalized Logit Adjustment: Calibrating Fine-tuned Models by Removing Label Bias in Foundation Models": {
        "home",
        "alfolio",
    },
    "Wakening Past Concepts without Past Data: Class-Incremental Learning from Online Placebos": {"home", "jekyll"},
    "Class-Incremental Exemplar Compression for Class-Incremental Learning": {"home", "jekyll"},
    "Online Hyperparameter Optimization for Class-Incremental Learning": {"home", "jekyll"},
    "RMM: Reinforced Memory Management for Class-Incremental Learning": {"home", "jekyll"},
    "Adaptive Aggregation Networks for Class-Incremental Learning": {"home", "jekyll"},
    "An Ensemble of Epoch-wise Empirical Bayes for Few-shot Learning": {"home", "jekyll"},
    "Mnemonics Training: Multi-Class Incremental Learning without Forgetting": {"home", "jekyll"},
    "Learning to Self-Train for Semi-Supervised Few-Shot Classification": {"home", "jekyll"},
    "Meta-Transfer Learning for Few-Shot Learning": {"home", "jekyll"},
}
SHARED_PEOPLE = {
    # found by hand: grep of each name (and its "Family, Given" form) in the three sources
    "Qianru Sun": {"home", "jekyll", "alfolio"},
    "Yaoyao Liu": {"home", "jekyll"},
    "Bernt Schiele": {"home", "jekyll"},
    "Yingying Li": {"home", "jekyll"},
    "Beier Zhu": {"home", "alfolio"},
    "Hanwang Zhang": {"home", "alfolio"},
    "Kaihua Tang": {"home", "alfolio"},  # "Tang, Kaihua" in the BibTeX
    "Zhongqi Yue": {"home", "alfolio"},
}


def _fold(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


@pytest.fixture(scope="module")
def three_sites(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> rdflib.Dataset:
    root = tmp_path_factory.mktemp("three-sites")
    shutil.copy(HOMEPAGE, root / "home.txt")
    shutil.copytree(DATA / "yaoyao-liu-jekyll", root / "jekyll")
    shutil.copytree(DATA / "beier-zhu-alfolio", root / "alfolio")
    (root / "scholargraph.toml").write_text('sources = ["home.txt", "jekyll/", "alfolio/"]\n')  # site folders, as users list them
    result = cli("build", "-q", cwd=root)
    assert result.exit_code == 0, result.stderr
    graph = rdflib.Dataset()
    graph.parse(root / "build" / "graph.trig", format="trig")
    return graph


def _nodes(graph: rdflib.Dataset, kind: rdflib.URIRef, label: rdflib.URIRef) -> dict[str, dict[rdflib.term.Node, set[str]]]:
    """Folded label → each node of ``kind`` carrying it → the sources (first path part) that say so."""
    found: dict[str, dict[rdflib.term.Node, set[str]]] = {}
    for node, _, text, context in graph.quads((None, label, None, None)):
        if context is not None and (node, rdflib.RDF.type, kind, context) in graph:
            source = str(context).split("/source/", 1)[1].split("/")[0].removesuffix("-txt")
            found.setdefault(_fold(str(text)), {}).setdefault(node, set()).add(source)
    return found


def test_three_sites_give_one_node_per_shared_paper(three_sites: rdflib.Dataset) -> None:
    works = _nodes(three_sites, rdflib.URIRef("http://purl.org/ontology/bibo/Document"), rdflib.DCTERMS.title)
    for title, sources in SHARED_TITLES.items():
        nodes = works[_fold(title)]
        assert len(nodes) == 1, title
        assert set(*nodes.values()) == sources, title
    assert all(len(nodes) == 1 for nodes in works.values())  # no title gives two nodes


def test_three_sites_give_one_node_per_shared_person(three_sites: rdflib.Dataset) -> None:
    people = _nodes(three_sites, FOAF.Person, FOAF.name)
    for name, sources in SHARED_PEOPLE.items():
        nodes = people[_fold(name)]
        assert len(nodes) == 1, name
        assert set(*nodes.values()) == sources, name
    assert all(len(nodes) == 1 for nodes in people.values())


def test_three_sites_give_each_authorship_one_person_at_one_rank(three_sites: rdflib.Dataset) -> None:
    vivo = rdflib.Namespace("http://vivoweb.org/ontology/core#")
    people: dict[rdflib.term.Node, set[rdflib.term.Node]] = {}
    ranks: dict[rdflib.term.Node, set[rdflib.term.Node]] = {}
    persons = {s for s, _, _, _ in three_sites.quads((None, rdflib.RDF.type, FOAF.Person, None))}
    for authorship, _, _, _ in three_sites.quads((None, rdflib.RDF.type, vivo.Authorship, None)):
        people[authorship] = {o for _, _, o, _ in three_sites.quads((authorship, vivo.relates, None, None)) if o in persons}
        ranks[authorship] = {o for _, _, o, _ in three_sites.quads((authorship, vivo.rank, None, None))}
    assert people and all(len(found) == 1 for found in people.values())
    assert all(len(found) == 1 for found in ranks.values())
    # The homepage leaves Qin Zhou out of 'Learning to Self-Train…' (line 497); the Jekyll site lists
    # all seven authors, and its list is the one kept.
    self_train = [a for a in people if "learning-to-self-train" in str(a)]
    assert len(self_train) == 7


def test_disagreeing_author_lists_keep_the_longest_and_say_where(tmp_path: Path) -> None:
    short = _work("Learning to Self-Train", ("Xinzhe Li", "Qianru Sun", "Bernt Schiele"), "home.txt:497")
    full = _work("Learning to Self-Train", ("Xinzhe Li", "Qianru Sun", "Qin Zhou", "Bernt Schiele"), "site.yml:162")
    resolution = _resolve(short, full)
    assert resolution.overruled == {short}
    [warning] = [p for p in resolution.problems if "differ" in p.message]
    assert warning.origin == short.origin and "site.yml:162" in warning.message


def test_one_arxiv_id_written_for_two_unrelated_titles_keeps_them_apart_and_says_so() -> None:
    # papers.bib of the al-folio site gives arXiv 2507.14797 to two different ICCV 2025 papers.
    distilling = _work(
        "Distilling parallel gradients for fast ODE solvers", ("Beier Zhu",), "papers.bib:369", arxiv_id="2507.14797"
    )
    dynamic = _work("Dynamic multimodal prototype learning", ("Xingyu Zhu",), "papers.bib:386", arxiv_id="2507.14797")
    retitled = _work("Distilling parallel gradients for ODE solvers", ("Beier Zhu",), "home.txt:5", arxiv_id="2507.14797")
    resolution = _resolve(distilling, dynamic, retitled)
    assert resolution.work(distilling).key != resolution.work(dynamic).key
    assert resolution.work(distilling).key == resolution.work(retitled).key
    [warning] = [p for p in resolution.problems if "unrelated title" in p.message]
    assert warning.origin == dynamic.origin and "home.txt:5" in warning.message


def test_resolution_gives_the_garbage_collector_back_as_it_found_it() -> None:
    import gc

    records = [_work("Paper one", ("Qianru Sun",), "a.bib:1")]
    assert gc.isenabled()
    _resolve(*records)
    assert gc.isenabled()
    gc.disable()
    try:
        _resolve(*records)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_dblp_records_and_a_bibtex_entry_meet_by_orcid_doi_and_shared_coauthors(cli: Cli, tmp_path: Path) -> None:
    """Real dblp files (a person's XML and dump records) and a BibTeX entry written with initials."""
    dblp = Path(__file__).parent / "data" / "dblp"
    shutil.copy(dblp / "person-pid.xml", tmp_path / "person.xml")
    shutil.copy(dblp / "dblp_sample.xml", tmp_path / "dump.xml")
    (tmp_path / "mine.bib").write_text(
        "@article{eriksson2006,\n"
        "  title = {Software Product Line Modeling Made Practical},\n"
        '  author = {Eriksson, Magnus and B{\\"o}rstler, J. and Borg, Kjell},\n'
        "  journal = {Communications of the ACM}, year = {2006},\n"
        "  doi = {https://doi.org/10.1145/1183236.1183265}\n"
        "}\n"
    )
    (tmp_path / "scholargraph.toml").write_text('sources = ["person.xml", "dump.xml", "mine.bib"]\n')
    result = cli("build", "-q", cwd=tmp_path)
    violations = [line for line in result.stderr.splitlines() if ": violation: " in line]
    assert result.exit_code == 1 and len(violations) == 1 and "dump.xml:997" in violations[0]  # the sample is cut short
    graph = rdflib.Dataset()
    graph.parse(tmp_path / "build" / "graph.trig", format="trig")
    works = _nodes(graph, rdflib.URIRef("http://purl.org/ontology/bibo/Document"), rdflib.DCTERMS.title)
    paper = works[_fold("Software product line modeling made practical")]
    assert len(paper) == 1 and set(*paper.values()) == {"person-xml", "dump-xml", "mine-bib"}
    people = _nodes(graph, FOAF.Person, FOAF.name)
    (borstler,) = people[_fold("Jürgen Börstler")]
    assert _fold("J. Börstler") not in people  # the initials joined the full name
    quads = graph.quads((borstler, SKOS.altLabel, None, None))
    labels = {(str(label), str(context).rsplit("/", 1)[1]) for _, _, label, context in quads}
    assert labels == {("J. Börstler", "mine-bib")}  # the other spelling, in the graph of the source that wrote it


def test_look_alikes_with_nothing_else_in_common_are_notes_and_with_a_shared_coauthor_warnings() -> None:
    from scholargraph.model.records import Severity

    # 'Y. Zhang' and 'Yin Zhang' in two unrelated groups' files: a note; the same pair sharing a co-author: a warning.
    apart = _resolve(_work("A", ("Y. Zhang", "Ann Lee"), "a.bib:1"), _work("B", ("Yin Zhang", "Bo Chen"), "b.bib:1"))
    together = _resolve(_work("A", ("Y. Zhang", "Ann Lee"), "a.bib:1"), _work("B", ("Yin Zhang", "Ann Lee"), "b.bib:1"))
    [loose] = apart.candidates
    [close] = together.candidates
    assert loose.problem().severity is Severity.INFO
    assert close.problem().severity is Severity.WARNING


# --- which records are one work, and the note each merge leaves -----------------------------------------


def _merges(resolution) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(str(p.origin), p.severity.value, p.message) for p in resolution.problems if " is merged with " in p.message]


def test_each_merge_is_a_note_naming_both_records_and_the_evidence() -> None:
    first = _work("Meta-Transfer Learning", ("Qianru Sun",), "a.bib:3", 2019, key="sun2019", doi="10.1109/CVPR.2019.00049")
    by_doi = _work("Meta-transfer learning", ("Sun, Qianru",), "b.bib:7", 2019, key="mtl", doi="10.1109/cvpr.2019.00049")
    by_title = _work("Meta Transfer Learning", ("Q. Sun",), "home.txt:40", 2019)
    resolution = _resolve(first, by_doi, by_title)
    assert len({resolution.work(w).key for w in (first, by_doi, by_title)}) == 1
    assert resolution.merged == {by_doi, by_title}
    assert _merges(resolution) == [
        (
            "b.bib:7",
            "info",
            "'Meta-transfer learning' [mtl] is merged with 'Meta-Transfer Learning' [sun2019] at a.bib:3: "
            "the same doi:10.1109/cvpr.2019.00049",
        ),
        (
            "home.txt:40",
            "info",
            "'Meta Transfer Learning' is merged with 'Meta-Transfer Learning' [sun2019] at a.bib:3: "
            "the same title, first author (sun) and year (2019)",
        ),
    ]


@pytest.mark.parametrize(
    "differs",
    [
        {"kind": WorkKind.JOURNAL_ARTICLE},
        {"volume": "12"},
        {"publisher": "Springer"},
        {"year": 2021},
        {"venue": "ICCV"},
        {"doi": "10.1/other"},
        {"arxiv_id": "2101.00002"},
        {"identifiers": (Identifier(IdentifierScheme.DBLP, "conf/x/B21"),)},
    ],
    ids=lambda d: next(iter(d)),
)
def test_one_title_with_a_different_type_volume_publisher_year_venue_or_identifier_is_two(differs: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "kind": WorkKind.CONFERENCE_PAPER, "volume": "11", "publisher": "IEEE", "venue": "CVPR", "doi": "10.1/one",
        "arxiv_id": "2101.00001", "identifiers": (Identifier(IdentifierScheme.DBLP, "conf/x/A20"),),
    }  # fmt: skip
    one = _work("Learning Things Well", ("Ann Smith",), "a.bib:1", 2020, **{k: v for k, v in fields.items() if k in differs})
    other = _work("Learning Things Well", ("Ann Smith",), "b.bib:1", **{"year": 2020, **differs})  # type: ignore[arg-type]
    resolution = _resolve(one, other)
    assert resolution.work(one).key != resolution.work(other).key and not resolution.merged


def test_a_merge_resting_on_the_title_alone_is_a_warning() -> None:
    named = _work("Learning Things Well", ("Ann Smith",), "a.bib:1", 2020)
    anonymous = _work("Learning things well", (), "home.txt:9", None)
    resolution = _resolve(named, anonymous)
    assert resolution.merged == {anonymous}
    ((where, severity, message),) = _merges(resolution)
    assert (where, severity) == ("home.txt:9", "warning") and "the same title alone" in message


def test_an_undated_record_does_not_chain_two_years_into_one_work() -> None:
    early = _work("Influenza in Adults", ("Ann Smith",), "a.bib:1", 2011)
    undated = _work("Influenza in adults", ("Ann Smith",), "b.bib:1", None)
    late = _work("Influenza in Adults", ("Ann Smith",), "c.bib:1", 2012)
    resolution = _resolve(early, undated, late)
    assert resolution.work(early).key != resolution.work(late).key
    assert len(resolution.merged) == 1


def test_a_merged_work_keeps_each_records_key_and_line_in_its_sources_graph(cli: Cli, tmp_path: Path) -> None:
    entry = "@inproceedings{{{key},\n  title = {{Meta-Transfer Learning for Few-Shot Learning}},\n  author = {{Sun, Qianru}},\n"
    entry += "  booktitle = {{CVPR}}, year = {{2019}}, doi = {{10.1109/CVPR.2019.00049}}\n}}\n"
    (tmp_path / "a.bib").write_text(entry.format(key="sun2019"))
    (tmp_path / "b.bib").write_text("\n" + entry.format(key="mtl") + "\n" + entry.format(key="mtl-again"))
    (tmp_path / "scholargraph.toml").write_text('sources = ["a.bib", "b.bib"]\n')
    result = cli("build", "-v", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    graph = rdflib.Dataset()
    graph.parse(tmp_path / "build" / "graph.trig", format="trig")
    sg = rdflib.Namespace("https://w3id.org/scholargraph/ns#")
    (work,) = {node for node, _, _, _ in graph.quads((None, sg.sourceKey, None, None))}

    def written(prop: rdflib.URIRef) -> set[tuple[str, str]]:
        return {(str(value), str(context).rsplit("/", 1)[1]) for _, _, value, context in graph.quads((work, prop, None, None))}

    assert written(sg.sourceKey) == {("sun2019", "a-bib"), ("mtl", "b-bib"), ("mtl-again", "b-bib")}
    assert written(sg.sourceLine) == {("1", "a-bib"), ("2", "b-bib"), ("8", "b-bib")}
    assert "b.bib:2: info: 'Meta-Transfer Learning for Few-Shot Learning' [mtl] is merged with" in result.stderr


def test_dedupe_and_the_name_variants_query_list_the_same_pairs_after_the_hints(cli: Cli, tmp_path: Path) -> None:
    """The example has two look-alike pairs; one declared distinct leaves both lists, in the graph as sg:distinctFrom."""

    from scholargraph.pipeline.project import Project, build
    from scholargraph.query.library import run_query
    from scholargraph.stores.oxigraph import OxigraphStore

    (tmp_path / "data").mkdir()
    shutil.copy(HOMEPAGE, tmp_path / "data" / "page.txt")
    (tmp_path / "scholargraph.toml").write_text('[identity.distinct]\n"Zicheng Tian" = ["Zichen Tian"]\n', encoding="utf-8")
    run = cli("dedupe", "-C", tmp_path, "--format", "json")
    assert run.exit_code == 0, run.output
    listed = {frozenset(name["name"] for name in pair["names"]) for pair in json.loads(run.stdout)}
    build(Project.load(tmp_path), tmp_path / "build")
    with OxigraphStore() as store:
        store.load(tmp_path / "build" / "graph.trig")
        rows = run_query("name-variants", {}, store).dicts()
        declared = store.select("SELECT ?a ?b WHERE { ?a <https://w3id.org/scholargraph/ns#distinctFrom> ?b }").values()
    assert {frozenset((row["name"], row["other_name"])) for row in rows} == listed == {frozenset({"Lv Hui", "Hui Lv"})}
    tian = ("https://example.org/person/zichen-tian", "https://example.org/person/zicheng-tian")
    assert sorted(declared) == [tian, tian[::-1]]


def test_dedupe_and_the_name_variants_query_list_a_cut_family_name_and_a_given_name_left_out(cli: Cli, tmp_path: Path) -> None:
    """Names of a real lab's alumni (WING, NUS) as BibTeX writes them; Wei Wang and Wei Zhang are not listed."""
    from scholargraph.pipeline.project import Project, build
    from scholargraph.query.library import run_query
    from scholargraph.stores.oxigraph import OxigraphStore

    (tmp_path / "data").mkdir()
    entries = [
        ("a", "Chandrasekaran, Muthu Kumar and Kan, Min-Yen"),
        ("b", "Muthu Kumar C and Wang, Wei"),
        ("c", "Huang, George Po-Wei and Zhang, Wei"),
        ("d", "George Huang and Po-Wei Huang"),
    ]
    bib = "".join(f"@article{{{key}, title = {{Paper {key}}}, author = {{{names}}}, year = 2020}}\n" for key, names in entries)
    (tmp_path / "data" / "lab.bib").write_text(bib, encoding="utf-8")
    run = cli("dedupe", "-C", tmp_path, "--format", "json")
    assert run.exit_code == 0, run.output
    listed = {frozenset(name["name"] for name in pair["names"]) for pair in json.loads(run.stdout)}
    build(Project.load(tmp_path), tmp_path / "build")
    with OxigraphStore() as store:
        store.load(tmp_path / "build" / "graph.trig")
        rows = run_query("name-variants", {}, store).dicts()
    assert (
        {frozenset((row["name"], row["other_name"])) for row in rows}
        == listed
        == {
            frozenset({"Muthu Kumar C", "Muthu Kumar Chandrasekaran"}),
            frozenset({"George Huang", "George Po-Wei Huang"}),
            frozenset({"Po-Wei Huang", "George Po-Wei Huang"}),
        }
    )
