"""Build the one-folder bundle of UNNM Desktop with PyInstaller, then smoke-test what was built.

    python packaging/build_bundle.py                 build dist/unnm-desktop/ and test it
    python packaging/build_bundle.py --skip-build    test the bundle already in dist/
    python packaging/build_bundle.py --archive       also pack it: dist/unnm-desktop-VERSION-linux-x86_64.tar.gz
    python packaging/build_bundle.py --installer     Windows: also run Inno Setup (ISCC) on packaging/windows/

Run it with the project's own Python (the venv the app is installed in, `pip install -e ".[packaging]"`):
PyInstaller freezes the interpreter that runs it. PyInstaller is installed into that environment if it is
missing (the `packaging` extra of pyproject.toml).

The smoke test runs the bundled program, never the checkout, with Qt's offscreen platform and every data,
log, backup and settings folder in a temporary directory: the GUI with `--exit-when-ready` on a new database
(Alembic reads the migrations from the bundle's files) and again on an existing one, `demo`, `list --json`,
`export` to .docx (opened again with python-docx) and to .pdf, and `check`. On Linux it also checks that
every bundled library finds what it links to, validates the .desktop and AppStream files when
desktop-file-validate and appstreamcli are installed, and installs the bundle into a temporary prefix with
install.sh and runs it from there. It prints the bundle's size and start time; any failure exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "unnm-desktop.spec"
LINUX_FILES = ROOT / "packaging" / "linux"
ISS = ROOT / "packaging" / "windows" / "unnm-desktop.iss"
APP_ID = "org.unnm.Desktop"
DEMO_MEETING = "UNNM-TR/2023/1"
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")


class SmokeFailure(Exception):
    """One step of the build or the smoke test went wrong; the message says which and why."""


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def say(message: str) -> None:
    print(f"[build_bundle] {message}", flush=True)


def ensure_pyinstaller() -> str:
    try:
        import PyInstaller
    except ImportError:
        requirements = project()["optional-dependencies"]["packaging"]
        say(f"PyInstaller is missing; installing {' '.join(requirements)} into {sys.prefix}")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *requirements], check=True)
        import PyInstaller
    return PyInstaller.__version__


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on the spec; its chatter goes to a log file, shown only when it fails."""
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]  # fmt: skip
    say("+ " + " ".join(command))
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        print(log.read_text(encoding="utf-8", errors="replace")[-6000:], file=sys.stderr)
        raise SmokeFailure(f"PyInstaller failed (exit {result.returncode}); the whole log is {log}")
    return elapsed


def add_linux_files(bundle: Path) -> None:
    """install.sh, the .desktop file, the metainfo and the MIME type go into the bundle folder."""
    target = bundle / "linux"
    target.mkdir(exist_ok=True)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.mime.xml"):
        shutil.copy2(LINUX_FILES / name, target / name)
    shutil.copy2(LINUX_FILES / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def bundle_size(bundle: Path) -> tuple[int, int]:
    total = files = 0
    for folder, _dirs, names in os.walk(bundle):
        for name in names:
            total += os.lstat(os.path.join(folder, name)).st_size
            files += 1
    return total, files


# Libraries that must come from the bundle itself: one that is "not found" is a packaging error. Anything
# else not found is a system library the target machine must have (docs/packaging.md lists them).
BUNDLED_NAMES = re.compile(r"lib(Qt6|icu|pyside6|shiboken6|python3)")


def check_libraries(bundle: Path) -> list[str]:
    """Linux: ldd on every bundled ELF file, with the library path the PyInstaller bootloader sets."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing: dict[str, set[str]] = {}
    checked = 0
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        checked += 1
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(internal)))
    errors = [f"{name} (needed by {', '.join(sorted(users))})" for name, users in missing.items()
              if BUNDLED_NAMES.match(name)]  # fmt: skip
    if errors:
        raise SmokeFailure("bundled libraries are missing from the bundle: " + "; ".join(errors))
    notes = [f"{name} (for {', '.join(sorted(users)[:3])})" for name, users in sorted(missing.items())]
    say(f"libraries: {checked} ELF files checked with ldd; all bundled dependencies present")
    return notes


def validate_linux_files(desktop_file: Path | None = None) -> None:
    """desktop-file-validate and appstreamcli validate, where installed (CI installs both)."""
    desktop_file = desktop_file or LINUX_FILES / f"{APP_ID}.desktop"
    checks = [
        ("desktop-file-validate", [str(desktop_file)]),
        ("appstreamcli", ["validate", "--no-net", str(LINUX_FILES / f"{APP_ID}.metainfo.xml")]),
    ]
    for tool, args in checks:
        if shutil.which(tool) is None:
            say(f"{tool}: not installed, skipped")
            continue
        result = subprocess.run([tool, *args], capture_output=True, text=True)
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or (tool == "desktop-file-validate" and output):
            raise SmokeFailure(f"{tool} {' '.join(args)} failed:\n{output}")
        say(f"{tool}: {Path(args[-1]).name} valid")


class Runner:
    """Runs the bundled program in a sandbox of temporary folders, never touching the user's data."""

    def __init__(self, executable: Path, sandbox: Path) -> None:
        self.executable = executable
        self.sandbox = sandbox
        env = {k: v for k, v in os.environ.items() if not k.startswith(("UNNM_DESKTOP_", "PYTHON"))}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            UNNM_DESKTOP_DATA_DIR=str(sandbox / "data"),
            UNNM_DESKTOP_BACKUP_DIR=str(sandbox / "backups"),
            UNNM_DESKTOP_LOG_DIR=str(sandbox / "logs"),
            UNNM_DESKTOP_SETTINGS_DIR=str(sandbox / "settings"),
        )
        self.env = env

    def run(self, *args: str, executable: Path | None = None, timeout: float = 180) -> tuple[str, float]:
        command = [str(executable or self.executable), *args]
        started = time.perf_counter()
        try:
            result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace",
                                    env=self.env, cwd=self.sandbox, timeout=timeout)  # fmt: skip
        except subprocess.TimeoutExpired as error:
            raise SmokeFailure(f"`{' '.join(command)}` did not finish within {timeout:.0f} s") from error
        wall = time.perf_counter() - started
        if result.returncode != 0:
            raise SmokeFailure(
                f"`{' '.join(command)}` exited {result.returncode}\nstdout: {result.stdout[-3000:]}\n"
                f"stderr: {result.stderr[-3000:]}"
            )
        return result.stdout, wall

    def start(self, db: Path) -> tuple[int, int, float]:
        """The GUI until it is interactive (the database open), then its exit: ('painted in N ms' and
        'interactive in N ms' from the app, wall seconds of the process)."""
        out, wall = self.run("--db", str(db), "--exit-when-ready")
        painted = re.search(r"^painted in (\d+) ms$", out, re.MULTILINE)
        interactive = re.search(r"^interactive in (\d+) ms$", out, re.MULTILINE)
        if not painted or not interactive:
            raise SmokeFailure(f"--exit-when-ready printed no 'painted in N ms' and 'interactive in N ms': {out!r}")
        return int(painted.group(1)), int(interactive.group(1)), wall


def smoke_test(bundle: Path, version: str) -> dict[str, object]:
    name = project()["name"]
    executable = bundle / (f"{name}-cli.exe" if WINDOWS else name)
    if not executable.is_file():
        raise SmokeFailure(f"the bundle has no {executable.name}")
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="unnm-smoke-") as tmp:
        sandbox = Path(tmp)
        runner = Runner(executable, sandbox)
        db = sandbox / "smoke.sqlite3"

        out, _ = runner.run("--version")
        if version not in out:
            raise SmokeFailure(f"--version printed {out.strip()!r}, expected version {version}")

        _painted, figures["first_start_ms"], figures["first_start_wall"] = runner.start(db)
        if not db.is_file():
            raise SmokeFailure(f"the first start did not create the database {db}")
        say(f"GUI on a new database (migrations run from the bundle's files): interactive in "
            f"{figures['first_start_ms']} ms")  # fmt: skip

        runner.run("demo", "--db", str(db))
        starts = [runner.start(db) for _ in range(3)]
        figures["painted_ms"] = statistics.median(painted for painted, _, _ in starts)
        figures["start_ms"] = statistics.median(interactive for _, interactive, _ in starts)
        figures["start_wall"] = statistics.median(wall for _, _, wall in starts)
        say(f"GUI on the demo database: painted in {figures['painted_ms']:.0f} ms, interactive in "
            f"{figures['start_ms']:.0f} ms (medians of 3)")  # fmt: skip

        turkish, _ = runner.run("--db", str(db), "--exit-when-ready", "--language", "tr")
        if "interface: tr (Dosya" not in turkish:
            raise SmokeFailure(f"the Turkish interface did not load from the bundle's .qm: {turkish!r}")
        say("Turkish interface: " + next(line for line in turkish.splitlines() if line.startswith("interface:")))

        listing, _ = runner.run("list", "--db", str(db), "--json")
        meetings = json.loads(listing)
        references = {meeting.get("reference") for meeting in meetings}
        if DEMO_MEETING not in references:
            raise SmokeFailure(f"list --json has no {DEMO_MEETING}: {sorted(map(str, references))}")
        say(f"list --json: {len(meetings)} meetings")

        docx_path = sandbox / "minutes.docx"
        runner.run("export", "--db", str(db), "--meeting", DEMO_MEETING, "--out", str(docx_path))
        check_docx(docx_path, next(m for m in meetings if m.get("reference") == DEMO_MEETING))
        turkish_docx = sandbox / "tutanak.docx"
        runner.run("export", "--db", str(db), "--meeting", DEMO_MEETING, "--out", str(turkish_docx), "--lang", "tr")
        check_docx(turkish_docx, next(m for m in meetings if m.get("reference") == DEMO_MEETING), "Toplantı Tutanağı")

        pdf_path = sandbox / "minutes.pdf"
        runner.run("export", "--db", str(db), "--meeting", DEMO_MEETING, "--out", str(pdf_path))
        if not pdf_path.is_file() or pdf_path.read_bytes()[:5] != b"%PDF-":
            raise SmokeFailure(f"export did not write a PDF file at {pdf_path}")
        say(f"export: minutes.pdf {pdf_path.stat().st_size // 1024} KB")

        runner.run("check", "--db", str(db))
        say("check: all is well")

        if LINUX:
            install_test(bundle, runner, version)
    return figures


def check_docx(path: Path, meeting: dict, heading: str = "Minutes of the meeting") -> None:
    try:
        import docx
    except ImportError as error:
        raise SmokeFailure("python-docx is not installed in the build environment (pip install -e .)") from error
    if not path.is_file():
        raise SmokeFailure(f"export did not write {path}")
    try:
        document = docx.Document(str(path))
    except Exception as error:
        raise SmokeFailure(f"python-docx cannot open the exported {path.name}: {error}") from error
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    if meeting["title"] not in text:
        raise SmokeFailure(f"the exported {path.name} does not contain the meeting title {meeting['title']!r}")
    if heading.casefold() not in text.casefold():
        raise SmokeFailure(f"the exported {path.name} does not contain the heading {heading!r}")
    say(f"export: {path.name} {path.stat().st_size // 1024} KB, {len(document.paragraphs)} paragraphs, "
        f"{len(document.tables)} tables, opens with python-docx")  # fmt: skip


def install_test(bundle: Path, runner: Runner, version: str) -> None:
    """install.sh into a temporary prefix, the program started through the installed link, then uninstall."""
    prefix = runner.sandbox / "prefix"
    for args in ([], ["--uninstall"]):
        result = subprocess.run(["sh", str(bundle / "install.sh"), "--prefix", str(prefix), *args],
                                capture_output=True, text=True, env=runner.env)  # fmt: skip
        if result.returncode != 0:
            raise SmokeFailure(f"install.sh {' '.join(args)} failed: {result.stdout}{result.stderr}")
        if args:
            break
        installed = prefix / "bin" / "unnm-desktop"
        out, _ = runner.run("--version", executable=installed)
        if version not in out:
            raise SmokeFailure(f"the installed program printed {out!r}")
        desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
        if f'Exec="{installed}" %f' not in desktop.read_text(encoding="utf-8"):
            raise SmokeFailure(f"the installed {desktop.name} does not start {installed}")
        for size in (16, 48, 256):
            if not (prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "unnm-desktop.png").is_file():
                raise SmokeFailure(f"install.sh did not install the {size} px icon")
        validate_linux_files(desktop)
    leftovers = [p for p in (prefix / "bin" / "unnm-desktop", prefix / "lib" / "unnm-desktop") if p.exists()]
    if leftovers:
        raise SmokeFailure(f"install.sh --uninstall left {leftovers}")
    say("install.sh: installed into a temporary prefix, started from there, uninstalled")


def archive(bundle: Path, version: str) -> Path:
    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = bundle.parent / f"{bundle.name}-{version}-{system}-{machine}"
    made = shutil.make_archive(str(base), "zip" if WINDOWS else "gztar", bundle.parent, bundle.name)
    return Path(made)


def inno_setup(version: str, dist: Path) -> Path:
    candidates = [shutil.which("iscc"), shutil.which("ISCC")]
    for env in ("ProgramFiles(x86)", "ProgramFiles"):
        if os.environ.get(env):
            candidates.append(str(Path(os.environ[env]) / "Inno Setup 6" / "ISCC.exe"))
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        raise SmokeFailure("Inno Setup 6 (ISCC.exe) is not installed; see docs/packaging.md")
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DDistDir={dist}", f"/O{dist}", str(ISS)], check=True)
    return dist / f"unnm-desktop-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--skip-build", action="store_true", help="smoke-test the bundle already in --dist")
    parser.add_argument("--archive", action="store_true", help="also pack the bundle (.tar.gz; .zip on Windows)")
    parser.add_argument("--installer", action="store_true", help="Windows: also build the Inno Setup installer")
    args = parser.parse_args(argv)

    meta = project()
    name, version = meta["name"], meta["version"]
    dist = args.dist.resolve()
    bundle = dist / name
    try:
        if args.skip_build:
            build_seconds = None
        else:
            say(f"building {name} {version} with PyInstaller {ensure_pyinstaller()} on Python "
                f"{platform.python_version()} ({sys.executable})")  # fmt: skip
            build_seconds = build(dist, args.work.resolve())
        if not bundle.is_dir():
            raise SmokeFailure(f"no bundle at {bundle}")
        notes: list[str] = []
        if LINUX:
            add_linux_files(bundle)
            notes = check_libraries(bundle)
            validate_linux_files()
        figures = smoke_test(bundle, version)
        made = archive(bundle, version) if args.archive else None
        installer = inno_setup(version, dist) if args.installer and WINDOWS else None
    except (SmokeFailure, subprocess.CalledProcessError) as error:
        print(f"[build_bundle] FAILED: {error}", file=sys.stderr, flush=True)
        return 1

    size, files = bundle_size(bundle)
    print()
    say(f"bundle: {bundle} — {size / 1e6:.1f} MB in {files} files")
    if build_seconds is not None:
        say(f"build time: {build_seconds:.0f} s")
    say(
        f"start (--exit-when-ready, offscreen): painted in {figures['painted_ms']:.0f} ms, interactive in "
        f"{figures['start_ms']:.0f} ms, process {figures['start_wall'] * 1000:.0f} ms start to exit (medians of 3, "
        f"demo database); first start on a new database interactive in {figures['first_start_ms']} ms"
    )
    for note in notes:
        say(f"system library not on this machine (the target needs it for that part): {note}")
    if made:
        say(f"archive: {made} — {made.stat().st_size / 1e6:.1f} MB")
    if installer:
        say(f"installer: {installer}")
    say("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
