"""How the directory's sentences name a time and a name: the time of a save, a name kept out of the
sentence's reading direction."""

from __future__ import annotations

from unnm_desktop.domain.clock import meeting_now


def save_time() -> str:
    """The time of a save, with seconds so that two saves in a row can be told apart (the same in both
    interface languages: 24-hour clock)."""
    return meeting_now(None).strftime("%H:%M:%S")  # the directory is shared: Istanbul, the Network's zone


def isolate(text: str) -> str:
    """Wrap a name in Unicode isolates so an Arabic name does not reorder the English sentence around it."""
    return f"\u2068{text}\u2069"
