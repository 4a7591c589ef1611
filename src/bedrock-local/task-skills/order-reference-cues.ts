import { shapeCues } from "./cue-set.ts";

// Wordings that tie a message to something the customer bought — a purchase, a delivery, a charge —
// so that answering needs their order looked up, not only the shop's policy. "My order" and an
// order number are read by readOrderIntent; these add the verbs ("I bought", "me llegó", "j'ai
// commandé", "ich habe … bestellt", "买的") and disputes of a payment with the bank.
export const ownPurchaseCues = shapeCues({
  en: [
    "\\bi (?:have |'ve |had |just )?(?:ordered|bought|purchased|received|paid for)\\b",
    "\\b(?:you|u) (?:sold|sent|shipped|charged|billed|delivered) (?:me|us)\\b",
    "\\bmy (?:package|parcel|delivery|purchase|shipment|refund|tracking|return|item|items)\\b",
    "\\b(?:it|they|the \\w+) (?:arrived|came|was delivered|were delivered)\\b",
    "\\b(?:chargeback|charge back|dispute the (?:charge|payment)|my bank)\\b",
  ],
  es: [
    "\\b(?:compre|he comprado|pedi|he pedido|recibi|he recibido|he pagado|pague)\\b",
    "\\bme (?:llego|ha llegado|han llegado|llegaron|enviasteis|enviaron|vendisteis|vendieron|cobrasteis|cobraron|mandasteis|mandaron)\\b",
    "\\bmi (?:pedido|paquete|compra|envio|devolucion|reembolso)\\b",
    "\\bla compra (?:del|de ayer|de hoy|de la semana)\\b",
    "\\b(?:contracargo|mi banco)\\b",
  ],
  fr: [
    "\\bj'ai (?:commande|achete|recu|paye|ete debite|ete preleve|ete facture)\\b",
    "\\bvous m'avez (?:vendu|envoye|livre|debite|facture|preleve)\\b",
    "\\b(?:ma|mon) (?:commande|colis|livraison|achat|remboursement|retour|paquet)\\b",
    "\\b(?:le|la|les) [\\w-]+ (?:livree?s?|recue?s?)\\b",
    "\\b(?:opposition|ma banque)\\b",
  ],
  de: [
    "\\bich habe\\b.*\\b(?:bestellt|gekauft|erhalten|bekommen|bezahlt)\\b",
    "\\b(?:mein|meine|meiner|meinem|meinen) (?:bestellung|paket|lieferung|sendung|einkauf|kauf|rucksendung|erstattung)\\b",
    "\\bmir wurde\\b",
    "\\b(?:lieferung|paket|sendung|ware) (?:ist|war|kam)\\b",
    "\\b(?:zuruckbuchen|ruckbuchung|meine bank)\\b",
  ],
  zh: ["我买的", "买的", "我下的", "下单后", "我订的", "收到的", "收到了", "扣了", "签收", "寄给我", "卖给我", "拒付", "找银行"],
});
