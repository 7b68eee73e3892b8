"""Reply templates: the built-in wording, the seller's own, and replies filled for a customer."""

from __future__ import annotations

import pytest

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.domain.replies import ReplyKind, built_in
from seller_desk.services.replies import RepliesService
from tests.factories import make_shop

SHIPPED = ReplyKind.SHIPPED


def test_a_reply_is_filled_in_the_customers_language(database):
    shop = make_shop(database)
    replies = RepliesService(database)
    draft = replies.draft(SHIPPED, order_id=shop.orders["#1002"],
                          extra={"carrier": "DHL", "tracking_number": "JD0123"})
    assert (draft.language, draft.customised) == ("de", False)
    assert "#1002" in draft.reply.body and "Anna Müller" in draft.reply.body
    assert "DHL" in draft.reply.body and "JD0123" in draft.reply.body
    english = replies.draft(SHIPPED, customer_id=shop.customers["bob"], language="en-GB")
    assert english.language == "en"
    assert "order_number" in english.reply.missing  # no order: left for the seller to fill
    guest = replies.draft(ReplyKind.THANK_YOU, order_id=shop.orders["#1004"])
    assert guest.language == "en" and "Test Shop" in guest.reply.body + guest.reply.subject
    with pytest.raises(NotFoundError):
        replies.draft(SHIPPED, order_id=999_999)


def test_the_sellers_own_wording_is_used_until_reset(database):
    shop = make_shop(database)
    replies = RepliesService(database)
    replies.save(SHIPPED, "de", "  Bestellung {order_number} ist unterwegs ",
                 "Hallo {first_name}, Ihr Paket kommt mit {carrier}.")
    template, own = replies.template(SHIPPED, "de")
    assert own and template.subject == "Bestellung {order_number} ist unterwegs"
    draft = replies.draft(SHIPPED, order_id=shop.orders["#1001"], extra={"carrier": "DPD"})
    assert draft.customised
    assert (draft.reply.subject, draft.reply.body) == (
        "Bestellung #1001 ist unterwegs", "Hallo Anna, Ihr Paket kommt mit DPD.")
    replies.save(SHIPPED, "de", "Neu {order_number}", "Text")
    assert replies.template(SHIPPED, "de")[0].subject == "Neu {order_number}"
    assert replies.template(SHIPPED, "fr") == (built_in(SHIPPED, "fr"), False)
    with pytest.raises(ValidationError, match="Unknown placeholder"):
        replies.save(SHIPPED, "de", "Hi {nickname}", "Text")
    with pytest.raises(ValidationError, match="Unbalanced brace"):
        replies.save(SHIPPED, "de", "Subject", "Text {")
    replies.reset(SHIPPED, "de")
    assert replies.template(SHIPPED, "de") == (built_in(SHIPPED, "de"), False)
