import type { TextKey } from "../texts.ts";

// Simplified Chinese, formal 您 as customer service in mainland China uses.
export const zh: Record<TextKey, string> = {
  greeting: "您好！请问有什么可以帮您？",
  noInformation: "抱歉，我暂时没有这方面的信息。",
  noInformationOfferHuman: "抱歉，我暂时没有这方面的信息。需要为您转接人工客服吗？",
  sourceInOtherLanguage: "注：此回答依据的是{language}资料。",
  "languageName.en": "英语",
  "languageName.es": "西班牙语",
  "languageName.fr": "法语",
  "languageName.de": "德语",
  "languageName.zh": "中文",
  blockedInput: "抱歉，我无法处理这个请求。请问还有其他可以帮您的吗？",
  blockedSensitiveData: "为了您的信息安全，请不要在聊天中发送银行卡号、银行账户或身份证号等信息。",
  blockedOutput: "抱歉，我无法提供这个回答。请问还有其他可以帮您的吗？",
  handoff: "正在为您转接专员。对方可以看到我们之前的对话，您无需重复说明。",
  handoffQueued: "正在为您转接专员，您目前排在第{position}位。对方可以看到我们之前的对话，您无需重复说明。",
  error: "抱歉，系统出了点问题，请稍后再试。",
  streamInterrupted: "抱歉，我的回答中断了，请重新发送您的消息。",
  knowledgeBaseExcerpt: "以下是我们帮助中心的相关说明：",
  csatPrompt: "您对今天得到的帮助满意吗？请为本次服务打分。",
  orderVerify: "为保护您的隐私，查询订单{orderNumber}前，请提供下单时使用的电子邮箱地址。",
  orderNotFound: "未找到订单{orderNumber}。请核对订单号和电子邮箱地址后再试。",
  askOrderNumber: "请提供您的订单号，您可以在订单确认邮件中找到。",
  humanJoined: "客服{name}已加入对话。",
  conversationResolved: "本次对话已标记为已解决。如还有其他问题，欢迎随时联系我们。",
  attachmentFailed: "我们无法读取文件{filename}。请确认它是清晰的PDF、照片或文本文件后重新发送，或者直接在这里输入相关信息。",
};
