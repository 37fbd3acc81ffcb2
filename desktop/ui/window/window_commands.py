"""What the main window does when the user acts: the handlers of the conversation actions
(``desktop.ui.conversation.actions``: Call, Transfer, Dealt with, Archive, Mark as
read/unread, Export…), New SMS and contacts, and moving through the chat list.

``ConversationCommands`` is that layer of ``MainWindow``. Its writes run as operations
(``self.operations``: the rules are the store's, failures reach the user as one sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QWidget

from desktop.core.i18n import translate
from desktop.core.models import (
    Contact,
    Conversation,
    ConversationId,
    Message,
    MessageId,
    UserId,
    utcnow,
)
from desktop.store.errors import transfer_refusal
from desktop.ui.threads.failures import Failure
from desktop.ui.window.chat_list import ChatListModel, conversation_title
from desktop.ui.window.chat_list_view import ChatListView
from desktop.ui.window.window_status import WindowStatus

if TYPE_CHECKING:  # the dialogs load when first opened
    from desktop.accounts.staff import Accounts, User
    from desktop.ui.conversation.pane import ConversationWidget
    from desktop.ui.dialogs.contacts import ContactsDialog
    from desktop.ui.dialogs.new_conversation import NewConversationDialog
    from desktop.ui.session.live_settings import LiveSettings
    from desktop.ui.threads.operations import ConversationOperations
    from desktop.ui.threads.tasks import TaskRunner


class ConversationCommands(WindowStatus):
    """The main window's commands: each a method named in the table of conversation actions
    (``ConversationAction.handler``) or bound to a menu entry."""

    # Made by MainWindow (the conversation panel with the window, or by go_live after a
    # start painted from the snapshot: it needs the store and the signed-in user).
    operations: ConversationOperations
    conversation: ConversationWidget
    chat_model: ChatListModel
    chat_list: ChatListView
    right: QStackedWidget
    empty: QWidget
    _settings: LiveSettings
    _region: str
    _accounts: Accounts | None
    _account_tasks: TaskRunner | None
    # Conversations whose Dealt with or Archive is on its way to the store: when the change
    # arrives before the answer, the pane leaves them at once (MainWindow.apply_change).
    _leaving: set[ConversationId]

    if TYPE_CHECKING:  # MainWindow's

        def open_conversation(self, conversation: Conversation) -> None: ...

        def leave_pane(self) -> None: ...

    # -- moving through the list -----------------------------------------------------------

    def step_conversation(self, step: int) -> None:
        """Open the next (1) or previous (-1) conversation in the list."""
        count = self.chat_model.rowCount()
        if count == 0:
            return
        current = self.chat_list.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else count - 1)
        row = max(0, min(count - 1, row))
        self.chat_list.setCurrentIndex(self.chat_model.index(row))
        self.chat_list.scrollTo(self.chat_model.index(row))

    def mark_current_read(self) -> None:
        """Mark as read: the open conversation, else the one selected in the list."""
        conversation = self.conversation.conversation
        if conversation is None and self.chat_list.currentIndex().isValid():
            conversation = self.chat_model.conversation_at(self.chat_list.currentIndex().row())
        if conversation is not None:
            self._mark_read(conversation)

    def _mark_read(self, conversation: Conversation) -> None:
        self.operations.mark_read(conversation.id)

    def mark_read(self, conversation: Conversation) -> None:
        """Mark as read ``conversation`` (a chat row's menu: not the open one)."""
        self._mark_read(conversation)

    # -- new conversations and contacts ----------------------------------------------------

    def new_conversation(self, text: str = "", draft: str = "") -> NewConversationDialog:
        """Open "New conversation" (the + button, Ctrl+N, an ``sms:`` link), optionally with
        a number and a message already typed."""
        from desktop.ui.dialogs.new_conversation import NewConversationDialog

        dialog = NewConversationDialog(self._store, self._tasks, self._region, text, self)
        dialog.sig_start_chat.connect(self.open_conversation)
        if draft:
            dialog.sig_start_chat.connect(lambda _c: self.conversation.set_draft(draft))
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def show_contacts(self) -> ContactsDialog:
        from desktop.ui.dialogs.contacts import ContactsDialog

        dialog = ContactsDialog(self._store, self._tasks, self._region, self)
        dialog.sig_message.connect(self.message_number)
        dialog.finished.connect(dialog.deleteLater)
        self.contacts_dialog = dialog
        dialog.open()
        return dialog

    def message_number(self, number: str) -> None:
        """Open the conversation with ``number`` (E.164), started if there is none yet (a
        contact's Message button)."""
        store = self._store
        self.operations.run(
            "open a conversation", lambda: store.conversations.open(number), self.open_conversation
        )

    def edit_contact_for(self, conversation: Conversation) -> None:
        """Add a contact for this conversation's number, or edit the one it has."""
        store, number = self._store, conversation.peer_number
        self._tasks.run(
            lambda: store.contacts.for_number(number),
            lambda contact: self._open_contact_editor(contact, number),
        )

    def _open_contact_editor(self, contact: Contact | None, number: str) -> None:
        from desktop.ui.dialogs.contact_form import ContactEditor

        editor = ContactEditor(
            self._store, self._tasks, self._region, contact=contact, number=number, parent=self
        )
        editor.finished.connect(editor.deleteLater)
        self.contact_editor = editor
        editor.open()

    # -- conversation actions --------------------------------------------------------------

    def _me(self) -> UserId | None:
        return self.user.id if self.user is not None else None

    def close_conversation(self) -> None:
        """Close: the conversation view goes, the chat list stays as it was."""
        self.conversation.forget_conversation()
        self.right.setCurrentWidget(self.empty)
        self.chat_list.clearSelection()
        self.chat_list.setCurrentIndex(QModelIndex())
        self.chat_list.setFocus()

    def call(self, conversation: Conversation) -> None:
        """Call the number with the softphone (tel: link, URI template or command)."""
        # Here, not at the top: subprocess and the templates are not needed before the
        # first paint (the window is built from the last session's snapshot first).
        import subprocess

        from desktop.core.calling import CallTemplateError, CannotCall, call_target

        try:
            target = call_target(
                conversation.peer_number, self._settings.current.call_template, self._region
            )
        except (CallTemplateError, CannotCall) as refused:
            self.show_error(refused.sentence)
            return
        if target.url is not None:
            if not QDesktopServices.openUrl(QUrl(target.url)):
                scheme = target.url.split(":", 1)[0]
                self.show_error(
                    translate(
                        "WindowCommands",
                        "No app on this computer handles {scheme}: links, so the call could not "
                        "start. Install your softphone (for example the 3CX app), or set how to "
                        "call in Settings → Call with.",
                    ).format(scheme=scheme)
                )
                return
        else:
            try:
                subprocess.Popen(  # noqa: S603 - argv from the user's own setting, no shell
                    list(target.command),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            except OSError as err:
                self.show_error(
                    translate(
                        "WindowCommands",
                        "The call command “{command}” could not be started "
                        "({reason}). Check Settings → Call with.",
                    ).format(command=target.command[0], reason=err.strerror or err)
                )
                return
        from desktop.core.phone import format_for_display  # (loaded by now: not at import)

        shown = format_for_display(conversation.peer_number, self._region)
        self.statusBar().showMessage(
            translate("WindowCommands", "Calling {number}…").format(number=shown), 5000
        )

    def transfer(self, conversation: Conversation) -> None:
        """Choose a colleague and hand the conversation over (owner or admin only)."""
        me = self._me()
        if me is None or self._accounts is None or self._account_tasks is None:
            return
        # The store's own rule, asked before colleagues are listed (the store still decides).
        refusal = transfer_refusal(
            conversation.owner_id,
            conversation.owner_label,
            me,
            self.user is not None and self.user.is_admin,
        )
        if refusal is not None:
            self.show_error(refusal.sentence)
            return
        accounts = self._accounts
        self._account_tasks.run(
            accounts.list_users, lambda users: self._choose_colleague(conversation, users)
        )

    def _choose_colleague(self, conversation: Conversation, users: list[User]) -> None:
        from desktop.ui.conversation.transfer import TransferDialog

        me = self._me()
        assert me is not None
        dialog = TransferDialog(
            users,
            int(me),
            conversation.owner_id,
            conversation_title(conversation, self._region),
            self,
        )
        self.transfer_dialog = dialog

        def transfer(to: int, note: str) -> None:
            target = next((u for u in users if int(u.id) == to), None)

            def transferred(_conversation: Conversation) -> None:
                dialog.accept()
                if target is not None:
                    done = translate("WindowCommands", "Transferred to {name}.").format(
                        name=target.label
                    )
                else:
                    done = translate("WindowCommands", "Transferred to your colleague.")
                self.statusBar().showMessage(done, 6000)

            self.operations.transfer(
                conversation.id,
                by=me,
                to=UserId(to),
                note=note,
                on_done=transferred,
                on_failed=lambda failure: dialog.show_problem(failure.sentence),
            )

        dialog.sig_transfer.connect(transfer)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _shown_up_to(self, conversation: Conversation) -> MessageId | None:
        """What Dealt with and Archive apply to: the newest message the pane shows of
        ``conversation``; a chat row's menu acts on a row the pane does not show: the newest
        SMS the row knew of."""
        if self.conversation.model.conversation_id != conversation.id:
            # A row's menu: what the row knew, its newest received SMS (0 for none), so that
            # one stored since keeps the conversation in Chats, unread.
            return conversation.last_inbound_id or MessageId(0)
        return self.conversation.newest_shown_id(conversation.id)

    def mark_dealt_with(self, conversation: Conversation) -> None:
        """Dealt with: handled, archived, ownership released; back to the list.

        It applies to the messages shown now: an SMS that arrived since (not on screen yet)
        keeps the conversation in Chats, unread.
        """
        me = self._me()
        if me is None:
            return
        seen = self._shown_up_to(conversation)
        shown = self._pane_shows(conversation)
        self._leaving.add(conversation.id)

        def done(result: Conversation) -> None:
            self._leaving.discard(conversation.id)
            if result.archived:
                self._after_leaving(
                    conversation,
                    translate("WindowCommands", "Marked dealt with and archived."),
                    lambda: self._undo_leaving(
                        conversation, dealt_with=True, seen=seen, reopen=shown
                    ),
                )
            else:
                # An SMS newer than what the window showed keeps it in Chats.
                self.statusBar().showMessage(
                    translate(
                        "WindowCommands",
                        "Marked dealt with, but a new message arrived just now, so the "
                        "conversation stays in Chats.",
                    ),
                    8000,
                )

        def failed(failure: Failure) -> None:
            self._leaving.discard(conversation.id)
            self.show_error(failure.sentence)

        self.operations.mark_dealt_with(
            conversation.id, by=me, seen_up_to=seen, on_done=done, on_failed=failed
        )

    def archive(self, conversation: Conversation, archived: bool) -> None:
        """Archive (what is shown: a newer SMS keeps it in Chats), or move back to Chats."""
        me = self._me()
        seen = self._shown_up_to(conversation) if archived else None
        shown = self._pane_shows(conversation)
        if archived:
            self._leaving.add(conversation.id)

        def done(placed: bool) -> None:
            self._leaving.discard(conversation.id)
            if not archived:
                self.statusBar().showMessage(
                    translate("WindowCommands", "Moved back to Chats."), 5000
                )
            elif placed:
                #: a status message: the conversation was archived
                self._after_leaving(
                    conversation,
                    translate("WindowCommands", "Archived."),
                    lambda: self._undo_leaving(
                        conversation, dealt_with=False, seen=seen, reopen=shown
                    ),
                )
            else:
                self.statusBar().showMessage(
                    translate(
                        "WindowCommands",
                        "Not archived: a new message arrived just now, so the conversation "
                        "stays in Chats.",
                    ),
                    8000,
                )

        def failed(failure: Failure) -> None:
            self._leaving.discard(conversation.id)
            self.show_error(failure.sentence)

        self.operations.set_archived(
            conversation.id, archived, by=me, seen_up_to=seen, on_done=done, on_failed=failed
        )

    def toggle_archived(self, conversation: Conversation) -> None:
        """Archive, or Unarchive an archived conversation (More options)."""
        self.archive(conversation, not conversation.archived)

    def mark_unread(self, conversation: Conversation) -> None:
        # Leave the conversation first: while it is open in an active window, the change
        # that marks it unread would be read again at once (apply_change marks read what
        # the user is looking at), and the flag would never stay.
        current = self.conversation.conversation
        if current is not None and current.id == conversation.id:
            self.close_conversation()
        self.operations.mark_unread(
            conversation.id,
            lambda _r: self.statusBar().showMessage(
                translate("WindowCommands", "Marked as unread."), 5000
            ),
        )

    def _after_leaving(
        self, conversation: Conversation, message: str, undo: Callable[[], object]
    ) -> None:
        """Dealt with or Archive is done: nothing selected, the pane empty (never the next
        conversation), and the Undo notice for a few seconds."""
        current = self.conversation.conversation
        if current is not None and current.id == conversation.id:
            self.close_conversation()
        elif current is None:
            self.leave_pane()  # (its change came first and left it: nothing stays selected)
        self.undo_notice.offer(message, undo)

    def _pane_shows(self, conversation: Conversation) -> bool:
        """Whether the pane shows ``conversation`` (not a chat row's menu acting on it)."""
        return self.conversation.model.conversation_id == conversation.id

    def _undo_leaving(
        self, before: Conversation, *, dealt_with: bool, seen: MessageId | None, reopen: bool
    ) -> None:
        """Undo (the notice's button, or Ctrl+Z): ``before`` as it was, through the store,
        and open again if it was open (``reopen``). Acted on from a chat row's menu, it was
        not open: it stays closed, and what was unread is unread again."""

        def done(result: Conversation) -> None:
            self.statusBar().showMessage(
                translate("WindowCommands", "Undone: the conversation is back as it was."), 6000
            )
            listed = self.chat_model.row_of(result.id) is not None
            if reopen and not self.chat_model.searching and listed:
                self.open_conversation(result)

        self.operations.undo_handling(
            before,
            by=self._me(),
            dealt_with=dealt_with,
            seen_up_to=seen,
            unread=0 if reopen else before.unread_count,
            on_done=done,
            on_failed=lambda failure: self.statusBar().showMessage(failure.sentence, 10000),
        )

    # -- exports ---------------------------------------------------------------------------

    def export_conversation(self, conversation: Conversation) -> None:
        """Ask where, then write the whole conversation as a PDF or CSV."""
        title = conversation_title(conversation, self._region)
        #: the file name suggested when a conversation is exported
        name = translate("WindowCommands", "SMS with {title}.pdf").format(title=title)
        suggested = str(Path.home() / name)
        pdf_files = translate("WindowCommands", "PDF, printable (*.pdf)")
        csv_files = translate("WindowCommands", "CSV (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("WindowCommands", "Export conversation"),
            suggested,
            f"{pdf_files};;{csv_files}",
        )
        if path:
            kind = "csv" if path.lower().endswith(".csv") or chosen == csv_files else "pdf"
            self.export_to(conversation, Path(path), kind)

    def export_to(self, conversation: Conversation, path: Path, kind: str) -> None:
        """Write ``conversation`` to ``path`` ("pdf" or "csv") in the store thread."""
        # Loaded here in the GUI thread (not in the store thread's function below).
        from desktop.files.export import heading, rows, to_csv
        from desktop.system.private_files import write_private_text
        from desktop.ui.conversation.export import write_pdf

        store, region = self._store, self._region
        desk = self.conversation.desk_number

        def write() -> int:
            messages: list[Message] = []
            before = None
            while True:
                page = store.conversations.messages(conversation.id, before=before, limit=1000)
                messages[:0] = page
                if len(page) < 1000:
                    break
                before = page[0].id
            media = store.media.for_messages(m.id for m in messages)
            pictures = {mid: len(items) for mid, items in media.items()}
            export_rows = rows(conversation, messages, desk, region, pictures)
            if kind == "csv":
                # Readable by its owner only, like the database it comes from.
                write_private_text(path, to_csv(export_rows), encoding="utf-8-sig")
            else:
                write_pdf(path, heading(conversation, region, utcnow()), export_rows)
            return len(messages)

        self.statusBar().showMessage(translate("WindowCommands", "Exporting…"))
        self.operations.run(
            "export a conversation",
            write,
            lambda count: self.statusBar().showMessage(
                translate(
                    "WindowCommands", "Exported %n message(s) to {path}.", None, count
                ).format(path=path),
                8000,
            ),
            lambda failure: self.show_error(
                translate(
                    "WindowCommands", "The conversation could not be exported. {reason}"
                ).format(reason=failure.sentence)
            ),
        )

    def export_opt_outs(self) -> None:
        """Ask where, then write the desk number's opt-out list as CSV."""
        #: the file name suggested when the opt-out list is exported
        suggested = str(Path.home() / translate("WindowCommands", "SMS opt-outs.csv"))
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            translate("WindowCommands", "Export opt-out list"),
            suggested,
            translate("WindowCommands", "CSV (*.csv)"),
        )
        if path:
            self.export_opt_outs_to(Path(path))

    def export_opt_outs_to(self, path: Path) -> None:
        """Write the numbers opted out of this desk's number to ``path`` (store thread)."""
        from desktop.files.export import opt_outs_to_csv
        from desktop.system.private_files import write_private_text

        store, desk = self._store, self.conversation.desk_number

        def write() -> int:
            entries = store.opt_outs.list(desk)
            write_private_text(path, opt_outs_to_csv(entries), encoding="utf-8-sig")
            return len(entries)

        self.operations.run(
            "export the opt-out list",
            write,
            lambda count: self.statusBar().showMessage(
                translate(
                    "WindowCommands", "Exported %n opted-out number(s) to {path}.", None, count
                ).format(path=path),
                8000,
            ),
            lambda failure: self.show_error(
                translate(
                    "WindowCommands", "The opt-out list could not be exported. {reason}"
                ).format(reason=failure.sentence)
            ),
        )
