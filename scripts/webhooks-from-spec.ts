// Compiles the spec's `webhooks:` section into generated/webhooks.ts: per topic, the zod schema of
// its delivery (`<operationId>Body` from generated/schemas.ts), the receiver method that handles it
// (its operationId) and its first example, so the receiver and createTestEvent take topics, schemas
// and sample payloads from the spec instead of retyping them.

type Schema = Record<string, any>;

export function webhooksFromSpec(spec: Schema): string {
  const all = Object.entries((spec.webhooks ?? {}) as Record<string, Schema>);
  if (!all.length) throw new Error("webhooks-from-spec: the spec has no webhooks: section");
  // v1 topics are upper-case words (CALL_RECEIVED), v2 topics dotted (call.completed).
  const entries = all.filter(([topic]) => !topic.includes("."));
  const v2 = all.filter(([topic]) => topic.includes("."));

  const read = ([topic, item]: [string, Schema]) => {
    const op = item.post;
    if (!op?.operationId) throw new Error(`webhooks-from-spec: webhooks.${topic} has no post operation with an operationId`);
    const examples = Object.values((op.requestBody?.content?.["application/json"]?.examples ?? {}) as Record<string, Schema>);
    const first = examples[0];
    if (!first || !("value" in first)) throw new Error(`webhooks-from-spec: webhooks.${topic} has no inline example`);
    if (first.value?.topic !== topic)
      throw new Error(`webhooks-from-spec: the example of webhooks.${topic} has topic ${first.value?.topic}`);
    return { topic, operationId: op.operationId as string, example: first.value };
  };
  const topics: Array<{ topic: string; operationId: string; example: unknown }> = entries.map(read);
  const topicsV2 = v2.map(read);

  const json = (v: unknown) => JSON.stringify(v);
  const lines = [
    `import { ${[...topics, ...topicsV2].map((t) => `${t.operationId}Body`).join(", ")} } from "./schemas.js";`,
    "",
    "/** Every topic of the spec's `webhooks:` section, in spec order. */",
    `export const webhookTopics = [${topics.map((t) => json(t.topic)).join(", ")}] as const;`,
    "",
    "/** A topic the spec documents. */",
    "export type SpecWebhookTopic = (typeof webhookTopics)[number];",
    "",
    "/** Per topic, the zod schema of a whole delivery (`{ topic, data }`). */",
    "export const webhookBodies = {",
    ...topics.map((t) => `  ${json(t.topic)}: ${t.operationId}Body,`),
    "} as const;",
    "",
    "/** Per topic, the receiver method that registers its handler (the spec's operationId). */",
    "export const webhookHandlerNames = {",
    ...topics.map((t) => `  ${json(t.topic)}: ${json(t.operationId)},`),
    "} as const;",
    "",
    "/** Per topic, the spec's first example of a delivery. */",
    "export const webhookExamples: { readonly [T in SpecWebhookTopic]: { readonly topic: T; readonly data?: Readonly<Record<string, unknown>> } } = {",
    ...topics.map((t) => `  ${json(t.topic)}: ${JSON.stringify(t.example, null, 2).replace(/\n/g, "\n  ")},`),
    "};",
    "",
    "/** Every v2 (dotted) topic of the spec's `webhooks:` section, in spec order. */",
    `export const v2WebhookTopics = [${topicsV2.map((t) => json(t.topic)).join(", ")}] as const;`,
    "",
    "/** A v2 topic the spec documents. */",
    "export type SpecV2WebhookTopic = (typeof v2WebhookTopics)[number];",
    "",
    "/** Per v2 topic, the zod schema of a whole delivery (`{ topic, version, timestamp, data }`). */",
    "export const v2WebhookBodies = {",
    ...topicsV2.map((t) => `  ${json(t.topic)}: ${t.operationId}Body,`),
    "} as const;",
    "",
    "/** Per v2 topic, the spec's first example of a delivery. */",
    "export const v2WebhookExamples: { readonly [T in SpecV2WebhookTopic]: { readonly topic: T; readonly version: string; readonly timestamp: string; readonly data: Readonly<Record<string, unknown>> } } = {",
    ...topicsV2.map((t) => `  ${json(t.topic)}: ${JSON.stringify(t.example, null, 2).replace(/\n/g, "\n  ")},`),
    "};",
    "",
  ];
  return lines.join("\n");
}
