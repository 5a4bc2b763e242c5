"""One meeting as the rapporteur keeps it: the meeting itself, attendance (with "is this person already
here?", `people_match`), agenda and notes, decisions with the organisations' positions, and action points.
"""
