"""The conversation panel's icons are rendered ahead a few buttons per turn of the event
loop (start-up stays responsive), and every one of them is rendered in the end."""

import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from desktop.ui.look import action_icons
from desktop.ui.look.action_icons import ACTION_ICONS, action_icon, prerender_icons_in_turns


def test_icons_are_rendered_a_few_per_turn_and_all_in_the_end(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    buttons = []
    for name in list(ACTION_ICONS)[:7]:
        button = QToolButton()
        button.setIcon(action_icon(name))
        button.setIconSize(QSize(23, 19))  # (a size nothing else renders at)
        layout.addWidget(button)
        buttons.append(button)
    rendered = action_icons._rendered
    rendered.cache_clear()

    prerender_icons_in_turns(panel, per_turn=3)
    assert rendered.cache_info().currsize == 3  # the first few now, the rest in later turns
    shiboken6.delete(buttons[4])  # a button gone before its turn is skipped
    qtbot.waitUntil(lambda: rendered.cache_info().currsize == 6, timeout=3000)
    qtbot.wait(20)
    assert rendered.cache_info().currsize == 6
