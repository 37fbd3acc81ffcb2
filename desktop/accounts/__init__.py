"""Staff accounts: extensions and passwords, their hashes, and the sign-in throttle.

The rules live here; the SQL is the store's (``desktop.store.accounts``)."""
