"""The computer SMS Desk runs on: its folders and settings file, private files, logs, the
OS keyring and start at login. No Qt."""
