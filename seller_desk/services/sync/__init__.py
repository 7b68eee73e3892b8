"""Marketplace sync: connected accounts, pulling orders and products, pushing stock, prices
and tracking, and the log and conflicts a seller reviews."""
