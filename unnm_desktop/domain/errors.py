"""Errors meant for people: every message is one clear sentence saying what happened and what to do.

A message is written as a template with named fields, marked with `QT_TRANSLATE_NOOP("Errors", ...)` so
that `pyside6-lupdate` collects it for the Turkish interface; the GUI shows `error.translated(translate)`,
the command line and logs show `str(error)` (English). The domain never imports Qt: the marker below is a
plain function with the name lupdate looks for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate recognises
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


class UserFacingError(Exception):
    """An error whose message can be shown to the user as it is.

    `template` may contain {named} fields filled from `params`; a message built elsewhere (already
    formatted, or made of translated parts) is shown as it is when no translation of it exists.
    """

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params
        super().__init__(_fill(template, params))

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the interface language; `translate(context, source)` is Qt's translate."""
        translated_params = {
            key: value.translated(translate) if isinstance(value, (Message, UserFacingError)) else value
            for key, value in self.params.items()
        }
        text = translate(ERRORS_CONTEXT, self.template) if self.template else ""
        try:
            return _fill(text, translated_params) if text else str(self)
        except (KeyError, IndexError, ValueError):  # a damaged translation never hides the message
            return str(self)


def _fill(template: str, params: Mapping[str, Any]) -> str:
    return template.format(**params) if params else template


class Message(str):
    """A sentence for people that is not an error (a check result, a summary line): it is the English text
    wherever a str is expected (command line, JSON, logs), and the GUI shows `translated(translate)`.
    Mark the template with `QT_TRANSLATE_NOOP("Errors", ...)` like error messages.
    """

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        made = super().__new__(cls, _fill(template, params))
        made.template = template
        made.params = params
        return made

    def translated(self, translate: Callable[[str, str], str]) -> str:
        translated_params = {
            key: value.translated(translate) if isinstance(value, (Message, UserFacingError)) else value
            for key, value in self.params.items()
        }
        try:
            return _fill(translate(ERRORS_CONTEXT, self.template), translated_params)
        except (KeyError, IndexError, ValueError):
            return str(self)


class JoinedMessage(Message):
    """Sentences (Message or plain text) shown one after another: the English text joined with `separator`,
    and in the GUI each sentence in the interface language."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = " ") -> JoinedMessage:
        parts = tuple(parts)
        made = super().__new__(cls, separator.join(parts))
        made.parts, made.separator = parts, separator
        return made

    def translated(self, translate: Callable[[str, str], str]) -> str:
        return self.separator.join(
            part.translated(translate) if isinstance(part, (Message, UserFacingError)) else part for part in self.parts
        )


class ValidationError(UserFacingError):
    """Input that the rules do not allow; nothing was changed."""


class NotFoundError(UserFacingError):
    """A record that was asked for does not exist."""


class MeetingLockedError(UserFacingError):
    """The meeting is signed off; changes need a new revision."""


class ConcurrentChangeError(UserFacingError):
    """Someone else changed the record after the editor read it: nothing was saved, and the message shows
    the other change so that the person can copy what they need from their own text and reload."""

    def __init__(
        self, template: str = "", /, *, record_id: str = "", current_version: int | None = None, **params: Any
    ) -> None:
        super().__init__(template, **params)
        self.record_id = record_id
        self.current_version = current_version
