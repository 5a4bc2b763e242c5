"""Desk → Decision register…: filters by outcome, GCM objective, organisation, dates and words give what the
service gives; exports to Excel and Word hold the filtered rows; supersession and its refusals; a decision
followed to its meeting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from desk_gui_support import Boxes, Files, make_window
from gui_helpers import type_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog, QTableView

from unnm_desktop.gui.desk.register_table import RegisterModel
from unnm_desktop.gui.desk.register_window import RegisterWindow
from unnm_desktop.gui.main_window import MainWindow
from unnm_desktop.gui.tabs import DECISIONS
from unnm_desktop.services.context import ServiceContext
from unnm_desktop.services.desk.register import load_register
from unnm_desktop.services.desk.views import RegisterFilter
from unnm_desktop.services.directory import entries as directory


@pytest.fixture
def ctx(demo_ctx_of: Callable[[int], ServiceContext]) -> ServiceContext:
    """The demo (`fill_demo` on a new database), copied from the session's template: every test here opens it."""
    return demo_ctx_of(3)


@pytest.fixture
def window(qtbot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx, tmp_path / "settings", monkeypatch)
    yield win
    win.close()


@pytest.fixture
def register(window: MainWindow) -> RegisterWindow:
    opened = window.desk_menu.open_register()
    assert isinstance(opened, RegisterWindow)
    return opened


def _references(register: RegisterWindow) -> list[str]:
    return [e.reference for e in register.model.rows]


def _service(ctx: ServiceContext, **filters: Any) -> list[str]:
    return [e.reference for e in load_register(ctx, RegisterFilter(**filters))]


def _select(register: RegisterWindow, reference: str) -> None:
    register.table.selectRow(_references(register).index(reference))


def test_every_decision_with_its_columns(register: RegisterWindow, ctx: ServiceContext) -> None:
    assert register.findChild(QTableView, "registerTable") is register.table
    assert _references(register) == _service(ctx) and len(_references(register)) == 12
    assert register.count.text() == "12 decisions"
    model = register.model
    row = _references(register).index("UNNM-TR/2019/1/2")
    assert model.index(row, RegisterModel.DATE).data() == "20/11/2019"
    assert model.index(row, RegisterModel.OUTCOME).data() == "Adopted by consensus, with reservations on record"
    assert "UNHCR: Reservation" in model.index(row, RegisterModel.POSITIONS).data()
    assert model.index(row, RegisterModel.OBJECTIVES).data() == "1, 23"
    _select(register, "UNNM-TR/2019/1/2")
    assert "Reservation" in register.detail.toPlainText() and "UNNM-TR/2019/1/2" in register.detail.toPlainText()


def test_filters_give_what_the_service_gives(qtbot, register: RegisterWindow, ctx: ServiceContext) -> None:
    outcome = register.outcome
    outcome.setCurrentIndex(outcome.findData("adopted_with_reservations"))
    assert _references(register) == _service(ctx, outcomes=("adopted_with_reservations",))
    assert _references(register) and all(e.outcome == "adopted_with_reservations" for e in register.model.rows)
    outcome.setCurrentIndex(0)

    register.objective.setCurrentIndex(register.objective.findData(7))
    assert _references(register) == _service(ctx, objective=7) == ["UNNM-TR/2019/1/3", "UNNM-TR/2023/1/2"]
    register.objective.setCurrentIndex(0)

    pmm = directory.find_organization(ctx, "PMM").id  # "DGMM" before it became PMM
    register.organisation.setCurrentIndex(register.organisation.findData(pmm))
    assert _references(register) == _service(ctx, organization_id=pmm) == ["UNNM-TR/2021/1/3", "UNNM-TR/2023/1/2"]
    register.organisation.setCurrentIndex(0)

    register.from_check.setChecked(True)
    assert register.date_from.isEnabled()
    register.date_from.setDate(QDate(2021, 1, 1))
    assert _references(register) == _service(ctx, date_from=date(2021, 1, 1))
    assert all(e.meeting_date >= date(2021, 1, 1) for e in register.model.rows)
    register.to_check.setChecked(True)
    register.date_to.setDate(QDate(2020, 1, 1))  # ends before it starts: said, not a traceback
    assert register.model.rowCount() == 0 and "before it starts" in register.count.text()
    register.to_check.setChecked(False)

    type_text(register.text, "detention")
    qtbot.waitUntil(lambda: not register.timer.isActive(), timeout=3000)
    assert _references(register) == _service(ctx, date_from=date(2021, 1, 1), text="detention")
    register.clear_filters()
    assert len(_references(register)) == 12 and not register.text.text() and not register.from_check.isChecked()


def test_export_the_filtered_register(register: RegisterWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      window: MainWindow) -> None:  # fmt: skip
    files = Files(monkeypatch)
    register.objective.setCurrentIndex(register.objective.findData(23))
    shown = _references(register)
    assert 1 < len(shown) < 10

    files.save_as = tmp_path / "register"  # no extension typed: the format's is added
    written = register.export(".xlsx")
    assert written == tmp_path / "register.xlsx" and files.offered_name.startswith("decision-register-")
    sheet = openpyxl.load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Reference" and [r[0] for r in rows[1:]] == shown

    files.save_as = tmp_path / "register.docx"
    written = register.export(".docx")
    document = docx.Document(str(written))
    table = document.tables[-1]
    assert [row.cells[0].text for row in table.rows][1:] == shown
    assert any("GCM objective 23" in p.text for p in document.paragraphs)
    assert window.settings.export_folder == str(tmp_path)

    files.save_as = None  # cancelled: nothing written
    assert register.export(".xlsx") is None


def test_export_to_a_folder_that_is_gone_is_a_message(register: RegisterWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    files, boxes = Files(monkeypatch), Boxes(monkeypatch)
    files.save_as = tmp_path / "gone" / "register.docx"
    assert register.export(".docx") is None
    assert boxes.kinds("warning") and "gone" in boxes.kinds("warning")[0]


def test_supersedes_and_its_refusals(register: RegisterWindow, ctx: ServiceContext,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    boxes = Boxes(monkeypatch)
    offered: list[list[str]] = []
    answer: dict[str, Any] = {"pick": "UNNM-TR/2019/1/2", "ok": True}

    def get_item(_parent: Any, _title: str, _label: str, items: list[str], *_args: Any) -> tuple[str, bool]:
        offered.append(items)
        return next(i for i in items if i.startswith(answer["pick"])), answer["ok"]

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    _select(register, "UNNM-TR/2023/1/1")  # the 2023 minutes are a draft: open for editing
    register.supersedes_button.click()
    assert offered[-1][1].startswith("UNNM-TR/2021/1/5")  # latest earlier decision first; later ones not offered
    assert not any(item.startswith("UNNM-TR/2023/1/2") for item in offered[-1])
    entry = next(e for e in load_register(ctx) if e.reference == "UNNM-TR/2023/1/1")
    assert entry.supersedes_reference == "UNNM-TR/2019/1/2"
    row = _references(register).index("UNNM-TR/2019/1/2")
    assert "superseded" in register.model.index(row, RegisterModel.REFERENCE).data()

    register.current_only.setChecked(True)
    assert "UNNM-TR/2019/1/2" not in _references(register)
    register.current_only.setChecked(False)

    _select(register, "UNNM-TR/2021/1/1")  # signed-off minutes: refused, with the service's message
    answer["pick"] = "UNNM-TR/2019/1/1"
    register.supersedes_button.click()
    assert len(boxes.kinds("warning")) == 1 and "signed off" in boxes.kinds("warning")[0].lower()
    assert next(e for e in load_register(ctx) if e.reference == "UNNM-TR/2021/1/1").supersedes_id is None

    _select(register, "UNNM-TR/2019/1/1")  # the first decision: nothing earlier
    register.supersedes_button.click()
    assert "nothing it can supersede" in boxes.kinds("warning")[-1]

    _select(register, "UNNM-TR/2023/1/1")  # and undone
    answer["pick"] = "(nothing"
    register.supersedes_button.click()
    assert next(e for e in load_register(ctx) if e.reference == "UNNM-TR/2023/1/1").supersedes_id is None


def test_open_meeting_follows_the_decision(register: RegisterWindow, window: MainWindow) -> None:
    _select(register, "UNNM-TR/2021/1/2")
    entry = register.current()
    register.table.activated.emit(register.table.currentIndex())  # Enter or double-click
    assert window.meeting_id == entry.meeting_id
    assert window.tabs.currentIndex() == DECISIONS
    assert window.decisions.decision is not None and window.decisions.decision.id == entry.id
    assert window.meeting_list.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == entry.meeting_id


def test_every_control_is_named_and_reachable(register: RegisterWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit

    for kind in (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QAbstractButton):
        for widget in register.findChildren(kind):
            if widget.objectName().startswith("qt_") or not widget.objectName():
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue
            assert widget.accessibleName(), widget.objectName()
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()


def test_the_outcome_column_shows_what_is_still_open_and_the_final_outcome(
    register: RegisterWindow, ctx: ServiceContext
) -> None:
    """Issue 14: the 2021 minutes were signed off with UNHCR's confirmation awaited; once recorded as an addendum,
    the register shows the final outcome and its date under the outcome signed off."""
    from unnm_desktop.services.minutes.addenda import confirm

    model = register.model
    row = _references(register).index("UNNM-TR/2021/1/4")
    assert model.index(row, RegisterModel.OUTCOME).data() == (
        "Proposed; not yet decided\n(open: awaiting a confirmation or a silence)"
    )
    confirm(ctx, "UNNM-TR/2021/1/4", "UNHCR", on="2021-07-20", note="E-mail of 20 July 2021")
    register.clear_filters()  # reads the register again
    row = _references(register).index("UNNM-TR/2021/1/4")
    assert model.index(row, RegisterModel.OUTCOME).data() == (
        "Proposed; not yet decided\n(final: Adopted by consensus, 20/07/2021)"
    )
    _select(register, "UNNM-TR/2021/1/4")
    assert "Final outcome: Adopted by consensus (20/07/2021)" in register.detail.toPlainText()
