"""Outside services (exchange rates, tracking, marketplaces): one module each, no DB, no Qt."""
