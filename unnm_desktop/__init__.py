"""UNNM Desktop: offline minutes and consensus decisions for the UN Network on Migration in Türkiye."""

import time

# Taken first thing, so that `--exit-when-ready` can report the whole start-up time.
STARTED_AT = time.perf_counter()

__version__ = "0.1.0"
APP_NAME = "UNNM Desktop"
APP_ID = "unnm-desktop"
