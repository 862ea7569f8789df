"""Redaction opens no socket: not for a model, not for tldextract's public suffix list."""

from __future__ import annotations

import socket

import pytest


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted during redaction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_redaction_builds_and_runs_without_network(no_network, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # no cached suffix list to fall back on
    from bot.cli import build_redactor

    redactor = build_redactor(None)
    text = (
        "Mail jan.jansen@voorbeeld.nl of kijk op https://www.voorbeeld.co.uk/profiel, "
        "IP 84.29.140.77, bel 06-12345678."
    )
    result = redactor.redact(text)
    assert "jan.jansen@voorbeeld.nl" not in result.text
    assert no_network == []


def test_tldextract_uses_its_snapshot_after_the_analyzer_is_built(
    no_network, tmp_path, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path))
    import tldextract

    from pipelines.offline import forbid_suffix_list_download

    forbid_suffix_list_download()
    assert tldextract.extract("forums.bbc.co.uk").suffix == "co.uk"
    assert no_network == []
