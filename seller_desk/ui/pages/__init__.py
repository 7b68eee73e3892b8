"""One page per sidebar entry."""
