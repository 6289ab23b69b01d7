"""asyncio.log: the logger asyncio reports unhandled errors to."""

import logging

logger = logging.getLogger(__package__)
