// The quick start of the seed documentation, over all five resources.
// `npm start` runs it against a local Prism mock of Allo (no key needed). It sends an SMS and
// creates a contact and a webhook: against the real API that costs money and changes your data,
// so it refuses to run without ALLO_BASE_URL unless ALLO_QUICKSTART_LIVE=1.
if (!process.env.ALLO_BASE_URL && process.env.ALLO_QUICKSTART_LIVE !== "1") {
  console.error("Run this with `npm start` (a local mock), or set ALLO_QUICKSTART_LIVE=1 to send real SMS.");
  process.exit(1);
}

// #region quickstart
import { AlloClient } from "allo-client";

const allo = new AlloClient({
  apiKey: process.env.ALLO_API_KEY!,
  baseUrl: process.env.ALLO_BASE_URL, // unset: https://api.withallo.com
  timeout: 30_000,
});

// ─── List the numbers connected to the account ──
const numbers = await allo.numbers.list();
for (const n of numbers) {
  console.log(`${n.name} — ${n.number} (${n.country})`);
}

// ─── Send a transactional SMS (US / international) ──
const sms = await allo.sms.send({
  from: "+1234567890",
  to: "+13055550142", // the seed wrote +0987654321, which is not E.164 (no country code starts with 0)
  message: "Hello from Allo",
});
console.log("Sent:", sms.start_date);

// ─── Send an SMS from France (pre-verified sender_id required) ──
await allo.sms.sendFrance({
  sender_id: "MyCompany",
  to: "+33612345678",
  message: "Bonjour depuis Allo",
});

// ─── Search the call history of an Allo number ──
const calls = await allo.calls.search({
  allo_number: "+1234567890",
  page: 0,
  size: 20,
});
for (const call of calls.results) {
  console.log(`${call.type} ${call.from_number} → ${call.to_number} (${call.length_in_minutes} min)`);
}

// ─── Create a contact, then fetch it ──
const contact = await allo.contacts.create({
  numbers: ["+33612345678"],
  name: "Jean",
  last_name: "Dupont",
  emails: ["jean.dupont@example.com"],
});
const fetched = await allo.contacts.get(contact.id);
console.log(fetched.name, fetched.last_name, fetched.emails);

// ─── Subscribe an endpoint to two webhook topics ──
const webhook = await allo.webhooks.create({
  allo_number: "+1234567890",
  url: "https://example.com/webhooks/allo",
  enabled: true,
  topics: ["CALL_RECEIVED", "SMS_RECEIVED"],
});
console.log("Webhook id:", webhook.id);
// #endregion
