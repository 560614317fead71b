"""Person names: strip honorifics and markers, find given and family names, compare spellings.

Handles the forms homepages use: ``Qianru Sun``, ``Prof.Dr. Bernt Schiele``,
``LOH Yi Lin`` (an upper-case family name written first), ``Sun, Qianru`` and
contribution markers (``Sun*``, ``Sun†``). It does not guess the order of names
written in neither form (``Lv Hui`` stays given ``Lv``, family ``Hui``): such
pairs are found by ``name_variant`` and settled by identity resolution.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..rdf.vocab import slug
from .text import HAN
from .text import fold as text_fold

__all__ = [
    "PARTICLE",
    "NameVariant",
    "PersonName",
    "author_names",
    "clean_name",
    "fold",
    "name_variant",
    "parse_name",
    "split_authors",
    "strip_author_notes",
]

_HONORIFIC = re.compile(
    r"^(?:(?!(?-i:[A-Z]{2})\s)(?:prof(?:essor)?|profa|dr|dra|mr|mrs|ms|sir|assoc|asst|m\.?\s?sc|b\.?\s?sc|dipl(?:\.-ing)?|mag)"
    r"(?:\.\s*|\s+))+(?=\S)",
    re.IGNORECASE,
)
"""Titles and degrees before a name, ended by a full stop or a space ("Dr.", "Dra.", "MSc. Linda Gorniak"): "Sirui", "Drew"
and "Maggie" keep their first letters, and initials in capitals keep theirs ("MR Dickinson", "DR Daversa")."""
_ALIKE = 0.85
_JOINER = re.compile(r"[-'’]")
_NOT_LETTER = re.compile(r"[^a-z ]")
AUTHOR_MARKS = "*†‡§¶^#✉♦◆◇♢★☆©®"
"""Marks set beside an author's name: equal contribution, corresponding author (``*``, ``†``, ``✉``, ``♦S. Hayami``)."""
_MARKERS = re.compile(rf"[{re.escape(AUTHOR_MARKS)}]+|\(\s*equal contribution\s*\)|\d+$", re.IGNORECASE)
_MARKS = re.compile(rf"(?<=\w)[{re.escape(AUTHOR_MARKS)}]+(?=[\s,;]|$)")
"""Marks set against a name in a list ("Ibarra© A.M.", "Llera-Herrera*, R."): no part of it."""
_SPLIT_AUTHORS = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*[&;]\s*")
_LABEL = re.compile(r"^\s*(?:(?:recommended\s+)?citation|authors?|by)\s*:\s*", re.IGNORECASE)
_ET_AL = re.compile(r",?\s*(?:et\.?\s+al\.*|(?:and\s+)?others)\s*$", re.IGNORECASE)
_INNER_ET_AL = re.compile(r"\s+et\.?\s+al\.?(?=\s*,\s*\S)", re.IGNORECASE)
"""Authors left out between names written ("A et al., B et al., C"): the names on either side are the list."""
_ELIDED = re.compile(r"(?:,\s*)?(?:…|\.\s?\.\s?\.)(?:\s*,)?(?=\s*\S)|,?\s*(?:…|\.\s?\.\s?\.)\s*$")
"""Authors left out of a long list, ``A, B, …, Y, Z`` (or APA's ``. . .``): the names on either side are the list."""
_EQUAL = re.compile(r"\(?\s*[*†‡#^]?\s*(?:equal contributions?|contributed equally|co-?first authors?)\s*\)?\.?", re.IGNORECASE)
_NAME_LETTERS = r"[\w'’\u00C0-\u024F\u2010\u2011-]"
"""The letters of a name after its capital: accented ones, apostrophes and hyphens (the Unicode hyphens too)."""
_CAPITALIZED = r"[A-Z\u00C0-\u024F]" + _NAME_LETTERS + "+"
"""One word of a name: a capital, then its letters (``O'Brien``, ``Carpenter‐Kling``)."""
_ONE_WORD = re.compile(f"^{_CAPITALIZED}$")
_INITIALS = re.compile(r"^(?:[A-Z\u00C0-\u00DE]\.?\s?-?){1,3}$")
_INITIALS_FIRST = re.compile(r"^(?:[A-Z\u00C0-\u00DE]\.\s?-?){1,3}\s*" + _CAPITALIZED + "$")
"""``K. M. Cuddington``: a name given first, as APA writes the last of a list."""
_GIVEN = re.compile(r"^(?:[A-Z\u00C0-\u024F](?:" + _NAME_LETTERS + r"*|\.)\.?\s?-?){1,3}$")


@dataclass(frozen=True)
class PersonName:
    """A name split into its parts; ``display`` is given-then-family, as most sources write it."""

    given: str
    family: str

    @property
    def display(self) -> str:
        return f"{self.given} {self.family}".strip()

    @cached_property
    def key(self) -> str:
        """The identity key: one per spelling, accents and case ignored."""
        return slug(self.display)

    @cached_property
    def abbreviated(self) -> bool:
        """Whether the given names are written as initials only (``Q. Sun``, ``J.-P. Martin``)."""
        words = fold(self.given).split()
        return bool(words) and all(len(word) == 1 for word in words)


def clean_name(text: str) -> str:
    """The name without honorifics, contribution markers or surplus spaces."""
    text = _MARKERS.sub("", text.replace("\u00a0", " "))
    text = _HONORIFIC.sub("", text.strip())
    text = " ".join(text.split()).strip(" ,.;")
    if text.endswith(")") and "(" not in text:  # "(with A and B)": the list's bracket closes on its last name
        text = text.rstrip(") ,.;")
    if text.startswith("(") and ")" not in text:
        text = text.lstrip("( ")
    return text


def split_authors(text: str) -> list[str | None]:
    """``A, B, , and C`` → ``["A", "B", None, "C"]``: written order, empty slots kept."""
    parts = _SPLIT_AUTHORS.split(text.strip().rstrip("."))
    return [clean_name(part) or None for part in parts]


def strip_author_notes(text: str) -> str:
    """An author list without its notes: ``(equal contribution)``, ``[* equal contrib.]``, ``et al.``, ``…``."""
    text = _ELIDED.sub(",", _LABEL.sub("", _EQUAL.sub("", _MARKS.sub("", text)))).rstrip(",")
    text = _INNER_ET_AL.sub("", text)  # "T. Rivera-Núñez et al., Fabricio Villalobos et al., W. Dáttilo": names between
    return _ET_AL.sub("", re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text)).strip()  # "(…)", "[* equal contrib.]"


def author_names(text: str) -> list[str]:
    """The names of an author list in written order, given name first, without notes and empty slots."""
    text = strip_author_notes(text)
    names = _family_first(text) or [name for name in split_authors(text) if name]
    return given_name_first(names)


def given_name_first(names: list[str]) -> list[str]:
    """Names already told apart, given name first where the list writes initials after family names (Vancouver)."""
    return _initials_after(names) or names


PARTICLE = r"(?:van|von|de|der|den|del|da|di|du|la|le|dos|das|ter|ten|St\.|Ste\.)\s+"
"""A particle before a family name, written in small letters (``van Roon``, ``de Jong``, ``St. Jean``)."""
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0141\u015a\u0179\u017b\u010c\u0158\u0160\u017d\u0150\u0170"
"""The capital letters initials are written with: Latin, and the accented ones of European names (Á, Ő, Ł, Š)."""
_INITIALS_AFTER = re.compile(
    rf"^(?P<family>(?:{PARTICLE})*{_CAPITALIZED}(?:\s+{_CAPITALIZED})*)\s+(?P<initials>[{_CAPITAL}](?:\.?[\s-]?[{_CAPITAL}]){{0,2}})\.?"
    r"(?:\s+(?P<suffix>Jr|Sr|II|III|IV)\.?)?$"
)
"""``Sierra Castillo L``, ``Amin AA``, ``Amin A A``, ``van Goor H``, ``Schoolmaster DR Jr``: a family name, then its
initials."""


def _initials_first(found: re.Match[str]) -> str:
    """A name ``_INITIALS_AFTER`` matched, written given name first: ``D. R. Schoolmaster Jr``."""
    initials = " ".join(f"{letter}." for letter in re.sub(f"[^{_CAPITAL}]", "", found["initials"]))
    return f"{initials} {found['family']}" + (f" {found['suffix']}" if found["suffix"] else "")


def initials_turned(name: str) -> str:
    """A name written family name first with its initials (``Hu C-P``) given name first, the initials as written
    (``C-P Hu``); any other name as it is."""
    found = _INITIALS_AFTER.match(name)
    if found is None:
        return name
    return f"{found['initials']} {found['family']}" + (f" {found['suffix']}" if found["suffix"] else "")


def _initials_after(names: list[str]) -> list[str] | None:
    """``Sierra Castillo L, Fujiwara M, Pawluk M`` (Vancouver style: family name, then initials without
    stops) written given name first, ``L. Sierra Castillo``; so are the lists that mix the two orders name by name
    (``Revet I, L Feeney, You, M, M Bosenberg``, as some lists write all but the first or the last); ``None``
    unless every name is written one way or the other, the family name first at least once."""
    names = _joined_pairs(names)
    matches = [_INITIALS_AFTER.match(name) for name in names]
    lone = [not m and re.fullmatch(_CAPITALIZED, name) is not None for m, name in zip(matches, names, strict=True)]
    read = [m or GIVEN_FIRST.match(name) or alone for m, name, alone in zip(matches, names, lone, strict=True)]
    if len(names) < 1 or not all(read):
        return None  # a family name alone among them ("Hu A, Cui Y, Bercovici, Tanentzap AJ") stays as written
    if not any(m and len(m["family"]) > 3 for m in matches) or 2 * sum(lone) > len(names):
        return None
    return [_initials_first(m) if m else name for m, name in zip(matches, names, strict=True)]


def _joined_pairs(names: list[str]) -> list[str]:
    """A family name and its initials that a comma split (``You, M``) joined again as one name, ``You M``."""
    joined: list[str] = []
    for name in names:
        if joined and re.fullmatch(r"[A-Z]{1,3}", name) and re.fullmatch(_CAPITALIZED, joined[-1]):
            joined[-1] += " " + name
        else:
            joined.append(name)
    return joined


GIVEN_FIRST = re.compile(
    r"^(?:[A-Z]\.?\s?-?){1,3}\s*[A-Z\u00C0-\u024F](?:[a-z\u00DF-\u024F'’-]|(?<=[a-z-])[A-Z])+(?:\s+[A-Z][a-z'’-]+)?$"
)
"""An author written initials first (``J Melville``, ``J.-P. Sartre``, ``M McMahon``) in a list written family name first."""


def _without_stop(token: str) -> str:
    """``Aaron.`` → ``Aaron``; an initial keeps its full stop (``R.S.``)."""
    return token if re.search(r"(?:^|[\s.-])[A-Z]\.$", token) else token.rstrip(".")


def _family_first(text: str) -> list[str] | None:
    """``Geiger, R.S., Varoquaux, N., and Holdgraf, C.`` (every name family first), ``Geiger,
    R. Stuart and David Ribes`` (the first only), ``Faull, S. V, Lau, A. M. C., Beuron F., Politis, A.``
    (family first, some with their initials in one piece), ``Gil Rodriguez, R., Bayer, F.`` (a family name of
    two words before initials) or ``Forbes, M. R., and K. M. Cuddington`` (the last given name first, as APA
    writes it), written given name first; ``None`` otherwise."""
    tokens = [_without_stop(_MARKS_AROUND.sub("", t.strip())) for t in _LIST_SEPARATORS.split(text) if t.strip(" .*")]
    opening = 1 if len(tokens) > 2 and _INITIALS_AFTER.match(tokens[0]) else 0
    if len(tokens) < 2 or not _family_then_given(tokens, opening):
        return None
    names: list[str] = []
    i = 0
    while i < len(tokens):
        joined = _INITIALS_AFTER.match(tokens[i])
        if _family_then_given(tokens, i):
            names.append(clean_name(f"{tokens[i + 1]} {tokens[i]}"))
            i += 2
        elif joined and (names or i < opening):
            names.append(_initials_first(joined))
            i += 1
        elif i == len(tokens) - 1 and names and _INITIALS_FIRST.match(tokens[i]):
            names.append(clean_name(tokens[i]))
            i += 1
        else:
            break
    if i == len(tokens):
        return names
    if all(" " in token for token in tokens[2:]):
        return [clean_name(f"{tokens[1]} {tokens[0]}"), *(clean_name(token) for token in tokens[2:])]
    return None


def _family_then_given(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a family name and ``tokens[i + 1]`` the given names or initials after it."""
    if i + 1 >= len(tokens):
        return False
    family, given = tokens[i], tokens[i + 1]
    return bool((_FAMILY.match(family) and _GIVEN.match(given)) or (_FAMILY_OF_TWO.match(family) and _INITIALS.match(given)))


_LIST_SEPARATORS = re.compile(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|;\s*")
_MARKS_AROUND = re.compile(rf"^[{re.escape(AUTHOR_MARKS)}]+\s*|(?<=\S)[{re.escape(AUTHOR_MARKS)}]+\.?$")
"""Contribution marks before or after a name's part (``*Hodgkinson``, ``A.*``)."""
_FAMILY = re.compile(rf"^(?:{PARTICLE})*{_CAPITALIZED}$")
_FAMILY_OF_TWO = re.compile(rf"^(?:{PARTICLE})*{_CAPITALIZED}\s+{_CAPITALIZED}$")
"""``Gil Rodriguez``: a family name of two words, told from a given-first name by the initials after it."""


def _is_upper_word(word: str) -> bool:
    letters = word.replace("-", "").replace("'", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=1 << 16)
def parse_name(text: str) -> PersonName:
    """Split a written name into given and family names (remembered: a name recurs on every paper)."""
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


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lower-case ASCII letters and spaces only: the form names are compared in (hyphens and apostrophes join)."""
    return " ".join(_NOT_LETTER.sub(" ", _JOINER.sub("", text_fold(text))).split())


_HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐"
    "易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳"
    "管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
    "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮"
    "粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈"
    "伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴"
    "昝智幸奉植衡富尧闭由"
    "陳張劉黃趙吳許鄭謝鄧馮韓楊蕭葉蘇盧錢孫羅陸鍾譚蔣賴賈魏鄒鄺龔閻嚴顧魯聶藍詹饒"
)
"""The commonest Chinese family names (simplified, then traditional forms): a name of Han characters opens with one."""
_HAN_COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "夏侯",
        "长孙",
        "宇文",
        "司徒",
        "端木",
        "歐陽",
        "司馬",
        "諸葛",
    ]
)
_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
_HAN_NOT_A_NAME = re.compile(
    "研究|实验|實驗|课题|課題|大学|大學|学院|學院|中心|团队|團隊|成员|成員|学生|學生|博士|硕士|碩士|修士|学士|學士|本科|教授|老师|老師"
    "|課程|课程|[室组組系院所部馆館]$"
)
"""Words of groups, places, degrees and roles ("曹研究室", the Cao lab; "王教授"; "修士", a master's): no one's name."""


def is_han_name(text: str, *, named: bool = False) -> bool:
    """Whether ``text`` is a person's name in Chinese characters: two to four, a common family name first ("梁思聪"),
    no word of a group, a place or a role in it; with ``named`` (the page marks it as a name), any family name ("随子腾")."""
    return (
        bool(_HAN_NAME.fullmatch(text))
        and (named or text[0] in _HAN_SURNAMES or text[:2] in _HAN_COMPOUND_SURNAMES)
        and not _HAN_NOT_A_NAME.search(text)
    )


_LISTED_CJK_NAME = re.compile(f"(?=.{{2,8}}$)[{HAN}\u3040-\u30ff]+(?: [{HAN}\u3040-\u30ff]+)?")


def is_listed_cjk_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name among others in an author list in Chinese or Japanese characters: two
    to seven, a space at most between family and given name ("五十川麻理子", "堀 涼介"), no word of a group, a place or a
    role. Looser than ``is_han_name`` (Japanese family names are not Chinese ones), so only for a list of names."""
    return bool(_LISTED_CJK_NAME.fullmatch(text)) and not _HAN_NOT_A_NAME.search(text)


def compared(text: str) -> str:
    """The form text is compared in: folded (``fold``), or, when it has letters but no Latin ones (``刘成健``), as
    written, lower-cased, so that two such names or titles are not one empty key."""
    folded = fold(text)
    return folded if folded or not any(c.isalpha() for c in text) else " ".join(text.lower().split())


@dataclass(frozen=True)
class NameVariant:
    """Why two names might be one person; ``compatible`` when neither contradicts the other.

    Initials (``Q. Sun`` / ``Qianru Sun``) and words split differently (``Yilin`` / ``Yi Lin``)
    are compatible: the shorter form says less, not something else, so shared co-authors may join
    them. Swapped words and different letters (``Zichen`` / ``Zicheng``) contradict each other, and
    a family name cut to its initial or a given name left out (``George Huang`` / ``George Po-Wei
    Huang``) may as well be another person: these are not compatible, only a person or identifiers settle them.
    """

    reason: str
    compatible: bool
    says_less: bool = False
    """One name is the other with less written (a family name cut to its initial, a given name left out): a lab's own
    ties (a supervisor who wrote works with the other, a shared supervisor) may settle it (``identity.people``)."""


def name_variant(a: PersonName, b: PersonName) -> NameVariant | None:
    """Why two different names might be one person, or ``None`` if they look unrelated."""
    if a.key == b.key:
        return None
    words_a, words_b = fold(a.display).split(), fold(b.display).split()
    if not words_a or not words_b:
        return None  # no Latin letters to compare (孙倩茹): only the same spelling meets
    if sorted(words_a) == sorted(words_b):
        return NameVariant("the same words in another order (family name written first?)", compatible=False)
    if "".join(words_a) == "".join(words_b):
        return NameVariant("the same letters, split into words differently", compatible=True)
    given_a, given_b, family_a, family_b = fold(a.given), fold(b.given), fold(a.family), fold(b.family)
    if not given_a or not given_b:
        return None
    either_initials = a.abbreviated or b.abbreviated
    if family_a != family_b:
        return _FAMILY_CUT if not either_initials and _family_cut(given_a, family_a, given_b, family_b) else None
    initials_a = "".join(w[0] for w in given_a.split())
    initials_b = "".join(w[0] for w in given_b.split())
    if either_initials and initials_a == initials_b:
        return NameVariant("same family name, given names match as initials", compatible=True)
    if not either_initials and _leaves_out(given_a, given_b):
        return _GIVEN_LEFT_OUT
    if min(len(given_a), len(given_b)) < 4:
        return None
    matcher = difflib.SequenceMatcher(None, given_a, given_b)
    if matcher.real_quick_ratio() < _ALIKE or matcher.quick_ratio() < _ALIKE:  # cheap upper bounds first
        return None
    ratio = matcher.ratio()
    if ratio >= _ALIKE:
        return NameVariant(f"same family name, given names differ by a letter or two ({ratio:.2f} alike)", compatible=False)
    return None


_FAMILY_CUT = NameVariant("the same given names, one family name cut to its initial", compatible=False, says_less=True)
_GIVEN_LEFT_OUT = NameVariant("same family name, one name leaves out a given name of the other", compatible=False, says_less=True)
_KEPT_LETTERS = 4
"""A given name left out counts when the ones kept have this many letters: ``Wei Wang`` / ``Wei Li Wang`` are too common."""


def _family_cut(given_a: str, family_a: str, given_b: str, family_b: str) -> bool:
    """Whether the given names (folded) are the same and one family name is the other's initial (``C`` / ``Chandrasekaran``)."""
    return given_a == given_b and min(len(family_a), len(family_b)) == 1 and family_a[0] == family_b[0]


def _leaves_out(given_a: str, given_b: str) -> bool:
    """Whether one's given names (folded) are the other's with some left out, in order (``George`` / ``George Po-Wei``)."""
    if given_a.count(" ") == given_b.count(" "):
        return False
    fewer, more = sorted((given_a.split(), given_b.split()), key=len)
    rest = iter(more)
    return len("".join(fewer)) >= _KEPT_LETTERS and all(word in rest for word in fewer)
