import type { RuleContribution } from "./analytics-api.ts";

/** Each rule's points as a bar of its maximum; rules that did not apply are listed as such. */
export function RuleBreakdown({ rules }: { rules: RuleContribution[] }) {
  return (
    <ul className="rules">
      {rules.map((rule) => (
        <li key={rule.rule} className={rule.applicable ? undefined : "not-applicable"}>
          <span className="rule-label">{rule.label}</span>
          <span className="rule-bar" aria-hidden="true">
            <span style={{ width: `${rule.maxPoints ? (rule.points / rule.maxPoints) * 100 : 0}%` }} />
          </span>
          <span className="rule-points">{rule.applicable ? `${rule.points} / ${rule.maxPoints}` : "n/a"}</span>
          <span className="rule-detail">{rule.detail}</span>
        </li>
      ))}
    </ul>
  );
}
