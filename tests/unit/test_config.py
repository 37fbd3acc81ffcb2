"""Settings: defaults, round trip, and a broken file that never stops the app."""

import json

from desktop.config import Paths, Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path):
    loaded = load_settings(tmp_path / "settings.json")
    assert loaded.settings.gateway == "demo"
    assert loaded.problems == ()


def test_settings_round_trip(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = Settings(
        gateway="twilio", account_sid="AC123", poll_interval_seconds=12, default_region="GB"
    )
    save_settings(path, settings)
    assert load_settings(path).settings == settings


def test_corrupt_file_starts_on_defaults_names_the_file_and_keeps_a_backup(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"gateway": "twilio", oops', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    assert str(path) in loaded.problems[0]
    assert "default settings" in loaded.problems[0]
    assert (tmp_path / "settings.json.bak").read_text() == '{"gateway": "twilio", oops'
    assert path.read_text() == '{"gateway": "twilio", oops'  # not destroyed


def test_a_wrong_value_falls_back_alone(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {"gateway": "carrier-pigeon", "poll_interval_seconds": 9, "default_region": "de"}
        )
    )
    loaded = load_settings(path)
    assert loaded.settings.gateway == "demo"
    assert loaded.settings.poll_interval_seconds == 9
    assert loaded.settings.default_region == "DE"
    assert any('"gateway"' in p for p in loaded.problems)


def test_a_file_that_is_not_an_object_is_reported(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("[1, 2, 3]")
    assert load_settings(path).problems


def test_paths_under_a_root_keep_everything_there(tmp_path):
    paths = Paths.under(tmp_path)
    paths.ensure()
    assert paths.default_database_url.startswith("sqlite:///")
    assert str(tmp_path) in paths.default_database_url
    assert all(p.is_dir() for p in (paths.data_dir, paths.config_dir, paths.log_dir))
