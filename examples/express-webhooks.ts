// Allo webhooks in an Express app. Run:
//   ALLO_WEBHOOK_SECRET=whsec_... ALLO_WEBHOOK_TOKEN=$(openssl rand -hex 16) tsx examples/express-webhooks.ts
// then, in another terminal, a signed test delivery (no tunnel, no Allo account), and a v1 one:
//   npx allo-mock trigger call.completed --to http://127.0.0.1:3000/webhooks/allo/$ALLO_WEBHOOK_TOKEN --secret $ALLO_WEBHOOK_SECRET
//   npx allo-mock trigger CALL_RECEIVED --to http://127.0.0.1:3000/webhooks/allo-v1/$ALLO_WEBHOOK_TOKEN
import express from "express";
import { pathToFileURL } from "node:url";
import { WebhookReceiver, verifyToken } from "allo-client/webhooks";

const receiver = new WebhookReceiver({
  // The endpoint's signing_secret (whsec_...), returned once by allo.webhookEndpoints.create().
  signingSecret: process.env.ALLO_WEBHOOK_SECRET,
  // Optional: your own Allo numbers, comma-separated; an event of any other line is refused (403).
  allowedAlloNumbers: process.env.ALLO_NUMBERS?.split(","),
})
  // v2 topics, each with its own payload.
  .on("call.received", (call) => {
    console.log(`ringing: ${call.from_number} (${call.person?.name ?? "unknown caller"}) on ${call.to_number}`);
  })
  .on("call.completed", async (call, event) => {
    // Allo delivers at least once: key your writes on the call (or event.delivery.id) to stay idempotent.
    console.log(`call ${call.id} ended (${call.result ?? "?"}), webhook-id ${event.delivery.id}: ${call.summary ?? "(no summary)"}`);
  })
  .on("sms.received", (sms) => {
    console.log(`text from ${sms.from_number}: ${sms.content}`);
  })
  .onEvent((event) => {
    if (!event.known) console.log(`a topic this SDK does not know yet: ${event.topic}`);
  });

// v1 subscriptions (allo.webhooks, one per Allo number) deliver unsigned, which a receiver with a
// secret refuses: they get one of their own, on a URL of their own, guarded by its token and the
// allow-list of your numbers.
const v1 = new WebhookReceiver({ signingSecret: false, allowedAlloNumbers: process.env.ALLO_NUMBERS?.split(",") }).onCallReceived(
  (call) => {
    console.log(`call ${call.id} from ${call.from_number}: ${call.one_sentence_summary ?? "(no summary)"}`);
  },
);

export const app = express();
const token = process.env.ALLO_WEBHOOK_TOKEN ?? "";

// Mounted before express.json(): the receiver reads the raw body itself, so it can stop at 1 MiB
// and check the signature over the exact bytes. The URL also carries an unguessable token, compared
// in constant time (v1 deliveries are not signed); a wrong one gets the same 404 as any unknown path.
const guard: express.RequestHandler<{ token: string }> = (req, res, next) =>
  verifyToken(req.params.token, token) ? next() : res.status(404).end();
app.post("/webhooks/allo/:token", guard, receiver.nodeHandler());
app.post("/webhooks/allo-v1/:token", guard, v1.nodeHandler());

app.use(express.json()); // the rest of your API

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => console.log(`POST http://127.0.0.1:${port}/webhooks/allo/<ALLO_WEBHOOK_TOKEN> (v1: /webhooks/allo-v1/...)`));
}
