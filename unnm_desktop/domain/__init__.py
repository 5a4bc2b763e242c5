"""Plain-Python domain rules: enums, consensus rules, text handling. No Qt, no SQLAlchemy."""
