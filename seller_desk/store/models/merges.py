"""Customer merges, with what each moved, so one click can undo them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from seller_desk.store.models.base import Base
from seller_desk.store.types import UTCDateTime


class CustomerMerge(Base):
    __tablename__ = "customer_merges"
    __table_args__ = (
        Index("ix_customer_merges_survivor", "survivor_id", "merged_at"),
        Index("ix_customer_merges_merged", "merged_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    reason: Mapped[str] = mapped_column(String(20), default="")
    author: Mapped[str] = mapped_column(String(80), default="")
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The survivor's profile before the merge filled its gaps (JSON), restored by undo.
    survivor_before: Mapped[str] = mapped_column(Text, default="{}")


class MergeMove(Base):
    """One row the merge re-pointed from the merged customer to the survivor."""

    __tablename__ = "merge_moves"
    __table_args__ = (Index("ix_merge_moves_merge", "merge_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    merge_id: Mapped[int] = mapped_column(ForeignKey("customer_merges.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    row_id: Mapped[int] = mapped_column(Integer)
