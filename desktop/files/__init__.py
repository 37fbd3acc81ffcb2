"""Files people exchange with other programs: contacts (vCard, CSV) and conversation
exports. Pure: bytes and text in, data out; no database, no Qt."""
