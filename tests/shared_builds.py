"""Under pytest-xdist: what a template build makes, made once per run for all the workers in a folder they share.

Each worker used to build every template its tests asked for (a demo database takes seconds), so the workers built
the same ones side by side. Now the first worker to ask builds it while holding a file lock; a worker asking
meanwhile waits for the lock, then finds it built and copies it as it would its own.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_RESULT = "result.pickle"  # written last: its presence says the build is complete


def built_once(folder: Path, build: Callable[[Path], T]) -> T:
    """`build(folder)` run by the first process to ask for `folder`; what it returned (pickled beside what it
    built) for every process asking after it."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the lock file is closed
        result_file = folder / _RESULT
        if result_file.exists():
            return pickle.loads(result_file.read_bytes())
        shutil.rmtree(folder, ignore_errors=True)  # what a failed build left behind
        folder.mkdir()
        result = build(folder)
        unfinished = result_file.with_suffix(".partial")
        unfinished.write_bytes(pickle.dumps(result))
        os.replace(unfinished, result_file)
        return result


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower())
