"""The open conversation: its header and actions, the messages (model, delegate, view),
find, the composer, pictures, send later, Transfer and export."""
