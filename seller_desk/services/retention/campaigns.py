"""The campaign log: who was written to (and who was held out at random), and what it changed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import numpy as np
from sqlalchemy import delete, insert, select

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.campaigns import CampaignEffect, measure, split_holdout
from seller_desk.domain.retention.days import day_number
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.authors import author_name
from seller_desk.services.retention.service import RetentionService
from seller_desk.store.database import Database
from seller_desk.store.models import Campaign, CampaignMember

NO_NAME = QT_TRANSLATE_NOOP("errors", "Give the campaign a name.")
NO_CUSTOMERS = QT_TRANSLATE_NOOP("errors", "A campaign needs at least one customer.")
BAD_HOLDOUT = QT_TRANSLATE_NOOP("errors", "Hold out from 0 to 50 percent of the customers.")
BAD_WINDOW = QT_TRANSLATE_NOOP("errors", "Measure over 1 to 365 days after sending.")


@dataclass(frozen=True)
class CampaignView:
    id: int
    name: str
    offer: str
    audience: str
    sent_on: date
    window_days: int
    holdout_percent: int
    targeted: int
    held_out: int
    effect: CampaignEffect | None  # None before the first day after sending
    window_over: bool


class CampaignService:
    def __init__(self, database: Database, retention: RetentionService) -> None:
        self._db = database
        self._retention = retention

    def record(
        self, name: str, offer: str, sent_on: date, customer_ids: Sequence[int],
        holdout_percent: int = 0, window_days: int = 30, audience: str = "",
        seed: int | None = None,
    ) -> CampaignView:
        """Log a campaign; `holdout_percent` of the customers, picked at random, are marked as
        held out (the seller leaves them out of the send)."""
        name = " ".join(name.split())
        if not name:
            raise ValidationError(NO_NAME, item="name")
        ids = np.unique(np.asarray(list(customer_ids), dtype=np.int64))
        if not ids.size:
            raise ValidationError(NO_CUSTOMERS)
        if not 0 <= holdout_percent <= 50:
            raise ValidationError(BAD_HOLDOUT, item="holdout")
        if not 1 <= window_days <= 365:
            raise ValidationError(BAD_WINDOW, item="window")
        seed = random.SystemRandom().randrange(2**31) if seed is None else seed
        held = split_holdout(ids, holdout_percent / 100, seed)
        with self._db.session() as session:
            campaign = Campaign(
                name=name[:120], offer=" ".join(offer.split())[:200], audience=audience[:200],
                sent_at=datetime(sent_on.year, sent_on.month, sent_on.day, 12, tzinfo=UTC),
                window_days=window_days, holdout_percent=holdout_percent,
                created_at=datetime.now(UTC), author=author_name(session),
            )
            session.add(campaign)
            session.flush()
            session.execute(insert(CampaignMember), [
                {"campaign_id": campaign.id, "customer_id": int(c), "holdout": bool(h)}
                for c, h in zip(ids, held, strict=True)
            ])
            campaign_id = campaign.id
        return next(v for v in self.campaigns() if v.id == campaign_id)

    def delete(self, campaign_id: int) -> None:
        with self._db.session() as session:
            session.execute(delete(Campaign).where(Campaign.id == campaign_id))

    def campaigns(self) -> tuple[CampaignView, ...]:
        """Every campaign, newest first, with its readout (RETENTION.md "Campaign effect")."""
        with self._db.session() as session:
            rows = session.scalars(select(Campaign).order_by(Campaign.sent_at.desc(),
                                                             Campaign.id.desc())).all()
            members = session.execute(
                select(CampaignMember.campaign_id, CampaignMember.customer_id,
                       CampaignMember.holdout)
            ).all()
            found = [(r.id, r.name, r.offer, r.audience, r.sent_at, r.window_days,
                      r.holdout_percent) for r in rows]
        if not found:
            return ()
        data = self._retention.shop_data()
        history = data.history
        today = day_number(datetime.now(data.zone).date())
        member_campaign, member_customer, held_flag = (
            np.array([m[i] for m in members], dtype=np.int64) for i in range(3))
        member_held = held_flag.astype(bool)
        views = []
        for cid, name, offer, audience, sent_at, window, holdout in found:
            mine = member_campaign == cid
            ids, held = member_customer[mine], member_held[mine]
            sent_on = sent_at.astimezone(data.zone).date()
            send_day = day_number(sent_on)
            effect = (measure(history, ids, held, send_day, window)
                      if today > send_day and ids.size else None)
            views.append(CampaignView(
                cid, name, offer, audience, sent_on, window, holdout, int((~held).sum()),
                int(held.sum()), effect, today > send_day + window,
            ))
        return tuple(views)
