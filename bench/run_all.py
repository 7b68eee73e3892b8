"""`make bench`: every benchmark, printing figures (made on generated demo data)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ["bench_demo.py", "bench_tables.py", "bench_startup.py", "bench_import.py",
           "bench_timeline.py", "bench_models.py", "bench_retention.py",
           "reprice.py", "profit.py", "returns.py", "tracking.py", "shipments.py", "sync.py"]

if __name__ == "__main__":
    for name in BENCHES:
        print(f"\n=== {name}", flush=True)
        subprocess.run([sys.executable, str(HERE / name), *sys.argv[1:]], check=True)
