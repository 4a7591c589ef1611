import { BarElement, CategoryScale, Chart as ChartJS, Filler, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartOptions } from "chart.js";
import { Bar, Line } from "react-chartjs-2";

// Only the pieces these charts draw: chart.js tree-shakes the rest out of the bundle.
ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend, Filler);
ChartJS.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
ChartJS.defaults.color = "#5b6675";

export const palette = { blue: "#0b6bcb", lightBlue: "#8dbbea", green: "#12a150", amber: "#e8a317", red: "#d92d20", gray: "#a3acb9", purple: "#7c5cd6", teal: "#0e9f9a", lightTeal: "#86d3cf" };

export interface Series {
  label: string;
  values: Array<number | null>;
  color: string;
  /** Drawn as a line over bars (a budget, a target). */
  line?: boolean;
  dashed?: boolean;
}

const grid = { color: "#eef1f5" };

interface ChartProps {
  labels: string[];
  series: Series[];
  /** What the chart shows, for screen readers (the numbers are also in the table below it). */
  description: string;
  stacked?: boolean;
  horizontal?: boolean;
  formatValue?: (value: number) => string;
  height?: number;
}

/** Bars per category (days, reasons…), stacked or side by side, with optional line series on top. */
export function BarChart({ labels, series, description, stacked = false, horizontal = false, formatValue, height = 240 }: ChartProps) {
  const options: ChartOptions<"bar"> = {
    indexAxis: horizontal ? "y" : "x",
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { display: series.length > 1, position: "bottom", labels: { usePointStyle: true, boxWidth: 24, boxHeight: 10 } },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${formatValue ? formatValue(Number(horizontal ? item.parsed.x : item.parsed.y)) : horizontal ? item.parsed.x : item.parsed.y}` } },
    },
    scales: {
      x: {
        stacked,
        grid: horizontal ? grid : { display: false },
        beginAtZero: true,
        ticks: horizontal ? (formatValue ? { callback: (value) => formatValue(Number(value)) } : { precision: 0 }) : { maxRotation: 0, autoSkipPadding: 12 },
      },
      y: { stacked, grid: horizontal ? { display: false } : grid, beginAtZero: true, ticks: !horizontal && formatValue ? { callback: (value) => formatValue(Number(value)) } : { precision: 0 } },
    },
  };
  const data = {
    labels,
    datasets: series.map((entry) =>
      entry.line
        ? { type: "line" as const, label: entry.label, data: entry.values, borderColor: entry.color, backgroundColor: entry.color, borderDash: entry.dashed ? [6, 4] : undefined, pointRadius: 0, pointStyle: "line" as const, borderWidth: 2, stack: entry.label }
        : { type: "bar" as const, label: entry.label, data: entry.values, backgroundColor: entry.color, borderRadius: 3, maxBarThickness: 28, pointStyle: "rect" as const },
    ),
  };
  return (
    <div className="chart" style={{ height }}>
      {/* Mixed bar + line datasets: react-chartjs-2 types a Bar chart's datasets as bars only. */}
      <Bar options={options} data={data as never} aria-label={description} role="img" />
    </div>
  );
}

/** Lines over days (percentiles, scores); gaps where a day has no data. */
export function LineChart({ labels, series, description, formatValue, height = 240, suggestedMax }: ChartProps & { suggestedMax?: number }) {
  const options: ChartOptions<"line"> = {
    maintainAspectRatio: false,
    animation: false,
    spanGaps: true,
    plugins: {
      legend: { display: series.length > 1, position: "bottom", labels: { usePointStyle: true, pointStyle: "line", boxWidth: 24, boxHeight: 10 } },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${formatValue ? formatValue(Number(item.parsed.y)) : item.parsed.y}` } },
    },
    scales: {
      x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
      y: { grid, beginAtZero: true, suggestedMax, ticks: formatValue ? { callback: (value) => formatValue(Number(value)) } : undefined },
    },
  };
  const data = {
    labels,
    datasets: series.map((entry) => ({
      label: entry.label,
      data: entry.values,
      borderColor: entry.color,
      backgroundColor: entry.color,
      borderDash: entry.dashed ? [6, 4] : undefined,
      borderWidth: 2,
      pointRadius: labels.length > 45 ? 0 : 2.5,
      tension: 0.25,
    })),
  };
  return (
    <div className="chart" style={{ height }}>
      <Line options={options} data={data} aria-label={description} role="img" />
    </div>
  );
}
