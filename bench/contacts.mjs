// The contacts the benchmarks' servers page through (bench/server.mjs, bench/twin.mjs): made on the
// fly from their index, so a run of 100,000 costs no memory on the server's side.

/** Contact number `i`, shaped as the v1 API answers one. */
export const contact = (i) => ({
  id: `cnt_${i}`,
  name: `Name ${i}`,
  last_name: "Dupont",
  job_title: null,
  website: null,
  status: null,
  is_archived: false,
  created_at: "2026-04-21T10:00:00",
  updated_at: "2026-04-21T10:00:00",
  numbers: [`+3361234${String(i % 10000).padStart(4, "0")}`],
  emails: [`c${i}@example.com`],
  company: null,
  engagement: null,
  last_activity_date: null,
});

/** The v1 answer to GET /v1/api/contacts?page&size (0-indexed pages) over `total` contacts. */
export function contactsPage(searchParams, total) {
  const page = Number(searchParams.get("page") ?? 0);
  const size = Number(searchParams.get("size") ?? 10);
  const results = [];
  for (let i = page * size; i < Math.min(total, page * size + size); i++) results.push(contact(i));
  return { data: { results, metadata: { pagination: { total_pages: Math.ceil(total / size), current_page: page } } } };
}
