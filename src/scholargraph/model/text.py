"""Accent and case folding: the one form in which names, titles and aliases are compared.

Every key built from text (an IRI slug, an alias, a person's name, a title) starts from
``fold``, so that ``Gauß``/``gauss``, ``Łukasz``/``Lukasz`` and ``Jørgen``/``JORGEN`` agree
wherever they are compared.
"""

from __future__ import annotations

import unicodedata

__all__ = ["CJK", "HAN", "fold"]

_LATIN_LETTERS = str.maketrans(
    {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}
    | {"þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i", "ŋ": "ng", "Ŋ": "NG"}
    | {"ŧ": "t", "Ŧ": "T", "ſ": "s", "ƒ": "f", "ĸ": "k", "ŀ": "l", "Ŀ": "L", "ɨ": "i", "ʉ": "u", "ƀ": "b", "ɖ": "d"}
)
"""Latin letters that are not a base letter with accents, so Unicode decomposition cannot fold them to ASCII."""


HAN = "\u3400-\u4dbf\u4e00-\u9fff"
"""Chinese characters (hanzi, kanji), as a regular expression's character range."""
CJK = f"\u3040-\u30ff{HAN}\uac00-\ud7a3"
"""The letters of Chinese, Japanese and Korean, whose words are written without spaces."""


def fold(text: str) -> str:
    """Text in lower-case ASCII: NFKD, the letters above spelled out, combining marks and other scripts dropped.

    A caller that must name text with no Latin letters (``孙倩茹``) falls back on the text itself.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).translate(_LATIN_LETTERS)
    return decomposed.encode("ascii", "ignore").decode().lower()
