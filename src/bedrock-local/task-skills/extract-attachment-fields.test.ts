import { describe, expect, it } from "vitest";
import { attachmentFieldsSchema } from "../../models/prompts/extract.ts";
import { extractAttachmentFields } from "./extract-attachment-fields.ts";

describe("extractAttachmentFields", () => {
  it("reads an English order confirmation laid out as a table", () => {
    const fields = extractAttachmentFields(
      ["Northwind Goods — Order confirmation", "Order #NW-20931", "Order date: 12 March 2024", "Item                Qty   Price", "Wireless mouse      2     €19.98", "USB-C cable         1     €9.99", "Shipping                  €4.00", "Total: €33.97"].join("\n"),
    );
    expect(fields).toEqual({
      orderId: "NW-20931",
      purchaseDate: "2024-03-12",
      currency: "EUR",
      total: 33.97,
      items: [
        { description: "Wireless mouse", quantity: 2, amount: 19.98 },
        { description: "USB-C cable", quantity: 1, amount: 9.99 },
      ],
    });
    expect(attachmentFieldsSchema.safeParse(fields).success).toBe(true);
  });

  it("reads an order id after a spelled-out label", () => {
    expect(extractAttachmentFields("Receipt\nOrder number: TS-5001\nTotal: $12.00").orderId).toBe("TS-5001");
    expect(extractAttachmentFields("Order ID TS-5002\nTotal: $12.00").orderId).toBe("TS-5002");
  });

  it("reads Spanish, German, French and Chinese receipts with their date formats and decimal commas", () => {
    const spanish = extractAttachmentFields("Factura\nNúmero de pedido: ES-77812\nFecha: 3 de mayo de 2024\n2 x Camiseta azul   25,98 €\nTotal pagado: 25,98 €");
    expect(spanish).toMatchObject({ orderId: "ES-77812", purchaseDate: "2024-05-03", total: 25.98, currency: "EUR", items: [{ description: "Camiseta azul", quantity: 2 }] });
    const german = extractAttachmentFields("Rechnung\nBestellnummer: 4471203\nBestelldatum: 03.05.2024\nKopfhörer X200   1 Stk   89,99 EUR\nGesamtbetrag: 89,99 EUR");
    expect(german).toMatchObject({ orderId: "4471203", purchaseDate: "2024-05-03", items: [{ description: "Kopfhörer X200", quantity: 1, amount: 89.99 }] });
    const french = extractAttachmentFields("Commande n° 88120\nDate de commande : 1er mai 2024\nRobe d'été   1   49,90 €\nTotal TTC : 49,90 €");
    expect(french).toMatchObject({ orderId: "88120", purchaseDate: "2024-05-01", total: 49.9 });
    const chinese = extractAttachmentFields("订单号：CN20240503001\n下单时间：2024年5月3日\n蓝牙耳机 x1 ¥299.00\n手机壳 x2 ¥58.00\n实付款：¥357.00");
    expect(chinese).toMatchObject({ orderId: "CN20240503001", purchaseDate: "2024-05-03", currency: "CNY", total: 357 });
    expect(chinese.items).toEqual([
      { description: "蓝牙耳机", quantity: 1, amount: 299 },
      { description: "手机壳", quantity: 2, amount: 58 },
    ]);
  });

  it("reads a US receipt month first and leaves out what the document does not state", () => {
    expect(extractAttachmentFields("Receipt\nOrder 55102\nDate: 04/07/2024\nDesk lamp $34.50\nTotal $34.50")).toMatchObject({ purchaseDate: "2024-04-07", currency: "USD" });
    expect(extractAttachmentFields("Thanks for shopping with us! See you soon.")).toEqual({ items: [] });
  });
});
