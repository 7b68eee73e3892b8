"""Qt item models over service queries."""
