"""The main window's parts, assembled by gui/main_window.MainWindow: its menu bar (menu_bar), the list of
meetings on the left (meeting_list), the tab pages made on first use (pages), the commands that open dialogs
over it (commands) and its start while the database opens on its own thread (startup). Nothing outside
gui/main_window imports them."""
