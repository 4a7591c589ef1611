/** A tiny help center for integration tests: distinct facts per document so citations can be checked. */
export const testDocuments = [
  {
    externalId: "returns-eu",
    content: `---
id: returns-eu
title: Returns in the EU
lang: en
category: returns
region: eu
---
# Returns in the EU

You can return any item within 30 days of delivery for a full refund. Items must be unworn and in their original packaging.

Refunds are issued to the original payment method within 5 business days after the parcel reaches our warehouse in Leipzig.
`,
  },
  {
    externalId: "devoluciones-es",
    content: `---
id: devoluciones-es
title: Devoluciones en España
lang: es
category: returns
region: es
---
# Devoluciones

Puedes devolver cualquier artículo en un plazo de 30 días desde la entrega. El reembolso se realiza en 5 días hábiles al método de pago original.

Las devoluciones desde Canarias se envían con Correos y son gratuitas.
`,
  },
  {
    externalId: "gift-cards",
    content: `---
id: gift-cards
title: Gift cards
lang: en
category: payments
region: global
---
# Gift cards

Gift cards are valid for 3 years from the date of purchase. They can be used online and in every store, and a single order can combine up to two gift cards.

Lost gift cards can be replaced if you still have the purchase receipt.
`,
  },
];
