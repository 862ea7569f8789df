"""``python -m bot`` is the ``privacywacht`` command."""

import sys

from bot.cli import main

sys.exit(main())
