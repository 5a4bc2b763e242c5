"""`unnm-desktop ARGS` as a user runs it: a process of its own, with its exit status, stdout and stderr.

A fresh interpreter spends most of a second importing SQLAlchemy, Alembic and python-docx before each command
(issue 11: the suite's time); here each command is a process forked from one interpreter that has imported
them (tests/cli_forker.py), then runs `python -m unnm_desktop` in it with the test's environment and working
folder. What a cold start loads, and the entry point installed by pip, are checked with fresh interpreters in
tests/test_cli_layout.py and tests/test_packaging.py.
"""

from __future__ import annotations

import atexit
import json
import locale
import os
import select
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT_S = 300

_FORKER = Path(__file__).with_name("cli_forker.py")


class _Forker:
    """The one interpreter the commands are forked from, started on first use, ended when the tests end."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(_FORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._outputs = tempfile.TemporaryDirectory(prefix="unnm-cli-", ignore_cleanup_errors=True)

    def run(self, args: tuple[str, ...], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        stdout, stderr = Path(self._outputs.name, "stdout"), Path(self._outputs.name, "stderr")
        request = {"argv": list(args), "env": env, "cwd": os.getcwd(), "stdout": str(stdout), "stderr": str(stderr)}
        self._send(json.dumps(request))
        pid = int(self._answer(timeout_s=30))
        try:
            status = int(self._answer(timeout_s=TIMEOUT_S))
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self._answer(timeout_s=30)
            raise
        return subprocess.CompletedProcess(["unnm-desktop", *args], status, self._read(stdout), self._read(stderr))

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.stdin.close()
            self._process.wait(timeout=30)
        self._outputs.cleanup()

    def _send(self, line: str) -> None:
        if self._process.poll() is not None:
            raise RuntimeError(f"the command forker has exited with status {self._process.returncode}")
        self._process.stdin.write(line + "\n")
        self._process.stdin.flush()

    def _answer(self, timeout_s: float) -> str:
        ready, _, _ = select.select([self._process.stdout], [], [], timeout_s)
        if not ready:
            raise subprocess.TimeoutExpired(str(_FORKER), timeout_s)
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the command forker has exited with status {self._process.wait(timeout=30)}")
        return line

    @staticmethod
    def _read(path: Path) -> str:
        """The output decoded as `subprocess.run(text=True)` decodes it (universal newlines)."""
        text = path.read_bytes().decode(locale.getpreferredencoding(False))
        return text.replace("\r\n", "\n").replace("\r", "\n")


_forker: _Forker | None = None


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`unnm-desktop *args` in the test's environment (os.environ, updated with `env`) and working folder."""
    global _forker
    if _forker is None:
        _forker = _Forker()
        atexit.register(_forker.close)
    return _forker.run(args, {**os.environ, **(env or {})})


def run_clean(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`run(*args)`, failing the test if the command printed a traceback (whatever its exit status)."""
    done = run(*args, env=env)
    assert "Traceback" not in done.stderr, done.stderr
    return done
