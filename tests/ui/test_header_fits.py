"""The conversation header's owner status fits at 1024 px: short words, the rule behind
them ("the first to reply owns it") in the tooltip."""

from PySide6.QtWidgets import QApplication

from desktop.core.models import ContactDraft
from tests.ui.windows import activate

PEER = "+14155550134"


def test_unowned_fits_beside_the_number_at_1024_px(qtbot, main_window, demo_gateway):
    main_window.desk.session.contacts.save(ContactDraft("Olivia Bennett", (PEER,)))
    demo_gateway.inbound(PEER, "Hello?")
    qtbot.waitUntil(lambda: main_window.chat_model.find(PEER) is not None, timeout=5000)
    main_window.resize(1024, 720)
    main_window.open_conversation(main_window.chat_model.find(PEER))
    header = main_window.conversation.header
    qtbot.waitUntil(lambda: header._subtitle.text() == "(415) 555-0134", timeout=3000)
    activate(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.width() == 1024, timeout=3000)
    QApplication.processEvents()
    owner = header.owner
    assert owner.isVisible()
    shown = owner.text()
    assert shown == "Unowned"
    # Drawn whole, and in the room the header keeps for it whatever the font (the toolbar
    # gives up its words first), not only where this font happens to leave space.
    needed = owner.fontMetrics().horizontalAdvance(shown)
    assert needed <= owner.contentsRect().width()
    assert needed <= owner.minimumWidth()
    # The rule is a hover away.
    owner.repaint()
    assert owner.toolTip() == "<p>Unowned — the first to reply owns it</p>"
