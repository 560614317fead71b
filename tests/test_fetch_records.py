"""Fetchers through a recorded transport: never the network.

The recorded answers are the real-format files under ``tests/data`` (an ORCID v3.0 record, a
person's dblp XML, OpenAlex author and work objects put into API pages as the API returns them,
six saved Mathematics Genealogy Project record pages).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from conftest import Cli
from scholargraph.errors import FetchError
from scholargraph.fetch.mgp import fetch_mgp, mgp_url
from scholargraph.fetch.records import Fetcher, Response, fetch_dblp, fetch_openalex, fetch_orcid, write_source
from scholargraph.model.records import Identifier, IdentifierScheme, Person, Work
from scholargraph.sources import read_source

DATA = Path(__file__).resolve().parent / "data"
ORCID_RECORD = (DATA / "orcid" / "record-full-3.0.json").read_bytes()
DBLP_PERSON = (DATA / "dblp" / "person-pid.xml").read_bytes()
OPENALEX_AUTHOR = (DATA / "openalex" / "author.json").read_bytes()
OPENALEX_WORK = json.loads((DATA / "openalex" / "work.json").read_text())
ORCID_URL = "https://pub.orcid.org/v3.0/0000-0002-7319-2192/record"
BULK_URL = "https://pub.orcid.org/v3.0/0000-0002-7319-2192/works/178602"


def full_work() -> dict[str, object]:
    """The record's one work summary made a full work, as ORCID's bulk endpoint gives it: the summary's
    fields and a ``contributors`` block of the v3.0 shape (names chosen here; the owner's iD is the record's)."""
    summary = json.loads(ORCID_RECORD)["activities-summary"]["works"]["group"][0]["work-summary"][0]

    def contributor(name: str, orcid: str | None, sequence: str) -> dict[str, object]:
        iD = {"uri": f"https://orcid.org/{orcid}", "path": orcid, "host": "orcid.org"} if orcid else None
        return {
            "contributor-orcid": iD,
            "credit-name": {"value": name},
            "contributor-email": None,
            "contributor-attributes": {"contributor-sequence": sequence, "contributor-role": "author"},
        }

    people = [contributor("Ana Lima", None, "first"), contributor("Three releasecandidate1", "0000-0002-7319-2192", "additional")]
    return dict(summary, contributors={"contributor": people}, **{"short-description": None})


class RecordedTransport:
    """Answers from a table of URL → answers (given in turn, the last repeated); logs every request."""

    def __init__(self, answers: Mapping[str, list[Response] | Response]) -> None:
        self.answers = {url: list(a) if isinstance(a, list) else [a] for url, a in answers.items()}
        self.requests: list[tuple[str, dict[str, str]]] = []

    def get(self, url: str, headers: Mapping[str, str]) -> Response:
        self.requests.append((url, dict(headers)))
        if url not in self.answers:
            return Response(404, {}, b'{"error": "not found"}')
        queue = self.answers[url]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, OSError):
            raise answer
        return answer


def ok(body: bytes | object) -> Response:
    return Response(200, {"content-type": "application/json"}, body if isinstance(body, bytes) else json.dumps(body).encode())


def no_sleep(_: float) -> None:
    pass


def test_orcid_record_is_fetched_with_its_works_in_full(tmp_path: Path) -> None:
    transport = RecordedTransport({ORCID_URL: ok(ORCID_RECORD), BULK_URL: ok({"bulk": [{"work": full_work()}]})})
    fetched = fetch_orcid(Fetcher(transport), "https://orcid.org/0000-0002-7319-2192")
    path = write_source(fetched, tmp_path / "data")
    assert path == tmp_path / "data" / "orcid-0000-0002-7319-2192.json"
    assert [url for url, _ in transport.requests] == [ORCID_URL, BULK_URL]
    assert all(headers["Accept"] == "application/json" for _, headers in transport.requests)
    result = read_source(path)
    people = [r for r in result.records if isinstance(r, Person)]
    assert people[0].identifiers == (Identifier(IdentifierScheme.ORCID, "0000-0002-7319-2192"),)
    (work,) = [r for r in result.records if isinstance(r, Work)]
    assert work.authors == ("Ana Lima", "Three releasecandidate1")
    assert work.author_identifiers == ((), (Identifier(IdentifierScheme.ORCID, "0000-0002-7319-2192"),))
    assert (work.title, work.doi) == ("Work Title", "10.1087/20120404")
    assert not [p for p in result.problems if "without their co-authors" in p.message]


def test_orcid_works_that_cannot_be_had_in_full_keep_their_summaries(tmp_path: Path) -> None:
    transport = RecordedTransport({ORCID_URL: ok(ORCID_RECORD)})  # the bulk request answers 404
    fetcher = Fetcher(transport, sleep=no_sleep)
    fetched = fetch_orcid(fetcher, "0000-0002-7319-2192")
    assert fetched.content == ORCID_RECORD
    assert len(fetcher.notes) == 1 and "could not be fetched in full" in fetcher.notes[0]


def test_cache_hit_says_its_age_and_refresh_fetches_again(tmp_path: Path) -> None:
    transport = RecordedTransport({ORCID_URL: ok(ORCID_RECORD)})
    cache = tmp_path / "cache"
    Fetcher(transport, cache=cache, clock=lambda: 1000.0).get(ORCID_URL)
    later = Fetcher(transport, cache=cache, clock=lambda: 1000.0 + 2 * 3600 + 5)
    assert later.get(ORCID_URL) == ORCID_RECORD
    assert len(transport.requests) == 1
    assert later.notes == [f"{ORCID_URL}: from the cache, fetched 2 hours ago (--refresh fetches it again)"]
    Fetcher(transport, cache=cache, refresh=True).get(ORCID_URL)
    assert len(transport.requests) == 2


def test_a_damaged_cache_entry_is_fetched_again(tmp_path: Path) -> None:
    transport = RecordedTransport({ORCID_URL: ok(ORCID_RECORD)})
    cache = tmp_path / "cache"
    Fetcher(transport, cache=cache).get(ORCID_URL)
    (meta,) = cache.glob("*.json")
    meta.write_text("{not json")
    assert Fetcher(transport, cache=cache).get(ORCID_URL) == ORCID_RECORD
    assert len(transport.requests) == 2
    assert json.loads(meta.read_text())["url"] == ORCID_URL


def test_retries_back_off_and_honour_retry_after() -> None:
    answers = [Response(503, {}, b""), Response(429, {"retry-after": "7"}, b""), ok(ORCID_RECORD)]
    slept: list[float] = []
    fetcher = Fetcher(RecordedTransport({ORCID_URL: answers}), sleep=slept.append, backoff=1.0)
    assert fetcher.get(ORCID_URL) == ORCID_RECORD
    assert slept == [1.0, 7.0]
    assert [note.split(": ", 1)[1] for note in fetcher.notes] == ["HTTP 503; retrying in 1 s", "HTTP 429; retrying in 7 s"]


def test_a_server_that_keeps_failing_gives_a_clear_error() -> None:
    fetcher = Fetcher(RecordedTransport({ORCID_URL: Response(502, {}, b"")}), sleep=no_sleep, retries=2)
    with pytest.raises(FetchError, match=r"answered HTTP 502 after 3 attempt\(s\); try again later"):
        fetcher.get(ORCID_URL)


def test_unknown_identifier_is_a_404_error() -> None:
    with pytest.raises(FetchError, match=r"pub\.orcid\.org knows no ORCID iD 0000-0001-5109-3700 .*404"):
        fetch_orcid(Fetcher(RecordedTransport({}), sleep=no_sleep), "0000-0001-5109-3700")


def test_no_network_is_a_clear_error() -> None:
    transport = RecordedTransport({ORCID_URL: OSError("Name or service not known")})  # type: ignore[dict-item]
    with pytest.raises(FetchError, match=r"cannot reach pub\.orcid\.org .*network connection"):
        fetch_orcid(Fetcher(transport, sleep=no_sleep), "0000-0002-7319-2192")
    assert len(transport.requests) == 2


def test_malformed_identifiers_are_refused_before_any_request() -> None:
    transport = RecordedTransport({})
    for fetch, bad in ((fetch_orcid, "1234"), (fetch_dblp, "Qianru Sun"), (fetch_openalex, "W2741809807")):
        with pytest.raises(FetchError, match="is not"):
            fetch(Fetcher(transport), bad)
    assert transport.requests == []


def test_dblp_person_by_pid(tmp_path: Path) -> None:
    transport = RecordedTransport({"https://dblp.org/pid/00/0001.xml": Response(200, {}, DBLP_PERSON)})
    fetched = fetch_dblp(Fetcher(transport), "https://dblp.org/pid/00/0001.html")
    path = write_source(fetched, tmp_path)
    assert path.name == "dblp-00-0001.xml"
    result = read_source(path)
    assert len([r for r in result.records if isinstance(r, Work)]) == 2


def test_openalex_works_are_paged_with_cursors_and_mailto(tmp_path: Path) -> None:
    second = dict(OPENALEX_WORK, id="https://openalex.org/W2", title="A second work", display_name="A second work")
    base = "https://api.openalex.org/works?filter=author.id%3AA1969205032&per-page=1"
    transport = RecordedTransport(
        {
            "https://api.openalex.org/authors/A1969205032?mailto=me%40example.org": ok(OPENALEX_AUTHOR),
            f"{base}&cursor=%2A&mailto=me%40example.org": ok({"meta": {"next_cursor": "IlsxNjA5"}, "results": [OPENALEX_WORK]}),
            f"{base}&cursor=IlsxNjA5&mailto=me%40example.org": ok({"meta": {"next_cursor": "IlsyMDA"}, "results": [second]}),
            f"{base}&cursor=IlsyMDA&mailto=me%40example.org": ok({"meta": {"next_cursor": None}, "results": []}),
        }
    )
    fetched = fetch_openalex(Fetcher(transport), "https://openalex.org/A1969205032", mailto="me@example.org", per_page=1)
    assert len(transport.requests) == 4
    path = write_source(fetched, tmp_path / "openalex.jsonl")
    result = read_source(path)
    assert [type(r).__name__ for r in result.records] == ["Person", "Work", "Work"]
    assert [r.origin.line for r in result.records] == [1, 2, 3]
    assert [r.title for r in result.records if isinstance(r, Work)] == [OPENALEX_WORK["title"], "A second work"]


def test_cli_fetch_writes_the_source_from_the_cache(cli: Cli, tmp_path: Path) -> None:
    """The real command, offline: the answer is already in the cache it is pointed at."""
    cache = tmp_path / "cache"
    answers = {ORCID_URL: ok(ORCID_RECORD), BULK_URL: ok({"bulk": [{"work": full_work()}]})}
    recorded = Fetcher(RecordedTransport(answers), cache=cache)
    for url in answers:
        recorded.get(url)
    command = ["fetch", "orcid", "0000-0002-7319-2192", "--cache", str(cache)]
    run = cli(*command, "-C", str(tmp_path))
    assert run.exit_code == 0, run.stderr
    written = tmp_path / "data" / "orcid-0000-0002-7319-2192.json"
    assert json.loads(written.read_text())["person"] == json.loads(ORCID_RECORD)["person"]
    assert run.stderr.count("from the cache") == 2
    assert "1 award, 3 degrees, 1 person, 5 positions, 1 work" in run.stderr  # as test_source_orcid counts them
    bad = cli(*command[:-3], "12", "-C", str(tmp_path))
    assert bad.exit_code == 2 and "'12' is not an ORCID iD" in bad.stderr


def test_a_pause_is_left_between_requests_and_cached_answers_keep_their_type(tmp_path: Path) -> None:
    now, slept = [0.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    transport = RecordedTransport({ORCID_URL: ok(ORCID_RECORD), BULK_URL: ok({"bulk": []})})
    fetcher = Fetcher(transport, cache=tmp_path, pause=2.0, sleep=sleep, clock=lambda: now[0])
    fetcher.get(ORCID_URL)
    now[0] += 0.5
    fetcher.get(BULK_URL)
    assert slept == [1.5]
    cached = fetcher.answer(ORCID_URL)
    assert slept == [1.5] and len(transport.requests) == 2  # the cache answers without a pause
    assert cached.headers == {"content-type": "application/json", "date": "Thu, 01 Jan 1970 00:00:00 GMT"}
    assert (cached.status, cached.body, cached.url) == (200, ORCID_RECORD, ORCID_URL)


MGP_PAGES = {page.stem: page.read_bytes() for page in (DATA / "genealogy-mgp").glob("*.html")}


def mgp_transport() -> RecordedTransport:
    """The six saved MGP record pages at their addresses; any other record answers 404."""
    return RecordedTransport({mgp_url(i): Response(200, {"content-type": "text/html"}, body) for i, body in MGP_PAGES.items()})


def test_mgp_record_with_its_ancestors_is_saved_page_by_page_with_a_pause(tmp_path: Path) -> None:
    """Encke's advisor is Gauss (a saved page), whose advisor Pfaff is not: noted and skipped, the walk goes on."""
    now, slept = [0.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    transport = mgp_transport()
    fetcher = Fetcher(transport, pause=1.0, sleep=sleep, clock=lambda: now[0], retries=0)
    walk = fetch_mgp(fetcher, "https://www.mathgenealogy.org/id.php?id=62547", tmp_path / "mgp", ancestors=2)
    assert [url for url, _ in transport.requests] == [mgp_url("62547"), mgp_url("18231"), mgp_url("18230")]
    assert slept == [1.0, 1.0]
    assert list(walk.saved) == ["62547", "18231"] and walk.skipped == ["18230"]
    assert sorted(p.name for p in (tmp_path / "mgp").iterdir()) == ["18231.html", "62547.html"]
    assert (tmp_path / "mgp" / "18231.html").read_bytes() == MGP_PAGES["18231"]
    assert any("MGP record 18230 is skipped" in note for note in fetcher.notes)
    (owner, *_) = read_source(tmp_path / "mgp" / "62547.html").records
    assert isinstance(owner, Person) and owner.name == "Johann Franz Friedrich Encke"


def test_mgp_descendants_follow_student_links_only_and_stop_at_the_depth(tmp_path: Path) -> None:
    transport = mgp_transport()
    walk = fetch_mgp(Fetcher(transport, retries=0), "18231", tmp_path, descendants=1)
    asked = [url for url, _ in transport.requests]
    students = ["18603", "18233", "62547", "29642", "55175", "225908", "234267", "19953", "18232", "234374", "217618"]
    assert asked[:12] == [mgp_url(i) for i in ["18231", *students]]
    assert mgp_url("18230") not in asked  # an advisor: not followed down
    assert mgp_url("65029") not in asked  # Encke's student: a second generation
    assert list(walk.saved) == ["18231", "62547"]
    limited = fetch_mgp(Fetcher(mgp_transport(), retries=0), "18231", tmp_path, descendants=3, max_pages=1)
    assert list(limited.saved) == ["18231"]


def test_mgp_first_record_must_be_had(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="is not an MGP id"):
        fetch_mgp(Fetcher(mgp_transport()), "Gauss", tmp_path)
    with pytest.raises(FetchError, match="knows no MGP record 1"):
        fetch_mgp(Fetcher(mgp_transport(), retries=0), "1", tmp_path)
    unknown = RecordedTransport({mgp_url("2"): Response(200, {}, b"<html><body>You have specified an ID that does not exist")})
    with pytest.raises(FetchError, match="holds no MGP record"):
        fetch_mgp(Fetcher(unknown), "2", tmp_path)


def test_cli_fetch_mgp_writes_data_mgp_from_the_cache(cli: Cli, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    recorded = Fetcher(mgp_transport(), cache=cache)
    recorded.get(mgp_url("51506"))
    command = ["fetch", "mgp", "51506", "--cache", str(cache), "-C", str(tmp_path)]
    run = cli(*command)
    assert run.exit_code == 0, run.stderr
    assert (tmp_path / "data" / "mgp" / "51506.html").read_bytes() == MGP_PAGES["51506"]
    assert "saved Harry Matthijs Buhrman (MGP 51506: 3 advisor(s), 18 student(s))" in run.stdout
    wrong = cli(*command, "--depth", "1")
    assert wrong.exit_code == 2 and "--depth: only for fetch homepage" in wrong.stderr
