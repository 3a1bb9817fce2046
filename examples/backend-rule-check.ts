/**
 * For backend services: a small HTTP service that checks payloads and case transitions with the
 * library and answers 400 with the issues (each with its path), 409 with the refusal and its
 * legal source, or 200 with the result. Clients in other languages can validate the same payloads
 * beforehand with the JSON Schemas shipped under `bem-sgb9/schemas/*.json`.
 *
 *   npx tsx examples/backend-rule-check.ts           # starts, answers a few sample requests, stops
 *   npx tsx examples/backend-rule-check.ts --serve   # keeps serving on http://127.0.0.1:8167
 *
 * Bounded on purpose: it listens on 127.0.0.1 only, reads at most 1 MB per request and gives up
 * on slow clients after 10 seconds. In your project, import from 'bem-sgb9'.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { applyEvent, BemInputError, checkInvitation, openCase, replay, safeEvaluateEligibility } from 'bem-sgb9';

const MAX_BODY_BYTES = 1_000_000;

/** What the service answers: a status and a JSON body. */
interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const badInput = (error: BemInputError): Answer => ({ status: 400, body: { error: 'bad-input', issues: error.issues } });

/** The routes: each takes the parsed JSON body. Bad input (BemInputError) becomes a 400. */
const routes: Record<string, (body: unknown) => Answer> = {
  // Is a BEM due? Body: { absences, asOf, previousBemConcludedOn?, bemRunningSince? }.
  'POST /eligibility': (body) => {
    const answer = safeEvaluateEligibility(body as Parameters<typeof safeEvaluateEligibility>[0]);
    return answer.success ? { status: 200, body: answer.data } : badInput(answer.error);
  },
  // Is this transition allowed? Body: { events, event }: the case's stored event log and the next
  // event. The case is rebuilt from its log with replay, never taken from the client as it is (a
  // client could edit its fields). A refusal is a 409 with code and reference.
  'POST /cases/apply': (body) => {
    const { events, event } = (body ?? {}) as { events?: unknown; event?: unknown };
    const current = replay(events as Parameters<typeof replay>[0]);
    const result = applyEvent(current, event as Parameters<typeof applyEvent>[1]);
    return result.ok ? { status: 200, body: { case: result.case } } : { status: 409, body: { error: result.error } };
  },
  // Is this invitation a proper offer (§ 167 Abs. 2 S. 4 SGB IX)? Body: the invitation content.
  'POST /invitations/check': (body) => ({ status: 200, body: checkInvitation(body as Parameters<typeof checkInvitation>[0]) }),
};

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('Request body is not JSON'), { status: 400 });
  }
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = ({ status, body }: Answer): void => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const route = routes[`${request.method} ${request.url}`];
  if (route === undefined) return send({ status: 404, body: { error: 'not-found', routes: Object.keys(routes) } });
  try {
    send(route(await readJson(request)));
  } catch (error) {
    if (error instanceof BemInputError) return send(badInput(error));
    const status = (error as { status?: number }).status;
    if (status !== undefined) return send({ status, body: { error: (error as Error).message } });
    send({ status: 500, body: { error: 'internal' } });
  }
}

const server = createServer((request, response) => void handle(request, response));
server.requestTimeout = 10_000;
server.headersTimeout = 10_000;

const { values } = parseArgs({ options: { serve: { type: 'boolean', default: false }, port: { type: 'string', default: '8167' } } });
await new Promise<void>((listening) => server.listen(values.serve ? Number(values.port) : 0, '127.0.0.1', listening));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

if (values.serve) {
  console.log(`Listening on ${base} (${Object.keys(routes).join(', ')}); Ctrl-C stops.`);
} else {
  // A few requests as a client would send them, then stop.
  const post = async (path: string, body: unknown): Promise<void> => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = (await response.json()) as Record<string, unknown>;
    const summary =
      response.status === 200
        ? JSON.stringify(answer['status'] ?? answer['proper'] ?? (answer['case'] as { state?: string } | undefined)?.state)
        : JSON.stringify(answer['issues'] ?? answer['error']);
    console.log(`POST ${path} -> ${response.status} ${summary}`);
  };
  await post('/eligibility', { asOf: '2025-10-31', absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] });
  await post('/eligibility', { asOf: '2025-10-31', absences: [{ start: '2025-02-30', end: null, kind: 'sickness', note: 'called in' }] });
  const fresh = openCase({ id: 'bem-1', employee: { id: 'p-1' }, on: '2025-11-03' });
  await post('/cases/apply', { events: fresh.events, event: { type: 'employee.declined', on: '2025-11-04', by: 'employer', inWriting: true } });
  await post('/cases/apply', { events: fresh.events, event: { type: 'case.closed', on: '2025-11-04', by: 'employer', outcome: 'employment-ended' } });
  await post('/cases/apply', { events: fresh.events, event: { type: 'case.dismissed', on: '2025-11-04', by: 'employer' } });
  await post('/invitations/check', { goals: ['keep-employment'], doctorVisit: 'mandatory' });
  server.close();
}
