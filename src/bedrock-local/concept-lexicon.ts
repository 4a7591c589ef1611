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
    "return*|send back|send it back|send them back|ship back|bring back|returnable|send ~ back|ship ~ back|mail ~ back|take ~ back|" +
    "devol*|devuelv*|retorn*|" +
    "retour*|retourn*|renvoi*|renvoy*|rendre|" +
    "rücksend*|rückgab*|zurücksend*|zurückschick*|zurückgeb*|zurückzu*|zurück|*rücksendung|*rückgabe|" +
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
    "chang*|modif*|edit*|updat*|amend*|correct*|fix|fixed|switch|" +
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
    "compra|compras|comprar*|compre|compré|comprado*|" +
    "achat*|acheter|acheté*|achete*|" +
    "kauf|kaufen|gekauft|*kauf|" +
    "购买|买的|买了|购物",
  shipping:
    "ship|ships|shipped|shipping|shipment*|deliver*|dispatch*|courier*|carrier*|transit|arriv*|postage|" +
    "envío*|envio*|enví*|envia*|entreg*|despach*|llega*|transportista*|mensajer*|" +
    "livr*|expédi*|expedi*|envoi*|envoy*|achemin*|transporteur*|" +
    "versand*|versend*|liefer*|zustell*|verschick*|schick*|geschickt|ankomm*|ankunft|angekommen|*versand|*lieferung|*zustellung|" +
    "发货|配送|运送|送货|运输|快递|寄送|物流|到货|送达|收到货|邮寄|寄到|寄往|寄去|送到",
  cost:
    "cost*|price*|pricing|fee|fees|charg*|how much|expensive|cheap*|euro|euros|dollar|dollars|eur|usd|" +
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
    "address*|street|avenue|ave|road|rd|row|blvd|boulevard|lane|suite|zip code|postcode|postal code|" +
    "calle|avenida|plaza|código postal|" +
    "rue|code postal|" +
    "straße|strasse|str|platz|weg|allee|postleitzahl|plz|" +
    "路|街|号|邮编|" +
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
    "what time|at what time|mon-fri|" +
    "horario*|abiert*|abre|abren|a qué hora|a que hora|" +
    "horaire*|ouvert*|ouvre|ouvrent|à quelle heure|a quelle heure|" +
    "öffnungszeit*|geöffnet|erreichbar*|um wie viel uhr|wann öffnet|" +
    "营业时间|工作时间|营业|开放时间|上班时间|客服时间|几点",
  // Each day on its own, so "on Saturdays" meets Saturday's hours rather than any opening hours.
  monday: "monday*|lunes|lundi*|montag*|周一|星期一|礼拜一",
  tuesday: "tuesday*|martes|mardi*|dienstag*|周二|星期二|礼拜二",
  wednesday: "wednesday*|miércoles|miercoles|mercredi*|mittwoch*|周三|星期三|礼拜三",
  thursday: "thursday*|jueves|jeudi*|donnerstag*|周四|星期四|礼拜四",
  friday: "friday*|viernes|vendredi*|freitag*|周五|星期五|礼拜五",
  saturday: "saturday*|sábado*|sabado*|samedi*|samstag*|周六|星期六|礼拜六",
  sunday: "sunday*|domingo*|dimanche*|sonntag*|周日|星期日|星期天|礼拜天",
  duration:
    "how long|how many days|how many weeks|how soon|how quickly|how fast|when|take long|within|deadline|time frame|timeframe|" +
    "too late|in time|still|until|how much time|time|" +
    "demasiado tarde|a tiempo|todavía|todavia|hasta|tiempo|" +
    "trop tard|à temps|encore|jusqu'à|jusqu'au|temps|" +
    "zu spät|zu spat|rechtzeitig|noch|bis|zeit|" +
    "来得及|太晚|还能|" +
    "window|time limit|period|" +
    "day|days|business day|business days|week|weeks|hour|hours|month|months|year|years|" +
    "cuánto tiempo|cuanto tiempo|cuántos días|cuantos dias|cuándo|cuando|tarda*|demora*|plazo*|dentro de|" +
    "día|dia|días|dias|semana|semanas|hora|horas|meses|año|años|ano|anos|" +
    "combien de temps|combien de jours|quand|délai*|delai*|sous|" +
    "jour|jours|semaine*|heure|heures|mois|ans|année*|annee*|ouvrable*|ouvré*|" +
    "wie lange|wie viele tage|wann|dauer*|dauert|frist*|innerhalb|binnen|" +
    "tag|tage|tagen|werktag*|woche|wochen|stunde*|monat|monate|monaten|jahr|jahre|jahren|" +
    "多久|多长时间|多少天|什么时候|何时|几天|期限|以内|之内|天内|工作日|小时|个月|周内|天|年|时效",
  warranty:
    "warrant*|guarantee*|guarantied|covered|cover|repair*|" +
    "reparaci*|reparar|cubre|cubierto|" +
    "réparation*|reparation*|réparer|couvert*|" +
    "reparatur*|reparier*|abgedeckt|" +
    "维修|修理|保修范围|" +
    "garantía*|garantia*|" +
    "garanti*|" +
    "garantie*|gewährleist*|" +
    "保修|质保|保固",
  damaged:
    "damag*|broken|break|defect*|faulty|not working|doesn't work|stopped working|cracked|scratched|" +
    "dañad*|danad*|roto|rota|rotos|rotas|defectuos*|averiad*|no funciona|" +
    "endommag*|cassé*|casse|défectu*|defectu*|abîm*|abim*|ne fonctionne pas|ne marche pas|" +
    "beschädigt*|beschadigt*|kaputt*|defekt*|schaden*|funktioniert nicht|" +
    "torn|tear|tears|ripped|rip|hole|holes|stain*|scratch*|dent*|leak*|" +
    "rotura|desgarr*|agujero*|mancha*|" +
    "déchir*|dechir*|troué*|troue*|tache*|" +
    "gerissen|riss|loch|löcher|fleck*|" +
    "损坏|坏了|破损|故障|质量问题|有问题|坏|破了|撕|污渍|破洞",
  missing:
    "no email|no mail|no e mail|not get the email|didn't get the email|no confirmation|" +
    "ningún correo|ningun correo|pas d'e-mail|pas de mail|pas reçu d'e-mail|keine e-mail|keine mail|没有收到邮件|没收到邮件|" +
    "missing|lost|never arrived|not received|didn't receive|did not receive|hasn't arrived|has not arrived|never received|" +
    "never came|never got|didn't get|didnt get|didn't come|didnt come|hasn't come|hasnt come|still waiting|" +
    "no llegó|no llego|nunca llegó|nunca llego|no me ha llegado|no me llegó|todavía no|" +
    "jamais arrivé|pas arrivé|toujours pas|jamais reçu|" +
    "nie angekommen|nicht bekommen|immer noch nicht|" +
    "没收到|还没到|没到|" +
    "perdid*|extraviad*|falta*|no recibí|no he recibido|no ha llegado|no llegó|" +
    "perdu*|manquant*|pas reçu|jamais reçu|égar*|" +
    "verloren*|fehlt|fehlen|fehlend*|nicht erhalten|nicht angekommen|" +
    "丢失|丢了|未收到|缺少|少了|遗失",
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
    "gift*|gift card|gift cards|present|presents|" +
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
    "privacy|personal data|personal information|gdpr|my data|your data|data you have|" +
    "privacidad*|datos personales|rgpd|mis datos|" +
    "confidentialit*|données personnelles|donnees personnelles|vie privée|mes données|mes donnees|" +
    "datenschutz*|personenbezogen*|dsgvo|daten|meine daten|" +
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
    "ropa|zapato*|zapatilla*|bota|botas|botines|camisa*|camiseta*|vestido*|chaqueta*|abrigo*|pantalon*|vaquero*|jersey*|bañador*|bolso*|" +
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
    "recoger|recogida*|retirar|ir a buscar|" +
    "retrait*|retirer|aller chercher|chercher|récupérer|recuperer|" +
    "abhol*|holen|" +
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
    "website*|web site|site|online|web|" +
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
    "weekend*|holiday*|public holiday*|christmas|xmas|navidad|noël|noel|weihnacht*|圣诞|" +
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
  "united-states":
    "usa|united states|america|american|hawaii|alaska|california|new york|texas|florida|" +
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
  // Countries with their largest cities, so "delivery to Hamburg" meets "delivery within Germany".
  germany:
    "german*|aleman*|allemagne|allemand*|deutschland*|deutsch|deutsche*|德国|" +
    "berlin|hamburg|münchen|munchen|múnich|munich|cologne|köln|koln|frankfurt|stuttgart|düsseldorf|dusseldorf|leipzig|柏林|汉堡|慕尼黑",
  france:
    "france|french|francia|frances*|français*|francais*|frankreich*|französisch*|franzosisch*|法国|" +
    "paris|parís|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|巴黎|里昂|马赛",
  spain:
    "spain|spanish|españa|espana|español*|espanol*|espagne|espagnol*|spanien*|spanisch*|西班牙|" +
    "madrid|barcelona|valencia|sevilla|seville|séville|zaragoza|málaga|malaga|bilbao|马德里|巴塞罗那",
  mexico: "mexic*|méxic*|mexique|mexiko*|墨西哥",
  canada: "canad*|kanada*|加拿大",
  china:
    "china|chinese|chino|chine|chinois*|chinesisch*|中国|大陆|" +
    "shanghai|beijing|guangzhou|shenzhen|chengdu|hangzhou|上海|北京|广州|深圳|成都|杭州|天津|重庆|南京|武汉",
  austria: "austria*|autriche|österreich*|osterreich*|奥地利",
  switzerland: "switzerland|swiss|suiza|suisse|schweiz*|瑞士",
  italy: "italy|italian*|italia*|italie*|italien*|意大利",
  // Whether something is allowed: "can I return…" is answered by "you can return…". Questions only
  // use it as a tie-breaker (see query-slots.ts).
  permission:
    "can|cannot|can't|may|allowed|possible|" +
    "puedo|puede|puedes|pueden|podemos|posible|permit*|" +
    "puis|peux|peut|peuvent|pouvez|pouvons|possible|" +
    "kann|kannst|können|konnen|darf|dürfen|durfen|möglich|moglich|" +
    "可以|能否|不能|无法|能够",
  europe:
    "eu|europe|european|" +
    "ue|europa|europeo*|europea*|unión europea|union europea|" +
    "européen*|europeen*|union européenne|" +
    "europäisch*|europaisch*|" +
    "欧洲|欧盟|" +
    // Member states, so "I'm in Poland" meets "from all other EU countries".
    "poland|polska|polonia|pologne|polen|波兰|netherlands|holland|países bajos|paises bajos|pays-bas|niederlande|荷兰|" +
    "belgium|bélgica|belgica|belgique|belgien|比利时|portugal|葡萄牙|ireland|irlanda|irlande|irland|爱尔兰|" +
    "sweden|suecia|suède|suede|schweden|瑞典|denmark|dinamarca|danemark|dänemark|danemark|丹麦|" +
    "finland|finlandia|finlande|finnland|芬兰|greece|grecia|grèce|grece|griechenland|希腊|" +
    "czech*|chequia|república checa|tchèque|tcheque|tschechien|捷克|hungary|hungría|hungria|hongrie|ungarn|匈牙利|" +
    "romania|rumanía|rumania|roumanie|rumänien|罗马尼亚|bulgaria|bulgarie|bulgarien|保加利亚|" +
    "croatia|croacia|croatie|kroatien|克罗地亚|slovakia|eslovaquia|slovaquie|slowakei|斯洛伐克|" +
    "slovenia|eslovenia|slovénie|slowenien|斯洛文尼亚|luxembourg|luxemburgo|luxemburg|卢森堡|" +
    "estonia|estonie|estland|爱沙尼亚|latvia|letonia|lettonie|lettland|拉脱维亚|lithuania|lituania|lituanie|litauen|立陶宛|" +
    "malta|malte|马耳他|cyprus|chipre|chypre|zypern|塞浦路斯",
  crypto: "crypto*|bitcoin*|btc|ethereum|eth|dogecoin|litecoin|usdt|tether|cripto*|kryptow*|krypto|加密货币|比特币|数字货币",
  "cash-on-delivery":
    "cash on delivery|cod|pay on delivery|contra reembolso|contrareembolso|paiement à la livraison|paiement a la livraison|" +
    "nachnahme|per nachnahme|货到付款",
  student: "student*|university|college|estudiante*|universitari*|étudiant*|etudiant*|studierend*|studenten*|学生|大学生",
  loyalty:
    "loyalty|points|rewards|reward|member points|" +
    "puntos|fidelidad|fidelización|fidelizacion|" +
    "fidélité|fidelite|" +
    "punkte|treue*|bonusprogramm*|prämie*|pramie*|" +
    "积分|会员积分|忠诚",
  referral: "referral*|refer a friend|refer-a-friend|invite a friend|recomienda*|recomendar a|parrain*|filleul*|empfehl*|werben|freunde werben|推荐|邀请好友",
  "price-change":
    "price drop|price dropped|dropped in price|cheaper|price adjustment|price match*|difference back|the difference|" +
    "más barato|mas barato|más baratas|mas baratas|bajada de precio|la diferencia|ajuste de precio|" +
    "moins cher|baisse de prix|la différence|la difference|" +
    "billiger|preissenkung|preisanpassung|differenz|" +
    "降价|便宜了|差价|价保",
  preorder:
    "pre-order*|preorder*|pre order*|backorder*|reserve|reservation|" +
    "preventa|reserva*|reservar|" +
    "précommande*|precommande*|réserv*|" +
    "vorbestell*|reservier*|" +
    "预售|预订|预定",
  care:
    "wash*|washing machine|dry clean*|dryer|tumble dry|iron|ironing|clean*|care|" +
    "lavar|lavado|lavadora|secadora|tintorería|tintoreria|limpi*|planchar|cuidado*|" +
    "lav*|machine à laver|sèche-linge|seche-linge|nettoy*|entretien|repasser|" +
    "wasch*|waschmaschine|trockner|reinig*|pflege*|bügeln|bugeln|" +
    "洗|清洗|干洗|洗衣机|烘干|保养|熨",
  waterproof:
    "waterproof*|water-repellent|water repellent|impregnat*|dwr|rain|" +
    "impermeable*|repelente|lluvia|" +
    "imperméab*|impermeab*|déperlan*|deperlan*|pluie|" +
    "wasserdicht*|imprägnier*|impragnier*|regen*|dicht|" +
    "防水|防泼水|雨",
  locker:
    "locker*|parcel locker|pickup point|pick-up point|relay point|parcel shop|access point|packstation*|postfiliale*|" +
    "commerçant*|commercant*|point de retrait|" +
    "punto de recogida|taquilla*|punto pack|" +
    "point relais|points relais|relais|consigne*|" +
    "paketshop*|paketstation*|postnummer|" +
    "自提点|快递柜|代收点",
  spam: "spam|junk|junk folder|correo no deseado|indésirable*|indesirable*|courrier indésirable|werbung|spam-ordner|垃圾邮件|垃圾箱",
  attempts: "attempt*|tries|tried|intento*|intentos|tentative*|versuch*|尝试|次数",
  alipay: "alipay|支付宝",
  wechat: "wechat pay|wechat|weixin|微信支付|微信",
  storage:
    "keep|keeps|kept|hold|holds|held|store|stored|storage|retain*|" +
    "guarda*|conserva*|almacen*|" +
    "garde|garder|gardé*|conserv*|" +
    "aufbewahr*|gespeichert|speicher*|lagert|" +
    "保留|保管|存放|保存|存储",
  proxy:
    "someone else|somebody else|another person|on my behalf|for me|friend|partner|family member|" +
    "otra persona|en mi nombre|por mí|amigo|amiga|pareja|" +
    "une autre personne|à ma place|a ma place|copain|copine|ami|amie|procuration|" +
    "jemand anderes|eine andere person|für mich|freund|freundin|vollmacht|" +
    "别人|他人|代取|代收|朋友",
  jobs: "hiring|job|jobs|career*|vacanc*|recruit*|empleo*|trabajo*|vacante*|emploi*|recrut*|stellen*|karriere*|招聘|职位",
  "dry-cleaning":
    "dry clean*|dry-clean*|dry cleaner*|limpieza en seco|tintorería|tintoreria|nettoyage à sec|nettoyage a sec|pressing|" +
    "chemische reinigung|chemisch reinigen|reinigung|干洗",
  // Months, so "mid January" meets "until January 15" and "dec 20th" meets "December 24".
  january: "january|jan|enero|janvier|januar|jänner|一月|1月",
  february: "february|feb|febrero|février|fevrier|februar|二月|2月",
  march: "march|mar|marzo|mars|märz|marz|三月|3月",
  april: "april|apr|abril|avril|四月|4月",
  may: "mayo|mai|五月|5月",
  june: "june|jun|junio|juin|juni|六月|6月",
  july: "july|jul|julio|juillet|juli|七月|7月",
  august: "august|aug|agosto|août|aout|八月|8月",
  september: "september|sep|sept|septiembre|septembre|九月|9月",
  october: "october|oct|octubre|octobre|oktober|十月|10月",
  november: "november|nov|noviembre|novembre|十一月|11月",
  december: "december|dec|diciembre|décembre|decembre|dezember|十二月|12月",
  zipper: "zipper*|zip|zips|cremallera*|fermeture éclair|fermetures éclair|fermeture eclair|zip|reißverschluss*|reissverschluss*|拉链",
  sole: "sole|soles|outsole|suela*|semelle*|sohle*|laufsohle*|鞋底",
  // How long something stays usable: gift cards, links, points, vouchers.
  expiry:
    "expire*|expiry|expiration|valid|validity|never expire|" +
    "caduc*|vence|vencen|vencimiento|válid*|valid*|" +
    "expir*|périm*|perim*|valable*|validité|validite|" +
    "verfall*|verfällt|gültig*|gultig*|ablauf*|läuft ab|lauft ab|" +
    "过期|有效期|失效|到期|有效",
  colour: "colour*|color|colors|colores|couleur*|farbe*|颜色",
  temperature: "degree*|degré*|degre*|grado*|grad|celsius|fahrenheit|temperature*|température*|temperatura*|temperatur*|温度|度",
};
