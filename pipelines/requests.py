"""Is a support message a GDPR/AVG data-subject request, and which one?

A request starts a legal clock (one month, art. 12(3) AVG), so it must not drown in the ordinary
queue; an ordinary message wrongly flagged costs a privacy officer's time. Both errors matter,
so this is a precise rule system rather than a keyword list.

How it reads a message:

- The text is normalised (lowercase, accents removed, wrapped lines joined, abbreviations such as
  "art." and "a.u.b." lose their dots) and cut into sentences; chat lines and header lines are
  sentences of their own.
- Each of the nine request types has weighted *cues*: regular expressions for the concepts a
  request of that type is made of, not for sentences. Erasure, for instance, is a verb of deletion
  near an object that is the writer's own data ("gegevens", "account", "profiel", "data"), or the
  named right ("recht op vergetelheid"). Most cues pair a verb with an object, which is what keeps
  "verwijder mijn bestelling" and "verwijder de printer" out.
- *Vetoes* drop a type's cues in one sentence where that sentence is a known look-alike: an
  accident ("per ongeluk verwijderd"), a question about the policy ("verwijderen jullie ..."),
  a conditional threat ("als u niet reageert, stap ik naar de AP"), a bill ("bezwaar tegen de
  aanmaning"), a colleague's account, a device to be wiped. Some sentences count for no type:
  the company's own boilerplate ("klik hier om u af te melden", "u kunt uw gegevens inzien via
  ...") and a business asking how to handle *its* customer's request. Quoted lines ("> ...") are
  dropped before anything else: the request is in what the customer writes now.
- A type's score is the sum of the weights of its distinct cues; the highest score wins and
  below :data:`THRESHOLD` the message is no request. Weak cues (about 0.5) only count together;
  a cue that names the right itself ("inzageverzoek", "art. 17 AVG") decides on its own.
- Privacy vocabulary anywhere in the message (AVG, GDPR, persoonsgegevens, "mijn gegevens") adds
  a little to every type that already has a cue: it makes a borderline cue believable, it never
  creates a request by itself.

Whether someone writes for another person ("namens mijn moeder, met volmacht", "for my father",
"als executeur") is reported beside the type, because the privacy officer must then check the
authorisation before answering.

Pure and synchronous: text in, :class:`RequestMatch` or ``None`` out. Cue names, never message
text, are returned, so a match can be logged without leaking what the customer wrote.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.regex_literals import may_match, required_clauses
from pipelines.request_types import REQUEST_TYPES

__all__ = ["REQUEST_TYPES", "THRESHOLD", "RequestMatch", "classify_request", "score_request"]

#: below this score a message is not a request: one strong cue, or two weak ones together
THRESHOLD = 1.0
#: what privacy vocabulary elsewhere in the message adds to a type that already has a cue
CONTEXT_BONUS = 0.3
#: on a tie the more specific right wins (a complaint usually also mentions the request it is about)
_PRIORITY = (
    "complaint",
    "automated_decision",
    "restriction",
    "portability",
    "objection",
    "withdraw_consent",
    "erasure",
    "rectification",
    "access",
)


@dataclass(frozen=True)
class RequestMatch:
    """A data-subject request found in a message.

    ``cues`` names the rules that fired (``"erasure.delete_own_data"``), never message text, so a
    match may be stored and logged next to the redacted message.
    """

    type: str
    confidence: float
    cues: tuple[str, ...]
    on_behalf_of: bool


# The rule tables below are laid out by hand, one cue per row, so that a reviewer can read a
# row as "name, weight, pattern"; the formatter would spread every row over five lines.
# fmt: off
# ---------------------------------------------------------------------------------------------
# vocabulary: building blocks of the cue patterns (the text is lowercase and without accents)
# ---------------------------------------------------------------------------------------------


def _near(a: str, b: str, gap: int = 60) -> str:
    """``a`` and ``b`` in either order within ``gap`` characters: Dutch word order moves the verb
    to the end of a subordinate clause ("dat u mijn gegevens verwijdert") but not in a command
    ("verwijder mijn gegevens")."""
    return rf"(?:(?:{a}).{{0,{gap}}}?(?:{b})|(?:{b}).{{0,{gap}}}?(?:{a}))"


#: the writer's own (or a represented person's) possessive; "je/uw/your" is the agent's voice
_MY = r"\b(?:mijn|m'n|mn|zijn|haar|hun|my|his|her|their)\b"
_YOUR = r"\b(?:uw|je|jouw|your)\b"
#: the personal-data object of a request: data, an account or profile, a file kept on someone
_DATA_NOUN = (
    r"(?:persoons|klant|contact|account|profiel|leden|lid|trainings|verbruiks|gezondheids"
    r"|medische |persoonlijke |patienten|pati\w*)?gegevens\b|\bdata\b|\binformatie\b|\binfo\b"
    r"|\b(?:klant)?dossier\b|\bprofiel\b|\b(?:klant|gebruikers)?account\b|\bpersonal data\b"
    r"|\binformation\b|\bdetails\b|\bprofile\b|\brecords?\b|\bcv\b|\bsollicitatie\w*"
)
_MY_DATA = rf"(?:{_MY}|\bal\b|\balle\b)\s+(?:\w+\s+){{0,2}}?(?:{_DATA_NOUN})"
_YOUR_DATA = rf"{_YOUR}\s+(?:\w+\s+){{0,2}}?(?:{_DATA_NOUN})"
#: data described as "about me": "alle gegevens die u van mij heeft", "the data you hold about me"
_DATA_OF_ME = (
    r"(?:gegevens|data|informatie|info|alles|everything|information|details)\b.{0,50}?"
    r"\b(?:van|over) (?:mij|me|hem|haar)\b"
    r"|(?:data|information|info|details|everything)\b.{0,40}?"
    r"\b(?:about|on|relating to|concerning|of) (?:me|him|her)\b"
    r"|\b(?:data|information|details)\b (?:that )?you (?:hold|have|keep|store|process)\w*\b"
)
_OWN_DATA = rf"(?:{_MY_DATA}|{_DATA_OF_ME}|\bpersoonsgegevens\b|\bpersonal data\b)"
#: relatives and clients someone may write for, with or without a mandate
_RELATIVE = (
    r"(?:moeder|vader|ouders?|zoon|dochter|kind|kinderen|man|vrouw|echtgeno\w*|partner|broer"
    r"|zus|oma|opa|grootmoeder|grootvader|tante|oom|schoon\w+|client\w*|mother|father|mum|mom"
    r"|dad|parents?|son|daughter|child|husband|wife|brother|sister|grand\w+|aunt|uncle|client)"
)
_ACCOUNT_OF_RELATIVE = (
    rf"(?:account|profiel|gegevens|data|dossier)\b.{{0,20}}?\bvan {_MY} (?:\w+ )?{_RELATIVE}\b"
)
#: a conditional or a question: the sentence threatens or asks, it does not request
_CONDITIONAL = r"\b(?:als|indien|tenzij|anders|zo niet|wanneer|if|unless|otherwise)\b"
_UNTIL = (
    r"\b(?:tot(?:dat)?|zolang|in afwachting|tijdelijk|voorlopig|intussen|ondertussen"
    r"|in de tussentijd|until|pending|while|for now|temporarily|meanwhile|in the meantime)\b"
)
#: articles of the AVG/GDPR and the right each one grants
_ARTICLE_TYPES = {
    "15": "access",
    "16": "rectification",
    "17": "erasure",
    "18": "restriction",
    "20": "portability",
    "21": "objection",
    "22": "automated_decision",
    "77": "complaint",
}
_ARTICLE = re.compile(r"\bart(?:ikel|icle)?\s*(\d{1,2})\b(?:\s*(?:lid\s*\d|\(\d\)))?")
_LAW = re.compile(r"\b(?:avg|gdpr|uavg|algemene verordening gegevensbescherming)\b")


@dataclass(frozen=True)
class _Cue:
    name: str
    weight: float
    pattern: re.Pattern[str]
    #: whether the type's sentence vetoes silence this cue (a threat cue is meant for them)
    vetoable: bool = True
    #: a sentence in which this one cue does not count
    unless: re.Pattern[str] | None = None


def _cues(type_: str, table: Iterable[tuple]) -> tuple[_Cue, ...]:
    """Cues from rows ``(name, weight, pattern[, vetoable[, unless]])``."""
    cues = []
    for name, weight, pattern, *rest in table:
        vetoable = rest[0] if rest else True
        unless = re.compile(rest[1]) if len(rest) > 1 else None
        cues.append(_Cue(f"{type_}.{name}", weight, re.compile(pattern), vetoable, unless))
    return tuple(cues)


# --- access (art. 15) ---------------------------------------------------------------------------
_ACCESS = _cues(
    "access",
    [
        ("named_right", 1.6, r"inzageverzoek|verzoek (?:om|tot) inzage|recht (?:op|van) inzage"
         r"|inzagerecht|(?:subject|data) access request|\bdsars?\b|right of access"
         r"|\baccess request\b"),
        ("inspect_data", 1.3, _near(r"\binzage\b|\binzien\b|\bopvragen\b|\bopvraag\b",
                                    _OWN_DATA + r"|\bgegevens\b|\bdossier\b")),
        ("which_data_about_me", 1.4, _near(
            r"\b(?:welke|wat voor|what|which)\b.{0,25}?(?:gegevens|informatie|info|data"
            r"|details|information)\b",
            r"\b(?:van|over) (?:mij|me|hem|haar)\b|\b(?:about|on|of) (?:me|him|her)\b"
            r"|\bof (?:mine|his|hers)\b", 70)),
        ("what_you_know_about_me", 1.4,
         r"\bwat\b.{0,40}?\b(?:van|over) (?:mij|me|hem|haar)\b.{0,40}?\b(?:opgeslagen|vastgelegd"
         r"|bewaard|bewaart|bewaren|geregistreerd|weten|weet|hebben|heeft|verwerkt|verwerken"
         r"|staat|staan|bekend|verzameld)\b"
         r"|\bwat (?:weten|weet|hebben|heeft|bewaren|bewaart|verwerken|verwerkt) (?:jullie|u)\b"
         r".{0,30}?\b(?:van|over) (?:mij|me)\b"
         r"|\bwhat (?:do|does) (?:you|your company) (?:\w+ )?(?:know|have|hold|keep|store)\b"
         r".{0,30}?\b(?:about|on) me\b"),
        ("copy_of_data", 1.3, _near(
            r"\b(?:kopie|afschrift|overzicht|uitdraai|copy|overview|printout)\b",
            _OWN_DATA + r"|\b(?:alle )?(?:persoons|klant)?gegevens\b|\b(?:klant)?dossier\b"
            r"|\ball (?:the )?(?:personal )?(?:data|information)\b", 70)),
        ("send_own_records", 0.8, _near(
            r"\b(?:toesturen|opsturen|toezenden|sturen|ontvangen|opvragen|provide|send me"
            r"|request\w*|ask for)\b",
            rf"{_MY} (?:\w+ )?(?:opnames|gespreksopnames|camerabeelden|beelden|notities"
            r"|gespreksverslagen|gespreksnotities|recordings|call recordings|footage|notes)\b"
            rf"|\b(?:opnames|beelden|notities|recordings|footage)\b (?:van|of) {_MY}", 60)),
        ("see_own_data", 0.6, _near(r"\b(?:zien|bekijken|see|view|look at)\b",
                                    _OWN_DATA + r"|\ball of it\b|\balles\b", 50)),
        ("what_is_stored", 0.6, r"\bwat\b.{0,30}?\b(?:opgeslagen|vastgelegd|geregistreerd"
         r"|bewaard)\b|\bwhat\b.{0,30}?\b(?:stored|kept|held|collected) (?:on|about) me\b"),
    ],
)
_ACCESS_VETO = (
    # a request of another kind that only says it wants "a copy"/"an overview" of the bill
    re.compile(r"\b(?:factuur|facturen|betaling\w*|invoice|payments?|bestelling\w*|orders?)\b"),
    # how to look something up oneself in the app: a product question
    re.compile(r"\b(?:hoe (?:kan|kun) ik|how (?:can|do) i)\b.{0,60}?\b(?:app|portaal|portal|menu"
               r"|knop|website|online|klantpaneel|instellingen|settings|button)\b"),
    # a technical fault in the self-service page, not a request to the company
    re.compile(r"\bfoutmelding\w*|\berror\b|\blukt niet\b|\bwerkt niet\b|\bdoesn't work\b"),
)

# --- rectification (art. 16) -------------------------------------------------------------------
_FIELD = (
    r"\b(?:(?:achter|voor|roep|meisjes|geboorte|familie)?(?<!op )(?<!ten )naam|namen"
    r"|(?:woon|post|huis|factuur"
    r"|e-?mail|mail|correspondentie)?adres|e-?mail|telefoonnummer|mobiele? nummer|06-?nummer"
    r"|geboortedatum|geboorteplaats|geboortejaar|geboortedag|geslacht|aanhef|aanspreekvorm|initialen|tussenvoegsel"
    r"|rekeningnummer|iban|(?:persoons|klant|contact|adres|naw-?|houder|profiel|account)gegevens"
    r"|persoonlijke gegevens|naw|gsm-?nummer|straatnaam|huisnummer|woonplaats|voorletters"
    r"|(?:first |last |sur|family )?name|surname|(?:e-?mail |postal |home |billing )?address"
    r"|email|phone number|mobile number|date of birth|birthday|gender|title|contact details"
    r"|personal details)\b"
)
_WRONG = (
    r"\bklopt\b.{0,20}?\bniet\b|\bkloppen\b.{0,20}?\bniet\b|\bniet (?:meer )?(?:juist|correct"
    r"|goed|actueel)\b|\bonjuist\w*|\bverkeerd\w*|\bfout\b|\bfoutie\w*|\bfout gespeld\b"
    r"|\bincorrect\w*|\bwrong\b|\bnot correct\b|\binaccurate\b|\bmisspel\w*|\bout of date\b"
    r"|\boutdated\b|\bno longer (?:correct|valid|current)\b|\bspelled wrong\b"
)
_CHANGE = (
    r"\bwijzig(?:en|t)?\b|\bte wijzigen\b|\baanpassen\b|\baan te passen\b|\bpas\b.{0,40}?\baan\b"
    r"|\bcorrigeer\w*|\bcorrigeren\b|\bcorrectie\b|\bverbeter(?:en)?\b|\brecht ?(?:te )?zetten\b"
    r"|\brechtzetten\b|\bbijwerken\b|\bbij te werken\b|\bveranderen\b|\bverander\b"
    r"|\b(?<!de )(?<!the )update\b"
    r"|\bchange\b|\bcorrect(?= (?:it|this|that|my|the|his|her)\b)|\bfix\b|\bamend\b|\brectif\w*"
)
_RECTIFICATION = _cues(
    "rectification",
    [
        ("named_right", 1.6, r"recht op (?:correctie|rectificatie|verbetering)|right to"
         r" rectification|\brectificatieverzoek|\bcorrectieverzoek"),
        ("own_field_wrong", 1.3, _near(rf"{_MY} (?:\w+ )?{_FIELD}", _WRONG, 50)),
        # without "mijn" the field may be anybody's ("het adres in de handtekening klopt niet")
        ("field_wrong", 0.8, _near(_FIELD, _WRONG, 50)),
        ("change_own_field", 1.1, _near(rf"{_MY} (?:\w+ )?{_FIELD}", _CHANGE, 60)),
        ("change_in_records", 0.9, _near(
            _CHANGE, r"\b(?:in|uit) (?:uw|jullie|de|het) (?:\w+ )?(?:administratie|systeem"
            r"|systemen|bestand|database|registratie|klantbestand|dossier|\w*gegevens)\b"
            r"|\bin (?:your|the) (?:records|system|database|files)\b"
            r"|\b(?:your|uw|jullie) (?:records|administratie|klantenbestand)\b", 60)),
        ("new_value", 0.8, rf"{_MY} nieuwe? (?:\w+ )?{_FIELD}.{{0,15}}?\b(?:is|wordt|luidt)\b"
         rf"|\b{_MY} (?:\w+ )?{_FIELD} (?:is|zijn) (?:veranderd|gewijzigd)\b"
         rf"|\b{_MY} (?:new )?(?:\w+ )?{_FIELD} (?:has |have )?changed\b|\b{_MY} new {_FIELD} is\b"
         rf"|\b{_MY} (?:\w+ )?{_FIELD} is (?:gewijzigd|veranderd) (?:naar|in)\b"),
        ("still_old_value", 0.8, _near(
            _FIELD, r"\b(?:staat|is|still)\b.{0,20}?\b(?:nog|still)\b.{0,30}?\b(?:oude|old)\b"
            r"|\b(?:nog|still)\b.{0,20}?\b(?:oude|old|vorige|previous)\b"
            r"|\b(?:oude|old|vorige|previous)\b.{0,30}?\b(?:nog|still)\b", 50)),
        ("should_be", 0.8, _near(
            _FIELD, r"\bmoet\b.{0,40}?\bzijn\b|\bin plaats van\b|\bipv\b|\bmust be\b"
            r"|\bshould be\b|\binstead of\b|\bniet\b.{0,30}?\bmaar\b|\bmaar (?:ik|het|mijn)\b"
            r".{0,30}?\b(?:woon|heet|is|ben)\b|\bbut (?:it's|it is|i live|my|i(?:'ve)? moved"
            r"|we(?:'ve)? moved)\b", 60)),
        ("correct_this", 0.6, r"\b(?:dit|dat|het|die|deze|dit alles|dat alles)\b(?: \w+){0,3}"
         r" (?:corrigeren|rechtzetten|recht zetten|aanpassen|wijzigen|verbeteren|veranderen)\b"
         r"|\b(?:corrigeer|wijzig|verbeter|verander)\b (?:dit|dat|het|die|deze)\b|\bpas\b"
         r" (?:dit|dat|het|die|deze)\b(?: \w+){0,2} aan\b|\b(?:correct|fix|change|update|amend)"
         r" (?:it|this|that|them)\b|\bgraag (?:aanpassen|wijzigen|corrigeren|rechtzetten"
         r"|bijwerken|veranderen|doorvoeren)\b|\b(?:dat|dit|het) (?:\w+ )?doorvoeren\b"
         r"|\b(?:please|kindly|pls) (?:amend|correct|update|fix|rectify)\b"
         r"|\bin orde (?:maken|brengen)\b|\bgoed ?(?:te )?zetten\b"),
        ("things_wrong", 0.6, _near(r"\b(?:dingen|zaken|gegevens|\w+gegevens|details|things)\b",
                                    _WRONG, 30)),
        ("moved", 0.6, r"\bik ben\b.{0,25}?\bverhuisd\b|\bwe zijn\b.{0,25}?\bverhuisd\b"
         r"|\bi(?:'ve| have)?\b.{0,10}?\bmoved\b|\bnieuwe? (?:woon)?adres\b|\bnew address\b"),
        ("wrong_salutation", 0.7, r"\bik ben (?:een )?(?:vrouw|man)\b|\bi am (?:a )?(?:woman"
         r"|man)\b|\b(?:aangesproken|spreekt\b.{0,20}?\baan)\b.{0,30}?\b(?:heer|mevrouw)\b"),
        ("records_mentioned", 0.4, r"\bin (?:uw|jullie) (?:administratie|systeem|bestand"
         r"|registratie)\b|\bin your (?:records|system|files)\b"),
    ],
)
_RECTIFICATION_VETO = (
    # an order, a product, a company or a mailbox, not the person's record
    re.compile(r"\b(?:cadeau\w*|bon\w*|bestelling\w*|order\w*|pakket\w*|zending|verzendlabel"
               r"|label|gravure|delivery|shipping|parcel|package|kantoor|bedrijf|vestiging"
               r"|b ?v\b|mailbox|gedeelde|website|dns|server|gebruikersnaam"
               r"|username|factuur\w* klopt|bedrag|korting|bezorg\w*|geleverd|levering"
               r"|aflever\w*|betaling\w*|afreken\w*|checkout|webshop|bug|inlog\w*|login"
               r"|wachtwoord\w*|password|weergegeven|weergave|getoond|displayed|handtekening"
               r"|signature|template|sjabloon)\b"),
    # data the writer keeps about their own customers: they are the controller, not the subject
    re.compile(r"\b(?:my|mijn|our|onze) (?:clients?|customers?|klanten|klant|relaties?)\b"
               r"|\b(?:client|customer)'s\b"),
    # someone who changed it themselves, or cannot, and asks how: a product question
    re.compile(r"\bfoutmelding\b|\berror\b|\blukt niet\b|\bwerkt niet\b|\bkan\b.{0,40}?\bniet"
               r" (?:wijzigen|aanpassen|veranderen|bewerken)\b|\bcan(?:'t|not)\b (?:change|edit"
               r"|update)\b|\bhoe kan ik\b|\bhow (?:do|can) i\b"),
    # an employer's records of its staff, kept in the software the company supports
    re.compile(r"\b(?:medewerker\w*|werknemer\w*|personeel\w*|collega\w*|employee\w*|staff)\b"),
)

# --- erasure (art. 17) -------------------------------------------------------------------------
_DELETE = (
    r"\bverwijder(?:en|t)?\b|\bte verwijderen\b|\bwis(?:sen|t)?\b|\bvernietig(?:en|t)?\b"
    r"|\bweg te (?:halen|doen)\b|\bweghalen\b|\bopheffen\b|\bop te heffen\b|\bhef\b.{0,30}?\bop\b"
    r"|\bschrappen\b|\bweggooien\b|\bweg te gooien\b|\bgooi\b.{0,30}?\bweg\b"
    r"|\bdelete\b|\berase\b|\bremove\b|\bwipe\b|\bdestroy\b|\bpurge\b"
    r"|\bget rid of\b|\bdeleting\b|\berasing\b|\bremoving\b"
    r"|\b(?:verwijderd|gewist|vernietigd|weggehaald|opgeheven|geschrapt) (?:te )?(?:worden|wordt)\b"
    r"|\b(?:wil|willen|wens|graag|verzoek\w*|eis\w*|moet|moeten|laten)\b.{0,50}?\b(?:verwijderd"
    r"|gewist|vernietigd|weggehaald|opgeheven|verdwijnen)\b"
    r"|\b(?:deleted|erased|removed|destroyed)\b(?! by)"
    r"|\b(?:worden|wordt) (?:verwijderd|gewist|vernietigd)\b"
    r"|\bverwijdering\b|\bwissing\b|\bvernietiging\b|\bdeletion\b|\berasure\b"
)
_ERASURE = _cues(
    "erasure",
    [
        ("named_right", 1.6, r"recht op (?:vergetelheid|vergeten (?:te )?worden|verwijdering"
         r"|gegevenswissing|wissing)|\bvergeten (?:te )?worden\b|right to (?:be forgotten"
         r"|erasure|deletion)|verzoek (?:tot |om )?verwijdering|verwijderingsverzoek"
         r"|verwijderverzoek|(?:deletion|erasure) request|request (?:for )?(?:the )?(?:deletion"
         r"|erasure)"),
        ("delete_own_data", 1.5, _near(_DELETE, _OWN_DATA + "|" + _ACCOUNT_OF_RELATIVE, 60)),
        ("delete_from_records", 1.3, _near(
            _DELETE, r"\buit (?:het|uw|jullie|de|al uw|alle) (?:\w+ )?(?:klanten|leden)?(?:bestand"
            r"|database|systeem|systemen|administratie|crm|register|klantenbestand|ledenbestand"
            r"|ledenadministratie|bestanden)\b"
            r"|\bfrom (?:your|all your) (?:\w+ )?(?:records|systems?"
            r"|database|files|mailing lists?)\b", 60)),
        ("delete_clause", 1.5, rf"\b(?:wil|willen|wens|verzoek\w*|vraag|eis\w*)\b.{{0,15}}?\bdat\b"
         rf".{{0,40}}?(?:{_OWN_DATA}).{{0,40}}?\b(?:verwijderd|gewist|vernietigd|weggehaald"
         r"|opgeheven|verdwijnen|verdwijnt)\b"),
        ("own_profile_gone", 1.3, r"\b(?:kan|mag|moet|kunnen|mogen)\b.{0,20}?(?:mijn|m'n) (?:\w+ )?"
         r"(?:profiel|account|gegevens)\b.{0,25}?\bweg\b"),
        # colloquial: "al mijn data weg, account weg" (not "mijn account is weg": that is a loss)
        ("data_gone", 1.0, r"\b(?:al |alle )?(?:mijn|m'n|mn) (?:\w+ )?(?:data|gegevens|account"
         r"|profiel)\s+weg\b", True, r"\b(?:zijn|is|was|waren|raak\w*)\b(?: \w+){0,2}"
         r" (?:al |alle )?(?:mijn|m'n|mn) (?:\w+ )?(?:data|gegevens|account|profiel)\s+weg\b"),
        ("delete_your_data", 0.7, _near(_DELETE, _YOUR_DATA, 40)),
        ("delete_pronoun", 0.8, r"\b(?:die|deze|ze|dat|alles|het|it|them|everything)\b.{0,25}?"
         r"\b(?:verwijderd|vernietigd|gewist|weggehaald) (?:te )?(?:worden|wordt)\b"
         r"|\b(?:delete|erase|destroy|remove) (?:it|them|everything)\b"
         r"|\b(?:alles|al mijn \w+|alle \w+ van mij)\b.{0,20}?\b(?:verwijderen|wissen|vernietigen"
         r"|weggooien)\b|\b(?:verwijder|wis|vernietig) (?:alles|ze|die|deze)\b"),
        # closing an account is usually cancelling; with a second erasure cue it is erasure
        ("close_account", 0.6, _near(r"\b(?:sluiten|beeindigen|close|closing|deactiveren"
                                     r"|deactivate)\b",
                                     rf"{_MY} (?:\w+ )?(?:account|profiel|profile)\b", 30)),
        ("stop_keeping", 0.6, _near(r"\b(?:niet|geen) (?:langer|meer)\b.{0,20}?\b(?:bewaren|bewaard"
                                    r"|opslaan|hebben)\b|\b(?:don't|do not|no longer)\b.{0,25}?"
                                    r"\b(?:keep|store|hold|retain)\b", _OWN_DATA + r"|\bgegevens\b",
                                    50)),
    ],
)
_ERASURE_VETO = (
    # an accident or a loss, not a request
    re.compile(r"\bper ?ongeluk\b|\bkwijt\b|\bverdwenen\b|\bterug ?(?:zetten|halen|krijgen)\b"
               r"|\bherstel\w*|\bback-?ups?\b|\baccidentally\b|\bby mistake\b|\brestore\b"
               r"|\brecover\w*|\bterugzetten\b|\bopnieuw ge?installeer\w*"
               r"|\b(?:na|sinds) de update\b"
               r"|\bafter the update\b|\breinstall\w*"),
    # a question about the policy, not a request
    re.compile(r"\b(?:verwijderen|wissen|bewaren) (?:jullie|julie|u)\b|\bwat gebeurt er met\b"
               r"|\bdo you (?:delete|erase|remove|keep)\b|\bwhat happens to\b|\bhoe lang\b"
               r"|\bhow long\b|\bklopt het dat\b|\bis het (?:waar|zo) dat\b|\bis it true\b"
               r"|\bna \d+ (?:jaar|maanden|dagen|weken)\b|\bafter \d+ (?:years|months|days)\b"),
    # hiding from view is not deleting: search results, a public profile, visibility
    re.compile(r"\bzoekresultat\w*|\bzichtba\w*|\bverbergen\b|\bopenbaar\b|\bsearch results\b"
               r"|\bvisib\w*|\bhide\b|\bwel lid blijven\b"),
    # explicitly not deleting (a restriction), or deleting something else from the account
    re.compile(r"\b(?:verwijder|wis)\w*\b(?: \w+){0,4} (?:nog )?niet\b|\b(?:niet|not|don't|do not"
               r"|geen) (?:\w+ ){0,2}(?:verwijderen|wissen|delete|erase)\b"),
    re.compile(r"\b(?:remove|delete|verwijder\w*)\b.{0,40}?\b(?:uit|from|van|in|op) (?:mijn|my)"
               r" (?:\w+ )?(?:account|profiel|profile)\b"),
    # wiping a device (a laptop handed in, a server taken down) is IT work, not a right
    re.compile(r"\b(?:op|on|van|from) (?:de|het|mijn|m'n|the|my|his|her|zijn|haar) (?:\w+ )?"
               r"(?:laptop|telefoon|gsm|server|pc|computer|schijf|harde schijf|nas|simkaart|tablet"
               r"|device|phone|drive|disk|hard drive|sim)\b"),
    # someone else's account in an organisation: user administration, not a data-subject right
    re.compile(r"\b(?:collega\w*|medewerker\w*|werknemer\w*|stagiair\w*|oud-medewerker\w*"
               r"|colleague\w*|employee\w*|printer\w*|bestelling\w*|order\w*|mailbox\w*)\b"),
)

# --- restriction (art. 18) ---------------------------------------------------------------------
_NO_USE = (
    r"\b(?:niet|geen|nergens)\b.{0,40}?\b(?:gebruik\w*|verwerk\w*|doorgeven|doorgegeven"
    r"|verstrekken|verstrekt|delen|gedeeld|mee doen|gebeurt|doen|geven|sturen|versturen)\b"
    r"|\b(?:gebruik|verwerk)\w*\b.{0,30}?\b(?:niet|nergens)\b"
    r"|\b(?:do not|don't|stop|not)\b.{0,25}?\b(?:use|using|process\w*|share|sharing)\b"
)
_RESTRICTION = _cues(
    "restriction",
    [
        ("named_right", 1.7, r"beperking van (?:de )?(?:verwerking|gegevensverwerking)"
         r"|verwerkingsbeperking|beperk(?:en|t)? (?:van )?de verwerking|recht op beperking"
         r"|restrict\w* (?:the )?processing|restriction of (?:the )?processing|right to restrict"),
        ("freeze_data", 1.0, _near(r"\bbevr(?:ies|iezen|oren)\b|\bblokkeer\w*|\bblokkeren\b"
                                   r"|\bop slot\b|\bon hold\b|\bfreeze\b|\bfrozen\b|\bstilzetten\b"
                                   r"|\bop pauze\b|\bpauzeer\w*|\bpauzeren\b|\bparkeren\b"
                                   r"|\bopschort\w*|\bop te schorten\b|\bschort\b.{0,30}?\bop\b"
                                   r"|\bsuspend\w*|\bpause\w*",
                                   _OWN_DATA + r"|\bgegevens\b|\bdata\b|\bdossier\b|\bverwerking\b"
                                   r"|\bprocessing\b", 60)),
        ("no_use_until", 1.2, _near(_NO_USE, _UNTIL, 90)),
        ("keep_but_dont_delete", 1.2, _near(
            r"\b(?:niet|nog niet|not|don't|do not)\b(?: \w+){0,3} (?:verwijder\w*|wissen|delete"
            r"|erase)\b|\b(?:verwijder\w*|wis|wissen|wiste|wisten)\b(?: \w+){0,4} (?:nog )?niet\b",
            r"\bnodig (?:voor|bij)\b|\bprocedure\b|\brechtszaak\b|\bclaim\b|\bgeschil\w*"
            r"|\bneed (?:it|them)\b|\blegal\b|\bbut\b|\bmaar\b", 80)),
        ("no_use_data", 0.5, _near(_NO_USE, _OWN_DATA + r"|\bgegevens\b|\bdata\b", 40)),
    ],
)

# --- portability (art. 20) ---------------------------------------------------------------------
_OTHER_PARTY = (
    r"\b(?:andere|nieuwe|new|another|other)\b (?:\w+ )?(?:\w*aanbieder|\w*leverancier|provider"
    r"|partij|\w*verzekeraar|bank|app|dienst|organisatie|zorgaanbieder|supplier|company|service"
    r"|insurer|care provider|platform)\b|\b(?:een|a) (?:concurrent|competitor)\b"
    r"|\b(?:naar|bij|to|with) (?:een |a |an |my |mijn )?(?:andere|nieuwe|new|another|other"
    r"|different)\b"
    r"(?! (?:e-?mail\w*|mail\w*|adres\w*|address\w*|nummer|number|telefoon\w*|phone|account"
    r"|wachtwoord|password|naam|name)\b)"
)
_PORTABILITY = _cues(
    "portability",
    [
        ("named_right", 1.7, r"\b(?:data)?portabiliteit\b|overdraagbaarheid van (?:mijn )?gegevens"
         r"|recht op overdraagbaarheid|data portability|right to (?:data )?portability"),
        ("machine_readable", 1.5, r"machineleesba\w*|machine-?readable|gestructureerd\w*,? "
         r"(?:gangbaar|gebruikelijk)|structured,? commonly[ -]used|\b(?:gangbaar|gangbare"
         r"|standaard|open|digitaal|digitale)\b(?: \w+)? (?:bestands)?(?:formaat|format)\b"
         r"|\bcommonly used (?:\w+ )?format\b"),
        ("export_own_data", 1.2, _near(
            r"\b(?:csv|json|xml|excel|xlsx|spreadsheet|download\w*|export\w*|exporteer\w*)\b"
            r"|\b(?:als|in een) (?:\w+ )?bestand\b|\bas a file\b",
            _OWN_DATA + r"|\b\w+gegevens\b", 60)),
        ("transfer_to_other", 0.8, _near(
            r"\b(?:overdragen|overdracht|overzetten|over te zetten|over te dragen|doorsturen"
            r"|door te sturen|meenemen|mee te nemen|overstap\w*|stap\w* over|transfer\w*|move"
            r"|moving|switch\w*|port|ga\b.{0,5}?\bover|gaan\b.{0,5}?\bover|overgaan"
            r"|over te gaan)\b", _OTHER_PARTY, 70)),
        ("transfer_own_data", 0.5, _near(
            r"\b(?:overdragen|overzetten|doorsturen|door te sturen|meenemen|mee te nemen"
            r"|transfer\w*|send)\b", _OWN_DATA + r"|\b\w*gegevens\b", 50)),
        ("export_format", 0.6, _near(r"\bexport\w*|\bexporteer\w*|\bdownload\w*",
                                     r"\b(?:csv|json|xml)\b", 40)),
        ("readable_file", 0.5, r"\b(?:in|als) (?:een )?(?:digitaal )?bestand\b|\binlezen\b"
         r"|\bimporteren\b|\bimport\b|\bin (?:een|a) (?:\w+ )?(?:formaat|format)\b"),
    ],
)
_PORTABILITY_VETO = (
    # a website, mailbox or domain moving to another host is not personal data
    re.compile(r"\b(?:website|site|domein\w*|domain|database|mailbox|dns|hosting|server"
               r"|agenda|calendar|contacten|contacts)\b"),
)

# --- objection (art. 21) -----------------------------------------------------------------------
_PROCESSING_OBJECT = (
    r"\b(?:verwerking|verwerken|gebruik|profiler\w*|profiel\w*|marketing\w*|reclame|benader\w*"
    r"|gebeld|bellen|tracking|volgen|gevolgd|analyse\w*|analyser\w*|doorgeven|doorgegeven|delen"
    r"|gedeeld|verstrekk\w*|gegevens|persoonsgegevens|gerechtvaardigd\w*|personaliser\w*"
    r"|advertenties|cookies?)\b"
)
#: an objection made earlier ("ik heb bezwaar gemaakt"): the message asks something else now,
#: usually that the data rest until it is decided (a restriction)
_EARLIER_OBJECTION = (
    r"\b(?:heb|had|hebben|hadden)\b(?: \w+){0,3} bezwaar (?:\w+ )?gemaakt\b|\bi (?:have |had )?"
    r"objected\b|\b(?:mijn|my) (?:eerdere |previous )?(?:bezwaar|objection)\b"
)
_OBJECTION = _cues(
    "objection",
    [
        ("named_right", 1.7, r"recht (?:op|van) bezwaar|right to object|bezwaar tegen (?:de )?"
         r"(?:verwerking|gegevensverwerking)|object to (?:the )?processing"
         r"|objection to (?:the )?(?:processing|use|profiling|direct marketing)"),
        ("object_to_processing", 1.6, _near(r"\bbezwaar\b|\bverzet\w*\b", _PROCESSING_OBJECT, 60),
         True, _EARLIER_OBJECTION),
        ("object_en", 1.6, r"\bi\b(?: \w+){0,2} object to\b|\bi(?:'m| am) objecting\b"
         r"|\bi (?:strongly )?object\b"),
        ("object_generic", 0.6, r"\b(?:maak|maken|teken\w*|heb)\b(?: \w+){0,3} bezwaar\b"
         r"|\bbezwaar\b(?: \w+){0,3} (?:gemaakt|maken|tegen)\b|\bverzet\w* (?:mij|me|ons|zich)"
         r" tegen\b", True, _EARLIER_OBJECTION),
        ("no_more_calls", 1.3, r"\b(?:niet meer|nooit|nooit meer)\b(?: \w+){0,4} (?:gebeld|bellen"
         r"|benaderd|benaderen|lastiggevallen|gecontacteerd|contacteren)\b"
         r"|\bbel (?:mij|me|ons)\b(?: \w+)? niet meer\b|\bbel-?me-?niet\b|\bbelmeniet\w*"
         r"|\bniet-?bellen\b|\bstop (?:met )?(?:bellen|calling)\b|\b(?:niet|geen)\b(?: \w+){0,3}"
         r" (?:telefonisch|per telefoon)\b(?: \w+){0,3} (?:benaderd|benaderen|gebeld|bellen)\b"
         r"|\bniet\b(?: \w+){0,4} (?:gebeld|benaderd|bellen|benaderen)\b.{0,40}?\b(?:verkoop\w*"
         r"|marketing\w*|commerc\w*|aanbieding\w*|reclame\w*|acquisitie|callcenter)\b"
         r"|\b(?:stop|quit) (?:calling|phoning|contacting) (?:me|us)\b|\b(?:don't|do not|never)"
         r"\b(?: \w+)? (?:call|phone|contact) (?:me|us) (?:again|anymore|any more)\b"
         r"|\bno (?:more )?(?:sales |marketing |cold )(?:calls|phone calls)\b"
         r"|\b(?:hou|houd|houdt|stop|stoppen)\w*\b(?: \w+)?(?: op)? met (?:me |mij )?(?:te )?"
         r"bellen\b"),
        ("stop_profiling", 1.2, r"\b(?:stop|stoppen|niet|geen)\b.{0,30}?\b(?:profiler\w*"
         r"|personaliser\w*|gepersonaliseerde|tracking|volgen|analyser\w*|analyseren)\b"
         r"|\b(?:stop|don't|do not)\b.{0,20}?\b(?:profiling|personali[sz]\w*|tracking)\b"),
        ("dont_want_processing", 0.8, r"\b(?:wil|willen|wens|wensen)\b(?: \w+)? niet"
         r" (?:langer |meer )?dat\b"
         r".{0,50}?\b(?:gebruik\w*|verwerk\w*|analyser\w*|analyseren|delen|gedeeld|doorgeven"
         r"|doorgegeven|verkopen|verkocht|volgen|gevolgd|profiler\w*)\b|\bi (?:do not|don't) want"
         r" (?:you|your company|my|his|her)\b.{0,40}?\b(?:use|used|process\w*|analy[sz]\w*"
         r"|share|shared|sell|sold|track\w*|profil\w*)\b"),
        ("legitimate_interest", 0.6, r"gerechtvaardigd\w* belang|legitimate interest"),
        ("do_not_agree", 0.6, r"\bniet (?:mee )?akkoord\b|\bniet eens met\b|\bdo not agree\b"
         r"|\bdon't agree\b|\bdisagree\b|\bdo not consent\b"),
        ("stop_this", 0.5, r"\b(?:dit|dat|hiermee|daarmee|het|deze verwerking)\b(?: \w+)? (?:te )?"
         r"(?:staken|stoppen|ophouden|beeindigen)\b|\bhou\w* (?:daar|hier)mee op\b"
         r"|\bstop (?:this|it|doing this)\b"),
        ("profiling_mentioned", 0.5, r"\bprofil\w*\b|\bprofiel (?:op)?bouwen\b|build a profile\b"
         r"|\b(?:targeted|personali[sz]ed|tailored) (?:advertising|ads|adverts|advertisements)\b"
         r"|\b(?:gerichte|gepersonaliseerde) (?:advertenties|reclame)\b"),
    ],
)
_OBJECTION_VETO = (
    # a bill, a fine, a price: "bezwaar" in its everyday sense
    re.compile(r"\b(?:aanmaning\w*|factuur|facturen|incasso\w*|prijs\w*|tarie\w*|boete\w*"
               r"|rente|verhoging|kosten|invoice|fine|price|fees?|charges?|cancellation|penalty"
               r"|opzeg\w*|voorwaarden|terms|beschikking|aanslag|woz|verkeersboete)\b"),
    # "bel me terug", "call me back": a wish to be called, not the opposite
    re.compile(r"\bterugbel\w*|\bcall me back\b|\bbel (?:mij|me) (?:terug|even|gerust|maar)\b"),
    # "tot mijn bezwaar is beoordeeld": a restriction while an objection is pending
    re.compile(rf"{_UNTIL}(?: \w+){{0,3}} (?:bezwaar|objection)\b"),
)

# --- withdrawal of consent (art. 7(3)) ----------------------------------------------------------
_MARKETING = (
    r"\b(?:nieuwsbrie\w*|mailing\w*|mailinglijst\w*|verzendlijst\w*|marketing\w*|reclame\w*"
    r"|aanbieding\w*|commerciele|promoti\w*|e-?mails?|mails?|sms\w*|newsletters?|promotions?"
    r"|offers?|spam|direct mail)\b"
)
#: advertising itself; a bare "mail" is not, since "geen papieren factuur meer, alleen per mail"
_PROMOTION = (
    r"\b(?:nieuwsbrie\w*|mailing\w*|marketing\w*|reclame\w*|aanbieding\w*|commerciele"
    r"|promoti\w*|spam|newsletters?|promotions?|offers?|advertis\w*|acties|kortingsacties)\b"
)
_WITHDRAW = _cues(
    "withdraw_consent",
    [
        ("withdraw_consent", 1.7, _near(
            r"\b(?:toestemming|consent|opt-?in)\b",
            r"\bintrek\w*|\bin te trekken\b|\btrek\w*\b.{0,40}?\bin\b|\bingetrokken\b"
            r"|\bwithdraw\w*|\brevok\w*|\bterugtrekken\b|\bterug te trekken\b|\buitgezet\b"
            r"|\buitzetten\b|\buit te zetten\b|\bno longer\b|\bniet langer\b|\bniet meer\b"
            r"|\bterugdraaien\b|\bterug te draaien\b|\bongedaan\b", 50)
         + r"|\btrek\w*\b.{0,40}?\b(?:toestemming|consent)\b.{0,40}?\bin\b"
         r"|\bgeen (?:\w+ ){0,2}toestemming\b(?: \w+){0,4} meer\b"
         r"|\btoestemming\b.{0,80}?\btrek\w*\b.{0,30}?\bin\b"),
        ("unsubscribe_marketing", 1.5, _near(
            r"\buitschrijv\w*|\buit te schrijven\b|\bschrijf\b.{0,20}?\buit\b|\bafmeld\w*"
            r"|\baf te melden\b|\bmeld\b.{0,20}?\baf\b|\bunsubscrib\w*|\bopt(?:-| )?out\b"
            r"|\bopt me out\b|\bafgemeld\b|\buitgeschreven\b|\b(?:afhalen|af te halen|af\b)"
            r"|\bremove me from\b|\btake me off\b", _MARKETING, 50)),
        ("no_more_marketing", 1.3,
         r"\b(?:geen|niet)\b(?: \w+){0,3} (?:nieuwsbrie\w*|reclame\w*|marketing\w*"
         r"|aanbiedingen|promoties|commerciele \w+|mailings?|spam)\b(?: \w+){0,4} meer\b"
         r"|\bwil\b(?: \w+){0,3} geen(?: \w+){0,2} (?:nieuwsbrie\w*|reclame\w*|marketing\w*"
         r"|aanbiedingen|mailings?)\b|\bstop\b(?: \w+){0,4} (?:nieuwsbrie\w*|reclame\w*"
         r"|marketing\w*|mailings?|newsletters?|promotional\w*)\b"
         r"|\b(?:no more|stop sending(?: me)?)\b(?: \w+){0,2} (?:marketing|newsletters?"
         r"|promotional|offers|advertising)\b"
         + "|" + _near(r"\b(?:stuur|sturen|toesturen|ontvangen|wil|hoef|hoeven|graag)\b.{0,30}?"
                       r"\bgeen\b.{0,30}?\bmeer\b|\bniet meer\b.{0,20}?\b(?:sturen|mailen"
                       r"|toesturen|ontvangen|krijgen)\b", _PROMOTION, 40)
         + r"|\bstop (?:met )?(?:het )?(?:mailen|e-?mailen|spammen)\b"),
        ("unsubscribe_bare", 0.5, r"\buitschrijven\b|\bafmelden\b|\bunsubscribe\b"
         r"|\bschrijf\b.{0,20}?\buit\b|\bmeld\b.{0,20}?\baf\b"),
        ("undo_opt_in", 0.8, _near(r"\baangevinkt\b|\bvinkje\b|\bakkoord gegeven\b|\bticked\b"
                                   r"|\bopted in\b", r"\bterugdraaien\b|\bterug te draaien\b"
                                   r"|\bongedaan\b|\buitvinken\b|\bintrekken\b|\bniet meer\b"
                                   r"|\bundo\b|\breverse\b", 80)),
        ("off_the_list", 1.5, r"\bvan (?:de|jullie|uw|het) (?:\w+ )?(?:\w*lijst|mailing\w*"
         r"|nieuwsbrie\w*)\b.{0,30}?\b(?:af|halen|verwijderen|schrappen)\b|\b(?:haal|verwijder"
         r"|schrap)\w* (?:mij|me|ons)\b.{0,20}?\b(?:van|uit) (?:de|jullie|uw|het)\b.{0,20}?"
         r"(?:lijst|mailing\w*|nieuwsbrie\w*)|\b(?:remove|take) (?:me|us)\b (?:off|from)\b.{0,25}?"
         r"\b(?:list|mailing\w*|newsletter)"),
        ("consent_mentioned", 0.4, r"\btoestemming\b|\bconsent\b|\bvinkje\b|\bopt-?in\b"),
        ("marketing_mentioned", 0.5, r"\b(?:nieuwsbrie\w*|mailinglijst\w*|marketingmail\w*"
         r"|reclamemail\w*|newsletters?|mailing list|marketing e-?mails?)\b"),
    ],
)
_WITHDRAW_VETO = (
    # appointments, courses and events are cancelled, not consented to
    re.compile(r"\b(?:cursus\w*|training\w*|afspraak|afspraken|webinar\w*|evenement\w*|les"
               r"|lessen|workshop\w*|wedstrijd\w*|opleiding\w*|event\w*|appointment\w*|class"
               r"|classes|abonnement\w*|subscription|lidmaatschap)\b"),
    # giving permission ("u heeft toestemming om in te loggen") is not taking it back
    re.compile(r"\b(?:heeft|hebben|geef|geven|give|have) (?:\w+ )?(?:toestemming|permission)\b"
               r".{0,20}?\b(?:om|to)\b"),
    # wanting the newsletter back
    re.compile(r"\b(?:weer|opnieuw) (?:aan)?melden\b|\bweer ontvangen\b|\bsubscribe me again\b"
               r"|\bresubscribe\b"),
)

# --- automated decision-making (art. 22) --------------------------------------------------------
_AUTOMATED = _cues(
    "automated_decision",
    [
        ("named_right", 1.7, r"geautomatiseerd\w* (?:besluit\w*|beslissing\w*)"
         r"|automatische (?:besluit\w*|beslissing\w*)|automated (?:decision\w*"
         r"|individual decision\w*)|automatic decision\w*|menselijke (?:tussenkomst"
         r"|beoordeling|blik|controle|herbeoordeling)|human (?:review|intervention|involvement"
         r"|assessment|oversight)|\bprofilering met rechtsgevolg"),
        ("human_look", 1.0,
         r"\b(?:een|echte?|real|actual) (?:mens|persoon|medewerker|person|human)\w*\b.{0,40}?"
         r"\b(?:kijk\w*|beoordeel\w*|beoordelen|bekijk\w*|look\w*|review\w*|check\w*)\b"
         r"|\b(?:a|an actual|a real) (?:person|human)\b.{0,30}?\b(?:look|review|check)\w*\b"
         r"|\b(?:beoordel\w*|beoordeeld|kijken|bekijken|review\w*|look\w*)\b.{0,20}?\b(?:door|by)"
         r" (?:een|a) (?:mens|medewerker|person|human)\b|\bhandmatig\w* (?:beoordel\w*"
         r"|bekijk\w*|check\w*)|\bherbeoordel\w*|\bopnieuw (?:laten )?beoordel\w*"
         r"|\bmanual review\b|\bzonder (?:dat )?(?:er )?(?:iemand|een mens|een medewerker)\b"
         r"(?: \w+){0,3} (?:gekeken|bekeken|beoordeeld|gelezen|heeft gelezen)\b"
         r"|\bwithout (?:any )?(?:human|anyone|a person)\b"),
        ("machine_decided", 0.8, _near(
            r"\b(?:computer|systeem|algoritme\w*|algorithm\w*|system|software|ai|model|scor\w*"
            r"|fraudescore|kredietscore|credit score|automatisch\w*|automatically|binnen (?:een"
            r"|enkele) (?:minuut|seconde\w*)|within (?:seconds|a minute))\b",
            r"\b(?:afgewezen|afwijzing|geweigerd|besloten|beslist|besluit|beslissing|rejected"
            r"|declined|refused|denied|decided|decision|geblokkeerd|blocked|afgekeurd|flagged"
            r"|gemarkeerd|markeerde|beoordeling|beoordeeld|assessment|assessed)\b", 60)),
        ("a_computer", 0.6, r"\b(?:een|de) computer\b|\b(?:a|the) computer\b|\bsoftware\b"
         r"|\balgoritme\b|\balgorithm\b"),
        ("who_decided", 0.5, r"\bwie heeft (?:dat|dit|het) (?:besloten|bepaald|beslist)\b"
         r"|\bwho (?:made|decided|took)\b"),
        ("explain_logic", 0.6, r"\bhoe (?:dit|dat|het|deze) (?:besluit|beslissing)\b.{0,20}?"
         r"\btot stand\b|\blogica\b|\buitleg over (?:de|het) (?:\w+ )?(?:besluit\w*|beslissing"
         r"|score|algoritme|besluitvorming)\b|\blogic involved\b|\bhow (?:the|this) decision\b"),
    ],
)
_AUTOMATED_VETO = (
    # a bank refusing a payment, a lock-out after wrong passwords, a spam filter
    re.compile(r"\b(?:incasso\w*|inlogpoging\w*|wachtwoord\w*|password\w*|spam\w*|login"
               r"|inloggen|pinpas|pinbetaling\w*)\b"),
)

# --- complaint (art. 77) -----------------------------------------------------------------------
_DPA = (
    r"\b(?:autoriteit persoonsgegevens|ap|data protection (?:authority|commissioner)"
    r"|information commissioner\w*|ico|toezichthouder|supervisory authority"
    r"|gegevensbeschermingsautoriteit|gba|privacytoezichthouder|functionaris (?:voor de )?"
    r"gegevensbescherming|fg|privacy officer|dpo|data protection officer)\b"
)
_COMPLAIN = (
    r"\bklacht\w*|\bcomplain\w*|\bcomplaint\w*|\bmelding\b|\bgemeld\b|\bmelden\b|\breport\w*"
    r"|\baangifte\b|\bingediend\b|\blodg\w*|\bescaleer\w*|\bescalat\w*|\bcontact\w*"
    r"|\bingeschakeld\b|\binschakelen\b|\baangeschreven\b|\bnotified\b|\bwritten to\b"
    r"|\b(?:ga|gaan|stap|stappen|wend|wenden|go|going)\b(?: \w+){0,3} (?:naar|tot|to)\b"
)
_COMPLAINT = _cues(
    "complaint",
    [
        ("to_authority", 2.0, _near(_COMPLAIN, _DPA, 60)),
        # "als u niet reageert, stap ik naar de AP": a threat says the dispute is about privacy
        ("authority_threat", 0.4, _near(_COMPLAIN, _DPA, 60), False,
         r"\?|\bmoeten (?:wij|we)\b|\bshould we\b|\bdo we\b|\bwie is\b|\bwho is\b"
         r"|\bhoe kan ik\b|\bhow (?:can|do) i\b"),
        ("mishandled_data", 0.5, r"\b(?:ga|gaan|gaat|omgaan|omgegaan|omgaat|omgesprongen)\b"
         r".{0,10}?\bmet\b.{0,25}?\bgegevens\b|\b(?:handled|treated|mishandled)\b.{0,30}?"
         r"\b(?:data|information|details)\b"),
        ("about_data_handling", 1.3, _near(
            r"\bklacht\w*|\bcomplaint\w*|\bcomplain\w*",
            r"\b(?:persoons)?gegevens\b|\bprivacy\b|\bdatalek\w*|\bdata breach\b|\bpersonal data\b"
            r"|\bmy data\b|\bomgang met\b|\bomgaan met mijn\b|\bhandl\w*|\bavg\b|\bgdpr\b"
            r"|\binzageverzoek\b|\bverwijderverzoek\b|\bbsn\b|\bburgerservicenummer\b"
            r"|\bmedisch\w*|\bbankgegevens\b|\bpaspoort\w*|\bpassport\b|\bbank details\b", 60)),
        ("complaint_mentioned", 0.3, r"\bklacht\b|\bcomplaint\b"),
        ("formal_complaint", 0.6, r"\b(?:formele |officiele )?klacht (?:in ?dienen|indienen"
         r"|ingediend)\b|\bdien\w*\b(?: \w+){0,3} klacht\b|\b(?:formeel|officieel)\b(?: \w+){0,3}"
         r" klacht\b|\bofficial complaint\b"
         r"|\bklacht\b(?: \w+){0,3} (?:in ?dienen|indienen|ingediend)\b|\blodg\w* a complaint\b"
         r"|\bfil\w* a complaint\b|\bmake a (?:formal )?complaint\b|\bformal complaint\b"),
        ("data_breach", 0.3, r"\bdatalek\w*|\bdata ?breach\w*|\bprivacyschending\b"),
        ("privacy_violation", 0.6, r"\bzonder (?:mijn |te )?(?:toestemming|vragen)\b.{0,40}?"
         r"\b(?:gedeeld|doorgegeven|verstrekt|gebruikt|verkocht|gepubliceerd|gestuurd|gegeven)\b"
         r"|\b(?:gedeeld|doorgegeven|verstrekt|verkocht|gegeven|gestuurd)\b.{0,40}?\bzonder\b"
         r"(?: \w+){0,2} (?:toestemming|te vragen)\b|\bzonder te vragen\b|\brondgestuurd\b"
         r"|\brondsturen\b|\bverspreid\b|\bgelekt\b|\bbij een andere klant\b|\bto another"
         r" customer\b|\b(?:naar|aan) de verkeerde (?:persoon|klant|ontvanger)\b|\bto the wrong"
         r" (?:person|customer|recipient)\b|\bwithout my (?:consent|permission)\b"
         r"|\bsent my\b.{0,30}?\bto"
         r" (?:another|someone|the wrong)\b|\bin cc\b"),
    ],
)
_COMPLAINT_VETO = (
    # a threat or a question ("moeten wij dat melden bij de AP?"), not a complaint made
    re.compile(rf"{_CONDITIONAL}|\?|\bmoeten (?:wij|we)\b|\bshould we\b|\bdo we (?:need|have)"
               r" to\b|\boverweeg\w*|\bconsider\w*|\bwie is\b|\bwho is\b|\bhoe kan ik\b"),
    # "gebruik mijn gegevens niet tot mijn klacht is afgehandeld": a restriction
    re.compile(_UNTIL),
)

#: sentences no type may use: a business asking how to handle *its own* customer's request
#: (the writer is the controller there, not the data subject)
_GLOBAL_VETO = (
    # the company's own boilerplate in a newsletter or a footer: "klik hier om u af te melden",
    # "u kunt uw gegevens inzien via Mijn Account", "heeft u vragen over uw privacy?"
    re.compile(r"\bklik hier\b|\bclick here\b|\bunsubscribe here\b|\bmanage (?:your )?(?:\w+ )?"
               r"preferences\b|\bif you no longer wish\b|\b(?:u|je) ontvangt deze\b|\byou (?:are )?"
               r"receiv\w* this\b|\bniet meer ontvangen\?|\b(?:u|je|you) (?:kunt|kan|mag|can|may)\b"
               r"(?: \w+){0,3} (?:uw|je|jouw|your|zich|yourself|unsubscribe|afmelden)\b"
               r"|\b(?:heeft|hebt) (?:u|je) vragen over\b|\bwilt u gebruik ?maken van uw\b"
               r"|\bwilt u zich\b"),
    # "client" is left out: a lawyer writing for a client is a representative, not a controller
    re.compile(r"\b(?:onze|mijn|our|my|one of our) (?:\w+ )?(?:klant|klanten|customers?)\b"
               r"(?: (?!en\b|and\b)\w+)? (?:vraagt|vroeg|vragen|wil|wilt|willen|heeft|eist|asks"
               r"|asked|wants|requested|has)\b"
               r"|\b(?:een|a) (?:\w+ )?(?:klant|customer)\b (?:van ons|of ours|(?:vraagt|vroeg"
               r"|asks|asked) (?:ons|us))\b|\b(?:van|of|for) (?:onze|mijn|our|my) (?:\w+ )?(?:klant"
               r"|klanten|customers?)\b"),
)

# fmt: on

_TYPE_CUES: dict[str, tuple[tuple[_Cue, ...], tuple[re.Pattern[str], ...]]] = {
    "access": (_ACCESS, _ACCESS_VETO),
    "rectification": (_RECTIFICATION, _RECTIFICATION_VETO),
    "erasure": (_ERASURE, _ERASURE_VETO),
    "restriction": (_RESTRICTION, ()),
    "portability": (_PORTABILITY, _PORTABILITY_VETO),
    "objection": (_OBJECTION, _OBJECTION_VETO),
    "withdraw_consent": (_WITHDRAW, _WITHDRAW_VETO),
    "automated_decision": (_AUTOMATED, _AUTOMATED_VETO),
    "complaint": (_COMPLAINT, _COMPLAINT_VETO),
}

#: message-wide context that makes a type less likely: an address that is wrong in a message
#: about an order is usually the delivery address of that order, not the customer's record
_DOC_PENALTY: dict[str, tuple[re.Pattern[str], float]] = {
    "rectification": (
        re.compile(
            r"\b(?:bestelling|bestelnummer|ordernummer|order number|pakket|track ?& ?trace"
            r"|afleveradres|bezorger|parcel|delivery address)\b"
        ),
        0.5,
    ),
}
#: privacy vocabulary that makes a borderline cue believable
_PRIVACY_CONTEXT = re.compile(
    r"\b(?:avg|gdpr|uavg|privacywet\w*|privacy|persoonsgegevens|personal data"
    r"|functionaris gegevensbescherming|privacy officer|data protection)\b"
    rf"|{_MY} (?:\w+ )?(?:persoons)?gegevens\b|{_MY} (?:personal )?(?:data|information)\b"
)
#: one person writing for another: a mandate, a relative, an estate
_ON_BEHALF = re.compile(
    rf"\bnamens (?:mijn|m'n|onze|zijn|haar|de|het) (?:\w+ )?(?:{_RELATIVE}|erven|nabestaanden)\b"
    r"|\bvolmacht\b|\bgemachtigde\b|\bmachtiging\b|\bwettelijk\w* vertegenwoordig\w*|\bcurator\b"
    r"|\bbewindvoerder\b|\bmentor\b|\bexecuteur\b|\bexecutele\b|\bvoogd\w*"
    rf"|\bon behalf of (?:my|his|her|our)\b|\bpower of attorney\b|\blegal guardian\b"
    rf"|\bfor my (?:\w+ )?{_RELATIVE}\b|\bmy (?:late|deceased) \w+|\b(?:mijn|m'n) (?:overleden"
    rf"|wijlen) \w+|\b(?:voor|van) (?:mijn|m'n) (?:overleden )?{_RELATIVE}\b.{{0,40}}?"
    r"\b(?:overleden"
    r"|dement\w*|wilsonbekwaam|opgenomen|verpleeghuis|kan (?:dit|dat) niet zelf)\b"
)

_ABBREVIATION = re.compile(
    r"\b(art|nr|bijv|evt|mr|dhr|mevr|mw|ca|incl|excl|tel|ref|st|vs|etc|resp|jr|sr|no)\."
)
_INITIALISM = re.compile(r"\b(?:[a-z]\.){2,}")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def _normalise(text: str) -> str:
    """Lowercase, accents and curly quotes gone, quoted lines dropped, wrapped lines joined,
    abbreviation dots removed: the patterns then need one spelling per word and sentences split
    where they really end."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\r\n", "\n")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ")
    lines = text.split("\n")
    joined: list[str] = []
    for line in lines:
        stripped = line.strip()
        # a quoted earlier message ("> ...") is the company's text or an old one: the request is
        # in what the customer writes now
        if stripped.startswith(">"):
            continue
        # a line that continues the previous one: starts lowercase, previous did not end a thought
        if (
            joined
            and stripped[:1].islower()
            and joined[-1]
            and joined[-1].rstrip()[-1:] not in ".!?:;"
            and not stripped.startswith("[")
        ):
            joined[-1] = f"{joined[-1].rstrip()} {stripped}"
        else:
            joined.append(stripped)
    text = "\n".join(joined).lower()
    text = _ABBREVIATION.sub(r"\1", text)
    text = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)
    return re.sub(r"[ \t]+", " ", text)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _article_cues(sentence: str, law_in_message: bool) -> Iterable[tuple[str, float]]:
    """``art. 15 AVG`` names the right outright; ``artikel 17`` of the general terms does not,
    so a bare article number only counts a little, and only in a message that names the law."""
    law_here = bool(_LAW.search(sentence))
    for m in _ARTICLE.finditer(sentence):
        type_ = _ARTICLE_TYPES.get(m.group(1))
        if type_ is None:
            continue
        if law_here:
            yield type_, 1.5
        elif law_in_message:
            yield type_, 0.8
    if re.search(r"\bart(?:ikel|icle)?\s*7\s*(?:lid\s*3|\(3\))", sentence):
        yield "withdraw_consent", 1.5 if law_here else 0.8


def score_request(text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Score of every type with at least one cue, and the names of its cues.

    Exposed for evaluation: the margin between the first and second type shows where a message
    is ambiguous.
    """
    return _score(_normalise(text))


#: per cue, the words a message needs before the cue can fire (``pipelines.regex_literals``)
_CUE_CLAUSES = {
    cue.name: required_clauses(cue.pattern) for cues, _vetoes in _TYPE_CUES.values() for cue in cues
}


def _possible_cues(norm: str) -> dict[str, list[_Cue]]:
    """Per type, the cues that may fire in ``norm``: a few substring tests per cue, far
    cheaper than searching every cue in every sentence, and the same result."""
    possible: dict[str, list[_Cue]] = {}
    for type_, (cues, _vetoes) in _TYPE_CUES.items():
        kept = [cue for cue in cues if may_match(_CUE_CLAUSES[cue.name], norm)]
        if kept:
            possible[type_] = kept
    return possible


def _score(norm: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    sentences = _sentences(norm)
    possible = _possible_cues(norm)
    law_in_message = bool(_LAW.search(norm))
    fired: dict[str, dict[str, float]] = {t: {} for t in REQUEST_TYPES}
    for sentence in sentences:
        if any(v.search(sentence) for v in _GLOBAL_VETO):
            continue
        for type_, cues in possible.items():
            vetoed: bool | None = None  # searched once, and only when a vetoable cue matches
            for cue in cues:
                if cue.name in fired[type_]:
                    continue
                if cue.unless is not None and cue.unless.search(sentence):
                    continue
                if not cue.pattern.search(sentence):
                    continue
                if cue.vetoable:
                    if vetoed is None:
                        vetoed = any(v.search(sentence) for v in _TYPE_CUES[type_][1])
                    if vetoed:
                        continue
                fired[type_][cue.name] = cue.weight
        for type_, weight in _article_cues(sentence, law_in_message):
            name = f"{type_}.article"
            fired[type_][name] = max(weight, fired[type_].get(name, 0.0))
    context = bool(_PRIVACY_CONTEXT.search(norm))
    scores: dict[str, tuple[float, tuple[str, ...]]] = {}
    for type_, cues_fired in fired.items():
        if not cues_fired:
            continue
        total = sum(cues_fired.values())
        names = tuple(sorted(cues_fired))
        penalty = _DOC_PENALTY.get(type_)
        if penalty is not None and penalty[0].search(norm):
            total -= penalty[1]
            names += (f"{type_}.order_context",)
        if context:
            total += CONTEXT_BONUS
            names += ("context.privacy",)
        scores[type_] = (round(total, 3), names)
    return scores


def classify_request(text: str) -> RequestMatch | None:
    """The data-subject request in ``text``, or ``None`` when it is not one.

    Questions about privacy ("hoe lang bewaren jullie mijn facturen?") are not requests: they
    are answered from the privacy statement, without the legal clock of a request.
    """
    if not text or not text.strip():
        return None
    norm = _normalise(text)
    scores = _score(norm)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], _PRIORITY.index(kv[0])))
    best_type, (best, cues) = ranked[0]
    if best < THRESHOLD:
        return None
    runner_up = max(0.0, ranked[1][1][0]) if len(ranked) > 1 else 0.0
    # grows with the evidence, shrinks when a second type is nearly as strong
    confidence = (1.0 - math.exp(-best / 1.5)) * (best / (best + runner_up))
    confidence = min(1.0, max(0.01, round(confidence, 3)))
    on_behalf = bool(_ON_BEHALF.search(norm))
    return RequestMatch(type=best_type, confidence=confidence, cues=cues, on_behalf_of=on_behalf)
