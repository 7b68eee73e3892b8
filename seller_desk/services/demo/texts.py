"""What the demo staff wrote and customers said: notes, reminders, comments, complaints."""

from __future__ import annotations

STAFF = ("Mei", "Tom")

CUSTOMER_NOTES = (
    "Prefers parcels without a price list inside: they are usually gifts.",
    "Always asks for gift wrap; use the red paper and a plain card.",
    "Runs a tea room in {city}; may order teapots in bulk for the shop.",
    "Wedding planner: buys lanterns by the dozen before the summer season.",
    "Had a parcel go missing once; send everything tracked.",
    "Regular since the first lantern sale; add a handwritten thank-you card.",
    "Courier cannot find the building in {city}; put the phone number on the label.",
    "Collects the zodiac figurines; tell her when the next animal is in stock.",
    "Asked us not to send marketing e-mails, only order updates.",
    "Pays customs on delivery without fuss, but prefers the cheaper shipping option.",
)
ORDER_NOTES = (
    "Asked to send this together with the next order to save postage.",
    "Swapped the blue scarf for ivory at the customer's request.",
    "Customs form: declared as handmade textiles, gift.",
    "Packed with extra bubble wrap: the last teapot arrived chipped.",
    "Wants it delivered after the 20th; hold until then.",
    "Sent a photo of the actual colour before shipping.",
    "Included two spare tea samples as an apology for the delay.",
    "Address corrected by e-mail: flat number was missing.",
)
# A note edited later: what was added each time (the note said less before).
NOTE_UPDATES = (
    "Update: confirmed by e-mail.",
    "Update: done, shipped together.",
    "Update: customer says everything arrived fine.",
    "Update: reminded again by phone.",
)

FOLLOW_UPS = (
    "Check the parcel has arrived",
    "Send the restock notice for the red lanterns",
    "Reply about the wholesale price list",
    "Ask for a photo of the damaged item",
    "Confirm the new shipping address",
    "Send the tracking number again",
    "Offer a discount code for the next order",
    "Ask how the silk scarf held up after washing",
)

# Comments by mood (good, middling, poor); English unless the customer's language is here.
COMMENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "en": (("Beautiful lanterns, exactly as pictured.", "Fast shipping and lovely packaging.",
            "The scarf is even softer than I hoped.", "Great tea, will order again!"),
           ("Nice product but shipping took almost three weeks.",
            "Good quality, the colour is a bit darker than in the photos."),
           ("The teapot arrived broken.", "Still waiting for my parcel after a month.",
            "Customs charges were a surprise; please mention them.")),
    "de": (("Wunderschöne Laternen, genau wie abgebildet.",
            "Schnelle Lieferung, sehr schön verpackt."),
           ("Gute Qualität, aber die Lieferung hat lange gedauert.",),
           ("Die Teekanne kam zerbrochen an.",)),
    "fr": (("Très belles lanternes, conformes aux photos.", "Livraison rapide, emballage soigné."),
           ("Joli produit, mais la livraison a pris trois semaines.",),
           ("Le colis n'est jamais arrivé.",)),
    "es": (("Los farolillos son preciosos, tal como en las fotos.",),
           ("Buena calidad, pero el envío tardó bastante.",),
           ("La tetera llegó rota.",)),
    "it": (("Lanterne bellissime, proprio come in foto.",),
           ("Bel prodotto, ma la spedizione è stata lenta.",),
           ("Il pacco è arrivato danneggiato.",)),
    "ja": (("写真通りのきれいな提灯でした。", "丁寧な梱包でとても満足です。"),
           ("品質は良いですが、届くまで少し時間がかかりました。",),
           ("急須が割れて届きました。",)),
    "zh_CN": (("灯笼很漂亮，和图片一样。", "包装很用心，发货也快。"),
              ("质量不错，就是物流有点慢。",),
              ("茶壶收到时已经碎了。",)),
    "zh_TW": (("燈籠很漂亮，和照片一樣。",),
              ("品質不錯，但是寄送有點慢。",),
              ("茶壺收到時已經破了。",)),
    "ko": (("사진과 똑같이 예쁜 등불이에요.",),
           ("품질은 좋은데 배송이 조금 느렸어요.",),
           ("찻주전자가 깨져서 왔어요.",)),
    "nl": (("Prachtige lampionnen, precies zoals op de foto.",),
           ("Mooi product, maar de levering duurde lang.",),
           ("De theepot kwam kapot aan.",)),
    "pt": (("Lanternas lindas, iguais às fotos.",),
           ("Boa qualidade, mas a entrega demorou.",),
           ("O bule chegou quebrado.",)),
}

# Complaints by what happened to the order: (subject, details).
COMPLAINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "waiting": (
        ("Order not shipped yet", "Paid four days ago and no tracking number so far."),
    ),
    "on_the_way": (
        ("Parcel not arrived", "Tracking has not moved for ten days."),
        ("Tracking number does not work", "The carrier's site says the number is unknown."),
    ),
    "arrived": (
        ("Item arrived damaged", "The lantern frame is bent; photos attached to the e-mail."),
        ("Wrong colour sent", "Ordered gold, received red."),
        ("Customs fee charged on delivery", "Had to pay import VAT and a handling fee."),
        ("Smaller than expected", "The cushion cover does not fit a 50 cm cushion."),
    ),
    "refunded": (
        ("Refund not received yet", "The refund was promised a week ago."),
    ),
    "cancelled": (
        ("Charged for a cancelled order", "The card shows a pending charge after cancelling."),
    ),
}
COMPLAINT_CHANNELS = (("email", 0.4), ("marketplace_message", 0.3), ("phone", 0.1),
                      ("chat", 0.1), ("review", 0.1))
FEEDBACK_CHANNELS = (("survey", 0.6), ("email", 0.15), ("review", 0.15),
                     ("marketplace_message", 0.1))
