// The dashboard's page: numbers, contacts, and a button to text each contact. It holds no API key:
// its client talks to this app's own /api/allo route (server.ts), which adds the key on the server
// and forwards only what it allows.
import { AlloClient } from "allo-client";
import { AlloProvider, useContacts, useNumbers, useSendSms } from "allo-client/react";
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
              <button disabled={!from || !to || sms.isPending} onClick={() => from && to && sms.mutate({ from, to, message })}>
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
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <AlloProvider client={allo}>
    <Dashboard />
  </AlloProvider>,
);
