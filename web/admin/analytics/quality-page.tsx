import { Fragment, useEffect, useState } from "react";
import { api } from "../../shared/console-api.ts";
import { judgeConversation, rangeQuery, type ConversationQuality, type DayRange, type QualityReport } from "./analytics-api.ts";
import { BarChart, LineChart, palette } from "./charts.tsx";
import { KpiCard, Panel } from "./data-table.tsx";
import { formatCount, formatDay } from "./format.ts";
import { RuleBreakdown } from "./rule-breakdown.tsx";
import { TranscriptDialog } from "./transcript-dialog.tsx";

const scoreTone = (score: number) => (score >= 80 ? "good" : score >= 60 ? "warn" : "bad");

/** Deterministic quality per conversation, lowest first, with each rule's contribution and the daily trend. */
export function QualityPage({ range }: { range: DayRange }) {
  const [report, setReport] = useState<QualityReport>();
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<string>();
  const [reviewing, setReviewing] = useState<ConversationQuality>();
  const [judging, setJudging] = useState<string>();
  const [reload, setReload] = useState(0);
  const askJudge = (conversationId: string) => {
    setJudging(conversationId);
    judgeConversation(conversationId).then(
      () => {
        setJudging(undefined);
        setReload((count) => count + 1);
      },
      (caught: Error) => {
        setJudging(undefined);
        setError(caught.message);
      },
    );
  };
  useEffect(() => {
    let current = true;
    setError(undefined);
    api<QualityReport>(`/v1/admin/quality?${rangeQuery(range)}&limit=200`).then(
      (body) => current && setReport(body),
      (caught: Error) => current && setError(caught.message),
    );
    return () => {
      current = false;
    };
  }, [range, reload]);

  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!report) return <p className="loading">Scoring conversations…</p>;
  const labels = report.trend.map((row) => formatDay(row.day));
  return (
    <div className="analytics">
      <div className="kpi-grid" aria-label="Quality headline numbers">
        <KpiCard label="Average quality score" value={report.averageScore === null ? "—" : `${report.averageScore.toFixed(0)} / 100`} tone={report.averageScore === null ? undefined : scoreTone(report.averageScore)} />
        <KpiCard label="Conversations scored" value={formatCount(report.conversations)} detail="rules only, no model cost" />
        <KpiCard label="Below 60" value={formatCount(report.lowScoring)} detail="worth a look" tone={report.lowScoring ? "warn" : "good"} />
        <KpiCard
          label="Model judge"
          value={report.averageJudgeScore === null ? "—" : `${report.averageJudgeScore.toFixed(1)} / 5`}
          detail={report.judged ? `${formatCount(report.judged)} judged on request` : "ask the judge per conversation"}
        />
      </div>
      <Panel wide title="Quality trend" subtitle="Average score of the conversations started each day">
        {report.conversations === 0 ? (
          <p className="empty-state">No conversations to score in this range.</p>
        ) : (
          <div className="trend-pair">
            <LineChart
              labels={labels}
              description="Average quality score per day, and the model judge's average on the same scale"
              suggestedMax={100}
              series={[
                { label: "Rules score", values: report.trend.map((row) => row.averageScore), color: palette.blue },
                ...(report.judged ? [{ label: "Model judge (1–5 as 0–100)", values: report.trend.map((row) => (row.averageJudgeScore === null ? null : (row.averageJudgeScore - 1) * 25)), color: palette.purple, dashed: true }] : []),
              ]}
            />
            <BarChart labels={labels} description="Conversations scored per day" height={240} series={[{ label: "Conversations", values: report.trend.map((row) => row.conversations), color: palette.gray }]} />
          </div>
        )}
      </Panel>
      <Panel wide title="Conversations" subtitle="Lowest scores first; open one to see why" csv={{ path: `/v1/admin/quality?${rangeQuery(range)}&limit=1000&format=csv`, label: "quality scores" }}>
        <div className="table-scroll">
          <table className="data-table quality-table">
            <caption className="visually-hidden">Quality score per conversation</caption>
            <thead>
              <tr>
                <th scope="col">Score</th>
                <th scope="col">Judge</th>
                <th scope="col">First question</th>
                <th scope="col">Status</th>
                <th scope="col">Started</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {report.list.map((item) => (
                <Fragment key={item.conversationId}>
                  <tr>
                    <td>
                      <span className={`score-badge ${scoreTone(item.score)}`}>{item.score}</span>
                    </td>
                    <td className="nowrap">
                      {item.judgement ? (
                        <span className="judge-score" title={item.judgement.reasons.join("\n")}>
                          {item.judgement.score} / 5
                        </span>
                      ) : (
                        <button type="button" className="button small ghost" disabled={judging !== undefined} onClick={() => askJudge(item.conversationId)}>
                          {judging === item.conversationId ? "Judging…" : "Ask judge"}
                        </button>
                      )}
                    </td>
                    <td className="question">{item.firstQuestion ?? "—"}</td>
                    <td>
                      <span className={`pill ${item.status}`}>{item.status}</span>
                    </td>
                    <td className="nowrap">{new Date(item.startedAt).toLocaleString()}</td>
                    <td className="row-actions">
                      <button type="button" className="button small" aria-expanded={open === item.conversationId} onClick={() => setOpen(open === item.conversationId ? undefined : item.conversationId)}>
                        {open === item.conversationId ? "Hide rules" : "Why?"}
                      </button>
                      <button type="button" className="button small" onClick={() => setReviewing(item)}>
                        Transcript
                      </button>
                    </td>
                  </tr>
                  {open === item.conversationId && (
                    <tr className="breakdown-row">
                      <td colSpan={6}>
                        <RuleBreakdown rules={item.rules} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
              {report.list.length === 0 && (
                <tr>
                  <td colSpan={6} className="empty">No conversations with a customer message in this range.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </Panel>
      {reviewing && <TranscriptDialog conversationId={reviewing.conversationId} onClose={() => setReviewing(undefined)} />}
    </div>
  );
}
