"""People and organisations in the GUI: the directory dialog, import from CSV, a new organisation or
person created in place, and the "is this one of these people?" question.
"""
