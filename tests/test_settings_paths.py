"""Paths in the settings: the embedded defaults always mean the shipped files; a user's
relative path is taken from the working directory when it exists there, else from the shipped
data (the checkout here, the package's copy in an installed wheel: tests/test_packaging.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT, SettingsError, load_settings
from pipelines import shipped


def test_the_checkout_is_the_data_root_of_an_editable_install():
    assert shipped.data_root() == PROJECT_ROOT == shipped.CHECKOUT_DIR
    assert not shipped.SHIPPED_DIR.exists()  # only a wheel carries the copy


def test_defaults_are_the_shipped_files_whatever_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "policy.toml").write_text("niet de echte\n")
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert settings.policy_file == PROJECT_ROOT / "config" / "policy.toml"
    assert Path(settings.model) == PROJECT_ROOT / "models" / "nl_privacy_ner"
    assert Path(settings.raw["privacy"]["statement"]).is_file()


def test_a_relative_path_in_the_working_directory_wins(tmp_path, monkeypatch):
    policy = tmp_path / "mijn_beleid.toml"
    policy.write_text((PROJECT_ROOT / "config" / "policy.toml").read_text())
    model = tmp_path / "mijn_model"
    model.mkdir()
    config = tmp_path / "eigen.toml"
    config.write_text('[policy]\nfile = "mijn_beleid.toml"\n\n[nlp]\nmodel = "mijn_model"\n')
    monkeypatch.chdir(tmp_path)
    settings = load_settings(config, environ={})
    assert settings.policy_file == policy
    assert settings.model == str(model)


def test_a_relative_path_not_in_the_working_directory_names_the_shipped_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={"PRIVACYWACHT_NLP_MODEL": "models/nl_privacy_ner"})
    assert Path(settings.model) == PROJECT_ROOT / "models" / "nl_privacy_ner"


def test_a_missing_model_keeps_the_text_the_user_wrote(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={"PRIVACYWACHT_NLP_MODEL": "models/bestaat_niet"})
    assert settings.model == "models/bestaat_niet"
    assert load_settings(environ={"PRIVACYWACHT_NLP_MODEL": "blank"}).model == "blank"


def test_a_missing_config_file_is_a_settings_error(tmp_path):
    with pytest.raises(SettingsError):
        load_settings(tmp_path / "bestaat_niet.toml", environ={})
