import { useCallback, useEffect, useState } from "react";
import { api } from "../shared/console-api.ts";

/**
 * A list the admin console reads from one route and changes through others: its rows, the last
 * error, and `run`, which makes a change and then re-reads the list, or shows why it failed.
 */
export function useAdminList<Row>(path: string, key: string) {
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string>();
  const load = useCallback(
    () => api<Record<string, Row[]>>(path).then((body) => setRows(body[key]), (caught: Error) => setError(caught.message)),
    [path, key],
  );
  useEffect(() => void load(), [load]);
  const run = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      await load();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  return { rows, error, run };
}
