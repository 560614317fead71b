"""Person names: strip honorifics and markers, find given and family names, compare spellings.

Handles the forms homepages use: ``Qianru Sun``, ``Prof.Dr. Bernt Schiele``,
``LOH Yi Lin`` (an upper-case family name written first), ``Sun, Qianru`` and
contribution markers (``Sun*``, ``Sun†``). It does not guess the order of names
written in neither form (``Lv Hui`` stays given ``Lv``, family ``Hui``): such
pairs are reported by ``name_variant_reason`` instead of being merged.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from .vocab import slug

__all__ = ["PersonName", "name_variant_reason", "parse_name"]

_HONORIFIC = re.compile(r"^(?:(?:prof(?:essor)?|dr|mr|mrs|ms|sir|assoc|asst)\.?\s*)+(?=\S)", re.IGNORECASE)
_MARKERS = re.compile(r"[*†‡§¶^#✉]+|\(\s*equal contribution\s*\)|\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class PersonName:
    """A name split into its parts; ``display`` is given-then-family, as most sources write it."""

    given: str
    family: str

    @property
    def display(self) -> str:
        return f"{self.given} {self.family}".strip()

    @property
    def key(self) -> str:
        """The identity key: one per spelling, accents and case ignored."""
        return slug(self.display)


def clean_name(text: str) -> str:
    """The name without honorifics, contribution markers or surplus spaces."""
    text = _MARKERS.sub("", text.replace("\u00a0", " "))
    text = _HONORIFIC.sub("", text.strip())
    return " ".join(text.split()).strip(" ,.;")


def _is_upper_word(word: str) -> bool:
    letters = word.replace("-", "").replace("'", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def parse_name(text: str) -> PersonName:
    """Split a written name into given and family names."""
    name = clean_name(text)
    if "," in name:
        family, _, given = name.partition(",")
        return PersonName(given.strip(), family.strip())
    words = name.split()
    if len(words) < 2:
        return PersonName("", name)
    upper = [w for w in words if _is_upper_word(w)]
    if upper and len(upper) < len(words):
        family = " ".join(w.capitalize() for w in upper)
        given = " ".join(w for w in words if not _is_upper_word(w))
        return PersonName(given, family)
    return PersonName(" ".join(words[:-1]), words[-1])


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z ]", "", folded.lower().replace("-", ""))


def name_variant_reason(a: PersonName, b: PersonName) -> str | None:
    """Why two different names might be one person, or ``None`` if they look unrelated."""
    if a.key == b.key:
        return None
    words_a, words_b = _fold(a.display).split(), _fold(b.display).split()
    if sorted(words_a) == sorted(words_b):
        return "the same words in another order (family name written first?)"
    if "".join(words_a) == "".join(words_b):
        return "the same letters, split into words differently"
    if _fold(a.family) == _fold(b.family) and a.given and b.given:
        given_a, given_b = _fold(a.given), _fold(b.given)
        ratio = difflib.SequenceMatcher(None, given_a, given_b).ratio()
        if ratio >= 0.85 and min(len(given_a), len(given_b)) >= 4:
            return f"same family name, given names differ by a letter or two ({ratio:.2f} alike)"
        initials_a = "".join(w[0] for w in given_a.split())
        initials_b = "".join(w[0] for w in given_b.split())
        if (len(given_a.split()[0]) == 1 or len(given_b.split()[0]) == 1) and initials_a == initials_b:
            return "same family name, given names match as initials"
    return None
