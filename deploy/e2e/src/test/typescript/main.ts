// The integrator flow of GeneratedClientsIT, on the TypeScript (fetch) clients openapi-generator generated from
// docs/api/*.yaml, unpatched: run by tools/contract-lint/typescript, which compiles it with them as ./clients.
// Where the services run comes from the environment (EA_KEYCLOAK, EA_INTAKE, EA_ELIGIBILITY, EA_CASE,
// EA_NOTIFICATION, EA_WEBHOOK_RECEIVER, EA_COMPLETE_REQUEST). Prints each step; exits non-zero on the first
// failure, with the service's problem response when there is one.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import * as intake from './clients/intake';
import * as eligibility from './clients/eligibility';
import * as cases from './clients/case';
import * as notification from './clients/notification';

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

async function token(form: Record<string, string>): Promise<string> {
  const answer = await fetch(`${env('EA_KEYCLOAK')}/realms/expanded-access/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams(form),
  });
  if (!answer.ok) {
    throw new Error(`token endpoint answered ${answer.status}: ${await answer.text()}`);
  }
  return ((await answer.json()) as { access_token: string }).access_token;
}

const password = (username: string) =>
  token({ grant_type: 'password', client_id: 'ea-portal', username, password: 'demo' });

/** The generated Configuration of each client takes the base path and headers sent with every call. */
function bearer(basePath: string, accessToken: string) {
  return { basePath, headers: { Authorization: `Bearer ${accessToken}` } };
}

/** Polls until check(value) holds; a 404 while it is not there yet counts as not yet. */
async function until<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const value = await read();
      if (check(value)) {
        return value;
      }
    } catch (e) {
      const status = (e as { response?: Response }).response?.status;
      if (status !== 404) {
        throw e;
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not there after 20 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`assertion failed: ${message}`);
  }
}

// gate dates are the sponsor's calendar days (the demo sponsor's time zone), never in the future there; a date
// field of the generated models is a Date whose UTC day is sent
const today = () => new Date(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date()));

async function main(): Promise<void> {
  const alice = await password('dr.alice');
  const tess = await password('tess.triage');
  const integrator = await token({ grant_type: 'client_credentials', client_id: 'ea-integration-demo',
    client_secret: 'ea-integration-demo-secret' });
  const example = JSON.parse(readFileSync(env('EA_COMPLETE_REQUEST'), 'utf8'));

  // intake: a draft from the README's example request, then submitted
  const requests = new intake.RequestsApi(new intake.Configuration(bearer(env('EA_INTAKE'), alice)));
  const draft = await requests.createRequest({ requestContent: intake.RequestContentFromJSON(example),
    idempotencyKey: randomUUID() });
  assert(draft.status === 'DRAFT', `draft status ${draft.status}`);
  const completeness = await requests.getRequestCompleteness({ id: draft.requestId! });
  assert(completeness.complete === true, 'the example request is complete');
  const submitted = await requests.submitRequest({ id: draft.requestId! });
  assert(submitted.status === 'SUBMITTED' && submitted.submittedAt instanceof Date, 'submitted with its time');
  const requestId = submitted.requestId!;
  console.log(`intake: request ${requestId} submitted at ${submitted.submittedAt!.toISOString()}`);

  // eligibility: the screening, once the determination is in
  const screening = new eligibility.EligibilityApi(new eligibility.Configuration(bearer(env('EA_ELIGIBILITY'), alice)));
  const determination = await until('the determination', () => screening.getDetermination({ requestId }),
    (d) => d.outcome != null);
  assert(determination.outcome === 'ELIGIBLE', `outcome ${determination.outcome}`);
  assert((determination.determination?.criteria ?? []).length > 0, 'every criterion with its evidence');
  console.log(`eligibility: ${determination.outcome}, ${determination.determination!.criteria!.length} criteria`);

  // case: listed for the physician once screening put it under review, approved by the triager with the LOA, FDA gate by the physician
  const aliceCases = new cases.CasesApi(new cases.Configuration(bearer(env('EA_CASE'), alice)));
  const listed = (await until('the case', () => aliceCases.listCases({ requestId, status: ['UNDER_REVIEW'] }), (l) => l.length > 0))[0];
  assert(listed.requestId === requestId, 'the case of the request');
  const tessCases = new cases.CasesApi(new cases.Configuration(bearer(env('EA_CASE'), tess)));
  const approved = await tessCases.transitionCase({ id: listed.id!, transitionRequest: { to: 'APPROVED',
    loa: { reference: 'EA-LOA-GEN-TS', issuedOn: today() } } });
  assert(approved.summary?.status === 'AUTHORIZING', `case status ${approved.summary?.status}`);
  const gates = await aliceCases.recordFdaGate({ id: listed.id!, fdaGate: { route: 'SUBMITTED',
    receivedByFdaOn: today(), indNumber: '123456' } });
  const fda = gates.find((g) => g.gate === 'FDA');
  assert(fda?.recorded === true, 'the FDA gate is recorded');
  console.log(`case: ${listed.reference} ${approved.summary!.status}, FDA gate in effect from `
    + `${fda!.satisfiedFrom?.toISOString().substring(0, 10)}`);

  // notification: the physician's inbox has the submission
  const inbox = new notification.InboxApi(new notification.Configuration(bearer(env('EA_NOTIFICATION'), alice)));
  const items = await until('the inbox item', () => inbox.listNotifications({ size: 200 }),
    (l) => l.some((n) => n.requestId === requestId));
  const unread = await inbox.countUnreadNotifications();
  assert((unread.unread ?? 0) > 0, 'unread items');
  console.log(`notification: ${items.length} inbox items, ${unread.unread} unread`);

  // the integrator registers a webhook and submits on dr.alice's behalf
  const webhooks = new notification.WebhooksApi(new notification.Configuration(bearer(env('EA_NOTIFICATION'), integrator)));
  const hook = await webhooks.createWebhook({ webhookRequest: { url: env('EA_WEBHOOK_RECEIVER'),
    eventTypes: ['org.expandedaccess.request.submitted.v1'], description: 'generated TypeScript client' },
    idempotencyKey: randomUUID() });
  assert(hook.secret?.startsWith('whsec_'), 'the signing secret is shown once');
  const read = await webhooks.getWebhook({ id: hook.id! });
  assert(read.url === hook.url, 'the webhook reads back');
  const hisRequests = new intake.RequestsApi(new intake.Configuration(bearer(env('EA_INTAKE'), integrator)));
  const onBehalf = intake.RequestContentFromJSON({ ...example,
    physician: { ...example.physician, username: 'dr.alice' } });
  const created = await hisRequests.createRequest({ requestContent: onBehalf, idempotencyKey: randomUUID() });
  const his = await hisRequests.submitRequest({ id: created.requestId! });
  assert(his.status === 'SUBMITTED' && his.physician === 'dr.alice', `integrator submission ${his.status} for ${his.physician}`);
  await webhooks.deleteWebhook({ id: hook.id! });
  console.log(`webhooks: ${hook.id} registered, read and deleted; integrator submission ${his.requestId} for dr.alice`);
  console.log('flow complete');
}

main().catch(async (e) => {
  const response = (e as { response?: Response }).response;
  console.error(`FAILED: ${e instanceof Error ? e.message : e}`);
  if (response) {
    console.error(`${response.status} ${response.url}: ${await response.text()}`);
  }
  process.exit(1);
});
