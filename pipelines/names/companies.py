"""How the cue rules tell a company's name from a person's.

Why: the places where people sign and speak are also where companies do ("Kempen IT",
"[09:15] Garage Peeters:", "Metaalwerken Verheyen nv"), and one-person businesses carry
their owner's name. A candidate beside a company word is no person, and neither is its
repeat after a company word ("Garage Verhaegen").
"""

from __future__ import annotations

import regex as re

from pipelines.names.wordlists import entries, word_set

#: words that make a name line a company line ("Kempen IT", "Metaalwerken Verheyen nv")
COMPANY_WORDS = word_set("company_words")
#: short company words that are ordinary English words unless written in capitals ("IT")
SHORT_COMPANY_WORDS = word_set("short_company_words")
#: short legal forms written in mixed case: "Fratelli Rossi SpA"
MIXED_CASE_FORMS = word_set("mixed_case_legal_forms")
#: endings that make a long word a company word ("Loodgietersbedrijf")
COMPANY_SUFFIXES = entries("company_suffixes")
#: a word on "-huis" opens a shop's name ("Theehuis Wang") but ends many surnames (Nijhuis)
SHOP_HEAD_SUFFIX = "huis"
#: an organisation's shape: an acronym, CamelCase or a domain ("Maasland ICT", "HostKot.be")
ORG_SHAPE = re.compile(r"\p{Lu}{2,}|\p{Ll}\p{Lu}|\.\p{L}{2,}")
#: an organisation's shape where a speaker's name may be CamelCase (McDonald, DeShawn): an
#: acronym, a domain, or a capital after three lowercase letters (WhatsApp, HostKot)
SPEAKER_ORG_SHAPE = re.compile(r"\p{Lu}{2,}|\.\p{L}{2,}|\p{Ll}{3}\p{Lu}")


def is_shop_head(token: str) -> bool:
    """A word on "-huis" in front of a name: "Theehuis Wang", "Fietsenhuis Jansen"."""
    low = token.lower()
    return len(low) > 6 and low.endswith(SHOP_HEAD_SUFFIX)


def is_company_token(token: str) -> bool:
    """A legal form, desk or trade word: the line names a company, not a person."""
    bare = token.strip(".,;:()\"'")
    low = bare.lower()
    if low in SHORT_COMPANY_WORDS:
        return bare.isupper() or bare in MIXED_CASE_FORMS
    if low in COMPANY_WORDS:
        return True
    return len(low) > 6 and any(low.endswith(s) for s in COMPANY_SUFFIXES)
