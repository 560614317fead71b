"""Train the homepage entry reader (scholargraph.sources.homepage.entry_fields) and measure it on sites it never saw.

    python benchmarks/entry_model.py train      # rewrites src/scholargraph/models/entry.crfsuite from every labelled site
    python benchmarks/entry_model.py evaluate   # leave-one-set-out: each set scored by a model trained without it

Training data is made, not typed: every entry the homepage reader finds on a hand-labelled site is
matched to its label by title, and its words are labelled author, title, venue, date or other where
they spell the label's fields (the title's words in order, the authors' names, the venue's words, the
year). AnyStyle's labelled references (``shared/data/citation-strings``, as for the citation reader) are
added, as entries of one line without marks, so the model knows citation styles no site showed.

``evaluate`` trains one model per labelled set without that set's sites and scores the set with the
homepage quality measure (``homepage_quality.py``: title, ordered authors, venue and year all right),
beside the reader without the model, in one run: the figure for a site nobody tuned on.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

import pycrfsuite
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import citation_parser
import homepage_quality as quality

from scholargraph.model.names import fold
from scholargraph.sources.homepage import entry_fields, html
from scholargraph.sources.homepage.entry_fields import EntryToken, entry_features, entry_tokens

MODEL_FILE = quality.ROOT / "src" / "scholargraph" / "models" / entry_fields.MODEL
GROUPS = {
    "development pages": quality.NEW_PAGES,
    "set 1": quality.FIRST_HELD_OUT,
    "set 2": quality.SECOND_HELD_OUT,
    "set 3": quality.THIRD_HELD_OUT,
    "set 4": quality.FOURTH_HELD_OUT,
    "set 5": quality.FIFTH_HELD_OUT,
    "set 6": quality.SIXTH_HELD_OUT,
    "set 7": quality.SEVENTH_HELD_OUT,
    "set 8": quality.EIGHTH_HELD_OUT,
    "set 9": quality.NINTH_HELD_OUT,
    "set 10": quality.TENTH_HELD_OUT,
}
"""The labelled sets the shipped model learns from; the eleventh, twelfth, sixteenth to twenty-second sets and
``homepage_quality.TWENTY_THIRD_HELD_OUT`` to ``THIRTY_FOURTH_HELD_OUT`` and ``HELD_OUT`` are never trained on."""
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 2, "feature.possible_transitions": True}
_AS_ENTRY = {"author": "author", "title": "title", "container-title": "venue", "date": "date"}
_FILLERS = {"and", "et", "al", "with", "by"}

Sequence = tuple[list[EntryToken], list[str]]


def site_entries(site: quality.Labelled) -> list[Sequence]:
    """The entries the reader finds on one labelled site, each labelled word by word from the site's labels."""
    found: dict[int, object] = {}
    original = html.read_citation

    def capture(element, context, modelled=False):  # type: ignore[no-untyped-def]
        found.setdefault(id(element), element)
        return original(element, context, modelled)

    html.read_citation = capture
    _use(None)  # the entries as the rules find them, whatever the model would read in them
    try:
        site.read()
    finally:
        html.read_citation = original
    labels = yaml.safe_load(site.labels.read_text(encoding="utf-8")).get("publications") or [] if site.labels else []
    sequences = []
    for element in found.values():
        tokens = entry_tokens(element)  # type: ignore[arg-type]
        labelled = align(tokens, labels)
        if labelled:
            sequences.append((tokens, labelled))
    return sequences


def _words(tokens: list[EntryToken]) -> tuple[list[str], list[int]]:
    """The folded words of the tokens and, for each, the token it came from."""
    words, owners = [], []
    for index, token in enumerate(tokens):
        for word in fold(token.text).split():
            words.append(word)
            owners.append(index)
    return words, owners


def _span(words: list[str], owners: list[int], wanted: list[str], share: float, free: set[int]) -> set[int]:
    """The tokens (among ``free``) from the first to the last word matching ``wanted`` in order, when at least
    ``share`` of it matches; else none."""
    if not wanted:
        return set()
    kept = [(word, owner) for word, owner in zip(words, owners, strict=True) if owner in free]
    blocks = [b for b in SequenceMatcher(None, [w for w, _ in kept], wanted, autojunk=False).get_matching_blocks() if b.size]
    if sum(b.size for b in blocks) < share * len(wanted):
        return set()
    first, last = kept[blocks[0].a][1], kept[blocks[-1].a + blocks[-1].size - 1][1]
    if last - first + 1 > 1.5 * len(wanted) + 3:
        return set()
    return set(range(first, last + 1)) & free


def align(tokens: list[EntryToken], labels: list[list[object]]) -> list[str] | None:
    """Each token's field under the label whose title the entry spells, or ``None`` when no label's is there."""
    words, owners = _words(tokens)
    present = set(words)
    everything = set(range(len(tokens)))
    best: tuple[float, list[object], set[int]] | None = None
    for label in labels:
        title = fold(str(label[0])).split()
        if not title or len(present & set(title)) < 0.8 * len(set(title)):
            continue
        span = _span(words, owners, title, 0.85, everything)
        if span and (best is None or len(span) > len(best[2])):
            best = (len(span), label, span)
    if best is None:
        return None
    _, label, title_span = best
    fields = ["other"] * len(tokens)
    for i in title_span:
        fields[i] = "title"
    names = {word for author in label[1] or [] for word in fold(str(author)).split()}
    for i in _author_run(tokens, names, title_span):
        fields[i] = "author"
    free = {i for i, field in enumerate(fields) if field == "other"}
    for i in _span(words, owners, fold(str(label[2] or "")).split(), 0.6, free):
        fields[i] = "venue"
    year = str(label[3]) if label[3] else None
    for i, token in enumerate(tokens):
        if year and fields[i] == "other" and year in token.text:
            fields[i] = "date"
            break
    return fields


def _author_run(tokens: list[EntryToken], names: set[str], taken: set[int]) -> list[int]:
    """The longest stretch of tokens outside ``taken`` made of the authors' name words (and the ``and``,
    ``et al.``, initials and markers between them), as many names as it holds."""
    best: list[int] = []
    run: list[int] = []
    hits = best_hits = 0
    for i, token in enumerate([*tokens, None]):
        folded = fold(token.text).split() if token is not None else None
        if token is not None and i not in taken and folded is not None:
            hit = bool(folded) and all(word in names or len(word) == 1 for word in folded) and any(w in names for w in folded)
            filler = not folded or all(word in _FILLERS or len(word) == 1 for word in folded)
            if hit or (filler and run):
                run.append(i)
                hits += hit
                continue
        while run and set(fold(tokens[run[-1]].text).split()) <= _FILLERS - {"al"}:  # a trailing "and" or mark
            run.pop()
        if hits > best_hits:
            best, best_hits = run, hits
        run, hits = [], 0
    return best


def references(data: Path) -> list[Sequence]:
    """AnyStyle's labelled references as one-line entries without marks."""
    sequences = []
    for name in citation_parser.TRAINING:
        for parts in citation_parser.read_sequences(data / name):
            texts, labels = citation_parser.tokens_and_labels(parts)
            sequences.append(([EntryToken(text, (), 0) for text in texts], [_AS_ENTRY.get(label, "other") for label in labels]))
    return sequences


def train(sequences: Iterable[Sequence], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sequences:
        trainer.append(entry_features(tokens), labels)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def _scores(sites: list[quality.Labelled]) -> tuple[int, int, int]:
    right = read = labelled = 0
    for site in sites:
        works, _ = quality._read_keys(site.read())
        found, _, _ = quality._score(works, site.publications)
        right, read, labelled = right + found, read + len(works), labelled + len(site.publications)
    return right, read, labelled


def _use(model: Path | None) -> None:
    """Read lists with ``model`` where it reads them better (``None``: by the rules alone)."""
    html.ENTRY_MODEL = model is not None
    if model is not None:
        opened = entry_fields.open_tagger(model.read_bytes())
        entry_fields._tagger = lambda: opened  # type: ignore[assignment]


def evaluate(data: Path, only: list[str]) -> None:
    started = time.perf_counter()
    base = references(data)
    by_group = {name: [seq for site in sites for seq in site_entries(site)] for name, sites in GROUPS.items()}
    print(
        f"load average {os.getloadavg()[0]:.2f}; entries aligned per set: "
        + ", ".join(f"{k} {len(v)}" for k, v in by_group.items())
    )
    print(f"{'set':28} {'rules':>13} {'with model':>13}")
    totals = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    with tempfile.TemporaryDirectory() as folder:
        unseen = [
            ("eleventh set (never trained on)", quality.ELEVENTH_HELD_OUT),
            ("twelfth set (never trained on)", quality.TWELFTH_HELD_OUT),
        ]
        unseen.append(("sixteenth set (never trained on)", quality.SIXTEENTH_HELD_OUT))
        unseen.append(("seventeenth set (never trained on)", quality.SEVENTEENTH_HELD_OUT))
        unseen.append(("eighteenth set (never trained on)", quality.EIGHTEENTH_HELD_OUT))
        unseen.append(("nineteenth set (never trained on)", quality.NINETEENTH_HELD_OUT))
        unseen.append(("twentieth set (never trained on)", quality.TWENTIETH_HELD_OUT))
        unseen.append(("twenty-first set (never trained on)", quality.TWENTY_FIRST_HELD_OUT))
        unseen.append(("twenty-second set (never trained on)", quality.TWENTY_SECOND_HELD_OUT))
        unseen.append(("twenty-third set (never trained on)", quality.TWENTY_THIRD_HELD_OUT))
        unseen.append(("twenty-fourth set (never trained on)", quality.TWENTY_FOURTH_HELD_OUT))
        unseen.append(("twenty-fifth set (never trained on)", quality.TWENTY_FIFTH_HELD_OUT))
        unseen.append(("twenty-sixth set (never trained on)", quality.TWENTY_SIXTH_HELD_OUT))
        unseen.append(("twenty-seventh set (never trained on)", quality.TWENTY_SEVENTH_HELD_OUT))
        unseen.append(("twenty-eighth set (never trained on)", quality.TWENTY_EIGHTH_HELD_OUT))
        unseen.append(("twenty-ninth set (never trained on)", quality.TWENTY_NINTH_HELD_OUT))
        unseen.append(("thirtieth set (never trained on)", quality.THIRTIETH_HELD_OUT))
        unseen.append(("thirty-first set (never trained on)", quality.THIRTY_FIRST_HELD_OUT))
        unseen.append(("thirty-second set (never trained on)", quality.THIRTY_SECOND_HELD_OUT))
        unseen.append(("thirty-third set (never trained on)", quality.THIRTY_THIRD_HELD_OUT))
        unseen.append(("thirty-fourth set (never trained on)", quality.THIRTY_FOURTH_HELD_OUT))
        unseen.append(("held out (never trained on)", quality.HELD_OUT))
        for name, sites in [*GROUPS.items(), *unseen]:
            if only and name not in only:
                continue
            path = Path(folder) / f"{name}.crfsuite"
            train([*base, *(seq for other, seqs in by_group.items() if other != name for seq in seqs)], path)
            row = []
            for mode, model in (("rules", None), ("model", path)):
                _use(model)
                right, read, labelled = _scores(sites)
                total = totals[mode]
                total[0], total[1], total[2] = total[0] + right, total[1] + read, total[2] + labelled
                row.append(f"{_ratio(right, read)}/{_ratio(right, labelled)}")
            print(f"{name:28} " + " ".join(f"{cell:>13}" for cell in row), flush=True)
    print(f"{'all, each unseen':28} " + " ".join(f"{_ratio(t[0], t[1])}/{_ratio(t[0], t[2])}" for t in totals.values()))
    print(f"(precision/recall; {time.perf_counter() - started:.0f} s, load average {os.getloadavg()[0]:.2f})")


def _ratio(right: int, total: int) -> str:
    return f"{right / total:.3f}" if total else "–"


def train_shipped(data: Path) -> None:
    sequences = [*references(data), *(seq for sites in GROUPS.values() for site in sites for seq in site_entries(site))]
    train(sequences, MODEL_FILE)
    print(f"trained on {len(sequences)} entries: {MODEL_FILE.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["train", "evaluate"])
    parser.add_argument("--data", type=Path, default=citation_parser.default_data())
    parser.add_argument("--only", action="append", default=[], help="evaluate only this set (repeatable), e.g. 'set 8'")
    args = parser.parse_args()
    if args.command == "train":
        train_shipped(args.data)
    else:
        evaluate(args.data, args.only)


if __name__ == "__main__":
    main()
