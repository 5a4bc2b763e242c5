"""People and organisations in the GUI: the directory dialog (its Organisations tab with earlier names,
its People tab, their tables and the merging of duplicates), import from CSV, a new organisation or person
created in place, and the "is this one of these people?" question.
"""
