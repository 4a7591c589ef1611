import { useEffect, useState } from "react";
import { api } from "../../shared/console-api.ts";
import { rangeQuery, type AnalyticsSummary, type DayRange, type TableName } from "./analytics-api.ts";
import { BarChart, LineChart, palette } from "./charts.tsx";
import { DataTable, KpiCard, Panel } from "./data-table.tsx";
import { formatCount, formatDay, formatMs, formatRate, formatUsd, humanize, plural } from "./format.ts";

const csvOf = (name: TableName, range: DayRange, label: string) => ({ path: `/v1/admin/analytics/${name}?${rangeQuery(range)}&format=csv`, label });

/** Where the range's conversations went, how customers felt, what they asked, how fast and at what cost. */
export function AnalyticsPage({ range }: { range: DayRange }) {
  const [summary, setSummary] = useState<AnalyticsSummary>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    setError(undefined);
    api<AnalyticsSummary>(`/v1/admin/analytics?${rangeQuery(range)}`).then(
      (body) => current && setSummary(body),
      (caught: Error) => current && setError(caught.message),
    );
    return () => {
      current = false;
    };
  }, [range]);

  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!summary) return <p className="loading">Loading analytics…</p>;
  const { kpis, tables } = summary;
  const days = tables.conversations.map((row) => formatDay(row.day));
  const latencyDays = tables.latency.filter((row) => row.day !== "all");
  const budget = kpis.dailyBudgetUsd;
  const answers = tables.cache.reduce((total, row) => total + row.answers, 0);
  const cacheHits = tables.cache.reduce((total, row) => total + row.exactHits + row.semanticHits, 0);

  return (
    <div className="analytics">
      <div className="kpi-grid" aria-label="Headline numbers">
        <KpiCard label="Conversations" value={formatCount(kpis.conversations)} detail={`${formatCount(kpis.aiResolved)} resolved by AI · ${formatCount(kpis.escalated)} escalated`} />
        <KpiCard label="AI resolution rate" value={formatRate(kpis.aiResolutionRate)} detail="answered, never handed to a person" tone={kpis.aiResolutionRate === null ? undefined : kpis.aiResolutionRate >= 0.6 ? "good" : "warn"} />
        <KpiCard label="Escalation rate" value={formatRate(kpis.escalationRate)} detail={tables["escalation-reasons"][0] ? `top reason: ${humanize(tables["escalation-reasons"][0].reason).toLowerCase()}` : "no handoffs"} />
        <KpiCard
          label="CSAT"
          value={kpis.csatAverage === null ? "—" : `${kpis.csatAverage.toFixed(1)} / 5`}
          detail={`${plural(kpis.csatResponses, "rating")} · ${formatCount(kpis.thumbsUp)} up, ${formatCount(kpis.thumbsDown)} down`}
          tone={kpis.csatAverage === null ? undefined : kpis.csatAverage >= 4 ? "good" : kpis.csatAverage >= 3 ? "warn" : "bad"}
        />
        <KpiCard label="Answer latency p50 / p95" value={`${formatMs(kpis.latencyP50)} / ${formatMs(kpis.latencyP95)}`} detail={`p99 ${formatMs(kpis.latencyP99)}`} />
        <KpiCard label="Time to first token p50 / p95" value={`${formatMs(kpis.firstTokenP50)} / ${formatMs(kpis.firstTokenP95)}`} detail={`p99 ${formatMs(kpis.firstTokenP99)}`} />
        <KpiCard
          label="Model cost"
          value={formatUsd(kpis.costUsd)}
          detail={`${formatCount(kpis.inputTokens + kpis.outputTokens)} tokens · ${budget === null ? "no daily budget" : kpis.daysOverBudget ? `${kpis.daysOverBudget} day(s) over ${formatUsd(budget)}/day` : `within ${formatUsd(budget)}/day`}`}
          tone={kpis.daysOverBudget ? "bad" : undefined}
        />
        <KpiCard label="Response cache hit rate" value={formatRate(kpis.cacheHitRate)} detail={`${formatCount(cacheHits)} of ${plural(answers, "answer")} from the cache`} />
      </div>

      <div className="panel-grid">
        <Panel title="Conversations per day" subtitle="By outcome" csv={csvOf("conversations", range, "conversations per day")}>
          {kpis.conversations === 0 ? (
            <p className="empty-state">No conversations in this range yet.</p>
          ) : (
            <BarChart
              labels={days}
              stacked
              description="Conversations per day, stacked by outcome"
              series={[
                { label: "Resolved by AI", values: tables.conversations.map((row) => row.aiResolved), color: palette.green },
                { label: "Escalated", values: tables.conversations.map((row) => row.escalated), color: palette.amber },
                { label: "Unresolved", values: tables.conversations.map((row) => row.unresolved), color: palette.gray },
              ]}
            />
          )}
        </Panel>
        <Panel title="Cost per day" subtitle={budget === null ? "No daily budget set" : `Against the ${formatUsd(budget)} daily budget`} csv={csvOf("usage-by-day", range, "cost per day")}>
          {kpis.modelCalls === 0 ? (
            <p className="empty-state">No metered model calls in this range.</p>
          ) : (
            <BarChart
              labels={days}
              description="Model cost per day against the daily budget"
              formatValue={formatUsd}
              series={[
                { label: "Cost", values: tables["usage-by-day"].map((row) => row.costUsd), color: palette.blue },
                ...(budget === null ? [] : [{ label: "Daily budget", values: tables["usage-by-day"].map(() => budget), color: palette.red, line: true, dashed: true }]),
              ]}
            />
          )}
        </Panel>
        <Panel title="Latency" subtitle="Answer time and time to first token, per day" csv={csvOf("latency", range, "latency percentiles")}>
          {tables.latency[0]?.answers ? (
            <LineChart
              labels={latencyDays.map((row) => formatDay(row.day))}
              description="Latency percentiles per day"
              formatValue={formatMs}
              series={[
                { label: "Latency p50", values: latencyDays.map((row) => row.latencyP50), color: palette.blue },
                { label: "Latency p95", values: latencyDays.map((row) => row.latencyP95), color: palette.lightBlue, dashed: true },
                { label: "TTFT p50", values: latencyDays.map((row) => row.firstTokenP50), color: palette.teal },
                { label: "TTFT p95", values: latencyDays.map((row) => row.firstTokenP95), color: palette.lightTeal, dashed: true },
              ]}
            />
          ) : (
            <p className="empty-state">No model answers in this range.</p>
          )}
        </Panel>
        <Panel title="Customer satisfaction" subtitle={plural(kpis.csatResponses, "rating")} csv={csvOf("csat", range, "CSAT ratings")}>
          {kpis.csatResponses === 0 ? (
            <p className="empty-state">No ratings yet. Customers rate a conversation when it ends.</p>
          ) : (
            <BarChart
              labels={tables.csat.map((row) => `${row.rating} ★`)}
              description="Number of ratings per star value"
              series={[{ label: "Ratings", values: tables.csat.map((row) => row.responses), color: palette.purple }]}
            />
          )}
        </Panel>
        <Panel title="Escalation reasons" csv={csvOf("escalation-reasons", range, "escalation reasons")}>
          {tables["escalation-reasons"].length === 0 ? (
            <p className="empty-state">Nothing was handed to a person.</p>
          ) : (
            <BarChart
              horizontal
              height={Math.max(140, tables["escalation-reasons"].length * 34 + 40)}
              labels={tables["escalation-reasons"].map((row) => humanize(row.reason))}
              description="Handoffs per escalation reason"
              series={[{ label: "Handoffs", values: tables["escalation-reasons"].map((row) => row.handoffs), color: palette.amber }]}
            />
          )}
        </Panel>
        <Panel title="Topics" subtitle="What customers ask about" csv={csvOf("topics", range, "topics")}>
          {tables.topics.length === 0 ? (
            <p className="empty-state">No questions in this range.</p>
          ) : (
            <BarChart
              horizontal
              stacked
              height={Math.max(140, Math.min(tables.topics.length, 10) * 34 + 60)}
              labels={tables.topics.slice(0, 10).map((row) => humanize(row.topic))}
              description="Questions per topic, answered and unanswered"
              series={[
                { label: "Answered", values: tables.topics.slice(0, 10).map((row) => row.questions - row.unanswered), color: palette.blue },
                { label: "Unanswered", values: tables.topics.slice(0, 10).map((row) => row.unanswered), color: palette.red },
              ]}
            />
          )}
        </Panel>
      </div>

      <Panel wide title="Knowledge gaps" subtitle="Questions the assistant had no answer for — candidates for new articles" csv={csvOf("knowledge-gaps", range, "knowledge gaps")}>
        <DataTable
          caption="Knowledge gaps"
          rows={tables["knowledge-gaps"]}
          rowKey={(row) => row.question}
          empty="No unanswered questions in this range."
          columns={[
            { header: "Question", cell: (row) => <span className="question">{row.question}</span> },
            { header: "Asked", numeric: true, cell: (row) => formatCount(row.asked) },
            { header: "Conversations", numeric: true, cell: (row) => formatCount(row.conversations) },
            { header: "Language", cell: (row) => row.language ?? "—" },
            { header: "Last seen", cell: (row) => new Date(row.lastSeen).toLocaleString() },
          ]}
        />
      </Panel>

      <div className="panel-grid">
        <Panel title="Tokens and cost by model" csv={csvOf("usage-by-model", range, "usage by model")}>
          <DataTable
            caption="Tokens and cost by model"
            rows={tables["usage-by-model"]}
            rowKey={(row) => row.model}
            empty="No metered model calls in this range."
            columns={[
              { header: "Model", cell: (row) => <code>{row.model}</code> },
              { header: "Calls", numeric: true, cell: (row) => formatCount(row.calls) + (row.failedCalls ? ` (${formatCount(row.failedCalls)} failed)` : "") },
              { header: "Tokens in / out", numeric: true, cell: (row) => `${formatCount(row.inputTokens)} / ${formatCount(row.outputTokens)}` },
              { header: "Cost", numeric: true, cell: (row) => formatUsd(row.costUsd) },
            ]}
          />
        </Panel>
        <Panel title="Guardrail interventions" csv={csvOf("guardrails", range, "guardrail interventions")}>
          <DataTable
            caption="Guardrail interventions"
            rows={tables.guardrails}
            rowKey={(row) => `${row.dimension}:${row.name}`}
            empty="No guardrail interventions in this range."
            columns={[
              { header: "Kind", cell: (row) => <span className="pill">{row.dimension}</span> },
              { header: "Name", cell: (row) => humanize(row.name) },
              { header: "Blocked", numeric: true, cell: (row) => formatCount(row.blocked) },
              { header: "Anonymized", numeric: true, cell: (row) => formatCount(row.anonymized) },
            ]}
          />
        </Panel>
        <Panel title="Response cache" subtitle={kpis.cacheHitRate === null ? "Answers served from the cache" : `${formatRate(kpis.cacheHitRate)} of answers served from the cache`} csv={csvOf("cache", range, "response cache")}>
          {tables.cache.some((row) => row.answers > 0) ? (
            <BarChart
              labels={days}
              stacked
              description="Answers per day: cache hits and model answers"
              series={[
                { label: "Exact hits", values: tables.cache.map((row) => row.exactHits), color: palette.green },
                { label: "Semantic hits", values: tables.cache.map((row) => row.semanticHits), color: palette.teal },
                { label: "Generated", values: tables.cache.map((row) => row.answers - row.exactHits - row.semanticHits), color: palette.gray },
              ]}
            />
          ) : (
            <p className="empty-state">No model answers in this range.</p>
          )}
        </Panel>
        <Panel title="Thumbs on answers" csv={csvOf("thumbs", range, "thumbs")}>
          <div className="thumbs">
            <KpiCard label="Thumbs up" value={formatCount(kpis.thumbsUp)} tone={kpis.thumbsUp ? "good" : undefined} />
            <KpiCard label="Thumbs down" value={formatCount(kpis.thumbsDown)} tone={kpis.thumbsDown ? "bad" : undefined} />
            <KpiCard label="Unanswered questions" value={formatCount(kpis.unansweredQuestions)} detail={`${formatCount(kpis.knowledgeGaps)} distinct`} />
          </div>
        </Panel>
      </div>
    </div>
  );
}
