import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { createOidcVerifier } from "./accounts/oidc-verifier.ts";
import { startLocalBedrock, type LocalBedrockServer } from "./bedrock-local/server.ts";
import { localBedrockOptions } from "./bedrock-local/local-bedrock-settings.ts";
import { bundledSamples, type Config } from "./config.ts";
import { createConversationEventBus } from "./conversation/conversation-event-bus.ts";
import { createTicketUpdates } from "./conversation/apply-ticket-update.ts";
import { createConversationService, type ConversationService } from "./conversation/conversation-service.ts";
import { createDeskService, type DeskService } from "./conversation/desk-service.ts";
import { mirrorHandoffsToTickets } from "./conversation/mirror-handoffs-to-tickets.ts";
import { createTurnPipeline } from "./conversation/turn.ts";
import { localGuardrailChecker, type TurnGuardrails } from "./conversation/turn-guardrails.ts";
import type { TurnTools } from "./conversation/turn-tools.ts";
import { defaultEscalationPolicy, parseEscalationPolicy, type EscalationPolicy } from "./escalation/escalation-policy.ts";
import { createBedrockGuardrailChecker } from "./guardrails/bedrock-guardrail-adapter.ts";
import { createGuardrailEngine, defaultGuardrailPolicy, loadGuardrailPolicy, type GuardrailPolicy } from "./guardrails/index.ts";
import { createConversationTokens } from "./http/conversation-tokens.ts";
import { createHttpApp } from "./http/create-http-app.ts";
import { attachWebSocketServer } from "./http/websocket-server.ts";
import { createTicketStore } from "./http/ws-tickets.ts";
import { createDeskSocket, deskSocketPath } from "./http/desk-socket.ts";
import { createStaffTicketStore } from "./http/staff-ws-tickets.ts";
import { createReplySuggester } from "./conversation/suggest-reply.ts";
import { applySettingsLive } from "./settings/apply-settings-live.ts";
import { buildSettingsKinds } from "./settings/settings-kinds.ts";
import { createSettingsService } from "./settings/settings-service.ts";
import { createJobAdmin } from "./jobs/job-admin.ts";
import { createAttachmentService } from "./conversation/attachments/attachment-service.ts";
import { createExtractAttachmentJob, extractAttachmentJobType } from "./conversation/attachments/extract-attachment-job.ts";
import { createTesseractTextRecognizer } from "./conversation/attachments/tesseract-text-recognizer.ts";
import { createSummarizeConversationJob, summarizeJobType, summarizeOnEscalationAndResolve } from "./conversation/summaries/summarize-conversation-job.ts";
import { createJudgeConversationJob, judgeJobType, requestJudgement } from "./analytics/judge-conversation-job.ts";
import { enqueueJob } from "./jobs/enqueue-job.ts";
import { createJobUpdateSocket } from "./http/job-update-socket.ts";
import { jobUpdateSocketPath } from "./http/routes/job-routes.ts";
import { createJobWatcher } from "./jobs/job-watcher.ts";
import { startJobSchedules, type JobSchedule } from "./jobs/schedule-jobs.ts";
import { createS3Client } from "./knowledge/sync/create-s3-client.ts";
import { folderSyncSource } from "./knowledge/sync/folder-sync-source.ts";
import { s3SyncSource } from "./knowledge/sync/s3-sync-source.ts";
import { createSyncJob, requestSync, syncJobType } from "./knowledge/sync/sync-job.ts";
import type { SyncSource, SyncSourceSpec } from "./knowledge/sync/sync-source.ts";
import { createRetentionSweepJob, retentionSweepJobType } from "./privacy/retention-sweep-job.ts";
import { modelJobCap } from "./jobs/job-concurrency.ts";
import { startJobWorkers } from "./jobs/job-runner.ts";
import type { JobRecord } from "./jobs/job-store.ts";
import { createPgBossQueue } from "./jobs/pg-boss-queue.ts";
import type { Queue } from "./jobs/queue.ts";
import { createSqsQueue } from "./jobs/sqs-queue.ts";
import { countDocuments } from "./knowledge/document-store.ts";
import { createIngestDocumentJob } from "./knowledge/ingest-document-job.ts";
import { listDocumentFiles, readDocumentFile } from "./knowledge/ingest-folder.ts";
import { createKnowledgeBase, ingestJobType, type KnowledgeBase } from "./knowledge/knowledge-base.ts";
import { createBedrockClient } from "./models/providers/bedrock/create-bedrock-client.ts";
import { createBedrockChatModels } from "./models/providers/bedrock/bedrock-client-pool.ts";
import { createModelGateway } from "./models/gateway/create-model-gateway.ts";
import { loadRoutingPolicy } from "./models/gateway/load-routing-policy.ts";
import type { ModelGateway } from "./models/gateway/model-gateway.ts";
import { limitEmbeddingCalls } from "./models/limit-embedding-calls.ts";
import { createTitanEmbedder } from "./models/providers/bedrock/titan-embedder.ts";
import { deskTicketing, type Ticketing } from "./escalation/ticketing.ts";
import { createWebhookDeliveryJob, enqueueWebhookDeliveries, webhookDeliveryJobType } from "./escalation/webhook-delivery-job.ts";
import { syncEnvironmentWebhookEndpoints } from "./escalation/webhook-endpoint-store.ts";
import { environmentWebhookEventTypes } from "./escalation/webhook-event-types.ts";
import { createZendeskTicketing } from "./escalation/zendesk-ticketing.ts";
import { createLocalEvents, type Events } from "./jobs/events.ts";
import { createSnsEvents } from "./jobs/sns-events.ts";
import { createLogger, type Logger } from "./observability/logger.ts";
import { createMetrics } from "./observability/metrics.ts";
import { createResponseCache } from "./conversation/response-cache/response-cache.ts";
import { readKnowledgeBaseVersion } from "./knowledge/knowledge-base-version.ts";
import { cacheQueryEmbeddings } from "./models/cache-query-embeddings.ts";
import type { CacheStore } from "./storage/cache/cache-store.ts";
import { createMemoryCacheStore } from "./storage/cache/memory-cache-store.ts";
import { createRedisCacheStore } from "./storage/cache/redis-cache-store.ts";
import { tolerateCacheFailures } from "./storage/cache/tolerate-cache-failures.ts";
import type { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";
import { createFileOrderSource } from "./orders/file-order-source.ts";
import { createHttpOrderSource } from "./orders/http-order-source.ts";
import type { OrderSource } from "./orders/order-source.ts";
import { lookUpOrderStatus, orderOwnerEmail, orderStatusToolSpec } from "./orders/order-status-tool.ts";
import { createFilesystemBlobStore } from "./storage/blobs/filesystem-blob-store.ts";
import type { Database } from "./storage/database.ts";
import { lockDataDir } from "./storage/data-dir-lock.ts";
import { loadOrCreateSecret } from "./storage/local-secrets.ts";
import { migrate } from "./storage/migrate.ts";
import { openPgliteDatabase } from "./storage/pglite-database.ts";
import { openPostgresDatabase } from "./storage/postgres-database.ts";

export interface StartOptions {
  /** Serve HTTP (and WebSocket). */
  http?: boolean;
  /** Run queue workers in this process. */
  workers?: boolean;
  /** Ingest the bundled sample help center when the knowledge base is empty. */
  loadSamples?: boolean;
  logger?: Logger;
  /** Called for every dead-lettered job (the alarm hook, e.g. a metric). */
  onDeadJob?: (job: JobRecord) => void;
}

export interface Switchboard {
  /** Domain events for integrations (`conversation.escalated`, `conversation.resolved`, …). */
  domainEvents: Events;
  config: Config;
  url?: string;
  adminToken: string;
  agentToken: string;
  db: Database;
  knowledgeBase: KnowledgeBase;
  conversations: ConversationService;
  desk: DeskService;
  guardrails: TurnGuardrails;
  bedrockEndpoint: string;
  localBedrock?: LocalBedrockServer;
  /** Every model call by task: routed, resilient, metered, budgeted. */
  gateway: ModelGateway;
  /** Documents queued from the sample help center on this start (0 when the KB was not empty). */
  sampleDocumentsQueued: number;
  close(): Promise<void>;
}

/** Every job type Switchboard runs: each needs its queue (on SQS, a URL in SWITCHBOARD_SQS_QUEUE_URLS). */
export const switchboardJobTypes = [ingestJobType, webhookDeliveryJobType, syncJobType, retentionSweepJobType, extractAttachmentJobType, summarizeJobType, judgeJobType];

// PGlite does not checkpoint by itself often enough to keep its WAL small under ingestion.
const checkpointIntervalMs = 5 * 60 * 1000;

/** The composition root: config → adapters → services → servers. The only module that knows every adapter. */
export async function startSwitchboard(config: Config, options: StartOptions = {}): Promise<Switchboard> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch((error) => logger.warn({ err: error }, "error during shutdown"));
  };
  try {
    await mkdir(config.dataDir, { recursive: true });
    const adminToken = config.adminToken ?? (await loadOrCreateSecret(config.dataDir, "admin-token"));
    const agentToken = config.agentToken ?? (await loadOrCreateSecret(config.dataDir, "agent-token"));
    const tokenSecret = config.tokenSecret ?? (await loadOrCreateSecret(config.dataDir, "token-secret"));

    if (!config.databaseUrl) {
      const lock = await lockDataDir(config.dataDir, options.http === false ? "worker" : "server");
      closers.push(() => lock.release());
    }
    const db = config.databaseUrl ? openPostgresDatabase(config.databaseUrl) : await openPgliteDatabase(path.join(config.dataDir, "pglite"));
    closers.push(() => db.close());
    const vectors = (await migrate(db, { requireVectors: config.vectorSearch })).vectors && config.vectorSearch;
    if (db.kind === "pglite") {
      const timer = setInterval(() => void db.exec("CHECKPOINT").catch(() => {}), checkpointIntervalMs);
      timer.unref();
      closers.push(async () => {
        clearInterval(timer);
        await db.exec("CHECKPOINT");
      });
    }

    let localBedrock: LocalBedrockServer | undefined;
    if (!config.bedrock.endpoint) {
      localBedrock = await startLocalBedrock({ port: config.bedrock.localPort, logger, ...localBedrockOptions(config.bedrock.local) });
      closers.push(() => localBedrock!.close());
    }
    const bedrockEndpoint = config.bedrock.endpoint ?? localBedrock!.url;
    const bedrockCredentials = config.bedrock.credentials ?? (localBedrock ? { accessKeyId: "local", secretAccessKey: "local" } : undefined);
    const bedrock = createBedrockClient({ region: config.bedrock.region, endpoint: bedrockEndpoint, credentials: bedrockCredentials });
    closers.push(async () => bedrock.destroy());
    const embedder = createTitanEmbedder(bedrock, config.models.embedding, config.models.embeddingDimensions);

    const metrics = createMetrics();
    const gateway = await createModelGateway({
      db,
      policy: await loadRoutingPolicy(config.routing.policyFile, { chains: config.routing.chains, dailyBudgetUsd: config.dailyBudgetUsd }),
      providers: createBedrockChatModels({ credentials: bedrockCredentials }),
      defaultLocation: { region: config.bedrock.region, endpoint: bedrockEndpoint },
      metrics,
      logger,
    });
    closers.push(() => gateway.close());
    const cacheStore = await createCacheStore(config, logger);
    closers.push(() => cacheStore.close());
    // Search queries repeat; ingestion embeds each chunk once, so it keeps the plain embedder.
    const queryEmbedder = cacheQueryEmbeddings(embedder, cacheStore, { ttlMs: config.caches.embeddingTtlMs, metrics });
    const blobs = createFilesystemBlobStore(path.join(config.dataDir, "blobs"));
    const queue = createQueue(config, db, logger);
    await queue.start(switchboardJobTypes);
    // Stops taking jobs, lets running ones finish within the grace period; the rest are redelivered after their lease.
    closers.push(() => queue.stop({ graceMs: config.jobs.shutdownGraceMs }));
    // Created before the workers (a dead letter is an event) and drained before the queue stops (webhooks are queued).
    const domainEvents = createDomainEvents(config, logger, closers);

    const ingestRetry = config.jobs.retry;
    const knowledgeBase = createKnowledgeBase({ db, blobs, queue, embedder: queryEmbedder, vectors, maxUploadBytes: config.limits.maxUploadBytes, ingestRetry });
    const jobs = createJobAdmin({ db, queue, retryPolicies: { [ingestJobType]: ingestRetry, [webhookDeliveryJobType]: config.jobs.retry, ...backgroundRetryPolicies(config) } });
    // OCR of image attachments; its WebAssembly worker starts on the first image.
    const ocr = createTesseractTextRecognizer();
    closers.push(() => ocr.close());
    if (options.workers ?? true) {
      const handlers = [
        createIngestDocumentJob({
          db,
          blobs,
          // The ingest cap bounds embedding calls too: one document embeds many chunks at once.
          embedder: limitEmbeddingCalls(embedder, modelJobCap(ingestJobType, config.jobs.concurrency)),
          vectors,
          maxUploadBytes: config.limits.maxUploadBytes,
          retry: ingestRetry,
        }),
        createWebhookDeliveryJob({ db, retry: config.jobs.retry }),
        createSyncJob({ db, knowledgeBase, openSource: createSyncSourceOpener(config), retry: config.jobs.retry }),
        createRetentionSweepJob({ db, blobs, days: config.jobTypes.retention.days, retry: config.jobs.retry }),
        createExtractAttachmentJob({ db, blobs, recognizer: ocr, gateway, domainEvents, retry: config.jobs.retry }),
        createSummarizeConversationJob({ db, gateway, retry: config.jobs.retry }),
        createJudgeConversationJob({ db, gateway, retry: config.jobs.retry }),
      ];
      await startJobWorkers(db, queue, handlers, logger, {
        concurrency: config.jobs.concurrency,
        onDead: (job) => {
          metrics.jobDead(job.type);
          options.onDeadJob?.(job);
          // A dead webhook delivery is not announced by webhook: an unreachable receiver would feed itself.
          if (job.type !== webhookDeliveryJobType) domainEvents.publish("job.dead", { jobId: job.id, type: job.type, attempts: job.attempts, error: job.lastError });
        },
      });
      // Every worker process runs the schedules; each slot's idempotency key lets one of them queue the job.
      const schedules = startJobSchedules(db, queue, jobSchedules(config), logger);
      closers.push(async () => schedules.stop());
    }

    const orders = await createOrderSource(config);
    const tools: TurnTools = orders
      ? {
          specs: [orderStatusToolSpec],
          run: async (toolUse, conversation) => {
            if (toolUse.name !== orderStatusToolSpec.name) throw new Error(`Unknown tool ${toolUse.name}`);
            return lookUpOrderStatus(orders, toolUse.input, orderOwnerEmail(conversation.customer, config));
          },
        }
      : { specs: [], run: async (toolUse) => Promise.reject(new Error(`Unknown tool ${toolUse.name}`)) };
    const { budget: configuredBudget, ...configuredRouting } = gateway.policy();
    const settings = createSettingsService(
      db,
      buildSettingsKinds({
        guardrailPolicy: await loadGuardrailPolicyFile(config),
        escalationPolicy: await loadEscalationPolicy(config),
        routingPolicy: configuredRouting,
        budget: configuredBudget,
      }),
    );
    const { guardrails, escalationPolicy } = await applySettingsLive(settings, { guardrails: (policy) => createGuardrails(config, bedrock, policy), gateway });
    const events = createConversationEventBus();
    // Live job updates read the subscribed jobs' rows, so they work whichever process runs the job.
    const jobUpdates = createJobWatcher(db, { onError: (error) => logger.warn({ err: error }, "job updates could not be read") });
    closers.push(async () => jobUpdates.close());
    const attachments = createAttachmentService({ db, blobs, queue, jobUpdates, events, maxBytes: config.jobTypes.attachments.maxBytes, retry: config.jobs.retry });
    summarizeOnEscalationAndResolve(domainEvents, (request) => enqueueJob(db, queue, { type: summarizeJobType, ...request, maxAttempts: config.jobs.retry.maxAttempts }));
    const ticketing = createTicketing(config);
    await subscribeIntegrations(config, { db, queue, domainEvents, ticketing, logger });
    const steps = createTurnPipeline({
      db,
      knowledgeBase,
      gateway,
      tools,
      guardrails,
      escalationPolicy,
      events,
      domainEvents,
      metrics,
      responseCache: config.caches.response.enabled
        ? { cache: createResponseCache(cacheStore, queryEmbedder, { ...config.caches.response, metrics }), knowledgeBaseVersion: () => readKnowledgeBaseVersion(db), metrics }
        : undefined,
      logger,
      options: {
        maxTokens: config.models.maxOutputTokens,
        historyTokenBudget: config.limits.historyTokenBudget,
        sources: config.limits.retrievalSources,
      },
    });
    const conversations = createConversationService(db, steps, logger, metrics);
    const desk = createDeskService(db, events, domainEvents);

    let sampleDocumentsQueued = 0;
    if ((options.loadSamples ?? config.sampleKnowledgeBase) && (await countDocuments(db)) === 0) {
      for (const file of await listDocumentFiles(bundledSamples.helpCenterDir, { onlySupported: true })) {
        await knowledgeBase.submit(await readDocumentFile(file));
        sampleDocumentsQueued++;
      }
      logger.info({ documents: sampleDocumentsQueued }, "sample help center queued for ingestion");
    }

    let ready = false;
    let url: string | undefined;
    if (options.http ?? true) {
      const app = createHttpApp({
        db,
        knowledgeBase,
        jobs,
        conversations,
        tokens: createConversationTokens(tokenSecret),
        tickets: createTicketStore(db),
        staffTickets: createStaffTicketStore(db),
        settings,
        suggestReply: createReplySuggester({ db, knowledgeBase, gateway }),
        jobUpdates,
        attachments: { service: attachments, maxBytes: config.jobTypes.attachments.maxBytes },
        requestSync: (source) => requestSync(db, queue, source, { maxAttempts: config.jobs.retry.maxAttempts }),
        adminToken,
        agentToken,
        oidc: config.oidc && createOidcVerifier(config.oidc),
        desk,
        guardrails,
        events,
        limits: config.limits,
        isReady: () => ready,
        logger,
        ticketing: { apply: createTicketUpdates(db, desk, ticketing.system), webhookSecret: config.integrations.ticketingWebhookSecret },
        metrics: { ...metrics, token: config.metricsToken },
        // The gateway's live budget: the settings page may change it while Switchboard runs.
        analytics: () => ({ dailyBudgetUsd: gateway.budget().limitUsd ?? undefined }),
        requestJudgement: (conversationId) => requestJudgement({ db, queue, maxAttempts: config.jobs.retry.maxAttempts }, conversationId),
        modelBudget: () => gateway.budget(),
      });
      const server = await new Promise<Server>((resolve, reject) => {
        const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(started as Server));
        (started as Server).once("error", reject);
      });
      const deskSocket = createDeskSocket({ tickets: createStaffTicketStore(db), events, domainEvents, logger });
      // The upgrade request is first answered by the app itself, so it passes the same authorization as GET /v1/jobs/:id.
      const jobSocket = createJobUpdateSocket({ check: async (request) => app.fetch(request), updates: jobUpdates, logger });
      const webSockets = attachWebSocketServer(server, {
        tickets: createTicketStore(db),
        conversations,
        events,
        maxMessageChars: config.limits.maxMessageChars,
        logger,
        upgrades: { [deskSocketPath]: deskSocket.upgrade, [jobUpdateSocketPath]: jobSocket.upgrade },
      });
      closers.push(
        () =>
          new Promise<void>((resolve) => {
            deskSocket.close();
            jobSocket.close();
            webSockets.close();
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      );
      const address = server.address() as AddressInfo;
      const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
      url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
      // Lets CLI commands find a running server instead of opening its embedded database twice.
      const serverFile = path.join(config.dataDir, "server.json");
      await writeFile(serverFile, JSON.stringify({ pid: process.pid, url }));
      closers.push(() => rm(serverFile, { force: true }));
    }
    ready = true;

    return { domainEvents, config, url, adminToken, agentToken, db, knowledgeBase, conversations, desk, guardrails, bedrockEndpoint, localBedrock, gateway, sampleDocumentsQueued, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// A slow integration (the ticket mirror, an SNS publish) must not hold a stop for long.
const integrationShutdownMs = 3000;

const settleWithin = (work: Promise<void>, ms: number) =>
  Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

/** The built-in desk, or a Zendesk-style REST API that mirrors each handoff to a ticket. */
function createTicketing(config: Config): Ticketing {
  const settings = config.integrations.ticketing;
  return settings.kind === "zendesk" ? createZendeskTicketing(settings) : deskTicketing;
}

/** Integrations hear domain events after the fact: the ticket mirror, and webhooks queued per registered endpoint. */
async function subscribeIntegrations(config: Config, deps: { db: Database; queue: Queue; domainEvents: Events; ticketing: Ticketing; logger: Logger }): Promise<void> {
  // The built-in desk needs no mirror; skipping it spares two reads per escalation.
  if (deps.ticketing !== deskTicketing) deps.domainEvents.subscribe("ticketing", mirrorHandoffsToTickets(deps));
  const webhooks = config.integrations.webhooks;
  await syncEnvironmentWebhookEndpoints(deps.db, webhooks && { ...webhooks, events: environmentWebhookEventTypes });
  deps.domainEvents.subscribe("webhooks", enqueueWebhookDeliveries({ db: deps.db, queue: deps.queue, retry: config.jobs.retry }));
}

/** Domain events: in-process by default; with SWITCHBOARD_EVENTS=sns also on the deployment's SNS topic. */
function createDomainEvents(config: Config, logger: Logger, closers: Array<() => Promise<void>>): Events {
  const local = createLocalEvents(logger);
  const settings = config.jobs.events;
  if (settings.kind === "local") {
    closers.push(() => settleWithin(local.drain(), integrationShutdownMs));
    return local;
  }
  const sns = createSnsEvents({ ...settings, logger }, local);
  closers.push(async () => {
    await settleWithin(sns.drain(), integrationShutdownMs);
    sns.close();
  });
  return sns;
}

/** The guardrail policy from its file, or the default; the admin console's versions take over once there are any. */
async function loadGuardrailPolicyFile(config: Config): Promise<GuardrailPolicy> {
  return config.guardrails.policyFile ? loadGuardrailPolicy(config.guardrails.policyFile) : defaultGuardrailPolicy;
}

/** Guardrails for a policy; Bedrock Guardrails check input when configured. */
function createGuardrails(config: Config, bedrock: BedrockRuntimeClient, policy: GuardrailPolicy): TurnGuardrails {
  const engine = createGuardrailEngine(policy);
  const remote = config.guardrails.bedrock;
  return {
    policyName: remote ? `bedrock:${remote.guardrailId}:${remote.guardrailVersion}` : policy.name,
    input: remote ? createBedrockGuardrailChecker(bedrock, remote) : localGuardrailChecker(engine),
    output: engine,
  };
}

async function loadEscalationPolicy(config: Config): Promise<EscalationPolicy> {
  if (!config.escalationPolicyFile) return defaultEscalationPolicy;
  return parseEscalationPolicy(JSON.parse(await readFile(config.escalationPolicyFile, "utf8")));
}

// Small entries (query embeddings, answers) dominate; the character bound is what limits memory.
const memoryCacheMaxEntries = 100_000;

/** Redis when REDIS_URL is set (shared by every process), otherwise a bounded cache in this process. */
async function createCacheStore(config: Config, logger: Logger): Promise<CacheStore> {
  const { redisUrl, keyPrefix, memoryMaxChars } = config.caches;
  const store = redisUrl
    ? await createRedisCacheStore({ url: redisUrl, keyPrefix, logger })
    : createMemoryCacheStore({ maxEntries: memoryCacheMaxEntries, maxChars: memoryMaxChars });
  return tolerateCacheFailures(store, logger);
}

/** The durable queue: pg-boss on the database (default), or SQS with explicit endpoint and credentials. */
function createQueue(config: Config, db: Database, logger: Logger): Queue {
  const { queue, leaseSeconds } = config.jobs;
  if (queue.kind === "pg-boss") return createPgBossQueue(db, { leaseSeconds, logger });
  return createSqsQueue({ region: queue.region, endpoint: queue.endpoint, credentials: queue.credentials, queueUrls: queue.queueUrls, leaseSeconds, logger });
}

async function createOrderSource(config: Config): Promise<OrderSource | undefined> {
  if (config.orders.apiUrl) return createHttpOrderSource(config.orders.apiUrl, { token: config.orders.apiToken });
  if (config.orders.file) return createFileOrderSource(config.orders.file);
  return undefined;
}

/** The retry policies of the scheduled, attachment, summary and judge jobs: the configured default. */
const backgroundRetryPolicies = (config: Config) =>
  Object.fromEntries([syncJobType, retentionSweepJobType, extractAttachmentJobType, summarizeJobType, judgeJobType].map((type) => [type, config.jobs.retry]));

/** The daily retention sweep, and a sync of each configured knowledge-base source. */
function jobSchedules(config: Config): JobSchedule[] {
  const { retention, kbSync } = config.jobTypes;
  const maxAttempts = config.jobs.retry.maxAttempts;
  return [
    { name: retentionSweepJobType, cron: retention.cron, type: retentionSweepJobType, payload: {}, maxAttempts },
    ...kbSync.sources.map((source) => ({
      name: `${syncJobType}:${source.kind === "folder" ? source.path : `s3://${source.bucket}/${source.prefix}`}`,
      cron: kbSync.cron,
      type: syncJobType,
      payload: { source },
      maxAttempts,
    })),
  ];
}

/** Opens `kb.sync` sources: folders directly, S3 through one client with Switchboard's explicit endpoint and credentials. */
function createSyncSourceOpener(config: Config): (spec: SyncSourceSpec) => SyncSource {
  let s3: ReturnType<typeof createS3Client> | undefined;
  return (spec) => {
    if (spec.kind === "folder") return folderSyncSource(spec.path);
    s3 ??= createS3Client(config.jobTypes.s3);
    return s3SyncSource(s3, spec.bucket, spec.prefix);
  };
}
