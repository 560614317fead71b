"""Side-by-side benchmark: reading BibTeX with scholargraph vs the parsers it could have used.

Run from the repository root::

    python benchmarks/bench_bibtex.py [--sizes 133,2000,10000] [--repeat 3] [--file extra.bib] [--middlewares-max 2000]

Progress goes to stderr, the table (markdown) to stdout. The default run takes about
two minutes on two cores; ``bibtexparser + middlewares`` is timed only up to
``--middlewares-max`` entries (2,000), as it takes minutes beyond.

The inputs are real entries: ``tests/data/bibtex/htw-erodner-group/paper.bib`` (133 entries,
LaTeX accents, abstracts) and ``tests/data/bibtex/ifn-excerpt`` (month macros, ``and others``,
one broken entry), repeated with fresh keys until a file has the size asked for; ``--file``
adds a real file as it is (e.g. a full group bibliography). Each reader is timed on the
same text, median of ``--repeat`` runs with ``time.perf_counter``:

* ``scholargraph``: ``bibtex_works`` (LaTeX cache emptied first) — bibtexparser v2 splitting, then this project's
  macro expansion, crossref, LaTeX → Unicode of the fields used, names, venues: ``Work`` records.
* ``bibtexparser (split only)``: ``bibtexparser.parse_string(text, parse_stack=[])`` — the
  splitting scholargraph builds on, no meaning given to values.
* ``bibtexparser + middlewares``: the library's own way to the same meaning (string
  resolution, LaTeX decoding of every field, co-author splitting, name parts, month numbers).
* ``pybtex``: ``pybtex.database.parse_string(text, "bibtex")`` in non-strict mode (persons
  split, macros resolved, LaTeX kept) — it keeps no line numbers, which is why it was not chosen.

"entries" is what each one yields, to show they read the same input the same way.
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [
    ROOT / "tests" / "data" / "bibtex" / "htw-erodner-group" / "paper.bib",
    ROOT / "tests" / "data" / "bibtex" / "ifn-excerpt" / "ifn_spaml_bibliography.bib",
]


def sample_text(size: int) -> str:
    """``size`` real entries: the sample files' entries repeated, each copy's keys made unique."""
    entries: list[str] = []
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        entries += [block for block in re.split(r"(?m)^(?=@)", text) if re.match(r"@(?!comment)", block, re.IGNORECASE)]
    out: list[str] = []
    copy = 0
    while len(out) < size:
        for block in entries[: size - len(out)]:
            out.append(re.sub(r"^(@\s*\w+\s*\{\s*)([^,\s]+)", rf"\g<1>\g<2>-c{copy}", block, count=1))
        copy += 1
    return "".join(out)


def readers() -> dict[str, Callable[[str], int]]:
    import bibtexparser
    import bibtexparser.middlewares as m

    from scholargraph.identity.aliases import venues
    from scholargraph.sources.bibtex import bibtex_works
    from scholargraph.sources.latex import latex_to_text  # its cache is emptied before each run: no warm start

    table = venues()
    found: dict[str, Callable[[str], int]] = {
        "scholargraph": lambda text: latex_to_text.cache_clear() or len(bibtex_works(text, "bench.bib", table)[0]),
        "bibtexparser (split only)": lambda text: len(bibtexparser.parse_string(text, parse_stack=[]).entries),
        "bibtexparser + middlewares": lambda text: len(
            bibtexparser.parse_string(
                text,
                append_middleware=[
                    m.LatexDecodingMiddleware(),
                    m.MonthIntMiddleware(True),
                    m.SeparateCoAuthors(),
                    m.SplitNameParts(),
                ],
            ).entries
        ),
    }
    try:
        import pybtex.errors
        from pybtex.database import parse_string

        pybtex.errors.set_strict_mode(False)
        found["pybtex"] = lambda text: len(parse_string(text, "bibtex").entries)
    except ImportError:
        print("pybtex not installed (pip install pybtex): its column is left out", file=sys.stderr)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="133,2000,10000", help="entries per generated file, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--file", type=Path, action="append", default=[], help="a real .bib file to time as well")
    parser.add_argument(
        "--middlewares-max",
        type=int,
        default=2000,
        help="time 'bibtexparser + middlewares' only up to this many entries (it is slow)",
    )
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # bibtexparser's complaints about the broken entry, once per copy

    inputs = [(f"{size} entries", sample_text(int(size))) for size in args.sizes.split(",")]
    inputs += [(path.name, path.read_text(encoding="utf-8")) for path in args.file]
    names = list(readers())
    rows = []
    for label, text in inputs:
        row = [label]
        for name, read in readers().items():
            if name == "bibtexparser + middlewares" and text.count("\n@") + 1 > args.middlewares_max:
                row.append("skipped")
                continue
            print(f"{label}: {name}", file=sys.stderr)
            times, count = [], 0
            for _ in range(args.repeat):
                started = time.perf_counter()
                count = read(text)
                times.append(time.perf_counter() - started)
            row.append(f"{statistics.median(times):.3f} s ({count} entries)")
        rows.append(row)
    print("| input | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
