"""The main window: its layout, commands, menus and status bar, and the chat list."""
