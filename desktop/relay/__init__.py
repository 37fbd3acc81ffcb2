"""smsdesk-relay: the web service a team runs beside its PostgreSQL database to receive its
carrier's webhooks (inbound SMS and MMS, delivery statuses), check their signatures, store
them through the desks' own store code and tell every desk at once (LISTEN/NOTIFY).

Pure Python, no Qt; its server and signature libraries are the optional extra ``relay``.
"""
