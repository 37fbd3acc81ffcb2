"""The demo gateway's canned words: its contacts and their replies, and Twilio's error texts.

Pure data and one small rule (what a contact answers); the server that speaks them is
demo_server.py, the gateway demo.py.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# Asking a demo contact for a photo or picture gets one back.
ASKS_FOR_PICTURE = re.compile(r"\b(photo|picture|pic)s?\b", re.IGNORECASE)

# Twilio's own short texts, so the demo's error bodies read like the real ones.
TWILIO_TEXTS: dict[int, str] = {
    21211: "The 'To' number {to} is not a valid phone number.",
    21408: "Permission to send an SMS has not been enabled for the region indicated by the "
    "'To' number: {to}.",
    21602: "Message body is required.",
    21603: "A 'From' phone number is required.",
    21604: "A 'To' phone number is required.",
    21606: "The From phone number {from_} is not a valid, SMS-capable inbound phone number or "
    "short code for your account.",
    21610: "Attempt to send to unsubscribed recipient",
    21612: "The 'To' phone number: {to}, is not currently reachable using the 'From' phone "
    "number: {from_} via SMS.",
    21614: "'To' number is not a valid mobile number",
    21617: "The concatenated message body exceeds the 1600 character limit.",
    21620: "Invalid media URL(s).",
    21623: "Number of media files exceeds allowed limit.",
    21705: "The Messaging Service Sid {service} is invalid.",
    30003: "Unreachable destination handset",
    30005: "Unknown destination handset",
    30006: "Landline or unreachable carrier",
    30007: "Message filtered",
    30008: "Unknown error",
    30409: "This message cannot be canceled",
    35114: "Scheduling does not support this timestamp.",
}


@dataclass(frozen=True, slots=True)
class DemoContact:
    """A fictional customer who answers what the desk sends.

    Attributes:
        name: the contact's name.
        number: their number in E.164.
        replies: friendly all-purpose answers.
        answers: answers to a question (what the desk sent had a "?"); ``replies`` if empty.
    """

    name: str
    number: str
    replies: tuple[str, ...]
    answers: tuple[str, ...] = ()

    def reply_to(self, text: str, rng: random.Random | None = None) -> str:
        """Pick what this contact answers to ``text``.

        Args:
            text: what the desk sent them.
            rng: the random source (tests pass a seeded one).

        Returns:
            "STOP" to a message containing "stop me" (try an opt-out), "You're welcome!" to
            thanks, an answer to a question, else a friendly line.
        """
        rng = rng or random.Random()
        lowered = text.lower()
        if "stop me" in lowered:
            return "STOP"  # so a new user can see what an opt-out looks like
        if any(word in lowered for word in ("thank", "thx", "cheers")):
            return "You're welcome!"
        if "?" in text:
            return rng.choice(self.answers or self.replies)
        return rng.choice(self.replies)


DEMO_CONTACTS: tuple[DemoContact, ...] = (
    DemoContact(
        name="Olivia Bennett",
        number="+14155550134",
        replies=(
            "Great, thanks for letting me know!",
            "Perfect, I'll pop in this afternoon.",
            "Sounds good, see you soon.",
            "Lovely, that's really helpful.",
        ),
        answers=(
            "Yes, that works for me.",
            "Around 3 pm would be best, if that's OK?",
            "I think so. I'll double-check and get back to you.",
        ),
    ),
    DemoContact(
        name="Sam Carter",
        number="+12025550173",
        replies=(
            "Got it, I appreciate the update.",
            "Thanks, I'll look at the quote tonight.",
            "OK, talk soon.",
            "Understood, I'll let the team know.",
        ),
        answers=(
            "Yes, Thursday morning works.",
            "Not yet, I'll confirm by tomorrow.",
            "Sure, go ahead with that.",
        ),
    ),
    DemoContact(
        name="Mia Nguyen",
        number="+61491570156",
        replies=(
            "No worries, see you then!",
            "Lovely, thanks heaps.",
            "All good, I'll keep an eye out.",
            "Sounds great!",
        ),
        answers=(
            "Yes please, 10:30 would be perfect.",
            "I'm not sure yet, can I let you know tomorrow?",
            "That should be fine, thanks for checking.",
        ),
    ),
)

# (contact index, minutes ago, text): what a new user finds waiting.
GREETINGS = (
    (1, 47, "Hi, it's Sam. Could you send me the quote for the bathroom job when you can?"),
    (0, 4, "Hi, is my order ready to collect today?"),
)
