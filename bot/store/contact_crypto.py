"""How the register knows a requester without holding who they are.

Two separate things are kept per request, for two separate needs:

* **Keyed digests** (HMAC-SHA256) of the normalised e-mail address and phone number. They
  answer "has this person asked before?" — the duplicate rule and the look-up of earlier
  requests when someone writes in again — with an equality test on the digest. A plain hash
  would not do: phone numbers have so few values that anyone with the file could hash them
  all. The key is one secret for the whole register (a new key would make earlier requests
  unfindable), so :class:`ContactHasher` also gives a fingerprint the register checks at open.
* **The contact details themselves, encrypted with Fernet** (AES-128-CBC + HMAC-SHA256, from
  ``cryptography``), because the officer must write back. Keys come from configuration as
  ``key id → key``; each row records which key id encrypted it, so a new active key encrypts
  new rows while rows under older keys still decrypt, until they are re-encrypted.

Neither the digests nor the ciphertexts say anything without their keys, which is why the
keys come from the caller (configuration, environment) and never live in the register file.
Errors here name key ids and fields, never a contact detail.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from collections.abc import Mapping
from typing import Any

import phonenumbers
from cryptography.fernet import Fernet, InvalidToken

from bot.store.errors import StoreError

#: Numbers without a country code are read as Dutch: the customers are.
DEFAULT_REGION = "NL"
#: Shorter HMAC keys are refused; 32 random bytes (``secrets.token_bytes(32)``) is the norm.
MIN_HMAC_KEY_BYTES = 16
#: What is encrypted: a small JSON document, versioned so its shape can change later.
PAYLOAD_VERSION = 1

# Domain separation: an e-mail address and a phone number that happened to normalise to the
# same text must not give the same digest, nor may the key check collide with either.
_EMAIL_DOMAIN = b"privacywacht/register/email\x00"
_PHONE_DOMAIN = b"privacywacht/register/phone\x00"
_CHECK_DOMAIN = b"privacywacht/register/key-check\x00"


class ContactError(StoreError):
    """A contact detail or a key could not be used; the message never carries the detail."""


class InvalidContactError(ContactError, ValueError):
    """An e-mail address or phone number that cannot be read (the value is not repeated)."""


class ContactKeyError(ContactError):
    """A key is missing, malformed, or does not open what it should."""


def normalise_email(email: str) -> str:
    """The form two spellings of one address share: NFKC, trimmed, case-folded.

    Only case and surrounding whitespace are forgiven; dots and plus-tags are kept, because
    ``j.jansen@`` and ``jjansen@`` are different mailboxes at most providers.
    """
    if not isinstance(email, str):
        raise InvalidContactError("e-mail address must be a string")
    text = unicodedata.normalize("NFKC", email).strip().casefold()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or any(ch.isspace() for ch in text):
        raise InvalidContactError("e-mail address is not valid")
    return text


def clean_email(email: str) -> str:
    """The address as it will be written to: trimmed and NFKC'd, with the original case."""
    normalise_email(email)  # validates
    return unicodedata.normalize("NFKC", email).strip()


def normalise_phone(phone: str, region: str = DEFAULT_REGION) -> str:
    """The number in E.164 (``+31612345678``): one form for ``06-1234 5678``, ``0031 6…`` etc.

    A number that ``phonenumbers`` cannot parse, or that cannot exist (too short, too long),
    is refused rather than digested: a wrong digest would silently split one person in two.
    """
    if not isinstance(phone, str):
        raise InvalidContactError("phone number must be a string")
    try:
        number = phonenumbers.parse(unicodedata.normalize("NFKC", phone), region)
    except phonenumbers.NumberParseException:
        raise InvalidContactError("phone number could not be read") from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidContactError("phone number is not possible")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class ContactHasher:
    """Keyed digests of normalised contact details (hex HMAC-SHA256)."""

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, bytes | bytearray) or len(key) < MIN_HMAC_KEY_BYTES:
            raise ContactKeyError(f"the HMAC key must be at least {MIN_HMAC_KEY_BYTES} bytes")
        self._key = bytes(key)

    def __repr__(self) -> str:
        return "ContactHasher(<key hidden>)"

    def email_digest(self, email: str) -> str:
        """Digest of an address; ``email`` may be in any spelling (it is normalised here)."""
        return self._digest(_EMAIL_DOMAIN, normalise_email(email))

    def phone_digest(self, phone: str, region: str = DEFAULT_REGION) -> str:
        """Digest of a number; ``phone`` may be in any spelling (it is normalised here)."""
        return self._digest(_PHONE_DOMAIN, normalise_phone(phone, region))

    def fingerprint(self) -> str:
        """A digest of a constant: tells whether a key is the one a register was made with.

        Reveals nothing about the key (HMAC is a PRF), yet catches a wrong key at open time
        instead of letting every duplicate check and look-up quietly find nothing.
        """
        return self._digest(_CHECK_DOMAIN, "")

    def _digest(self, domain: bytes, normalised: str) -> str:
        return hmac.new(self._key, domain + normalised.encode("utf-8"), hashlib.sha256).hexdigest()


class ContactCipher:
    """Fernet encryption of contact details under a set of keys, one of them active.

    ``keys`` maps key id → Fernet key (32 url-safe base64-encoded bytes, as
    ``Fernet.generate_key()`` gives). New ciphertexts use ``active_key_id``; any key in the
    mapping decrypts. Remove an old key from configuration only after
    :meth:`bot.store.register.Register.reencrypt` has moved every row off it.
    """

    def __init__(self, keys: Mapping[str, str | bytes], active_key_id: str) -> None:
        if not isinstance(keys, Mapping) or not keys:
            raise ContactKeyError("at least one contact encryption key is needed")
        fernets: dict[str, Fernet] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not key_id or key_id != key_id.strip():
                raise ContactKeyError("contact key ids must be non-empty strings")
            try:
                fernets[key_id] = Fernet(key)
            except (ValueError, TypeError):
                raise ContactKeyError(f"contact key {key_id!r} is not a valid Fernet key") from None
        if active_key_id not in fernets:
            raise ContactKeyError(f"active contact key {active_key_id!r} is not among the keys")
        self._fernets = fernets
        self._active = active_key_id

    def __repr__(self) -> str:
        return f"ContactCipher(active={self._active!r}, key_ids={sorted(self._fernets)!r})"

    @property
    def active_key_id(self) -> str:
        return self._active

    @property
    def key_ids(self) -> frozenset[str]:
        return frozenset(self._fernets)

    def encrypt(self, payload: Mapping[str, Any]) -> tuple[str, str]:
        """``(key id, token)`` for a JSON-serialisable payload, under the active key."""
        data = json.dumps(
            {"v": PAYLOAD_VERSION, **payload}, ensure_ascii=False, separators=(",", ":")
        )
        token = self._fernets[self._active].encrypt(data.encode("utf-8"))
        return self._active, token.decode("ascii")

    def decrypt(self, key_id: str, token: str) -> dict[str, Any]:
        """The payload of a token made under ``key_id``."""
        fernet = self._fernets.get(key_id)
        if fernet is None:
            raise ContactKeyError(f"contact key {key_id!r} is not configured")
        try:
            data = json.loads(fernet.decrypt(token.encode("ascii")).decode("utf-8"))
        except (InvalidToken, UnicodeError, ValueError):
            raise ContactKeyError(f"contact details do not decrypt under key {key_id!r}") from None
        if not isinstance(data, dict) or data.get("v") != PAYLOAD_VERSION:
            raise ContactKeyError("contact details have an unknown format")
        return data
