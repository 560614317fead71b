"""Benchmark: building from a dblp-shaped dump into a store, against parsing it and against Oxigraph's own bulk load.

    python benchmarks/bench_scale.py                  # 20 MB and 100 MB (about 8 minutes)
    nice python benchmarks/bench_scale.py --sizes 1000 --runs 1

The dump is generated (seeded) with dblp's shape and, unlike ``bench_dblp.py``'s, a fixed
population of people: about 0.47 people per work (dblp: 3.3 M people, 7 M works), each with a
productivity drawn from a Pareto law (shape 1.2: most people have one or two works, a few have
hundreds), authors per work log-normal (median 3, a long tail), a ``www`` person record for each
person (a third with a homonym number, a sixth with a valid ORCID), ~60 % ``inproceedings``,
~32 % ``article`` (some CoRR), DOIs, accents as entities.

Each step runs in a fresh process, so its peak memory (max RSS) is its own:
  * ``parse``      lxml iterparse of the dump with the reader's options, records cleared and counted
  * ``build``      ``build_into_store`` into a new on-disk Oxigraph store (read, map, load; every graph validated)
  * ``bulk load``  Oxigraph's ``bulk_load`` of the same graph as N-Quads (dumped from the built store) into a new store
  * ``rebuild``    ``build_into_store`` again, nothing changed (hash the dump, find it unchanged)
  * ``queries``    shipped queries on the built store (median of 3 runs each)
The factor is ``build`` over ``parse`` + ``bulk load``: what the mapping to the model and to
RDF costs on top of the two steps no build can skip; it is given with and without validating
every graph of the store against the shapes. The machine's load average (1 minute) at the start
and end of each step is printed beside it: ratios of steps run under the same load compare, and
absolute times do not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from bench_dblp import ACCENTED, JOURNALS, SYLLABLES, VENUES, WORDS, _lxml_bare

CACHE = Path(tempfile.gettempdir()) / "scholargraph-bench-scale"
PEOPLE_PER_WORK = 0.47
QUERIES = [
    ("venues-by-year", {}),
    ("people-without-identifiers", {}),
    ("person-coauthors", {"person": None}),
    ("collaboration-over-time", {"person": None}),
]


def _orcid(rng: random.Random) -> str:
    """A random ORCID iD with a valid ISO 7064 mod 11-2 check digit."""
    digits = "000" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = 0
    for digit in digits:
        total = (total + int(digit)) * 2
    check = (12 - total % 11) % 11
    full = digits + ("X" if check == 10 else str(check))
    return "-".join(full[i : i + 4] for i in range(0, 16, 4))


class Population:
    """People with names, optional ORCID and a productivity weight, drawn by weight for each authorship."""

    def __init__(self, size: int, rng: random.Random) -> None:
        self.names: list[str] = []
        self.orcids: list[str | None] = []
        seen: set[str] = set()
        while len(self.names) < size:
            given = rng.choice(ACCENTED) if rng.random() < 0.05 else "".join(rng.choices(SYLLABLES, k=rng.randint(1, 3)))
            family = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize()
            name = f"{given.replace('ñ', '&ntilde;').capitalize()} {family}"
            if name in seen or rng.random() < 0.3:
                name = f"{name} {len(self.names) % 10_000:04d}"  # dblp's homonym number
            if name in seen:
                continue
            seen.add(name)
            self.names.append(name)
            self.orcids.append(_orcid(rng) if rng.random() < 0.17 else None)
        self.cumulative = list(accumulate(rng.paretovariate(1.2) for _ in range(size)))

    def authors(self, rng: random.Random, count: int) -> list[int]:
        return list(dict.fromkeys(rng.choices(range(len(self.names)), cum_weights=self.cumulative, k=count)))

    def author_element(self, index: int) -> str:
        orcid = self.orcids[index]
        return f"<author{f' orcid={chr(34)}{orcid}{chr(34)}' if orcid else ''}>{self.names[index]}</author>\n"


def _work(rng: random.Random, people: Population, n: int) -> str:
    count = max(1, min(300, round(rng.lognormvariate(1.05, 0.6))))
    authors = "".join(people.author_element(i) for i in people.authors(rng, count))
    title = " ".join(rng.choices(WORDS, k=rng.randint(4, 14))).capitalize() + "."
    year = rng.randint(1970, 2025)
    doi = f"<ee>https://doi.org/10.{rng.randint(1000, 9999)}/{n}</ee>\n"
    if rng.random() < 0.35:
        return (
            f'<article mdate="2021-01-01" key="journals/x/R{n}">\n{authors}<title>{title}</title>\n<pages>1-12</pages>\n'
            f"<year>{year}</year>\n<volume>{rng.randint(1, 60)}</volume>\n<journal>{rng.choice(JOURNALS)}</journal>\n{doi}"
            f"<url>db/journals/x/x{year}.html#R{n}</url>\n</article>\n"
        )
    return (
        f'<inproceedings mdate="2021-01-01" key="conf/x/R{n}">\n{authors}<title>{title}</title>\n<pages>1-10</pages>\n'
        f"<year>{year}</year>\n<booktitle>{rng.choice(VENUES)}</booktitle>\n{doi}<crossref>conf/x/{year}</crossref>\n"
        f"<url>db/conf/x/x{year}.html#R{n}</url>\n</inproceedings>\n"
    )


def _person(people: Population, index: int) -> str:
    orcid = people.orcids[index]
    url = f"<url>https://orcid.org/{orcid}</url>\n" if orcid else ""
    return (
        f'<www mdate="2020-01-01" key="homepages/{index % 400}/{index}">\n<author>{people.names[index]}</author>\n'
        f"<title>Home Page</title>\n{url}</www>\n"
    )


def generate(megabytes: int) -> Path:
    """A dblp-shaped dump of about ``megabytes`` MB, made once and kept in the temporary folder."""
    path = CACHE / f"dblp-{megabytes}mb.xml"
    if path.is_file():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(megabytes)
    works = megabytes * 1_000_000 // 520  # bytes per work, people records included, measured
    people = Population(max(10, int(works * PEOPLE_PER_WORK)), rng)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="iso-8859-1") as out:
        out.write('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n')
        person = 0
        for n in range(works):
            out.write(_work(rng, people, n))
            while person < len(people.names) and person <= n * PEOPLE_PER_WORK:
                out.write(_person(people, person))
                person += 1
        out.writelines(_person(people, i) for i in range(person, len(people.names)))
        out.write("</dblp>\n")
    partial.rename(path)
    return path


# --- the steps, each run in its own process ----------------------------------------------


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _step_parse(dump: Path, work: Path) -> dict[str, float]:
    parse = _lxml_bare()
    start = time.perf_counter()
    records = parse(str(dump))
    return {"seconds": time.perf_counter() - start, "records": records}


def _step_build(dump: Path, work: Path) -> dict[str, float]:
    from scholargraph.pipeline.project import Project, build_into_store
    from scholargraph.stores.oxigraph import OxigraphStore

    project = work / "project"
    (project / "data").mkdir(parents=True, exist_ok=True)
    (project / "data" / "dblp.xml").unlink(missing_ok=True)
    os.link(dump, project / "data" / "dblp.xml")  # in the project, as a user's file is
    start = time.perf_counter()
    with OxigraphStore(work / "store") as store:
        report = build_into_store(Project.load(project), store, work / "out")
    seconds = time.perf_counter() - start
    with OxigraphStore(work / "store") as store:  # counted after the clock stops: counting is no part of a build
        distinct = sum(1 for _ in store.quads())
    return {
        "seconds": seconds,
        "records": report.records,
        "quads": report.quads,
        "distinct": distinct,
        "shapes seconds": report.validation.seconds,
        "problems": len(report.problems),
    }


def _step_dump(dump: Path, work: Path) -> dict[str, float]:
    from pyoxigraph import RdfFormat, Store

    store = Store(str(work / "store"))
    store.dump(output=str(work / "graph.nq"), format=RdfFormat.N_QUADS)
    return {"seconds": 0.0, "megabytes": (work / "graph.nq").stat().st_size / 1e6}


def _step_bulk_load(dump: Path, work: Path) -> dict[str, float]:
    from pyoxigraph import RdfFormat, Store

    shutil.rmtree(work / "bulk", ignore_errors=True)
    start = time.perf_counter()
    store = Store(str(work / "bulk"))
    store.bulk_load(path=str(work / "graph.nq"), format=RdfFormat.N_QUADS)
    store.flush()
    return {"seconds": time.perf_counter() - start, "quads": len(store)}


def _step_rebuild(dump: Path, work: Path) -> dict[str, float]:
    from scholargraph.pipeline.project import Project, build_into_store
    from scholargraph.stores.oxigraph import OxigraphStore

    start = time.perf_counter()
    with OxigraphStore(work / "store") as store:
        report = build_into_store(Project.load(work / "project"), store, work / "out")
    assert report.unchanged == ["data/dblp.xml"], report.rebuilt
    return {"seconds": time.perf_counter() - start}


def _step_queries(dump: Path, work: Path) -> dict[str, float]:
    from scholargraph.query.library import find_query, run_query
    from scholargraph.stores.oxigraph import OxigraphStore

    times: dict[str, float] = {}
    with OxigraphStore(work / "store") as store:
        prolific = store.select(  # the 100th most prolific: a busy person, not the single extreme one; by IRI (homonyms)
            "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?p "
            "WHERE { ?w dcterms:creator ?p } GROUP BY ?p ORDER BY DESC(COUNT(?w)) OFFSET 99 LIMIT 1"
        ).values()[0][0]
        for name, params in QUERIES:
            filled = {key: value or f"<{prolific}>" for key, value in params.items()}
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                rows = run_query(find_query(name), filled, store)
                runs.append(time.perf_counter() - start)
            times[name] = statistics.median(runs)
            times[f"{name} rows"] = len(rows.rows)
    return times


STEPS = {
    "parse": _step_parse,
    "build": _step_build,
    "dump": _step_dump,
    "bulk load": _step_bulk_load,
    "rebuild": _step_rebuild,
    "queries": _step_queries,
}


def _run_step(step: str, dump: Path, work: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--step", step, str(dump), str(work)], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"the {step} step failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _measure(size: int, runs: int) -> None:
    dump = generate(size)
    megabytes = dump.stat().st_size / 1e6
    results: dict[str, list[dict[str, float]]] = {step: [] for step in STEPS}
    for _ in range(runs):
        work = Path(tempfile.mkdtemp(prefix="scholargraph-scale-", dir=CACHE))
        try:
            for step in STEPS:
                print(f"  ({step} on {megabytes:.0f} MB…)", file=sys.stderr)
                results[step].append(_run_step(step, dump, work))
                print(f"  {step}: {json.dumps(results[step][-1])}", file=sys.stderr)  # kept if a later step fails
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def median(step: str, key: str = "seconds") -> float:
        return statistics.median(run[key] for run in results[step])

    def peak(step: str) -> float:
        return max(run["peak MiB"] for run in results[step])

    build = results["build"][0]
    records, quads, distinct = build["records"], build["quads"], build["distinct"]
    parse, load, built = median("parse"), median("bulk load"), median("build")
    print(
        f"\n{megabytes:.0f} MB dump: {records:,.0f} records read, {quads:,.0f} quads made, {distinct:,.0f} distinct in the store"
    )

    def loads(step: str) -> str:
        return ", ".join(f"{run['load start']:.1f}–{run['load end']:.1f}" for run in results[step])

    print(f"{'step':<11} {'median s':>9} {'records/s':>10} {'quads/s':>10} {'peak MiB':>9}  load average")
    for step, count in (("parse", records), ("build", records), ("bulk load", None), ("rebuild", None)):
        rate = f"{count / median(step):>10,.0f}" if count else f"{'':>10}"
        quad_rate = distinct if step == "bulk load" else quads if step == "build" else None
        quad_text = f"{quad_rate / median(step):>10,.0f}" if quad_rate else f"{'':>10}"
        print(f"{step:<11} {median(step):>9.2f} {rate} {quad_text} {peak(step):>9.0f}  {loads(step)}")
    shapes = median("build", "shapes seconds")
    print(
        f"build / (parse + bulk load) = {built / (parse + load):.2f}×; without validating "
        f"({shapes:.1f} s) {(built - shapes) / (parse + load):.2f}×"
    )
    for name, _ in QUERIES:
        print(f"query {name:<24} {median('queries', name):>8.3f} s  ({results['queries'][0][f'{name} rows']:,.0f} rows)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 100], help="dump sizes in MB")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--step", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        step, dump, work = args.step
        load = os.getloadavg()[0]
        result = STEPS[step](Path(dump), Path(work))
        print(json.dumps(result | {"peak MiB": _peak_mib(), "load start": load, "load end": os.getloadavg()[0]}))
        return
    for size in args.sizes:
        _measure(size, args.runs)


if __name__ == "__main__":
    main()
