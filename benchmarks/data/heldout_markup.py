"""The markup and checks shared by the held-out set builders (``build_own_heldout3.py`` and
``build_own_heldout4.py``): ``⟦TYPE|value⟧`` spans, the annotation types and their one-letter
aliases, checksum validation of marked values (python-stdnum) and the "trap" check that an
unmarked number does not pass the checksum it imitates.

Kept apart so that every builder annotates and validates the same way; each builder keeps its
own texts, overlap checks and output file.
"""

from __future__ import annotations

import re

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import btw as nl_btw

TYPES = set(
    "PERSON EMAIL PHONE ADDRESS POSTCODE LOCATION IBAN BSN KVK BTW LICENSE_PLATE ID_DOCUMENT "
    "CREDIT_CARD IP_ADDRESS DATE_OF_BIRTH CREDENTIAL HEALTH SPECIAL CUSTOMER_ID URL ORGANIZATION".split()
)
REQUESTS = set(
    "none access rectification erasure restriction portability objection withdraw_consent "
    "automated_decision complaint".split()
)
ALIAS = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "A": "ADDRESS",
    "PC": "POSTCODE",
    "L": "LOCATION",
    "LP": "LICENSE_PLATE",
    "ID": "ID_DOCUMENT",
    "CC": "CREDIT_CARD",
    "IP": "IP_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "CR": "CREDENTIAL",
    "H": "HEALTH",
    "S": "SPECIAL",
    "C": "CUSTOMER_ID",
    "U": "URL",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        typ = ALIAS.get(m.group(1), m.group(1))
        if typ not in TYPES:
            raise SystemExit(f"unknown type {m.group(1)}")
        start = sum(map(len, out))
        val = m.group(2)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "type": typ, "value": val})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text or "|" in "".join(sp["value"] for sp in spans):
        raise SystemExit("unbalanced markup")
    return text, spans


def digits(s):
    return re.sub(r"\D", "", s)


def check_value(sp):
    t, v = sp["type"], sp["value"]
    if t == "BSN" and not nl_bsn.is_valid(v):
        return "BSN fails elfproef"
    if t == "IBAN" and not std_iban.is_valid(v):
        return "IBAN invalid"
    if t == "CREDIT_CARD" and not (luhn.is_valid(digits(v)) and 13 <= len(digits(v)) <= 19):
        return "card fails Luhn"
    if t == "KVK" and not re.fullmatch(r"\d{8}", v):
        return "KvK not 8 digits"
    if t == "BTW":
        ok = nl_btw.is_valid(v) if v.upper().startswith("NL") else be_vat.is_valid(v)
        if not ok:
            return "btw invalid"
    if (
        t == "ID_DOCUMENT"
        and re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", v)
        and not be_nn.is_valid(v)
    ):
        return "BE national number invalid"
    if t == "ID_DOCUMENT" and re.fullmatch(r"\d{3}-\d{7}-\d\d", v):
        d = digits(v)
        if (int(d[:10]) % 97 or 97) != int(d[10:]):
            return "BE eID card number invalid"
    return None


def coverage(text, spans):
    cov = bytearray(len(text))
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            cov[i] = 1
    return cov


def check_traps(text, cov):
    """Numbers in unmarked text must not pass the checksum they imitate."""
    bad = []
    for m in re.finditer(r"(?<![\w.])\d{9}(?!\w)", text):
        if not any(cov[m.start() : m.end()]) and nl_bsn.is_valid(m.group()):
            bad.append(f"unmarked 9-digit number passes elfproef: {m.group()}")
    for m in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", text):
        if not any(cov[m.start() : m.end()]) and luhn.is_valid(digits(m.group())):
            bad.append(f"unmarked card-like number passes Luhn: {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if not any(cov[m.start() : m.end()]) and std_iban.is_valid(m.group()):
            bad.append(f"unmarked valid IBAN: {m.group()}")
    return bad
