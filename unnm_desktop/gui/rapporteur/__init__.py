"""The rapporteur's tabs of the main window, typed into live during a meeting: Details, Attendance,
Agenda & notes, Decisions and Actions, with their editors and the autosave that keeps every keystroke.
"""
