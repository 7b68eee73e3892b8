"""The demo shop: a realistic cross-border shop with 24 months of orders, made in one go."""

from seller_desk.services.demo.generate import DemoRefused, DemoSummary, generate_demo
from seller_desk.services.demo.rates import DEMO_CURRENCIES

__all__ = ["DEMO_CURRENCIES", "DemoRefused", "DemoSummary", "generate_demo"]
