"""A rotating log file in the platform log folder; the user never sees a traceback, the log keeps it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from unnm_desktop.paths import log_dir

LOG_FILE_NAME = "unnm-desktop.log"
_configured: Path | None = None


def setup_logging() -> Path | None:
    """Log to <log folder>/unnm-desktop.log (1 MB × 5); returns the file, or None if it can't be written."""
    global _configured
    if _configured is not None:
        return _configured
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured = folder / LOG_FILE_NAME
    return _configured
