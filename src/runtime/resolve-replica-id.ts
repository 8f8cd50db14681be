import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

// Who this process is among the replicas: it signs outbox claims and job leases, and appears in every log line
// and in /healthz. REPLICA_ID when the deployment names its replicas (a container's name survives a restart that
// hostname+pid does not); otherwise hostname and process id, unique on one machine and across machines.
export function resolveReplicaId(configured: string | undefined, pid = process.pid): string {
  return configured ?? `${hostname()}:${pid}`;
}

// What signs this process's claims and leases: the replica id plus a per-start suffix. A replica restarted under
// the same REPLICA_ID is a new process; it must not extend (and so keep forever) the claims its killed
// predecessor left, nor mistake them for its own.
export function claimantFor(replica: string): string {
  return `${replica}#${randomBytes(3).toString("hex")}`;
}
