"""Synchronising a register with another, field by field, through a three-way merge (issue 13; docs/sync.md)."""
