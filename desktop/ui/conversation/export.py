"""Printable PDF of a conversation, drawn with QTextDocument from plain text (never HTML:
message text is untrusted) onto a QPdfWriter. Safe to run outside the GUI thread."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from desktop.core.i18n import translate
from desktop.files.export import ExportRow
from desktop.system.private_files import create_private_file
from desktop.ui.look import formatting


def _readable(iso_time: str) -> str:
    """ "2026-11-25T14:05:00+01:00" → "25 Nov 2026 14:05 (UTC+01:00)" for print, the month's
    name and the time as the locale writes them."""
    moment = datetime.fromisoformat(iso_time)
    offset = moment.strftime("%z")
    day = QLocale().toString(
        QDate(moment.year, moment.month, moment.day),
        #: a Qt date format (d, MMM, yyyy) for the printed export: "25 Nov 2026"
        translate("ConversationExport", "dd MMM yyyy"),
    )
    # Naive: clock_time keeps its wall-clock time (the offset printed is this moment's own).
    time = formatting.clock_time(moment.replace(tzinfo=None))
    #: a printed message's time: "25 Nov 2026 14:05 (UTC+01:00)"
    return translate("ConversationExport", "{day} {time} (UTC{offset})").format(
        day=day, time=time, offset=f"{offset[:3]}:{offset[3:]}"
    )


def write_pdf(path: Path, heading: str, rows: Iterable[ExportRow]) -> int:
    """Write the conversation to ``path`` as a PDF; return the number of pages."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    base = QFont("DejaVu Sans")
    base.setPointSizeF(9.5)
    document.setDefaultFont(base)
    cursor = QTextCursor(document)

    title = QTextCharFormat()
    title.setFontPointSize(14)
    title.setFontWeight(QFont.Weight.Bold)
    meta = QTextCharFormat()
    meta.setFontPointSize(8)
    meta.setForeground(QColor("#6b7280"))
    body = QTextCharFormat()
    history = QTextCharFormat()
    history.setFontItalic(True)
    history.setForeground(QColor("#4b5563"))
    spaced = QTextBlockFormat()
    spaced.setTopMargin(8)

    cursor.insertText(heading, title)
    for row in rows:
        cursor.insertBlock(spaced)
        when = _readable(row.time)
        if row.kind == "history":
            cursor.insertText(f"{when} · {row.text}", history)
            continue
        if row.kind == "received":
            who = translate(
                "ConversationExport", "{when} · Received · from {sender} to {recipient} · {status}"
            )
        else:
            who = translate(
                "ConversationExport", "{when} · Sent · from {sender} to {recipient} · {status}"
            )
        line = who.format(when=when, sender=row.sender, recipient=row.recipient, status=row.status)
        cursor.insertText(line, meta)
        cursor.insertBlock()
        cursor.insertText(row.text, body)  # insertText: plain text, nothing interpreted

    # Created 0600 first: Qt would create it readable by everyone (and keeps the mode).
    create_private_file(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(heading)
    writer.setCreator("SMS Desk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        # Lay the document out in points at the page's width, then scale to the device.
        scale = writer.resolution() / 72.0
        document.setPageSize(QSizeF(page.width() / scale, page.height() / scale))
        pages = document.pageCount()
        painter.scale(scale, scale)
        width, height = document.pageSize().width(), document.pageSize().height()
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * height)
            document.drawContents(painter, QRectF(0, number * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return pages
