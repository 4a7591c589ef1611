import { useState } from "react";
import type { DayRange } from "./analytics-api.ts";
import { AnalyticsPage } from "./analytics-page.tsx";
import { DateRangePicker, lastDays } from "./date-range-picker.tsx";
import { QualityPage } from "./quality-page.tsx";
import "./analytics.css";

export type AnalyticsTab = "analytics" | "quality";

/** The console's analytics and quality tabs; the date range is shared, so switching tabs keeps it. */
export default function AnalyticsSection({ tab }: { tab: AnalyticsTab }) {
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  return (
    <>
      <div className="section-header">
        <h1>{tab === "analytics" ? "Analytics" : "Quality"}</h1>
        <DateRangePicker range={range} onChange={setRange} />
      </div>
      {tab === "analytics" ? <AnalyticsPage range={range} /> : <QualityPage range={range} />}
    </>
  );
}
