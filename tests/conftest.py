from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from unnm_desktop.services.context import ServiceContext, open_context


@pytest.fixture(scope="session", autouse=True)
def _widgets_application_first(qapp: object) -> object:
    """The QApplication exists before any test: a PDF export alone would create a QGuiApplication,
    and widgets cannot be made in a process whose application is not a QApplication."""
    return qapp


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, backups and logs of every test go to a temporary folder, never the user's."""
    base = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("UNNM_DESKTOP_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("UNNM_DESKTOP_BACKUP_DIR", str(base / "backups"))
    monkeypatch.setenv("UNNM_DESKTOP_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("UNNM_DESKTOP_SETTINGS_DIR", str(base / "settings"))
    monkeypatch.setenv("UNNM_DESKTOP_NO_FIRST_RUN", "1")  # the welcome only where a test asks for it
    from unnm_desktop.gui.settings import configure_settings_location

    configure_settings_location()
    monkeypatch.delenv("UNNM_DESKTOP_DB", raising=False)
    return base


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite3"


@pytest.fixture
def ctx(db_path: Path) -> Iterator[ServiceContext]:
    context = open_context(db_path, actor="Test Rapporteur")
    yield context
    context.close()


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Tests read the English texts; a test that switches to Turkish leaves English behind it."""
    from unnm_desktop.gui.i18n import install_language

    install_language("en")  # does nothing when English is installed already
    yield
    install_language("en")
