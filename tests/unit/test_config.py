"""Settings: defaults, round trip, and a broken file that never stops the app."""

import json

import pytest

from desktop.config.settings import Paths, Settings, load_settings, save_settings


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


def test_a_corrupt_file_is_set_aside_under_a_name_it_says_and_defaults_are_used(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"gateway": "twilio", oops', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    assert str(path) in loaded.problems[0]
    assert "default settings" in loaded.problems[0]
    [moved] = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.broken-")]
    assert f"set aside as {moved}" in loaded.problems[0]
    assert moved.read_text() == '{"gateway": "twilio", oops'  # not destroyed
    assert not path.exists()
    # The next start is clean.
    assert load_settings(path) == load_settings(tmp_path / "missing.json")


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000, '{"a": ' * 50_000 + "1" + "}" * 50_000],
    ids=["100000-deep array", "50000-deep object"],
)
def test_a_deeply_nested_file_is_set_aside_not_a_crash(tmp_path, text):
    path = tmp_path / "settings.json"
    path.write_text(text)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "nested too deeply" in loaded.problems[0]
    assert not path.exists()


def test_a_huge_file_is_not_read_as_settings(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"sound": true, "x": "' + "x" * 2_000_000 + '"}')
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "larger than" in loaded.problems[0]


def test_looking_without_setting_aside_changes_nothing_on_disk(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ not json")
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"gateway": "carrier-pigeon"}')
    assert load_settings(path, set_aside=False).problems
    assert load_settings(wrong, set_aside=False).problems
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json", "wrong.json"]


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


def test_how_notifications_are_shown_is_kept_and_a_wrong_choice_falls_back(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(notification_style="popups"))
    assert load_settings(path).settings.notification_style == "popups"
    assert Settings().notification_style == "desktop"  # the desktop's, where it has them
    path.write_text(json.dumps({"notification_style": "balloons", "sound": True}))
    loaded = load_settings(path)
    assert loaded.settings.notification_style == "desktop"
    assert loaded.settings.sound is True
    assert any('"notification_style" must be "desktop" or "popups"' in p for p in loaded.problems)


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
