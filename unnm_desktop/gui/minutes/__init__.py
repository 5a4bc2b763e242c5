"""The Minutes menu and its dialogs: export and print, circulate, sign off, reopen, revision history."""
