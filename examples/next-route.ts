// A Next.js route handler for Allo webhooks: app/api/webhooks/allo/[token]/route.ts
// The same fetchHandler() serves Hono
// (`app.post(path, (c) => handle(c.req.raw))`), Bun (`Bun.serve({ fetch: handle })`),
// Deno (`Deno.serve(handle)`) and Workers (`export default { fetch: handle }`).
import { WebhookReceiver, verifyToken } from "allo-client/webhooks";

const receiver = new WebhookReceiver({
  // The endpoint's signing_secret; during a rotation, list both: [process.env.NEW, process.env.OLD].
  signingSecret: process.env.ALLO_WEBHOOK_SECRET,
  allowedAlloNumbers: process.env.ALLO_NUMBERS?.split(","),
})
  .on("call.completed", async (call) => {
    // Answer within 20 seconds: queue slow work (transcript analysis, CRM sync) rather than do it here.
    console.log(`call ${call.id}: ${call.summary ?? ""}`);
  })
  .on("sms.received", (sms) => {
    console.log(`text from ${sms.from_number}: ${sms.content}`);
  });
// v1 subscriptions deliver unsigned, which this receiver refuses: give them a route of their own
// with `new WebhookReceiver({ signingSecret: false, allowedAlloNumbers })` (see express-webhooks.ts).

const handle = receiver.fetchHandler();

export async function POST(request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  if (!verifyToken(token, process.env.ALLO_WEBHOOK_TOKEN ?? "")) return new Response(null, { status: 404 });
  return handle(request);
}
