"""The chair's summary drafted from a decision's outcome and positions, in English and Turkish (issue 14).

Every combination the consensus rules allow is checked against a sentence assembled from clauses written out
here by hand; a set of whole sentences checks the assembly itself; hypothesis checks the properties over any
list of positions; the service drafts from what was recorded, on both engines.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from itertools import combinations

import pytest
from builders import SmallMeeting
from hypothesis import given, settings
from hypothesis import strategies as st

from unnm_desktop.domain.chair_summary import (
    GROUP_ORDER,
    SummaryPosition,
    date_in_words,
    draft_summary,
    list_in_words,
    paragraph_in_words,
)
from unnm_desktop.domain.consensus import outcome_problem
from unnm_desktop.domain.enums import DecisionMethod, Outcome, PositionKind
from unnm_desktop.domain.errors import NotFoundError, ValidationError
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.meeting import decisions
from unnm_desktop.services.meeting.chair_summary import draft_chair_summary

J, C, SA, R, AR, O = (  # noqa: E741 - short names keep the tables readable
    PositionKind.JOINS,
    PositionKind.CONCERN,
    PositionKind.STANDS_ASIDE,
    PositionKind.RESERVATION,
    PositionKind.AD_REFERENDUM,
    PositionKind.OBJECTS,
)
SILENCE_ENDS = datetime(2026, 5, 12, 9, 0, tzinfo=timezone.utc)  # noon in Istanbul (UTC+3 all year)
CONFIRM_BY = date(2026, 5, 30)
CHAIR_NOTE = "The Chair noted that the quorum was not reached."
LANGUAGES = ("en", "tr")

# Two organisations per kind (the second makes the plural); the reservations are on the same paragraph written
# two ways, so that the two share a clause.
ORGANISATIONS = {
    O: ("PMM", "UNHCR"),
    R: ("İŞKUR", "UNFPA"),
    SA: ("ILO", "WFP"),
    AR: ("UNICEF", "UN Women"),
    C: ("FAO", "SGDD-ASAM"),
}
PARAGRAPHS = {R: ("3", "para. 3")}
JOINING = ("IOM", "MFA")

# The clause each group gets, for one organisation and for two: written out by hand.
CLAUSES = {
    "en": {
        O: ("PMM objected", "PMM and UNHCR objected"),
        R: ("İŞKUR entered a reservation on paragraph 3", "İŞKUR and UNFPA entered reservations on paragraph 3"),
        SA: ("ILO stood aside", "ILO and WFP stood aside"),
        AR: (
            "UNICEF joined ad referendum (confirmation due by 30 May 2026)",
            "UNICEF and UN Women joined ad referendum (confirmation due by 30 May 2026)",
        ),
        C: ("FAO expressed a concern", "FAO and SGDD-ASAM expressed concerns"),
    },
    "tr": {
        O: ("PMM itiraz etti", "PMM ve UNHCR itiraz etti"),
        R: (
            "İŞKUR, 3 numaralı paragraf hakkında çekince koydu",
            "İŞKUR ve UNFPA, 3 numaralı paragraf hakkında çekince koydu",
        ),
        SA: ("ILO çekimser kaldı", "ILO ve WFP çekimser kaldı"),
        AR: (
            "UNICEF ad referendum kaydıyla katıldı (teyit için son tarih: 30 Mayıs 2026)",
            "UNICEF ve UN Women ad referendum kaydıyla katıldı (teyit için son tarih: 30 Mayıs 2026)",
        ),
        C: ("FAO endişesini dile getirdi", "FAO ve SGDD-ASAM endişelerini dile getirdi"),
    },
}

_ADOPTED = {
    "en": {
        DecisionMethod.CONSENSUS: "The Network adopted the decision by consensus",
        DecisionMethod.SILENCE_PROCEDURE: "The Network adopted the decision under silence procedure",
        DecisionMethod.CHAIRS_SUMMARY: "The Network adopted the decision on the basis of the Chair's summary",
    },
    "tr": {
        DecisionMethod.CONSENSUS: "Ağ, kararı uzlaşı ile kabul etti",
        DecisionMethod.SILENCE_PROCEDURE: "Ağ, kararı sessiz onay usulü ile kabul etti",
        DecisionMethod.CHAIRS_SUMMARY: "Ağ, kararı Başkanın özeti doğrultusunda kabul etti",
    },
}
# The outcome clause for each outcome (deferred: to the next meeting; silence: until SILENCE_ENDS).
OPENINGS = {
    "en": {
        Outcome.PROPOSED: "The Network has not yet taken a decision",
        Outcome.UNDER_SILENCE: "The text was put under silence procedure until 12 May 2026 at 12:00 (Istanbul time)",
        Outcome.NOT_ADOPTED: "There being no consensus, the Network did not adopt the decision",
        Outcome.DEFERRED: "There being no consensus, the Network deferred the decision to the next meeting",
        Outcome.WITHDRAWN: "The draft decision was withdrawn",
    },
    "tr": {
        Outcome.PROPOSED: "Ağ henüz karar almadı",
        Outcome.UNDER_SILENCE: "Metin sessiz onay usulüne sunuldu (son tarih: 12 Mayıs 2026, saat 12:00, İstanbul saati)",
        Outcome.NOT_ADOPTED: "Uzlaşı sağlanamadığından Ağ, kararı kabul etmedi",
        Outcome.DEFERRED: "Uzlaşı sağlanamadığından Ağ, kararı bir sonraki toplantıya erteledi",
        Outcome.WITHDRAWN: "Karar taslağı geri çekildi",
    },
}


def _opening(outcome: Outcome, method: DecisionMethod, language: str) -> str:
    if outcome in (Outcome.ADOPTED, Outcome.ADOPTED_WITH_RESERVATIONS):
        return _ADOPTED[language][method]
    return OPENINGS[language][outcome]


def _allowed_kind_sets(outcome: Outcome) -> list[tuple[PositionKind, ...]]:
    """Every set of position kinds (beside organisations joining) the consensus rules allow with `outcome`."""
    kinds = [O, R, SA, AR, C]
    return [
        chosen
        for size in range(len(kinds) + 1)
        for chosen in combinations(kinds, size)
        if outcome_problem(outcome, [J, *chosen], chair_note=CHAIR_NOTE, silence_deadline=SILENCE_ENDS) is None
    ]


def _positions(kinds: tuple[PositionKind, ...], count: int) -> list[SummaryPosition]:
    positions = [SummaryPosition(acronym, J) for acronym in JOINING]
    for kind in kinds:
        for index in range(count):
            positions.append(
                SummaryPosition(
                    ORGANISATIONS[kind][index],
                    kind,
                    paragraph_ref=PARAGRAPHS[kind][index] if kind in PARAGRAPHS else None,
                    deadline=CONFIRM_BY if kind is AR else None,
                )
            )
    return positions[::-1]  # recorded in another order than the sentence names them


def _named_times(text: str, acronym: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text))


def _check_sentence(text: str, positions: list[SummaryPosition], language: str) -> None:
    """What every drafted sentence must be, whatever its positions."""
    assert text and text.endswith(".") and not text.endswith("..")
    assert text[0].isupper()
    for leftover in ("None", "{", "}", "_", "  ", " ;", " .", ";;"):
        assert leftover not in text, (leftover, text)
    for position in positions:
        expected = 0 if PositionKind(position.kind) is J else 1
        assert _named_times(text, position.acronym) == expected, (position.acronym, text)
        if position.deadline is not None and PositionKind(position.kind) is AR:
            assert date_in_words(position.deadline, language) in text
        if language == "tr":  # an acronym never takes a case suffix
            assert not re.search(rf"{re.escape(position.acronym)}['’]", text), text


def test_the_table_allows_a_good_many_combinations() -> None:
    """So that the test below cannot pass by checking nothing."""
    counts = {outcome: len(_allowed_kind_sets(outcome)) for outcome in Outcome}
    assert counts[Outcome.ADOPTED] == 2  # joins only, or with a concern
    assert counts[Outcome.ADOPTED_WITH_RESERVATIONS] == 6
    assert counts[Outcome.UNDER_SILENCE] == 16  # anything but an objection
    assert counts[Outcome.PROPOSED] == counts[Outcome.DEFERRED] == counts[Outcome.WITHDRAWN] == 32
    assert counts[Outcome.NOT_ADOPTED] == 32  # an objection, or the chair's note


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("method", list(DecisionMethod))
@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_combination_of_the_consensus_rules(outcome: Outcome, method: DecisionMethod, language: str) -> None:
    for kinds in _allowed_kind_sets(outcome):
        for count in (1, 2):
            positions = _positions(kinds, count)
            text = draft_summary(
                outcome, method, positions, language, silence_deadline=SILENCE_ENDS, deferred_to="next meeting"
            )
            clauses = [CLAUSES[language][kind][count - 1] for kind in GROUP_ORDER if kind in kinds]
            assert text == "; ".join([_opening(outcome, method, language), *clauses]) + "."
            _check_sentence(text, positions, language)
            if outcome is Outcome.UNDER_SILENCE:
                assert date_in_words(SILENCE_ENDS, language) in text and "12:00" in text


def P(acronym: str, kind: PositionKind, ref: str | None = None, deadline: date | None = None) -> SummaryPosition:
    return SummaryPosition(acronym, kind, paragraph_ref=ref, deadline=deadline)


# (outcome, method, positions, keyword arguments, English, Turkish): whole sentences, written out by hand.
SENTENCES = [
    (  # the example
        Outcome.ADOPTED_WITH_RESERVATIONS,
        DecisionMethod.CONSENSUS,
        [P("UNHCR", AR, deadline=CONFIRM_BY), P("IOM", J), P("PMM", R, "3")],
        {},
        "The Network adopted the decision by consensus; PMM entered a reservation on paragraph 3; UNHCR joined ad "
        "referendum (confirmation due by 30 May 2026).",
        "Ağ, kararı uzlaşı ile kabul etti; PMM, 3 numaralı paragraf hakkında çekince koydu; UNHCR ad referendum "
        "kaydıyla katıldı (teyit için son tarih: 30 Mayıs 2026).",
    ),
    (
        Outcome.ADOPTED,
        DecisionMethod.CONSENSUS,
        [P("UNICEF", J), P("IOM", J)],
        {},
        "The Network adopted the decision by consensus.",
        "Ağ, kararı uzlaşı ile kabul etti.",
    ),
    (
        Outcome.ADOPTED,
        DecisionMethod.SILENCE_PROCEDURE,
        [],
        {},
        "The Network adopted the decision under silence procedure.",
        "Ağ, kararı sessiz onay usulü ile kabul etti.",
    ),
    (
        Outcome.ADOPTED_WITH_RESERVATIONS,
        DecisionMethod.CHAIRS_SUMMARY,
        [P("UNHCR", R, "para. 6.3"), P("PMM", R, "6.3"), P("ILO", SA)],
        {},
        "The Network adopted the decision on the basis of the Chair's summary; PMM and UNHCR entered reservations on "
        "paragraph 6.3; ILO stood aside.",
        "Ağ, kararı Başkanın özeti doğrultusunda kabul etti; PMM ve UNHCR, 6.3 numaralı paragraf hakkında çekince "
        "koydu; ILO çekimser kaldı.",
    ),
    (
        Outcome.ADOPTED_WITH_RESERVATIONS,
        DecisionMethod.CONSENSUS,
        [
            P("WFP", SA),
            P("UNICEF", C, "2"),
            P("ILO", SA, deadline=CONFIRM_BY),
            P("IOM", C, "paragraph 2"),
            P("FAO", SA),
        ],
        {},
        "The Network adopted the decision by consensus; FAO, ILO and WFP stood aside; IOM and UNICEF expressed "
        "concerns about paragraph 2.",
        "Ağ, kararı uzlaşı ile kabul etti; FAO, ILO ve WFP çekimser kaldı; IOM ve UNICEF, 2 numaralı paragraf "
        "hakkında endişelerini dile getirdi.",
    ),
    (
        Outcome.NOT_ADOPTED,
        DecisionMethod.CONSENSUS,
        [P("UNHCR", O), P("FAO", C), P("PMM", O, "3 and 4")],
        {},
        "There being no consensus, the Network did not adopt the decision; PMM objected to paragraphs 3 and 4; "
        "UNHCR objected; FAO expressed a concern.",
        "Uzlaşı sağlanamadığından Ağ, kararı kabul etmedi; PMM, 3 ve 4 numaralı paragraflar hakkında itiraz etti; "
        "UNHCR itiraz etti; FAO endişesini dile getirdi.",
    ),
    (
        Outcome.UNDER_SILENCE,
        DecisionMethod.SILENCE_PROCEDURE,
        [P("İŞKUR", SA), P("ASAM", R, "OP2")],
        {"silence_deadline": SILENCE_ENDS},
        "The text was put under silence procedure until 12 May 2026 at 12:00 (Istanbul time); ASAM entered a "
        "reservation on OP2; İŞKUR stood aside.",
        "Metin sessiz onay usulüne sunuldu (son tarih: 12 Mayıs 2026, saat 12:00, İstanbul saati); ASAM, OP2 "
        "hakkında çekince koydu; İŞKUR çekimser kaldı.",
    ),
    (
        Outcome.UNDER_SILENCE,
        DecisionMethod.SILENCE_PROCEDURE,
        [],
        {"silence_deadline": date(2026, 5, 12)},
        "The text was put under silence procedure until 12 May 2026.",
        "Metin sessiz onay usulüne sunuldu (son tarih: 12 Mayıs 2026).",
    ),
    (
        Outcome.PROPOSED,
        DecisionMethod.CONSENSUS,
        [
            P("WFP", AR, deadline=date(2026, 6, 15)),
            P("UN Women", AR, deadline=CONFIRM_BY),
            P("UNICEF", AR, deadline=CONFIRM_BY),
        ],
        {},
        "The Network has not yet taken a decision; UNICEF and UN Women joined ad referendum (confirmation due by "
        "30 May 2026); WFP joined ad referendum (confirmation due by 15 June 2026).",
        "Ağ henüz karar almadı; UNICEF ve UN Women ad referendum kaydıyla katıldı (teyit için son tarih: 30 Mayıs "
        "2026); WFP ad referendum kaydıyla katıldı (teyit için son tarih: 15 Haziran 2026).",
    ),
    (
        Outcome.DEFERRED,
        DecisionMethod.CONSENSUS,
        [P("IOM", AR, deadline=CONFIRM_BY), P("PMM", O)],
        {"deferred_to": "The next meeting."},
        "There being no consensus, the Network deferred the decision to the next meeting; PMM objected; IOM joined "
        "ad referendum (confirmation due by 30 May 2026).",
        "Uzlaşı sağlanamadığından Ağ, kararı bir sonraki toplantıya erteledi; PMM itiraz etti; IOM ad referendum "
        "kaydıyla katıldı (teyit için son tarih: 30 Mayıs 2026).",
    ),
    (
        Outcome.DEFERRED,
        DecisionMethod.CONSENSUS,
        [],
        {"deferred_to": " UNNM-TR/2026/4 "},
        "There being no consensus, the Network deferred the decision to UNNM-TR/2026/4.",
        "Uzlaşı sağlanamadığından Ağ, kararı erteledi (UNNM-TR/2026/4).",
    ),
    (
        Outcome.DEFERRED,
        DecisionMethod.CONSENSUS,
        [],
        {"deferred_to": "  "},
        "There being no consensus, the Network deferred the decision.",
        "Uzlaşı sağlanamadığından Ağ, kararı erteledi.",
    ),
    (
        Outcome.WITHDRAWN,
        DecisionMethod.CONSENSUS,
        [P("PMM", O), P("IOM", J)],
        {},
        "The draft decision was withdrawn; PMM objected.",
        "Karar taslağı geri çekildi; PMM itiraz etti.",
    ),
]


@pytest.mark.parametrize(("outcome", "method", "positions", "kwargs", "english", "turkish"), SENTENCES)
def test_whole_sentences(
    outcome: Outcome,
    method: DecisionMethod,
    positions: list[SummaryPosition],
    kwargs: dict[str, object],
    english: str,
    turkish: str,
) -> None:
    assert draft_summary(outcome, method, positions, "en", **kwargs) == english
    assert draft_summary(outcome, method, positions, "tr", **kwargs) == turkish
    _check_sentence(english, positions, "en")
    _check_sentence(turkish, positions, "tr")


def test_values_as_the_database_stores_them() -> None:
    """Strings for the enums, no method, a naive or ISO silence deadline (Istanbul time, as the app takes it)."""
    expected = "The text was put under silence procedure until 12 May 2026 at 17:30 (Istanbul time)."
    for deadline in (datetime(2026, 5, 12, 17, 30), "2026-05-12 17:30", "2026-05-12T14:30:00+00:00"):
        assert draft_summary("under_silence", None, [], "en", silence_deadline=deadline) == expected
    assert draft_summary("adopted", None, [P("IOM", "joins")], "tr") == "Ağ, kararı uzlaşı ile kabul etti."


def test_unknown_values_are_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        draft_summary(Outcome.ADOPTED, DecisionMethod.CONSENSUS, [], "fr")
    with pytest.raises(ValueError):
        draft_summary("agreed", DecisionMethod.CONSENSUS, [], "en")
    with pytest.raises(ValueError):
        draft_summary(Outcome.ADOPTED, DecisionMethod.CONSENSUS, [P("IOM", "agrees")], "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "english", "turkish"),
    [
        ("3", "paragraph 3", "3 numaralı paragraf"),
        ("para. 6.3", "paragraph 6.3", "6.3 numaralı paragraf"),
        ("Paragraph 3.", "paragraph 3", "3 numaralı paragraf"),
        ("3. paragraf", "paragraph 3", "3 numaralı paragraf"),
        ("§ 12", "paragraph 12", "12 numaralı paragraf"),
        ("3(b)", "paragraph 3(b)", "3(b) numaralı paragraf"),
        ("paras 3-5", "paragraphs 3–5", "3–5 numaralı paragraflar"),
        ("3, 4 ve 5", "paragraphs 3, 4 and 5", "3, 4 ve 5 numaralı paragraflar"),
        ("3 to 5", "paragraphs 3–5", "3–5 numaralı paragraflar"),
        ("5 ila 7. paragraflar", "paragraphs 5–7", "5–7 numaralı paragraflar"),
        ("the preamble", "the preamble", "the preamble"),
        ("OP2", "OP2", "OP2"),
        ("  ", "", ""),
        (None, "", ""),
    ],
)
def test_paragraph_references(typed: str | None, english: str, turkish: str) -> None:
    assert paragraph_in_words(typed, "en") == english
    assert paragraph_in_words(typed, "tr") == turkish


def test_lists_and_dates_in_words() -> None:
    assert list_in_words(["PMM"], "en") == "PMM"
    assert list_in_words(["PMM", "UNHCR"], "tr") == "PMM ve UNHCR"
    assert list_in_words(["IOM", "PMM", "UNHCR"], "en") == "IOM, PMM and UNHCR"
    assert date_in_words(date(2026, 8, 1), "tr") == "1 Ağustos 2026"
    assert date_in_words("2026-12-31", "en") == "31 December 2026"


ACRONYMS = ["IOM", "PMM", "UNHCR", "UNICEF", "UN Women", "İŞKUR", "ASAM", "SGDD-ASAM", "ILO", "WFP", "FAO", "ÇSGB"]
REFS = [None, "", "3", "para. 3", "OP2", "3 and 4", "Giriş bölümü"]
DEADLINES = [None, date(2026, 5, 30), date(2026, 6, 1), date(2027, 1, 15)]


@st.composite
def _recorded_positions(draw: st.DrawFn) -> list[SummaryPosition]:
    acronyms = draw(st.permutations(ACRONYMS))
    count = draw(st.integers(0, len(ACRONYMS)))
    return [
        SummaryPosition(
            acronym,
            draw(st.sampled_from(list(PositionKind))),
            paragraph_ref=draw(st.sampled_from(REFS)),
            deadline=draw(st.sampled_from(DEADLINES)),
        )
        for acronym in acronyms[:count]
    ]


@settings(max_examples=300, deadline=None)
@given(
    positions=_recorded_positions(),
    outcome=st.sampled_from(list(Outcome)),
    method=st.sampled_from(list(DecisionMethod)),
    language=st.sampled_from(LANGUAGES),
    data=st.data(),
)
def test_any_positions_make_a_sentence(
    positions: list[SummaryPosition], outcome: Outcome, method: DecisionMethod, language: str, data: st.DataObject
) -> None:
    """Whatever was recorded (the rules allow it or not): one sentence naming each organisation that did not
    simply join, once, and the same sentence whatever order the positions were recorded in."""
    kwargs = {"silence_deadline": SILENCE_ENDS, "deferred_to": "next meeting"}
    text = draft_summary(outcome, method, positions, language, **kwargs)
    _check_sentence(text, positions, language)
    assert text.startswith(_opening(outcome, method, language))
    groups = {
        (p.kind, paragraph_in_words(p.paragraph_ref, language).casefold(), p.deadline if p.kind is AR else None)
        for p in positions
        if p.kind is not J
    }
    assert text.count("; ") == len(groups)
    shuffled = data.draw(st.permutations(positions))
    assert draft_summary(outcome, method, shuffled, language, **kwargs) == text


# The service: the draft of what was recorded, on both engines.


def test_the_service_drafts_from_the_recorded_positions(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision_id = decisions.add_decision(ctx, small.meeting_id, text="The Network endorses the work plan.")
    decisions.set_position(ctx, decision_id, small.orgs["IOM"], "joins")
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "ad_referendum", deadline="2023-11-30")
    decisions.set_position(ctx, decision_id, small.orgs["PMM"], "reservation", paragraph_ref="para. 3",
                           statement="PMM reserves on paragraph 3.")  # fmt: skip
    decisions.set_position(ctx, decision_id, small.orgs["UNICEF"], "concern", statement="Data protection.")
    assert draft_chair_summary(ctx, decision_id, "en") == (
        "The Network has not yet taken a decision; PMM entered a reservation on paragraph 3; UNHCR joined ad "
        "referendum (confirmation due by 30 November 2023); UNICEF expressed a concern."
    )
    assert draft_chair_summary(ctx, decision_id, "tr") == (
        "Ağ henüz karar almadı; PMM, 3 numaralı paragraf hakkında çekince koydu; UNHCR ad referendum kaydıyla "
        "katıldı (teyit için son tarih: 30 Kasım 2023); UNICEF endişesini dile getirdi."
    )

    # The draft follows a change of position and of outcome.
    decisions.set_position(ctx, decision_id, small.orgs["UNHCR"], "joins")
    decisions.update_decision(
        ctx, decision_id, method="silence_procedure", outcome="under_silence", silence_deadline="2023-11-10 12:00"
    )
    assert draft_chair_summary(ctx, decision_id, "en") == (
        "The text was put under silence procedure until 10 November 2023 at 12:00 (Istanbul time); PMM entered a "
        "reservation on paragraph 3; UNICEF expressed a concern."
    )
    decisions.update_decision(ctx, decision_id, outcome="adopted_with_reservations")
    assert draft_chair_summary(ctx, decision_id, "tr") == (
        "Ağ, kararı sessiz onay usulü ile kabul etti; PMM, 3 numaralı paragraf hakkında çekince koydu; UNICEF "
        "endişesini dile getirdi."
    )


def test_the_service_names_organisations_as_they_were_named_at_the_meeting(
    ctx: ServiceContext, small: SmallMeeting
) -> None:
    """As the minutes do: an organisation renamed since is named by the acronym it had on the meeting's day."""
    directory.add_alias(ctx, small.orgs["UNICEF"], acronym="UNİCEF-TR", name_en="UNICEF Türkiye",
                        valid_from="2023-01-01", valid_to="2023-12-31")  # fmt: skip
    decision_id = decisions.add_decision(ctx, small.meeting_id, text="The Network agrees.", outcome="proposed")
    decisions.set_position(ctx, decision_id, small.orgs["UNICEF"], "objects")
    decisions.update_decision(ctx, decision_id, outcome="not_adopted")
    assert draft_chair_summary(ctx, decision_id, "tr") == (
        "Uzlaşı sağlanamadığından Ağ, kararı kabul etmedi; UNİCEF-TR itiraz etti."
    )


def test_the_service_refuses_an_unknown_language_or_decision(ctx: ServiceContext, small: SmallMeeting) -> None:
    decision_id = decisions.add_decision(ctx, small.meeting_id, text="The Network agrees.")
    with pytest.raises(ValidationError, match="language"):
        draft_chair_summary(ctx, decision_id, "fr")
    with pytest.raises(NotFoundError):
        draft_chair_summary(ctx, "no-such-decision", "en")


@pytest.mark.parametrize(
    ("position", "english", "turkish"),
    [
        (P("PMM", O, "3"), "PMM objected to paragraph 3", "PMM, 3 numaralı paragraf hakkında itiraz etti"),
        (
            P("PMM", R, "3"),
            "PMM entered a reservation on paragraph 3",
            "PMM, 3 numaralı paragraf hakkında çekince koydu",
        ),
        (
            P("ILO", SA, "3"),
            "ILO stood aside with regard to paragraph 3",
            "ILO, 3 numaralı paragraf hakkında çekimser kaldı",
        ),
        (
            P("UNHCR", AR, "3", CONFIRM_BY),
            "UNHCR joined ad referendum on paragraph 3 (confirmation due by 30 May 2026)",
            "UNHCR, 3 numaralı paragraf hakkında ad referendum kaydıyla katıldı (teyit için son tarih: 30 Mayıs 2026)",
        ),
        (
            P("FAO", C, "3"),
            "FAO expressed a concern about paragraph 3",
            "FAO, 3 numaralı paragraf hakkında endişesini dile getirdi",
        ),
        (P("UNHCR", AR), "UNHCR joined ad referendum", "UNHCR ad referendum kaydıyla katıldı"),
    ],
)
def test_each_kind_with_a_paragraph(position: SummaryPosition, english: str, turkish: str) -> None:
    """The clauses docs/chair-summary.md shows with a paragraph reference (and ad referendum without a date)."""
    assert (
        draft_summary(Outcome.PROPOSED, None, [position], "en")
        == f"The Network has not yet taken a decision; {english}."
    )
    assert draft_summary(Outcome.PROPOSED, None, [position], "tr") == f"Ağ henüz karar almadı; {turkish}."
