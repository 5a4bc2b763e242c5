"""The order in which pytest-xdist hands out the test files under `--dist loadfile` (the README's command).

A file is one unit of work, and the units go out in the order of the collection, each to the first worker that
is nearly done with its last. Handed out longest first, what each worker runs last is short and the workers end
together; a long file handed out last is run alone on one core at the end (the three single-test sync files
that were not in the old list of long files ended the run that way, about 10 s). The seconds are those of each
file in a whole `-n 2 --dist loadfile` run on the 2-core machine; they only need to be roughly right.

Refresh them after a change that makes a file much longer or shorter (a file missing here is handed out early,
as if long, so that an unmeasured long file never ends the run):

    .venv/bin/python -m pytest -n 2 --dist loadfile --durations=0 -q | .venv/bin/python tests/file_order.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

# A new file's seconds are not known yet: it goes out among the long ones rather than risk being the tail.
UNMEASURED_SECONDS = 15.0

FILE_SECONDS = {
    "test_sync.py": 30.7,
    "test_content_order.py": 24.7,
    "test_sync_folder.py": 22.2,
    "test_sync_incremental.py": 17.4,
    "test_desk_cli.py": 14.7,
    "test_demo.py": 13.3,
    "test_gui_server_offline.py": 12.5,
    "test_package_hostile.py": 12.3,
    "test_server_search.py": 12.2,
    "test_label_versions.py": 10.9,
    "test_keys_meeting.py": 10.9,
    "test_gui_minutes.py": 10.8,
    "test_export_cli.py": 10.5,
    "test_sync_runs.py": 10.3,
    "test_gui_first_run.py": 10.3,
    "test_sync_kill.py": 10.1,
    "test_sync_register_properties.py": 10.0,
    "test_sync_folder_properties.py": 9.6,
    "test_cli.py": 9.3,
    "test_server_concurrency.py": 9.2,
    "test_packaging.py": 9.1,
    "test_concurrent_edits.py": 9.1,
    "test_gui_sync.py": 8.7,
    "test_search_words.py": 8.6,
    "test_minutes_batch.py": 8.6,
    "test_gui_startup.py": 8.5,
    "test_sync_demo.py": 8.0,
    "test_keys_actions.py": 7.9,
    "test_register.py": 7.9,
    "test_keys_notes.py": 7.3,
    "test_durability.py": 7.1,
    "test_gui_server_conflicts.py": 7.1,
    "test_gui_desk_search.py": 7.0,
    "test_gui_main_window.py": 6.6,
    "test_export_verify.py": 6.5,
    "test_meeting_leases.py": 6.5,
    "test_export_text.py": 6.3,
    "test_xdotool_meeting.py": 6.2,
    "test_keys_attendance.py": 5.9,
    "test_gui_leases.py": 5.8,
    "test_package_cli.py": 5.7,
    "test_keys_clock.py": 5.6,
    "test_keys_decisions.py": 5.6,
    "test_server_passwords.py": 5.5,
    "test_gui_help.py": 5.4,
    "test_translations.py": 5.3,
    "test_search.py": 5.3,
    "test_server_roles.py": 5.2,
    "test_export_docx.py": 5.2,
    "test_export_pdf.py": 4.6,
    "test_package.py": 4.6,
    "test_server_basics.py": 4.4,
    "test_session_hooks.py": 4.4,
    "test_gui_server_connect.py": 4.4,
    "test_gui_server.py": 4.3,
    "test_storage.py": 4.1,
    "test_gui_directory.py": 4.1,
    "test_actions_tracker.py": 4.1,
    "test_copy_register.py": 3.9,
    "test_content_builder.py": 3.8,
    "test_gui_desk_register.py": 3.6,
    "test_server_autosave.py": 3.3,
    "test_export_markdown.py": 3.3,
    "test_gui_desk_keyboard.py": 3.2,
    "test_gui_interactive.py": 3.2,
    "test_gui_desk_tracker.py": 3.1,
    "test_gui_kill.py": 3.0,
    "test_search_remake.py": 2.8,
    "test_gui_desk_package.py": 2.7,
    "test_gui_sync_folder.py": 2.7,
    "test_gui_language.py": 2.5,
    "test_services.py": 2.0,
    "test_keys_desk_windows.py": 1.8,
    "test_import_contract.py": 1.7,
    "test_chair_summary.py": 1.6,
    "test_journal.py": 1.5,
    "test_people_match.py": 1.5,
    "test_directory_csv.py": 1.4,
    "test_keys_tab_pages.py": 1.4,
    "test_sync_plan_properties.py": 1.3,
    "test_export_golden.py": 1.3,
    "test_migrations.py": 1.2,
    "test_sync_migration.py": 1.1,
    "test_merge.py": 1.1,
    "test_gcm_report.py": 1.1,
    "test_gui_desk_gcm.py": 0.6,
    "test_keyboard_smoke.py": 0.4,
    "test_cli_layout.py": 0.3,
    "test_gui_desk_csv.py": 0.3,
    "test_gui_crash.py": 0.3,
    "test_packaging_files.py": 0.3,
    "test_html_to_markdown.py": 0.1,
    "test_ui_files.py": 0.1,
    "test_snippet_words.py": 0.1,
    "test_files.py": 0.0,
    "test_consensus.py": 0.0,
    "test_text.py": 0.0,
    "test_sync_plan.py": 0.0,
    "test_qt_binding.py": 0.0,
    "test_connection_lost.py": 0.0,
}


def seconds(file_name: str) -> float:
    """The measured seconds of a test file (its name, e.g. "test_cli.py"); UNMEASURED_SECONDS when unknown."""
    return FILE_SECONDS.get(file_name, UNMEASURED_SECONDS)


def _file_seconds_of(durations: str) -> dict[str, float]:
    """Seconds per test file from pytest's `--durations=0` report (setup, call and teardown added up)."""
    per_file: defaultdict[str, float] = defaultdict(float)
    for match in re.finditer(r"^\s*([0-9.]+)s (?:setup|call|teardown)\s+(?:\S*/)?(test_\w+\.py)::", durations, re.M):
        per_file[match[2]] += float(match[1])
    return dict(sorted(per_file.items(), key=lambda pair: -pair[1]))


if __name__ == "__main__":  # the new FILE_SECONDS, printed from a `--durations=0` report read on stdin
    print("FILE_SECONDS = {")
    for name, total in _file_seconds_of(sys.stdin.read()).items():
        print(f'    "{name}": {total:.1f},')
    print("}")
