"""Time from launching the process to a visible main window on the 1M-order demo shop, and the
first Orders page as the window loads it (through the task runner and the table model)."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import big_database, row

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = big_database(args.orders)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as home:
        env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home)
        visible, pages = [], []
        for _ in range(args.runs):
            launched = time.time()
            done = subprocess.run(
                [sys.executable, str(HERE / "startup_probe.py"), str(path), repr(launched)],
                env=env, capture_output=True, text=True, timeout=120, check=True,
            )
            figures = dict(line.split() for line in done.stdout.splitlines() if " " in line)
            visible.append(float(figures["visible"]) * 1000)
            pages.append(float(figures["orders_page"]) * 1000)
    print(f"Start-up on {path.name}; median of {args.runs} cold processes")
    row("launch to visible main window", statistics.median(visible), 2000,
        f"   (range {min(visible):.0f}–{max(visible):.0f})")
    row("first Orders page through the window's model", statistics.median(pages), 100,
        f"   (range {min(pages):.0f}–{max(pages):.0f}; the Dashboard computes meanwhile)")


if __name__ == "__main__":
    main()
