"""Shared bits of the benchmark scripts: a demo database of a given size, cached between runs."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(os.environ.get("UNNM_BENCH_DIR", Path(tempfile.gettempdir()) / "unnm-bench"))


def run_cli(*args: str) -> float:
    """Run `unnm-desktop ARGS` in a fresh process; return its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "unnm_desktop", *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def demo_database(meetings: int, *, fresh: bool = False) -> tuple[Path, float | None]:
    """A `demo --meetings N` database; returns (path, seconds it took, or None if it was cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("UNNM_DESKTOP_DATA_DIR", str(CACHE / "appdata"))
    path = CACHE / f"demo-{meetings}.sqlite3"
    if path.exists() and not fresh:
        return path, None
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path, run_cli("demo", "--db", str(path), "--meetings", str(meetings))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def describe(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values):.3f}  p95 {percentile(values, 0.95):.3f}  p99 {percentile(values, 0.99):.3f}"
    )


def verdict(value: float, goal: float, unit: str) -> str:
    """A figure beside its goal: met, or missed by how much."""
    if value <= goal:
        return f"goal ≤ {goal:g}{unit}: met"
    return f"goal ≤ {goal:g}{unit}: MISSED by {value - goal:.2f}{unit}" + (
        f" ({value / goal:.1f}×)" if unit != "×" else ""
    )


def sqlite_copy(path: Path, target: Path) -> Path:
    """The demo file copied to `target` (the cached one is left as it is)."""
    source, copy = sqlite3.connect(f"file:{path}?mode=ro", uri=True), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target
