"""Is a support message Dutch or English? Offline, without a model and without a dependency.

The assistant answers in the customer's language. Two curated lists of frequent words (mostly
function words, plus the support vocabulary customers use in every message) settle almost every
message: IT jargon such as "laptop", "error" or "VPN" is in neither list, so a Dutch sentence full
of it stays Dutch, and words the languages share ("in", "is", "was", "of", "me", "we", "hand") are
left out of both. Only when the counts tie do letter pairs ("ij", "oe" against "th", "wh") decide;
with nothing to go on the caller's default wins. Placeholders such as "[PERSOON-1]" are removed
first, because the text is usually already redacted.

Pure and synchronous: text in, "nl" or "en" out.
"""

from __future__ import annotations

import re

__all__ = ["detect_language"]

#: Dutch function words and greetings that (almost) never occur in English text
_DUTCH_FUNCTION = """
    de het een en ik je jij jou jouw u uw niet wat dat dit die deze van voor met op mijn m'n
    z'n zijn haar hun hem mij ons onze jullie zij ze wij zich er hier daar nu dan als omdat
    wanneer waar hoe waarom welke wie naar bij uit aan om tot na tegen zonder tussen onder
    sinds tijdens dus toch wel nog ook maar geen niets niks iets alle alles iemand veel meer
    heel erg zo weer al alleen altijd nooit steeds inmiddels helaas graag zelf eens keer terug
    mee toe heb hebt heeft hebben hadden ben bent waren wordt worden werd kan kun kunt kunnen
    wil wilt willen moet moeten zou zouden zal zullen ga gaat gaan doe doet doen krijg krijgt
    krijgen zie ziet zien weet weten vind vindt zit staat kom komt komen geeft geven lukt lukte
    gedaan geprobeerd gekregen ontvangen verstuurd gestuurd gebeld ja nee oké hoi hallo dag
    goedemorgen goedemiddag goedendag goedenavond beste geachte heer mevrouw meneer groet
    groeten groetjes vriendelijke mvg alvast bedankt dank dankjewel dankuwel aub svp zsm bijv
    ivm vandaag morgen gisteren vanochtend vanmiddag maand jaar uur dagen fijn fijne prima hoor
"""
#: the words of Dutch support messages, because a subject line has no function words
#: ("Licentie verlopen"); IT jargon that Dutch borrows from English is deliberately absent
_DUTCH_SUPPORT = """
    vraag vragen probleem werkt werken werkte gegevens bestelling factuur rekening wachtwoord
    inloggen ingelogd bericht opnemen bellen telefoon adres naam klant nieuwe nieuw kapot stuk
    storing licentie verlopen vergeten aanvragen klopt antwoord scherm printen loopt toegang
    rechten bestand bestanden bijlage foutmelding melding gebruiker gebruikers medewerker
    collega afdeling kantoor thuis opnieuw verbinding traag langzaam aanmaken verwijderen
    opzeggen abonnement offerte betaling betaald hulp helpen sturen stuur zoek raar vreemd bedrag
"""
#: English function words and greetings that (almost) never occur in Dutch text
_ENGLISH_FUNCTION = """
    the a an and i i'm i've i'll i'd you you're your yours not what that this these those for
    with on at by from to into about after before since during without between my mine our
    ours us they them their there here how why when where which who whom it it's its be been
    being are were am has have having do does did done don't doesn't didn't can't cannot won't
    isn't wasn't aren't haven't couldn't shouldn't can could would should will shall may might
    must but or if so because than then also just still again already yet only very really all
    some any every no yes now one out up until while someone something anything nothing
    everything how's let's what's that's there's please thanks thank thx hi hello dear regards
    sincerely cheers morning afternoon evening today tomorrow yesterday month year hour days
"""
#: the words of English support messages; jargon Dutch also uses ("user", "settings") is absent
_ENGLISH_SUPPORT = """
    get got getting need needs trying tried working works worked broken received sent send
    sending know see look like new name address phone number problem outage expired wrong weird
    forgot invoice invoices license licence reply crashes freezes slow screen employee colleague
    department office home permission permissions connection network fixed missing great good
    fine strange unable able deleted remove subscription payment paid refund
"""
_DUTCH = frozenset((_DUTCH_FUNCTION + _DUTCH_SUPPORT).split())
_ENGLISH = frozenset((_ENGLISH_FUNCTION + _ENGLISH_SUPPORT).split())

#: "[PERSOON-1]", "[IBAN-2]", "<EMAIL>": placeholders of the redactor and of other tools
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_\-]*(?:-\d+)?\]|<[A-Z][A-Z_]*>")
_URL_OR_EMAIL = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+", re.IGNORECASE)
#: "a.u.b.", "m.v.g.", "e.g." become one token, so their letters do not count as "a" or "u"
_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
#: tie-breakers: letter groups and word endings typical of one language ("-tie" against "-tion")
_DUTCH_CUES = re.compile(r"ij|oe|aa|uu|ui|sch|cht|(?:tie|heid|lijk)\b")
_ENGLISH_CUES = re.compile(r"th|wh|sh|ea|(?:tion|ness|ly)\b")


def _tokens(text: str) -> list[str]:
    """Lowercase words without placeholders, addresses and acronyms.

    Acronyms ("IT", "VPN", "OK") are jargon in both languages, and "IT" would read as "it"; they
    are kept only when the whole text is in capitals.
    """
    text = _PLACEHOLDER.sub(" ", text)
    text = _URL_OR_EMAIL.sub(" ", text)
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text.replace("’", "'"))
    words = _WORD.findall(text)
    if any(ch.islower() for ch in text):
        words = [w for w in words if len(w) < 2 or not w.isupper()]
    return [w.lower() for w in words]


def detect_language(text: str, default: str = "nl") -> str:
    """ "nl" or "en" for a (possibly redacted) message; ``default`` when nothing tells.

    Word counts decide; letter pairs only break a tie, because a single Dutch street name in an
    English sentence ("Kerkstraat") must not outweigh the sentence around it.
    """
    tokens = _tokens(text)
    if not tokens:
        return default
    dutch = sum(token in _DUTCH for token in tokens)
    english = sum(token in _ENGLISH for token in tokens)
    if dutch != english:
        return "nl" if dutch > english else "en"
    words = " ".join(tokens)
    dutch_cues = len(_DUTCH_CUES.findall(words))
    english_cues = len(_ENGLISH_CUES.findall(words))
    if dutch_cues != english_cues:
        return "nl" if dutch_cues > english_cues else "en"
    return default
