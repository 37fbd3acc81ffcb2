"""The main window's menus and keyboard shortcuts: File, Conversation (the table of
conversation actions, ``desktop.ui.conversation.actions``), Help, the window-wide
shortcuts, and the F1 list built from them.

``WindowMenus`` is that layer of ``MainWindow``; the handlers it connects are the commands'
(``desktop.ui.window.window_commands``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.core.i18n import translate
from desktop.ui.conversation.actions import (
    CONVERSATION_ACTIONS,
    ConversationAction,
    Place,
    build_action,
    with_shortcuts,
)
from desktop.ui.look.action_icons import action_icon
from desktop.ui.look.key_help import ShortcutGroup, declared_keys, set_group
from desktop.ui.window.window_commands import ConversationCommands

if TYPE_CHECKING:  # the dialogs load when first opened
    from desktop.ui.dialogs.help_shortcuts import ShortcutsDialog
    from desktop.ui.dialogs.team import TeamDialog


class WindowMenus(ConversationCommands):
    """The menus and shortcuts of the main window.

    Signals:
        sig_settings_requested(): Settings… was chosen.
        sig_sign_out_requested(): Sign out was chosen.
        sig_dnd_toggled(bool): Do not disturb was switched from the menu (and saved).
        sig_about_requested(): About SMS Desk was chosen.
    """

    sig_settings_requested = Signal()
    sig_sign_out_requested = Signal()
    sig_dnd_toggled = Signal(bool)
    sig_about_requested = Signal()

    # Made by MainWindow.__init__ (before the conversation panel, which fills it).
    conversation_menu: QMenu

    if TYPE_CHECKING:  # MainWindow's

        def focus_search(self) -> None: ...

        def _dnd_toggled(self, on: bool) -> None: ...

        def switch_view(self) -> None: ...

    def _add_conversation_actions(self) -> None:
        """The header's actions and the Conversation menu, from the one table."""
        header_actions = self.conversation.header.actions_by_id
        for entry in CONVERSATION_ACTIONS:
            made = header_actions.get(entry.id)
            if made is None:
                continue  # a window action, built with the menu
            made.triggered.connect(partial(self._run_conversation_action, entry))
            set_group(made, ShortcutGroup.CONVERSATION)
            if entry.separated:
                self.conversation_menu.addSeparator()
            self.conversation_menu.addAction(made)

    def _run_conversation_action(self, entry: ConversationAction, _checked: bool = False) -> None:
        handler = getattr(self, entry.handler)
        if not entry.with_conversation:
            handler()
            return
        conversation = self.conversation.conversation
        if conversation is not None:
            handler(conversation)

    def conversation_action(self, action_id: str) -> QAction:
        """The QAction of the table's action ``action_id`` (``"call"``, ``"read"``...)."""
        if action_id in self.window_actions:
            return self.window_actions[action_id]
        return self.conversation.header.actions_by_id[action_id]

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(translate("WindowMenus", "&File"))
        self.new_sms_action = self._add_action(
            menu,
            translate("WindowMenus", "&New SMS…"),
            lambda: self.new_conversation(),
            QKeySequence.StandardKey.New,
        )
        self.contacts_action = self._add_action(
            menu,
            translate("WindowMenus", "&Contacts…"),
            self.show_contacts,
            QKeySequence("Ctrl+Shift+C"),
        )
        self.export_opt_outs_action = self._add_action(
            menu, translate("WindowMenus", "&Export opt-out list…"), self.export_opt_outs
        )
        # Administrators only; others see it disabled, and why (a tooltip, the status bar).
        self.team_action = self._add_action(
            menu, translate("WindowMenus", "&Team…"), self.show_team
        )
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(self._update_team_action)
        self._update_team_action()
        self.search_action = self._add_action(
            self,
            translate("WindowMenus", "&Search"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
        )
        self.next_action = self._window_action(
            translate("WindowMenus", "Next conversation"),
            ["Alt+Down", "Ctrl+PgDown"],
            lambda: self.step_conversation(1),
        )
        self.previous_action = self._window_action(
            translate("WindowMenus", "Previous conversation"),
            ["Alt+Up", "Ctrl+PgUp"],
            lambda: self.step_conversation(-1),
        )
        # (X11 reports Shift+Tab as Backtab.)
        self.switch_view_action = self._window_action(
            translate("WindowMenus", "Switch between Chats and Archived"),
            ["Ctrl+Tab", "Ctrl+Shift+Tab", "Ctrl+Shift+Backtab"],
            self.switch_view,
        )
        self.send_action = self._window_action(
            #: the F1 list's row for sending (Enter in "Say something", Ctrl+Enter anywhere)
            translate("WindowMenus", "Send"),
            ["Ctrl+Return"],
            lambda: self.conversation.send(),
        )
        # The window's own entries of the table of conversation actions (the header's are
        # added to this menu with the conversation panel).
        self.window_actions: dict[str, QAction] = {}
        header_first = next(iter(self.conversation_menu.actions()), None)
        for entry in CONVERSATION_ACTIONS:
            if entry.place is Place.WINDOW:
                made = build_action(entry, self)
                made.triggered.connect(partial(self._run_conversation_action, entry))
                set_group(made, ShortcutGroup.CONVERSATION)
                self.addAction(made)
                # Before the header's (added already when the panel was built first).
                if header_first is None:
                    self.conversation_menu.addAction(made)
                else:
                    self.conversation_menu.insertAction(header_first, made)
                self.window_actions[entry.id] = made
        self.read_action = self.window_actions["read"]
        menu.addSeparator()
        dnd = QAction(translate("WindowMenus", "&Do not disturb"), self)
        dnd.setCheckable(True)
        dnd.setChecked(self._settings.current.do_not_disturb)
        dnd.toggled.connect(self._dnd_toggled)
        menu.addAction(dnd)
        self.dnd_action = dnd
        self.settings_action = self._add_action(
            menu,
            translate("WindowMenus", "&Settings…"),
            self.sig_settings_requested,
            QKeySequence("Ctrl+,"),
            role=QAction.MenuRole.PreferencesRole,
        )

        menu.addSeparator()
        self.sign_out_action = self._add_action(
            menu, translate("WindowMenus", "Sign &out"), self.sig_sign_out_requested
        )
        # Not StandardKey.Quit: some platforms bind nothing to it.
        self.quit_action = self._add_action(
            menu,
            translate("WindowMenus", "&Quit"),
            QApplication.quit,
            QKeySequence("Ctrl+Q"),
            role=QAction.MenuRole.QuitRole,
        )

        self.menuBar().addMenu(self.conversation_menu)
        help_menu = self.menuBar().addMenu(translate("WindowMenus", "&Help"))
        self.shortcuts_action = self._add_action(
            help_menu, translate("WindowMenus", "&Keyboard shortcuts"), self.show_shortcuts
        )
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.about_action = self._add_action(
            help_menu,
            translate("WindowMenus", "&About SMS Desk"),
            self.sig_about_requested,
            role=QAction.MenuRole.AboutRole,
        )
        # Their groups in the F1 list (the conversation actions' are set as they are made).
        for group, actions in (
            (
                ShortcutGroup.CHATS,
                (
                    self.new_sms_action,
                    self.search_action,
                    self.next_action,
                    self.previous_action,
                    self.switch_view_action,
                ),
            ),
            (ShortcutGroup.CONVERSATION, (self.send_action,)),
            (
                ShortcutGroup.WINDOW,
                (
                    self.contacts_action,
                    self.settings_action,
                    self.shortcuts_action,
                    self.quit_action,
                ),
            ),
        ):
            for action in actions:
                set_group(action, group)
        # The menus' icons, from the set the toolbar uses (desktop.ui.look.action_icons).
        for action, icon in (
            (self.new_sms_action, "new_sms"),
            (self.contacts_action, "contacts"),
            (self.export_opt_outs_action, "export"),
            (self.team_action, "contact"),
            (self.search_action, "search"),
            (self.read_action, "read"),
            (self.settings_action, "settings"),
            (self.sign_out_action, "sign_out"),
            (self.quit_action, "quit"),
            (self.shortcuts_action, "shortcuts"),
            (self.about_action, "about"),
        ):
            action.setIcon(action_icon(icon))

    def _add_action(
        self,
        into: QWidget,
        text: str,
        slot: Callable[[], object] | SignalInstance,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        role: QAction.MenuRole | None = None,
    ) -> QAction:
        """An action added to a menu (or the window: a shortcut with no menu entry)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(slot)
        into.addAction(action)
        return action

    def _window_action(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def shortcut_actions(self) -> list[QAction]:
        """Every action with a keyboard shortcut, in the order the dialog lists them: the
        window's own, then any other of its actions with keys (the application-wide ones,
        "Reply to the newest message"; one added later and not named here still shows)."""
        named = [
            self.new_sms_action,
            self.search_action,
            self.next_action,
            self.previous_action,
            self.switch_view_action,
            self.send_action,
            *(self.conversation_action(e.id) for e in with_shortcuts(CONVERSATION_ACTIONS)),
            self.contacts_action,
            self.settings_action,
            self.shortcuts_action,
            self.quit_action,
        ]
        others = [
            a
            for a in [*self.actions(), *self.findChildren(QAction)]
            if a.shortcuts() and a not in named
        ]
        return named + list(dict.fromkeys(others))

    def _can_manage_team(self) -> bool:
        return (
            self.user is not None
            and self.user.is_admin
            and self._accounts is not None
            and self._account_tasks is not None
        )

    def _update_team_action(self) -> None:
        """Team… is for administrators; checked again as the menu opens (a window painted
        from the last session's snapshot learns who signed in only later)."""
        admin = self._can_manage_team()
        self.team_action.setEnabled(admin)
        why = (
            translate("WindowMenus", "Add colleagues, reset passwords, disable accounts")
            if admin
            else translate("WindowMenus", "Only an administrator can open Team.")
        )
        self.team_action.setToolTip(why)
        self.team_action.setStatusTip(why)

    def show_team(self) -> TeamDialog | None:
        """Team…: the accounts, for an administrator to add and change."""
        if not self._can_manage_team():
            return None
        from desktop.ui.dialogs.team import TeamDialog

        user, accounts, tasks = self.user, self._accounts, self._account_tasks
        assert user is not None
        assert accounts is not None
        assert tasks is not None
        dialog = TeamDialog(accounts, tasks, user, self)
        dialog.finished.connect(dialog.deleteLater)
        self.team_dialog = dialog
        dialog.open()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        from desktop.ui.dialogs.help_shortcuts import ShortcutsDialog, shortcut_rows

        dialog = ShortcutsDialog(shortcut_rows(self.shortcut_actions(), declared_keys()), self)
        dialog.finished.connect(dialog.deleteLater)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog
