"""The checks between a package's records that a JSON Schema cannot express.

Ids unique across the package, references that resolve, one row per (meeting, person) and the like, the
consensus rules on every decision, and the sign-offs' fingerprints. Each problem is raised with its JSON path.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from unnm_desktop.domain.consensus import outcome_problem
from unnm_desktop.domain.enums import MeetingStatus
from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.domain.label_versions import is_known_label_version
from unnm_desktop.services.minutes.content import fingerprint
from unnm_desktop.services.package.problems import Location, SchemaProblem, json_path
from unnm_desktop.services.package.strict_json import parse_json_text

# "this refers to <record> <id>, which is not in the package": one sentence per kind of record.
_MISSING_REFERENCE = {
    "organisation": QT_TRANSLATE_NOOP("Errors", "this refers to organisation {id}, which is not in the package."),
    "person": QT_TRANSLATE_NOOP("Errors", "this refers to person {id}, which is not in the package."),
    "meeting": QT_TRANSLATE_NOOP("Errors", "this refers to meeting {id}, which is not in the package."),
    "agenda item": QT_TRANSLATE_NOOP("Errors", "this refers to agenda item {id}, which is not in the package."),
    "decision": QT_TRANSLATE_NOOP("Errors", "this refers to decision {id}, which is not in the package."),
    "action point": QT_TRANSLATE_NOOP("Errors", "this refers to action point {id}, which is not in the package."),
    "sign-off": QT_TRANSLATE_NOOP("Errors", "this refers to sign-off {id}, which is not in the package."),
}


class Rules:
    """The checks between records that a JSON Schema cannot express."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.ids: dict[str, Location] = {}
        self.org_ids: set[str] = set()
        self.person_ids: set[str] = set()
        self.meeting_ids: set[str] = set()
        self.actions: dict[str, str] = {}  # action id -> meeting id
        self.decisions: set[str] = set()

    def check(self) -> None:
        doc = self.doc
        for i, org in enumerate(doc["organizations"]):
            self._define(org["id"], ("organizations", i))
            self.org_ids.add(org["id"])
            for j, alias in enumerate(org["aliases"]):
                self._define(alias["id"], ("organizations", i, "aliases", j))
        for i, person in enumerate(doc["people"]):
            self._define(person["id"], ("people", i))
            self.person_ids.add(person["id"])
        for i, person in enumerate(doc["people"]):
            self._ref(person["organization_id"], self.org_ids, ("people", i, "organization_id"), "organisation")
        self._collect_meetings()
        self._unique_values(
            "reference",
            [("meetings", i, m) for i, m in enumerate(doc["meetings"])]
            + [("referenced_meetings", i, m) for i, m in enumerate(doc["referenced_meetings"])],
        )
        for i, meeting in enumerate(doc["referenced_meetings"]):
            base: Location = ("referenced_meetings", i)
            self._check_actions(meeting, base)
            self._check_decisions(meeting, base)
        for i, meeting in enumerate(doc["meetings"]):
            self._check_meeting(meeting, ("meetings", i))

    # --- helpers ---

    def _define(self, record_id: str, path: Location) -> None:
        if record_id in self.ids:
            raise SchemaProblem(
                (*path, "id"),
                Message(
                    QT_TRANSLATE_NOOP("Errors", "the id {id} is used twice (also at {other})."),
                    id=record_id,
                    other=json_path(self.ids[record_id]),
                ),
            )
        self.ids[record_id] = path

    def _ref(self, value: str | None, known: set[str] | dict[str, Any], path: Location, what: str) -> None:
        if value is not None and value not in known:
            raise SchemaProblem(path, Message(_MISSING_REFERENCE[what], id=value))

    def _unique_values(self, key: str, records: list[tuple[Any, ...]]) -> None:
        seen: dict[Any, Location] = {}
        for *path, record in records:
            value = record[key]
            if value is not None and value in seen:
                raise SchemaProblem(
                    (*path, key),
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "“{value}” is used twice (also at {other}); it must be unique."),
                        value=value,
                        other=json_path(seen[value]),
                    ),
                )
            seen[value] = tuple(path)

    def _collect_meetings(self) -> None:
        for group in ("referenced_meetings", "meetings"):
            for i, meeting in enumerate(self.doc[group]):
                self._define(meeting["id"], (group, i))
                self.meeting_ids.add(meeting["id"])
                for j, action in enumerate(meeting["action_points"]):
                    self._define(action["id"], (group, i, "action_points", j))
                    self.actions[action["id"]] = meeting["id"]
                for j, decision in enumerate(meeting["decisions"]):
                    self._define(decision["id"], (group, i, "decisions", j))
                    self.decisions.add(decision["id"])
                    for k, position in enumerate(decision["positions"]):
                        self._define(position["id"], (group, i, "decisions", j, "positions", k))
        all_decisions = [
            (g, i, "decisions", j, d)
            for g in ("referenced_meetings", "meetings")
            for i, m in enumerate(self.doc[g])
            for j, d in enumerate(m["decisions"])
        ]
        self._unique_values("reference", all_decisions)

    def _check_actions(self, meeting: dict[str, Any], base: Location) -> None:
        for j, action in enumerate(meeting["action_points"]):
            path = (*base, "action_points", j)
            self._ref(action["responsible_person_id"], self.person_ids, (*path, "responsible_person_id"), "person")
            for k, org_id in enumerate(action["responsible_organization_ids"]):
                self._ref(org_id, self.org_ids, (*path, "responsible_organization_ids", k), "organisation")

    def _check_decisions(self, meeting: dict[str, Any], base: Location) -> None:
        for j, decision in enumerate(meeting["decisions"]):
            path = (*base, "decisions", j)
            seen: dict[str, int] = {}
            for k, position in enumerate(decision["positions"]):
                org_id = position["organization_id"]
                self._ref(org_id, self.org_ids, (*path, "positions", k, "organization_id"), "organisation")
                if org_id in seen:
                    raise SchemaProblem(
                        (*path, "positions", k, "organization_id"),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "this organisation already has a position on the decision (positions[{index}]).",
                            ),
                            index=seen[org_id],
                        ),
                    )
                seen[org_id] = k
            problem = outcome_problem(
                decision["outcome"],
                [p["kind"] for p in decision["positions"]],
                chair_note=decision["chair_note"],
                silence_deadline=decision["silence_deadline"],
            )
            if problem:
                raise SchemaProblem(
                    (*path, "outcome"),
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "the outcome “{outcome}” breaks the consensus rules: {problem}"),
                        outcome=decision["outcome"],
                        problem=problem,  # a sentence ending with its full stop
                    ),
                )

    def _check_meeting(self, meeting: dict[str, Any], base: Location) -> None:
        self._check_meeting_fields(meeting, base)
        self._check_attendance(meeting, base)
        items = self._check_agenda(meeting, base)
        self._check_decision_links(meeting, base, items)
        self._check_decisions(meeting, base)
        self._check_actions(meeting, base)
        self._check_action_decisions(meeting, base)
        self._check_follow_ups(meeting, base)
        self._check_sign_offs(meeting, base)

    def _check_meeting_fields(self, meeting: dict[str, Any], base: Location) -> None:
        for key in ("chair_id", "rapporteur_id"):
            self._ref(meeting[key], self.person_ids, (*base, key), "person")
        self._ref(meeting["previous_meeting_id"], self.meeting_ids, (*base, "previous_meeting_id"), "meeting")
        if meeting["previous_meeting_id"] == meeting["id"]:
            raise SchemaProblem(
                (*base, "previous_meeting_id"),
                Message(QT_TRANSLATE_NOOP("Errors", "a meeting cannot be its own previous meeting.")),
            )
        if meeting["end_utc"] is not None and datetime.fromisoformat(meeting["end_utc"]) < datetime.fromisoformat(
            meeting["start_utc"]
        ):
            raise SchemaProblem(
                (*base, "end_utc"), Message(QT_TRANSLATE_NOOP("Errors", "the meeting ends before it starts."))
            )
        if meeting.get("time_zone") is not None and not _is_time_zone(meeting["time_zone"]):
            raise SchemaProblem(
                (*base, "time_zone"),
                Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time zone."), value=meeting["time_zone"]),
            )

    def _check_attendance(self, meeting: dict[str, Any], base: Location) -> None:
        attending: dict[str, int] = {}
        for j, row in enumerate(meeting["attendance"]):
            path = (*base, "attendance", j)
            self._define(row["id"], path)
            self._ref(row["person_id"], self.person_ids, (*path, "person_id"), "person")
            self._ref(row["organization_id"], self.org_ids, (*path, "organization_id"), "organisation")
            if row["person_id"] is None and row["organization_id"] is None:
                raise SchemaProblem(
                    path, Message(QT_TRANSLATE_NOOP("Errors", "an attendance entry needs a person or an organisation."))
                )
            if row["person_id"] is not None:
                if row["person_id"] in attending:
                    raise SchemaProblem(
                        (*path, "person_id"),
                        Message(
                            QT_TRANSLATE_NOOP("Errors", "this person is already listed (attendance[{index}])."),
                            index=attending[row["person_id"]],
                        ),
                    )
                attending[row["person_id"]] = j

    def _check_agenda(self, meeting: dict[str, Any], base: Location) -> dict[str, int]:
        """The agenda items' references; returns their indices by id."""
        items = {}
        for j, item in enumerate(meeting["agenda_items"]):
            self._define(item["id"], (*base, "agenda_items", j))
            self._ref(item["presenter_id"], self.person_ids, (*base, "agenda_items", j, "presenter_id"), "person")
            items[item["id"]] = j
        return items

    def _check_decision_links(self, meeting: dict[str, Any], base: Location, items: dict[str, int]) -> None:
        for j, decision in enumerate(meeting["decisions"]):
            path = (*base, "decisions", j)
            self._ref(decision["agenda_item_id"], items, (*path, "agenda_item_id"), "agenda item")
            self._ref(decision["supersedes_id"], self.decisions, (*path, "supersedes_id"), "decision")
            if decision["supersedes_id"] == decision["id"]:
                raise SchemaProblem(
                    (*path, "supersedes_id"),
                    Message(QT_TRANSLATE_NOOP("Errors", "a decision cannot supersede itself.")),
                )

    def _check_action_decisions(self, meeting: dict[str, Any], base: Location) -> None:
        own_decisions = {d["id"] for d in meeting["decisions"]}
        for j, action in enumerate(meeting["action_points"]):
            path = (*base, "action_points", j, "decision_id")
            if action["decision_id"] is not None and action["decision_id"] not in own_decisions:
                raise SchemaProblem(
                    path,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "an action point can only follow from a decision of the same meeting."
                        )
                    ),
                )

    def _check_follow_ups(self, meeting: dict[str, Any], base: Location) -> None:
        followed: dict[str, int] = {}
        for j, follow_up in enumerate(meeting["follow_ups"]):
            path = (*base, "follow_ups", j)
            self._define(follow_up["id"], path)
            self._ref(follow_up["action_id"], self.actions, (*path, "action_id"), "action point")
            if self.actions[follow_up["action_id"]] == meeting["id"]:
                raise SchemaProblem(
                    (*path, "action_id"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "follow-up is recorded at a later meeting than the one that set the action."
                        )
                    ),
                )
            if follow_up["action_id"] in followed:
                raise SchemaProblem(
                    (*path, "action_id"),
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "this action point is already followed up (follow_ups[{index}])."),
                        index=followed[follow_up["action_id"]],
                    ),
                )
            followed[follow_up["action_id"]] = j

    def _check_sign_offs(self, meeting: dict[str, Any], base: Location) -> None:
        sign_offs = meeting["sign_offs"]
        own = {s["id"] for s in sign_offs}
        revisions: dict[int, int] = {}
        for j, record in enumerate(sign_offs):
            path = (*base, "sign_offs", j)
            self._define(record["id"], path)
            for k, signatory in enumerate(record["signatories"]):
                self._define(signatory["id"], (*path, "signatories", k))
            if record["revision"] in revisions:
                raise SchemaProblem(
                    (*path, "revision"),
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "revision {revision} was signed off twice."),
                        revision=record["revision"],
                    ),
                )
            revisions[record["revision"]] = j
            label_version = record.get("label_version")
            if label_version is not None and not is_known_label_version(label_version):
                raise SchemaProblem(
                    (*path, "label_version"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the minutes were printed with labels of version {version}, which this version of "
                            "UNNM Desktop does not know: update UNNM Desktop.",
                        ),
                        version=label_version,
                    ),
                )
            self._ref(record["replaces_id"], own, (*path, "replaces_id"), "sign-off")
            try:
                content = parse_json_text(record["content_json"])
            except ValueError as error:
                raise SchemaProblem(
                    (*path, "content_json"),
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "the signed-off content cannot be read: {problem}"),
                        problem=getattr(error, "message", f"{error}."),  # a clause ending with its full stop
                    ),
                ) from None
            if not isinstance(content, dict) or (content.get("meeting") or {}).get("id") != meeting["id"]:
                raise SchemaProblem(
                    (*path, "content_json"),
                    Message(QT_TRANSLATE_NOOP("Errors", "the signed-off content is not that of this meeting.")),
                )
            if fingerprint(content) != record["content_sha256"]:
                raise SchemaProblem(
                    (*path, "content_sha256"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the signed-off content does not match its fingerprint: the minutes were altered after "
                            "they were signed off.",
                        )
                    ),
                )
        latest = max(sign_offs, key=lambda s: s["revision"], default=None)
        if meeting["status"] == MeetingStatus.SIGNED_OFF:
            if latest is None or latest["reopened_at"] is not None or latest["revision"] != meeting["revision"]:
                raise SchemaProblem(
                    (*base, "status"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the meeting is marked signed off, but no current sign-off of its revision is included.",
                        )
                    ),
                )
        elif latest is not None and latest["reopened_at"] is None:
            raise SchemaProblem(
                (*base, "status"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the meeting has a sign-off that was never reopened, so it must be signed off."
                    )
                ),
            )


def _is_time_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
