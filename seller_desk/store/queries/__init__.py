"""Read-side queries: pages of big tables, details, and the Dashboard's figures."""
