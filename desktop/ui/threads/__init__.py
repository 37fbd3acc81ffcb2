"""Work off the GUI thread: the store thread (tasks), the operations users run on it and
how their failures are told, the sync worker thread, and the store's change events."""
