import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { DeleteObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
// @ts-expect-error s3rver ships no type declarations; its API here is run() and close().
import S3rver from "s3rver";

/** A real S3-protocol server (s3rver) on a random port with one bucket, and a client that writes to it. */
export async function startS3TestServer(bucket: string): Promise<{
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  put(key: string, body: string | Uint8Array): Promise<void>;
  remove(key: string): Promise<void>;
  close(): Promise<void>;
}> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "switchboard-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  // s3rver's own fixed credentials.
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  // s3rver predates the SDK's default request checksums (aws-chunked uploads): send them only when required.
  const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials, requestChecksumCalculation: "WHEN_REQUIRED" });
  return {
    endpoint,
    credentials,
    put: async (key, body) => void (await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))),
    remove: async (key) => void (await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))),
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
