"""File → Synchronise… and the review of the conflicts a sync leaves (issue 13)."""
