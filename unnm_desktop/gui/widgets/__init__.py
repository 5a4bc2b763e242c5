"""Widgets and helpers every part of the GUI shares: table models over the services' views, the date
entry, small dialogs, the busy cursor, Designer-file loading and the words for stored values.
"""
