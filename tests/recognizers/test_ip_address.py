"""IPv4 and IPv6 addresses, told apart from version numbers, OIDs, amounts and times."""

from __future__ import annotations

import pytest

from pipelines.recognizers.ip_address import IpAddressRecognizer


@pytest.fixture(scope="module")
def recognizer() -> IpAddressRecognizer:
    return IpAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens mij reageert jullie vaste IP 82.170.33.14 niet meer.", "82.170.33.14"),
        ("Logins vanaf 185.107.56.3 (onbekend).", "185.107.56.3"),
        ("Ik was verbonden via de VPN van kantoor (145.53.12.201).", "145.53.12.201"),
        ("zijn kantoor-IP 77.249.110.8 staat in de blocklist", "77.249.110.8"),
        ("it says ipv4 5.10.12.19", "5.10.12.19"),
        ("Laatste aanmelding vanaf 94.21.3.7 om 23:48", "94.21.3.7"),
        ("Verbinding met 213.46.8.240:8443 mislukt", "213.46.8.240"),
        (
            "Klant logt in vanaf 2001:db8:5c7e:4a10:9d2f:3bff:fe81:c4d2.",
            "2001:db8:5c7e:4a10:9d2f:3bff:fe81:c4d2",
        ),
        ("en 2a02:58:4b1:0:8c3:2e7f:19d4:b052 (thuis)", "2a02:58:4b1:0:8c3:2e7f:19d4:b052"),
        ("IPv6 2a02:1812:1c0d::6c19 werkt niet", "2a02:1812:1c0d::6c19"),
        ("adres ::ffff:81.12.99.7 in de log", "::ffff:81.12.99.7"),
    ],
)
def test_finds_ip_addresses(find, recognizer, text, expected):
    assert find(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Backup faalt sinds Veeam B&R 11.0.1.126.",
        "Synology DSM 7.2.1-69057 Update 5",
        "Sinds de upgrade naar versie 4.12.3 werkt het niet.",
        "Plugin v3.4.1 en build 10.0.19045.3803",
        "Firmware 2.14.1.8 geïnstalleerd.",
        "Het pakket 1.2.3.4 is verouderd.",
        "OID 1.3.6.1.4.1.311 in het certificaat.",
        "Geboren 14.06.1962 in Delft.",
        "Het bedrag was € 1.200.000.000,00.",
        "Afspraak om 10:42 of 10:42:13.",
        "MAC-adres 00:1A:2B:3C:4D:5E van de printer.",
        "Loopback ::1 en 127.0.0.1 zijn lokaal.",
        "Ongeldig: 300.12.4.1",
        "C++ std::vector<int>",
    ],
)
def test_ignores_traps(find, recognizer, text):
    assert find(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "de VPN-client is FortiClient 7.0.12.0, sinds gisteren",
        "trunk actief, firmware Yealink T54W 96.86.0.70. Welkomstgesprek gedaan",
        "Meerdere mislukte logins op de appliance (firmware 14.1.12.35).",
        "Ik zie een A-record naar 185.199.108.153, dat is goed.",
        "De mailserver 62.58.12.4 weigert de verbinding.",
        "Subnetmasker: 255.255.255.0",
        "netmask 255.255.240.0 op de tweede interface",
        "Standaardgateway: 172.16.4.1",
        "Het kantoornetwerk is 10.20.30.0/24, de gasten zitten apart.",
    ],
)
def test_versions_and_infrastructure_are_no_personal_ip(find, text):
    assert find(IpAddressRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("mijn vaste IP 10.0.0.5 staat niet in de whitelist", "10.0.0.5"),
        ("Laatste aanmelding vanaf 94.231.56.118 om 23:48", "94.231.56.118"),
        ("thuis-IP 84.29.140.77 geblokkeerd", "84.29.140.77"),
        ("mijn laptop heeft 10.20.30.41/24 gekregen", "10.20.30.41"),
    ],
)
def test_personal_ips_stay_found(find, text, ip):
    assert find(IpAddressRecognizer(), text) == [ip]
