"""Telling people a message came: the tray icon, the pop-ups and their placement, and the
notifier that decides which change gets one."""
