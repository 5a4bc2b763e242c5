"""Errors meant for people: every message is one clear sentence saying what happened and what to do."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message can be shown to the user as it is."""


class ValidationError(UserFacingError):
    """Input that the rules do not allow; nothing was changed."""


class NotFoundError(UserFacingError):
    """A record that was asked for does not exist."""


class MeetingLockedError(UserFacingError):
    """The meeting is signed off; changes need a new revision."""
