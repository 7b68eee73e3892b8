"""Retention math (RETENTION.md): cohorts, RFM, lifecycle, survival, models, loyalty, campaigns."""
