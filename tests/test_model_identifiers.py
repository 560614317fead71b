"""Identifiers are recognized in one place: each scheme's written forms give one short form, or none."""

from __future__ import annotations

import re
import unicodedata

import pytest
from pyoxigraph import NamedNode

from scholargraph.identity.aliases import normalize
from scholargraph.model import Identifier, IdentifierScheme
from scholargraph.model import identifiers as ids
from scholargraph.model.names import fold as name_fold
from scholargraph.model.text import fold
from scholargraph.rdf.vocab import slug

SICI = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("10.1109/CVPR.2019.00049", "10.1109/cvpr.2019.00049"),
        ("doi:10.1038/nature14539", "10.1038/nature14539"),
        ("DOI: 10.1145/3415219", "10.1145/3415219"),
        ("https://doi.org/10.7717/peerj.4375", "10.7717/peerj.4375"),
        ("http://dx.doi.org/10.1145/1183236.1183272", "10.1145/1183236.1183272"),
        ("https://doi.org/10.18653/v1/2022.emnlp-main.350?download=true#top", "10.18653/v1/2022.emnlp-main.350"),
        ("In CVPR, 2019. https://doi.org/10.1109/CVPR.2019.00049.", "10.1109/cvpr.2019.00049"),
        ("(doi: 10.1037/a0021234)", "10.1037/a0021234"),
        ("[10.1037/a0021234]", "10.1037/a0021234"),
        ("10.35609/gcbssproceeding.2022.1(9)", "10.35609/gcbssproceeding.2022.1(9)"),
        ("no DOI here", None),
        ("10.1/too-short-a-prefix", None),
        ("10.1109/", None),
        (None, None),
    ],
)
def test_doi_written_any_way_gives_one_lower_case_form(written: str | None, expected: str | None) -> None:
    assert ids.doi(written) == expected


@pytest.mark.parametrize("mark", [".", ",", ";", ":", ")", "]", ").", "),", "];"])
def test_trailing_punctuation_is_not_part_of_a_doi(mark: str) -> None:
    assert ids.doi(f"10.1109/CVPR.2019.00012{mark}") == "10.1109/cvpr.2019.00012"


@pytest.mark.parametrize(
    "written",
    [SICI, "10.1175/1520-0469(1998)055<0177:LOTDFE>2.0.CO;2", "10.1234/a{b|c}\\d^e[f]", '10.1234/say-"hi"'],
)
def test_unusual_dois_stay_whole_and_make_valid_iris(written: str) -> None:
    found = ids.doi(f"see https://doi.org/{written} ")
    assert found == written.lower()
    url = ids.doi_url(found)
    assert NamedNode(url).value == url and url.startswith("https://doi.org/10.")
    assert not re.search(r"[<>\"{}|\\^`\[\] ]", url)
    with pytest.raises(ValueError):  # what the URL would be unencoded
        NamedNode(f"https://doi.org/{found}")


def test_doi_url_keeps_a_plain_doi_readable_and_encodes_percent() -> None:
    assert ids.doi("https://doi.org/10.1234/X%20y") == "10.1234/x%20y"
    assert ids.doi_url("10.1109/cvpr.2019.00049") == "https://doi.org/10.1109/cvpr.2019.00049"
    assert ids.doi_url("10.1234/x%20y") == "https://doi.org/10.1234/x%2520y"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1706.03762", "1706.03762"),
        ("1706.03762v7", "1706.03762"),
        ("arXiv:1812.02391v3", "1812.02391"),
        ("arXiv preprint arXiv:2101.01234", "2101.01234"),
        ("https://arxiv.org/abs/1706.03762v5", "1706.03762"),
        ("https://arxiv.org/pdf/1706.03762v5.pdf", "1706.03762"),
        ("10.48550/arXiv.1812.02391", "1812.02391"),
        ("https://doi.org/10.48550/arxiv.1812.02391", "1812.02391"),
        ("hep-th/9711200", "hep-th/9711200"),
        ("arXiv:hep-th/9711200v3", "hep-th/9711200"),
        ("https://arxiv.org/abs/math.AG/0309136", "math.AG/0309136"),
        ("10.1109/CVPR.2019.00049", None),
        ("CoRR abs/2101.01234", None),
        ("", None),
    ],
)
def test_arxiv_ids_leave_their_version_apart(written: str, expected: str | None) -> None:
    assert ids.arxiv_id(written) == expected


def test_arxiv_id_anywhere_in_a_citation_line() -> None:
    assert ids.arxiv_id("CoRR abs/2101.01234, 2021", anywhere=True) == "2101.01234"
    assert ids.ARXIV_IN_TEXT.sub("", "arXiv:2012.01234v2 (2021)") == " (2021)"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("0000-0002-1825-0097", "0000-0002-1825-0097"),
        ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
        ("http://orcid.org/0000-0002-1825-0097/", "0000-0002-1825-0097"),
        ("orcid: 0000-0002-1694-233x", "0000-0002-1694-233X"),
        ("/8888-8888-8888-8880/works", "8888-8888-8888-8880"),
        ("0000-0002-1825-0098", None),  # the wrong check digit
        ("0000-0000-0000-0000", None),
        ("0000-0002-1825-00971", None),
        ("1234", None),
    ],
)
def test_orcid_ids_need_their_check_digit(written: str, expected: str | None) -> None:
    assert ids.orcid(written) == expected


def test_orcid_check_digit_is_iso_7064_mod_11_2() -> None:
    assert [ids.orcid_check_digit(i) for i in ("0000-0002-1825-009", "0000-0002-1694-233", "0000-0001-5109-370")] == [
        "7",
        "X",
        "0",
    ]
    assert ids.orcid_identifiers("https://orcid.org/0000-0002-1825-0097") == (
        Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097"),
    )
    assert ids.orcid_identifiers("0000-0002-1825-0098") == ()


def test_dblp_record_keys_and_person_pids() -> None:
    assert ids.dblp_key("https://dblp.org/rec/conf/cvpr/SunLCS19.html") == "conf/cvpr/SunLCS19"
    assert ids.dblp_key("https://dblp.org/rec/bibtex/conf/wacv/0001LSS24.bib?view=bibtex") == "conf/wacv/0001LSS24"
    assert ids.dblp_key("https://example.org/rec/conf/cvpr/SunLCS19") is None
    assert ids.dblp_pid("46/1213") == "46/1213"
    assert ids.dblp_pid("https://dblp.org/pid/46/1213.html") == "46/1213"
    assert ids.dblp_pid("https://dblp.org/pid/00/0001.xml") == "00/0001"
    assert ids.dblp_pid("homepages/s/QianruSun") == "s/QianruSun"
    assert ids.dblp_pid("Qianru Sun") is None


def test_openalex_ror_and_wikidata_ids() -> None:
    assert ids.openalex_id("https://openalex.org/W2741809807") == "W2741809807"
    assert ids.openalex_id("https://api.openalex.org/authors/a5023888391") == "A5023888391"
    assert ids.openalex_id("I136199984") == "I136199984"
    assert ids.openalex_id("https://example.org/W2741809807") is None
    assert ids.ror_id("https://ror.org/042nb2s44") == "042nb2s44"
    assert ids.ror_id("03vek6s52") == "03vek6s52"
    assert ids.ror_id("142nb2s44") is None and ids.ror_id("042nb2s4") is None and ids.ror_id("0l2nb2s44") is None
    assert ids.wikidata_id("Q42") == "Q42"
    assert ids.wikidata_id("https://www.wikidata.org/entity/Q56267570") == "Q56267570"
    assert ids.wikidata_id("https://www.wikidata.org/wiki/Q42") == "Q42"
    assert ids.wikidata_id("P31") is None


# --- one fold -------------------------------------------------------------------------------

_PLAIN_CASES = [
    "Qianru Sun",
    "Jürgen Börstler",
    "Université de Montréal",
    "Ångström Laboratory",
    "Jean-Pierre O’Brien",
    "Zoë Çelik-Şahin",
    "ﬁnite ﬁelds",
    "孙倩茹 (Qianru Sun)",
    "European Conference on Computer Vision (ECCV) 2024",
    "Ｆｕｌｌｗｉｄｔｈ",
]
"""Text with no letter that Unicode decomposition cannot fold: the old copies all agreed on these."""


def _old_ascii(text: str) -> str:
    """The fold each old copy wrote for itself."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@pytest.mark.parametrize("text", _PLAIN_CASES)
def test_fold_gives_what_the_old_copies_gave(text: str) -> None:
    assert fold(text) == _old_ascii(text)
    assert normalize(text) == " ".join(re.sub(r"[^a-z0-9*]+", " ", _old_ascii(text)).split())
    assert name_fold(text) == " ".join(re.sub(r"[^a-z ]", " ", re.sub(r"[-'’]", "", _old_ascii(text))).split())
    assert slug(text) == ("-".join(re.findall(r"[a-z0-9]+", _old_ascii(text))) or "-".join(re.findall(r"\w+", text.lower())))


_SPECIAL_LETTERS = [
    ("Gauß", "gauss"),
    ("Łukasz", "lukasz"),
    ("Søren Kierkegaard", "soren kierkegaard"),
    ("Đorđević", "dordevic"),
    ("Æsir Œuvre", "aesir oeuvre"),
    ("Þórr", "thorr"),
    ("Ǿrsted", "orsted"),
]


@pytest.mark.parametrize(("text", "folded"), _SPECIAL_LETTERS)
def test_letters_decomposition_cannot_fold_are_spelled_out_one_way_everywhere(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert name_fold(text) == normalize(text) == folded
    assert slug(text) == folded.replace(" ", "-")


def test_text_with_no_latin_letters_keeps_its_own_in_a_slug() -> None:
    assert fold("孙倩茹") == ""
    assert slug("孙倩茹") == "孙倩茹"
