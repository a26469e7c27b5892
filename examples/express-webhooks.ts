// Allo webhooks in an Express app. Run: ALLO_WEBHOOK_TOKEN=$(openssl rand -hex 16) tsx examples/express-webhooks.ts
import express from "express";
import { pathToFileURL } from "node:url";
import { WebhookReceiver, verifyToken } from "allo-client/webhooks";

const receiver = new WebhookReceiver({
  // Your own Allo numbers: a delivery about any other number is refused with a 403.
  allowedAlloNumbers: (process.env.ALLO_NUMBERS ?? "+13055550180").split(","),
  // Allo v2 signs its deliveries: set the endpoint's secret (whsec_...) to verify them.
  signingSecret: process.env.ALLO_WEBHOOK_SECRET,
})
  .onCallReceived(async (call) => {
    console.log(`call ${call.id} from ${call.from_number}: ${call.one_sentence_summary ?? "(no summary)"}`);
  })
  .onSmsReceived((sms) => {
    console.log(`text from ${sms.from_number}: ${sms.content}`);
  })
  .onContactCreated((contact) => {
    console.log(`new contact ${contact.name ?? ""} ${contact.last_name ?? ""}`);
  })
  .onEvent((event) => {
    if (!event.known) console.log(`a topic this SDK does not know yet: ${event.topic}`);
  });

export const app = express();
const token = process.env.ALLO_WEBHOOK_TOKEN ?? "";

// Mounted before express.json(): the receiver reads the raw body itself, so it can stop at 1 MiB
// and check a v2 signature over the exact bytes. The URL carries an unguessable token, compared in
// constant time; a wrong one gets the same 404 as any unknown path.
app.post(
  "/webhooks/allo/:token",
  (req, res, next) => (verifyToken(req.params.token, token) ? next() : res.status(404).end()),
  receiver.nodeHandler(),
);

app.use(express.json()); // the rest of your API

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => console.log(`POST http://localhost:${port}/webhooks/allo/<ALLO_WEBHOOK_TOKEN>`));
}
