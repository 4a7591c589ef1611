// Help-desk concepts and the ways customers and help articles name them in English, Spanish,
// French, German and Chinese. Matching a question to a passage through these concepts is what lets
// the offline answerer recognise a paraphrase ("send it back" ~ "returns") and a question asked in
// one language about a passage written in another. It is deliberately small and domain-bound: a
// lexical bridge, not a translation system.
//
// Pattern syntax: `word` matches the folded token exactly, `word*` any token starting with it,
// `*word` any token containing it (German compounds: "Versandkosten" contains "kosten"); words
// separated by spaces form a phrase; a pattern in Chinese characters matches as a substring.
// Patterns are written naturally and folded (lower case, accents removed) when loaded.

export const CONCEPT_PATTERNS: Record<string, string> = {
  return:
    "return*|send back|send it back|send them back|ship back|bring back|returnable|" +
    "devol*|devuelv*|retorn*|" +
    "retour*|retourn*|renvoi*|renvoy*|rendre|" +
    "rücksend*|rückgab*|zurücksend*|zurückschick*|zurückgeb*|*rücksendung|*rückgabe|" +
    "退货|退回|退还|寄回|退换",
  refund:
    "refund*|reimburs*|money back|my money|credit back|" +
    "reembols*|devolución del dinero|devolucion del dinero|mi dinero|" +
    "rembours*|mon argent|" +
    "erstatt*|rückerstatt*|geld zurück|mein geld|*erstattung|gutschrift*|" +
    "退款|退钱|返款",
  exchange:
    "exchang*|swap*|replace*|replacement*|" +
    "cambio|cambiar|cambiarlo|reemplaz*|sustitu*|" +
    "échang*|echang*|remplac*|" +
    "umtausch*|tausch*|ersatz*|austausch*|" +
    "换货|更换|调换|换",
  change:
    "chang*|modif*|edit*|updat*|amend*|correct*|" +
    "cambi*|modific*|actualiz*|editar|corregir|" +
    "mettre à jour|mise à jour|" +
    "änder*|aktualisier*|bearbeit*|korrigier*|" +
    "修改|更改|变更|更新|改",
  cancel:
    "cancel*|" +
    "anul*|" +
    "annul*|résili*|" +
    "storn*|kündig*|widerruf*|abbrech*|" +
    "取消|撤销|撤回",
  order:
    "order*|" +
    "pedido*|orden|ordenes|compra|compras|" +
    "command*|" +
    "bestell*|auftrag*|*bestellung|" +
    "订单|下单",
  purchase:
    "purchase*|buy|buying|bought|" +
    "compra|compras|comprar|compre|compré|comprado*|" +
    "achat*|acheter|acheté*|achete*|" +
    "kauf|kaufen|gekauft|*kauf|" +
    "购买|买的|买了|购物",
  shipping:
    "ship|ships|shipped|shipping|shipment*|deliver*|dispatch*|courier*|carrier*|transit|arriv*|postage|" +
    "envío*|envio*|enví*|envia*|entreg*|despach*|llega*|transportista*|mensajer*|" +
    "livr*|expédi*|expedi*|envoi*|envoy*|achemin*|transporteur*|" +
    "versand*|versend*|liefer*|zustell*|verschick*|ankomm*|ankunft|angekommen|*versand|*lieferung|*zustellung|" +
    "发货|配送|运送|送货|运输|快递|寄送|物流|到货|送达|收到货|邮寄",
  cost:
    "cost*|price*|pricing|fee|fees|charg*|how much|expensive|cheap*|" +
    "costo*|coste*|cuesta*|cuánto cuesta|precio*|tarifa*|cargo*|gasto*|" +
    "coût*|cout*|prix|tarif*|frais|combien coûte|combien ça coûte|combien|" +
    "kost*|preis*|gebühr*|*kosten|*gebühr|*preis|wie viel|wieviel|" +
    "多少钱|费用|价格|运费|收费|价钱|邮费|钱",
  free:
    "free|free of charge|no charge|no cost|complimentary|" +
    "gratis|gratuit*|sin costo|sin coste|sin cargo|" +
    "offert*|" +
    "kostenlos*|kostenfrei*|umsonst|versandkostenfrei*|" +
    "免费|包邮|免运费",
  payment:
    "pay|pays|paid|paying|payment*|checkout|accept|accepts|accepted|payment method*|" +
    "aceptan|aceptais|aceptáis|acepta|" +
    "acceptez|acceptes|acceptent|" +
    "akzeptier*|" +
    "接受|" +
    "pago*|pagar|pague*|pagado*|abonar|" +
    "paiement*|payer|paye*|payé*|régler|reglement*|" +
    "zahl*|bezahl*|*zahlung|" +
    "支付|付款|付费|结账|付钱|买单",
  card:
    "card|cards|credit card|debit card|visa|mastercard|amex|american express|" +
    "tarjeta*|" +
    "carte|cartes|carte bancaire|carte de crédit|" +
    "karte|karten|kreditkarte*|*karte|" +
    "信用卡|银行卡|借记卡",
  invoice:
    "invoice*|receipt*|bill|billing|proof of purchase|" +
    "factura*|recibo*|comprobante*|" +
    "factur*|reçu|recu|preuve d'achat|" +
    "rechnung*|quittung*|beleg*|kaufbeleg*|*rechnung|" +
    "发票|收据|凭证",
  account:
    "account*|profile*|" +
    "cuenta*|perfil*|" +
    "compte*|profil*|" +
    "konto*|*konto|kundenkonto*|profil*|" +
    "账户|账号|帐户|帐号|个人资料",
  password:
    "password*|passcode*|" +
    "contraseña*|contrasena*|clave|" +
    "mot de passe|mots de passe|mdp|" +
    "passwort*|kennwort*|" +
    "密码",
  login:
    "log in|login*|logging in|logged in|sign in|signin|sign-in|log into|sign into|" +
    "iniciar sesión|inicio de sesión|acceder|" +
    "connecter|connexion|me connecter|se connecter|identifi*|" +
    "anmeld*|einlogg*|" +
    "登录|登陆|登入",
  forgot:
    "forgot*|forget*|reset*|recover*|locked out|" +
    "olvid*|restablec*|recuper*|" +
    "oubli*|réinitialis*|reinitialis*|récupér*|" +
    "vergessen|zurücksetz*|wiederherstell*|" +
    "忘记|重置|找回",
  email:
    "email*|e mail|mail|mails|inbox|" +
    "correo*|" +
    "courriel*|" +
    "邮件|邮箱|电子邮件",
  address:
    "address*|" +
    "dirección*|direccion*|domicilio*|" +
    "adresse*|" +
    "anschrift*|*adresse|" +
    "地址",
  phone:
    "phone*|call|calls|calling|telephone*|hotline*|" +
    "teléfono*|telefono*|llamar|llamada*|" +
    "téléphon*|telephon*|appeler|appel|" +
    "telefon*|anruf*|anrufen|" +
    "电话|致电|热线",
  contact:
    "contact*|support|customer service|customer support|help desk|helpdesk|agent*|representative*|human|real person|someone|" +
    "soporte*|atención al cliente|servicio al cliente|agente*|persona|humano|" +
    "assistance|service client|service clientèle|conseill*|humain|" +
    "kontakt*|kundenservice*|kundendienst*|mitarbeiter*|mensch|" +
    "联系|客服|人工|真人",
  hours:
    "opening|opening hours|business hours|office hours|support hours|are you open|open on|open at|open until|closed on|" +
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon-fri|" +
    "horario*|abiert*|abre|abren|lunes|martes|miércoles|miercoles|jueves|viernes|sábado*|sabado*|domingo*|" +
    "horaire*|ouvert*|ouvre|ouvrent|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|" +
    "öffnungszeit*|geöffnet|erreichbar*|montag*|dienstag*|mittwoch*|donnerstag*|freitag*|samstag*|sonntag*|" +
    "营业时间|工作时间|营业|开放时间|周一|周五|星期|上班时间|客服时间",
  duration:
    "how long|how many days|how many weeks|how soon|how quickly|how fast|when|take long|within|deadline|time frame|timeframe|" +
    "window|time limit|period|" +
    "day|days|business day|business days|week|weeks|hour|hours|month|months|year|years|" +
    "cuánto tiempo|cuanto tiempo|cuántos días|cuantos dias|cuándo|cuando|tarda*|demora*|plazo*|dentro de|" +
    "día|dia|días|dias|semana|semanas|hora|horas|meses|año|años|ano|anos|" +
    "combien de temps|combien de jours|quand|délai*|delai*|sous|" +
    "jour|jours|semaine*|heure|heures|mois|ans|année*|annee*|ouvrable*|ouvré*|" +
    "wie lange|wie viele tage|wann|dauer*|dauert|frist*|innerhalb|binnen|" +
    "tag|tage|tagen|werktag*|woche|wochen|stunde*|monat|monate|monaten|jahr|jahre|jahren|" +
    "多久|多长时间|多少天|什么时候|何时|几天|期限|以内|之内|天内|工作日|小时|个月|周内|天|年",
  warranty:
    "warrant*|guarantee*|guarantied|" +
    "garantía*|garantia*|" +
    "garanti*|" +
    "garantie*|gewährleist*|" +
    "保修|质保|保固",
  damaged:
    "damag*|broken|break|defect*|faulty|not working|doesn't work|stopped working|cracked|scratched|" +
    "dañad*|danad*|roto|rota|rotos|rotas|defectuos*|averiad*|no funciona|" +
    "endommag*|cassé*|casse|défectu*|defectu*|abîm*|abim*|ne fonctionne pas|ne marche pas|" +
    "beschädigt*|beschadigt*|kaputt*|defekt*|schaden*|funktioniert nicht|" +
    "损坏|坏了|破损|故障|质量问题|有问题|坏",
  missing:
    "missing|lost|never arrived|not received|didn't receive|did not receive|hasn't arrived|has not arrived|never received|" +
    "perdid*|extraviad*|falta*|no recibí|no he recibido|no ha llegado|no llegó|" +
    "perdu*|manquant*|pas reçu|jamais reçu|égar*|" +
    "verloren*|fehlt|fehlen|fehlend*|nicht erhalten|nicht angekommen|" +
    "丢失|丢了|没收到|未收到|缺少|少了|遗失",
  wrong:
    "wrong|incorrect|" +
    "equivocad*|incorrect*|erróne*|erroneo*|" +
    "mauvais*|erroné*|errone*|" +
    "falsch*|" +
    "错|不对",
  size:
    "size*|sizing|fit|fits|" +
    "talla*|tamaño*|tamano*|" +
    "taille*|pointure*|" +
    "größe*|grosse*|" +
    "尺码|尺寸|大小|码数",
  track:
    "track*|where is|where's|" +
    "rastre*|seguimiento*|dónde está|donde esta|localizar|" +
    "suivi*|suivre|où est|ou est|" +
    "verfolg*|sendungsverfolgung*|sendungsnummer*|wo ist|" +
    "跟踪|追踪|物流信息|单号|在哪|查询物流|运单",
  status:
    "status*|" +
    "estado*|" +
    "statut*|état|etat|" +
    "zustand*|" +
    "状态|进度",
  discount:
    "discount*|coupon*|promo*|voucher*|sale|on sale|clearance|" +
    "descuento*|cupón*|cupon*|promoci*|rebaja*|oferta*|" +
    "réduction*|reduction*|remise*|soldes|" +
    "rabatt*|gutschein*|*gutschein|aktionscode*|reduziert*|" +
    "折扣|优惠|促销|打折|特价|清仓",
  gift:
    "gift*|gift card|gift cards|" +
    "regalo*|" +
    "cadeau*|" +
    "geschenk*|" +
    "礼品|礼物|礼品卡",
  subscription:
    "subscri*|membership*|member|members|" +
    "suscrip*|suscrib*|membresía*|membresia*|socio*|" +
    "abonnement*|abonn*|adhésion|adhesion|" +
    "abo|abos|mitgliedschaft*|" +
    "订阅|会员",
  unsubscribe:
    "newsletter*|unsubscrib*|mailing list|marketing email*|" +
    "boletín*|boletin*|darse de baja|darme de baja|" +
    "désabonn*|desabonn*|désinscri*|desinscri*|" +
    "abmeld*|abbestell*|" +
    "退订|取消订阅",
  delete:
    "delet*|remov*|eras*|close my account|" +
    "elimin*|borr*|suprim*|" +
    "supprim*|effac*|" +
    "lösch*|losch*|entfern*|" +
    "删除|注销",
  privacy:
    "privacy|personal data|personal information|gdpr|" +
    "privacidad*|datos personales|rgpd|" +
    "confidentialit*|données personnelles|donnees personnelles|vie privée|" +
    "datenschutz*|personenbezogen*|dsgvo|" +
    "隐私|个人信息|个人数据",
  international:
    "international*|abroad|overseas|worldwide|countr*|outside|" +
    "internacional*|extranjero*|país*|pais*|fuera de|" +
    "étranger*|etranger*|pays|hors de|" +
    "ausland*|länder*|lander*|land|weltweit*|" +
    "国际|海外|国外|境外|其他国家",
  customs:
    "customs|duties|duty|import tax*|import fee*|" +
    "aduana*|arancel*|" +
    "douane*|droits de douane|" +
    "zoll*|zölle*|zolle*|einfuhr*|" +
    "关税|海关|清关",
  tax:
    "tax|taxes|vat|sales tax|" +
    "iva|impuesto*|" +
    "tva|taxe*|" +
    "mwst|mehrwertsteuer*|steuer*|" +
    "税|增值税",
  standard:
    "standard*|regular|normal|" +
    "estándar|estandar|ordinario|" +
    "*standard|" +
    "标准|普通",
  express:
    "express*|expedited|next day|next-day|overnight|urgent*|fast|faster|fastest|" +
    "exprés|urgente*|rápid*|rapid*|24 horas|" +
    "rapide*|accéléré*|accelere*|" +
    "schnell*|eilversand|" +
    "加急|快速|次日达|特快",
  product:
    "product*|item|items|article*|goods|merchandise|" +
    "producto*|artículo*|articulo*|mercancía*|mercancia*|" +
    "produit*|marchandise*|" +
    "produkt*|artikel*|ware|waren|" +
    "商品|产品|物品|货品|" +
    // Kinds of goods, so "can I return my shoes" meets a passage about returning items.
    "clothes|clothing|apparel|shoe|shoes|sneaker*|boots|shirt*|t-shirt*|dress|dresses|jacket*|coat|coats|trousers|pants|jeans|" +
    "sweater*|swimsuit*|swimwear|underwear|bag|bags|handbag*|watch|watches|jewel*|electronics|device*|gadget*|" +
    "headphone*|earphone*|earbud*|laptop*|tablet*|camera*|furniture|toy|toys|" +
    "ropa|zapato*|zapatilla*|camisa*|camiseta*|vestido*|chaqueta*|abrigo*|pantalon*|vaquero*|jersey*|bañador*|bolso*|" +
    "reloj*|joya*|electrónic*|electronic*|dispositivo*|auricular*|portátil*|portatil*|juguete*|mueble*|" +
    "vêtement*|vetement*|chaussure*|chemise*|robe|robes|veste*|manteau*|pantalon*|pull*|maillot*|sac|sacs|" +
    "montre*|bijou*|électroniq*|electroniq*|appareil*|écouteur*|ecouteur*|casque*|ordinateur*|jouet*|meuble*|" +
    "kleidung*|schuh*|hemd*|kleid|kleider|jacke*|mantel|hose|hosen|jeans|pullover*|badeanzug*|badebekleidung*|tasche*|" +
    "uhr|uhren|schmuck*|elektronik*|gerät*|gerat*|kopfhörer*|kopfhorer*|spielzeug*|möbel*|mobel*|" +
    "衣服|服装|鞋|衬衫|裙子|外套|裤子|泳衣|内衣|包包|手表|首饰|电子产品|设备|耳机|电脑|笔记本|相机|玩具|家具",
  package:
    "package*|parcel*|box|boxes|" +
    "paquete*|caja*|bulto*|" +
    "colis|paquet*|carton*|" +
    "paket*|päckchen|packchen|karton*|" +
    "包裹|包装|箱子",
  label:
    "label*|" +
    "etiqueta*|" +
    "étiquette*|etiquette*|" +
    "etikett*|*etikett|versandschein*|" +
    "标签|面单",
  receive:
    "receiv*|got my|" +
    "recib*|" +
    "reçu*|recevoir|reçoi*|recoi*|" +
    "erhalt*|bekomm*|" +
    "收到|接收",
  store:
    "in store|in-store|our store|our stores|a store|physical store*|retail store*|store locat*|shop|shops|boutique*|in person|" +
    "tienda*|" +
    "magasin*|" +
    "geschäft*|geschaft*|laden|filiale*|" +
    "门店|商店|实体店|店铺|店里",
  pickup:
    "pick up|pickup|pick-up|collect*|click and collect|" +
    "recoger|recogida*|retirar|" +
    "retrait*|retirer|" +
    "abhol*|" +
    "自提|取货|提货",
  stock:
    "stock*|in stock|out of stock|availab*|sold out|restock*|back in stock|" +
    "existencia*|agotad*|disponib*|" +
    "rupture|épuisé*|epuise*|" +
    "lager*|vorrätig*|vorratig*|verfügbar*|verfugbar*|ausverkauft*|" +
    "库存|缺货|有货|现货|到货通知",
  language:
    "language*|" +
    "idioma*|lengua*|" +
    "langue*|" +
    "sprache*|" +
    "语言",
  app:
    "app|apps|mobile app|" +
    "aplicación|aplicacion|" +
    "appli|application mobile|" +
    "anwendung*|" +
    "应用|手机应用",
  website:
    "website*|web site|site|online|" +
    "sitio*|página web|pagina web|en línea|en linea|" +
    "site web|en ligne|" +
    "webseite*|internetseite*|" +
    "网站|官网|网上|在线",
  transfer:
    "bank transfer|wire transfer|transfer*|" +
    "transferencia*|" +
    "virement*|" +
    "überweis*|uberweis*|" +
    "转账|银行转账|汇款",
  installments:
    "installment*|instalment*|pay later|klarna|afterpay|" +
    "cuotas|mensualidad*|a plazos|" +
    "plusieurs fois|échelonn*|echelonn*|" +
    "raten*|ratenzahlung*|" +
    "分期",
  complaint:
    "complain*|complaint*|" +
    "queja*|reclamación*|reclamacion*|reclamo*|" +
    "plainte*|réclamation*|reclamation*|" +
    "beschwerde*|reklamation*|reklamier*|" +
    "投诉|抱怨",
  condition:
    "unused|unworn|unopened|original packaging|original condition|tags attached|" +
    "sin usar|sin abrir|embalaje original|estado original|etiquetas originales|" +
    "non utilisé|non utilise|non porté|emballage d'origine|état d'origine|" +
    "unbenutzt*|ungetragen*|originalverpackung*|ungeöffnet*|" +
    "未使用|原包装|吊牌|未拆封|未穿",
  verify:
    "verif*|confirm*|" +
    "verific*|confirmar|" +
    "vérifi*|confirmer|" +
    "bestätig*|bestatig*|verifizier*|" +
    "验证|确认|核实",
  photo:
    "photo*|picture*|image*|" +
    "foto*|imagen*|" +
    "bild*|" +
    "照片|图片",
  weekend:
    "weekend*|holiday*|public holiday*|" +
    "fin de semana|festivo*|feriado*|" +
    "week-end|week end|jour férié|jours fériés|" +
    "wochenende*|feiertag*|" +
    "周末|节假日|假期|假日",
  minimum:
    "minim*|at least|" +
    "mínimo*|minimo*|al menos|" +
    "au moins|" +
    "mindest*|" +
    "最低|最少|至少",
  security:
    "secur*|safe|safety|fraud*|scam*|" +
    "segur*|fraude*|estafa*|" +
    "sécurit*|securit*|arnaque*|" +
    "sicher*|betrug*|" +
    "安全|欺诈|诈骗",
  europe:
    "eu|europe|european|" +
    "ue|europa|europeo*|europea*|unión europea|union europea|" +
    "européen*|europeen*|union européenne|" +
    "europäisch*|europaisch*|" +
    "欧洲|欧盟",
  "united-states":
    "usa|united states|" +
    "estados unidos|eeuu|ee uu|" +
    "états-unis|etats-unis|états unis|etats unis|" +
    "vereinigte staaten|" +
    "美国",
  "united-kingdom":
    "uk|united kingdom|britain|great britain|england|" +
    "reino unido|inglaterra|" +
    "royaume-uni|royaume uni|angleterre|" +
    "großbritannien|grossbritannien|vereinigtes königreich|england|" +
    "英国",
  germany: "german*|aleman*|allemagne|allemand*|deutschland*|deutsch|deutsche*|德国",
  france: "france|french|francia|frances*|français*|francais*|frankreich*|französisch*|franzosisch*|法国",
  spain: "spain|spanish|españa|espana|español*|espanol*|espagne|espagnol*|spanien*|spanisch*|西班牙",
  mexico: "mexic*|méxic*|mexique|mexiko*|墨西哥",
  canada: "canad*|kanada*|加拿大",
  china: "china|chinese|chino|chine|chinois*|chinesisch*|中国|大陆",
  austria: "austria*|autriche|österreich*|osterreich*|奥地利",
  switzerland: "switzerland|swiss|suiza|suisse|schweiz*|瑞士",
  italy: "italy|italian*|italia*|italie*|italien*|意大利",
  // Whether something is allowed: "can I return…" is answered by "you can return…". Questions only
  // use it as a tie-breaker (see lexical-features.ts).
  permission:
    "can|cannot|can't|may|allowed|possible|" +
    "puedo|puede|puedes|pueden|podemos|posible|permit*|" +
    "puis|peux|peut|peuvent|pouvez|pouvons|possible|" +
    "kann|kannst|können|konnen|darf|dürfen|durfen|möglich|moglich|" +
    "可以|能否|不能|无法|能够",
};
