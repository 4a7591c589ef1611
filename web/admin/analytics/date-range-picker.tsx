import { useState } from "react";
import type { DayRange } from "./analytics-api.ts";

const presets = [
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The last `days` UTC days up to today. */
export function lastDays(days: number): DayRange {
  const today = new Date();
  return { from: isoDay(new Date(today.getTime() - (days - 1) * 86_400_000)), to: isoDay(today) };
}

const presetOf = (range: DayRange) => presets.find((preset) => {
  const expected = lastDays(preset.days);
  return expected.from === range.from && expected.to === range.to;
});

/** Preset ranges (7, 30, 90 days) and a custom from/to; the server caps a range at 366 days. */
export function DateRangePicker({ range, onChange }: { range: DayRange; onChange: (range: DayRange) => void }) {
  const [custom, setCustom] = useState<DayRange>(range);
  const active = presetOf(range);
  const invalid = !custom.from || !custom.to || custom.from > custom.to;
  return (
    <div className="range-picker">
      <div className="segmented" role="group" aria-label="Date range">
        {presets.map((preset) => (
          <button key={preset.days} type="button" aria-pressed={active?.days === preset.days} onClick={() => { const next = lastDays(preset.days); setCustom(next); onChange(next); }}>
            {preset.label}
          </button>
        ))}
      </div>
      <form
        className="custom-range"
        onSubmit={(event) => {
          event.preventDefault();
          if (!invalid) onChange(custom);
        }}
      >
        <input type="date" value={custom.from} max={custom.to} onChange={(event) => setCustom({ ...custom, from: event.target.value })} aria-label="From date" />
        <span aria-hidden="true">–</span>
        <input type="date" value={custom.to} min={custom.from} onChange={(event) => setCustom({ ...custom, to: event.target.value })} aria-label="To date" />
        <button type="submit" className="button" disabled={invalid || (custom.from === range.from && custom.to === range.to)}>
          Apply
        </button>
      </form>
    </div>
  );
}
