// The dashboard's page: numbers, contacts with a button to text each one (v1), and the first
// number's latest conversations with a button to mark each read (v2). It holds no API key: its
// client talks to this app's own /api/allo route (server.ts), which adds the key on the server and
// forwards only what it allows.
import { AlloClient } from "allo-client";
import { AlloProvider, useContacts, useConversationAction, useConversations, useNumbers, useSendSms } from "allo-client/react";
import { useState } from "react";
import { createRoot } from "react-dom/client";

// "proxied" is a placeholder: the proxy replaces the Authorization header with the real key.
// The path is resolved against the page.
const allo = new AlloClient({ apiKey: "proxied", baseUrl: "/api/allo" });

function Numbers() {
  const { data: numbers, isLoading, error } = useNumbers();
  if (isLoading) return <p>Loading numbers…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <ul>
      {numbers?.map((n) => (
        <li key={n.number}>
          {n.name} — {n.number} ({n.country})
        </li>
      ))}
    </ul>
  );
}

function Contacts() {
  const { data: contacts, isLoading, error } = useContacts({ page: 0, size: 20 });
  const { data: numbers } = useNumbers();
  const sms = useSendSms();
  const [message, setMessage] = useState("Your order just shipped");
  const from = numbers?.[0]?.number;

  if (isLoading) return <p>Loading contacts…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <>
      <label>
        Message <input value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      <ul>
        {contacts?.results.map((c) => {
          const to = c.numbers[0];
          return (
            <li key={c.id}>
              {c.name} {c.last_name} — {to}
              <button
                type="button"
                disabled={!from || !to || sms.isPending}
                onClick={() => from && to && sms.mutate({ from, to, message })}
              >
                Send SMS to {c.name}
              </button>
            </li>
          );
        })}
      </ul>
      {sms.data && (
        <p role="status">
          Sent to {sms.data.to_number}: “{sms.data.content}” at {sms.data.start_date}
        </p>
      )}
      {sms.error && <p role="alert">Not sent: {sms.error.message}</p>}
    </>
  );
}

function Conversations() {
  const { data: numbers } = useNumbers();
  const line = numbers?.[0]?.number;
  // Idle until the numbers are in: a conversation list is per Allo number.
  const { data, isLoading, error } = useConversations({ allo_number: line ?? "", page: 1, size: 10 }, { enabled: Boolean(line) });
  const mark = useConversationAction();

  if (!line || isLoading) return <p>Loading conversations…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <>
      <ul>
        {data?.results.map((c) => {
          const who = c.contacts?.[0]?.name ?? c.contact_number;
          return (
            <li key={c.contact_number}>
              {who}: {c.last_item?.summary ?? c.last_item?.content ?? "no activity"}
              <button
                type="button"
                disabled={mark.isPending}
                onClick={() => mark.mutate({ contactNumber: c.contact_number, action: "READ", input: { allo_number: line } })}
              >
                Mark {who} read
              </button>
            </li>
          );
        })}
      </ul>
      {mark.isSuccess && <p role="status">Marked {mark.variables.contactNumber} read</p>}
      {mark.error && <p role="alert">Not marked: {mark.error.message}</p>}
    </>
  );
}

function Dashboard() {
  return (
    <main>
      <h1>Allo dashboard</h1>
      <section aria-label="Numbers">
        <h2>Numbers</h2>
        <Numbers />
      </section>
      <section aria-label="Contacts">
        <h2>Contacts</h2>
        <Contacts />
      </section>
      <section aria-label="Conversations">
        <h2>Latest conversations</h2>
        <Conversations />
      </section>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <AlloProvider client={allo}>
    <Dashboard />
  </AlloProvider>,
);
