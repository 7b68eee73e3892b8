"""The built-in reply wording after the sale: review request, delay apology, refund."""
# ruff: noqa: E501
# A paragraph is one line so mail programs wrap it to the reader's window; Japanese keeps the
# short lines Japanese business mail is written in.

from __future__ import annotations

# kind → language → (subject, body), as in reply_texts.
TEXTS: dict[str, dict[str, tuple[str, str]]] = {}

TEXTS["review_request"] = {
    "en": ("How are you finding your order?", """\
Hi {first_name},

We hope your order {order_number} arrived safely and that you're enjoying it:
{items}

If you have a minute, we'd be really grateful for a short review. Honest feedback helps other shoppers decide, and it helps a small shop like ours grow:
{review_link}

And if anything isn't quite right, please let us know – we're always happy to help.

Thank you!
{shop_name}"""),
    "de": ("Wie gefällt Ihnen Ihre Bestellung?", """\
Guten Tag {customer_name},

wir hoffen, Ihre Bestellung {order_number} ist gut bei Ihnen angekommen und gefällt Ihnen:
{items}

Wenn Sie einen Moment Zeit haben, würden wir uns sehr über eine kurze Bewertung freuen. Ihre ehrliche Meinung hilft anderen bei der Kaufentscheidung – und einem kleinen Shop wie unserem beim Wachsen:
{review_link}

Und falls etwas nicht ganz passt, melden Sie sich bitte jederzeit bei uns. Wir helfen Ihnen gerne weiter.

Herzliche Grüße
{shop_name}"""),
    "fr": ("Votre avis compte pour nous", """\
Bonjour {customer_name},

Nous espérons que votre commande {order_number} est bien arrivée et qu'elle vous plaît :
{items}

Si vous avez une minute, nous vous serions très reconnaissants de bien vouloir nous laisser un petit avis. Votre retour sincère aide les autres clients à faire leur choix, et une petite boutique comme la nôtre à grandir :
{review_link}

Et si quelque chose ne vous convient pas, n'hésitez pas à nous écrire : nous ferons le nécessaire avec plaisir.

Merci beaucoup !
L'équipe {shop_name}"""),
    "es": ("Su opinión sobre el pedido {order_number}", """\
Hola, {first_name}:

Esperamos que su pedido {order_number} haya llegado bien y que lo esté disfrutando:
{items}

Si tiene un momento, le agradeceríamos mucho que nos dejara una breve reseña. Su opinión sincera ayuda a otros clientes a decidirse y a una tienda pequeña como la nuestra a crecer:
{review_link}

Y si algo no está del todo bien, escríbanos cuando quiera: estaremos encantados de ayudarle.

¡Muchas gracias!
El equipo de {shop_name}"""),
    "ja": ("【{shop_name}】商品はいかがでしょうか（注文番号：{order_number}）", """\
{customer_name} 様

このたびは{shop_name}をご利用いただき、誠にありがとうございました。
ご注文の商品は、無事お手元に届きましたでしょうか。

■ご注文番号：{order_number}
■ご注文商品：
{items}

もしよろしければ、下記より商品のご感想をレビューにてお聞かせいただけますと幸いです。
{review_link}
いただいたご意見は、今後の商品づくりやサービス向上の参考にさせていただきます。

万が一、商品に不備などがございましたら、お手数ですが本メールにご返信ください。
誠心誠意対応いたします。

今後とも{shop_name}をどうぞよろしくお願いいたします。

{shop_name}"""),
    "zh_CN": ("您对订单 {order_number} 还满意吗？", """\
{customer_name}，您好！

希望您的订单 {order_number} 已经顺利送达，也希望您喜欢这次购买的商品：
{items}

如果方便的话，能否花一分钟留下您的评价？您真实的反馈能帮助其他买家做出选择，也能帮助我们这样的小店不断进步：
{review_link}

如果商品有任何不满意的地方，请随时联系我们，我们很乐意为您解决。

衷心感谢！
{shop_name}"""),
    "zh_TW": ("訂單 {order_number} 的商品還滿意嗎？", """\
{customer_name} 您好：

希望您的訂單 {order_number} 已經順利送達，也希望您喜歡這次購買的商品：
{items}

如果方便的話，想請您花一分鐘留下評價。您真實的回饋能幫助其他買家做選擇，也能讓我們這樣的小店持續進步：
{review_link}

若商品有任何不滿意的地方，歡迎隨時與我們聯繫，我們很樂意為您處理。

由衷感謝！
{shop_name} 敬上"""),
}

TEXTS["delay_apology"] = {
    "en": ("Your order {order_number} is delayed – our apologies", """\
Hi {first_name},

Unfortunately, your order {order_number}, placed on {order_date}, is taking longer than we expected:
{items}

We're very sorry for the wait. We're doing everything we can to get it to you as soon as possible, and we'll send you the tracking details the moment it ships.

If the delay is a problem for you, just reply to this email and we'll find a solution together – including cancelling the order with a full refund, if you'd prefer.

Thank you for your patience and understanding.

Warm regards,
{shop_name}"""),
    "de": ("Ihre Bestellung {order_number} verzögert sich – bitte entschuldigen Sie", """\
Guten Tag {customer_name},

leider müssen wir Ihnen mitteilen, dass sich Ihre Bestellung {order_number} vom {order_date} verzögert:
{items}

Das tut uns sehr leid. Wir tun alles dafür, dass Sie Ihre Bestellung so schnell wie möglich erhalten, und schicken Ihnen die Sendungsnummer, sobald das Paket unterwegs ist.

Falls die Verzögerung für Sie ein Problem ist, antworten Sie einfach auf diese E-Mail. Wir finden gemeinsam eine Lösung – auf Wunsch stornieren wir die Bestellung auch und erstatten Ihnen den vollen Betrag.

Vielen Dank für Ihre Geduld und Ihr Verständnis.

Herzliche Grüße
{shop_name}"""),
    "fr": ("Retard de votre commande {order_number} : toutes nos excuses", """\
Bonjour {customer_name},

Nous sommes désolés de vous annoncer que votre commande {order_number} du {order_date} prend plus de temps que prévu :
{items}

Nous vous présentons toutes nos excuses pour cette attente. Nous faisons le maximum pour vous l'envoyer au plus vite et vous transmettrons le numéro de suivi dès l'expédition.

Si ce retard vous pose problème, répondez simplement à ce message : nous trouverons une solution ensemble, y compris l'annulation de la commande avec un remboursement intégral si vous le souhaitez.

Merci de votre patience et de votre compréhension.

Bien cordialement,
L'équipe {shop_name}"""),
    "es": ("Retraso en su pedido {order_number}: le pedimos disculpas", """\
Hola, {first_name}:

Lamentamos informarle de que su pedido {order_number} del {order_date} está tardando más de lo previsto:
{items}

Sentimos mucho la espera. Estamos haciendo todo lo posible para enviárselo cuanto antes y le mandaremos el número de seguimiento en cuanto salga.

Si el retraso le supone un problema, responda a este correo y buscaremos juntos una solución; si lo prefiere, también podemos cancelar el pedido y reembolsarle el importe íntegro.

Gracias por su paciencia y comprensión.

Un cordial saludo,
El equipo de {shop_name}"""),
    "ja": ("【{shop_name}】発送遅延のお詫び（注文番号：{order_number}）", """\
{customer_name} 様

このたびは{shop_name}をご利用いただき、誠にありがとうございます。
{order_date}にご注文いただきました商品につきまして、発送が予定より遅れております。

■ご注文番号：{order_number}
■ご注文商品：
{items}

お待ちいただいているところ、大変ご迷惑をおかけしており、誠に申し訳ございません。
一日も早くお届けできるよう努めてまいります。
発送が完了しましたら、お問い合わせ番号をすぐにご連絡いたします。

なお、お待ちいただくことが難しい場合は、本メールにご返信ください。
ご希望に応じて、ご注文のキャンセルおよび全額返金にて対応させていただきます。

ご理解を賜りますよう、何卒よろしくお願い申し上げます。

{shop_name}"""),
    "zh_CN": ("关于订单 {order_number} 发货延迟的致歉", """\
{customer_name}，您好！

非常抱歉地通知您，您于 {order_date} 下单的订单 {order_number} 发货时间比预期有所延迟：
{items}

让您久等了，我们深表歉意。我们正在全力安排，争取尽快为您发出，发货后会第一时间把运单号发给您。

如果延迟给您带来不便，请直接回复此邮件，我们会和您一起商量解决办法；如您希望取消订单，我们也可以为您全额退款。

感谢您的耐心与理解！
{shop_name}"""),
    "zh_TW": ("訂單 {order_number} 出貨延遲，深感抱歉", """\
{customer_name} 您好：

很抱歉通知您，您於 {order_date} 訂購的訂單 {order_number}，出貨時間比預期延後了：
{items}

讓您久等了，我們深感抱歉。我們正全力處理，會盡快為您寄出，出貨後也會馬上將追蹤號碼寄給您。

如果延遲造成您的不便，請直接回覆這封信，我們會與您一起找出解決方式；若您希望取消訂單，我們也可以為您全額退款。

感謝您的耐心與體諒！
{shop_name} 敬上"""),
}

TEXTS["refund_confirmation"] = {
    "en": ("Your refund for order {order_number}", """\
Hi {first_name},

We've refunded {refund_amount} for your order {order_number}.

The money goes back to the payment method you used. Depending on your bank or card provider, it usually shows up within 5–10 business days.

If you don't see it after that, or if there's anything else we can do, just reply to this email and we'll be happy to help.

Thank you for your understanding – we hope to see you again soon.

Warm regards,
{shop_name}"""),
    "de": ("Erstattung zu Ihrer Bestellung {order_number}", """\
Guten Tag {customer_name},

wir haben Ihnen für Ihre Bestellung {order_number} einen Betrag von {refund_amount} erstattet.

Die Gutschrift erfolgt über die Zahlungsart, mit der Sie bezahlt haben. Je nach Bank oder Kartenanbieter ist der Betrag in der Regel innerhalb von 5–10 Werktagen auf Ihrem Konto sichtbar.

Sollte die Erstattung danach noch nicht angekommen sein oder haben Sie weitere Fragen, antworten Sie einfach auf diese E-Mail. Wir helfen Ihnen gerne.

Vielen Dank für Ihr Verständnis – wir würden uns freuen, Sie bald wieder bei uns begrüßen zu dürfen.

Herzliche Grüße
{shop_name}"""),
    "fr": ("Remboursement de votre commande {order_number}", """\
Bonjour {customer_name},

Nous avons procédé au remboursement de {refund_amount} pour votre commande {order_number}.

Le montant sera recrédité sur le moyen de paiement utilisé lors de l'achat. Selon votre banque, il apparaît généralement sous 5 à 10 jours ouvrés.

Si vous ne le voyez pas passé ce délai, ou pour toute autre question, répondez simplement à ce message : nous vous aiderons avec plaisir.

Merci de votre compréhension, et au plaisir de vous revoir bientôt.

Bien cordialement,
L'équipe {shop_name}"""),
    "es": ("Reembolso de su pedido {order_number}", """\
Hola, {first_name}:

Le confirmamos que hemos realizado el reembolso de {refund_amount} correspondiente a su pedido {order_number}.

El importe se devolverá al mismo método de pago que utilizó en la compra. Según su banco, suele reflejarse en un plazo de 5 a 10 días hábiles.

Si pasado ese plazo no lo ve, o si necesita cualquier otra cosa, responda a este correo y le ayudaremos con gusto.

Gracias por su comprensión. ¡Esperamos volver a verle pronto!

Un cordial saludo,
El equipo de {shop_name}"""),
    "ja": ("【{shop_name}】ご返金手続き完了のお知らせ（注文番号：{order_number}）", """\
{customer_name} 様

このたびは{shop_name}をご利用いただき、誠にありがとうございます。
ご注文（注文番号：{order_number}）につきまして、{refund_amount}のご返金手続きが完了いたしましたので、
ご連絡いたします。

ご返金は、ご購入時のお支払い方法に対して行われます。
カード会社や金融機関によって異なりますが、反映までに通常5〜10営業日ほどかかります。

期間を過ぎてもご返金が確認できない場合や、その他ご不明な点がございましたら、
お気軽に本メールへご返信ください。

またのご利用を心よりお待ちしております。

{shop_name}"""),
    "zh_CN": ("订单 {order_number} 退款已处理", """\
{customer_name}，您好！

您的订单 {order_number} 已为您办理退款，金额为 {refund_amount}。

款项将原路退回至您付款时使用的账户。视银行或发卡机构而定，通常会在 5–10 个工作日内到账。

如果超过这个时间仍未收到，或有其他任何问题，请直接回复此邮件，我们很乐意为您处理。

感谢您的理解，期待再次为您服务！
{shop_name}"""),
    "zh_TW": ("訂單 {order_number} 退款已完成", """\
{customer_name} 您好：

您的訂單 {order_number} 已為您辦理退款，金額為 {refund_amount}。

款項將退回您付款時使用的原付款方式，依銀行或發卡機構的作業時間不同，通常會在 5–10 個工作天內入帳。

若超過這段時間仍未收到，或有其他任何問題，歡迎直接回覆這封信，我們很樂意為您處理。

感謝您的體諒，期待再次為您服務！
{shop_name} 敬上"""),
}
