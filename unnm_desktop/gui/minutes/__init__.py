"""The Minutes menu and its commands: export (Word, PDF) and print, verify a Word file, and the workflow
circulate → sign off → reopen with its dialogs and the revision history; typed against `host.MinutesHost`,
never against the main window."""
