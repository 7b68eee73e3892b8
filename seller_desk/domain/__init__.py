"""Pure rules and value types: no files, sockets, Qt or database."""
