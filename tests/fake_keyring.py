"""Keyrings for the tests: one in memory, one that has none (keyring's "fail" backend), never the user's own.

`memory_keyring` and `no_keyring` are fixtures; whichever a test uses is put back to what it was afterwards.
PYTHON_KEYRING_BACKEND=fake_keyring.FileKeyring (with UNNM_TEST_KEYRING_FILE) gives a command run in another
process a keyring the test can fill beforehand.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

ENV_FILE = "UNNM_TEST_KEYRING_FILE"


class MemoryKeyring(KeyringBackend):
    """A usable keyring that forgets everything with the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.asked: list[tuple[str, str]] = []

    def _load(self) -> dict[tuple[str, str], str]:
        return self.entries

    def _save(self, entries: dict[tuple[str, str], str]) -> None:
        self.entries = entries

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.append((service, username))
        return self._load().get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[(service, username)] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)


class FileKeyring(MemoryKeyring):
    """The same, kept in the JSON file UNNM_TEST_KEYRING_FILE names: shared with a command in another process."""

    def _load(self) -> dict[tuple[str, str], str]:
        path = Path(os.environ[ENV_FILE])
        rows = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
        return {(service, user): password for service, user, password in rows}

    def _save(self, entries: dict[tuple[str, str], str]) -> None:
        rows = [[service, user, password] for (service, user), password in entries.items()]
        Path(os.environ[ENV_FILE]).write_text(json.dumps(rows), encoding="utf-8")


@pytest.fixture(name="memory_keyring")
def memory_keyring_fixture() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture(name="no_keyring")
def no_keyring_fixture() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
