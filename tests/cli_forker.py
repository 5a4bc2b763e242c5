"""Runs `python -m unnm_desktop ARGS` in processes forked from this one, which has loaded the command's modules once.

Started by tests/cli_runner.py. Each line on stdin is one command as JSON: {"argv", "env", "cwd", "stdout",
"stderr"} (the last two are files that receive the output). This process forks a child that takes that
environment, working folder and output files, runs the unnm_desktop module as `python -m` does and exits with
its status as the interpreter would; it answers the child's pid, then its exit status once it has reaped it.
Nothing here opens a database, starts a thread or loads Qt before the fork: the child starts clean.
"""

import contextlib
import io
import json
import os
import runpy
import sys
import traceback

# As `python -m` does: the working folder first on the path, so the package run is the checkout's.
sys.path[0] = os.getcwd()

# What the commands load lazily, so that no command pays for it again (about 0.7 s of SQLAlchemy, Alembic,
# python-docx, openpyxl): the modules still run their own code in the child.
import unnm_desktop.cli  # noqa: E402
import unnm_desktop.export  # noqa: E402
import unnm_desktop.export.desk_docx  # noqa: E402
import unnm_desktop.export.desk_xlsx  # noqa: E402
import unnm_desktop.services.context  # noqa: E402
import unnm_desktop.services.demo  # noqa: E402
import unnm_desktop.services.maintenance  # noqa: E402
import unnm_desktop.services.package.importer  # noqa: E402, F401

assert "PySide6" not in sys.modules, "Qt loaded before the fork: the PDF export would inherit it"


def _exit_status(code: object) -> int:
    """What the interpreter makes of `SystemExit(code)`: None is 0, a number is itself, else printed and 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def _text_stream(fd: int, encoding: str, errors: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.FileIO(fd, "w", closefd=False), encoding=encoding, errors=errors)


def run_command(request: dict) -> None:
    """In the child: become the command's process, run it and exit with its status. Never returns."""
    status = 1
    try:
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        for fd, path, flags in (
            (0, os.devnull, os.O_RDONLY),
            (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
            (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        ):
            opened = os.open(path, flags, 0o600)
            os.dup2(opened, fd)
            os.close(opened)
        encoding = os.environ.get("PYTHONIOENCODING") or sys.stdout.encoding
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding=encoding)
        sys.stdout = _text_stream(1, encoding, "strict")
        sys.stderr = _text_stream(2, encoding, "backslashreplace")
        sys.argv = ["-m", *request["argv"]]
        try:
            runpy.run_module("unnm_desktop", run_name="__main__", alter_sys=True)
            status = 0
        except SystemExit as exit_request:
            status = _exit_status(exit_request.code)
        except BaseException:
            traceback.print_exc()
            status = 1
        import atexit
        import logging

        atexit._run_exitfuncs()  # what the interpreter runs at its exit (logging's handlers are flushed)
        logging.shutdown()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):  # a closed or broken stream: the status still counts
                stream.flush()
        os._exit(status)


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            run_command(request)
        print(pid, flush=True)
        _, wait_status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(wait_status), flush=True)


serve()
