"""Keep resources/translations/ in step with the code: lupdate the .ts, merge translations, lrelease the .qm.

    python packaging/update_translations.py                 # collect new strings into the .ts, compile the .qm
    python packaging/update_translations.py --merge a.json  # fill translations from {context: {source: text}}
    python packaging/update_translations.py --check         # exit 1 when the .ts or .qm is out of step
    python packaging/update_translations.py --untranslated  # list what still needs a Turkish translation

The .ts is written without source locations (`-locations none`), so that moving code does not rewrite it.
Strings no longer in the code are dropped (`-no-obsolete`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("tr",)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"unnm_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"unnm_desktop_{language}.qm"


def sources() -> list[Path]:
    """Every Python module of the app (lupdate takes only marked strings) and every Designer file."""
    return sorted((ROOT / "unnm_desktop").rglob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} is not installed; install PySide6 (pip install -e .) and try again.")
    return found


def lupdate(ts: Path) -> None:
    files = [str(path.relative_to(ROOT)) for path in sources()]
    command = [_tool("lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en",
               "-target-language", ts.stem.rsplit("_", 1)[-1], *files, "-ts", str(ts)]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type) of every message; type is "" when finished."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            kind = translation.get("type", "") if translation is not None else "unfinished"
            found[(name, message.findtext("source") or "")] = (text, kind)
    return found


def merge(ts: Path, catalogues: list[Path]) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for catalogue in catalogues:
        for context, entries in json.loads(catalogue.read_text(encoding="utf-8")).items():
            for source, text in entries.items():
                if text and text.strip():
                    wanted[(context, source)] = text
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, ts)
    return filled


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def out_of_step(language: str) -> list[str]:
    """What is wrong with the committed .ts/.qm of `language`, as sentences; [] when all is in step."""
    problems: list[str] = []
    committed = ts_path(language)
    if not committed.exists():
        return [f"{committed.relative_to(ROOT)} is missing; run python packaging/update_translations.py"]
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / committed.name
        shutil.copy(committed, fresh)
        lupdate(fresh)
        before, after = set(messages(committed)), set(messages(fresh))
        for context, source in sorted(after - before):
            problems.append(f"new string not in the .ts: [{context}] {source!r}")
        for context, source in sorted(before - after):
            problems.append(f"string no longer in the code: [{context}] {source!r}")
    problems += stale_qm(language)
    return problems


def stale_qm(language: str) -> list[str]:
    """Translations of the .ts that the committed .qm does not give (compared by content, not by bytes:
    another Qt version's lrelease may lay the file out differently)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm_path(language))):
        return [f"{qm_path(language).name} is missing or unreadable; run python packaging/update_translations.py"]
    stale = [
        f"{qm_path(language).name} is stale: [{context}] {source!r}"
        for (context, source), (text, kind) in messages(ts_path(language)).items()
        if text and not kind and translator.translate(context, source) != text
    ]
    return stale[:10]


def untranslated(language: str) -> list[tuple[str, str]]:
    return [key for key, (text, kind) in messages(ts_path(language)).items() if not text or kind]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--merge", nargs="+", type=Path, metavar="JSON", help="fill translations from catalogues")
    parser.add_argument("--check", action="store_true", help="exit 1 when the .ts or .qm is out of step")
    parser.add_argument("--untranslated", action="store_true", help="list strings without a translation")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            problems = out_of_step(language) + [f"untranslated: [{c}] {s!r}" for c, s in untranslated(language)]
            print("\n".join(problems) or f"{language}: in step, everything translated")
            status = 1 if problems else status
            continue
        if args.untranslated:
            for context, source in untranslated(language):
                print(json.dumps({"context": context, "source": source}, ensure_ascii=False))
            continue
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        lupdate(ts_path(language))
        if args.merge:
            print(f"{language}: {merge(ts_path(language), args.merge)} translations merged")
        lrelease(ts_path(language), qm_path(language))
        missing = untranslated(language)
        print(f"{language}: {len(messages(ts_path(language)))} strings, {len(missing)} without a translation")
    return status


if __name__ == "__main__":
    sys.exit(main())
