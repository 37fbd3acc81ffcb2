"""SMS Desk's settings (settings.json: loaded, validated, saved) and where it keeps its files.
No Qt; the Qt side that announces changes is ``desktop.ui.session.live_settings``."""
