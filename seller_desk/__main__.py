"""`python -m seller_desk` runs the command line, which starts the window by default."""

from seller_desk.app import main

raise SystemExit(main())
