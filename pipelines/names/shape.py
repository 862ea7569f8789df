"""What a name looks like to the cue rules: its words, initials and tussenvoegsels.

Why a module of its own: every cue rule captures its candidate with one of the two name
patterns below, and judging a candidate (``pipelines.names.judge``) splits it into the same
words, initials and tussenvoegsels again; both must agree on what they are.
"""

from __future__ import annotations

import regex as re

from pipelines.names.wordlists import entries, word_set

_U = r"\p{Lu}"
_L = r"[\p{Ll}\p{M}]"
#: Jan, O'Sullivan, McDonald, Öztürk
_CAPWORD = rf"(?:{_U}['’]{_U}{_L}+|{_U}{_L}+(?:{_U}{_L}+)?)"
#: tussenvoegsels inside a hyphenated surname: Wirjosentono-de Graaf
_HYPHEN_TV = r"(?:van der|van den|van de|van|de|der|den|ter|ten|el|al)"
#: Bosma-Terpstra, Fung-A-Loi, Gert-Jaap, Wirjosentono-de Graaf
CAPNAME = rf"{_CAPWORD}(?:-(?:{_U}(?=-)|(?:{_HYPHEN_TV} )?{_CAPWORD}))*"
#: tussenvoegsels as written inside a name, one word or a phrase each ("van der", "in 't")
TV_PHRASES = entries("tussenvoegsels")
#: a tussenvoegsel, longest phrase first, in any case
TV = (
    "(?i:"
    + "|".join(re.escape(p).replace(r"\ ", " ") for p in sorted(TV_PHRASES, key=len, reverse=True))
    + r")(?![\w'’])"
)
#: the blanks between the words of a name
SP = r"[ \t\u00a0]{1,3}"
#: one initial: "P.", "Th.", "IJ."
INIT = rf"(?:(?:Th|Chr|Ch|Joh|Ph|IJ|{_U})\.)"
#: up to five initials: "P.J.", "R. A."
INITIALS = rf"{INIT}(?:[ ]?{INIT}){{0,4}}"
#: what may not follow a name: more of a word, an address, a path
END = r"(?![\w@-]|['’]\w|\.\w)"
#: a capitalised name: "P.J. de Wolff", "Jeroen in 't Zandt", "Mirte K.", "Nora Amal Ben Haddou"
NAME_CAP = (
    rf"(?:{INITIALS}[ ]?(?:{TV}{SP})?{CAPNAME}"
    rf"|(?:{TV}{SP})?{CAPNAME}(?:{SP}(?:{TV}{SP})?{CAPNAME}|{SP}{INIT}(?!\w)){{0,4}})"
    rf"{END}"
)
_ANYWORD = rf"(?:\p{{L}}['’])?\p{{L}}{_L}+(?:\p{{Lu}}{_L}+)?(?:-\p{{L}}{_L}+)*"
_ANYINIT = r"\p{L}\."
#: a name in any case; the words after the first are checked one by one afterwards
NAME_ANY = (
    rf"(?:(?:{_ANYINIT}[ ]?){{1,4}}(?:{TV}{SP})?{_ANYWORD}"
    rf"|{_ANYWORD}(?:{SP}(?:{TV}{SP})?(?:{_ANYWORD}|{_ANYINIT}(?!\w))){{0,4}})"
    rf"{END}"
)
#: the two name patterns inside a rule's case-insensitive regex, case-sensitive again
CAP = f"(?-i:{NAME_CAP})"
ANY = f"(?-i:{NAME_ANY})"

#: one word of a candidate name
TOKEN = re.compile(r"[^\s]+")
#: one-word tussenvoegsels; "in", "op", "uit" and "d." count only inside their phrase
TV_WORDS = frozenset(w for p in TV_PHRASES for w in p.split()) - {"in", "op", "uit", "d.", "het"}
#: the second words that make a two-word tussenvoegsel of the first ("in 't", "op den")
TV_PAIRS = {"in": {"'t", "’t", "de", "den", "het"}, "op": {"de", "den", "'t", "ten"},
            "uit": {"de", "den", "het"}, "van": {"het"}, "v.": {"d."}}  # fmt: skip
#: tussenvoegsels that also join lowercase chat names ("lieke v. dam", "greet van den berg")
STRONG_TV = word_set("chat_tussenvoegsels")
#: a capitalised word with a lowercase part after a hyphen that is no tussenvoegsel
LOWER_COMPOUND = re.compile(r"-(?!(?:van|de|der|den|ter|ten|el|al|ben|bin|ould)(?:-|$))\p{Ll}")
#: stop words that are also first names
NAME_LIKE_STOPWORDS = word_set("name_like_stop_words")
#: a word of initials only: "H.J.", "Th.", "r."
IS_INITIALS = re.compile(r"^(?:(?:Th|Chr|Ch|Joh|Ph|IJ|\p{L})\.)+$")
