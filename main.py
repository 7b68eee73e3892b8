"""Start Seller Desk from a source checkout: `python main.py`, the same as `seller-desk`."""

from seller_desk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
