"""The built-in reply wording about an order on its way: where is it, shipped, thank you."""
# ruff: noqa: E501
# A paragraph is one line so mail programs wrap it to the reader's window; Japanese keeps the
# short lines Japanese business mail is written in.

from __future__ import annotations

# kind → language → (subject, body); kinds by ReplyKind value, placeholders in {braces}.
TEXTS: dict[str, dict[str, tuple[str, str]]] = {}

TEXTS["where_is_my_order"] = {
    "en": ("An update on your order {order_number}", """\
Hi {first_name},

Thanks for getting in touch about your order {order_number}, placed on {order_date}.

Your parcel is on its way with {carrier}. The tracking number is {tracking_number}, and you can follow its journey here:
{tracking_link}

International parcels sometimes take a little longer than any of us would like, especially while they clear customs. If it hasn't arrived in the next few days, or the tracking stops updating, just reply to this email and we'll look into it straight away.

Warm regards,
{shop_name}"""),
    "de": ("Ihre Bestellung {order_number}: aktueller Stand", """\
Guten Tag {customer_name},

vielen Dank für Ihre Nachricht zu Ihrer Bestellung {order_number} vom {order_date}.

Ihr Paket ist mit {carrier} unterwegs. Die Sendungsnummer lautet {tracking_number}; den aktuellen Stand können Sie hier verfolgen:
{tracking_link}

Bei internationalen Sendungen kann die Zustellung – vor allem wegen der Zollabfertigung – leider etwas länger dauern. Sollte das Paket in den nächsten Tagen nicht ankommen oder sich die Sendungsverfolgung nicht mehr aktualisieren, antworten Sie einfach auf diese E-Mail. Wir kümmern uns dann sofort darum.

Herzliche Grüße
{shop_name}"""),
    "fr": ("Suivi de votre commande {order_number}", """\
Bonjour {customer_name},

Merci pour votre message au sujet de votre commande {order_number} du {order_date}.

Votre colis est en route avec {carrier}. Son numéro de suivi est le {tracking_number} ; vous pouvez suivre son acheminement ici :
{tracking_link}

Les envois internationaux prennent parfois un peu plus de temps que prévu, notamment lors du passage en douane. Si votre colis n'est pas arrivé d'ici quelques jours ou si le suivi ne bouge plus, répondez simplement à ce message : nous nous en occuperons aussitôt.

Bien cordialement,
L'équipe {shop_name}"""),
    "es": ("Estado de su pedido {order_number}", """\
Hola, {first_name}:

Gracias por escribirnos sobre su pedido {order_number} del {order_date}.

Su paquete ya está en camino con {carrier}. El número de seguimiento es {tracking_number} y puede consultar su recorrido aquí:
{tracking_link}

Los envíos internacionales a veces tardan un poco más de lo previsto, sobre todo al pasar por la aduana. Si no lo ha recibido en los próximos días o el seguimiento deja de actualizarse, responda a este correo y lo revisaremos enseguida.

Un cordial saludo,
El equipo de {shop_name}"""),
    "ja": ("【{shop_name}】ご注文の配送状況について（注文番号：{order_number}）", """\
{customer_name} 様

このたびは{shop_name}をご利用いただき、誠にありがとうございます。
{order_date}にご注文いただいた商品（注文番号：{order_number}）の配送状況について、ご案内いたします。

ご注文の商品は、現在{carrier}にて配送中でございます。
お問い合わせ番号：{tracking_number}
配送状況は、以下のリンクよりご確認いただけます。
{tracking_link}

国際配送のため、通関手続きなどの関係で、お届けまでにお時間をいただく場合がございます。
数日経ってもお手元に届かない場合や、配送状況が更新されない場合は、
お手数ですが本メールにご返信ください。すぐに確認いたします。

今後とも{shop_name}をどうぞよろしくお願いいたします。

{shop_name}"""),
    "zh_CN": ("您的订单 {order_number} 物流进度", """\
{customer_name}，您好！

感谢您就订单 {order_number}（下单日期：{order_date}）联系我们。

您的包裹已交由{carrier}配送，运单号为 {tracking_number}。您可以通过以下链接随时查看物流进度：
{tracking_link}

国际包裹需要清关，配送时间有时会比预期稍长，还请您耐心等待。如果几天后仍未收到，或物流信息长时间没有更新，请直接回复此邮件，我们会第一时间为您跟进。

祝好！
{shop_name}"""),
    "zh_TW": ("您的訂單 {order_number} 配送進度", """\
{customer_name} 您好：

感謝您來信詢問訂單 {order_number}（訂購日期：{order_date}）的狀況。

您的包裹已交由{carrier}配送，追蹤號碼為 {tracking_number}，您可以透過以下連結隨時查詢貨態：
{tracking_link}

國際包裹需要通關，寄送時間有時會比預期稍長，還請您耐心等候。若過幾天仍未收到，或物流資訊一直沒有更新，請直接回覆這封信，我們會立即為您確認。

祝您 順心
{shop_name} 敬上"""),
}

TEXTS["shipped"] = {
    "en": ("Your order {order_number} is on its way", """\
Hi {first_name},

Good news: your order {order_number} is on its way to you!

In your parcel:
{items}

Carrier: {carrier}
Tracking number: {tracking_number}
Track your parcel: {tracking_link}

It can take a day or two for the first scan to show up, so don't worry if the tracking looks quiet at first. If anything about your delivery doesn't look right, just reply to this email and we'll help.

Thank you for shopping with us!
{shop_name}"""),
    "de": ("Ihre Bestellung {order_number} ist unterwegs", """\
Guten Tag {customer_name},

gute Nachrichten: Ihre Bestellung {order_number} ist auf dem Weg zu Ihnen!

Im Paket:
{items}

Versanddienstleister: {carrier}
Sendungsnummer: {tracking_number}
Sendungsverfolgung: {tracking_link}

Bis der erste Scan in der Sendungsverfolgung erscheint, kann es ein bis zwei Tage dauern – das ist ganz normal. Falls bei der Zustellung etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.

Vielen Dank für Ihren Einkauf!

Herzliche Grüße
{shop_name}"""),
    "fr": ("Votre commande {order_number} a été expédiée", """\
Bonjour {customer_name},

Bonne nouvelle : votre commande {order_number} est en route !

Contenu du colis :
{items}

Transporteur : {carrier}
Numéro de suivi : {tracking_number}
Suivre le colis : {tracking_link}

Le suivi peut mettre un jour ou deux à s'activer, ne vous inquiétez donc pas si rien ne s'affiche tout de suite. En cas de souci avec la livraison, répondez simplement à ce message et nous vous aiderons volontiers.

Merci pour votre commande et à bientôt !
L'équipe {shop_name}"""),
    "es": ("Su pedido {order_number} ya está en camino", """\
Hola, {first_name}:

¡Buenas noticias! Su pedido {order_number} ya está en camino.

Contenido del paquete:
{items}

Empresa de transporte: {carrier}
Número de seguimiento: {tracking_number}
Seguimiento del envío: {tracking_link}

El seguimiento puede tardar uno o dos días en mostrar los primeros movimientos, así que no se preocupe si al principio no aparece nada. Si observa cualquier problema con la entrega, responda a este correo y le ayudaremos encantados.

¡Gracias por su compra!
El equipo de {shop_name}"""),
    "ja": ("【{shop_name}】商品発送のお知らせ（注文番号：{order_number}）", """\
{customer_name} 様

このたびは{shop_name}をご利用いただき、誠にありがとうございます。
ご注文いただいた商品を発送いたしましたので、お知らせいたします。

■ご注文番号：{order_number}
■発送商品：
{items}
■配送業者：{carrier}
■お問い合わせ番号：{tracking_number}
■配送状況の確認：{tracking_link}

※発送直後は、配送状況が反映されるまでに1〜2日ほどかかる場合がございます。
お届けについてご不明な点がございましたら、お気軽に本メールへご返信ください。

商品の到着まで、今しばらくお待ちくださいませ。

{shop_name}"""),
    "zh_CN": ("您的订单 {order_number} 已发货", """\
{customer_name}，您好！

好消息！您的订单 {order_number} 已经发货了。

包裹内商品：
{items}

承运商：{carrier}
运单号：{tracking_number}
物流查询：{tracking_link}

刚发货时，物流信息可能需要一两天才会更新，如果暂时查不到，请不用担心。收货过程中如有任何问题，直接回复此邮件即可，我们随时为您处理。

感谢您的支持！
{shop_name}"""),
    "zh_TW": ("您的訂單 {order_number} 已出貨", """\
{customer_name} 您好：

好消息！您的訂單 {order_number} 已經出貨了。

包裹內容：
{items}

貨運公司：{carrier}
追蹤號碼：{tracking_number}
查詢貨態：{tracking_link}

剛出貨時，物流資訊可能要一到兩天才會更新，若暫時查不到，請不用擔心。收貨時如有任何問題，歡迎直接回覆這封信，我們會盡快協助您。

謝謝您的支持！
{shop_name} 敬上"""),
}

TEXTS["thank_you"] = {
    "en": ("Thank you for your order {order_number}", """\
Hi {first_name},

Thank you so much for your order {order_number}! We're a small shop, and every order really means a lot to us.

We're getting everything ready with care and will send you the tracking details as soon as your parcel is on its way.

If you have any questions in the meantime, just reply to this email – we read every message ourselves.

Warm regards,
{shop_name}"""),
    "de": ("Vielen Dank für Ihre Bestellung {order_number}", """\
Guten Tag {customer_name},

herzlichen Dank für Ihre Bestellung {order_number}! Als kleiner Onlineshop freuen wir uns über jede einzelne Bestellung ganz besonders.

Wir bereiten Ihr Paket jetzt sorgfältig vor und schicken Ihnen die Sendungsnummer, sobald es unterwegs ist.

Wenn Sie in der Zwischenzeit Fragen haben, antworten Sie einfach auf diese E-Mail – wir lesen jede Nachricht persönlich.

Herzliche Grüße
{shop_name}"""),
    "fr": ("Merci pour votre commande {order_number} !", """\
Bonjour {customer_name},

Un grand merci pour votre commande {order_number} ! Nous sommes une petite boutique, et chaque commande nous fait vraiment plaisir.

Nous préparons votre colis avec soin et vous enverrons le numéro de suivi dès son expédition.

Si vous avez la moindre question d'ici là, répondez simplement à ce message : nous lisons chaque e-mail personnellement.

Bien cordialement,
L'équipe {shop_name}"""),
    "es": ("¡Gracias por su pedido {order_number}!", """\
Hola, {first_name}:

¡Muchas gracias por su pedido {order_number}! Somos una tienda pequeña y cada pedido significa mucho para nosotros.

Ya estamos preparando su paquete con mucho cuidado y le enviaremos el número de seguimiento en cuanto salga.

Si mientras tanto tiene cualquier duda, responda a este correo: leemos personalmente todos los mensajes.

Un cordial saludo,
El equipo de {shop_name}"""),
    "ja": ("【{shop_name}】ご注文ありがとうございます（注文番号：{order_number}）", """\
{customer_name} 様

このたびは{shop_name}にてご注文いただき、誠にありがとうございます。
小さなショップではございますが、お客様一人ひとりのご注文を心よりうれしく思っております。

ご注文番号：{order_number}

ただいま、商品を心を込めて発送準備しております。
発送が完了しましたら、お問い合わせ番号を改めてご連絡いたします。

ご不明な点がございましたら、お気軽に本メールへご返信ください。
スタッフが一通ずつ拝見し、ご返信いたします。

今後とも{shop_name}をどうぞよろしくお願いいたします。

{shop_name}"""),
    "zh_CN": ("感谢您的订购（订单号：{order_number}）", """\
{customer_name}，您好！

非常感谢您在{shop_name}下单（订单号：{order_number}）！我们是一家小店，每一笔订单对我们来说都意义非凡。

我们正在用心为您准备商品，包裹发出后会第一时间把运单号发给您。

在此期间如有任何问题，欢迎直接回复此邮件，每一封邮件我们都会亲自阅读和回复。

祝好！
{shop_name}"""),
    "zh_TW": ("感謝您的訂購（訂單編號：{order_number}）", """\
{customer_name} 您好：

非常感謝您在{shop_name}訂購（訂單編號：{order_number}）！我們是一間小店，每一筆訂單對我們來說都意義重大。

我們正用心為您準備商品，包裹寄出後會馬上把追蹤號碼寄給您。

這段期間如有任何問題，歡迎直接回覆這封信，每一封來信我們都會親自閱讀並回覆。

祝您 順心
{shop_name} 敬上"""),
}
