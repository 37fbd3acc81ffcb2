"""Icons, style sheets and the desktop entry, installed as the data package desktop.resources."""
