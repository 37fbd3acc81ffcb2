"""Alembic migrations of the SMS Desk database (loaded by path by Alembic)."""
