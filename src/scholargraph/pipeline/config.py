"""A scholargraph project: its ``scholargraph.toml`` and the source files it names.

``scholargraph.toml`` at the project root says where the sources are and what base IRI
mints the graph's IRIs; without one, every readable file under ``data/`` is a source::

    base = "https://example.org/"
    sources = ["data/"]                                   # files, folders or globs
    # sources = [{ path = "me.txt", kind = "homepage" }]  # kind when the name does not say
    # sources = [{ path = "data/roster.csv", kind = "roster", supervisor = "Min-Yen Kan",
    #              organization = "National University of Singapore" }]   # what the rows do not say
    exclude = ["data/old/**", "*.bak"]                    # files not to read (globs; * crosses folders)

    [identity.aliases]                                    # identity hints: see identity.Hints
    "Lv Hui" = "Hui Lv"

    [publish]                                             # what the VoID description says
    title = "Publications of the Sun lab"
    license = "https://creativecommons.org/licenses/by/4.0/"
    endpoint = "https://example.org/sparql"               # default: BASE + "sparql"
    site = true                                           # build writes the site too, into build/site/
"""

from __future__ import annotations

import fnmatch
import glob
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError, SourceError
from ..identity import Hints
from ..rdf.vocab import DEFAULT_BASE, Minter
from ..sources import SOURCE_DEFAULTS, SOURCE_KINDS, known_kinds, named_like_a_source, source_for
from ..sources.site import source_files_in

__all__ = ["CONFIG_FILE", "Project", "SourceFile"]

CONFIG_FILE = "scholargraph.toml"


@dataclass(frozen=True)
class SourceFile:
    """A file to read, the path people see for it (relative to the project), its kind, and the
    defaults its ``sources`` entry gives (a roster's supervisor and organization)."""

    path: Path
    shown_as: str
    kind: str
    defaults: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Project:
    """Where a project is, which sources it reads and which base IRI it mints."""

    root: Path
    sources: list[str | dict[str, str]] = field(default_factory=lambda: ["data/"])
    base: str = DEFAULT_BASE
    identity: Hints = field(default_factory=Hints)
    publish: dict[str, str] = field(default_factory=dict)
    """``[publish]``: ``title``, ``description``, ``license`` and ``endpoint`` of the published dataset."""
    site: bool = False
    """``[publish] site = true``: ``build`` writes the linked-data site too, so a project publishes with one command."""
    exclude: list[str] = field(default_factory=list)
    """Globs, relative to the project, of files not to read."""

    @classmethod
    def load(cls, root: Path) -> Project:
        """The project at ``root``, configured by its ``scholargraph.toml`` if it has one."""
        config = root / CONFIG_FILE
        if not config.is_file():
            return cls(root)
        try:
            text = config.read_text(encoding="utf-8")
            settings = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{config}: {error}; fix the TOML syntax") from None
        unknown = set(settings) - {"base", "sources", "exclude", "identity", "publish"}
        if unknown:
            raise ConfigError(
                f"{config}: unknown setting(s) {', '.join(sorted(unknown))}; known: base, sources, exclude, identity, publish"
            )
        sources = settings.get("sources", ["data/"])
        if not isinstance(sources, list) or not sources:
            raise ConfigError(f"{config}: 'sources' must be a list of paths, e.g. sources = [\"data/\"]")
        settings_known = {"path", "kind"}.union(*(names for _, names in SOURCE_DEFAULTS.values()))
        for number, spec in enumerate(sources, start=1):
            fine = isinstance(spec, str) and bool(spec.strip())
            if isinstance(spec, dict):
                fine = isinstance(spec.get("path"), str) and set(spec) <= settings_known
                fine = fine and all(isinstance(value, str) for value in spec.values())
            if not fine:
                raise ConfigError(
                    f'{config}: sources entry {number} ({spec!r}) must be a path ("data/") '
                    f'or a table {{ path = "me.txt", kind = "homepage" }} (settings: {", ".join(sorted(settings_known))})'
                )
        exclude = settings.get("exclude", [])
        if not isinstance(exclude, list) or not all(isinstance(glob, str) and glob.strip() for glob in exclude):
            raise ConfigError(f'{config}: \'exclude\' must be a list of globs, e.g. exclude = ["data/old/**", "*.bak"]')
        base = settings.get("base", DEFAULT_BASE)
        if not isinstance(base, str):
            raise ConfigError(f"{config}: 'base' must be an IRI in quotes, e.g. base = \"https://example.org/\"")
        try:
            Minter(base)
        except ValueError as error:
            raise ConfigError(f"{config}: {error}") from None
        publish = settings.get("publish", {})
        known = {"title", "description", "license", "endpoint"}
        site = publish.get("site", False) if isinstance(publish, dict) else None
        texts: dict[str, Any] = (
            {name: value for name, value in publish.items() if name != "site"} if isinstance(publish, dict) else {"": None}
        )
        if set(texts) - known or not all(isinstance(value, str) for value in texts.values()) or not isinstance(site, bool):
            raise ConfigError(
                f"{config}: [publish] takes text settings {', '.join(sorted(known))} and site = true or false, "
                'e.g. license = "https://creativecommons.org/licenses/by/4.0/"'
            )
        identity = Hints.from_config(settings.get("identity", {}), str(config), text)
        return cls(root, sources, base, identity, texts, exclude=exclude, site=site)

    def source_files(self, paths: list[Path] | None = None) -> list[SourceFile]:
        """The files to read, each once, sorted by the path people see."""
        return self.source_walk(paths)[0]

    def source_walk(self, paths: list[Path] | None = None) -> tuple[list[SourceFile], list[str]]:
        """The files to read (``source_files``), and the files the same walk passed over whose name says a source
        (``.json``, ``.xml``…) but whose start is no kind's, by the path people see: a file that is there is never
        passed over unsaid."""
        specs: list[str | dict[str, str]] = [str(p) for p in paths] if paths else self.sources
        found: dict[str, SourceFile] = {}
        passed: list[Path] = []
        for spec in specs:
            pattern, kind = (spec, None) if isinstance(spec, str) else (spec.get("path", ""), spec.get("kind"))
            defaults = {} if isinstance(spec, str) else {k: v for k, v in spec.items() if k not in ("path", "kind")}
            if kind is not None and kind not in SOURCE_KINDS:
                raise ConfigError(f"source {pattern!r}: unknown kind {kind!r}; known kinds: {', '.join(SOURCE_KINDS)}")
            for path, site_kind in self._expand(pattern, explicit=paths is not None, passed=passed):
                shown = self._shown(path)
                guessed = kind or site_kind or source_for(path)
                if guessed and not self.excluded(shown):
                    found.setdefault(shown, SourceFile(path, shown, guessed, defaults))
                elif guessed is None and named_like_a_source(path):
                    passed.append(path)
        unsaid = {self._shown(path) for path in passed} - found.keys()
        return [found[shown] for shown in sorted(found)], sorted(shown for shown in unsaid if not self.excluded(shown))

    def excluded(self, shown: str) -> bool:
        """Whether ``exclude`` names a file (by its path in the project; ``*`` also matches across folders)."""
        return any(fnmatch.fnmatchcase(shown, pattern.removeprefix("./")) for pattern in self.exclude)

    def _expand(self, pattern: str, explicit: bool, passed: list[Path]) -> list[tuple[Path, str | None]]:
        """The files a pattern names, with their kind when a site folder's layout tells it; the files a folder's walk
        passes over are added to ``passed``."""
        base = Path(pattern) if Path(pattern).is_absolute() or explicit else self.root / pattern
        matches = [Path(m) for m in sorted(glob.glob(str(base), recursive=True))] if glob.has_magic(pattern) else [base]
        files: list[tuple[Path, str | None]] = []
        for match in matches:
            if match.is_dir():
                files += source_files_in(match, passed=passed)
            elif match.is_file():
                if explicit and source_for(match) is None:
                    raise SourceError(str(match), f"not a source scholargraph can read; {known_kinds()}")
                files.append((match, None))
            else:
                raise SourceError(pattern, "no such file or folder; check the path (or 'sources' in scholargraph.toml)")
        return files

    def _shown(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()
