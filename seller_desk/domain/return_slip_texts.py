"""The return slip's wording in the customer's language, whatever language the window speaks."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from seller_desk.domain.replies import LANGUAGE_NAMES, REPLY_LANGUAGES, pick_language
from seller_desk.domain.returns import ReturnReason

# The slip goes in the parcel to the seller and is read by the customer first: its texts are
# never run through the window's translator, so they live here per language.
SLIP_LANGUAGES: tuple[str, ...] = REPLY_LANGUAGES
FIELDS: tuple[str, ...] = (
    "title", "rma", "order", "customer", "requested", "items", "sku", "item", "quantity",
    "reason", "note", "instructions", "mark", "thanks",
)

_TEXTS: dict[str, tuple[str, ...]] = {
    "en": ("Return slip", "Return number (RMA)", "Order", "Customer", "Requested on",
           "Items to return", "SKU", "Item", "Quantity", "Reason", "Your note:",
           "Pack the items with this slip and send them to:",
           "Please write the return number on the outside of the parcel.",
           "Thank you for shopping with {shop}."),
    "de": ("Rücksendeschein", "Rücksendenummer (RMA)", "Bestellung", "Kunde",
           "Angemeldet am", "Zurückzusendende Artikel", "Art.-Nr.", "Artikel", "Menge", "Grund",
           "Ihre Anmerkung:",
           "Bitte legen Sie diesen Schein zu den Artikeln ins Paket und senden Sie es an:",
           "Bitte schreiben Sie die Rücksendenummer außen auf das Paket.",
           "Vielen Dank für Ihren Einkauf bei {shop}."),
    "fr": ("Bon de retour", "Numéro de retour (RMA)", "Commande", "Client", "Demandé le",
           "Articles à retourner", "Référence", "Article", "Quantité", "Motif",
           "Votre commentaire :",
           "Emballez les articles avec ce bon et envoyez-les à l'adresse suivante :",
           "Merci d'inscrire le numéro de retour à l'extérieur du colis.",
           "Merci pour votre achat chez {shop}."),
    "es": ("Hoja de devolución", "Número de devolución (RMA)", "Pedido", "Cliente",
           "Solicitada el", "Artículos que se devuelven", "Referencia", "Artículo", "Cantidad",
           "Motivo", "Su comentario:",
           "Embale los artículos junto con esta hoja y envíelos a:",
           "Escriba el número de devolución en el exterior del paquete.",
           "Gracias por su compra en {shop}."),
    "ja": ("返品票", "返品番号（RMA）", "注文番号", "お客様名", "返品受付日", "返品する商品",
           "品番", "商品名", "数量", "返品理由", "お客様のコメント：",
           "商品とこの返品票を一緒に梱包し、下記の住所までお送りください。",
           "箱の外側に返品番号をご記入ください。",
           "{shop}をご利用いただき、誠にありがとうございます。"),
    "zh_CN": ("退货单", "退货编号（RMA）", "订单号", "客户", "申请日期", "退回商品",
              "商品编码", "商品", "数量", "退货原因", "您的备注：",
              "请将商品与本退货单一起包装，寄往以下地址：",
              "请在包裹外侧写上退货编号。", "感谢您在 {shop} 购物。"),
    "zh_TW": ("退貨單", "退貨編號（RMA）", "訂單編號", "顧客", "申請日期", "退回商品",
              "商品編號", "商品", "數量", "退貨原因", "您的備註：",
              "請將商品與本退貨單一起包裝，寄往以下地址：",
              "請在包裹外側寫上退貨編號。", "感謝您在 {shop} 購物。"),
}

R = ReturnReason
_REASONS: dict[str, tuple[str, ...]] = {
    # In ReturnReason order: damaged, wrong item, not as described, size or fit, changed mind,
    # arrived late, lost in transit, other.
    "en": ("Damaged", "Wrong item", "Not as described", "Size or fit", "Changed mind",
           "Arrived late", "Lost in transit", "Other"),
    "de": ("Beschädigt", "Falscher Artikel", "Entspricht nicht der Beschreibung",
           "Größe oder Passform", "Nicht mehr gewünscht", "Zu spät angekommen",
           "Beim Versand verloren", "Sonstiges"),
    "fr": ("Endommagé", "Mauvais article", "Non conforme à la description", "Taille ou coupe",
           "Changement d'avis", "Arrivé en retard", "Perdu pendant le transport", "Autre"),
    "es": ("Dañado", "Artículo equivocado", "No coincide con la descripción", "Talla o ajuste",
           "Cambio de opinión", "Llegó tarde", "Perdido en el envío", "Otro"),
    "ja": ("破損", "商品違い", "商品説明と異なる", "サイズが合わない", "お客様のご都合",
           "到着の遅延", "配送中の紛失", "その他"),
    "zh_CN": ("商品损坏", "发错商品", "与描述不符", "尺码或合身问题", "不想要了", "到货太晚",
              "运输途中丢失", "其他"),
    "zh_TW": ("商品損壞", "寄錯商品", "與描述不符", "尺寸或合身問題", "不想要了", "到貨太晚",
              "運送途中遺失", "其他"),
}


@dataclass(frozen=True)
class SlipTexts:
    """Every text of a slip in one language; `note` ends in the language's colon, `thanks`
    has a {shop} placeholder."""

    language: str
    title: str
    rma: str
    order: str
    customer: str
    requested: str
    items: str
    sku: str
    item: str
    quantity: str
    reason: str
    note: str
    instructions: str
    mark: str
    thanks: str
    reasons: MappingProxyType[str, str]

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES[self.language]

    def reason_text(self, reason: str) -> str:
        """A ReturnReason value in this language; an unknown one as given."""
        return self.reasons.get(reason, reason)


def slip_texts(language: str) -> SlipTexts:
    """The slip in `language` (any tag pick_language understands: "de-AT", "zh_Hant"),
    English for a language the slip does not speak."""
    chosen = pick_language(language)
    reasons = MappingProxyType(dict(zip((r.value for r in R), _REASONS[chosen], strict=True)))
    return SlipTexts(chosen, *_TEXTS[chosen], reasons=reasons)
