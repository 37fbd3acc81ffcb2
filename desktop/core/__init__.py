"""Pure domain rules of SMS Desk: no I/O, no Qt."""
