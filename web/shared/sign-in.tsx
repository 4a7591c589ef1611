import { useEffect, useState, type FormEvent } from "react";
import { api, ApiError, saveToken, savedToken } from "./console-api.ts";

export interface SignedIn {
  label: string;
  role: string;
}

interface Me {
  subject?: string;
  email?: string | null;
  role?: string;
}

/**
 * Sign-in for the desk and the admin console: e-mail and password (a session cookie), or an API
 * token pasted in (kept in this tab's sessionStorage only).
 */
export function SignIn({ product, onSignedIn }: { product: string; onSignedIn: (who: SignedIn) => void }) {
  const [mode, setMode] = useState<"password" | "token">("password");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [token, setToken] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (mode === "password") {
        saveToken(null);
        await api("/v1/auth/login", { body: { email, password } });
      } else {
        saveToken(token.trim());
      }
      onSignedIn(await whoAmI());
    } catch (caught) {
      if (mode === "token") saveToken(null);
      setError(caught instanceof ApiError && (caught.status === 401 || caught.status === 403) ? (mode === "token" ? "That token is not valid here." : "Wrong e-mail or password.") : String((caught as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <p className="brand">Switchboard</p>
        <h1 id="sign-in-title">{product}</h1>
        <div className="segmented" role="tablist" aria-label="Sign-in method">
          <button type="button" role="tab" aria-selected={mode === "password"} onClick={() => setMode("password")}>
            E-mail
          </button>
          <button type="button" role="tab" aria-selected={mode === "token"} onClick={() => setMode("token")}>
            Token
          </button>
        </div>
        {mode === "password" ? (
          <>
            <label>
              E-mail
              <input type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.target.value)} required />
            </label>
            <label>
              Password
              <input type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
            </label>
          </>
        ) : (
          <label>
            Access token
            <input type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} required aria-describedby="token-help" />
            <span id="token-help" className="help">
              The agent or admin token Switchboard printed when it started.
            </span>
          </label>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}

/** Who the session cookie or saved token belongs to. */
export async function whoAmI(): Promise<SignedIn> {
  try {
    const me = await api<Me>("/v1/auth/me");
    return { label: me.email ?? me.subject ?? "signed in", role: me.role ?? "agent" };
  } catch (error) {
    // Servers without accounts have no /v1/auth/me: the desk queue tells whether the token works.
    if (error instanceof ApiError && error.status === 404 && savedToken()) {
      await api("/v1/desk/queue?limit=1");
      return { label: "token", role: "agent" };
    }
    throw error;
  }
}

/** Resolves the current sign-in once at start; undefined while checking, null when signed out. */
export function useSignIn(): [SignedIn | null | undefined, (who: SignedIn | null) => void] {
  const [who, setWho] = useState<SignedIn | null | undefined>(undefined);
  useEffect(() => {
    whoAmI().then(setWho, () => setWho(null));
  }, []);
  return [who, setWho];
}

/** Ends the session (cookie and saved token). */
export async function signOut(): Promise<void> {
  saveToken(null);
  await api("/v1/auth/logout", { method: "POST" }).catch(() => undefined);
}
