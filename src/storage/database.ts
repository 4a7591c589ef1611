/** The one seam between Switchboard and SQL: PGlite and node-postgres both satisfy it. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  /** Runs one parameterized statement. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs a script of several statements without parameters; answers the last statement's rows. */
  exec(sql: string): Promise<QueryResult<Record<string, unknown>>>;
  /** Runs `work` inside one transaction; nothing else touches the connection meanwhile. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database error with the fields Postgres reports, kept across the worker-thread boundary. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = "DatabaseError";
  }
}
