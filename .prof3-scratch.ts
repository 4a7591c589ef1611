import { recognizeEmailAddresses } from "./src/guardrails/recognize-email-addresses.ts";
import { recognizePhoneNumbers } from "./src/guardrails/recognize-phone-numbers.ts";
import { recognizeIbans } from "./src/guardrails/recognize-ibans.ts";
import { recognizeCardNumbers } from "./src/guardrails/recognize-card-numbers.ts";
import { recognizeIpAddresses } from "./src/guardrails/recognize-ip-addresses.ts";
import { recognizeUsBankAccountNumbers } from "./src/guardrails/recognize-us-bank-account-numbers.ts";
import { recognizeUsSocialSecurityNumbers } from "./src/guardrails/recognize-us-social-security-numbers.ts";
import { detectPromptAttack } from "./src/guardrails/detect-prompt-attack.ts";
import { scoreContentFilters } from "./src/guardrails/score-content-filters.ts";
const texts = ["You can reach me at jane.miller@example.com if the courier calls.", "我的邮箱是 wang.li@163.com，请把发票发给我。", "Sure — I've sent the label to tom_h@mail.co.uk, it should arrive", "Call me back on +1 415 555 2671 after 5pm."];
const fns: Array<[string, (t: string) => unknown]> = [["email", recognizeEmailAddresses], ["iban", recognizeIbans], ["card", recognizeCardNumbers], ["ip", recognizeIpAddresses], ["bank", recognizeUsBankAccountNumbers], ["ssn", recognizeUsSocialSecurityNumbers], ["phone", (t) => recognizePhoneNumbers(t, "en")], ["attack", detectPromptAttack], ["content", (t) => scoreContentFilters(t, ["INSULTS","HATE","SEXUAL","VIOLENCE","MISCONDUCT"])]];
for (const t of texts) { const row: string[] = []; for (const [n, f] of fns) { const t0 = performance.now(); f(t); row.push(`${n}=${(performance.now() - t0).toFixed(1)}`); } console.log(row.join(" ")); }
