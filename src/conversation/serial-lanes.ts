/** Runs work one piece at a time per key, in the order given; different keys run side by side. */
export function createSerialLanes() {
  const lanes = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const next = (lanes.get(key) ?? Promise.resolve()).then(work);
    const settled = next.catch(() => undefined);
    lanes.set(key, settled);
    void settled.then(() => {
      if (lanes.get(key) === settled) lanes.delete(key);
    });
    return next;
  };
}
