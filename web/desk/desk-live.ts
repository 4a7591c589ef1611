import { useEffect, useMemo, useState } from "react";
import { api } from "../shared/console-api.ts";
import { LiveSocket, socketUrl, type LiveFrame, type LiveStatus } from "../shared/live-socket.ts";

/** A desk frame: every one names its conversation. */
export type DeskFrame = LiveFrame & { conversationId: string };

export interface DeskLive {
  status: LiveStatus;
  /** Hears every desk frame; returns the function that stops listening. */
  subscribe(listener: (frame: DeskFrame) => void): () => void;
  /** Tells the customer this agent is writing (at most once per interval). */
  typing(conversationId: string): void;
}

// The server passes one signal per 1.5 s anyway; sending more often is wasted bytes.
const typingEveryMs = 1500;

/** The desk's live channel (`/v1/desk/ws` with a one-time ticket), reconnecting on its own. */
export function useDeskLive(): DeskLive {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const channel = useMemo(() => {
    const listeners = new Set<(frame: DeskFrame) => void>();
    const lastTyping = new Map<string, number>();
    const socket = new LiveSocket(
      async () => {
        const { ticket } = await api<{ ticket: string }>("/v1/desk/ws-tickets", { method: "POST" });
        return socketUrl(`/v1/desk/ws?ticket=${encodeURIComponent(ticket)}`);
      },
      {
        frame: (frame) => {
          if (typeof frame.conversationId !== "string") return;
          for (const listener of listeners) listener(frame as DeskFrame);
        },
        status: setStatus,
      },
    );
    return {
      socket,
      subscribe(listener: (frame: DeskFrame) => void) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      typing(conversationId: string) {
        const now = Date.now();
        if (now - (lastTyping.get(conversationId) ?? 0) < typingEveryMs) return;
        if (socket.send({ type: "typing", conversationId })) lastTyping.set(conversationId, now);
      },
    };
  }, []);
  useEffect(() => {
    channel.socket.start();
    return () => channel.socket.stop();
  }, [channel]);
  return useMemo(() => ({ status, subscribe: channel.subscribe, typing: channel.typing }), [status, channel]);
}

/** True while the customer of a conversation is typing: a signal keeps it on for a few seconds. */
export function useCustomerTyping(live: DeskLive, conversationId: string): boolean {
  const [typingUntil, setTypingUntil] = useState(0);
  const [, setTick] = useState(0);
  useEffect(
    () =>
      live.subscribe((frame) => {
        if (frame.conversationId !== conversationId) return;
        if (frame.type === "typing" && frame.from === "customer") setTypingUntil(Date.now() + typingShownMs);
        // A message ends the typing it came from.
        if (frame.type === "customer.message") setTypingUntil(0);
      }),
    [live, conversationId],
  );
  useEffect(() => {
    if (!typingUntil) return;
    const timer = setTimeout(() => setTick((tick) => tick + 1), Math.max(0, typingUntil - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [typingUntil]);
  return typingUntil > Date.now();
}

// Signals come every 1.5 s while typing goes on; a little longer than that bridges the gaps.
const typingShownMs = 4000;
