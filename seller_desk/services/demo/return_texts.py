"""What demo customers wrote when they asked to return something, and what the staff noted."""

from __future__ import annotations

from seller_desk.domain.returns import ReturnReason, ReturnState

R, S = ReturnReason, ReturnState

# The customer's own words, by reason (data the demo stores, not text of the program).
REASON_TEXTS: dict[ReturnReason, tuple[str, ...]] = {
    R.DAMAGED: ("Arrived broken, photos attached.", "The box was crushed and one piece is "
                "cracked.", "Chipped on arrival.", "Torn along the seam when I unpacked it.", ""),
    R.WRONG_ITEM: ("I ordered red and got blue.", "This is not the size I ordered.",
                   "Received someone else's order, I think.", ""),
    R.NOT_AS_DESCRIBED: ("The colour is much paler than in the photos.",
                         "Smaller than it looks in the listing.",
                         "Feels thinner than described.", "Not silk as far as I can tell.", ""),
    R.SIZE_FIT: ("Too small for me, could I have the next size?", "Too big, sadly.",
                 "Doesn't fit; I need a size up.", "Shorter than I expected.", ""),
    R.CHANGED_MIND: ("No longer needed, sorry.", "Bought two by mistake.",
                     "It was meant as a gift and the party was cancelled.", ""),
    R.ARRIVED_LATE: ("It arrived after the wedding, so I can't use it.",
                     "Came three weeks late, too late for the festival.", ""),
    R.LOST_IN_TRANSIT: ("Tracking says delivered but nothing came.",
                        "Parcel never arrived; the post office has no trace.", ""),
    R.OTHER: ("Please call me about this order.", "See my e-mail.", ""),
}

# What the staff wrote on each step, by the state it reached ("" often: most steps say nothing).
STEP_NOTES: dict[ReturnState, tuple[str, ...]] = {
    S.APPROVED: ("", "", "Approved, sorry for the trouble.", "OK as a goodwill gesture."),
    S.REJECTED: ("Used and washed; we cannot take it back.", "Customised item, not returnable."),
    S.AWAITING_ITEM: ("", "Return label sent by e-mail.", "Customer ships it back themselves."),
    S.RECEIVED: ("", "", "Parcel in, packaging intact.", "Parcel in, box dented."),
    S.INSPECTED: ("", "", "Checked and repacked.", "As the customer said."),
    S.REFUNDED: ("", "", "Refunded to the original payment."),
    S.REPLACED: ("", "Replacement sent with extra padding."),
    S.EXCHANGED: ("", "Exchange sent."),
    S.CREDITED: ("", "Store credit code sent by e-mail."),
    S.CLOSED: ("", "", ""),
}
TOO_LATE_NOTE = "Asked {days} days after delivery; the window is {window} days."
WITHDRAWN_NOTE = "Customer decided to keep it."
NEVER_CAME_NOTE = "Item never came back; closed."
REFUND_NOTE = "{rma}: refund of the returned items."
