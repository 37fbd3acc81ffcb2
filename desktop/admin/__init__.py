"""For IT: the command line (``smsdesk users …``, ``smsdesk doctor``) and its checks. No Qt."""
