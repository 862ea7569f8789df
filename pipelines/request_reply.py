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
    if language == "en":
        return _english(request_type, reference, deadline, next_step, duplicate, on_behalf_of)
    noun = request_noun(request_type, "nl")
    if duplicate:
        parts = [f"Je {noun} hadden we al ontvangen; we behandelen het onder nummer {reference}."]
    else:
        parts = [f"We hebben je {noun} geregistreerd onder nummer {reference}."]
    if not duplicate and next_step is NextStep.VERIFY_SENT:
        parts.append(
            "Om zeker te weten dat we je gegevens alleen aan jou geven, sturen we een mail met "
            "een bevestigingslink en een code naar het e-mailadres waarmee je ons schreef."
        )
    elif not duplicate and next_step is NextStep.VERIFY_BY_COLLEAGUE:
        parts.append(
            "Een collega neemt contact met je op om op een eenvoudige manier te bevestigen dat "
            "het verzoek van jou komt."
        )
    elif not duplicate and next_step is NextStep.ASK_CONTACT:
        parts.append(
            "Stuur ons het e-mailadres dat bij ons bekend is, dan sturen we daar een "
            "bevestigingslink naartoe; zo weten we zeker dat het verzoek van jou komt."
        )
    if next_step is not NextStep.NONE:
        parts.append("Een kopie van je identiteitsbewijs hebben we niet nodig; stuur die niet mee.")
    if on_behalf_of:
        parts.append(
            "Omdat je namens iemand anders schrijft, vragen we ook om een machtiging van die "
            "persoon."
        )
    parts.append(f"Je krijgt uiterlijk {deadline} antwoord.")
    return " ".join(parts)


def _english(
    request_type: str,
    reference: str,
    deadline: str,
    next_step: NextStep,
    duplicate: bool,
    on_behalf_of: bool,
) -> str:
    noun = request_noun(request_type, "en")
    if duplicate:
        parts = [f"We had already received your {noun}; we are handling it as {reference}."]
    else:
        parts = [f"We have registered your {noun} under reference {reference}."]
    if not duplicate and next_step is NextStep.VERIFY_SENT:
        parts.append(
            "To be sure we give your data only to you, we are sending a confirmation link and "
            "code to the e-mail address you wrote from."
        )
    elif not duplicate and next_step is NextStep.VERIFY_BY_COLLEAGUE:
        parts.append(
            "A colleague will contact you to confirm, in a simple way, that the request is yours."
        )
    elif not duplicate and next_step is NextStep.ASK_CONTACT:
        parts.append(
            "Please send us the e-mail address we know you by, and we will send a confirmation "
            "link there, so we know the request is yours."
        )
    if next_step is not NextStep.NONE:
        parts.append("We do not need a copy of your ID document; please do not send one.")
    if on_behalf_of:
        parts.append(
            "As you are writing on someone else's behalf, we will also ask for their authorisation."
        )
    parts.append(f"You will receive our answer by {deadline} at the latest.")
    return " ".join(parts)
