"""Start Seller Desk from a source checkout: `python main.py` (same as the `seller-desk` command)."""

from seller_desk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
