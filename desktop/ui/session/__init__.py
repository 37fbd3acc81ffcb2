"""One running desk: SmsDesk (the composition root), the first paint from the last
session's snapshot, the live settings, the sync thread's and team link's control, one
instance only, and quitting in time."""
