"""Reply templates: built-in wording per language, the seller's own versions, and filled replies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select

from seller_desk.domain.replies import (
    RenderedReply,
    ReplyKind,
    ReplyTemplate,
    built_in,
    first_name,
    pick_language,
    render,
    reply_date,
    validate_template,
)
from seller_desk.services.lookups import order_or_gone
from seller_desk.store.database import Database
from seller_desk.store.models import Customer, SavedReplyTemplate, Setting


@dataclass(frozen=True)
class ReplyDraft:
    language: str
    reply: RenderedReply
    customised: bool


class RepliesService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def template(self, kind: ReplyKind, language: str) -> tuple[ReplyTemplate, bool]:
        """The template used for `kind` in `language`, and whether it is the seller's own."""
        with self._db.read_session() as session:
            saved = session.scalar(select(SavedReplyTemplate).where(
                SavedReplyTemplate.kind == kind.value, SavedReplyTemplate.language == language))
            if saved is not None:
                return ReplyTemplate(kind, language, saved.subject, saved.body), True
        return built_in(kind, language), False

    def save(self, kind: ReplyKind, language: str, subject: str, body: str) -> None:
        validate_template(subject)
        validate_template(body)
        with self._db.session() as session:
            saved = session.scalar(select(SavedReplyTemplate).where(
                SavedReplyTemplate.kind == kind.value, SavedReplyTemplate.language == language))
            if saved is None:
                saved = SavedReplyTemplate(kind=kind.value, language=language)
                session.add(saved)
            saved.subject = subject.strip()
            saved.body = body.strip()
            saved.updated_at = datetime.now(UTC)

    def reset(self, kind: ReplyKind, language: str) -> None:
        """Go back to the built-in wording."""
        with self._db.session() as session:
            session.execute(delete(SavedReplyTemplate).where(
                SavedReplyTemplate.kind == kind.value, SavedReplyTemplate.language == language))

    def draft(self, kind: ReplyKind, *, customer_id: int | None = None,
              order_id: int | None = None, language: str | None = None,
              extra: dict[str, str] | None = None) -> ReplyDraft:
        """A reply filled for a customer (and order), in the customer's language unless
        `language` is given."""
        values: dict[str, str] = {}
        with self._db.read_session() as session:
            shop = session.get(Setting, "shop_name")
            values["shop_name"] = shop.value if shop else ""
            order = order_or_gone(session, order_id) if order_id is not None else None
            if order is not None:
                customer_id = customer_id or order.customer_id
                values["order_number"] = order.number
                placed = order.placed_at.date()
                values["items"] = ", ".join(
                    f"{line.quantity} × {line.title}" for line in order.lines)
                values["customer_name"] = order.buyer_name
            else:
                placed = None
            customer = session.get(Customer, customer_id) if customer_id is not None else None
            if customer is not None:
                values["customer_name"] = customer.name or values.get("customer_name", "")
            values["first_name"] = first_name(values.get("customer_name", ""))
            chosen = pick_language(language or (customer.language if customer else "") or "en")
        if placed is not None:
            values["order_date"] = reply_date(placed, chosen)
        values.update(extra or {})
        template, customised = self.template(kind, chosen)
        return ReplyDraft(chosen, render(template, values), customised)
