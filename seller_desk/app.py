"""The composition root: parse the command line, set up paths and logging, then run a command
or build the window with everything it needs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from seller_desk import cli
from seller_desk.logs import set_up_logging
from seller_desk.paths import AppPaths

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    paths = AppPaths.for_user()
    paths.make()
    set_up_logging(paths.log_file)
    if args.command not in (None, "gui"):
        return cli.run(args, paths)
    from seller_desk.ui.application import run_window

    return run_window(paths, database=args.db, language=args.lang, argv=sys.argv[:1])


if __name__ == "__main__":
    raise SystemExit(main())
