"""Server passwords in the system keyring (the optional `keyring` package), never in a file of the app's.

libpq's own means come first: a password typed for this session, PGPASSWORD, ~/.pgpass, PGPASSFILE or a
service file. Only when libpq has none ("no password supplied") is the keyring asked, under the service
"unnm-desktop" and the user name "user@host:port/dbname". Without the package, or with no usable backend (a
headless Linux has only keyring's "fail" backend), the lookup finds nothing and the connection fails as it
would have; the app never breaks for want of a keyring.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, event

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP
from unnm_desktop.store.address import ServerAddress
from unnm_desktop.store.errors import StorageError

KEYRING_SERVICE = "unnm-desktop"
DEFAULT_PORT = 5432
NO_PASSWORD_SUPPLIED = "no password supplied"  # libpq's words when the server asks and libpq has no password

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Errors",
    "This computer has no usable system keyring, so the password cannot be remembered. Keep it in ~/.pgpass "
    "(%APPDATA%\\postgresql\\pgpass.conf on Windows), in the file PGPASSFILE names, or in a service file; "
    "PostgreSQL's own client reads them.",
)

log = logging.getLogger(__name__)


def keyring_username(address: ServerAddress) -> str:
    """The entry's user name in the keyring: user@host:port/dbname, as libpq would connect."""
    parts = urlsplit(address.url)
    user = parts.username or _login_name()
    host = parts.hostname or "localhost"
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    return f"{user}@{host}:{port}/{address.database}"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # libpq would fail the same way; the entry is then simply not found
        return ""


def _keyring() -> Any:
    """The keyring module, or None when the optional package is not installed."""
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def keyring_usable() -> bool:
    """Whether a password can be kept in a system keyring here (the package and a working backend)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: as good as none
        return False
    if isinstance(backend, fail.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def stored_password(address: ServerAddress) -> str | None:
    """The password the keyring holds for `address`, or None (no package, no backend, no entry)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_username(address))
    except Exception as error:  # the keyring's own failure (locked, no backend) is not the connection's
        log.info("no password from the keyring for %s: %s", address.display, type(error).__name__)
        return None


def remember_password(address: ServerAddress, password: str) -> None:
    """Keep `password` in the keyring for `address`; StorageError(NO_KEYRING) when there is none to keep it."""
    if not keyring_usable():
        raise StorageError(NO_KEYRING)
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_username(address), password)
    except Exception as error:
        log.warning("the keyring refused the password for %s: %s", address.display, type(error).__name__)
        raise StorageError(NO_KEYRING) from None


def forget_password(address: ServerAddress) -> None:
    """Remove the keyring's entry for `address`, if there is one."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_username(address))
    except Exception:  # no such entry, or no backend: nothing is kept either way
        return


def asks_for_password(error: BaseException) -> bool:
    """Whether a failed connection failed only because libpq had no password to give."""
    return NO_PASSWORD_SUPPLIED in str(error)


def fall_back_to_keyring(
    engine: Engine, address: ServerAddress, lookup: Callable[[ServerAddress], str | None] = stored_password
) -> None:
    """Connect as libpq would; when it has no password for a server that asks for one, try the keyring's.

    The password found is kept for the engine's later connections (in memory, for this engine only)."""
    found: list[str] = []

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, _record: object, cargs: list[Any], cparams: dict[str, Any]) -> Any:
        if cparams.get("password"):
            return None  # typed for this session: libpq's ordinary connection
        if found:
            cparams["password"] = found[0]
            return None
        try:
            return dialect.connect(*cargs, **cparams)
        except Exception as error:
            if not asks_for_password(error):
                raise
            password = lookup(address)
            if not password:
                raise
            found.append(password)
            cparams["password"] = password
            return dialect.connect(*cargs, **cparams)
