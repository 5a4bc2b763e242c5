"""Meeting packages: one meeting carried between machines in one file (docs/package-format.md).

A file is read strictly (`read`: `strict_json` for the bytes, `schema` with its `schema_words`, then `rules`;
what is refused and where is `problems`), planned against the database (`plan`), and applied in one
transaction (`importer`, `apply`); `write` and `from_database` make a package; `format` is the shape both
directions share. A meeting changed on both sides is merged field by field by the sync's plan (`merge`, with
`records` turning a package's meeting into the sync's records and back; docs/sync.md, "Meeting packages").
"""
