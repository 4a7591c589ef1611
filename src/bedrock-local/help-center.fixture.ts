// A small multilingual help center for the answerer's tests: a few articles per language, not all
// of them translated, written the way help articles are (headings, FAQ questions, lists).

export interface FixtureArticle {
  document: string;
  lang: "en" | "es" | "fr" | "de" | "zh";
  title: string;
  text: string;
}

export const HELP_CENTER: FixtureArticle[] = [
  {
    document: "returns",
    lang: "en",
    title: "Returns and refunds",
    text: `# Returns and refunds
You can return most items within 30 days of delivery for a full refund. Items must be unused and in their original packaging.

## How to start a return
Sign in to your account, open Orders and choose "Return item". Print the prepaid return label and drop the parcel at any post office.

## Refunds
Once we receive your return, we inspect it within 3 business days. Refunds are issued to the original payment method and usually appear within 5–7 business days.

## Exceptions
Underwear, swimwear and personalised items cannot be returned for hygiene reasons. Gift cards are non-refundable.`,
  },
  {
    document: "returns",
    lang: "es",
    title: "Devoluciones y reembolsos",
    text: `# Devoluciones y reembolsos
Puedes devolver la mayoría de los artículos en un plazo de 30 días desde la entrega para obtener un reembolso completo. Los artículos deben estar sin usar y en su embalaje original.

## Cómo iniciar una devolución
Inicia sesión en tu cuenta, abre Pedidos y elige "Devolver artículo". Imprime la etiqueta de devolución prepagada y entrega el paquete en cualquier oficina de correos.

## Reembolsos
Cuando recibimos tu devolución, la revisamos en un plazo de 3 días hábiles. El reembolso se realiza al método de pago original y suele aparecer en 5–7 días hábiles.`,
  },
  {
    document: "returns",
    lang: "fr",
    title: "Retours et remboursements",
    text: `# Retours et remboursements
Vous pouvez retourner la plupart des articles dans un délai de 30 jours après la livraison pour un remboursement complet. Les articles doivent être non utilisés et dans leur emballage d'origine.

## Remboursements
Dès réception de votre retour, nous l'examinons sous 3 jours ouvrés. Le remboursement est effectué sur le moyen de paiement d'origine et apparaît généralement sous 5 à 7 jours ouvrés.`,
  },
  {
    document: "returns",
    lang: "de",
    title: "Rücksendungen und Erstattungen",
    text: `# Rücksendungen und Erstattungen
Sie können die meisten Artikel innerhalb von 30 Tagen nach der Lieferung zurückgeben und erhalten den vollen Betrag erstattet. Die Artikel müssen unbenutzt und originalverpackt sein.

## So starten Sie eine Rücksendung
Melden Sie sich in Ihrem Konto an, öffnen Sie „Bestellungen“ und wählen Sie „Artikel zurücksenden“. Drucken Sie das kostenlose Rücksendeetikett aus und geben Sie das Paket in einer Postfiliale ab.

## Erstattungen
Die Erstattung erfolgt auf die ursprüngliche Zahlungsart und ist in der Regel nach 5–7 Werktagen sichtbar.`,
  },
  {
    document: "returns",
    lang: "zh",
    title: "退货和退款",
    text: `# 退货和退款
大多数商品可在签收后30天内退货并获得全额退款。商品必须未使用且保留原包装。

## 如何申请退货
登录您的账户，打开“订单”，选择“退货”。打印预付退货标签，并将包裹交到任意邮局。

## 退款
我们收到退货后会在3个工作日内完成检查。退款将退回原支付方式，通常在5至7个工作日内到账。`,
  },
  {
    document: "shipping",
    lang: "en",
    title: "Shipping times and costs",
    text: `# Shipping times and costs
Standard shipping within the EU takes 3–5 business days. Express shipping delivers the next business day if you order before 2 pm.

Standard shipping costs €4.95 and is free for orders over €50. Express shipping costs €12.90.

## International shipping
We ship to the United Kingdom, Switzerland and Norway in 5–8 business days. Customs duties may apply outside the EU and are paid by the recipient. We do not currently ship to the United States or Asia.`,
  },
  {
    document: "shipping",
    lang: "es",
    title: "Plazos y costes de envío",
    text: `# Plazos y costes de envío
El envío estándar dentro de la UE tarda de 3 a 5 días hábiles. El envío exprés entrega al siguiente día hábil si haces el pedido antes de las 14:00.

El envío estándar cuesta 4,95 € y es gratuito en pedidos superiores a 50 €. El envío exprés cuesta 12,90 €.`,
  },
  {
    document: "shipping",
    lang: "de",
    title: "Lieferzeiten und Versandkosten",
    text: `# Lieferzeiten und Versandkosten
Der Standardversand innerhalb der EU dauert 3–5 Werktage. Der Expressversand liefert am nächsten Werktag, wenn Sie vor 14 Uhr bestellen.

Der Standardversand kostet 4,95 € und ist ab einem Bestellwert von 50 € kostenlos. Der Expressversand kostet 12,90 €.`,
  },
  {
    document: "shipping",
    lang: "zh",
    title: "配送时间和运费",
    text: `# 配送时间和运费
欧盟境内标准配送需要3至5个工作日。如果在下午2点前下单，特快配送将在下一个工作日送达。

标准配送运费为4.95欧元，订单满50欧元免运费。特快配送运费为12.90欧元。`,
  },
  {
    document: "payment",
    lang: "en",
    title: "Payment methods",
    text: `# Payment methods
We accept the following payment methods:
- Visa, Mastercard and American Express
- PayPal
- Apple Pay and Google Pay
- Klarna (pay in 30 days)

Your card is charged when your order ships. We never store your full card number.`,
  },
  {
    document: "payment",
    lang: "fr",
    title: "Moyens de paiement",
    text: `# Moyens de paiement
Nous acceptons les moyens de paiement suivants :
- Visa, Mastercard et American Express
- PayPal
- Apple Pay et Google Pay

Votre carte est débitée au moment de l'expédition de votre commande.`,
  },
  {
    document: "account",
    lang: "en",
    title: "Account and password",
    text: `# Account and password
How do I reset my password?
Click "Forgot password" on the sign-in page and enter your e-mail address. We will send you a link to choose a new password. The link is valid for 24 hours.

Can I change my e-mail address?
Yes. Go to Account settings, choose "E-mail" and confirm the change from your new address.

How do I delete my account?
Write to privacy@example.com from the address linked to your account. We delete your account and personal data within 30 days.`,
  },
  {
    document: "account",
    lang: "de",
    title: "Konto und Passwort",
    text: `# Konto und Passwort
Wie setze ich mein Passwort zurück?
Klicken Sie auf der Anmeldeseite auf „Passwort vergessen“ und geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können. Der Link ist 24 Stunden gültig.`,
  },
  {
    document: "warranty",
    lang: "en",
    title: "Warranty",
    text: `# Warranty
All electronics come with a 2-year warranty from the date of purchase. The warranty covers manufacturing defects but not accidental damage, water damage or normal wear.

To make a warranty claim, contact support with your order number and a photo of the defect. If the product cannot be repaired, we replace it free of charge.`,
  },
  {
    document: "contact",
    lang: "en",
    title: "Contact us",
    text: `# Contact us
Our support team is available Monday to Friday, 9:00–18:00 CET, by chat and e-mail at support@example.com.

You can also call us on +49 30 1234567 during the same hours. We answer e-mails within one business day.`,
  },
  {
    document: "contact",
    lang: "fr",
    title: "Nous contacter",
    text: `# Nous contacter
Notre service client est disponible du lundi au vendredi, de 9 h à 18 h (CET), par chat et par e-mail à support@example.com.

Nous répondons aux e-mails sous un jour ouvré.`,
  },
  {
    document: "gift-cards",
    lang: "en",
    title: "Gift cards",
    text: `# Gift cards
Gift cards are available from €10 to €500 and are valid for 3 years. They can be used for online purchases only and cannot be exchanged for cash.`,
  },
  {
    document: "cancel",
    lang: "zh",
    title: "取消订单",
    text: `# 取消订单
订单在发货前可以免费取消。请登录账户，在“订单”页面点击“取消订单”。

订单一旦发货便无法取消，但您可以在收货后申请退货。`,
  },
];
