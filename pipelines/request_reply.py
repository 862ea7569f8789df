"""What the assistant tells a customer whose message is a privacy request.

The promise in every Dutch privacy statement ("wij reageren binnen vier weken") only means
something when the customer is told, in the channel they wrote in, that the request was
registered, under which reference, what happens next and by which date they will have an
answer. Pure text-in/text-out, like :mod:`pipelines.reply`; the caller formats the date
(Dutch "21 december 2026" or English "21 December 2026").
"""

from __future__ import annotations

import enum

# request type -> (Dutch noun phrase after "je", English noun phrase after "your")
_REQUESTS: dict[str, tuple[str, str]] = {
    "access": ("verzoek om inzage in je gegevens", "request to access your data"),
    "rectification": ("verzoek om je gegevens te corrigeren", "request to correct your data"),
    "erasure": ("verzoek om je gegevens te verwijderen", "request to erase your data"),
    "restriction": (
        "verzoek om het gebruik van je gegevens te beperken",
        "request to restrict the use of your data",
    ),
    "portability": (
        "verzoek om je gegevens over te dragen",
        "request for a portable copy of your data",
    ),
    "objection": ("bezwaar tegen het gebruik van je gegevens", "objection to the use of your data"),
    "withdraw_consent": ("intrekking van je toestemming", "withdrawal of your consent"),
    "automated_decision": (
        "verzoek om menselijke tussenkomst bij een automatisch besluit",
        "request for human review of an automated decision",
    ),
    "complaint": (
        "klacht over hoe we met je gegevens omgaan",
        "complaint about how we handle your data",
    ),
}
_FALLBACK = ("privacyverzoek", "privacy request")


class NextStep(enum.Enum):
    """What happens before the request is handled."""

    #: A mail with a one-time link and code went to the address the customer wrote from.
    VERIFY_SENT = "verify_sent"
    #: Identity must be confirmed, but we have no address to send a code to (yet).
    VERIFY_BY_COLLEAGUE = "verify_by_colleague"
    #: Identity must be confirmed and we have no way to reach the customer (an anonymous chat).
    ASK_CONTACT = "ask_contact"
    #: No identity check is needed for this kind of request (an objection, a complaint).
    NONE = "none"


def request_noun(request_type: str, language: str = "nl") -> str:
    """ "verzoek om inzage in je gegevens" / "request to access your data"."""
    dutch, english = _REQUESTS.get(request_type, _FALLBACK)
    return english if language == "en" else dutch


#: The sentences of the answer, per language; {noun}, {reference} and {deadline} are filled in.
_TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "registered": "We hebben je {noun} geregistreerd onder nummer {reference}.",
        "duplicate": "Je {noun} hadden we al ontvangen; we behandelen het onder nummer "
        "{reference}.",
        NextStep.VERIFY_SENT.value: "Om zeker te weten dat we je gegevens alleen aan jou geven, "
        "sturen we een mail met een bevestigingslink en een code naar het e-mailadres waarmee "
        "je ons schreef.",
        NextStep.VERIFY_BY_COLLEAGUE.value: "Een collega neemt contact met je op om op een "
        "eenvoudige manier te bevestigen dat het verzoek van jou komt.",
        NextStep.ASK_CONTACT.value: "Stuur ons het e-mailadres dat bij ons bekend is, dan sturen "
        "we daar een bevestigingslink naartoe; zo weten we zeker dat het verzoek van jou komt.",
        "no_id_copy": "Een kopie van je identiteitsbewijs hebben we niet nodig; stuur die niet "
        "mee.",
        "on_behalf_of": "Omdat je namens iemand anders schrijft, vragen we ook om een machtiging "
        "van die persoon.",
        "deadline": "Je krijgt uiterlijk {deadline} antwoord.",
    },
    "en": {
        "registered": "We have registered your {noun} under reference {reference}.",
        "duplicate": "We had already received your {noun}; we are handling it as {reference}.",
        NextStep.VERIFY_SENT.value: "To be sure we give your data only to you, we are sending a "
        "confirmation link and code to the e-mail address you wrote from.",
        NextStep.VERIFY_BY_COLLEAGUE.value: "A colleague will contact you to confirm, in a "
        "simple way, that the request is yours.",
        NextStep.ASK_CONTACT.value: "Please send us the e-mail address we know you by, and we "
        "will send a confirmation link there, so we know the request is yours.",
        "no_id_copy": "We do not need a copy of your ID document; please do not send one.",
        "on_behalf_of": "As you are writing on someone else's behalf, we will also ask for "
        "their authorisation.",
        "deadline": "You will receive our answer by {deadline} at the latest.",
    },
}


def compose_request_reply(
    request_type: str,
    reference: str,
    deadline: str,
    language: str = "nl",
    *,
    next_step: NextStep = NextStep.NONE,
    duplicate: bool = False,
    on_behalf_of: bool = False,
) -> str:
    """The paragraph about the request: reference, next step, deadline.

    ``deadline`` is the formatted date ("21 december 2026"). A duplicate (the same request
    again within 30 days) gets the earlier reference and no second identity check.
    """
    text = _TEXT["en" if language == "en" else "nl"]
    noun = request_noun(request_type, language)
    parts = [text["duplicate" if duplicate else "registered"]]
    if not duplicate and next_step is not NextStep.NONE:
        parts.append(text[next_step.value])
    if next_step is not NextStep.NONE:
        parts.append(text["no_id_copy"])
    if on_behalf_of:
        parts.append(text["on_behalf_of"])
    parts.append(text["deadline"])
    return " ".join(parts).format(noun=noun, reference=reference, deadline=deadline)
