"""The minutes as a document: their content as plain data, the workflow draft → circulated → signed off,
and the proof that signed-off minutes still stand (fingerprints, verification, `check`).
"""
