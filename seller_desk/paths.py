"""Where Seller Desk keeps its files: the platform's data, config, log and backup folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SellerDesk"
DB_ENV = "SELLER_DESK_DB"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def default_database(self) -> Path:
        return self.data / "shop.sqlite3"

    @property
    def demo_database(self) -> Path:
        return self.data / "demo-shop.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.logs / "seller-desk.log"

    def make(self) -> None:
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(parents=True, exist_ok=True)

    def database_target(self, given: str | None) -> str:
        """`--db` if given, else $SELLER_DESK_DB, else the default file in the data folder."""
        return given or os.environ.get(DB_ENV) or str(self.default_database)
