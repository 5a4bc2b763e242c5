"""Test setup shared by every test: Qt offscreen, and no test touching the user's real data folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
