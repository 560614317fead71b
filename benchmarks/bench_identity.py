"""Benchmark: identity resolution on generated authorships — blocked name comparison against all pairs.

    python benchmarks/bench_identity.py                      # 1k to 300k authorships, 3 runs (a few minutes)
    python benchmarks/bench_identity.py --sizes 1000 --runs 1

The records are generated (seeded, so the same every time) with the flaws resolution must
handle: people work in groups of about 12 (so co-authors repeat), each written mostly one way
but also as initials (``Q. Sun``, 5 %), ``Family, Given`` (5 %), an upper-case family name first
(``SUN Qianru``, 3 %) and family name first (``Sun Qianru``, 2 %); a fifth of the people give an
ORCID on half their papers; a tenth of the works appear again as a preprint (title in lower
case, a year earlier, an arXiv id) and a tenth again with their DOI.

Columns:
  * ``works``, ``people``  how many there really are → how many nodes resolution gives
  * ``split``          people whose names end up on more than one node (family name first, initials without
                       enough shared co-authors: listed as candidates instead)
  * ``lumped``         nodes holding more than one real person (two people with one name and no identifier)
  * ``cand.``          pairs listed for a person to settle
  * ``resolve``        ``identity.resolve`` on all records: people and works, sure merges and candidates
  * ``gc on``          the same with Python's cyclic garbage collector left running (``resolve`` pauses it)
  * ``blocked pairs``  the name comparison inside it (``resolve.variant_pairs``): pairs within blocks only
  * ``all pairs``      the same comparison over every pair of names, the alternative blocking avoids;
                       timed in full up to 200,000 pairs, above that estimated (marked ``~``) from the
                       time of all pairs among 600 of the names, scaled by the number of pairs
Times are the process's own CPU time (``time.process_time``), medians over the runs: the
machine is shared, and wall time would measure the neighbours too. The ratio is all pairs over
blocked pairs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from contextlib import nullcontext
from functools import partial
from itertools import combinations
from unittest import mock

from scholargraph.identity import Resolution, resolve
from scholargraph.identity import resolution as identity
from scholargraph.identity.aliases import organizations, venues
from scholargraph.identity.candidates import variant_pairs
from scholargraph.model.names import PersonName, name_variant, parse_name
from scholargraph.model.records import Identifier, IdentifierScheme, Origin, Record, Work, WorkKind

FAMILIES = (  # noqa: SIM905 — word lists read best as text
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng "
    "Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Lv Jin Kim Lee Park Choi "
    "Smith Johnson Brown Miller Davis Garcia Wilson Moore Taylor Anderson Thomas Martin Thompson White Harris Clark Lewis "
    "Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans "
    "Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly "
    "Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Myers Long Foster Sanders Ross Powell "
    "Sullivan Russell Perry Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Schiele "
    "Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Rossi Russo Ferrari Esposito Bianchi Romano"
).split()
SYLLABLES = (  # noqa: SIM905
    "qian ru yao hui zhi chen cheng bei er kai hua han wang jia xin yu ting li na ming hao jun wei lei fang min ying "
    "an bo chao dan feng gang hong jie kang lan mei ning peng qing rui shan tao xia yan zhe"
).split()
WESTERN = (  # noqa: SIM905
    "Anna Bernt Carl Diana Erik Fiona George Hannah Ivan Julia Klaus Laura Marco Nina Oscar Paula Quentin Rosa Stefan "
    "Tina Ulrich Vera Walter Xenia Yusuf Zoe"
).split()
WORDS = (  # noqa: SIM905
    "learning deep graph neural networks robust few shot class incremental meta transfer adaptive memory vision language "
    "models diffusion causal inference semantic segmentation detection contrastive representation self supervised domain "
    "generalization attention transformer efficient sparse dense retrieval reasoning prompt tuning bias calibration "
    "long tailed recognition video temporal action generation editing knowledge distillation federated privacy "
    "benchmark dataset evaluation towards unified multimodal large scale pretraining fine grained zero open world"
).split()


def _person(rng: random.Random) -> PersonName:
    family = rng.choice(FAMILIES)
    if rng.random() < 0.3:
        return PersonName(rng.choice(WESTERN), family)
    return PersonName((rng.choice(SYLLABLES) + rng.choice(SYLLABLES)).capitalize(), family)


def _written(name: PersonName, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:
        return f"{name.given[0]}. {name.family}"
    if roll < 0.10:
        return f"{name.family}, {name.given}"
    if roll < 0.13:
        return f"{name.family.upper()} {name.given}"
    if roll < 0.15:
        return f"{name.family} {name.given}"
    return name.display


MEASURED_PAIRS = 200_000
"""All pairs are timed in full up to this many pairs, and estimated from a sample above it."""
SAMPLE_NAMES = 600


def generate(authorships: int, seed: int = 7) -> tuple[list[Record], list[tuple[str, int]]]:
    """About ``authorships`` authorships in works of 1–8 authors drawn from groups of about 12 people,
    and the truth: each name as written with the number of the person it stands for."""
    rng = random.Random(seed)
    people = [_person(rng) for _ in range(max(authorships // 8, 12))]
    orcids = {
        i: Identifier(IdentifierScheme.ORCID, f"0000-0002-{i // 10000:04d}-{i % 10000:04d}")
        for i in range(len(people))
        if rng.random() < 0.2
    }
    records: list[Record] = []
    truth: list[tuple[str, int]] = []
    written = 0
    number = 0
    while written < authorships:
        number += 1
        group = rng.randrange(0, len(people) - 11)
        team = rng.sample(range(group, group + 12), rng.randint(1, 8))
        authors = tuple(_written(people[i], rng) for i in team)
        ids = tuple((orcids[i],) if i in orcids and rng.random() < 0.5 else () for i in team)
        truth += zip(authors, team, strict=True)
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10))).capitalize() + f" {number}"
        year = rng.randint(2000, 2025)
        source = f"source-{number % 7}.bib"
        work = Work(title, authors, year, Origin(source, number), doi=f"10.1000/{number}", author_identifiers=ids)
        records.append(work)
        written += len(authors)
        roll = rng.random()
        if roll < 0.1:
            records.append(
                Work(
                    title.lower(),
                    authors,
                    year - 1,
                    Origin("preprints.bib", number),
                    kind=WorkKind.PREPRINT,
                    arxiv_id=f"{number:08d}",
                )
            )
            written += len(authors)
        elif roll < 0.2:
            records.append(Work(title + ".", authors, year, Origin("other.bib", number), doi=f"https://doi.org/10.1000/{number}"))
            written += len(authors)
    return records, truth


def errors(truth: list[tuple[str, int]], resolution: Resolution) -> tuple[int, int, int]:
    """True people, people split over several nodes, and nodes that lump several people (same name, no identifier)."""
    nodes_of: dict[int, set[str]] = {}
    people_of: dict[str, set[int]] = {}
    for written, person in truth:
        key = resolution.person(written).key
        nodes_of.setdefault(person, set()).add(key)
        people_of.setdefault(key, set()).add(person)
    split = sum(1 for keys in nodes_of.values() if len(keys) > 1)
    return len(nodes_of), split, sum(1 for people in people_of.values() if len(people) > 1)


def all_pairs(names: dict[str, PersonName]) -> int:
    """The comparison without blocking: every pair of names."""
    return sum(1 for a, b in combinations(sorted(names), 2) if name_variant(names[a], names[b]))


def blocked_pairs(names: dict[str, PersonName]) -> int:
    return sum(1 for _ in variant_pairs(names))


def _median_seconds(action: Callable[[], object], runs: int) -> float:
    """Median processor time of the runs: on a shared machine, wall time measures the neighbours too."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 300_000], help="authorships")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    header = (
        f"{'authorships':>11} {'works':>13} {'people':>13} {'split':>5} {'lumped':>6} {'cand.':>6} {'resolve s':>9} "
        f"{'µs/auth.':>8} {'gc on s':>7} {'names':>7} {'blocked s':>9} {'all pairs s':>11} {'ratio':>6}"
    )
    print(header)
    print("-" * len(header))
    for size in args.sizes:
        records, truth = generate(size)
        authorships = sum(len(r.authors) for r in records if isinstance(r, Work))
        names: dict[str, PersonName] = {}
        for record in records:
            if isinstance(record, Work):
                for author in record.authors:
                    if author:
                        name = parse_name(author)
                        names[name.key] = name
        resolution = resolve(records, venues(), organizations())
        resolve_s = _median_seconds(partial(resolve, records, venues(), organizations()), args.runs)
        with mock.patch.object(identity, "_collector_paused", nullcontext):  # the collector left running
            collected_s = _median_seconds(partial(resolve, records, venues(), organizations()), args.runs)
        blocked_s = _median_seconds(partial(blocked_pairs, names), args.runs)
        pairs = len(names) * (len(names) - 1) // 2
        if pairs <= MEASURED_PAIRS:
            all_s = _median_seconds(partial(all_pairs, names), args.runs)
            shown = f"{all_s:11.2f}"
        else:  # every pair would take minutes to hours: time a sample of names, scale by the number of pairs
            sample = {key: names[key] for key in random.Random(1).sample(sorted(names), SAMPLE_NAMES)}
            all_s = _median_seconds(partial(all_pairs, sample), 1) / (SAMPLE_NAMES * (SAMPLE_NAMES - 1) // 2) * pairs
            shown = f"{'~' + format(all_s, '.0f'):>11}"
        true_people, split, lumped = errors(truth, resolution)
        nodes = len({person.key for person in resolution.people.values()})
        true_works = len({r.origin.line for r in records})
        print(
            f"{authorships:>11,} {true_works:>6,}→{len(set(resolution.works.values())):<6,} {true_people:>6,}→{nodes:<6,} "
            f"{split:>5,} {lumped:>6,} {len(resolution.candidates):>6,} {resolve_s:9.2f} {resolve_s / authorships * 1e6:8.1f} "
            f"{collected_s:7.2f} "
            f"{len(names):>7,} {blocked_s:9.3f} {shown} {all_s / blocked_s:5.0f}×"
        )


if __name__ == "__main__":
    main()
