"""What every cue rule's candidate must pass, whatever its cue: is the captured text a name?

Why apart from the rules: a rule's regex captures generously (up to five words in any case);
the same trimming and checks then apply to all of them. The candidate is cut at the first
ordinary word, must look like a name (no generic word, no abbreviation, no common lowercase
word when typed in lowercase), may not stand beside a company word, must be followed by what
its cue expects (:meth:`Rule.follows`), must pass its rule's own check (:meth:`Rule.accept`),
and may not be the message's own domain or organisation.
"""

from __future__ import annotations

import regex as re
from spacy.lang.nl.stop_words import STOP_WORDS

from pipelines.names.companies import is_company_token, is_shop_head
from pipelines.names.message import Message
from pipelines.names.rules.base import Candidate, Rule
from pipelines.names.shape import (
    IS_INITIALS,
    LOWER_COMPOUND,
    NAME_LIKE_STOPWORDS,
    STRONG_TV,
    TOKEN,
    TV_PAIRS,
    TV_WORDS,
)
from pipelines.names.wordlists import word_set
from pipelines.names.words import COMMON_LOWER, GENERIC, PARTICIPLE

#: abbreviations written like initials ("B.V.", "P.S."): no name starts with one
_ABBREVIATIONS = word_set("abbreviations")


def judge(text: str, match: re.Match[str], rule: Rule, message: Message) -> tuple[int, int] | None:
    """The span of the name in ``match`` when it is one, else None."""
    start, end = match.span("name")
    tokens = [(m.start() + start, m.end() + start) for m in TOKEN.finditer(text[start:end])]
    kept = _trim(text, tokens, rule)
    if not kept:
        return None
    start, end = kept[0][0], kept[-1][1]
    words = [text[a:b] for a, b, _ in kept]
    names = [text[a:b] for a, b, tv in kept if not tv and not IS_INITIALS.match(text[a:b])]
    lowercase = bool(names) and not names[0][:1].isupper()
    if lowercase and not rule.lowercase:
        return None
    if not _plausible(words, names, lowercase, rule):
        return None
    segment_end = _segment_end(text, end)
    around = words + text[end:segment_end].split()[:2]
    if any(is_company_token(t) for t in around):
        return None
    if len(names) >= 2 and is_shop_head(names[0]):
        return None
    found = Candidate(text, match, start, end, words, lowercase, message)
    if not rule.follows(found):
        return None
    if not rule.accept(found):
        return None
    if (rule.weak or lowercase) and len(words) == 1:
        low = words[0].lower()
        domains = message.domains
        if low in domains or any(len(low) >= 5 and d.startswith(low) for d in domains):
            return None
    if text[start:end] in message.orgs():
        return None  # "Hallo Winkelkraan," where the chat shows Winkelkraan is the shop
    return start, end


def _trim(text: str, tokens: list[tuple[int, int]], rule: Rule) -> list[tuple[int, int, bool]]:
    """Keep the name words (start, end, is-tussenvoegsel): stop at a common word."""
    kept: list[tuple[int, int, bool]] = []
    lows = [text[a:b].lower() for a, b in tokens]
    first_upper: bool | None = None
    i = 0
    while i < len(tokens):
        a, b = tokens[i]
        word, low = text[a:b], lows[i]
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        width = 2 if nxt in TV_PAIRS.get(low, ()) else 1 if low in TV_WORDS else 0
        if width and word[:1].isupper() and word.endswith("."):
            width = 0  # "Rik V." ends in an initial, not in "v." for "van"
        if width and (first_upper is not False or low in STRONG_TV):
            kept.extend((x, y, True) for x, y in tokens[i : i + width])
            i += width
            continue
        i += 1
        if IS_INITIALS.match(word):
            kept.append((a, b, False))  # an initial: H.J. / Th. / r.
            continue
        upper = word[:1].isupper()
        if upper and LOWER_COMPOUND.search(word):
            break  # "Microsoft-klant" is a compound noun, "Wirjosentono-de" a surname
        if first_upper is None:
            first_upper = upper
            if kept and not upper and all(tv for _, _, tv in kept):
                return []  # "ik ben van mening": a lowercase name never starts with "van"
        elif first_upper and not upper:
            break
        if low in GENERIC or (not upper and low in COMMON_LOWER):
            break
        if upper and low in STOP_WORDS and not any(not tv for _, _, tv in kept):
            # "Ik", "Het", "Mijn" open a sentence; "Elke", "Ben", "Wil" are also names
            next_upper = i < len(tokens) and text[tokens[i][0]].isupper()
            if low not in NAME_LIKE_STOPWORDS or (rule.weak and not next_upper):
                break
        kept.append((a, b, False))
    while kept and kept[-1][2]:
        kept.pop()
    return kept


def _plausible(words: list[str], names: list[str], lowercase: bool, rule: Rule) -> bool:
    """The words look like a name: not a generic word, not a common lowercase word."""
    if not names:
        return False
    if len(names) > 5:
        return False
    if any(w.lower() in GENERIC for w in names):
        return False
    if words[0].endswith(".") and words[0].upper() in _ABBREVIATIONS:
        return False
    if lowercase:
        if PARTICIPLE.search(names[0].lower()):
            return False  # surnames may look like verbs (Verlinden), first names do not
        for w in names:
            low = w.lower()
            if low in COMMON_LOWER or len(low) < 3:
                return False
        if len(words) < rule.min_lowercase_words:
            return False
    return True


def _segment_end(text: str, start: int) -> int:
    """Where the field that holds the name ends: a bracket, comma, dash or line end."""
    limit = min(len(text), start + 80)
    cut = limit
    for stop in ("\n", "(", ",", " - ", " – ", " — ", "|", "<", ";"):
        pos = text.find(stop, start, limit)
        if pos != -1 and pos < cut:
            cut = pos
    return cut
