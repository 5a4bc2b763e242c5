"""A throwaway X server (Xvfb) for the tests that drive the real program through X (test_gui_kill.py,
test_xdotool_meeting.py).

Xvfb chooses a free display itself (-displayfd) and says which; two started at the same moment (two xdist
workers) can both be told the same one, and the loser cannot be reached. So the display is tried before it is
used, and a server that cannot be reached is replaced by a new one.
"""

from __future__ import annotations

import os
import subprocess
import time

ATTEMPTS = 5


def start_x_server(*extra: str) -> tuple[subprocess.Popen[str], str]:
    """An Xvfb that answers, and its display (":N"); the caller terminates the process."""
    for _attempt in range(ATTEMPTS):
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        display = ":" + xvfb.stdout.readline().strip()  # type: ignore[union-attr]
        if display != ":" and _answers(display):
            return xvfb, display
        xvfb.terminate()
        xvfb.wait(timeout=30)
        time.sleep(0.2)
    raise RuntimeError(f"no X server could be started in {ATTEMPTS} attempts")


def _answers(display: str) -> bool:
    env = {**os.environ, "DISPLAY": display}
    for _ in range(20):
        done = subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True, timeout=30)
        if done.returncode == 0:
            return True
        time.sleep(0.1)
    return False
