/** Typing signals pass at most this often per conversation and person, in both directions. */
export const typingSignalIntervalMs = 1500;

/**
 * Lets a typing signal through at most once per `intervalMs` per key (a conversation and who is
 * typing): keystrokes arrive many times a second, the other side only needs to know it goes on.
 */
export function createTypingThrottle(intervalMs: number, now: () => number = Date.now) {
  const last = new Map<string, number>();
  return (key: string): boolean => {
    const time = now();
    const previous = last.get(key);
    if (previous !== undefined && time - previous < intervalMs) return false;
    // Keys of finished conversations would pile up; forget everything older than one interval.
    if (last.size > 1000) for (const [stale, at] of last) if (time - at >= intervalMs) last.delete(stale);
    last.set(key, time);
    return true;
  };
}
