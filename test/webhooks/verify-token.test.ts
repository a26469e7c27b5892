import { describe, expect, it } from "vitest";
import { verifyToken } from "../../src/webhooks/index.js";

const TOKEN = "3f9a1c7e5b2d4806a1e9c3b7d5f20486";

describe("verifyToken", () => {
  it("accepts the expected token", () => {
    expect(verifyToken(TOKEN, TOKEN)).toBe(true);
    expect(verifyToken("jeton-à-clé-✓", "jeton-à-clé-✓")).toBe(true);
  });

  it.each([
    ["one character changed", `${TOKEN.slice(0, -1)}7`],
    ["the first character changed", `a${TOKEN.slice(1)}`],
    ["a prefix of it", TOKEN.slice(0, 16)],
    ["it with more after", `${TOKEN}0`],
    ["an empty string", ""],
    ["the same text in another case", TOKEN.toUpperCase()],
  ])("refuses %s", (_, received) => {
    expect(verifyToken(received, TOKEN)).toBe(false);
  });

  it("refuses a missing token (an absent URL segment or query parameter)", () => {
    expect(verifyToken(undefined, TOKEN)).toBe(false);
    expect(verifyToken(null, TOKEN)).toBe(false);
  });

  it("fails closed when the expected token is empty or missing (an unset environment variable)", () => {
    expect(verifyToken("", "")).toBe(false);
    expect(verifyToken("x", undefined as unknown as string)).toBe(false);
  });

  it("compares UTF-8 bytes: a different character with the same UTF-16 length is refused", () => {
    expect(verifyToken("é", "e")).toBe(false);
    expect(verifyToken("€", "£")).toBe(false);
  });
});
