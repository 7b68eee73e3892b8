"""Seller Desk: a desktop back office for small cross-border sellers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("seller-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
