"""Saved replies in the composer: the Templates menu, "/name" completion, the highlighting of
variables still to fill in, and the Manage templates dialog.

Templates are read and written in the store thread; the menu and completion show the list
last read (refreshed when the menu opens, when "/" is typed and after every change), so the
GUI never waits for the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import UserId
from desktop.core.templates import Template, fill, matching, variable_spans
from desktop.ui.look.theme import Colors
from desktop.ui.look.widgets import plain_label, plain_tooltip
from desktop.ui.threads.operations import TemplateOperations
from desktop.ui.threads.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.store.ports import TemplatesStore

#: who can use a template: the colleague who wrote it
ONLY_ME = QT_TRANSLATE_NOOP("TemplatesDialog", "Only me")
#: who can use a template: every colleague (only administrators can choose it)
EVERYONE = QT_TRANSLATE_NOOP("TemplatesDialog", "Everyone (admins)")
MANAGE = QT_TRANSLATE_NOOP("TemplatesDialog", "Manage templates…")


class VariableHighlighter(QSyntaxHighlighter):
    """Marks every ``{variable}`` still in the text: something to fill in before sending."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        colors = Colors.from_palette(QGuiApplication.palette())  # the theme's find colours
        self._format.setBackground(colors.find_match)
        self._format.setForeground(colors.find_text)
        self._format.setFontWeight(600)

    def highlightBlock(self, text: str) -> None:
        for start, end in variable_spans(text):
            self.setFormat(start, end - start, self._format)


class TemplateLibrary(QObject):
    """The templates the signed-in colleague may use, as last read from the store.

    Signals:
        sig_changed(): ``templates`` was read again.
        sig_error(str): a change was refused or failed (the sentence to show).
    """

    sig_changed = Signal()
    sig_error = Signal(str)

    def __init__(
        self,
        store: TemplatesStore,
        tasks: TaskRunner,
        user_id: UserId | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._operations = TemplateOperations(tasks, store, self.sig_error.emit)
        self.user_id = user_id
        self.templates: list[Template] = []

    def refresh(self) -> None:
        """Read the list again (in the store thread)."""
        store, user = self._store, self.user_id
        self._tasks.run(lambda: store.templates.list(user), self._loaded)

    def _loaded(self, templates: list[Template]) -> None:
        self.templates = templates
        self.sig_changed.emit()

    def pairs(self) -> list[tuple[str, str]]:
        return [(t.name, t.body) for t in self.templates]

    def change(
        self,
        work: Callable[[TemplatesStore], object],
        on_done: Callable[[object], object] | None = None,
    ) -> None:
        """Run ``work(store)`` in the store thread, then read the list again (a refusal's
        sentence, or a bug's generic one, goes to ``sig_error``)."""

        def done(result: object) -> None:
            self.refresh()
            if on_done is not None:
                on_done(result)

        self._operations.change_templates(work, done)


class TemplateMenu(QMenu):
    """The Templates button's menu: every template by name, then "Manage templates…".

    Signals:
        sig_chosen(Template): insert this one.
        sig_manage(): open the Manage templates dialog.
    """

    sig_chosen = Signal(object)
    sig_manage = Signal()

    def __init__(
        self, library: TemplateLibrary, parent: QWidget | None = None, *, manage: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateMenu")
        self.setAccessibleName(translate("TemplatesDialog", "Templates"))
        self.library = library
        self._manage = manage
        self.aboutToShow.connect(library.refresh)
        library.sig_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        templates = self.library.templates
        #: a template in the menu that only its author sees
        mine = translate("TemplatesDialog", "{name}  (mine)")
        if not templates:
            empty = self.addAction(translate("TemplatesDialog", "No templates yet"))
            empty.setEnabled(False)
        for template in templates:
            label = template.name.replace("&", "&&")
            action = self.addAction(label if template.shared else mine.format(name=label))
            preview = " ".join(template.body.split())
            action.setToolTip(plain_tooltip(preview[:200]))
            action.setStatusTip(preview[:200])
            action.triggered.connect(lambda _c=False, t=template: self.sig_chosen.emit(t))
        self.setToolTipsVisible(True)
        if self._manage:
            self.addSeparator()
            manage = self.addAction(translate("TemplatesDialog", MANAGE))
            manage.triggered.connect(self.sig_manage)
        if self.isVisible():
            self.adjustSize()


def template_button(menu: TemplateMenu) -> QToolButton:
    """The "Templates" button beside a "Say something" box, opening ``menu``."""
    button = QToolButton()
    button.setObjectName("composerTool")
    button.setText(translate("TemplatesDialog", "Templates"))
    button.setAccessibleName(translate("TemplatesDialog", "Templates"))
    button.setToolTip(translate("TemplatesDialog", "Insert a saved reply (or type / and its name)"))
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


def fill_template(template: Template, contact_name: str | None, my_name: str) -> str:
    """The template's text with what is known filled in (the rest stays ``{name}``)."""
    return fill(template.body, contact_name=contact_name, my_name=my_name, today=date.today()).text


def insert_filled_template(
    editor: QPlainTextEdit,
    template: Template,
    contact_name: str | None,
    my_name: str,
    replace_typed: int = 0,
) -> None:
    """Put ``template``, filled in, at ``editor``'s cursor (replacing the "/name" typed)."""
    cursor = editor.textCursor()
    if replace_typed:
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, replace_typed
        )
    cursor.insertText(fill_template(template, contact_name, my_name))
    editor.setTextCursor(cursor)


class SlashCompleter(QObject):
    """Offers templates while "/name" is typed in a text box; choosing one replaces it.

    Args:
        editor: the "Say something" box.
        library: the templates.
        insert: called with the chosen template and the length of "/name" to replace.
    """

    def __init__(
        self,
        editor: QPlainTextEdit,
        library: TemplateLibrary,
        insert: Callable[[Template, int], None],
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._library = library
        self._insert = insert
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(editor)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        popup = self.completer.popup()
        assert popup is not None  # (QCompleter makes its list when first asked)
        self._popup = popup
        popup.setAccessibleName(translate("TemplatesDialog", "Templates"))
        popup.setObjectName("templateCompletion")
        self.completer.activated.connect(self._chosen)
        editor.textChanged.connect(self._typed)
        library.sig_changed.connect(self._typed)
        self._prefix: str | None = None

    def typed_prefix(self) -> str | None:
        """The "/name" just before the cursor (at the start or after a space), or None."""
        cursor = self._editor.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        start = block.rfind("/")
        if start < 0 or (start > 0 and not block[start - 1].isspace()):
            return None
        word = block[start:]
        if any(ch.isspace() for ch in word):
            return None
        return word

    def _typed(self) -> None:
        prefix = self.typed_prefix()
        popup = self._popup
        if prefix is None:
            self._prefix = None
            popup.hide()
            return
        if self._prefix is None:
            self._library.refresh()  # a fresh list for this completion
        self._prefix = prefix
        names = [name for name, _body in matching(self._library.pairs(), prefix)]
        self._model.setStringList(names)
        if not names:
            popup.hide()
            return
        rect = self._editor.cursorRect().translated(self._editor.viewport().pos())
        rect.adjust(0, 0, 0, 4)
        rect.setWidth(max(220, popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)
        popup.setCurrentIndex(self._model.index(0))

    def _chosen(self, name: str) -> None:
        prefix = self._prefix or self.typed_prefix() or ""
        for template in self._library.templates:
            if template.name == name:
                self._prefix = None
                self._insert(template, len(prefix))
                return

    @property
    def visible(self) -> bool:
        return self._popup.isVisible()


class ManageTemplatesDialog(QDialog):
    """Add, edit and delete templates; shared ones ("Everyone") only by administrators."""

    def __init__(
        self,
        library: TemplateLibrary,
        *,
        is_admin: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TemplatesDialog", "Manage templates"))
        self.setObjectName("manageTemplates")
        self.setAccessibleName(translate("TemplatesDialog", "Manage templates"))
        self._library = library
        self._is_admin = is_admin
        self._editing: Template | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(translate("TemplatesDialog", "Templates"))
        self.list.currentItemChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("TemplatesDialog", "Name"))
        self.name.setPlaceholderText(translate("TemplatesDialog", "e.g. thanks"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(translate("TemplatesDialog", "Text"))
        #: an example template; keep {first_name} and {my_name} as they are
        self.body.setPlaceholderText(
            translate("TemplatesDialog", "Hi {first_name}, thanks for your message! — {my_name}")
        )
        self.body.setTabChangesFocus(True)
        VariableHighlighter(self.body.document())
        self.scope = QComboBox()
        self.scope.setAccessibleName(translate("TemplatesDialog", "Who can use it"))
        self.scope.addItems(
            [translate("TemplatesDialog", ONLY_ME), translate("TemplatesDialog", EVERYONE)]
        )
        if not is_admin:
            # Visible but not selectable: the option exists, for an administrator.
            item = self.scope.model().item(1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(
                translate(
                    "TemplatesDialog", "Only an administrator can share templates with everyone."
                )
            )
        hint = plain_label(
            #: keep the {names} as they are: they are what a template writer types
            translate(
                "TemplatesDialog",
                "Variables: {first_name} (the contact's), {my_name} (yours), {date} (today)",
            ),
            name="templateHint",
        )
        self.message = plain_label(
            name="templateMessage", accessible=translate("TemplatesDialog", "Template status")
        )

        #: a button: start writing a new template
        self.new_button = QPushButton(translate("TemplatesDialog", "New"))
        self.save_button = QPushButton(translate("TemplatesDialog", "Save"))
        self.delete_button = QPushButton(translate("TemplatesDialog", "Delete"))
        self.close_button = QPushButton(translate("TemplatesDialog", "Close"))
        for button in (self.new_button, self.save_button, self.delete_button, self.close_button):
            button.setAccessibleName(button.text())
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(translate("TemplatesDialog", "Name"), self.name)
        form.addRow(translate("TemplatesDialog", "Text"), self.body)
        form.addRow(translate("TemplatesDialog", "Who can use it"), self.scope)
        form.addRow("", hint)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 2)
        layout.addLayout(right, 3)
        self.resize(720, 380)

        library.sig_changed.connect(self._reload)
        library.sig_error.connect(self._refused)
        self._reload()
        self.start_new()
        library.refresh()

    def _reload(self) -> None:
        selected = self._editing.id if self._editing is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        #: a template in the list, shared with every colleague
        everyone = translate("TemplatesDialog", "{name}  ·  everyone")
        #: a template in the list that only its author sees
        only_me = translate("TemplatesDialog", "{name}  ·  only me")
        for template in self._library.templates:
            item = QListWidgetItem(
                (everyone if template.shared else only_me).format(name=template.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, template)
            item.setToolTip(plain_tooltip(template.body))
            self.list.addItem(item)
            if template.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        template: Template = item.data(Qt.ItemDataRole.UserRole)
        self._editing = template
        self.name.setText(template.name)
        self.body.setPlainText(template.body)
        self.scope.setCurrentIndex(1 if template.shared else 0)
        may_change = self._is_admin or not template.shared
        for widget in (self.name, self.body, self.scope, self.save_button, self.delete_button):
            widget.setEnabled(may_change)
        self.message.setText(
            ""
            if may_change
            else translate(
                "TemplatesDialog",
                "Shared with everyone: only an administrator can change or delete it.",
            )
        )

    def start_new(self) -> None:
        self._editing = None
        self.list.clearSelection()
        self.list.setCurrentRow(-1)  # no current item
        self.name.clear()
        self.body.clear()
        self.scope.setCurrentIndex(0)
        for widget in (self.name, self.body, self.scope, self.save_button):
            widget.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.message.clear()
        self.name.setFocus()

    def save(self) -> None:
        name, body = self.name.text(), self.body.toPlainText()
        shared = self.scope.currentIndex() == 1
        user = self._library.user_id
        if user is None:
            return
        editing = self._editing
        if editing is None:
            self._library.change(
                lambda store: store.templates.add(name, body, by=user, shared=shared),
                self._saved,
            )
        else:
            self._library.change(
                lambda store: store.templates.edit(editing.id, name, body, by=user, shared=shared),
                self._saved,
            )

    def _saved(self, template: object) -> None:
        if isinstance(template, Template):
            self._editing = template
            self.message.setText(
                translate("TemplatesDialog", "Saved “{name}”.").format(name=template.name)
            )
            self.delete_button.setEnabled(True)

    def delete(self) -> None:
        editing, user = self._editing, self._library.user_id
        if editing is None or user is None:
            return
        self._library.change(lambda store: store.templates.delete(editing.id, by=user))
        self.start_new()
        self.message.setText(
            translate("TemplatesDialog", "Deleted “{name}”.").format(name=editing.name)
        )

    def _refused(self, sentence: str) -> None:
        self.message.setText(sentence)
