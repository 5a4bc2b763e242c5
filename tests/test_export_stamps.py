"""Intervention stamps written as prose at export (issue 14): the pure conversion (export/stamps.py), then the
export with the option, the notes unchanged, and `verify` passing on documents exported both ways and failing
on an edit of either."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from export_support import rewrite_part
from stamps_support import NOTES, item_id, signed_meeting

from unnm_desktop.export import export_meeting, verify_docx
from unnm_desktop.export.docx_text import read_custom_properties
from unnm_desktop.export.stamps import LATEST_WORDING, WORDINGS, is_known_wording, stamps_to_prose
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.meeting import agenda, meetings

ORGS = ("PMM", "UNHCR", "İŞKUR", "UN-Habitat", "pmm-tr")


def en(text: str) -> str:
    return stamps_to_prose(text, "en", ORGS)


def tr(text: str) -> str:
    return stamps_to_prose(text, "tr", ORGS)


# --- the conversion -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "english", "turkish"),
    [
        # An organisation, as the stamp dialog inserts it.
        (
            "10:42 — PMM: we support the text.",
            "The representative of PMM: we support the text.",
            "PMM temsilcisi: we support the text.",
        ),
        # Turkish acronyms, known or written in capitals; the text after the stamp as typed, Turkish letters kept.
        (
            "09:05 — İŞKUR: İşgücü verileri paylaşılacak; ığdır, Şanlıurfa.",
            "The representative of İŞKUR: İşgücü verileri paylaşılacak; ığdır, Şanlıurfa.",
            "İŞKUR temsilcisi: İşgücü verileri paylaşılacak; ığdır, Şanlıurfa.",
        ),
        (
            "14:30 — GİGM: Kayıtlar güncellendi.",
            "The representative of GİGM: Kayıtlar güncellendi.",
            "GİGM temsilcisi: Kayıtlar güncellendi.",
        ),
        ("11:00 — SGDD-ASAM: ok", "The representative of SGDD-ASAM: ok", "SGDD-ASAM temsilcisi: ok"),
        # An acronym in mixed case is an organisation only when the meeting knows it.
        ("11:01 — UN-Habitat: noted", "The representative of UN-Habitat: noted", "UN-Habitat temsilcisi: noted"),
        ("11:02 — pmm-tr: noted", "The representative of pmm-tr: noted", "pmm-tr temsilcisi: noted"),
        # The chair and the secretariat, in either language of the minutes.
        ("10:00 — Chair: Welcome.", "The Chair: Welcome.", "Başkan: Welcome."),
        ("10:00 — Başkan: Hoş geldiniz.", "The Chair: Hoş geldiniz.", "Başkan: Hoş geldiniz."),
        (
            "10:01 — Secretariat: The agenda was circulated.",
            "The Secretariat: The agenda was circulated.",
            "Sekretarya: The agenda was circulated.",
        ),
        (
            "10:01 — Sekretarya: Gündem paylaşıldı.",
            "The Secretariat: Gündem paylaşıldı.",
            "Sekretarya: Gündem paylaşıldı.",
        ),
        # A person, with and without an organisation: named as typed, without the time.
        (
            "10:43 — Işıl Doğan (UNHCR): Teşekkürler.",
            "Işıl Doğan (UNHCR): Teşekkürler.",
            "Işıl Doğan (UNHCR): Teşekkürler.",
        ),
        ("10:44 — Ayşe Yılmaz: Katılıyorum.", "Ayşe Yılmaz: Katılıyorum.", "Ayşe Yılmaz: Katılıyorum."),
        # Arabic: a name (no capitals, so never taken for an acronym) and Arabic text, both as typed.
        (
            "10:45 — ليلى الحسن (UNICEF): نحن نوافق على النص.",
            "ليلى الحسن (UNICEF): نحن نوافق على النص.",
            "ليلى الحسن (UNICEF): نحن نوافق على النص.",
        ),
        ("10:46 — UNICEF: نحن نوافق.", "The representative of UNICEF: نحن نوافق.", "UNICEF temsilcisi: نحن نوافق."),
        # Typed by hand: an en dash, a spaced hyphen, 10.42 as Turkish writes times, a single-digit hour.
        ("10:42 – PMM: a", "The representative of PMM: a", "PMM temsilcisi: a"),
        ("10:42 - PMM: a", "The representative of PMM: a", "PMM temsilcisi: a"),
        ("10.42 — PMM: a", "The representative of PMM: a", "PMM temsilcisi: a"),
        ("9:05 — PMM: a", "The representative of PMM: a", "PMM temsilcisi: a"),
        # A stamp with nothing after it yet.
        ("10:42 — PMM:", "The representative of PMM:", "PMM temsilcisi:"),
    ],
)
def test_a_stamp_in_words(typed: str, english: str, turkish: str) -> None:
    assert en(typed) == english
    assert tr(typed) == turkish


@pytest.mark.parametrize(
    "line",
    [
        "The meeting opened at 10:42 with a quorum.",
        "Paragraph 6.3: the data sharing clause.",
        "10:42 PMM: no dash, so no stamp.",
        "10:42-PMM: a hyphen without spaces is no stamp.",
        "From 10:42 — 11:30: the coffee break.",
        "25:99 — PMM: no such time.",
        "**10:42 — PMM:** in bold is left as typed.",
        "Ratio 3:1 — not a time.",
        "Arabic only: نص عربي 10:42 بدون ختم",
        "",
    ],
)
def test_lines_without_stamps_are_untouched(line: str) -> None:
    assert en(line) == line
    assert tr(line) == line


def test_several_stamps_in_a_paragraph_and_in_a_list() -> None:
    notes = (
        "10:42 — PMM: We agree. 10:44 — UNHCR: So do we.\n"
        "10:45 — Chair: Noted.\n"
        "\n"
        "- 10:46 — İŞKUR: a list item\n"
        "1. 10:47 — Işıl Doğan (UNHCR): a numbered one\n"
        "\n"
        "Unstamped paragraph, 10:50 by the clock."
    )
    assert en(notes) == (
        "The representative of PMM: We agree. The representative of UNHCR: So do we.\n"
        "The Chair: Noted.\n"
        "\n"
        "- The representative of İŞKUR: a list item\n"
        "1. Işıl Doğan (UNHCR): a numbered one\n"
        "\n"
        "Unstamped paragraph, 10:50 by the clock."
    )
    assert tr(notes).splitlines()[0] == "PMM temsilcisi: We agree. UNHCR temsilcisi: So do we."


def test_the_text_after_a_stamp_keeps_its_own_colons_and_dashes() -> None:
    typed = "10:42 — PMM: Two points: first — the data; second: 11:00 — the timing."
    assert en(typed) == "The representative of PMM: Two points: first — the data; second: 11:00 — the timing."


def test_wordings_are_versioned() -> None:
    assert is_known_wording(LATEST_WORDING) and not is_known_wording(0) and not is_known_wording(True)
    assert set(WORDINGS[LATEST_WORDING]) == {"en", "tr"}
    assert stamps_to_prose("10:42 — PMM: a", "en", wording=1) == "The representative of PMM: a"


# --- the export and verify ------------------------------------------------------------------------------------


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


@pytest.mark.parametrize("language", ["en", "tr"])
def test_exported_both_ways_and_both_verify(ctx: ServiceContext, tmp_path: Path, language: str) -> None:
    meeting_id = signed_meeting(ctx, language)
    typed = export_meeting(ctx, meeting_id, tmp_path / "typed.docx")
    prose = export_meeting(ctx, meeting_id, tmp_path / "prose.docx", stamps_as_prose=True)
    typed_text, prose_text = _paragraphs(typed), _paragraphs(prose)
    assert "10:42 — PMM: Veri paylaşımı — İÖÇÜŞĞ ığdır." in typed_text
    representative = "The representative of PMM" if language == "en" else "PMM temsilcisi"
    chair = "The Chair" if language == "en" else "Başkan"
    assert f"{representative}: Veri paylaşımı — İÖÇÜŞĞ ığdır." in prose_text
    assert f"Işıl Doğan (UNHCR): Katılıyoruz. {chair}: Teşekkürler." in prose_text
    assert not any("10:42" in text for text in prose_text)
    # The notes are unchanged, and so is the fingerprint: the option is presentation, recorded in the file.
    assert agenda.get_item(ctx, item_id(ctx, meeting_id)).notes_md == NOTES
    typed_properties, prose_properties = _properties(typed), _properties(prose)
    assert typed_properties["fingerprint"] == prose_properties["fingerprint"]
    assert typed_properties["stamps as prose"] == "0" and prose_properties["stamps as prose"] == str(LATEST_WORDING)
    for path in (typed, prose):
        result = verify_docx(ctx, path)
        assert result.ok, result.problems


def test_an_edit_of_a_prose_export_fails_and_so_does_a_flipped_property(ctx: ServiceContext, tmp_path: Path) -> None:
    meeting_id = signed_meeting(ctx)
    prose = export_meeting(ctx, meeting_id, tmp_path / "prose.docx", stamps_as_prose=True)
    rewrite_part(prose, "word/document.xml", lambda xml: xml.replace("Katılıyoruz".encode(), "Katılmıyoruz".encode()))
    result = verify_docx(ctx, prose)
    assert not result.ok and "Katılmıyoruz" in result.problems[0]

    # A document that claims to be written as typed, but shows prose, fails: the text is compared as claimed.
    prose = export_meeting(ctx, meeting_id, tmp_path / "prose2.docx", stamps_as_prose=True)
    rewrite_part(prose, "docProps/custom.xml", _set_wording("0"))
    result = verify_docx(ctx, prose)
    assert not result.ok and "changed after export" in result.problems[0]

    # A wording this version does not know is named, not guessed.
    typed = export_meeting(ctx, meeting_id, tmp_path / "typed.docx")
    rewrite_part(typed, "docProps/custom.xml", _set_wording("99"))
    result = verify_docx(ctx, typed)
    assert not result.ok and "wording 99" in result.problems[0]


def _set_wording(value: str):  # type: ignore[no-untyped-def]
    def rewrite(xml: bytes) -> bytes:
        text = xml.decode()
        start = text.index('stamps as prose">')
        value_start = text.index(">", text.index("<vt:", start)) + 1
        value_end = text.index("</vt:", value_start)
        return (text[:value_start] + value + text[value_end:]).encode()

    return rewrite


def _properties(path: Path) -> dict[str, str]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return read_custom_properties(archive.read("docProps/custom.xml"))


def test_the_export_command_takes_the_option_and_verify_accepts_both(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    from cli_runner import run

    meeting_id = signed_meeting(ctx, "tr")
    reference = meetings.get_meeting(ctx, meeting_id).reference
    for flags, expected in (((), "10:42 — PMM: Veri"), (("--stamps-as-prose",), "PMM temsilcisi: Veri")):
        out = tmp_path / f"minutes{len(flags)}.docx"
        result = run("export", "--db", str(db_path), "--meeting", reference, "--out", str(out), *flags)
        assert result.returncode == 0, result.stderr
        assert any(text.startswith(expected) for text in _paragraphs(out))
        verified = run("verify", str(out), "--db", str(db_path))
        assert verified.returncode == 0, verified.stderr
    assert "--stamps-as-prose" in run("export", "--help").stdout
