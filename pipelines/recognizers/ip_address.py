"""IP addresses (IPv4 and IPv6), validated by the stdlib ``ipaddress`` module.

A dotted quad is often a version (``Veeam B&R 11.0.1.126``, ``versie 4.12.3.1``) rather than an
address. The words before it decide: an IP cue ("ip", "vanaf", "login", "from") makes it an
address, a version cue ("versie", "build", "firmware", "v") or a product name right before it
makes it a version, and without either a quad whose first three parts are all small (≤ 20),
or a small one right after a product name, is taken for a version. Loopback and unspecified
addresses identify nobody; MAC addresses and times (``10:42:13``) fail ``ipaddress``.
"""

from __future__ import annotations

import ipaddress

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers.base import DutchRecognizer

_IP_CUE = re.compile(
    r"(?<!\w)(?:ip|ipv4|ipv6|ip-adres|ip-address|ip-nummer|adres|address|vanaf|from|login|"
    r"logins|inlog\w*|aanmelding|aangemeld|logt|logged|source|bron|client|"
    r"whitelist|blacklist|fail2ban|geblokkeerd|blocked|banned|vpn|router|wan|verbinding|"
    r"connection|says|zegt|toont|shows)(?!\w)",
    re.IGNORECASE,
)
#: a version word at most two product words before the number: "firmware Yealink T54W 96.86.0.70"
_VERSION_CUE = re.compile(
    r"(?<!\w)(?:versie|version|ver|v|build|release|firmware|update|upgrade|patch|bios|"
    r"driver|stuurprogramma|kb|release|rev|revision|editie|edition)\.?"
    r"(?:\s+[\w&+\-]+){0,2}\s*\(?$",
    re.IGNORECASE,
)
#: the company's own infrastructure, not a person's connection: "A-record naar 185.199.108.153"
_INFRASTRUCTURE_CUE = re.compile(
    r"(?<!\w)(?:a-record|aaaa-record|a record|dns|nameserver|name server|resolver|"
    r"(?:standaard|default[ -]?)?gateway|"
    r"mx|server|servers|host|hosting|webserver|mailserver|smtp|load ?balancer|cdn)"
    r"(?:\W+\w+){0,2}\W*$",
    re.IGNORECASE,
)
#: a prefix length after an address: "/24"
_CIDR_SUFFIX = re.compile(r"/\d{1,2}(?!\d)")


def _is_netmask(value: str) -> bool:
    """A subnet mask ("255.255.255.0", "255.255.0.0"): leading ones, then zeros; no host."""
    try:
        bits = int(ipaddress.IPv4Address(value))
    except ValueError:
        return False
    ones = bin(bits)[2:].zfill(32)
    return ones.startswith("1" * 8) and "01" not in ones


#: words before a number that name the address itself, not a product
_IP_WORDS = frozenset({"ip", "ipv4", "ipv6", "vpn", "wan", "lan", "nat", "adres", "address"})
#: a product name right before the number: "Veeam B&R 11.0.1.126", "FortiOS 7.2.1.1"
_PRODUCT_BEFORE = re.compile(r"(?<![\w\-])\p{Lu}[\w&+\-]*\s$")


class IpAddressRecognizer(DutchRecognizer):
    """Finds IPv4 and IPv6 addresses and tells an IPv4 address from a version number."""

    ENTITY = "IP_ADDRESS"
    PATTERNS = [
        Pattern(
            "ipv4",
            r"(?<![\w.\-/€$]|\d,)(?:\d{1,3}\.){3}\d{1,3}(?![\w\-]|[.,]\d)",
            0.6,
        ),
        Pattern(
            "ipv6",
            r"(?<![\w:.])(?=[0-9a-f]*:[0-9a-f]*:)[0-9a-f:]{3,39}(?:\.\d{1,3}){0,3}(?![\w:]|\.\d)",
            0.8,
        ),
    ]
    CONTEXT = ("ip", "ipv4", "ipv6", "ip-adres", "ip address", "vanaf", "login", "inlog")
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 10

    def validate_result(self, pattern_text: str) -> bool | None:
        """Only what ``ipaddress`` parses; loopback and ``::`` are nobody's address."""
        try:
            address = ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        if address.is_loopback or address.is_unspecified or _is_netmask(pattern_text):
            return False
        return None

    def accept(self, text: str, start: int, end: int) -> bool:
        """An IPv4 quad must not read as a version number in its context."""
        value = text[start:end]
        if ":" in value:
            return sum(ch.isalnum() for ch in value) >= 4
        if _CIDR_SUFFIX.match(text, end) and value.endswith(".0"):
            return False  # a network ("192.168.1.0/24"), no one's host
        before = text[max(0, start - 40) : start]
        line_before = before.rsplit("\n", 1)[-1]
        if _INFRASTRUCTURE_CUE.search(line_before[-30:]):
            return False
        if _VERSION_CUE.search(before):
            return False
        first, second, third, _ = (int(part) for part in value.split("."))
        small_tail = second <= 20 and third <= 20
        product = _PRODUCT_BEFORE.search(line_before)
        is_product = product is not None and product.group(0).strip().lower() not in _IP_WORDS
        if is_product and (first <= 30 or small_tail):
            return False
        if _IP_CUE.search(line_before):
            return True
        return not (first <= 20 and small_tail)
