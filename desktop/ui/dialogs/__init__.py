"""The dialogs: sign-in, Settings, contacts, New SMS, templates, set-aside records, help."""
