"""Gateway error codes in words office staff understand: what happened and what to do.

The codes are Twilio's (SignalWire's compatible API uses the same ones); the sentences are
ours, because the gateway's own texts are written for developers.
"""

from __future__ import annotations

import re

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

#: Codes Twilio documents as "try again later": the gateway created nothing (a 400 on the send)
#: or dropped the message before sending it (a failed status, not charged), so the message
#: waits and is sent again, with a growing pause, instead of failing. Their sentences are
#: shown only where a message did fail with one (a status check that has no such rule), so
#: those that arrive as a failed status tell the person to press Retry.
#:
#: * 14107: more than 30 messages between two numbers in 30 seconds; further ones fail for
#:   30 seconds.
#: * 20429: too many requests.
#: * 21611: the From number's queue is full (answered to the send; a Messaging Service shows
#:   the same overload as 30001 after creation).
#: * 30001: queue overflow ("try sending your message again after waiting some time").
#: * 30022: US A2P 10DLC rate limit exceeded (sent faster than the campaign allows).
RETRY_LATER_CODES = frozenset({14107, 20429, 21611, 30001, 30022})

#: Longest piece of the gateway's own text we repeat: it is untrusted and written for
#: developers, so a pop-up must not fill up with it.
FALLBACK_LIMIT = 200

_GENERIC = QT_TRANSLATE_NOOP(
    "GatewayErrors",
    "The SMS gateway reported a problem but did not say what it was. "
    "Try again; if it keeps happening, tell your administrator.",
)

# One or two sentences each: what happened, then what the person can do about it. Marked
# here, translated where used: translate("GatewayErrors", _SENTENCES[code]).
_SENTENCES: dict[int, str] = {
    14107: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "Too many messages went to this number in a short time, so the gateway held this one "
        "back. Press Retry in a minute.",
    ),
    20003: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The SMS gateway refused the Account SID or auth token. Check them in Settings.",
    ),
    20404: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The SMS gateway has no record of that message. It may have been deleted there.",
    ),
    20429: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The SMS gateway is receiving too many requests right now. "
        "SMS Desk will try again in a moment.",
    ),
    21211: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's number is not a valid phone number. Check the number and try again.",
    ),
    21265: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's number is a short code, and short codes can't be sent SMS from here.",
    ),
    21266: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "You can't send an SMS to the desk's own number. Check the recipient's number.",
    ),
    21401: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's number is not a valid phone number. Check the number and try again.",
    ),
    21408: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The SMS account is not allowed to send to this country. Ask your administrator to "
        "enable the country in the gateway's messaging permissions.",
    ),
    21602: QT_TRANSLATE_NOOP(
        "GatewayErrors", "The message is empty. Type some text before sending."
    ),
    21603: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The desk has no sending number set up. Ask your administrator to set it in Settings.",
    ),
    21604: QT_TRANSLATE_NOOP(
        "GatewayErrors", "The message has no recipient. Enter the recipient's number and try again."
    ),
    21606: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The desk's sending number can't send SMS on this gateway account. "
        "Ask your administrator to check the number in Settings.",
    ),
    21610: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient replied STOP to opt out of messages from this number. "
        "They must text START before you can message them again.",
    ),
    21612: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The gateway can't send SMS to this number from the desk's number (it may be a "
        "landline or a kind of number it does not reach). Check the number or call instead.",
    ),
    21614: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's number is not a mobile number, so it can't receive SMS. "
        "Check the number or call them instead.",
    ),
    21611: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The desk's number has too many messages waiting at the SMS gateway right now. "
        "SMS Desk will send this one when the queue has room.",
    ),
    21617: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The message is longer than 1,600 characters, the gateway's limit. "
        "Shorten it or split it into several messages.",
    ),
    21619: QT_TRANSLATE_NOOP(
        "GatewayErrors", "The message is empty. Type some text before sending."
    ),
    21659: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The desk's sending number does not belong to this gateway account. "
        "Ask your administrator to check the number in Settings.",
    ),
    30001: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The gateway had too many messages waiting and dropped this one. "
        "Send it again in a few minutes.",
    ),
    30002: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The SMS gateway account is suspended, so nothing can be sent. "
        "Ask your administrator to contact the gateway provider.",
    ),
    30003: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's phone could not be reached; it may be switched off or out of "
        "coverage. Try again later.",
    ),
    30004: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The message was blocked by the recipient's phone or carrier; they may have blocked "
        "this number. Contact them another way.",
    ),
    30005: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's number does not exist or is no longer in service. Check the number.",
    ),
    30006: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's number is a landline or its carrier can't receive SMS. Call them instead.",
    ),
    30007: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's carrier filtered this message as possible spam. Rephrase it "
        "(fewer links and capitals) or contact them another way.",
    ),
    30008: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "The recipient's carrier could not deliver the message and gave no reason. "
        "Try sending it again later.",
    ),
    30022: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "US carriers limit how fast the desk's number may send, and this message went over "
        "the limit. Press Retry in a few minutes.",
    ),
    30034: QT_TRANSLATE_NOOP(
        "GatewayErrors",
        "US carriers blocked the message because the sending number is not registered for "
        "business texting (A2P 10DLC). Ask your administrator to complete the registration.",
    ),
}

# Control characters (including newlines and bidi overrides) have no place in a one-line
# reason; the gateway's text is untrusted.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def _clean(text: str) -> str:
    """Return ``text`` on one line, without control characters, capped at FALLBACK_LIMIT."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    if len(text) > FALLBACK_LIMIT:
        text = text[: FALLBACK_LIMIT - 1].rstrip() + "…"
    return text


_CANCELLED = QT_TRANSLATE_NOOP(
    "GatewayErrors",
    "The message was cancelled at the SMS gateway before it was sent. "
    "Press Retry if it should still go.",
)


def describe_error(
    code: int | None, fallback: str | None = None, *, status: str | None = None
) -> str:
    """Say in plain words what a gateway error means and what to do about it.

    Args:
        code: the gateway's error code (Twilio's numbering), if it gave one.
        fallback: the gateway's own text, used when we have no sentence for ``code``.
        status: the message's status word at the gateway, if the error is a failed
            message's (a "canceled" one without a code has a sentence of its own).

    Returns:
        One or two sentences for the person at the desk. Unknown codes get the gateway's
        text (cleaned and shortened) followed by "(error N)" so support can look it up.
    """
    if code is not None and code in _SENTENCES:
        return translate("GatewayErrors", _SENTENCES[code])
    if code is None and status is not None and status.lower() == "canceled":
        return translate("GatewayErrors", _CANCELLED)
    # The gateway's own text is untrusted and foreign: quoted as it is, never translated.
    cleaned = _clean(fallback) if fallback else ""
    if code is None:
        return cleaned or translate("GatewayErrors", _GENERIC)
    if cleaned:
        #: {gateway_text} is the gateway's own (English) explanation, shown as it came
        return translate("GatewayErrors", "{gateway_text} (error {code})").format(
            gateway_text=cleaned, code=code
        )
    return translate(
        "GatewayErrors",
        "The SMS gateway reported a problem it did not explain (error {code}). "
        "Try again; if it keeps happening, tell your administrator.",
    ).format(code=code)


def is_retry_later(code: int | None) -> bool:
    """Whether ``code`` says "try again later" (see RETRY_LATER_CODES), not "this failed"."""
    return code in RETRY_LATER_CODES


def describe_refusal(http_status: int, host: str = "", *, this_message: bool = False) -> str:
    """Say what an HTTP 4xx that is not the gateway API's own error means.

    Twilio answers every refusal with its JSON error object (a code and a message); a page
    without one (HTML from a proxy or firewall, a bare 422) came from something else on the
    way. The API creates nothing on a 4xx, so nothing was sent.

    Args:
        http_status: the HTTP status, 400-499.
        host: the gateway's host, named in the sentence about every request.
        this_message: the sentence for one message that was refused (it is shown on that
            message, with Retry); otherwise the sentence for the status bar, when every
            request is refused.

    Returns:
        Two sentences: what happened, then what to do.
    """
    if this_message and http_status == 413:
        return translate(
            "GatewayErrors",
            "The SMS gateway refused this message as too large (HTTP 413), so it was not "
            "sent. Shorten the text or send fewer or smaller pictures, then press Retry.",
        )
    if this_message:
        return translate(
            "GatewayErrors",
            "The SMS gateway refused this message (HTTP {status}) without saying why, "
            "so it was not sent. Check the number and text and press Retry; if it happens "
            "again, ask your administrator to check the gateway address and proxy in Settings.",
        ).format(status=http_status)
    if host:
        return translate(
            "GatewayErrors",
            "The SMS gateway at {host} refuses SMS Desk's requests (HTTP {status}) without "
            "saying why; a proxy or firewall in between may be blocking them. Ask your "
            "administrator to check the gateway address in Settings; messages wait until it "
            "works.",
        ).format(host=host, status=http_status)
    return translate(
        "GatewayErrors",
        "The SMS gateway refuses SMS Desk's requests (HTTP {status}) without "
        "saying why; a proxy or firewall in between may be blocking them. Ask your "
        "administrator to check the gateway address in Settings; messages wait until it works.",
    ).format(status=http_status)


def known_codes() -> frozenset[int]:
    """Return the codes describe_error has its own sentence for."""
    return frozenset(_SENTENCES)
