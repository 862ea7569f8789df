"""A name found once is a name everywhere in the conversation.

A signature gives "Harm Wolters" with certainty; the same message says "Hoi Harm" in a quoted
reply and "meneer Wolters" in a ticket note, where no cue or model would be sure. So every person
name found is split into the forms people reuse — the whole name, the first name, the surname
with and without its tussenvoegsel — and those forms are redacted wherever they recur in the
message and in later messages of the same conversation.
"""

from __future__ import annotations

import regex as re
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as NL_STOP_WORDS

from pipelines.names.wordlists import word_set

#: tussenvoegsels: never a name on their own
PARTICLES = word_set("particles")
#: words that label people without being their name
NOT_NAMES = word_set("person_labels")
_INITIAL = re.compile(r"^(?:\p{Lu}\.)+$|^\p{Lu}$")
#: a word next to a surname that makes it a company name ("Drukkerij Van Wijngaarden",
#: "Kramer Administraties", "Smulders ICT", "Aarts & Van Leest"): one-person businesses carry
#: their owner's name, and the company is not the person. Short words and words that end
#: common surnames match only whole: as a suffix "it" took "Smit", "Gerrit" and "Birgit", "ict"
#: took "Benedict" and "winkel" took "Wolfswinkel" and "Hazewinkel", so the model's "Jan Smit"
#: was thrown away as a company.
BUSINESS_WORD = re.compile(
    r"(?i)^(?:&|\+|&\w+|it|ict|bv|nv|vof|b\.v\.|n\.v\.|winkel|handel|\w*enwinkel|"
    r"\w*(?:bureau|kantoor|bedrijf|drukkerij|erij|praktijk|studio|atelier|salon|"
    r"garage|techniek|service|services|groep|group|administratie|administraties|"
    r"consultancy|advies|advocaten|notarissen|installatie|installaties|styling|hoveniers|"
    r"hovenier|bouw|transport|media|design|solutions|makelaardij|makelaars|accountants|"
    r"vastgoed|verhuur|holding|elektro))$"
)
MIN_VARIANT_LENGTH = 3
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def squash(value: str) -> str:
    """Lowercase letters and digits only: how a name is spelled inside a domain or brand."""
    return _NOT_ALNUM.sub("", value.lower())


def name_variants(name: str) -> set[str]:
    """The forms under which ``name`` may recur: full, first name, surname (+ particles)."""
    name = " ".join(name.split())
    tokens = [t.strip(",.;:") if not _INITIAL.match(t) else t for t in name.split()]
    tokens = [t for t in tokens if t]
    variants = {name}
    core = [t for t in tokens if not _INITIAL.match(t)]
    if not core:
        return set()
    first = core[0]
    if first.lower() not in PARTICLES and len(core) > 1 and not _INITIAL.match(tokens[0]):
        variants.add(first)
    # the surname: everything after the first name (or after the initials)
    surname_tokens = core[1:] if not _INITIAL.match(tokens[0]) else core
    if surname_tokens:
        variants.add(" ".join(surname_tokens))
        bare = [t for t in surname_tokens if t.lower() not in PARTICLES]
        if bare:
            variants.add(" ".join(bare))
            # double surnames: each part on its own ("Bosma-Terpstra")
            for part in bare[-1].split("-"):
                if len(part) >= 4 and part[0].isupper():
                    variants.add(part)
    return {
        v
        for v in variants
        if len(v) >= MIN_VARIANT_LENGTH
        and v.lower() not in PARTICLES
        and v.lower() not in NOT_NAMES
    }


def _spellings(variant: str) -> set[str]:
    """A capitalised name is matched as written; one found in lowercase also capitalised.

    A surname that starts with a particle is also matched with it capitalised, as at the start
    of a sentence or in Flemish spelling ("de Haan" / "De Haan").
    """
    if variant.islower():
        return {variant, variant.title()}
    spellings = {variant}
    if variant.split()[0] in PARTICLES:
        spellings.add(variant[0].upper() + variant[1:])
    return spellings


def mention_spellings(name: str) -> set[str]:
    """Every exact string under which ``name`` is searched for when it recurs."""
    spellings: set[str] = set()
    for variant in name_variants(name):
        spellings |= _spellings(variant)
    return spellings


def find_mentions(
    text: str, names: set[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans in ``text`` where any variant of ``names`` recurs, outside the ``taken`` spans."""
    spellings: set[str] = set()
    for name in names:
        spellings |= mention_spellings(name)
    if not spellings:
        return []
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w@./\-])(?:{alternatives})(?![\w@\-]|\.\w)")
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if not_a_person_here(text, start, end):
            continue
        found.append((start, end))
    return found


#: a possessive or article right before a word: "mijn Toon geeft een fout", "uw Alexa" — a
#: thing that shares a person's name, not the person (not "de", which opens surnames)
_THING_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?i:mijn|m'n|jouw|uw|onze|ons|hun|z'n|een|deze|elke|geen|my|your|our)[ \t]+\Z"
)


def not_a_person_here(text: str, start: int, end: int) -> bool:
    """Whether a recurrence of a known name at ``text[start:end]`` is something else: part of
    a company's name, or a thing with a possessive or article before it."""
    if _THING_DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return True
    return in_company_name(text, start, end)


def in_company_name(text: str, start: int, end: int) -> bool:
    """Whether the words right next to ``text[start:end]`` make it part of a company name.

    Two signs, on the same line: a business word beside it ("Drukkerij Van Wijngaarden",
    "Smulders ICT", "Aarts & Van Leest"), or a capitalised word glued to it by a single space
    that is no greeting or title ("Kuipers Kozijnen", "Fysiotherapie Benali") — a person's name
    is followed by lowercase text or punctuation, a shop's name by more shop name.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].split()
    after = text[end : line_end if line_end >= 0 else len(text)].split()
    neighbours = [w.strip(",.;:()\"'") for w in (before[-1:] + after[:1])]
    if any(w and BUSINESS_WORD.match(w) for w in neighbours):
        return True
    glued_before = start > 0 and text[start - 1] == " " and bool(before)
    glued_after = text[end : end + 1] == " " and bool(after)
    return (glued_before and _is_shop_word(before[-1])) or (glued_after and _is_shop_word(after[0]))


def _is_shop_word(word: str) -> bool:
    """A capitalised plain word that is not a greeting, title or particle."""
    word = word.strip(",.;:()[]\"'!?")
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) > 2
        and word.lower() not in _NOT_SHOP_WORDS
    )


#: capitalised words that stand next to a person's name without making it a company
_NOT_SHOP_WORDS = word_set("words_beside_a_name") | PARTICLES


_CAP_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
#: a capitalised word right before a person's name, joined to it: "Karin en Joost", "zowel
#: Victoria als Yfke" (the window ends where the known name starts); not "of", which is also
#: English ("Chamber of Commerce"), nor "&", which joins partners in a firm ("Aarts & Van Leest")
_JOINED_BEFORE = re.compile(
    rf"(?<![\w@./'’&-])(?P<zowel>(?i:zowel)[ \t]+)?(?P<name>{_CAP_WORD})"
    rf"[ \t]+(?P<conj>en|als)[ \t]+\Z"
)
#: a capitalised word right after a person's name: "Joost en Karin"
_JOINED_AFTER = re.compile(rf"[ \t]+en[ \t]+(?P<name>{_CAP_WORD})(?![\w@'’-]|\.\w)")
#: "&" joins partners in a firm ("Aarts & Verbeek Advocaten", "Kroeze & Zn."), but two first
#: names closing a thank-you ("Bedankt Ilse & Koen!") are a pair of people: the pair must end
#: the clause, and the other word must be a full word (not "Zn.", "Co.")
_CLAUSE_END = r"[ \t]*(?:[!?,;)\n]|\.(?:\s|$)|$)"
_AMP_BEFORE = re.compile(rf"(?<![\w@./'’&-])(?P<name>{_CAP_WORD})[ \t]*&[ \t]*\Z")
_AMP_AFTER = re.compile(rf"[ \t]*&[ \t]*(?P<name>{_CAP_WORD})(?={_CLAUSE_END})")
_ENDS_CLAUSE = re.compile(_CLAUSE_END)


def find_coordinated(
    text: str, persons: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Capitalised words joined by "en" (or "zowel … als", or "&" in a closing pair) to a
    person's name.

    Why: people are named in pairs ("Karin en Joost hebben geen toegang", "zowel Victoria als
    Yfke"), and the model often finds only one of them: the other sits at a sentence start or
    after "Zowel", where a capitalised word is no evidence. Being joined to a name is; "als"
    only after "zowel" ("Net als Jan" names no Net).
    """
    found: list[tuple[int, int]] = []
    paired: set[tuple[int, int]] = set()
    blocked = list(taken)
    for start, end in persons:
        before = _JOINED_BEFORE.search(text, max(0, start - 60), start)
        if before is not None and (before.group("conj") != "als" or before.group("zowel")):
            found.append(before.span("name"))
        after = _JOINED_AFTER.match(text, end)
        if after is not None:
            found.append(after.span("name"))
        amp_after = _AMP_AFTER.match(text, end)
        if amp_after is not None and len(amp_after.group("name")) >= 3:
            paired.add(amp_after.span("name"))
        amp_before = _AMP_BEFORE.search(text, max(0, start - 40), start)
        if amp_before is not None and _ENDS_CLAUSE.match(text, end):
            paired.add(amp_before.span("name"))
    out = []
    for start, end in found + sorted(paired):
        word = text[start:end]
        if word.lower() in _NOT_JOINED or word.lower() in NOT_NAMES:
            continue
        if any(start < b and a < end for a, b in blocked):
            continue
        # "&" is itself a business word; the pair's own checks above stand in for it
        if (start, end) not in paired and in_company_name(text, start, end):
            continue
        blocked.append((start, end))
        out.append((start, end))
    return out


#: capitalised words that are joined to a name without being one: "Ik en Jan", "Bedankt en
#: groet, Jan", "Windows en …" is left to the company and product checks above
_NOT_JOINED = (_NOT_SHOP_WORDS | NL_STOP_WORDS | EN_STOP_WORDS) - word_set(
    "stop_words_joined_as_names"
)
