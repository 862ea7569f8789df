"""Cue vocabularies that several families of rules share: titles and relations.

Why here: a title opens a name after a label ("Klant: mevr. Smit"), a closing, an intro or
"door"; a relation word opens one in running text and in a list of attendees. Each family
module imports them from here rather than from another family.
"""

from __future__ import annotations

from pipelines.names.wordlists import alternation

#: titles and forms of address before a name, Dutch and those of customers who write in their
#: own language; a regex (optional dots and words), so it stays in the code
TITLES = (
    r"(?:(?:de[ \t]+)?heer|dhr\.?|meneer|mijnheer|mnr\.?|mevr\.?|mevrouw|mw\.?|mej\.?|mejuffrouw|"
    r"mr\.|dr\.|ir\.|ing\.|drs\.|prof\.|dr|drs|prof|fam\.|familie|"
    # the titles of customers who write in their own language
    r"herr|frau|madame|monsieur|mme\.?|mlle\.?|señora|señor|sra\.|sr\.|srta\.|signora|"
    r"signor|sig\.(?:ra)?|"
    r"(?-i:Mr|Mrs|Ms|Miss|Dr|Prof|Mr\.|Mrs\.|Ms\.|Dr\.|Mw|Mevr|Dhr)\.?)"
)
#: "mijn dochter Fleurtje", "onze collega Hanne Peeters" (data/relations)
RELATIONS = alternation("relations")
#: ASCII word characters are word characters for ``regex`` too, so a cue may exclude them
NO_WORD_BEFORE = r"(?<![a-z0-9_])"
