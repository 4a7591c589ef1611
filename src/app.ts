import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { createOidcVerifier } from "./accounts/oidc-verifier.ts";
import { startLocalBedrock, type LocalBedrockServer } from "./bedrock-local/server.ts";
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
import { createGuardrailEngine, defaultGuardrailPolicy, loadGuardrailPolicy } from "./guardrails/index.ts";
import { createConversationTokens } from "./http/conversation-tokens.ts";
import { createHttpApp } from "./http/create-http-app.ts";
import { attachWebSocketServer } from "./http/websocket-server.ts";
import { createTicketStore } from "./http/ws-tickets.ts";
import { createJobAdmin } from "./jobs/job-admin.ts";
import { startJobWorkers } from "./jobs/job-runner.ts";
import type { JobRecord } from "./jobs/job-store.ts";
import { createPgBossQueue } from "./jobs/pg-boss-queue.ts";
import type { Queue } from "./jobs/queue.ts";
import { createSqsQueue } from "./jobs/sqs-queue.ts";
import { countDocuments } from "./knowledge/document-store.ts";
import { createIngestDocumentJob } from "./knowledge/ingest-document-job.ts";
import { listDocumentFiles, readDocumentFile } from "./knowledge/ingest-folder.ts";
import { createKnowledgeBase, ingestJobType, type KnowledgeBase } from "./knowledge/knowledge-base.ts";
import { createBedrockChatModel } from "./models/providers/bedrock/bedrock-chat-model.ts";
import { createBedrockClient } from "./models/providers/bedrock/create-bedrock-client.ts";
import { createTitanEmbedder } from "./models/providers/bedrock/titan-embedder.ts";
import { deskTicketing, type Ticketing } from "./escalation/ticketing.ts";
import { recordWebhookDelivery } from "./escalation/webhook-delivery-store.ts";
import { createWebhookNotifier } from "./escalation/webhook-notifier.ts";
import { createZendeskTicketing } from "./escalation/zendesk-ticketing.ts";
import { createLocalEvents, type Events } from "./jobs/events.ts";
import { createLogger, type Logger } from "./observability/logger.ts";
import { createMetrics } from "./observability/metrics.ts";
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
  /** Documents queued from the sample help center on this start (0 when the KB was not empty). */
  sampleDocumentsQueued: number;
  close(): Promise<void>;
}

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
      localBedrock = await startLocalBedrock({ port: config.bedrock.localPort, logger });
      closers.push(() => localBedrock!.close());
    }
    const bedrockEndpoint = config.bedrock.endpoint ?? localBedrock!.url;
    const bedrock = createBedrockClient({
      region: config.bedrock.region,
      endpoint: bedrockEndpoint,
      credentials: config.bedrock.credentials ?? (localBedrock ? { accessKeyId: "local", secretAccessKey: "local" } : undefined),
    });
    closers.push(async () => bedrock.destroy());
    const chatModel = createBedrockChatModel(bedrock);
    const embedder = createTitanEmbedder(bedrock, config.models.embedding, config.models.embeddingDimensions);

    const metrics = createMetrics();
    const blobs = createFilesystemBlobStore(path.join(config.dataDir, "blobs"));
    const queue = createQueue(config, db, logger);
    await queue.start([ingestJobType]);
    // Stops taking jobs, lets running ones finish within the grace period; the rest are redelivered after their lease.
    closers.push(() => queue.stop({ graceMs: config.jobs.shutdownGraceMs }));

    const ingestRetry = config.jobs.retry;
    const knowledgeBase = createKnowledgeBase({ db, blobs, queue, embedder, vectors, maxUploadBytes: config.limits.maxUploadBytes, ingestRetry });
    const jobs = createJobAdmin({ db, queue, retryPolicies: { [ingestJobType]: ingestRetry } });
    if (options.workers ?? true) {
      const handlers = [createIngestDocumentJob({ db, blobs, embedder, vectors, maxUploadBytes: config.limits.maxUploadBytes, retry: ingestRetry })];
      await startJobWorkers(db, queue, handlers, logger, {
        onDead: (job) => {
          metrics.jobDead(job.type);
          options.onDeadJob?.(job);
        },
      });
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
    const guardrails = await createGuardrails(config, bedrock);
    const events = createConversationEventBus();
    const domainEvents = createLocalEvents(logger);
    closers.push(() => settleWithin(domainEvents.drain(), integrationShutdownMs));
    const ticketing = createTicketing(config);
    subscribeIntegrations(config, { db, domainEvents, ticketing, logger });
    const steps = createTurnPipeline({
      db,
      knowledgeBase,
      chatModel,
      tools,
      guardrails,
      escalationPolicy: await loadEscalationPolicy(config),
      events,
      domainEvents,
      metrics,
      logger,
      options: {
        model: config.models.answer,
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
      });
      const server = await new Promise<Server>((resolve, reject) => {
        const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(started as Server));
        (started as Server).once("error", reject);
      });
      const webSockets = attachWebSocketServer(server, { tickets: createTicketStore(db), conversations, events, maxMessageChars: config.limits.maxMessageChars, logger });
      closers.push(
        () =>
          new Promise<void>((resolve) => {
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

    return { domainEvents, config, url, adminToken, agentToken, db, knowledgeBase, conversations, desk, guardrails, bedrockEndpoint, localBedrock, sampleDocumentsQueued, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// Webhook retries wait seconds; a stop should not wait for all of them.
const integrationShutdownMs = 3000;

const settleWithin = (work: Promise<void>, ms: number) =>
  Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);

/** The built-in desk, or a Zendesk-style REST API that mirrors each handoff to a ticket. */
function createTicketing(config: Config): Ticketing {
  const settings = config.integrations.ticketing;
  return settings.kind === "zendesk" ? createZendeskTicketing(settings) : deskTicketing;
}

/** Integrations hear domain events after the fact: the ticket mirror and the generic webhooks. */
function subscribeIntegrations(config: Config, deps: { db: Database; domainEvents: Events; ticketing: Ticketing; logger: Logger }): void {
  // The built-in desk needs no mirror; skipping it spares two reads per escalation.
  if (deps.ticketing !== deskTicketing) deps.domainEvents.subscribe("ticketing", mirrorHandoffsToTickets(deps));
  const webhooks = config.integrations.webhooks;
  if (webhooks) {
    deps.domainEvents.subscribe("webhooks", createWebhookNotifier({ ...webhooks, record: (delivery) => recordWebhookDelivery(deps.db, delivery), logger: deps.logger }));
  }
}

/** The guardrail policy from its file (or the default); Bedrock Guardrails check input when configured. */
async function createGuardrails(config: Config, bedrock: BedrockRuntimeClient): Promise<TurnGuardrails> {
  const policy = config.guardrails.policyFile ? await loadGuardrailPolicy(config.guardrails.policyFile) : defaultGuardrailPolicy;
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

/** The durable queue: pg-boss on the database (default), or SQS with explicit endpoint and credentials. */
function createQueue(config: Config, db: Database, logger: Logger): Queue {
  const { queue, leaseSeconds } = config.jobs;
  if (queue.kind === "pg-boss") return createPgBossQueue(db, { leaseSeconds });
  return createSqsQueue({ region: queue.region, endpoint: queue.endpoint, credentials: queue.credentials, queueUrls: queue.queueUrls, leaseSeconds, logger });
}

async function createOrderSource(config: Config): Promise<OrderSource | undefined> {
  if (config.orders.apiUrl) return createHttpOrderSource(config.orders.apiUrl, { token: config.orders.apiToken });
  if (config.orders.file) return createFileOrderSource(config.orders.file);
  return undefined;
}
