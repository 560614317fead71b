"""Benchmark: reading a large dblp-shaped XML dump — the dblp reader against the bare parse of the same file.

    python benchmarks/bench_dblp.py                 # 50 MB and 250 MB, 3 runs each (about 6 minutes)
    python benchmarks/bench_dblp.py --sizes 1000 --runs 1

A generated dump (seeded, so the same every time) has the shape of dblp.xml: ISO-8859-1 with
``dblp.dtd`` named and absent, accents as entities, ~60 % ``inproceedings``, ~32 % ``article``
(~8 % of them CoRR), ~8 % ``www`` person records, authors per record drawn from dblp's long-tailed
distribution (median 3, a few with 50+), ORCID on ~15 % of authors, DOIs as ``ee``.

Each method runs in a fresh process so its peak memory (max RSS) is its own:
  * ``lxml bare``     lxml iterparse with the reader's options, clearing each record, counting them
  * ``etree bare``    the standard library's ElementTree iterparse with an entity table, same clearing
  * ``reader``        ``scholargraph.sources.dblp.iter_dblp``: every record built, then dropped
Medians over the runs; the ratio is the reader's time over each bare parse.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "scholargraph-bench-dblp"
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "na",
    "shi",
    "te",
    "lo",
    "ve",
    "an",
    "ja",
    "ur",
    "bo",
    "el",
    "mi",
    "ta",
    "sa",
    "no",
    "ha",
    "ki",
    "ru",
]
ACCENTED = ["J&uuml;rgen", "Fran&ccedil;ois", "Jos&eacute;", "S&oslash;ren", "Bj&ouml;rn", "Ren&eacute;e", "Iñaki"]
WORDS = [
    "learning",
    "deep",
    "graph",
    "neural",
    "networks",
    "robust",
    "efficient",
    "scalable",
    "query",
    "optimization",
    "distributed",
    "systems",
    "verification",
    "program",
    "analysis",
    "vision",
    "language",
    "models",
    "retrieval",
    "security",
    "privacy",
    "federated",
    "sparse",
]
VENUES = ["CVPR", "NeurIPS", "ICML", "ICCV", "ECCV (3)", "AAAI", "IJCAI", "KDD", "SIGMOD Conference", "VLDB", "ICSE"]
JOURNALS = ["Commun. ACM", "IEEE Trans. Pattern Anal. Mach. Intell.", "Int. J. Comput. Vis.", "CoRR", "VLDB J."]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.05:
        given = rng.choice(ACCENTED).replace("ñ", "&ntilde;")
    else:
        given = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
    family = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
    homonym = f" {rng.randint(1, 40):04d}" if rng.random() < 0.03 else ""
    return f"{given} {family}{homonym}"


def _author_count(rng: random.Random) -> int:
    """dblp's long tail: a log-normal with median 3, a few papers with dozens of authors."""
    return max(1, min(300, round(rng.lognormvariate(1.05, 0.6))))


def _author(rng: random.Random) -> str:
    digits = f"0000-000{rng.randint(1, 3)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    orcid = f' orcid="{digits}"' if rng.random() < 0.15 else ""
    return f"<author{orcid}>{_name(rng)}</author>\n"


def _record(rng: random.Random, n: int) -> str:
    roll = rng.random()
    if roll < 0.08:
        names = "".join(_author(rng) for _ in range(rng.choice((1, 1, 1, 2))))
        return f'<www mdate="2020-01-01" key="homepages/{n % 400}/{n}">\n{names}<title>Home Page</title>\n</www>\n'
    authors = "".join(_author(rng) for _ in range(_author_count(rng)))
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 14))).capitalize() + "."
    year = rng.randint(1970, 2025)
    doi = f"<ee>https://doi.org/10.{rng.randint(1000, 9999)}/{n}</ee>\n"
    if roll < 0.40:
        journal = rng.choice(JOURNALS)
        return (
            f'<article mdate="2021-01-01" key="journals/x/R{n}">\n{authors}<title>{title}</title>\n<pages>1-12</pages>\n'
            f"<year>{year}</year>\n<volume>{rng.randint(1, 60)}</volume>\n<journal>{journal}</journal>\n{doi}"
            f"<url>db/journals/x/x{year}.html#R{n}</url>\n</article>\n"
        )
    venue = rng.choice(VENUES)
    return (
        f'<inproceedings mdate="2021-01-01" key="conf/x/R{n}">\n{authors}<title>{title}</title>\n<pages>1-10</pages>\n'
        f"<year>{year}</year>\n<booktitle>{venue}</booktitle>\n{doi}<crossref>conf/x/{year}</crossref>\n"
        f"<url>db/conf/x/x{year}.html#R{n}</url>\n</inproceedings>\n"
    )


def generate(megabytes: int) -> Path:
    """A dblp-shaped dump of about ``megabytes`` MB, made once and kept in the temporary folder."""
    path = CACHE / f"dblp-{megabytes}mb.xml"
    if path.is_file():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(megabytes)
    target = megabytes * 1_000_000
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="iso-8859-1") as out:
        out.write('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n')
        n = written = 0
        while written < target:
            chunk = "".join(_record(rng, n + i) for i in range(1000))
            n += 1000
            written += out.write(chunk)
        out.write("</dblp>\n")
    partial.rename(path)
    return path


# --- the methods, each run in its own process -------------------------------------------

_RECORD_TAGS = ("article", "inproceedings", "incollection", "book", "phdthesis", "mastersthesis", "data")
_RECORD_TAGS += ("www", "person", "proceedings")


def _lxml_bare() -> Callable[[str], int]:
    from lxml import etree

    from scholargraph.sources.dblp import _ENTITIES_DTD

    class Entities(etree.Resolver):  # type: ignore[misc]
        def resolve(self, url: str, pid: str, context: object) -> object:
            return self.resolve_string(_ENTITIES_DTD, context)

    def parse(path: str) -> int:
        events = etree.iterparse(
            path, events=("end",), tag=_RECORD_TAGS, load_dtd=True, resolve_entities="internal", no_network=True, huge_tree=True
        )
        events.resolvers.add(Entities())
        count = 0
        for _, element in events:
            count += 1
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del element.getparent()[0]
        return count

    return parse


def _etree_bare() -> Callable[[str], int]:
    import html.entities
    import xml.etree.ElementTree as ET

    def parse(path: str) -> int:
        parser = ET.XMLParser()
        parser.entity.update({name: chr(code) for name, code in html.entities.name2codepoint.items()})
        count = 0
        root = None
        for event, element in ET.iterparse(path, events=("start", "end"), parser=parser):
            if root is None:
                root = element
            elif event == "end" and element.tag in _RECORD_TAGS:
                count += 1
                root.clear()
        return count

    return parse


def _reader() -> Callable[[str], int]:
    from scholargraph.identity.aliases import venues
    from scholargraph.model.records import Problem
    from scholargraph.sources.dblp import iter_dblp

    table = venues()

    def parse(path: str) -> int:
        return sum(1 for item in iter_dblp(Path(path), path, table) if not isinstance(item, Problem))

    return parse


METHODS = {"lxml bare": _lxml_bare, "etree bare": _etree_bare, "reader": _reader}


def _run_child(method: str, path: str) -> None:
    import resource
    import time

    parse = METHODS[method]()  # imports done before the clock starts
    start = time.perf_counter()
    count = parse(path)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"count": count, "seconds": seconds, "peak_mib": peak_kib / 1024}))


def _measure(method: str, path: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", method, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 250], help="dump sizes in MB")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _run_child(*args.child)
        return
    header = ("size", "method", "records", "median s", "records/s", "MB/s", "peak MiB", "reader ×")
    print("{:>7} {:<11} {:>10} {:>9} {:>10} {:>6} {:>9} {:>9}".format(*header))
    for size in args.sizes:
        path = generate(size)
        megabytes = path.stat().st_size / 1e6
        results = {}
        for method in METHODS:
            print(f"  ({method} on {megabytes:.0f} MB…)", file=sys.stderr)
            runs = [_measure(method, path) for _ in range(args.runs)]
            counts = {run["count"] for run in runs}
            assert len(counts) == 1, f"{method} counted differently across runs: {counts}"
            results[method] = (counts.pop(), statistics.median(r["seconds"] for r in runs), max(r["peak_mib"] for r in runs))
        reader_seconds = results["reader"][1]
        for method, (count, seconds, peak) in results.items():
            ratio = reader_seconds / seconds
            print(
                f"{megabytes:>5.0f}MB {method:<11} {count:>10,} {seconds:>9.2f} {count / seconds:>10,.0f} "
                f"{megabytes / seconds:>6.1f} {peak:>9.0f} {ratio:>9.2f}"
            )


if __name__ == "__main__":
    main()
