"""The secretariat's desk windows (Desk menu): search, the decision register, the action tracker, the GCM
report and meeting packages. They act on the main window only through `gui.shell.Shell`.
"""
