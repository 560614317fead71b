"""The small parts every source relies on: names, dates, venues, IRIs — case tables, one test each."""

from __future__ import annotations

import pytest

from scholargraph.identity.aliases import organizations, venues
from scholargraph.model.dates import is_reversed, parse_date, parse_period
from scholargraph.model.names import author_names, given_name_first, name_variant, parse_name
from scholargraph.model.places import without_place
from scholargraph.rdf.vocab import Minter, slug
from scholargraph.sources.homepage.people import deobfuscate_email
from scholargraph.sources.homepage.publications import is_author_line, split_authors


@pytest.mark.parametrize(
    ("written", "given", "family", "key"),
    [
        ("Qianru Sun", "Qianru", "Sun", "qianru-sun"),
        ("Prof.Dr. Bernt Schiele", "Bernt", "Schiele", "bernt-schiele"),
        ("Prof. Dr. Mario Fritz", "Mario", "Fritz", "mario-fritz"),
        ("LOH Yi Lin", "Yi Lin", "Loh", "yi-lin-loh"),
        ("AW Khai Loong", "Khai Loong", "Aw", "khai-loong-aw"),
        ("Sun, Qianru", "Qianru", "Sun", "qianru-sun"),
        ("Steven C.H. Hoi", "Steven C.H.", "Hoi", "steven-c-h-hoi"),
        ("Beier Zhu*", "Beier", "Zhu", "beier-zhu"),
        ("José Müller†", "José", "Müller", "jose-muller"),
        ("Lv Hui", "Lv", "Hui", "lv-hui"),
        ("Sirui Chen", "Sirui", "Chen", "sirui-chen"),  # begins like "Sir", is not one
        ("Drew Smith", "Drew", "Smith", "drew-smith"),
        ("Prof Minh Do", "Minh", "Do", "minh-do"),
    ],
)
def test_parse_name(written: str, given: str, family: str, key: str) -> None:
    name = parse_name(written)
    assert (name.given, name.family, name.key) == (given, family, key)


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Lv Hui", "Hui Lv", True),
        ("Zicheng Tian", "Zichen Tian", True),
        ("Q. Sun", "Qianru Sun", True),
        ("Yaoyao Liu", "Ying Liu", False),
        ("Jiaxin Qi", "Jiaxin Qin", False),
        ("Qianru Sun", "Qianru Sun", False),
        ("Muthu Kumar C", "Muthu Kumar Chandrasekaran", True),  # family name cut to its initial
        ("George Huang", "George Po-Wei Huang", True),  # a given name left out
        ("Po-Wei Huang", "George Po-Wei Huang", True),
        ("George Huang", "Po-Wei Huang", False),  # two different given names
        ("Muthu Kumar C", "Muthu Chandrasekaran", False),
        ("M. C", "Muthu Chandrasekaran", False),
        ("Wei Wang", "Wei Zhang", False),
        ("Wei Wang", "Wei Li Wang", False),  # the given name kept is too short to tell
        ("Po-Wei Huang", "Wei Po Huang", False),
        ("孙倩茹", "张汉旺", False),  # regression: names without Latin letters all looked like "the same words"
    ],
)
def test_name_variants(a: str, b: str, alike: bool) -> None:
    assert (name_variant(parse_name(a), parse_name(b)) is not None) is alike


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("2018 - 2022", "2018", "2022"),
        ("Since Aug 2020", "2020-08", None),
        ("Jan 2020-Dec 2021", "2020-01", "2021-12"),
        ("Mar 2023-July 2023", "2023-03", "2023-07"),
        ("Feb 2024 - Nov 2024", "2024-02", "2024-11"),
        ("2020", "2020", "2020"),
        ("2021-", "2021", None),
        ("From 2016 to 2018", "2016", "2018"),
        ("Sept. 2019 – present", "2019-09", None),
        ("2013 / 2014", "2013", "2014"),
        ("2013/14", "2013", "2014"),
        ("2013-14", "2013", "2014"),
        ("1999/00", "1999", "2000"),
        ("Feb-May 2014", "2014-02", "2014-05"),
        ("Dec-Feb 2014", "2013-12", "2014-02"),
        ("Feb 2014 - May 2015", "2014-02", "2015-05"),
        ("Spring 2020", "2020", "2020"),
        ("Fall 2019 – Spring 2021", "2019", "2021"),
        ("since 2021", "2021", None),
        ("2021-present", "2021", None),
        ("until 2019", None, "2019"),
        ("until Aug 2019", None, "2019-08"),
        ("2021 -- 2026", "2021", "2026"),
        ("2019 ~ 2023", "2019", "2023"),
        ("2016/03-2022/08", "2016-03", "2022-08"),  # months in digits after the year
        ("2021.09 - 2024.06", "2021-09", "2024-06"),
        ("03/2016-08/2022", "2016-03", "2022-08"),
        ("2013/12", "2013-12", "2013-12"),  # no academic year ends before it starts: December
        ("since 2019.03", "2019-03", None),
        ("2025.9 - present", "2025-09", None),
        ("18 de mayo de 2022", "2022-05-18", "2022-05-18"),  # months named in Spanish, French, German, Portuguese
        ("juin 2019 - août 2020", "2019-06", "2020-08"),
        ("3. März 2020", "2020-03-03", "2020-03-03"),
        ("setembro 2018 - dezembro 2019", "2018-09", "2019-12"),
    ],
)
def test_parse_period(written: str, start: str, end: str | None) -> None:
    period = parse_period(written)
    assert period is not None
    assert (period.start.iso if period.start else None, period.end.iso if period.end else None) == (start, end)


@pytest.mark.parametrize(
    "written", ["Since Agust 2020", "spring term", "2021 and before", "", "13 Foo 2020", "2014/13", "2013-12", "until later"]
)
def test_unreadable_periods(written: str) -> None:
    assert parse_period(written) is None


def test_dates_and_reversal() -> None:
    assert parse_date("29 Apr 2022").iso == "2022-04-29"  # type: ignore[union-attr]
    assert parse_date("31 Feb 2022") is None
    assert is_reversed(parse_period("2022 - 2018"))  # type: ignore[arg-type]
    assert is_reversed(parse_period("Aug 2020 - Mar 2020"))  # type: ignore[arg-type]
    assert not is_reversed(parse_period("2020 - Mar 2020"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The 31st Annual Conference on Neural Information Processing, NIPS'17.", "NeurIPS"),
        ("2024 IEEE/CVF Winter Conference on Applications of Computer Vision, WACV '24.", "WACV"),
        ("European Conference on Computer Vision 2022, ECCV '22.", "ECCV"),
        ("International Conference on Computer Vision, ICCV '21.", "ICCV"),
        ("The 29th ACM International Conference on Multimedia, ACM MM '21. (Main Track)", "ACM MM"),
        ("Thirty-Seventh AAAI Conference on Artificial Intelligence, AAAI '23.", "AAAI"),
        ("ArXiv 2311.17486, 2024.", "arXiv"),
    ],
)
def test_venue_lines(text: str, short: str) -> None:
    found = venues().find(text)
    assert found is not None and found[0].label == short


def test_organization_aliases() -> None:
    table = organizations()
    assert table.lookup("SMU").name == "Singapore Management University"  # type: ignore[union-attr]
    assert table.lookup("mpi for informatics").name == "Max Planck Institute for Informatics"  # type: ignore[union-attr]
    assert table.lookup("Nowhere Institute") is None


@pytest.mark.parametrize(
    ("written", "email"),
    [
        ('qianrusun "at" smu DOT edu DOT sg', "qianrusun@smu.edu.sg"),
        ("yaoyao.liu[at]mpi-inf.mpg.de", "yaoyao.liu@mpi-inf.mpg.de"),
        ("someone (at) example [dot] org", "someone@example.org"),
        ("plain@example.com", "plain@example.com"),
    ],
)
def test_email_deobfuscation(written: str, email: str) -> None:
    assert deobfuscate_email(written)[0] == email


def test_author_lines() -> None:
    assert split_authors("Kaihang Pan, Zhaoyu Fan, Juncheng Li, , and Qianru Sun") == [
        "Kaihang Pan",
        "Zhaoyu Fan",
        "Juncheng Li",
        None,
        "Qianru Sun",
    ]
    assert split_authors("Zhaozheng Chen and Qianru Sun") == ["Zhaozheng Chen", "Qianru Sun"]
    assert is_author_line("Steven C.H. Hoi, Qianru Sun")
    assert not is_author_line("CVPR2023_Freestyle Freestyle Layout-to-Image Synthesis")
    assert not is_author_line("[paper] [code]")


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (
            "Hodgkinson, A.*, Idaghdour, Y.*, de Malliard, T. and Awadalla, P.",
            ["A. Hodgkinson", "Y. Idaghdour", "T. de Malliard", "P. Awadalla"],
        ),
        ("Forbes, M. R., Alisauskas, R. T., and K. M. Cuddington", ["M. R. Forbes", "R. T. Alisauskas", "K. M. Cuddington"]),
        ("Metzger A., & Toscani, M.", ["A. Metzger", "M. Toscani"]),
        ("Vidal-Cordasco, M.*, Marín-Arroyo, A.B.*.", ["M. Vidal-Cordasco", "A.B. Marín-Arroyo"]),
        ("Gil Rodriguez, R., Bayer, F., & Toscani, M.", ["R. Gil Rodriguez", "F. Bayer", "M. Toscani"]),
        (
            "Firouzeh, P., St. Jean, C. R.*, Ha, C.*, & Roduta Roberts, M.",
            ["P. Firouzeh", "C. R. St. Jean", "C. Ha", "M. Roduta Roberts"],
        ),
        ("Györkei Á, Daruka L, Tüű-Szabó B, Őszi E", ["Á. Györkei", "L. Daruka", "B. Tüű-Szabó", "E. Őszi"]),
        ("John Smith, Jane Doe, Ann Lee", ["John Smith", "Jane Doe", "Ann Lee"]),
        ("Geiger, R. Stuart and David Ribes", ["R. Stuart Geiger", "David Ribes"]),
        ("Boysen K, Perkins SL, Hunjan S, J Melville", ["K. Boysen", "S. L. Perkins", "S. Hunjan", "J Melville"]),
        ("Revet I, L Feeney, TK Dong, D Oh, & JE Cleaver", ["I. Revet", "L Feeney", "TK Dong", "D Oh", "JE Cleaver"]),
        (
            "Dankort D, Damsky W, You, M, DePinho R, and M Bosenberg",
            ["D. Dankort", "W. Damsky", "M. You", "R. DePinho", "M Bosenberg"],
        ),
        ("Trejo, C, Karnezis A, Dankort D, M McMahon", ["C Trejo", "A. Karnezis", "D. Dankort", "M McMahon"]),
        ("Amin A A, Sabri L A, Doll D, Martens M", ["A. A. Amin", "L. A. Sabri", "D. Doll", "M. Martens"]),
        ("Lindsey M Markowitz, Zexuan Zhao, …, Guang Xu", ["Lindsey M Markowitz", "Zexuan Zhao", "Guang Xu"]),
        ("Hu A, Jang K-S, Bercovici, Tanentzap AJ", ["A. Hu", "K. S. Jang", "Bercovici", "A. J. Tanentzap"]),
        ("Lehmkuhl BK, Schoolmaster DR Jr, Lennon JT", ["B. K. Lehmkuhl", "D. R. Schoolmaster Jr", "J. T. Lennon"]),
        ("Lennon JT, Lehmkuhl", ["J. T. Lennon", "Lehmkuhl"]),
        ("Mackie, M., Dickinson, MR., Webster, MS., & Daversa, DR.", ["M. Mackie", "MR Dickinson", "MS Webster", "DR Daversa"]),
        ("Bentley, LK., Carpenter\u2010Kling, T., & Manica, A.", ["LK Bentley", "T. Carpenter\u2010Kling", "A. Manica"]),
        (
            "Richards BA*, Lillicrap TP*, (…) Costa RP, (…) Therien D* and Kording KP* [* equal contrib.]",
            ["B. A. Richards", "T. P. Lillicrap", "R. P. Costa", "D. Therien", "K. P. Kording"],
        ),
    ],
)
def test_author_lists_family_first_given_first_and_mixed(written: str, names: list[str]) -> None:
    assert author_names(written) == names


def test_names_told_apart_by_the_labeller_are_given_name_first_too() -> None:
    told = ["R. Z. Moger-Reischer", "J. I. Glass", "Schoolmaster DR Jr", "M. Lynch"]
    assert given_name_first(told) == ["R. Z. Moger-Reischer", "J. I. Glass", "D. R. Schoolmaster Jr", "M. Lynch"]


def test_iris_are_stable_and_readable() -> None:
    minter = Minter("https://example.org/lab")
    assert minter.person("qianru-sun").value == "https://example.org/lab/person/qianru-sun"
    assert minter.event("NeurIPS", 2024).value == "https://example.org/lab/venue/neurips/2024"
    long_title = "A " * 100 + "Title"
    assert len(slug(long_title)) <= 90 and slug(long_title) == slug(long_title)
    assert slug("孙倩茹") == "孙倩茹"
    with pytest.raises(ValueError):
        Minter("example.org")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Carl Friedrich Gauß", "carl-friedrich-gauss"),
        ("Søren Kierkegaard", "soren-kierkegaard"),
        ("Łukasz Wróbel", "lukasz-wrobel"),
        ("Þórður Ægir", "thordur-aegir"),
        ("Đorđe Œuvre", "dorde-oeuvre"),
        ("Antonín Dvořák", "antonin-dvorak"),
    ],
)
def test_slugs_transliterate_letters_never_drop_them(written: str, expected: str) -> None:
    assert slug(written) == expected
    assert parse_name(written).key == expected


def test_a_name_of_no_letters_still_has_a_stable_slug() -> None:
    assert slug("!!!") == slug("!!!") != ""
    assert slug("!!!") != slug("???")


def _line_records(reader_name: str, text: str, **kwargs: object) -> list[object]:
    from scholargraph.sources.homepage import lists
    from scholargraph.sources.homepage.context import Context
    from scholargraph.sources.homepage.lines import Line

    context = Context("page.txt", venues(), organizations(), owner="Ada Lovelace")
    records = list(getattr(lists, reader_name)(Line(7, text), context, **kwargs))
    return [*records, *context.problems]


def test_service_lines_in_both_orders() -> None:
    roles = _line_records("read_service", "Reviewer: CVPR, ICCV'23, Pattern Recognition")
    assert [(r.role, r.venue, r.period.start.iso if r.period.start else None) for r in roles] == [  # type: ignore[attr-defined]
        ("Reviewer", "CVPR", None),
        ("Reviewer", "ICCV", "2023"),
        ("Reviewer", "Pattern Recognition", None),
    ]
    (chair,) = _line_records("read_service", "NeurIPS'24: Area Chair")
    assert (chair.role, chair.venue) == ("Area Chair", "NeurIPS")  # type: ignore[attr-defined]


def test_award_talk_and_course_variants() -> None:
    (award,) = _line_records("read_award", "2020, Best Paper Award")
    assert (award.name, award.date.iso, award.granted_by) == ("Best Paper Award", "2020", None)  # type: ignore[attr-defined]
    (talk,) = _line_records("read_talk", "May 2022, Keynote Talk, Some Workshop. “Curly Quotes” [slides] [video]", seminar=False)
    assert (talk.title, talk.kind, talk.event) == ("Curly Quotes", "Keynote Talk", "Some Workshop")  # type: ignore[attr-defined]
    assert [link.label for link in talk.links] == ["slides", "video"]  # type: ignore[attr-defined]
    (course,) = _line_records("read_course", "2019 Machine Learning (UG)")
    assert (course.code, course.title, course.level) == (None, "Machine Learning", "UG")  # type: ignore[attr-defined]
    (problem,) = _line_records("read_award", "Best Paper Award, some year")
    assert problem.origin.line == 7 and "award line" in problem.message  # type: ignore[attr-defined]


def test_registry_identifiers_become_literals_and_pages() -> None:
    from pyoxigraph import Literal, NamedNode

    from scholargraph.model.records import Identifier, IdentifierScheme, Origin, Person, Work
    from scholargraph.rdf.quads import GraphBuilder, SourceInfo
    from scholargraph.rdf.vocab import SCHEMA, SG

    origin = Origin("x.bib", 3)
    orcid = Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097")
    records = [
        Person("Qianru Sun", origin, identifiers=(Identifier(IdentifierScheme.DBLP, "w/QianruSun"),)),
        Work(
            "A paper",
            ("Qianru Sun", "Bo Li"),
            2020,
            origin,
            identifiers=(Identifier(IdentifierScheme.DBLP, "conf/cvpr/SunL20"),),
            author_identifiers=((), (orcid,)),
        ),
    ]
    minter = Minter()
    builder = GraphBuilder(minter, venues(), organizations())
    triples = {(q.subject, q.predicate, q.object) for q in builder.source_quads(SourceInfo("x.bib", "0" * 64, "bibtex"), records)}
    sun, li, work = minter.person("qianru-sun"), minter.person("bo-li"), minter.work("A paper")
    assert (sun, SG.dblpPid, Literal("w/QianruSun")) in triples
    assert (sun, SCHEMA.sameAs, NamedNode("https://dblp.org/pid/w/QianruSun")) in triples
    assert (work, SG.dblpKey, Literal("conf/cvpr/SunL20")) in triples
    assert (work, SCHEMA.sameAs, NamedNode("https://dblp.org/rec/conf/cvpr/SunL20")) in triples
    assert (li, SG.orcid, Literal("0000-0002-1825-0097")) in triples
    assert not any(s == sun and p == SG.orcid for s, p, _ in triples)


def test_two_spellings_of_a_venue_the_table_lacks_name_one_node_one_way() -> None:
    from pyoxigraph import Literal

    from scholargraph.model.records import Origin, Work
    from scholargraph.rdf.quads import GraphBuilder, SourceInfo
    from scholargraph.rdf.vocab import RDFS

    # Both spellings stand in a real group's BibTeX file; neither is in venues.toml.
    records = [
        Work("A", ("Ann Lee",), 2010, Origin("a.bib", 1), venue="Proc of AES Convention"),
        Work("B", ("Ann Lee",), 2011, Origin("a.bib", 9), venue="Proc. of AES Convention"),
    ]
    minter = Minter()
    builder = GraphBuilder(minter, venues(), organizations())
    quads = list(builder.source_quads(SourceInfo("a.bib", "0" * 64, "bibtex"), records))
    series = minter.venue("Proc of AES Convention")
    assert {q.object for q in quads if q.subject == series and q.predicate == RDFS.label} == {Literal("Proc of AES Convention")}


@pytest.mark.parametrize(
    ("written", "venue"),
    [
        ("Cognitive Computational Neuroscience, Berlin, UK", "Cognitive Computational Neuroscience"),
        ("Society for Neuroscience, San Diego, CA, USA", "Society for Neuroscience"),
        ("Canadian Neuroscience Meeting, Montreal, QC, Canada", "Canadian Neuroscience Meeting"),
        ("FENS Forum, Copenhagen, Denmark", "FENS Forum"),
        ("Journal of Physics, Part B", "Journal of Physics, Part B"),  # no country: kept whole
        ("Annual Meeting of the Society, Washington, DC", "Annual Meeting of the Society"),
        ("Proceedings of the International Conference on X, Germany", "Proceedings of the International Conference on X"),
        ("Nature", "Nature"),
    ],
)
def test_a_venue_without_the_place_it_met_in(written: str, venue: str) -> None:
    assert without_place(written) == venue
