"""Pictures keep their size, so their boxes are laid out before they are decoded.

Revision ID: 0008
Revises: 0007
Create Date: 2027-01-20 00:00:00

``media.width`` and ``media.height``: a picture's size as shown (a JPEG turned by its EXIF
orientation counts turned), read from its header when the worker fetches it or the desk
attaches it. The conversation gives each picture a box of its own shape (a portrait photo a
tall one) instead of one 3:2 box for all. Pictures stored before stay without a size and keep
the 3:2 box: their bytes are in each desk's cache, which a migration does not read.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add media.width and media.height (NULL for pictures stored before)."""
    op.add_column("media", sa.Column("width", sa.Integer(), nullable=True))
    op.add_column("media", sa.Column("height", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Drop media.width and media.height."""
    op.drop_column("media", "height")
    op.drop_column("media", "width")
