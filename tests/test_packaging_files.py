"""The packaging files agree with pyproject.toml and with each other (fast: PyInstaller is not run here;
packaging/build_bundle.py builds and smoke-tests the real bundle in CI)."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


class _Recorder:
    """Stands in for PyInstaller's Analysis / PYZ / EXE / COLLECT and keeps what the spec passed."""

    made: list[_Recorder]

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs
        self.made.append(self)


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    made: dict[str, list[_Recorder]] = {}

    def recorder(kind: str) -> type[_Recorder]:
        made[kind] = []
        return type(kind, (_Recorder,), {"made": made[kind]})

    analysis_class = recorder("Analysis")

    def analysis(*args: object, **kwargs: object) -> _Recorder:
        result = analysis_class(*args, **kwargs)
        result.pure, result.scripts, result.binaries, result.datas = [], [], [], []  # type: ignore[attr-defined]
        return result

    namespace = {
        "SPECPATH": str(PACKAGING),
        "Analysis": analysis,
        "PYZ": recorder("PYZ"),
        "EXE": recorder("EXE"),
        "COLLECT": recorder("COLLECT"),
    }
    spec = PACKAGING / "unnm-desktop.spec"
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    monkeypatch.undo()
    return SimpleNamespace(ns=namespace, **made)


@pytest.fixture(scope="module")
def spec_linux() -> SimpleNamespace:
    with pytest.MonkeyPatch.context() as monkeypatch:
        return run_spec("linux", monkeypatch)


def test_spec_reads_name_and_version_from_pyproject(spec_linux: SimpleNamespace) -> None:
    ns = spec_linux.ns
    assert "tomllib" in (PACKAGING / "unnm-desktop.spec").read_text(encoding="utf-8")
    assert ns["APP_NAME"] == PROJECT["name"] == "unnm-desktop"
    assert ns["APP_VERSION"] == PROJECT["version"]
    (exe,) = spec_linux.EXE
    assert exe.kwargs["name"] == PROJECT["name"]
    (collect,) = spec_linux.COLLECT
    assert collect.kwargs["name"] == PROJECT["name"]


def test_spec_bundles_ui_resources_and_migrations_where_the_app_looks(spec_linux: SimpleNamespace) -> None:
    (analysis,) = spec_linux.Analysis
    datas = {(Path(source).resolve(), Path(target).as_posix()) for source, target in analysis.kwargs["datas"]}
    for source in (ROOT / "ui").glob("*.ui"):
        assert (source, "unnm_desktop/_data/ui") in datas, source.name
    for required, target in (
        ("resources/reference/gcm_objectives.json", "unnm_desktop/_data/resources/reference"),
        ("resources/demo/meetings.json", "unnm_desktop/_data/resources/demo"),
        ("resources/templates/minutes.docx", "unnm_desktop/_data/resources/templates"),
        ("resources/icons/unnm-desktop-256.png", "unnm_desktop/_data/resources/icons"),
        ("resources/translations/unnm_desktop_tr.qm", "unnm_desktop/_data/resources/translations"),
        ("docs/user-guide.tr.md", "unnm_desktop/_data/docs"),
        ("unnm_desktop/store/migrations/env.py", "unnm_desktop/store/migrations"),
        ("unnm_desktop/store/migrations/script.py.mako", "unnm_desktop/store/migrations"),
        ("unnm_desktop/store/migrations/versions/0001_initial_schema.py", "unnm_desktop/store/migrations/versions"),
    ):
        assert ((ROOT / required).resolve(), target) in datas, required
    assert not any("__pycache__" in str(source) for source, _ in datas)
    # The package's own modules, some of which are imported by name at run time (gui/lazy_services.py).
    assert "unnm_desktop.commands" in analysis.kwargs["hiddenimports"]
    assert "unnm_desktop.gui.main_window" in analysis.kwargs["hiddenimports"]


def test_spec_keeps_used_qt_modules_and_excludes_the_rest(spec_linux: SimpleNamespace) -> None:
    (analysis,) = spec_linux.Analysis
    excludes = set(analysis.kwargs["excludes"])
    for used in ("QtCore", "QtGui", "QtWidgets", "QtUiTools", "QtPrintSupport"):
        assert f"PySide6.{used}" not in excludes
        assert f"PySide6.{used}" in analysis.kwargs["hiddenimports"]
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtTest", "QtSql", "QtWebEngineCore", "QtMultimedia"):
        assert f"PySide6.{unused}" in excludes
    # Every module the app imports from PySide6 is kept.
    imported = set()
    for source in (ROOT / "unnm_desktop").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert not {f"PySide6.{name}" for name in imported} & excludes


def test_spec_filters_qt_translations_plugins_and_host_libraries(spec_linux: SimpleNamespace) -> None:
    keep = spec_linux.ns["keep"]
    assert keep(("PySide6/Qt/translations/qtbase_tr.qm", "", "DATA"))
    assert not keep(("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"))
    assert keep(("PySide6/Qt/plugins/platforms/libqxcb.so", "", "BINARY"))
    assert keep(("PySide6/Qt/plugins/platforms/libqwayland.so", "", "BINARY"))
    assert not keep(("PySide6/Qt/plugins/platforms/libqvnc.so", "", "BINARY"))
    assert not keep(("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "", "BINARY"))
    assert keep(("libxcb-cursor.so.0", "", "BINARY"))  # missing on many fresh desktops: bundled
    assert keep(("libsqlite3.so.0", "", "BINARY"))  # Python's sqlite3, with FTS5
    assert not keep(("libstdc++.so.6", "", "BINARY"))
    assert not keep(("libfontconfig.so.1", "", "BINARY"))
    assert not keep(("libglib-2.0.so.0", "", "BINARY"))
    assert keep(("unnm_desktop/_data/resources/translations/unnm_desktop_tr.qm", "", "DATA"))


def test_spec_on_windows_makes_a_windowed_program_with_the_icon_and_a_console_twin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = run_spec("win32", monkeypatch)
    gui, cli = spec.EXE
    assert gui.kwargs["name"] == "unnm-desktop" and gui.kwargs["console"] is False
    assert cli.kwargs["name"] == "unnm-desktop-cli" and cli.kwargs["console"] is True
    assert Path(gui.kwargs["icon"]) == ICONS / "unnm-desktop.ico"
    (collect,) = spec.COLLECT
    assert gui in collect.args and cli in collect.args


def read_desktop_file() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "org.unnm.Desktop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_type_and_globs() -> tuple[str, list[str]]:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / "org.unnm.Desktop.mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None
    return mime.get("type", ""), [glob.get("pattern", "") for glob in mime.findall("m:glob", ns)]


def test_desktop_file_has_the_required_keys_and_matches_the_spec(spec_linux: SimpleNamespace) -> None:
    ns = spec_linux.ns
    assert (PACKAGING / "linux" / f"{ns['APP_ID']}.desktop").is_file()
    entry = read_desktop_file()
    for key in ("Type", "Name", "Comment", "Exec", "Icon", "Categories", "Terminal"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == ns["APP_NAME"]
    assert entry["TryExec"] == ns["APP_NAME"]
    assert entry["Icon"] == ns["APP_NAME"]
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    assert entry["StartupWMClass"] == ns["APP_NAME"]
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    mime, _globs = mime_type_and_globs()
    assert entry["MimeType"] == f"{mime};"
    assert "%f" in entry["Exec"].split()


def test_metainfo_is_well_formed_with_the_id_and_the_version_as_latest_release(spec_linux: SimpleNamespace) -> None:
    ns = spec_linux.ns
    root = ET.parse(PACKAGING / "linux" / f"{ns['APP_ID']}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == ns["APP_ID"]
    assert root.findtext("launchable") == f"{ns['APP_ID']}.desktop"
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.findtext("icon") == ns["APP_NAME"]
    assert root.findtext("provides/binary") == ns["APP_NAME"]
    assert root.findtext("provides/mediatype") == mime_type_and_globs()[0]
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == PROJECT["version"], "add a <release> for the version in pyproject.toml"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_linux_tools_accept_the_desktop_and_metainfo_files() -> None:
    ran = 0
    for tool, args in (
        ("desktop-file-validate", [str(PACKAGING / "linux" / "org.unnm.Desktop.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(PACKAGING / "linux" / "org.unnm.Desktop.metainfo.xml")]),
    ):
        if shutil.which(tool):
            result = subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)
            assert result.returncode == 0, result.stdout + result.stderr
            if tool == "desktop-file-validate":
                assert not result.stdout.strip(), result.stdout  # warnings too
            ran += 1
    if not ran:
        pytest.skip("neither desktop-file-validate nor appstreamcli is installed")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_every_icon_size_is_a_png_of_that_size() -> None:
    svg = ET.parse(ICONS / "unnm-desktop.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for size in PNG_SIZES:
        assert png_size(ICONS / f"unnm-desktop-{size}.png") == (size, size)


def test_windows_icon_holds_png_images_up_to_256() -> None:
    data = (ICONS / "unnm-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for index in range(count):
        width, height, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == height
        sizes.add(width or 256)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
    assert {16, 32, 48, 256} <= sizes


def read_iss() -> str:
    raw = (PACKAGING / "windows" / "unnm-desktop.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads non-ASCII text only from UTF-8 with a BOM"
    return raw.decode("utf-8-sig")


def test_inno_setup_script_installs_per_user_and_associates_meeting_packages(spec_linux: SimpleNamespace) -> None:
    iss = read_iss()
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}", iss, re.M)
    assert re.search(r'^#ifndef AppVersion$\s+#define AppVersion "', iss, re.M)
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.M)
    assert f'#define AppExeName "{spec_linux.ns["APP_NAME"]}.exe"' in iss
    _mime, globs = mime_type_and_globs()
    # Windows associates one plain extension (never ".json": that would take over every JSON file); Linux
    # knows it too, and also the package format's suggested "*.unnm.json".
    assert '#define PackageExt ".unnmpkg"' in iss
    assert "*.unnmpkg" in globs and "*.unnm.json" in globs
    assert r"Software\Classes\{#PackageExt}" in iss
    assert r'shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""' in iss
    assert re.search(r"^Name: \"\{autoprograms\}\\\{#AppName\}\"", iss, re.M)  # Start menu
    assert re.search(r'^Name: "desktopicon".*Flags: unchecked', iss, re.M)
    assert r'Source: "{#DistDir}\unnm-desktop\*"' in iss
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M)
    assert icon and (PACKAGING / "windows" / icon.group(1).replace("\\", "/")).resolve() == ICONS / "unnm-desktop.ico"
    assert "AppId={{" in iss


def test_packaging_extra_holds_pyinstaller_and_runtime_dependencies_do_not() -> None:
    assert any(req.lower().startswith("pyinstaller") for req in PROJECT["optional-dependencies"]["packaging"])
    assert not any("pyinstaller" in req.lower() or "pillow" in req.lower() for req in PROJECT["dependencies"])


def test_install_script_and_build_script_use_the_same_names(spec_linux: SimpleNamespace) -> None:
    install = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    assert f"app={spec_linux.ns['APP_NAME']}\n" in install
    assert f"app_id={spec_linux.ns['APP_ID']}\n" in install
    build = (PACKAGING / "build_bundle.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{spec_linux.ns["APP_ID"]}"' in build
