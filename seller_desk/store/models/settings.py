"""Shop settings as key/value rows (validated by domain.settings before they get here)."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
