"""The secretariat's desk across years: the decision register, the action tracker, the GCM report and
full-text search, with the records they return (`views`).
"""
