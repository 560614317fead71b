"""Fetching a person's records from ORCID, dblp and OpenAlex by identifier, as source files the build reads.

All network access goes through one ``Transport`` (``get(url, headers) → Response``): the
default uses the standard library, tests give a recorded one. A ``Fetcher`` adds an on-disk
cache keyed by URL (reused until ``refresh``; every answer says how old it is), retries with
exponential backoff on 429 and 5xx (honouring ``Retry-After``), and errors a person can act
on: an unknown identifier, no network, a server that keeps failing.

    ORCID     https://pub.orcid.org/v3.0/<orcid>/record      → the record, JSON, with its works
              in full from …/works/<put-codes> (co-authors in order)
    dblp      https://dblp.org/pid/<pid>.xml                  → the person's XML
    OpenAlex  https://api.openalex.org/authors/<id> and the author's works, paged with
              cursors (200 a page), ``mailto`` for the polite pool → JSON Lines

Homepages (a start page and the pages it links) are crawled through the same ``Fetcher`` by
``fetch_homepage``.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, urlencode

from .. import __version__
from ..errors import FetchError
from ..model.identifiers import dblp_pid, openalex_id, orcid

__all__ = [
    "FETCHERS",
    "Fetched",
    "Fetcher",
    "Response",
    "Transport",
    "UrllibTransport",
    "default_cache",
    "fetch_dblp",
    "fetch_openalex",
    "fetch_orcid",
    "write_source",
]

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_ORCID_JSON = {"Accept": "application/json"}
_ORCID_BULK = 100
"""ORCID's bulk works endpoint takes at most 100 put-codes a request."""


@dataclass(frozen=True)
class Response:
    """What a server answered: status, headers (names in lower case), body, and the URL it came from
    after redirects (empty when the transport does not say)."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str = ""


class Transport(Protocol):
    """The one way scholargraph reaches the network; replace it to record, replay or proxy."""

    def get(self, url: str, headers: Mapping[str, str]) -> Response:
        """Answer a GET; raise ``OSError`` when the server cannot be reached at all."""
        ...


class UrllibTransport:
    """The default transport: ``urllib`` with a timeout; HTTP errors come back as responses."""

    def __init__(self, timeout: float = 30.0) -> None:
        self.timeout = timeout

    def get(self, url: str, headers: Mapping[str, str]) -> Response:
        import urllib.error
        import urllib.request

        request = urllib.request.Request(url, headers=dict(headers))
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                headers = {k.lower(): v for k, v in answer.headers.items()}
                return Response(answer.status, headers, answer.read(), answer.geturl())
        except urllib.error.HTTPError as error:
            return Response(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read(), error.url)
        except urllib.error.URLError as error:
            raise OSError(str(error.reason)) from error


@dataclass
class Fetcher:
    """GETs through a transport, with an on-disk cache, retries and clear errors."""

    transport: Transport = field(default_factory=UrllibTransport)
    cache: Path | None = None
    refresh: bool = False
    retries: int = 4
    backoff: float = 1.0
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.time
    notes: list[str] = field(default_factory=list)
    """What happened that a person may want to know: cached answers and their age, retries."""
    report: Callable[[str], None] | None = None
    """Called with each note as it happens (the CLI prints them while a slow fetch goes on)."""

    pause: float = 0.0
    """Seconds to leave between two requests (a crawler's politeness); answers from the cache do not wait."""
    _last_request: float | None = field(default=None, init=False, repr=False)

    @property
    def user_agent(self) -> str:
        """The ``User-Agent`` every request sends, and the name robots.txt rules are matched against."""
        return f"scholargraph/{__version__}"

    def get(self, url: str, headers: Mapping[str, str] | None = None, *, what: str = "the record") -> bytes:
        """The body at ``url``; ``what`` names the thing asked for in error messages."""
        response = self.answer(url, headers)
        if response.status == 404:
            raise FetchError(f"{_host(url)} knows no {what} ({url} answered 404 Not Found); check the identifier")
        if response.status in _RETRY_STATUSES:
            raise FetchError(f"{url} answered HTTP {response.status} after {self.retries + 1} attempt(s); try again later")
        if response.status != 200:
            raise FetchError(f"{url} answered HTTP {response.status}")
        return response.body

    def answer(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        """The server's answer at ``url`` whatever its status, after retries; raises only when it cannot be reached.

        An answer from the cache carries the content type it was served with and a ``date`` header
        saying when it was fetched.
        """
        cached = None if self.refresh else self._cached(url)
        if cached is not None:
            return cached
        sent = {"User-Agent": self.user_agent, **(headers or {})}
        for attempt in range(self.retries + 1):
            try:
                response = self._send(url, sent)
            except OSError as error:  # tried twice at most: no network rarely comes back in seconds
                if attempt >= min(1, self.retries):
                    raise FetchError(f"cannot reach {_host(url)} ({error}); is there a network connection?") from error
                self._wait(attempt, None, url, f"no answer ({error})")
                continue
            if response.status in _RETRY_STATUSES and attempt < self.retries:
                self._wait(attempt, response.headers.get("retry-after"), url, f"HTTP {response.status}")
                continue
            break
        if response.status == 200:
            self._store(url, response)
        return response

    def _send(self, url: str, headers: Mapping[str, str]) -> Response:
        """One request, after waiting what is left of ``pause`` since the previous one ended."""
        if self.pause > 0 and self._last_request is not None:
            left = self._last_request + self.pause - self.clock()
            if left > 0:
                self.sleep(left)
        try:
            return self.transport.get(url, headers)
        finally:
            self._last_request = self.clock()

    def _wait(self, attempt: int, retry_after: str | None, url: str, reason: str) -> None:
        delay = self.backoff * 2**attempt
        if retry_after and retry_after.strip().isdigit():
            delay = max(delay, min(float(retry_after), 60.0))
        self.note(f"{url}: {reason}; retrying in {delay:g} s")
        self.sleep(delay)

    def note(self, note: str) -> None:
        """Record something a person may want to know, and report it now if asked to."""
        self.notes.append(note)
        if self.report is not None:
            self.report(note)

    def _paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(url.encode()).hexdigest()
        return self.cache / f"{key}.body", self.cache / f"{key}.json"

    def _cached(self, url: str) -> Response | None:
        paths = self._paths(url)
        if paths is None or not paths[0].is_file() or not paths[1].is_file():
            return None
        try:
            meta = json.loads(paths[1].read_text(encoding="utf-8"))
            if meta["url"] != url:
                return None
            fetched_at, body = float(meta["fetched_at"]), paths[0].read_bytes()
            headers = {"date": formatdate(fetched_at, usegmt=True)}
            if meta.get("content_type"):
                headers["content-type"] = str(meta["content_type"])
            final_url = str(meta.get("final_url") or url)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged entry is a miss: the answer is fetched again and the entry rewritten
        self.note(f"{url}: from the cache, fetched {_age(self.clock() - fetched_at)} ago (--refresh fetches it again)")
        return Response(200, headers, body, final_url)

    def _store(self, url: str, response: Response) -> None:
        from ..rdf.files import write_atomically

        paths = self._paths(url)
        if paths is not None:
            meta = {"url": url, "fetched_at": self.clock()}
            if response.headers.get("content-type"):
                meta["content_type"] = response.headers["content-type"]
            if response.url and response.url != url:
                meta["final_url"] = response.url
            write_atomically({paths[0]: response.body, paths[1]: json.dumps(meta).encode()})


def _host(url: str) -> str:
    return url.split("/")[2]


def _age(seconds: float) -> str:
    units = (("day", 86400), ("hour", 3600), ("minute", 60))
    unit, size = next(((name, size) for name, size in units if seconds >= size), ("second", 1))
    count = int(seconds // size)
    return f"{count} {unit}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class Fetched:
    """A fetched record as a source file: its content, the file name to give it, its kind."""

    content: bytes
    file_name: str
    kind: str


def fetch_orcid(fetcher: Fetcher, identifier: str) -> Fetched:
    """The public ORCID record (v3.0 JSON) of an ORCID iD, given bare or as a URL, with its works in full.

    A record lists its works as summaries, without co-authors; the preferred version of each is
    asked for in full (100 a request) and put in place of its summary, so the file gives each
    work's contributors in order. If that fails, the summaries stay and a note says why.
    """
    found = orcid(identifier)
    if found is None:
        raise FetchError(f"'{identifier}' is not an ORCID iD; write it as 0000-0002-1825-0097")
    url = f"https://pub.orcid.org/v3.0/{found}/record"
    body = fetcher.get(url, _ORCID_JSON, what=f"ORCID iD {found}")
    record = _check_json(body, url)
    preferred = _preferred_work_summaries(record)
    if not preferred:
        return Fetched(body, f"orcid-{found}.json", "orcid")
    try:
        full = _orcid_works(fetcher, found, [str(summary.get("put-code")) for summary in preferred])
    except FetchError as error:
        fetcher.note(f"the works of {found} could not be fetched in full ({error}); their summaries are kept")
        return Fetched(body, f"orcid-{found}.json", "orcid")
    for summary in preferred:
        summary.update(full.get(str(summary.get("put-code")), {}))
    return Fetched(_pretty(record), f"orcid-{found}.json", "orcid")


def _preferred_work_summaries(record: object) -> list[dict[str, object]]:
    """The first (preferred) summary of each work group of an ORCID record."""
    works = ((record if isinstance(record, dict) else {}).get("activities-summary") or {}).get("works") or {}
    groups = works.get("group") or []
    return [group["work-summary"][0] for group in groups if isinstance(group, dict) and group.get("work-summary")]


def _orcid_works(fetcher: Fetcher, orcid_id: str, put_codes: list[str]) -> dict[str, dict[str, object]]:
    """Full works by put-code, through ORCID's bulk endpoint; items that come back as errors are left out."""
    found: dict[str, dict[str, object]] = {}
    for start in range(0, len(put_codes), _ORCID_BULK):
        url = f"https://pub.orcid.org/v3.0/{orcid_id}/works/{','.join(put_codes[start : start + _ORCID_BULK])}"
        answer = _check_json(fetcher.get(url, _ORCID_JSON, what=f"works of ORCID iD {orcid_id}"), url)
        for item in (answer.get("bulk") if isinstance(answer, dict) else None) or []:
            work = item.get("work") if isinstance(item, dict) else None
            if isinstance(work, dict):
                found[str(work.get("put-code"))] = work
    return found


def fetch_dblp(fetcher: Fetcher, identifier: str) -> Fetched:
    """A person's dblp XML (their record and publications) by dblp pid (``46/1213``) or profile URL."""
    pid = dblp_pid(identifier)
    if pid is None:
        raise FetchError(f"'{identifier}' is not a dblp pid; write it as on the person's dblp page, e.g. 46/1213")
    url = f"https://dblp.org/pid/{quote(pid)}.xml"
    body = fetcher.get(url, what=f"person with pid {pid}")
    if b"<dblpperson" not in body[:2048]:
        raise FetchError(f"{url} did not answer with a dblp person record; check the pid")
    return Fetched(body, f"dblp-{pid.replace('/', '-')}.xml", "dblp")


def fetch_openalex(fetcher: Fetcher, identifier: str, mailto: str | None = None, per_page: int = 200) -> Fetched:
    """An OpenAlex author and all their works, as JSON Lines (the author first, then a work a line).

    Works are paged with cursors; ``mailto`` puts the requests in OpenAlex's polite pool.
    """
    author = openalex_id(identifier)
    if author is None or not author.startswith("A"):
        raise FetchError(f"'{identifier}' is not an OpenAlex author id; write it as A5023888391")
    polite = {"mailto": mailto} if mailto else {}
    url = f"https://api.openalex.org/authors/{author}" + (f"?{urlencode(polite)}" if polite else "")
    lines = [_compact(_check_json(fetcher.get(url, what=f"author {author}"), url))]
    lines += [_compact(work) for work in _openalex_works(fetcher, author, polite, per_page)]
    return Fetched(("\n".join(lines) + "\n").encode(), f"openalex-{author}.jsonl", "openalex")


def _openalex_works(fetcher: Fetcher, author: str, polite: dict[str, str], per_page: int) -> Iterator[object]:
    cursor: str | None = "*"
    while cursor:
        query = urlencode({"filter": f"author.id:{author}", "per-page": per_page, "cursor": cursor, **polite})
        url = f"https://api.openalex.org/works?{query}"
        page = _check_json(fetcher.get(url, what=f"works of author {author}"), url)
        if not isinstance(page, dict) or not isinstance(page.get("results"), list):
            raise FetchError(f"{url} answered without a list of results; the OpenAlex API may have changed")
        yield from page["results"]
        cursor = (page.get("meta") or {}).get("next_cursor") if page["results"] else None


FETCHERS: dict[str, Callable[..., Fetched]] = {"orcid": fetch_orcid, "dblp": fetch_dblp, "openalex": fetch_openalex}
"""The registries ``scholargraph fetch`` knows, by name (a homepage, which gives many files, is ``fetch_homepage``)."""


def default_cache() -> Path:
    """Where fetched answers are kept: ``$XDG_CACHE_HOME/scholargraph/http`` (``~/.cache/…``)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "scholargraph" / "http"


def write_source(fetched: Fetched, out: Path) -> Path:
    """Write a fetched record as a source file: to ``out`` if it names a file, else into the folder ``out``.

    The file is replaced whole or not at all, so a failed fetch leaves the previous copy intact.
    """
    from ..rdf.files import write_atomically

    target = out if out.suffix else out / fetched.file_name
    write_atomically({target: fetched.content})
    return target


def _check_json(body: bytes, url: str) -> object:
    try:
        return json.loads(body)
    except ValueError as error:
        raise FetchError(f"{url} did not answer with JSON ({error}); try again later") from error


def _pretty(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
