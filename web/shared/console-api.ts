/** An error answer of the Switchboard API. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error's `details`, e.g. `{issues: [{path, message}]}` of a 422. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const storageKey = "switchboard.console.token";

/** The token the person pasted at sign-in; kept for this browser tab only. */
export const savedToken = (): string | null => sessionStorage.getItem(storageKey);
export const saveToken = (token: string | null) => (token ? sessionStorage.setItem(storageKey, token) : sessionStorage.removeItem(storageKey));

/** Calls the API with the saved token; JSON in, JSON out, errors as ApiError. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; form?: FormData; token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const token = init.token ?? savedToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, {
    method: init.method ?? (init.body !== undefined || init.form ? "POST" : "GET"),
    headers,
    body: init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; details?: unknown } };
  if (!response.ok) throw new ApiError(response.status, body.error?.code ?? "http_error", body.error?.message ?? `HTTP ${response.status}`, body.error?.details);
  return body as T;
}
