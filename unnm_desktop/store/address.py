"""Where the register lives: a SQLite file (the default, a laptop) or a PostgreSQL server (a secretariat team).

`--db`, UNNM_DESKTOP_DB and File → Connect to a server… all take either a path or an address such as
`postgresql://alice@db.example.org:5432/unnm`. The address the app shows and stores never carries a
password: libpq's own means (~/.pgpass, PGPASSFILE, a service file) or the system keyring supply it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import SplitResult, parse_qs, urlsplit, urlunsplit

SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_address(value: object) -> bool:
    return isinstance(value, (str, ServerAddress)) and (
        isinstance(value, ServerAddress) or (value.split("://", 1)[0].lower() in SERVER_SCHEMES and "://" in value)
    )


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database, by a libpq connection URI (the password, if one was typed, kept apart)."""

    url: str  # postgresql://user@host:port/dbname?sslmode=…, without a password
    password: str | None = field(default=None, repr=False)  # never in a log or a crash report

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        parts = urlsplit(text.strip())
        password = parts.password
        netloc = parts.netloc
        if password is not None:
            user_part, _, host_part = netloc.rpartition("@")
            netloc = f"{user_part.split(':', 1)[0]}@{host_part}"
        if not netloc:
            # postgresql:///?service=unnm (all from a pg_service.conf): urlunsplit would drop the "//".
            return cls(f"postgresql://{parts.path or '/'}" + (f"?{parts.query}" if parts.query else ""), password)
        clean = SplitResult("postgresql", netloc, parts.path, parts.query, "")
        return cls(urlunsplit(clean), password)

    @property
    def database(self) -> str:
        return urlsplit(self.url).path.lstrip("/")

    @property
    def user(self) -> str | None:
        return urlsplit(self.url).username

    @property
    def display(self) -> str:
        """What the window title and messages show: user@host:port/dbname."""
        parts = urlsplit(self.url)
        if not parts.netloc:  # everything from a service file: named by the service
            service = parse_qs(parts.query).get("service")
            return f"service {service[0]}{parts.path.rstrip('/')}" if service else self.url
        return f"{parts.netloc}{parts.path}" or self.url

    def sqlalchemy_url(self) -> str:
        """The same address for SQLAlchemy with the psycopg 3 driver (libpq reads .pgpass and service files)."""
        return "postgresql+psycopg" + self.url[len("postgresql") :]

    @property
    def name(self) -> str:
        return self.display

    def __str__(self) -> str:
        return self.url


Location = Path | ServerAddress
"""A database: a SQLite file or a server."""


def parse_location(value: str | Path | ServerAddress) -> Location:
    if isinstance(value, ServerAddress):
        return value
    if isinstance(value, str) and is_server_address(value):
        return ServerAddress.parse(value)
    return Path(value).expanduser().resolve()


def resolve_database(cli_value: str | Path | None, saved_server: str | None = None) -> Location:
    """The database named by `--db`, else $UNNM_DESKTOP_DB, else the server saved in Settings (the GUI's
    `saved_server`), else the platform data folder's file; a postgresql:// address names a database on a server."""
    import os

    from unnm_desktop.paths import ENV_DB, resolve_db_path

    chosen = cli_value or os.environ.get(ENV_DB) or saved_server
    if isinstance(chosen, str) and is_server_address(chosen):
        return parse_location(chosen)
    return resolve_db_path(cli_value)
