// What @qrcommunication/withallo-sdk (the seed's JS SDK) does for `phoneNumbers.list()`, re-written
// here from its behaviour, for `npm run bench:scale` when no built copy of that package is given
// (SEED_SDK_DIR): one fetch per call with its four headers and a timeout armed by an
// AbortController and a timer, the answer read as text and parsed (or kept raw), an error thrown
// for a status that is not ok, and the list taken from `data`. No retries, no validation.

export function seedLikeNumbersList(baseUrl: string, apiKey: string, timeoutMs = 30_000): () => Promise<unknown[]> {
  const url = `${baseUrl.replace(/\/+$/, "")}/numbers`;
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, {
        method: "GET",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          Authorization: apiKey,
          "User-Agent": "qrcommunication/withallo-sdk-js",
        },
        signal: controller.signal,
      });
    } finally {
      clearTimeout(timer);
    }
    const raw = await response.text();
    let body: unknown;
    try {
      body = raw === "" ? {} : JSON.parse(raw);
    } catch {
      body = { raw };
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = (body as { data?: unknown }).data;
    return Array.isArray(data) ? data : [];
  };
}
