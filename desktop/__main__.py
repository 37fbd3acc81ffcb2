"""``python -m desktop`` starts SMS Desk, as the ``smsdesk`` command does."""

import sys

from desktop.app import main

sys.exit(main())
