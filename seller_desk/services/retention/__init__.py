"""Retention use cases: figures per filter and date, customer lists, win-back, campaigns."""
