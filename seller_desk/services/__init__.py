"""Use cases: each owns its transactions, reports progress through callables, honours cancel."""
