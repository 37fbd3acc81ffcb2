"""The Twilio-compatible SMS gateway adapter and the embedded demo gateway."""
