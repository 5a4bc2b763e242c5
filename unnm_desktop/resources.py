"""Locate the shipped `resources/`, `ui/` and `docs/` (user guide) folders.

In a wheel or a PyInstaller bundle they live inside the package (`_data/`); in a source checkout or an
editable install they sit at the top of the repository.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


def _top_level(name: str) -> Path:
    bundled = _PACKAGE_DIR / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _top_level("resources")


def ui_dir() -> Path:
    return _top_level("ui")


def docs_dir() -> Path:
    """The user guide (user-guide.md) and its screenshots (screenshots/*.png)."""
    return _top_level("docs")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def gcm_objectives(language: str = "en") -> dict[int, str]:
    """The 23 GCM objectives: number -> official English title, or with language="tr" the working Turkish
    rendering shown in the Turkish interface (the minutes and reports always print the official title)."""
    field = "title_tr" if language == "tr" else "title"
    entries = load_json("reference", "gcm_objectives.json")["objectives"]
    return {entry["number"]: entry.get(field) or entry["title"] for entry in entries}
