"""The People & organisations dialog, driven through its real widgets on a real database file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from builders import small_meeting
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from unnm_desktop.gui.directory.dialog import DirectoryDialog
from unnm_desktop.gui.directory.organisation_models import OrganizationTableModel
from unnm_desktop.gui.directory.organisations_tab import OrganisationsTab
from unnm_desktop.gui.directory.people_model import PeopleTableModel
from unnm_desktop.gui.directory.people_tab import PeopleTab
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.directory import entries as directory
from unnm_desktop.services.directory import lookups as directory_extra
from unnm_desktop.services.meeting import attendance, meetings

OBJECT_NAMES = {
    "directoryTabs": QTabWidget, "orgSearch": QLineEdit, "orgTable": QTableView, "peopleSearch": QLineEdit,
    "peopleTable": QTableView, "aliasTable": QTableView, "directoryMessage": QLabel,
    "addOrgButton": QPushButton, "mergeOrgButton": QPushButton, "addAliasButton": QPushButton,
    "removeAliasButton": QPushButton, "addPersonButton": QPushButton, "mergePeopleButton": QPushButton,
}  # fmt: skip

ORG = OrganizationTableModel
PEOPLE = PeopleTableModel


@pytest.fixture
def dialog(qtbot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[DirectoryDialog]:
    # Nothing may block: any message box a test did not ask for fails the test instead of waiting.
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    dlg = DirectoryDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.close()


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character: qtbot.keyClicks aborts pytest on any non-ASCII character."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def org_row(dlg: DirectoryDialog, acronym: str) -> int:
    return next(n for n, org in enumerate(dlg.organisations.model.rows) if org.acronym == acronym)


def person_row(dlg: DirectoryDialog, person_id: str) -> int:
    return dlg.people.model.row_of(person_id)


def visible_acronyms(dlg: DirectoryDialog) -> list[str]:
    proxy = dlg.organisations.proxy
    return [proxy.index(r, ORG.COL_ACRONYM).data() for r in range(proxy.rowCount())]


def visible_names(dlg: DirectoryDialog) -> list[str]:
    proxy = dlg.people.proxy
    return [proxy.index(r, PEOPLE.COL_NAME).data() for r in range(proxy.rowCount())]


def pick(tab: OrganisationsTab | PeopleTab, *ids: str) -> None:
    """Select rows of the tab's table the way Ctrl+click does, in this order."""
    model, proxy = tab.model, tab.proxy
    selection = tab.table.selectionModel()
    selection.clearSelection()
    for record_id in ids:
        index = proxy.mapFromSource(model.index(model.row_of(record_id), 0))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(index, flags)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def raw_db(db_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(db_path)


# --- structure and keyboard ----------------------------------------------------------------------------


def test_object_names_tabs_and_columns(dialog: DirectoryDialog) -> None:
    for name, kind in OBJECT_NAMES.items():
        assert dialog.findChild(kind, name) is not None, name
    tabs = dialog.findChild(QTabWidget, "directoryTabs")
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == ["Organisations", "People"]
    assert dialog.organisations.model.HEADERS == ("Acronym", "English name", "Turkish name", "Kind")
    assert dialog.people.model.HEADERS == ("Full name", "Title", "Organisation", "E-mail")
    # The starter directory is there, sorted by acronym the Turkish way.
    acronyms = visible_acronyms(dialog)
    assert {"IOM", "PMM", "UNHCR"} <= set(acronyms)
    iom = dialog.organisations.proxy.index(acronyms.index("IOM"), ORG.COL_KIND)
    assert iom.data() == "UN entity"  # kinds in words, not codes
    assert iom.data(Qt.ItemDataRole.EditRole) == "un_entity"


def test_every_control_has_an_accessible_name_and_every_button_a_mnemonic(dialog: DirectoryDialog) -> None:
    for kind in (QLineEdit, QComboBox, QAbstractItemView, QAbstractButton, QTabWidget):
        for widget in dialog.findChildren(kind):
            if widget.objectName().startswith("qt_") or not widget.objectName():
                continue
            assert widget.accessibleName(), widget.objectName()
    for name in (
        "addOrgButton",
        "mergeOrgButton",
        "addAliasButton",
        "removeAliasButton",
        "addPersonButton",
        "mergePeopleButton",
    ):
        button = dialog.findChild(QPushButton, name)
        assert "&" in button.text() and not button.autoDefault(), name
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.objectName()


def test_escape_closes_and_enter_never_triggers_a_stray_button(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    before = len(directory.list_organizations(ctx))
    dialog.organisations.search.setFocus()
    QTest.keyClick(dialog.organisations.search, Qt.Key.Key_Return)
    assert len(directory.list_organizations(ctx)) == before
    assert dialog.isVisible()
    QTest.keyClick(dialog.organisations.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == DirectoryDialog.DialogCode.Rejected


def test_ctrl_f_focuses_the_search_of_the_current_tab(dialog: DirectoryDialog, ctx: ServiceContext, qtbot) -> None:
    dialog.activateWindow()
    dialog.organisations.table.setFocus()
    QTest.keyClick(dialog.organisations.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.organisations.search.hasFocus())
    type_text(dialog.organisations.search, "göç idaresi")
    QTest.keyClick(dialog.organisations.search, Qt.Key.Key_Return)  # Enter goes to the first match
    qtbot.waitUntil(lambda: dialog.organisations.table.hasFocus())
    assert dialog.organisations.current_id() == directory.find_organization(ctx, "PMM").id
    dialog.tabs.setCurrentIndex(DirectoryDialog.PEOPLE_TAB)
    QTest.keyClick(dialog.people.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.people.search.hasFocus())


# --- organisations -----------------------------------------------------------------------------------


def test_edit_turkish_name_is_saved_at_once(dialog: DirectoryDialog, ctx: ServiceContext, db_path: Path) -> None:
    model = dialog.organisations.model
    row = org_row(dialog, "IOM")
    org_id = model.org(row).id
    new_name = "Uluslararası Göç Örgütü (BM Göç Ajansı)"
    assert model.setData(model.index(row, ORG.COL_NAME_TR), new_name)

    assert model.index(row, ORG.COL_NAME_TR).data() == new_name
    assert directory_extra.get_organization(ctx, org_id).name_tr == new_name
    assert directory.find_organization(ctx, "IOM").name_tr == new_name
    with raw_db(db_path) as raw:
        stored = raw.execute("SELECT name_tr FROM organization WHERE id = ?", (org_id,)).fetchone()[0]
        audited = raw.execute(
            "SELECT count(*) FROM audit_event WHERE entity = 'organization' AND entity_id = ? AND action = 'update'",
            (org_id,),
        ).fetchone()[0]
    assert stored == new_name
    assert audited == 1
    assert "Saved" in dialog.message()


def test_kind_is_edited_with_a_combo_of_words(dialog: DirectoryDialog, ctx: ServiceContext, qtbot) -> None:
    row = org_row(dialog, "IOM")
    org_id = dialog.organisations.model.org(row).id
    index = dialog.organisations.proxy.mapFromSource(dialog.organisations.model.index(row, ORG.COL_KIND))
    dialog.organisations.table.setCurrentIndex(index)
    dialog.organisations.table.edit(index)
    editor = dialog.organisations.table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "UN entity",
        "Government",
        "Civil society",
        "Intergovernmental",
        "Other",
    ]
    assert editor.currentData() == "un_entity"
    editor.setCurrentIndex(editor.findData("intergovernmental"))
    editor.activated.emit(editor.currentIndex())
    qtbot.waitUntil(lambda: dialog.organisations.table.indexWidget(index) is None)
    assert directory_extra.get_organization(ctx, org_id).kind == "intergovernmental"
    assert index.data() == "Intergovernmental"


def test_refused_edit_shows_the_message_and_changes_nothing(
    dialog: DirectoryDialog, ctx: ServiceContext, db_path: Path
) -> None:
    model = dialog.organisations.model
    row = org_row(dialog, "IOM")
    org_id = model.org(row).id
    with raw_db(db_path) as raw:
        events_before = raw.execute("SELECT count(*) FROM audit_event").fetchone()[0]

    assert not model.setData(model.index(row, ORG.COL_ACRONYM), "unhcr")  # another organisation's acronym
    assert "already exists" in dialog.message()
    assert dialog.message_label.isVisible()
    assert model.index(row, ORG.COL_ACRONYM).data() == "IOM"

    assert not model.setData(model.index(row, ORG.COL_NAME_EN), "   ")
    assert "cannot be empty" in dialog.message()
    assert model.index(row, ORG.COL_NAME_EN).data() == "International Organization for Migration"

    assert not model.setData(model.index(row, ORG.COL_ACRONYM), "X" * 41)
    assert "at most 40" in dialog.message()

    person_id = directory.create_person(ctx, full_name="Ayşe Yılmaz")
    dialog.refresh()
    people = dialog.people.model
    assert not people.setData(people.index(person_row(dialog, person_id), PEOPLE.COL_NAME), "")
    assert "cannot be empty" in dialog.message()
    assert people.index(person_row(dialog, person_id), PEOPLE.COL_NAME).data() == "Ayşe Yılmaz"

    assert directory_extra.get_organization(ctx, org_id).acronym == "IOM"
    with raw_db(db_path) as raw:
        events_after = raw.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        acronym = raw.execute("SELECT acronym, name_en FROM organization WHERE id = ?", (org_id,)).fetchone()
    assert events_after == events_before + 1  # only the person's creation: nothing refused was audited
    assert acronym == ("IOM", "International Organization for Migration")


def test_refused_edit_through_the_cell_editor_reverts_the_cell(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    row = org_row(dialog, "PMM")
    index = dialog.organisations.proxy.mapFromSource(dialog.organisations.model.index(row, ORG.COL_ACRONYM))
    dialog.organisations.table.setCurrentIndex(index)
    dialog.organisations.table.edit(index)
    editor = dialog.organisations.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert index.data() == "PMM"
    assert "acronym cannot be empty" in dialog.message()
    assert directory.find_organization(ctx, "PMM") is not None


def test_add_organization_from_the_keyboard(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    type_text(dialog.organisations.new_acronym, "İBB")
    type_text(dialog.organisations.new_name_en, "İstanbul Metropolitan Municipality")
    type_text(dialog.organisations.new_name_tr, "İstanbul Büyükşehir Belediyesi")
    dialog.organisations.new_kind.setCurrentIndex(dialog.organisations.new_kind.findData("government"))
    QTest.keyClick(dialog.organisations.new_name_tr, Qt.Key.Key_Return)

    found = directory.find_organization(ctx, "ibb")
    assert found is not None
    assert (found.name_tr, found.kind) == ("İstanbul Büyükşehir Belediyesi", "government")
    assert dialog.organisations.current_id() == found.id
    assert dialog.organisations.new_acronym.text() == ""
    assert dialog.organisations.new_acronym.hasFocus()
    assert "Added İBB" in dialog.message()

    # A duplicate acronym (other spelling) is refused with the service's sentence; nothing is added.
    count = len(directory.list_organizations(ctx))
    dialog.organisations.new_acronym.setText("i-b-b")
    dialog.organisations.new_name_en.setText("Duplicate")
    QTest.mouseClick(dialog.organisations.add_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.message()
    assert len(directory.list_organizations(ctx)) == count
    assert dialog.organisations.new_acronym.text() == "i-b-b"  # what was typed is kept for correcting


def test_turkish_search_typing(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    directory.create_organization(
        ctx, acronym="İBB", name_en="İstanbul Metropolitan Municipality", name_tr="İstanbul Büyükşehir Belediyesi"
    )
    dialog.refresh()
    type_text(dialog.organisations.search, "istanbul")
    assert visible_acronyms(dialog) == ["İBB"]

    dialog.organisations.search.clear()
    type_text(dialog.organisations.search, "goc")
    ascii_hits = visible_acronyms(dialog)
    assert {"IOM", "PMM"} <= set(ascii_hits)  # Uluslararası Göç Örgütü, Göç İdaresi Başkanlığı
    assert "UNICEF" not in ascii_hits
    dialog.organisations.search.clear()
    type_text(dialog.organisations.search, "GÖÇ")
    assert visible_acronyms(dialog) == ascii_hits

    # An earlier name finds the organisation under its current name.
    dialog.organisations.search.setText("dgmm")
    assert visible_acronyms(dialog) == ["PMM"]
    dialog.organisations.search.clear()
    assert len(visible_acronyms(dialog)) == len(directory.list_organizations(ctx))


def test_people_search_by_name_and_organisation(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    pmm = directory.find_organization(ctx, "PMM").id
    unicef = directory.find_organization(ctx, "UNICEF").id
    directory.create_person(ctx, full_name="Işık Demir", title="Uzman", organization_id=pmm)
    directory.create_person(ctx, full_name="ليلى الحسن", organization_id=unicef)
    directory.create_person(ctx, full_name="Çağrı Öztürk", organization_id=unicef)
    dialog.refresh()
    dialog.tabs.setCurrentIndex(DirectoryDialog.PEOPLE_TAB)

    type_text(dialog.people.search, "isik")
    assert visible_names(dialog) == ["Işık Demir"]
    dialog.people.search.clear()
    type_text(dialog.people.search, "IŞIK")
    assert visible_names(dialog) == ["Işık Demir"]
    dialog.people.search.clear()
    type_text(dialog.people.search, "göç idaresi")  # the organisation's Turkish name
    assert visible_names(dialog) == ["Işık Demir"]
    dialog.people.search.setText("unicef")
    assert visible_names(dialog) == ["Çağrı Öztürk", "ليلى الحسن"]  # Turkish order; Arabic after Latin
    dialog.people.search.clear()
    type_text(dialog.people.search, "ليلى")
    assert visible_names(dialog) == ["ليلى الحسن"]


def test_people_and_organisations_sort_the_turkish_way(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    for name in ("Çiğdem Ak", "Cem Bal", "Deniz Can", "İlker Su", "Ilgın Er"):
        directory.create_person(ctx, full_name=name)
    dialog.refresh()
    assert visible_names(dialog) == ["Cem Bal", "Çiğdem Ak", "Deniz Can", "Ilgın Er", "İlker Su"]
    dialog.people.table.sortByColumn(PEOPLE.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert visible_names(dialog) == ["İlker Su", "Ilgın Er", "Deniz Can", "Çiğdem Ak", "Cem Bal"]


# --- earlier names (aliases) ---------------------------------------------------------------------------


def test_add_alias_with_dates_and_name_at(dialog: DirectoryDialog, ctx: ServiceContext, db_path: Path) -> None:
    org_id = directory.find_organization(ctx, "SGDD-ASAM").id
    dialog.refresh()
    assert dialog.organisations.select(org_id)
    assert "SGDD-ASAM" in dialog.aliases.group.title()
    assert dialog.aliases.model.rowCount() == 0

    type_text(dialog.aliases.acronym, "SGDD")
    type_text(dialog.aliases.name_en, "Association for Solidarity with Asylum Seekers and Migrants (old name)")
    type_text(dialog.aliases.name_tr, "Sığınmacılar ve Göçmenlerle Dayanışma Derneği")
    type_text(dialog.aliases.valid_from, "1995-01-01")
    type_text(dialog.aliases.valid_to, "2013-12-31")
    QTest.mouseClick(dialog.aliases.add_button, Qt.MouseButton.LeftButton)

    assert "Added SGDD" in dialog.message()
    assert dialog.aliases.model.rowCount() == 1
    shown = [dialog.aliases.model.index(0, c).data() for c in range(5)]
    assert shown[0] == "SGDD" and shown[3:] == ["01/01/1995", "31/12/2013"]
    [alias] = directory_extra.list_aliases(ctx, org_id)
    assert (alias.valid_from, alias.valid_to) == (date(1995, 1, 1), date(2013, 12, 31))
    assert directory_extra.organization_name_at(ctx, org_id, date(2010, 5, 4))[0] == "SGDD"
    assert directory_extra.organization_name_at(ctx, org_id, date(2014, 1, 1))[0] == "SGDD-ASAM"
    with ctx.session() as session:
        from unnm_desktop.store.models import Organization

        assert directory.name_at(session.get(Organization, org_id), date(2013, 12, 31))[2] == (
            "Sığınmacılar ve Göçmenlerle Dayanışma Derneği"
        )
    with raw_db(db_path) as raw:
        stored = raw.execute(
            "SELECT acronym, valid_from, valid_to FROM organization_alias WHERE organization_id = ?", (org_id,)
        ).fetchall()
    assert stored == [("SGDD", "1995-01-01", "2013-12-31")]
    # The new earlier name is searchable at once.
    dialog.organisations.search.setText("sgdd")
    assert dialog.organisations.current_id() == org_id


def test_alias_dates_are_checked(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    pmm = directory.find_organization(ctx, "PMM").id
    assert dialog.organisations.select(pmm)
    before = len(directory_extra.list_aliases(ctx, pmm))

    dialog.aliases.acronym.setText("GİGM")
    dialog.aliases.name_en.setText("Directorate General of Migration Management")
    dialog.aliases.valid_from.setText("2013-13-01")  # setText bypasses the typing validator
    assert dialog.aliases.add() is None
    assert "is not a date" in dialog.message() and "YYYY-MM-DD" in dialog.message()

    dialog.aliases.valid_from.setText("2013-04-11")
    dialog.aliases.valid_to.setText("2012-01-01")
    assert dialog.aliases.add() is None
    assert "cannot end before it starts" in dialog.message()
    assert len(directory_extra.list_aliases(ctx, pmm)) == before
    assert dialog.aliases.acronym.text() == "GİGM"  # kept for correcting

    # Letters cannot be typed into a date field at all.
    dialog.aliases.valid_to.clear()
    type_text(dialog.aliases.valid_to, "20x21-10-2y8")
    assert dialog.aliases.valid_to.text() == "2021-10-28"
    QTest.keyClick(dialog.aliases.valid_to, Qt.Key.Key_Return)  # Enter adds
    assert len(directory_extra.list_aliases(ctx, pmm)) == before + 1


def test_remove_alias(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    pmm = directory.find_organization(ctx, "PMM").id
    assert dialog.organisations.select(pmm)
    aliases = directory_extra.list_aliases(ctx, pmm)
    assert [a.acronym for a in aliases] == ["DGMM"]
    assert not dialog.aliases.remove_button.isEnabled()
    dialog.aliases.table.selectRow(0)
    assert dialog.aliases.remove_button.isEnabled()
    QTest.mouseClick(dialog.aliases.remove_button, Qt.MouseButton.LeftButton)
    assert directory_extra.list_aliases(ctx, pmm) == []
    assert dialog.aliases.model.rowCount() == 0
    assert "Removed the earlier name DGMM" in dialog.message()
    assert directory.find_organization(ctx, "DGMM") is None


# --- merges ----------------------------------------------------------------------------------------


def test_merge_two_people_moves_attendance(
    dialog: DirectoryDialog, ctx: ServiceContext, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = small_meeting(ctx)
    keep_id = first.people["Ayşe Yılmaz"]
    iom = first.orgs["IOM"]
    duplicate_id = directory.create_person(ctx, full_name="Ayse Yilmaz", organization_id=iom)
    second = meetings.create_meeting(ctx, title="UNNM Türkiye — second meeting", start="2024-02-01 10:00")
    duplicate_attendance = attendance.add_attendee(ctx, second, person_id=duplicate_id)
    dialog.refresh()
    dialog.tabs.setCurrentIndex(DirectoryDialog.PEOPLE_TAB)

    type_text(dialog.people.search, "ayse yilmaz")
    assert sorted(visible_names(dialog)) == ["Ayse Yilmaz", "Ayşe Yılmaz"]
    pick(dialog.people, keep_id, duplicate_id)
    assert dialog.people.selected_ids() == [keep_id, duplicate_id]
    assert dialog.people.merge_button.isEnabled()
    assert "Keep" in dialog.people.merge_hint.text() and "Ayşe Yılmaz" in dialog.people.merge_hint.text()

    asked: list[str] = []

    def answer_no(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    QTest.mouseClick(dialog.people.merge_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Ayse Yilmaz" in asked[0]
    assert len(directory.list_people(ctx, "ayse yilmaz")) == 2  # "No" changes nothing

    assert dialog.merge_selected(confirm=False)  # the People tab is current
    assert [p.id for p in directory.list_people(ctx, "ayse yilmaz")] == [keep_id]
    moved = {row.id: row.person_id for row in attendance.list_attendance(ctx, second)}
    assert moved[duplicate_attendance] == keep_id
    assert keep_id in {row.person_id for row in attendance.list_attendance(ctx, first.meeting_id)}
    with raw_db(db_path) as raw:
        merged_into = raw.execute("SELECT merged_into_id FROM person WHERE id = ?", (duplicate_id,)).fetchone()[0]
        left = raw.execute("SELECT count(*) FROM attendance WHERE person_id = ?", (duplicate_id,)).fetchone()[0]
    assert (merged_into, left) == (keep_id, 0)
    assert visible_names(dialog) == ["Ayşe Yılmaz"]
    assert dialog.people.current_id() == keep_id
    assert "Merged" in dialog.message()


def test_merge_keeps_the_first_selected_even_below_the_second(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    keep_id = directory.create_person(ctx, full_name="Zeynep Kaya")
    duplicate_id = directory.create_person(ctx, full_name="Ayşe Kaya")  # sorts above the one kept
    dialog.refresh()
    pick(dialog.people, keep_id, duplicate_id)
    assert dialog.people.merge_selected(confirm=False)
    names = [p.full_name for p in directory.list_people(ctx, "kaya")]
    assert names == ["Zeynep Kaya"]


def test_merge_needs_exactly_two(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    pick(dialog.organisations, directory.find_organization(ctx, "IOM").id)
    assert not dialog.organisations.merge_button.isEnabled()
    count = len(directory.list_organizations(ctx))
    assert not dialog.organisations.merge_selected(confirm=False)
    assert "exactly two" in dialog.message()
    assert len(directory.list_organizations(ctx)) == count


def test_merge_two_organisations(dialog: DirectoryDialog, ctx: ServiceContext, monkeypatch) -> None:
    iom = directory.find_organization(ctx, "IOM").id
    duplicate = directory.create_organization(
        ctx, acronym="IOM Türkiye", name_en="IOM Türkiye office", kind="un_entity"
    )
    person_id = directory.create_person(ctx, full_name="Deniz Akgül", organization_id=duplicate)
    dialog.refresh()
    pick(dialog.organisations, iom, duplicate)
    assert "Keep IOM; merge IOM Türkiye into it." in dialog.organisations.merge_hint.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    QTest.mouseClick(dialog.organisations.merge_button, Qt.MouseButton.LeftButton)

    assert duplicate not in {o.id for o in directory.list_organizations(ctx)}
    assert directory_extra.get_person(ctx, person_id).organization_id == iom
    assert "IOM Türkiye" not in visible_acronyms(dialog)
    assert dialog.organisations.current_id() == iom
    row = person_row(dialog, person_id)
    assert dialog.people.model.index(row, PEOPLE.COL_ORGANIZATION).data() == "IOM"


# --- people ------------------------------------------------------------------------------------------


def test_add_person_with_arabic_name_and_emoji(
    dialog: DirectoryDialog, ctx: ServiceContext, db_path: Path, qtbot
) -> None:
    dialog.tabs.setCurrentIndex(DirectoryDialog.PEOPLE_TAB)
    unicef = directory.find_organization(ctx, "UNICEF").id
    type_text(dialog.people.new_name, "ليلى الحسن")
    type_text(dialog.people.new_title, "Child Protection Officer 🌍")
    dialog.people.new_org.setCurrentIndex(dialog.people.new_org.findData(unicef))
    type_text(dialog.people.new_email, "l.alhasan@example.org")
    QTest.keyClick(dialog.people.new_email, Qt.Key.Key_Return)

    [person] = directory.list_people(ctx, "ليلى")
    assert (person.full_name, person.title, person.organization_acronym, person.email) == (
        "ليلى الحسن",
        "Child Protection Officer 🌍",
        "UNICEF",
        "l.alhasan@example.org",
    )
    row = person_row(dialog, person.id)
    assert dialog.people.model.index(row, PEOPLE.COL_NAME).data() == "ليلى الحسن"
    assert dialog.people.current_id() == person.id
    with raw_db(db_path) as raw:
        assert raw.execute("SELECT title FROM person WHERE id = ?", (person.id,)).fetchone()[0].endswith("🌍")

    # Edit the Arabic name in its cell editor, character by character.
    index = dialog.people.proxy.mapFromSource(dialog.people.model.index(row, PEOPLE.COL_NAME))
    dialog.people.table.setCurrentIndex(index)
    dialog.people.table.edit(index)
    editor = dialog.people.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.end(False)
    type_text(editor, " 🤝")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: dialog.people.table.indexWidget(index) is None)
    assert directory_extra.get_person(ctx, person.id).full_name == "ليلى الحسن 🤝"

    assert dialog.people.add() is None  # empty form
    assert "name cannot be empty" in dialog.message()


def test_edit_person_cells_and_organisation(dialog: DirectoryDialog, ctx: ServiceContext, qtbot) -> None:
    pmm = directory.find_organization(ctx, "PMM").id
    iom = directory.find_organization(ctx, "IOM").id
    person_id = directory.create_person(ctx, full_name="Elif Aksoy", organization_id=pmm)
    dialog.refresh()
    model = dialog.people.model
    row = person_row(dialog, person_id)
    assert model.setData(model.index(row, PEOPLE.COL_TITLE), "Göç Uzmanı")
    assert model.setData(model.index(row, PEOPLE.COL_EMAIL), "elif@example.org")
    assert model.setData(model.index(row, PEOPLE.COL_ORGANIZATION), iom)
    person = directory_extra.get_person(ctx, person_id)
    assert (person.title, person.email, person.organization_id) == ("Göç Uzmanı", "elif@example.org", iom)
    assert model.index(row, PEOPLE.COL_ORGANIZATION).data() == "IOM"

    # Through the organisation combo in the cell: none at all.
    index = dialog.people.proxy.mapFromSource(model.index(row, PEOPLE.COL_ORGANIZATION))
    dialog.people.table.setCurrentIndex(index)
    dialog.people.table.edit(index)
    editor = dialog.people.table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    assert editor.currentData() == iom
    assert editor.itemText(editor.findData(pmm)).startswith("PMM — ")
    editor.setCurrentIndex(0)
    editor.activated.emit(0)
    qtbot.waitUntil(lambda: dialog.people.table.indexWidget(index) is None)
    assert directory_extra.get_person(ctx, person_id).organization_id is None
    assert directory_extra.get_person(ctx, person_id).email == "elif@example.org"

    # Clearing the e-mail stores "no e-mail".
    assert model.setData(model.index(row, PEOPLE.COL_EMAIL), "")
    assert directory_extra.get_person(ctx, person_id).email is None


def test_renaming_an_organisation_shows_in_the_people_table(dialog: DirectoryDialog, ctx: ServiceContext) -> None:
    pmm = directory.find_organization(ctx, "PMM").id
    person_id = directory.create_person(ctx, full_name="Hüseyin Koç", organization_id=pmm)
    dialog.refresh()
    assert dialog.organisations.model.setData(
        dialog.organisations.model.index(org_row(dialog, "PMM"), ORG.COL_ACRONYM), "GİB"
    )
    row = person_row(dialog, person_id)
    assert dialog.people.model.index(row, PEOPLE.COL_ORGANIZATION).data() == "GİB"
    assert dialog.people.new_org.itemText(dialog.people.new_org.findData(pmm)).startswith("GİB — ")
    dialog.tabs.setCurrentIndex(DirectoryDialog.PEOPLE_TAB)
    dialog.people.search.setText("gib")
    assert visible_names(dialog) == ["Hüseyin Koç"]
