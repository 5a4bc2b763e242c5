"""The words of the exported minutes in English and Turkish, and dates written the way each language does.

Outcome and position words in English come from the domain (`OUTCOME_WORDS_EN`, `POSITION_WORDS_EN`) so
that the screen and the paper say the same thing.

The words are versioned (`domain/label_versions.py`): the tables below are label version 1, frozen, because
`verify` renders minutes signed off with them again and compares every paragraph with the Word file.
A correction is a new entry of `_CORRECTIONS`, never an edit of the tables; tests/golden/labels-v1.json
holds version 1 as it must stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from unnm_desktop.domain.clock import MONTH_NAMES
from unnm_desktop.domain.consensus import OUTCOME_WORDS_EN, POSITION_WORDS_EN
from unnm_desktop.domain.enums import Outcome, PositionKind
from unnm_desktop.domain.label_versions import FIRST_LABEL_VERSION, LATEST_LABEL_VERSION
from unnm_desktop.export.labels_closure import WORDS_V3

LANGUAGES = ("en", "tr")

_EN = {
    "network": "United Nations Network on Migration in Türkiye",
    "minutes": "Minutes of the meeting",
    "draft": "DRAFT",
    "draft_revision": "DRAFT — revision {n}",
    "draft_notice": "Draft minutes for comments; not signed off.",
    "signed_off": "Signed off on {date} (revision {n})",
    "reference": "Reference",
    "date": "Date",
    "time": "Time",
    "time_zone": "Istanbul time",
    "venue": "Venue",
    "format": "Format",
    "chair": "Chair",
    "rapporteur": "Rapporteur",
    "status": "Status",
    "attendance": "Attendance",
    "group_un_entity": "United Nations entities",
    "group_government": "Government counterparts",
    "group_other": "Other organisations and observers",
    "organisation": "Organisation",
    "participant": "Participant",
    "participation": "Participation",
    "apologies": "Apologies",
    "no_attendance": "No attendance was recorded.",
    "presented_by": "Presented by",
    "objectives_short": "GCM objectives",
    "decision": "Decision",
    "outcome": "Outcome",
    "method": "Method",
    "chair_note": "Chair's note",
    "silence_until": "Silence procedure until",
    "positions": "Positions and statements for the record",
    "joined": "Joined the consensus",
    "confirm_by": "confirmation due by",
    "other_decisions": "Other decisions",
    "matters_arising": "Matters arising",
    "follow_ups": "Action points of earlier meetings",
    "action_points": "Action points",
    "no": "No.",
    "action": "Action",
    "origin": "From",
    "follow_up": "Follow-up",
    "responsible": "Responsible",
    "deadline": "Deadline",
    "no_actions": "No action points were recorded.",
    "objectives": "GCM objectives addressed",
    "no_objectives": "No GCM objective was recorded.",
    "next_meeting": "Date of the next meeting",
    "to_be_confirmed": "To be confirmed.",
    "signatures": "Signatures",
    "name": "Name",
    "title": "Title",
    "signature": "Signature",
    "page": "Page {x} of {y}",
    "fingerprint": "Fingerprint",
    "fingerprint_full": "Content fingerprint (SHA-256) of the signed-off minutes: {sha}",
    "deferred_next": "No consensus; deferred to the next meeting",
    "deferred_to": "No consensus; deferred to {target}",
}

_TR = {
    "network": "Birleşmiş Milletler Göç Ağı – Türkiye",
    "minutes": "Toplantı Tutanağı",
    "draft": "TASLAK",
    "draft_revision": "TASLAK — revizyon {n}",
    "draft_notice": "Görüşe sunulan taslak tutanak; henüz imzalanmadı.",
    "signed_off": "{date} tarihinde imzalandı (revizyon {n})",
    "reference": "Sayı",
    "date": "Tarih",
    "time": "Saat",
    "time_zone": "İstanbul saati",
    "venue": "Yer",
    "format": "Toplantı biçimi",
    "chair": "Başkan",
    "rapporteur": "Raportör",
    "status": "Durum",
    "attendance": "Katılımcılar",
    "group_un_entity": "Birleşmiş Milletler kuruluşları",
    "group_government": "Kamu kurumları",
    "group_other": "Diğer kuruluşlar ve gözlemciler",
    "organisation": "Kuruluş",
    "participant": "Katılımcı",
    "participation": "Katılım",
    "apologies": "Mazeret bildirenler",
    "no_attendance": "Katılım kaydedilmedi.",
    "presented_by": "Sunan",
    "objectives_short": "GCM hedefleri",
    "decision": "Karar",
    "outcome": "Sonuç",
    "method": "Usul",
    "chair_note": "Başkanın notu",
    "silence_until": "Sessiz onay süresinin sonu",
    "positions": "Tutanağa geçen tutumlar ve açıklamalar",
    "joined": "Uzlaşıya katılanlar",
    "confirm_by": "teyit için son tarih",
    "other_decisions": "Diğer kararlar",
    "matters_arising": "Önceki toplantıdan doğan konular",
    "follow_ups": "Önceki toplantıların eylem maddeleri",
    "action_points": "Eylem maddeleri",
    "no": "No.",
    "action": "Eylem",
    "origin": "Kaynak",
    "follow_up": "Gelişme",
    "responsible": "Sorumlu",
    "deadline": "Son tarih",
    "no_actions": "Eylem maddesi kaydedilmedi.",
    "objectives": "Ele alınan GCM hedefleri",
    "no_objectives": "GCM hedefi kaydedilmedi.",
    "next_meeting": "Bir sonraki toplantı",
    "to_be_confirmed": "Daha sonra bildirilecek.",
    "signatures": "İmza",
    "name": "Adı Soyadı",
    "title": "Unvanı",
    "signature": "İmza",
    "page": "Sayfa {x} / {y}",
    "fingerprint": "Parmak izi",
    "fingerprint_full": "İmzalanan tutanağın içerik parmak izi (SHA-256): {sha}",
    "deferred_next": "Uzlaşı sağlanamadı; bir sonraki toplantıya ertelendi",
    "deferred_to": "Uzlaşı sağlanamadı; ertelendi ({target})",
}

_OUTCOME_TR = {
    Outcome.PROPOSED: "Önerildi; henüz karara bağlanmadı",
    Outcome.UNDER_SILENCE: "Sessiz onay usulünde",
    Outcome.ADOPTED: "Uzlaşı ile kabul edildi",
    Outcome.ADOPTED_WITH_RESERVATIONS: "Uzlaşı ile kabul edildi; çekinceler kayda geçirildi",
    Outcome.NOT_ADOPTED: "Kabul edilmedi; uzlaşı sağlanamadı",
    Outcome.DEFERRED: "Uzlaşı sağlanamadı; ertelendi",
    Outcome.WITHDRAWN: "Geri çekildi",
}

_POSITION_TR = {
    PositionKind.JOINS: "Uzlaşıya katılıyor",
    PositionKind.CONCERN: "Katılıyor; endişesi kayda geçirildi",
    PositionKind.STANDS_ASIDE: "Çekimser",
    PositionKind.RESERVATION: "Çekince",
    PositionKind.AD_REFERENDUM: "Ad referendum (teyit bekleniyor)",
    PositionKind.OBJECTS: "İtiraz",
}

_VOCABULARY = {
    "en": {
        "modality": {"in_person": "In person", "hybrid": "Hybrid", "online": "Online"},
        "method": {
            "consensus": "Consensus",
            "silence_procedure": "Silence procedure",
            "chairs_summary": "Chair's summary",
        },
        "attendance": {"present": "In person", "remote": "Online"},
        "role": {
            "chair": "Chair",
            "co_chair": "Co-chair",
            "rapporteur": "Rapporteur",
            "secretariat": "Secretariat",
            "member": "",
            "observer": "Observer",
            "presenter": "Presenter",
            "guest": "Guest",
        },
        "action": {"open": "Open", "in_progress": "In progress", "done": "Done", "dropped": "Dropped"},
    },
    "tr": {
        "modality": {"in_person": "Yüz yüze", "hybrid": "Karma (yüz yüze ve çevrim içi)", "online": "Çevrim içi"},
        "method": {
            "consensus": "Uzlaşı",
            "silence_procedure": "Sessiz onay usulü",
            "chairs_summary": "Başkanın özeti",
        },
        "attendance": {"present": "Yüz yüze", "remote": "Çevrim içi"},
        "role": {
            "chair": "Başkan",
            "co_chair": "Eş başkan",
            "rapporteur": "Raportör",
            "secretariat": "Sekretarya",
            "member": "",
            "observer": "Gözlemci",
            "presenter": "Sunum",
            "guest": "Davetli",
        },
        "action": {"open": "Açık", "in_progress": "Devam ediyor", "done": "Tamamlandı", "dropped": "Vazgeçildi"},
    },
}

_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}


@dataclass(frozen=True)
class _Correction:
    """The words one label version changes in one language, over the version before it."""

    words: dict[str, str] = field(default_factory=dict)
    vocabulary: dict[str, dict[str, str]] = field(default_factory=dict)


# version -> language -> what it changes. Signed-off minutes keep verifying with the version they were printed in.
_CORRECTIONS: dict[int, dict[str, _Correction]] = {
    2: {
        # The screen says "onaylandı" (signed off) and "sunucu" (presenter); the paper said otherwise.
        "tr": _Correction(
            words={"signed_off": "{date} tarihinde onaylandı (revizyon {n})"},
            vocabulary={"role": {"presenter": "Sunucu"}},
        ),
    },
    # Open ad referendum positions and silences said in words, the silence's deadline in the meeting's local
    # time, and the addenda (issue 14).
    3: {lang: _Correction(words=dict(words)) for lang, words in WORDS_V3.items()},
}


@cache
def _tables(lang: str, version: int) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The words and vocabulary of `lang` in label version `version`: version 1 with each later correction."""
    words = dict(_EN if lang == "en" else _TR)
    vocabulary = {name: dict(values) for name, values in _VOCABULARY[lang].items()}
    for step in range(FIRST_LABEL_VERSION + 1, version + 1):
        correction = _CORRECTIONS.get(step, {}).get(lang)
        if correction is None:
            continue
        words.update(correction.words)
        for name, values in correction.vocabulary.items():
            vocabulary[name].update(values)
    return words, vocabulary


class Labels:
    """Every word the minutes print, for one language (`en` or `tr`) in one label version (default: the latest)."""

    def __init__(self, lang: str, version: int = LATEST_LABEL_VERSION) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        if not FIRST_LABEL_VERSION <= version <= LATEST_LABEL_VERSION:
            raise ValueError(f"unknown label version {version!r}")
        self.lang = lang
        self.version = version
        self._words, self._vocabulary = _tables(lang, version)

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def snapshot(self) -> dict[str, Any]:
        """Every word this language and version prints, as plain data (tests keep version 1 frozen with it)."""
        return {
            "words": dict(self._words),
            "vocabulary": {name: dict(values) for name, values in self._vocabulary.items()},
            "outcomes": {kind.value: self.outcome(kind.value) for kind in Outcome},
            "positions": {kind.value: self.position(kind.value) for kind in PositionKind},
            "months": [self.date(date(2000, month, 1)) for month in range(1, 13)],
            "weekdays": [self.date(date(2000, 1, day), weekday=True) for day in range(3, 10)],
        }

    def word(self, vocabulary: str, value: str | None) -> str:
        """A stored value in words (modality, method, attendance, role, action); unknown values as they are."""
        return self._vocabulary[vocabulary].get(value or "", value or "")

    def outcome(self, outcome: str, deferred_to: str | None = None) -> str:
        try:
            kind = Outcome(outcome)
        except ValueError:
            return outcome
        if kind is Outcome.DEFERRED and deferred_to and deferred_to.strip():
            target = deferred_to.strip()
            if target.lower().removeprefix("the ") == "next meeting":
                return self["deferred_next"]
            return self["deferred_to"].format(target=target)
        return (OUTCOME_WORDS_EN if self.lang == "en" else _OUTCOME_TR)[kind]

    def position(self, kind: str) -> str:
        try:
            member = PositionKind(kind)
        except ValueError:
            return kind
        return (POSITION_WORDS_EN if self.lang == "en" else _POSITION_TR)[member]

    def date(self, value: date | str | None, *, weekday: bool = False) -> str:
        if not value:
            return ""
        if isinstance(value, str):
            value = datetime.fromisoformat(value).date() if "T" in value else date.fromisoformat(value)
        text = f"{value.day} {MONTH_NAMES[self.lang][value.month - 1]} {value.year}"
        if weekday:
            day = _WEEKDAYS[self.lang][value.weekday()]
            text = f"{day}, {text}" if self.lang == "en" else f"{text}, {day}"
        return text
