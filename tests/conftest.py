from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import file_order
import pytest
import ram_scratch
import shared_dialect
from database_templates import DatabaseTemplates

pytest_plugins = ["server_fixtures", "engine_fixtures", "sync_support"]


@pytest.fixture(scope="session", autouse=True)
def _templates_started(database_templates: DatabaseTemplates) -> None:
    """The template builders start with the first test, whichever it is."""


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


# A test that asks for this fixture runs at the end of its file, so that the template is built beside the tests
# before it (tests/database_templates.py).
BUILT_ALONGSIDE = "large_demo_template"


_RAM_FOLDER = pytest.StashKey[Path]()
_PASSED = pytest.StashKey[bool]()


@pytest.hookimpl(tryfirst=True)  # before pytest's own configure reads --basetemp
def pytest_configure(config: pytest.Config) -> None:
    shared_dialect.install()
    if hasattr(config.option, "loadscopereorder"):  # pytest-xdist: keep the order given below
        config.option.loadscopereorder = False
    if not hasattr(config, "workerinput"):  # the xdist workers inherit the controller's folders
        folder = ram_scratch.move_scratch_to_ram(basetemp_given=bool(config.option.basetemp))
        if folder is not None:
            config.stash[_RAM_FOLDER] = folder
            config.option.basetemp = ram_scratch.basetemp_in(folder)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_PASSED] = exitstatus == 0


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_RAM_FOLDER, None)
    if folder is None:
        return
    if config.stash.get(_PASSED, False):
        ram_scratch.remove(folder)
    else:
        print(f"\nThe tests' files are kept in {folder} (removed by the next run).")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Python's cycle collector, tuned for a long test process (its full collections took a tenth of a worker's
    time, a few hundred milliseconds each on a big heap): what the collection built (modules, fixtures,
    parameters) lives to the end of the process, so it is frozen out of the collections; and the young
    generation is collected every 10,000 new objects rather than 700, which makes full collections about ten
    times rarer (measured on 118 tests: 25 → 3, 5.0 s → 2.2 s). Garbage cycles are still freed, a little later."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Under pytest-xdist --dist loadfile the files go out in this order: the longest first (tests/file_order.py).
    # Stable: within a file the tests keep their order, but those that need the large demo come last.
    items.sort(
        key=lambda item: (
            -file_order.seconds(item.path.name),
            item.path.name,
            BUILT_ALONGSIDE in getattr(item, "fixturenames", ()),
        )
    )


@pytest.fixture(scope="session")
def database_templates(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[DatabaseTemplates]:
    """New and demo databases built once per session, copied per test (tests/database_templates.py); the large
    demo, when a collected test needs it, is built by a process of its own from the first test on."""
    # Under pytest-xdist the workers build each template once for all of them, in a folder of the run's.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    shared_folder = None if worker is None else tmp_path_factory.getbasetemp().parent / "shared-templates"
    templates = DatabaseTemplates(tmp_path_factory.mktemp("templates"), shared_folder=shared_folder)
    if any(BUILT_ALONGSIDE in getattr(item, "fixturenames", ()) for item in request.session.items):
        from large_demo_fixtures import LARGE_DEMO_ACTOR, LARGE_DEMO_MEETINGS

        large_demo = {"demo_meetings": LARGE_DEMO_MEETINGS, "actor": LARGE_DEMO_ACTOR}
        # Under pytest-xdist (the README's command) each worker collects every test without knowing which it
        # will run: the first worker builds it for all, in a folder they share; the others wait for it there.
        if shared_folder is None:
            templates.start_building(**large_demo)
        elif worker == "gw0":
            templates.start_building(**large_demo, shared_folder=shared_folder / "large-demo")
        else:
            templates.built_elsewhere(**large_demo, shared_folder=shared_folder / "large-demo")
    yield templates
    templates.close()


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Tests read the English texts; a test that switches to Turkish leaves English behind it."""
    from unnm_desktop.gui.i18n import install_language

    install_language("en")  # does nothing when English is installed already
    yield
    install_language("en")
