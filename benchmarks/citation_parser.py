"""Train the free-text citation reader (scholargraph.sources.citations) and measure it beside the homepage reader's rules.

    python benchmarks/citation_parser.py train      # rewrites src/scholargraph/models/ from anystyle-core.xml + anystyle-good.xml
    python benchmarks/citation_parser.py evaluate   # field precision / recall / F1 on the held-out anystyle-gold.xml

``--data DIR`` names the folder of AnyStyle's labelled references (default: ``shared/data/citation-strings``
in a folder above this checkout). ``anystyle-gold.xml`` is never trained on.

Field scores are counted two ways: per token (a token of the string is right when both sides give it
the field) and per whole field (the first part of that label, compared letters and digits only,
case-folded; the year as a number). "Author names" compares the individual names, given name first.
The rules are the homepage reader's one-paragraph citation reading (``read_citation``): the string is
put in an ``<li>`` and read as a page entry; they give no volume, pages or publisher.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import sys
import time
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import pycrfsuite
from lxml import etree

from scholargraph.identity.aliases import organizations, venues
from scholargraph.model.names import fold
from scholargraph.sources import citations
from scholargraph.sources.homepage.context import Context
from scholargraph.sources.homepage.html_entries import _split_fields, read_citation
from scholargraph.sources.homepage.html_page import block_lines

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "src" / "scholargraph" / "models"
VENUES = ROOT / "src" / "scholargraph" / "venues.toml"
TRAINING = ("anystyle-core.xml", "anystyle-good.xml")
HELD_OUT = "anystyle-gold.xml"
LABELS = {
    "author": "author",
    "editor": "editor",
    "title": "title",
    "container-title": "container-title",
    "journal": "container-title",
    "date": "date",
    "volume": "volume",
    "pages": "pages",
    "publisher": "publisher",
    "location": "location",
    "doi": "doi",
    "url": "url",
    "citation-number": "citation-number",
}
"""AnyStyle's labels as the model learns them; the rest (genre, edition, translator, isbn…) become ``note``."""
FIELDS = {
    "author": "author",
    "title": "title",
    "venue": "container-title",
    "year": "date",
    "volume": "volume",
    "pages": "pages",
    "publisher": "publisher",
}
"""The fields measured, and the label each is read from."""
TRAINING_PARAMS = {
    "c1": 0.15,  # L1: most features fall to zero weight, which keeps the model small
    "c2": 0.01,
    "max_iterations": 200,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}
WORD_CLASS_MIN_COUNT = 5
WORD_CLASS_MIN_SHARE = 0.8

Parts = list[tuple[str, str]]


def default_data() -> Path:
    for folder in ROOT.parents:
        candidate = folder / "shared" / "data" / "citation-strings"
        if candidate.is_dir():
            return candidate
    return ROOT / "data" / "citation-strings"


def read_sequences(path: Path) -> list[Parts]:
    """Each labelled reference as its (label, text) parts in order, whitespace collapsed."""
    sequences = []
    for sequence in etree.parse(str(path)).getroot().iter("sequence"):
        parts = [(LABELS.get(str(part.tag), "note"), " ".join((part.text or "").split())) for part in sequence]
        sequences.append([(label, text) for label, text in parts if text])
    return sequences


def tokens_and_labels(parts: Parts) -> tuple[list[str], list[str]]:
    tokens, labels = [], []
    for label, text in parts:
        words = [text[start:end] for start, end in citations.token_spans(text)]
        tokens.extend(words)
        labels.extend([label] * len(words))
    return tokens[: citations.MAX_TOKENS], labels[: citations.MAX_TOKENS]


def homepage_styles(sequences: list[Parts]) -> Iterator[Parts]:
    """Homepage forms the references seldom use, made from every fifth of them with given-first names:
    ``Title, with A and B. Venue``, ``Title. A, B and C. Venue`` and ``A*, B, C. Title. CVPR 2019.``
    (a conference from the shipped venue table in place of the journal)."""
    conferences = [alias for venue in tomllib.loads(VENUES.read_text(encoding="utf-8"))["venue"] for alias in venue["aliases"]]
    for number, parts in enumerate(sequences):
        labels = [label for label, _ in parts]
        if number % 5 or labels.count("author") != 1 or labels.count("title") != 1 or "container-title" not in labels:
            continue
        names = citations.names_in(dict(parts)["author"])
        if not names:
            continue
        written = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        title = dict(parts)["title"].rstrip(".,")
        rest = [(label, text) for label, text in parts if label not in ("author", "title", "citation-number")]
        year = year_of(dict(parts).get("date", ""))
        style = number // 5 % 4
        if style == 0:
            yield [("title", title + ","), ("author", f"with {written}."), *rest]
        elif style == 1:
            yield [("title", title + "."), ("author", written + "."), *rest]
        elif year:
            marked = ", ".join(f"{name}*" if i == 0 and number % 3 == 0 else name for i, name in enumerate(names))
            venue = conferences[number // 5 % len(conferences)]
            ending = (
                [("container-title", f"{venue}"), ("date", f"{year}.")]
                if style == 2
                else [("container-title", f"In {venue},"), ("date", f"{year}.")]
            )
            yield [("author", marked + "."), ("title", title + "."), *ending]


def word_classes(sequences: list[tuple[list[str], list[str]]]) -> dict[str, str]:
    """The words that nearly always carry one label in the training data, with that label."""
    counts: dict[str, Counter[str]] = {}
    for tokens, labels in sequences:
        for token, label in zip(tokens, labels, strict=True):
            counts.setdefault(citations.token_edges(token)[1].lower(), Counter())[label] += 1
    classes = {}
    for word, by_label in counts.items():
        label, count = by_label.most_common(1)[0]
        total = sum(by_label.values())
        if word and total >= WORD_CLASS_MIN_COUNT and count / total >= WORD_CLASS_MIN_SHARE:
            classes[word] = label
    return dict(sorted(classes.items()))


def train(data: Path) -> None:
    references = [parts for name in TRAINING for parts in read_sequences(data / name)]
    sequences = [tokens_and_labels(parts) for parts in [*references, *homepage_styles(references)]]
    classes = word_classes(sequences)
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sequences:
        trainer.append(citations.token_features(tokens, classes), labels)
    trainer.set_params(TRAINING_PARAMS)
    started = time.perf_counter()
    MODELS.mkdir(exist_ok=True)
    trainer.train(str(MODELS / citations.MODEL))
    (MODELS / citations.WORD_CLASSES).write_text(json.dumps(classes, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    shutil.copyfile(data / "LICENSE-anystyle", MODELS / "LICENSE-anystyle")
    size = (MODELS / citations.MODEL).stat().st_size
    print(
        f"trained on {len(references)} references (+{len(sequences) - len(references)} in homepage styles) "
        f"in {time.perf_counter() - started:.0f} s: {size / 1e6:.2f} MB, {len(classes)} word classes"
    )


@dataclass
class Reading:
    """What one reader made of one string: field → text (or year), the token labels and the author names."""

    fields: dict[str, object] = field(default_factory=dict)
    token_labels: list[str | None] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def normalized(value: object) -> object:
    """A field's letters and digits, case-folded and without accents or a leading "In"; a year stays a number."""
    if isinstance(value, str):
        letters = unicodedata.normalize("NFKD", citations._IN.sub("", value)).casefold()
        return re.sub(r"[\W_]+", "", letters) or None
    return value


def year_of(text: str) -> int | None:
    match = citations._YEAR_IN.search(text)
    return int(match.group()) if match else None


def first_of(parts: Parts) -> dict[str, object]:
    found: dict[str, object] = {}
    for label, text in parts:
        found.setdefault(label, text)
    values = {name: found.get(label) for name, label in FIELDS.items()}
    values["year"] = year_of(str(found.get("date", "")))
    return values


def gold_reading(parts: Parts) -> Reading:
    authors = next((text for label, text in parts if label == "author"), "")
    return Reading(first_of(parts), list(tokens_and_labels(parts)[1]), citations.names_in(authors))


def crf_reading(text: str) -> Reading:
    parsed = citations.parse_citation(text)
    parts = list(parsed.parts)
    return Reading(first_of(parts), list(tokens_and_labels(parts)[1]), list(parsed.authors))


def rules_reading(text: str, context: Context) -> Reading:
    """The homepage reader's reading of the string as a list item (nothing when it declines)."""
    entry = lxml.html.fragment_fromstring(f"<li>{html.escape(text)}</li>")
    citation, _ = read_citation(entry, context)
    spans = citations.token_spans(text)
    if citation is None:
        return Reading({}, [None] * len(spans))
    _, authors_text, _ = _split_fields(entry, block_lines(entry), context)
    labels: list[str | None] = [None] * len(spans)
    for label, found in (("container-title", citation.venue), ("title", citation.title), ("author", authors_text)):
        start = text.find(found) if found else -1
        for i, (token_start, token_end) in enumerate(spans):
            if found and start >= 0 and token_start < start + len(found) and token_end > start:
                labels[i] = label
    if citation.year:
        year_token = next((i for i, (s, e) in enumerate(spans) if str(citation.year) in text[s:e] and labels[i] is None), None)
        if year_token is not None:
            labels[year_token] = "date"
    fields = {"author": authors_text, "title": citation.title, "venue": citation.venue, "year": citation.year}
    return Reading(fields, labels, list(citation.authors))


@dataclass
class Score:
    right: int = 0
    read: int = 0
    labelled: int = 0

    def add(self, right: int, read: int, labelled: int) -> None:
        self.right, self.read, self.labelled = self.right + right, self.read + read, self.labelled + labelled

    def figures(self) -> str:
        if not self.read and not self.right:
            return f"{'—':>5} {'—':>5} {'—':>5}"
        precision = self.right / self.read if self.read else 0.0
        recall = self.right / self.labelled if self.labelled else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f"{precision:5.3f} {recall:5.3f} {f1:5.3f}"

    @property
    def f1(self) -> float:
        precision = self.right / self.read if self.read else 0.0
        recall = self.right / self.labelled if self.labelled else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold: list[Reading], read: list[Reading]) -> dict[tuple[str, str], Score]:
    """Token and whole-field scores of each field, and the score of individual author names."""
    scores: dict[tuple[str, str], Score] = {}
    for truth, reading in zip(gold, read, strict=True):
        for name, label in FIELDS.items():
            tokens = zip(truth.token_labels, reading.token_labels, strict=False)
            pairs = [(want == label, got == label) for want, got in tokens]
            scores.setdefault((name, "token"), Score()).add(
                sum(want and got for want, got in pairs), sum(got for _, got in pairs), truth.token_labels.count(label)
            )
            want, got = normalized(truth.fields.get(name)), normalized(reading.fields.get(name))
            scores.setdefault((name, "field"), Score()).add(
                int(want is not None and want == got), got is not None, want is not None
            )
        wanted, given = Counter(fold(n) for n in truth.names), Counter(fold(n) for n in reading.names)
        scores.setdefault(("author names", "field"), Score()).add(
            sum((wanted & given).values()), len(reading.names), len(truth.names)
        )
    return scores


def evaluate(data: Path) -> None:
    held_out = read_sequences(data / HELD_OUT)
    trained_on = {" ".join(text for _, text in parts) for name in TRAINING for parts in read_sequences(data / name)}
    strings = [" ".join(text for _, text in parts) for parts in held_out]
    started = time.perf_counter()
    citations._tagger()
    citations._word_classes()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    crf = [crf_reading(text) for text in strings]
    parsed = time.perf_counter() - started
    context = Context("gold.xml", venues(), organizations())
    rules = [rules_reading(text, context) for text in strings]
    gold = [gold_reading(parts) for parts in held_out]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    size = (MODELS / citations.MODEL).stat().st_size / 1e6
    print(
        f"model {size:.2f} MB, loaded in {loaded * 1000:.0f} ms; CRF parse {parsed / len(strings) * 1000:.2f} ms per string; ",
        end="",
    )
    print(f"load average {load}")
    unseen = [i for i, text in enumerate(strings) if text not in trained_on]
    print_table(f"all {len(strings)} held-out references", gold, crf, rules)
    print_table(
        f"the {len(unseen)} held-out references not also in the training files (word for word)",
        [gold[i] for i in unseen],
        [crf[i] for i in unseen],
        [rules[i] for i in unseen],
    )


def print_table(caption: str, gold: list[Reading], crf: list[Reading], rules: list[Reading]) -> None:
    results = {"CRF": score(gold, crf), "rules": score(gold, rules)}
    print(f"\n{caption}:\n")
    print("| field | count | CRF token P R F1 | CRF field P R F1 | rules token P R F1 | rules field P R F1 |")
    print("|---|---:|---|---|---|---|")
    for name in [*FIELDS, "author names"]:
        count = results["CRF"][(name, "field")].labelled
        cells = [
            results[side][(name, how)].figures() if (name, how) in results[side] else "—"
            for side in results
            for how in ("token", "field")
        ]
        print(f"| {name} | {count} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["train", "evaluate"])
    parser.add_argument("--data", type=Path, default=default_data(), help="folder of anystyle-*.xml")
    arguments = parser.parse_args()
    if not (arguments.data / HELD_OUT).is_file():
        sys.exit(f"{arguments.data}: no {HELD_OUT} here; give the folder of AnyStyle's references with --data")
    if arguments.command == "train":
        train(arguments.data)
    else:
        evaluate(arguments.data)


if __name__ == "__main__":
    main()
