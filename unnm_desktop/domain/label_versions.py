"""Which version of the printed labels (the words of the minutes: "Signed off on …", "Presenter"…) a sign-off uses.

Signed-off minutes are verified by rendering their stored content again and comparing it with the Word file,
so the words around the content must be those of the day they were signed off. Each sign-off stores the label
version it was printed with; a correction of the labels is a new version (`unnm_desktop/export/labels.py`),
never an edit of an old one. Drafts and new sign-offs use the latest version.
"""

from __future__ import annotations

# The labels of every sign-off made before label versions existed; a package or row without a version means it.
FIRST_LABEL_VERSION = 1
# Version 2: Turkish "onaylandı" for signed off (as on the screen) and "Sunucu" for the presenter role.
# Version 3: open ad referendum positions and silences in words, the silence's deadline in the meeting's local
# date and time (version 2 printed its UTC date), and the addenda's words (issue 14).
LATEST_LABEL_VERSION = 3


def is_known_label_version(version: object) -> bool:
    """A version this build can print (a package from a newer build may name one it cannot)."""
    return (
        isinstance(version, int)
        and not isinstance(version, bool)
        and FIRST_LABEL_VERSION <= version <= LATEST_LABEL_VERSION
    )
