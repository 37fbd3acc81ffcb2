"""Moving messages between the gateway and the store: inbound polling, the outbox, back-off."""
