import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { integrationEnvironmentShape, readIntegrationSettings, type IntegrationSettings } from "./escalation/integration-settings.ts";
import { jobEnvironmentShape, readJobSettings, type JobSettings } from "./jobs/job-settings.ts";
import { localBedrockEnvironmentShape, readLocalBedrockSettings, type LocalBedrockSettings } from "./bedrock-local/local-bedrock-settings.ts";
import { optionalText } from "./optional-text.ts";
import { readRoutingSettings, routingEnvironmentShape, type RoutingSettings } from "./models/gateway/routing-settings.ts";
import { cacheEnvironmentShape, readCacheSettings, type CacheSettings } from "./storage/cache/cache-settings.ts";
import { jobTypeEnvironmentShape, readJobTypeSettings, type JobTypeSettings } from "./jobs/job-type-settings.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The sample help center and orders shipped with Switchboard. */
export const bundledSamples = {
  helpCenterDir: path.join(projectRoot, "samples", "help-center"),
  ordersFile: path.join(projectRoot, "samples", "orders.json"),
};

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const environmentSchema = z.object({
  SWITCHBOARD_HOST: z.string().default("127.0.0.1"),
  SWITCHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SWITCHBOARD_DATA_DIR: z.string().default("./data"),
  SWITCHBOARD_ADMIN_TOKEN: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  SWITCHBOARD_TOKEN_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  SWITCHBOARD_SAMPLE_KB: booleanFlag.default(true),
  SWITCHBOARD_ORDERS_FILE: optionalText,
  SWITCHBOARD_ORDER_API_URL: optionalText.pipe(z.url().optional()),
  SWITCHBOARD_ORDER_API_TOKEN: optionalText,
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional()),
  SWITCHBOARD_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SWITCHBOARD_BEDROCK_ENDPOINT: optionalText.pipe(z.url().optional()),
  SWITCHBOARD_BEDROCK_REGION: z.string().default("us-east-1"),
  SWITCHBOARD_AWS_ACCESS_KEY_ID: optionalText,
  SWITCHBOARD_AWS_SECRET_ACCESS_KEY: optionalText,
  SWITCHBOARD_AWS_SESSION_TOKEN: optionalText,
  SWITCHBOARD_LOCAL_BEDROCK_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  ...localBedrockEnvironmentShape,
  SWITCHBOARD_ANSWER_MODEL: z.string().default("global.anthropic.claude-haiku-4-5-20251001-v1:0"),
  SWITCHBOARD_EMBEDDING_MODEL: z.string().default("amazon.titan-embed-text-v2:0"),
  SWITCHBOARD_EMBEDDING_DIMENSIONS: z.coerce.number().pipe(z.union([z.literal(256), z.literal(512), z.literal(1024)])).default(1024),
  SWITCHBOARD_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  SWITCHBOARD_MAX_MESSAGE_CHARS: z.coerce.number().int().positive().default(4000),
  SWITCHBOARD_HISTORY_TOKEN_BUDGET: z.coerce.number().int().positive().default(3000),
  SWITCHBOARD_RETRIEVAL_SOURCES: z.coerce.number().int().min(1).max(20).default(4),
  SWITCHBOARD_MAX_OUTPUT_TOKENS: z.coerce.number().int().positive().default(800),
  SWITCHBOARD_DAILY_BUDGET_USD: optionalText.transform((value) => (value === undefined ? undefined : Number(value))).pipe(z.number().positive().optional()),
  SWITCHBOARD_GUARDRAIL_POLICY_FILE: optionalText,
  SWITCHBOARD_BEDROCK_GUARDRAIL_ID: optionalText,
  SWITCHBOARD_BEDROCK_GUARDRAIL_VERSION: optionalText,
  SWITCHBOARD_ESCALATION_POLICY_FILE: optionalText,
  SWITCHBOARD_AGENT_TOKEN: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  SWITCHBOARD_VECTOR_SEARCH: z.enum(["on", "off"]).default("on"),
  ...routingEnvironmentShape,
  ...jobEnvironmentShape,
  ...jobTypeEnvironmentShape,
  ...integrationEnvironmentShape,
  ...cacheEnvironmentShape,
  SWITCHBOARD_METRICS_TOKEN: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  SWITCHBOARD_OIDC_ISSUER: optionalText.pipe(z.url().optional()),
  SWITCHBOARD_OIDC_AUDIENCE: optionalText,
  SWITCHBOARD_OIDC_ROLE_CLAIM: z.string().min(1).default("cognito:groups"),
  SWITCHBOARD_TRUST_UNVERIFIED_EMAIL: booleanFlag.optional(),
});

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  adminToken?: string;
  /** Bearer token of the agent desk; generated into the data dir when unset. */
  agentToken?: string;
  tokenSecret?: string;
  sampleKnowledgeBase: boolean;
  orders: { file?: string; apiUrl?: string; apiToken?: string };
  databaseUrl?: string;
  logLevel: string;
  bedrock: {
    /** When unset, Switchboard starts its local Bedrock endpoint in-process. */
    endpoint?: string;
    region: string;
    credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
    localPort: number;
    /** Latency profile, fault injection and forwarding of the in-process local endpoint. */
    local: LocalBedrockSettings;
  };
  models: { answer: string; embedding: string; embeddingDimensions: 256 | 512 | 1024; maxOutputTokens: number };
  /** Model spending allowed per UTC day, in US dollars; unlimited when unset. */
  dailyBudgetUsd?: number;
  /** The model routing policy file (JSON or YAML) and model chains per task from the environment. */
  routing: RoutingSettings;
  limits: { maxUploadBytes: number; maxMessageChars: number; historyTokenBudget: number; retrievalSources: number };
  guardrails: {
    /** JSON or YAML policy; the default policy when unset. */
    policyFile?: string;
    /** When set, customer messages are checked by Amazon Bedrock Guardrails (ApplyGuardrail). */
    bedrock?: { guardrailId: string; guardrailVersion: string };
  };
  /** JSON file of escalation triggers and thresholds (any field may be left out). */
  escalationPolicyFile?: string;
  /** Off: full-text retrieval only, no embeddings (for PostgreSQL servers without pgvector). */
  vectorSearch: boolean;
  jobs: JobSettings;
  /** kb.sync sources and schedule, the S3 client, retention, attachment limits. */
  jobTypes: JobTypeSettings;
  integrations: IntegrationSettings;
  /** Response and embedding caches: in memory, or in Redis when REDIS_URL is set. */
  caches: CacheSettings;
  /** When set, `GET /metrics` requires it as a bearer token. */
  metricsToken?: string;
  /** Staff may sign in with bearer JWTs of this OpenID Connect issuer (e.g. a Cognito user pool). */
  oidc?: { issuer: string; audience: string; roleClaim: string };
  /**
   * Whether an e-mail a customer merely typed in unlocks that e-mail's orders. On by default only for
   * the embedded demo (no DATABASE_URL); deployments should rely on signed identities instead.
   */
  trustUnverifiedEmail: boolean;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates Switchboard's settings from the environment, filling in the embedded defaults. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const env = parsed.data;
  const credentials =
    env.SWITCHBOARD_AWS_ACCESS_KEY_ID && env.SWITCHBOARD_AWS_SECRET_ACCESS_KEY
      ? {
          accessKeyId: env.SWITCHBOARD_AWS_ACCESS_KEY_ID,
          secretAccessKey: env.SWITCHBOARD_AWS_SECRET_ACCESS_KEY,
          sessionToken: env.SWITCHBOARD_AWS_SESSION_TOKEN,
        }
      : undefined;
  const jobs = readJobSettings(env, { region: env.SWITCHBOARD_BEDROCK_REGION, credentials });
  if (typeof jobs === "string") throw new ConfigError(`Invalid configuration:\n  ${jobs}`);
  const integrations = readIntegrationSettings(env);
  const localBedrock = readLocalBedrockSettings(env);
  if (typeof localBedrock === "string") throw new ConfigError(`Invalid configuration:\n  ${localBedrock}`);
  if (typeof integrations === "string") throw new ConfigError(`Invalid configuration:\n  ${integrations}`);
  if (env.SWITCHBOARD_OIDC_ISSUER && !env.SWITCHBOARD_OIDC_AUDIENCE) {
    // Without an audience, a token minted for any other client of the same issuer would be accepted.
    throw new ConfigError("Invalid configuration:\n  SWITCHBOARD_OIDC_AUDIENCE: required with SWITCHBOARD_OIDC_ISSUER (the app client id)");
  }
  const ordersFile = env.SWITCHBOARD_ORDERS_FILE ?? (env.SWITCHBOARD_SAMPLE_KB && !env.SWITCHBOARD_ORDER_API_URL ? bundledSamples.ordersFile : undefined);
  return {
    host: env.SWITCHBOARD_HOST,
    port: env.SWITCHBOARD_PORT,
    dataDir: path.resolve(env.SWITCHBOARD_DATA_DIR),
    adminToken: env.SWITCHBOARD_ADMIN_TOKEN,
    agentToken: env.SWITCHBOARD_AGENT_TOKEN,
    tokenSecret: env.SWITCHBOARD_TOKEN_SECRET,
    sampleKnowledgeBase: env.SWITCHBOARD_SAMPLE_KB,
    orders: { file: ordersFile ? path.resolve(ordersFile) : undefined, apiUrl: env.SWITCHBOARD_ORDER_API_URL, apiToken: env.SWITCHBOARD_ORDER_API_TOKEN },
    databaseUrl: env.DATABASE_URL,
    logLevel: env.SWITCHBOARD_LOG_LEVEL,
    bedrock: {
      endpoint: env.SWITCHBOARD_BEDROCK_ENDPOINT,
      region: env.SWITCHBOARD_BEDROCK_REGION,
      credentials,
      localPort: env.SWITCHBOARD_LOCAL_BEDROCK_PORT,
      local: localBedrock,
    },
    models: {
      answer: env.SWITCHBOARD_ANSWER_MODEL,
      embedding: env.SWITCHBOARD_EMBEDDING_MODEL,
      embeddingDimensions: env.SWITCHBOARD_EMBEDDING_DIMENSIONS as 256 | 512 | 1024,
      maxOutputTokens: env.SWITCHBOARD_MAX_OUTPUT_TOKENS,
    },
    dailyBudgetUsd: env.SWITCHBOARD_DAILY_BUDGET_USD,
    routing: readRoutingSettings(env, environment),
    limits: {
      maxUploadBytes: env.SWITCHBOARD_MAX_UPLOAD_BYTES,
      maxMessageChars: env.SWITCHBOARD_MAX_MESSAGE_CHARS,
      historyTokenBudget: env.SWITCHBOARD_HISTORY_TOKEN_BUDGET,
      retrievalSources: env.SWITCHBOARD_RETRIEVAL_SOURCES,
    },
    guardrails: {
      policyFile: env.SWITCHBOARD_GUARDRAIL_POLICY_FILE ? path.resolve(env.SWITCHBOARD_GUARDRAIL_POLICY_FILE) : undefined,
      bedrock: env.SWITCHBOARD_BEDROCK_GUARDRAIL_ID
        ? { guardrailId: env.SWITCHBOARD_BEDROCK_GUARDRAIL_ID, guardrailVersion: env.SWITCHBOARD_BEDROCK_GUARDRAIL_VERSION ?? "DRAFT" }
        : undefined,
    },
    escalationPolicyFile: env.SWITCHBOARD_ESCALATION_POLICY_FILE ? path.resolve(env.SWITCHBOARD_ESCALATION_POLICY_FILE) : undefined,
    vectorSearch: env.SWITCHBOARD_VECTOR_SEARCH === "on",
    jobs,
    jobTypes: readJobTypeSettings(env, { region: env.SWITCHBOARD_BEDROCK_REGION, credentials }),
    integrations,
    caches: readCacheSettings(env),
    metricsToken: env.SWITCHBOARD_METRICS_TOKEN,
    oidc:
      env.SWITCHBOARD_OIDC_ISSUER && env.SWITCHBOARD_OIDC_AUDIENCE
        ? { issuer: env.SWITCHBOARD_OIDC_ISSUER, audience: env.SWITCHBOARD_OIDC_AUDIENCE, roleClaim: env.SWITCHBOARD_OIDC_ROLE_CLAIM }
        : undefined,
    trustUnverifiedEmail: env.SWITCHBOARD_TRUST_UNVERIFIED_EMAIL ?? !env.DATABASE_URL,
  };
}
