"""MMS pictures on this computer: the disk cache of received ones and the published folder
that sent ones are fetched from. No Qt."""
