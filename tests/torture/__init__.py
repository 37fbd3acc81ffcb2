"""``make torture``: kill desks mid-send and mid-ingest, then count what was lost or sent twice.

Not part of ``make test`` (it takes minutes): run by hand or before a release. Each scenario
drives real desk processes (``tests.torture.desk``: the real store, sync engine and Twilio
adapter) against the embedded demo gateway over HTTP on 127.0.0.1, kills them with SIGKILL
at moments chosen by what they are doing, restarts them, and at the end lets them drain and
compares what the store holds with what the gateway holds.
"""
