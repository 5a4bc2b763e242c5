"""Screenshots of each pane on the demo database, for README and the user guide.

    python docs/screenshots/make_screenshots.py [--scale 2]

Runs offscreen (no display needed); writes docs/screenshots/*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio, e.g. 2 for 200 %")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    work = Path(tempfile.mkdtemp(prefix="unnm-shots-"))
    os.environ["UNNM_DESKTOP_DATA_DIR"] = str(work / "data")
    os.environ["UNNM_DESKTOP_SETTINGS_DIR"] = str(work / "settings")

    from PySide6.QtWidgets import QApplication

    from unnm_desktop.gui.main_window import MainWindow
    from unnm_desktop.gui.settings import AppSettings, configure_settings_location
    from unnm_desktop.services import agenda, demo, meetings
    from unnm_desktop.services.context import open_context

    app = QApplication(sys.argv)
    configure_settings_location()
    ctx = open_context(work / "demo.sqlite3", actor="Screenshots")
    demo.fill_demo(ctx)
    window = MainWindow(ctx, AppSettings())
    window.resize(1280, 800)
    window.show()
    latest = meetings.resolve_meeting(ctx, "UNNM-TR/2023/1")
    items = agenda.list_items(ctx, latest)
    from unnm_desktop.services import decisions

    with_decisions = {d.agenda_item_id for d in decisions.list_decisions(ctx, latest)}
    substantive = next(i for i in items if i.id in with_decisions)
    window.open_meeting(latest, substantive.id)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}"
    shots = {"details": 0, "attendance": 1, "agenda": 2, "decisions": 3, "actions": 4}
    for name, tab in shots.items():
        window.show_tab(tab)
        app.processEvents()
        window.grab().save(str(args.out / f"{name}{suffix}.png"))
        print(args.out / f"{name}{suffix}.png")
    window.close()
    ctx.close()


if __name__ == "__main__":
    main()
