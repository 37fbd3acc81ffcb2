"""Sending later: the "Send later" dialog (also for editing a scheduled message), and a
scheduled time as both clocks read it ("08:00 their time — 16:00 yours") for the
quiet-hours question (desktop.ui.conversation.question_bar) and the scheduled labels.

They are shared by the conversation's composer and the pop-ups' Reply. Nothing here talks to
the store: the caller stores what the user chose, through the store thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models import utcnow
from desktop.core.quiet_hours import zones_for
from desktop.core.segments import count_segments, describe
from desktop.ui.look import formatting
from desktop.ui.look.spoken import status_label
from desktop.ui.look.widgets import spin_box

# A scheduled message must be at least this far ahead (else: just send it).
MIN_AHEAD = timedelta(minutes=1)

# (enabled, start, end) of the quiet-hours window, read when a message is sent.
QuietHours = Callable[[], tuple[bool, time, time]]


def no_quiet_hours() -> tuple[bool, time, time]:
    return False, time(8, 0), time(21, 0)


def _wall_time(at: time) -> str:
    """A time of day as the locale writes it ("08:00", "8:00 AM"), whatever the zone it is
    meant in (a naive datetime stays at its wall-clock time)."""
    return formatting.clock_time(datetime.combine(date.today(), at))


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def _from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class SendLaterDialog(QDialog):
    """Pick when to send: a date and time (with a calendar), quick choices, and "Cancel if
    they reply first". With ``body`` it edits a scheduled message: its text too.

    Args:
        clock: the current aware UTC time (tests pass a fixed one).
        when: the time shown at first; default: in one hour.
        cancel_if_reply: the checkbox's first state.
        body: the text of the scheduled message being edited; None when scheduling a new one.
        preview: the text about to be scheduled, shown (one line) so it is clear what goes.
    """

    def __init__(
        self,
        clock: Callable[[], datetime] = utcnow,
        *,
        when: datetime | None = None,
        cancel_if_reply: bool = True,
        body: str | None = None,
        preview: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        editing = body is not None
        self.setWindowTitle(
            translate("Scheduling", "Edit scheduled message")
            if editing
            else translate("Scheduling", "Send later")
        )
        self.setObjectName("sendLaterDialog")
        now = clock()
        self.when = spin_box(QDateTimeEdit(_to_qt(when or now + timedelta(hours=1))))
        self.when.setCalendarPopup(True)
        #: a Qt date-time format (ddd, d, MMM, yyyy, HH, mm; "h:mm AP" for a 12-hour clock)
        self.when.setDisplayFormat(translate("Scheduling", "ddd d MMM yyyy  HH:mm"))
        self.when.setMinimumDateTime(_to_qt(now))
        #: label of the date and time a scheduled message goes
        send_at = translate("Scheduling", "Send at")
        self.when.setAccessibleName(send_at)
        self.when.dateTimeChanged.connect(self._validate)
        when_label = QLabel(send_at)
        when_label.setBuddy(self.when)

        in_one_hour = translate("Scheduling", "In %n hour(s)", None, 1)
        self.in_one_hour = QPushButton(in_one_hour)
        self.in_one_hour.setAccessibleName(in_one_hour)
        self.in_one_hour.clicked.connect(lambda: self.set_when(self._clock() + timedelta(hours=1)))
        tomorrow = translate("Scheduling", "Tomorrow {time}").format(time=_wall_time(time(8, 0)))
        self.tomorrow_morning = QPushButton(tomorrow)
        self.tomorrow_morning.setAccessibleName(tomorrow)
        self.tomorrow_morning.clicked.connect(lambda: self.set_when(self._tomorrow_at(8)))
        quick = QHBoxLayout()
        quick.addWidget(self.in_one_hour)
        quick.addWidget(self.tomorrow_morning)
        quick.addStretch(1)

        cancel_text = translate("Scheduling", "Cancel if they reply first")
        self.cancel_if_reply = QCheckBox(cancel_text)
        self.cancel_if_reply.setAccessibleName(cancel_text)
        self.cancel_if_reply.setChecked(cancel_if_reply)

        self.editor = None
        self.counter = QLabel()
        self.counter.setObjectName("segmentCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        status_label(self.counter, translate("Scheduling", "Message length"))
        if editing:
            from desktop.ui.conversation.composer import MessageEdit  # the composer's own box

            self.editor = MessageEdit()
            self.editor.setPlainText(body or "")
            self.editor.sig_submit.connect(self.accept)
            self.editor.textChanged.connect(self._validate)

        self.problem = QLabel()
        self.problem.setObjectName("composerHint")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            translate("Scheduling", "Save") if editing else translate("Scheduling", "Schedule"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.preview = QLabel()
        self.preview.setObjectName("sendLaterPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        #: screen-reader name of the quoted text of the message being scheduled
        self.preview.setAccessibleName(translate("Scheduling", "Message"))
        line = " ".join(preview.split())
        metrics = self.preview.fontMetrics()
        self.preview.setText(
            metrics.elidedText(
                #: the message being scheduled, in the language's quotation marks
                translate("Scheduling", "“{message}”").format(message=line),
                Qt.TextElideMode.ElideRight,
                380,
            )
            if line
            else ""
        )
        self.preview.setVisible(bool(line))
        zone = QLabel(
            #: under the date and time: they are in the computer's time zone ("CET")
            translate("Scheduling", "Your time ({zone}).").format(
                zone=f"{datetime.now().astimezone():%Z}"
            )
        )
        zone.setProperty("role", "note")
        zone.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        if self.editor is not None:
            layout.addWidget(self.editor)
            layout.addWidget(self.counter)
        row = QHBoxLayout()
        row.addWidget(when_label)
        row.addWidget(self.when, 1)
        layout.addLayout(row)
        layout.addWidget(zone)
        layout.addLayout(quick)
        layout.addWidget(self.cancel_if_reply)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._validate()

    def _tomorrow_at(self, hour: int) -> datetime:
        local = self._clock().astimezone()
        day = local.date() + timedelta(days=1)
        return datetime.combine(day, time(hour, 0), tzinfo=local.tzinfo).astimezone(UTC)

    def set_when(self, moment: datetime) -> None:
        self.when.setDateTime(_to_qt(moment))

    @property
    def scheduled_at(self) -> datetime:
        """The chosen time, aware UTC."""
        return _from_qt(self.when.dateTime())

    @property
    def body(self) -> str:
        return self.editor.toPlainText().strip() if self.editor is not None else ""

    def _problem(self) -> str:
        if self.scheduled_at < self._clock() + MIN_AHEAD:
            return translate("Scheduling", "Choose a time at least a minute from now.")
        if self.editor is not None:
            text = self.body
            count = count_segments(text)
            self.counter.setText(describe(count) if text else "")
            if not text:
                return translate("Scheduling", "Type the message to send.")
            if count.too_long:
                return translate("Scheduling", "The message is too long to send.")
        return ""

    def _validate(self, *_args: object) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        self._validate()
        if self.ok_button.isEnabled():
            super().accept()


def _their_zone(number: str) -> ZoneInfo | None:
    zones = zones_for(number)
    return ZoneInfo(zones[0]) if zones else None


def their_clock(moment: datetime, number: str) -> str:
    """``moment`` as the clock reads where ``number`` is ("08:00"); "" when their zone is
    unknown or their clock reads as the user's own (then one time says it all)."""
    zone = _their_zone(number)
    if zone is None:
        return ""
    theirs = moment.astimezone(zone)
    mine = formatting.local(moment)
    if theirs.replace(tzinfo=None) == mine.replace(tzinfo=None):
        return ""
    return _wall_time(theirs.time())


def your_time(moment: datetime, today: date | None = None) -> str:
    """``moment`` on the user's clock, with the day when it is not ``today`` (the user's
    date now): "16:00", "tomorrow 16:00", "Thu 16:00"."""
    at = formatting.local(moment)
    today = today or datetime.now().astimezone().date()
    clock = formatting.clock_time(moment)
    if at.date() == today:
        return clock
    if at.date() == today + timedelta(days=1):
        #: the user's own time of a scheduled send, e.g. "tomorrow 16:00"
        return translate("Scheduling", "tomorrow {time}").format(time=clock)
    day = QLocale().dayName(at.isoweekday(), QLocale.FormatType.ShortFormat)
    #: the user's own time of a scheduled send; {day} is a weekday ("Thu")
    return translate("Scheduling", "{day} {time}").format(day=day, time=clock)


def send_at_text(
    moment: datetime, number: str, *, take_over: bool = False, today: date | None = None
) -> str:
    """The scheduled choice's button: "Send at 08:00 their time — 16:00 yours" (or "Take
    over and send at …"); "Send at 16:00" when their clock reads as the user's."""
    theirs = their_clock(moment, number)
    mine = your_time(moment, today)
    if theirs and take_over:
        return translate(
            "Scheduling", "Take over and send at {their_time} their time — {your_time} yours"
        ).format(their_time=theirs, your_time=mine)
    if theirs:
        #: button: schedules the message for the morning where the recipient is
        return translate(
            "Scheduling", "Send at {their_time} their time — {your_time} yours"
        ).format(their_time=theirs, your_time=mine)
    if take_over:
        return translate("Scheduling", "Take over and send at {time}").format(time=mine)
    return translate("Scheduling", "Send at {time}").format(time=mine)


def scheduled_for(moment: datetime, number: str) -> str:
    """Under a message scheduled for the recipient's morning: "Scheduled for 08:00 their
    time — 16:00 yours"; "" when their clock reads as the user's (the usual label says it)."""
    theirs = their_clock(moment, number)
    if not theirs:
        return ""
    #: under a scheduled message: when it goes, on the recipient's clock and on the user's
    return translate(
        "Scheduling", "Scheduled for {their_time} their time — {your_time} yours"
    ).format(their_time=theirs, your_time=your_time(moment))
