"""`make i18n`: refresh i18n/*.ts from the sources (lupdate) and compile them to .qm (lrelease).

With --check, change nothing: fail if a source string is missing from a .ts file, a translation is
unfinished, or a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "zh_TW")
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "seller_desk" / "i18n"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "seller_desk").rglob("*.py")
        if "migrations" not in p.parts
    )


def lupdate(ts_files: list[Path]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources()))
    subprocess.run(
        [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", f"@{listing.name}",
         "-ts", *map(str, ts_files)],
        cwd=ROOT, check=True,
    )
    Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    TS_DIR.mkdir(exist_ok=True)
    QM_DIR.mkdir(exist_ok=True)
    if args.check:
        return check()
    lupdate([TS_DIR / f"seller_desk_{lang}.ts" for lang in LANGUAGES])
    for lang in LANGUAGES:
        lrelease(TS_DIR / f"seller_desk_{lang}.ts", QM_DIR / f"seller_desk_{lang}.qm")
    return 0


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = TS_DIR / f"seller_desk_{lang}.ts"
            qm = QM_DIR / f"seller_desk_{lang}.qm"
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lupdate([copy])
            text = copy.read_text(encoding="utf-8")
            unfinished = text.count('type="unfinished"')
            if unfinished:
                problems.append(f"{ts.name}: {unfinished} strings untranslated (run make i18n)")
            if text != ts.read_text(encoding="utf-8"):
                problems.append(f"{ts.name} is out of date with the sources (run make i18n)")
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name} is stale (run make i18n)")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
