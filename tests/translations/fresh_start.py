"""A fresh start of SMS Desk in the language of this process, walked stage by stage.

    LANG=de_DE.UTF-8 python -m tests.translations.fresh_start OUT.json [--shots DIR]
    SMSDESK_PSEUDO_LOCALE=1 python -m tests.translations.fresh_start OUT.json --size 1024x700

The app starts as a new office would (no account yet, the demo gateway on 127.0.0.1) and
is taken through the first-account dialog, the sign-in dialog, the main window with a
conversation open, New SMS, Settings, Contacts, the templates, About, the keyboard shortcuts
and a message pop-up. At each stage every visible text
(labels, buttons, titles, tooltips, placeholders, accessible names and descriptions, combo
box entries, tabs, the actions of menus and tool bars) is collected, with the widgets whose
text does not fit them; OUT.json gets both, per stage. Each run is its own process: the
language is the process's, installed once, as in the app.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

PASSWORD = "correct horse 42"
#: What the customer writes: no word of any language, so it never counts as English.
INBOUND = "👍 14:30 ✓"


class _Keyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def wait_until(condition: Callable[[], object], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {seconds} s for {condition}")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _showing(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _in_item_view(widget: QWidget) -> bool:
    """Inside a list of messages or chats: the customers' text, not the app's."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def texts_of(window: QWidget) -> Iterator[str]:
    """Every text ``window`` shows or gives a screen reader."""
    yield window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not _showing(widget) or _in_item_view(widget):
            continue
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        for action in widget.actions():
            yield action.text()
            yield action.toolTip()
            menu = action.menu()
            if menu is not None:
                for entry in menu.actions():
                    yield entry.text()


def _needs(widget: QWidget) -> QSize | None:
    """The size ``widget``'s text needs, when it is text that must show whole."""
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        if type(widget).__name__ == "ElidedLabel":
            return None  # names and previews elide by design, the whole text in the tooltip
        if widget.wordWrap():
            return QSize(0, widget.heightForWidth(widget.width()))
        return widget.sizeHint()
    if isinstance(widget, QToolButton) and not widget.text():
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.sizeHint()
    if isinstance(widget, QComboBox):
        return widget.minimumSizeHint()
    # A line edit's placeholder is elided by Qt ("…"), its meaning in the accessible name
    # (and a tooltip where the placeholder says more): like an ElidedLabel, not checked.
    return None


def clipped_in(window: QWidget) -> Iterator[str]:
    """The widgets of ``window`` whose text does not fit them, described."""
    for widget in [window, *window.findChildren(QWidget)]:
        if not _showing(widget) or _in_item_view(widget):
            continue
        needs = _needs(widget)
        if needs is None:
            continue
        short_w = needs.width() - widget.width()
        short_h = needs.height() - widget.height()
        if short_w > 1 or short_h > 1:
            text = (
                widget.text()
                if isinstance(widget, QLabel | QAbstractButton)
                else widget.accessibleName()
            )
            yield (
                f"{type(widget).__name__} {text!r}: {widget.width()}x{widget.height()}, "
                f"needs {needs.width()}x{needs.height()}"
            )


def record(stage: str, windows: list[QWidget], out: dict, shots: Path | None) -> None:
    texts: list[str] = []
    clipped: list[str] = []
    for window in windows:
        texts.extend(text for text in texts_of(window) if text and text.strip())
        clipped.extend(clipped_in(window))
        if shots is not None:
            window.grab().save(str(shots / f"{stage}-{window.objectName() or 'window'}.png"))
    sizes = [[window.width(), window.height()] for window in windows]
    out[stage] = {"texts": sorted(set(texts)), "clipped": clipped, "sizes": sizes}


def _templates(window: QWidget) -> QDialog:
    window.conversation.manage_templates()  # type: ignore[attr-defined]
    return window.conversation.templates_dialog  # type: ignore[attr-defined,no-any-return]


def _about(desk: object) -> QDialog:
    desk.show_about()  # type: ignore[attr-defined]
    return desk.about_dialog  # type: ignore[attr-defined,no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--size", default="1024x700")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keyring.set_keyring(_Keyring())

    from desktop.app import create_application
    from desktop.config.settings import Paths, Settings
    from desktop.gateway.demo import DemoGateway
    from desktop.gateway.twilio_carrier import twilio_config
    from desktop.system.credentials import CredentialStore
    from desktop.ui.look.language import install_language
    from desktop.ui.session.desk import SmsDesk
    from desktop.ui.session.live_settings import LiveSettings

    app = create_application([sys.argv[0]])
    install_language(app)
    demo = DemoGateway(status_delays=(0.1, 0.3), greet=False, auto_reply=False).start()
    out: dict[str, dict] = {}
    desk = None
    try:
        home = Path(tempfile.mkdtemp(prefix="smsdesk-fresh-"))
        paths = Paths.under(home)
        gateway = twilio_config(
            base_url=demo.base_url,
            account_sid=demo.account_sid,
            auth_token=demo.auth_token,
            from_number=demo.phone_number,
        )
        settings = Settings(
            default_region="DE",
            no_tray_notice_shown=True,
            quiet_hours=False,
            notification_style="popups",
            popup_seconds=120,
        )
        desk = SmsDesk(
            LiveSettings(settings, paths.settings_file),
            paths,
            gateway=gateway,
            poll_interval=0.2,
            credentials=CredentialStore(keyring.get_keyring()),
            tray_available=False,
        )
        desk.begin()
        wait_until(lambda: desk.login is not None and desk.login.isVisible())
        settle()
        record("first-account", [desk.login], out, args.shots)
        desk.login.reject = lambda: None  # closing it must not quit the walk
        desk.login.hide()
        desk.accounts.create_first_admin("101", "Anna Smith", PASSWORD)
        desk.login = None
        desk.begin()
        wait_until(lambda: desk.login is not None and desk.login.isVisible())
        settle()
        record("sign-in", [desk.login], out, args.shots)
        desk.login.sign_in_with("101", PASSWORD)
        wait_until(lambda: desk.user is not None and desk.window.isVisible())
        window = desk.window
        window.resize(width, height)
        demo.inbound("+4930123456", INBOUND)
        model = window.chat_list.model()
        wait_until(lambda: model.rowCount() > 0)
        window.chat_list.setCurrentIndex(model.index(0, 0))
        settle(1.0)
        record("main-window", [window], out, args.shots)
        dialog = window.new_conversation()
        settle()
        record("new-sms", [dialog], out, args.shots)
        dialog.reject()
        desk.open_settings()
        wait_until(lambda: desk.settings_dialog is not None and desk.settings_dialog.isVisible())
        settle()
        record("settings", [desk.settings_dialog], out, args.shots)
        desk.settings_dialog.reject()
        for stage, dialog in (
            ("contacts", lambda: window.show_contacts()),
            ("templates", lambda: _templates(window)),
            ("about", lambda: _about(desk)),
            ("shortcuts", lambda: window.show_shortcuts()),
        ):
            shown = dialog()
            wait_until(shown.isVisible)
            settle()
            record(stage, [shown], out, args.shots)
            shown.reject()
        window.close_conversation()
        window.chat_list.clearSelection()
        demo.inbound("+4930987654", INBOUND)
        stack = desk.popups
        wait_until(lambda: stack is not None and stack.visible_popups)
        settle()
        record("pop-up", list(stack.visible_popups), out, args.shots)
        for stage in out.values():
            stage["size"] = [width, height]
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), "utf-8")
    finally:
        if desk is not None:
            desk.shutdown()
        demo.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog):
                widget.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())
