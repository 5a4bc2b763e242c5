"""The order in which pytest-xdist hands out the test files under `--dist loadfile` (the README's command).

A file is one unit of work, and the units go out in the order of the collection, each to the first worker that
is nearly done with its last. Handed out longest first, what each worker runs last is short and the workers end
together; a long file handed out last is run alone on one core at the end (the three single-test sync files
that were not in the old list of long files ended the run that way, about 10 s). The seconds are those of each
file in a whole `-n 3 --dist loadfile` run on the 2-core machine; they only need to be roughly right.

Refresh them after a change that makes a file much longer or shorter (a file missing here is handed out early,
as if long, so that an unmeasured long file never ends the run):

    .venv/bin/python -m pytest -n 3 --dist loadfile --durations=0 -q | .venv/bin/python tests/file_order.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

# A new file's seconds are not known yet: it goes out among the long ones rather than risk being the tail.
UNMEASURED_SECONDS = 15.0

FILE_SECONDS = {
    "test_content_order.py": 51.5,
    "test_sync.py": 31.2,
    "test_server_search.py": 29.7,
    "test_minutes_batch.py": 28.6,
    "test_keys_meeting.py": 25.4,
    "test_sync_runs.py": 25.3,
    "test_package.py": 23.2,
    "test_server_concurrency.py": 21.3,
    "test_cli.py": 21.3,
    "test_package_merge.py": 20.9,
    "test_keys_actions.py": 19.5,
    "test_gui_sync.py": 18.9,
    "test_sync_folder.py": 18.2,
    "test_sync_register_properties.py": 17.3,
    "test_keys_notes.py": 17.0,
    "test_package_cli.py": 16.9,
    "test_packaging.py": 16.0,
    "test_gui_server_offline.py": 15.8,
    "test_gui_server_conflicts.py": 15.4,
    "test_sync_folder_properties.py": 14.0,
    "test_desk_cli.py": 13.7,
    "test_sync_incremental.py": 13.7,
    "test_gui_leases.py": 13.6,
    "test_package_hostile.py": 13.1,
    "test_sync_first.py": 12.5,
    "test_xdotool_meeting.py": 12.3,
    "test_sync_kill.py": 11.8,
    "test_gui_startup.py": 11.5,
    "test_search_words.py": 11.4,
    "test_keys_attendance.py": 11.3,
    "test_keys_decisions.py": 11.0,
    "test_server_roles.py": 11.0,
    "test_durability.py": 10.4,
    "test_translations.py": 10.1,
    "test_export_cli.py": 9.5,
    "test_gui_pending.py": 9.4,
    "test_label_versions.py": 9.0,
    "test_keys_phrases.py": 8.9,
    "test_gui_server_connect.py": 8.3,
    "test_closures_cli.py": 8.3,
    "test_demo.py": 8.3,
    "test_closure_export.py": 8.3,
    "test_keys_clock.py": 7.6,
    "test_export_stamps.py": 7.1,
    "test_gui_directory.py": 7.0,
    "test_export_verify.py": 6.9,
    "test_copy_register.py": 6.6,
    "test_gui_sync_folder.py": 6.6,
    "test_export_pdf.py": 6.6,
    "test_export_docx.py": 6.5,
    "test_gui_desk_search.py": 6.4,
    "test_search.py": 6.4,
    "test_closures_transport.py": 6.1,
    "test_gui_minutes.py": 5.8,
    "test_gui_first_run.py": 5.8,
    "test_gui_language.py": 5.3,
    "test_sync_plan_properties.py": 5.3,
    "test_phrase_sync.py": 5.3,
    "test_gui_main_window.py": 5.1,
    "test_content_builder.py": 5.0,
    "test_server_passwords.py": 5.0,
    "test_server_basics.py": 4.9,
    "test_meeting_leases.py": 4.8,
    "test_sync_demo.py": 4.7,
    "test_gui_server.py": 4.6,
    "test_closures.py": 4.5,
    "test_storage.py": 4.4,
    "test_export_text.py": 4.4,
    "test_chair_summary.py": 4.3,
    "test_sync_copy.py": 4.2,
    "test_concurrent_edits.py": 4.2,
    "test_chair_summary_in_step.py": 4.1,
    "test_merge.py": 4.0,
    "test_gui_kill.py": 3.8,
    "test_gui_interactive.py": 3.7,
    "test_gui_desk_tracker.py": 3.6,
    "test_gui_desk_register.py": 3.5,
    "test_sync_organisations.py": 3.4,
    "test_keys_desk_windows.py": 3.4,
    "test_keys_chair_summary.py": 3.3,
    "test_actions_tracker.py": 3.3,
    "test_services.py": 3.1,
    "test_gui_desk_package.py": 2.9,
    "test_register.py": 2.9,
    "test_server_autosave.py": 2.8,
    "test_gui_desk_keyboard.py": 2.7,
    "test_migrations.py": 2.5,
    "test_import_contract.py": 2.4,
    "test_keys_tab_pages.py": 2.0,
    "test_export_golden.py": 1.8,
    "test_gui_desk_gcm.py": 1.8,
    "test_export_markdown.py": 1.6,
    "test_search_remake.py": 1.4,
    "test_gui_help.py": 1.3,
    "test_keyboard_smoke.py": 1.3,
    "test_migration_0009.py": 1.2,
    "test_journal.py": 1.1,
    "test_gcm_report.py": 1.1,
    "test_directory_csv.py": 1.0,
    "test_gui_package_merge.py": 1.0,
    "test_keys_export_stamps.py": 0.9,
    "test_gui_desk_csv.py": 0.9,
    "test_people_match.py": 0.8,
    "test_phrases.py": 0.8,
    "test_demo_closures.py": 0.8,
    "test_cli_layout.py": 0.7,
    "test_session_hooks.py": 0.5,
    "test_gui_crash.py": 0.3,
    "test_html_to_markdown.py": 0.3,
    "test_packaging_files.py": 0.2,
    "test_ui_files.py": 0.1,
    "test_text.py": 0.1,
    "test_qt_binding.py": 0.0,
    "test_consensus.py": 0.0,
    "test_files.py": 0.0,
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
