"""People and organisations: the directory's entries, earlier names (aliases) and merges, look-ups for one
record, and import from CSV. The starter directory every new database gets is `services/starter_directory.py`.
"""
