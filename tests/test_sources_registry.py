"""A project built from one file of each registry kind: every file is found, read by its kind,
and its identifiers reach the graph (values read off the fixtures by hand)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pyoxigraph import RdfFormat, Store

from scholargraph.pipeline.project import Project, build

DATA = Path(__file__).resolve().parent / "data"
FILES = {
    "dblp/person-pid.xml": "dblp",
    "orcid/record-3.0.xml": "orcid",
    "orcid/record-full-3.0.json": "orcid",
    "openalex/work.json": "openalex",
    "crossref/same-author.json": "crossref",
    "crossref/crossref-2025.jsonl": "crossref",
}
SG = "https://w3id.org/scholargraph/ns#"
FOAF = "http://xmlns.com/foaf/0.1/"


def test_registry_sources_build_into_one_graph(tmp_path: Path) -> None:
    for name in FILES:
        shutil.copy(DATA / name, tmp_path / Path(name).name)
    project = Project(root=tmp_path, sources=["."])
    assert {f.shown_as: f.kind for f in project.source_files()} == {Path(n).name: k for n, k in FILES.items()}
    report = build(project, tmp_path / "build")
    assert all(count > 0 for _, count in report.sources)
    store = Store()
    store.load(path=str(tmp_path / "build" / "graph.trig"), format=RdfFormat.TRIG)

    def name_with(prop: str, value: str) -> set[str]:
        query = f'SELECT DISTINCT ?n WHERE {{ GRAPH ?g {{ ?p <{SG}{prop}> "{value}" ; <{FOAF}name> ?n }} }}'
        return {row["n"].value for row in store.query(query)}  # type: ignore[union-attr]

    assert name_with("orcid", "0000-0003-0639-4234") == {"Jürgen Börstler"}  # dblp author attribute and person record
    assert name_with("dblpPid", "00/0002") == {"Magnus Eriksson"}  # dblp person XML, author pid
    assert name_with("openalexId", "A5023888391") == {"Jason Priem"}  # OpenAlex authorship
    assert name_with("orcid", "0000-0001-8386-5891") == {"Mohd Fairuz Adnan"}  # Crossref author ORCID
    # ORCID record owner "Three releasecandidate1": the build drops trailing digits from names (footnote marks)
    assert name_with("orcid", "0000-0002-7319-2192") == {"Three releasecandidate"}
