// The Lua scripts of the Redis stores: each runs atomically in Redis, on Redis's own clock (TIME),
// so that processes whose clocks disagree share one schedule and one set of leases.

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * KEYS: the bucket's next start, its pause. ARGV: interval ms, longest wait ms. Returns the wait
 * in ms; a wait longer than the longest is not reserved.
 */
export const RESERVE = `${NOW}
local start = now
local following = tonumber(redis.call('GET', KEYS[1]))
if following and following > start then start = following end
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 and now + paused > start then start = now + paused end
local wait = start - now
if wait > tonumber(ARGV[2]) then return math.ceil(wait) end
local after = start + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.3f', after), 'PX', math.ceil(after - now) + 1000)
return math.ceil(wait)
`;

/** KEYS: the bucket's pause. ARGV: ms. Extends the pause to ms from now, unless it is longer already. */
export const PAUSE = `
local ms = math.ceil(tonumber(ARGV[1]))
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 0
`;

/** What holds an SMS key, as JSON; an in-flight one whose lease ran out is unknown. */
const HELD = `local r = cjson.decode(v)
local s = r.s
if s == 'in-flight' and tonumber(r.u) <= now then s = 'unknown' end
return cjson.encode({s = s, f = r.f, a = r.a})
`;

/** KEYS: the SMS key. Returns what holds it as JSON, or 'free'. */
export const PEEK = `${NOW}
local v = redis.call('GET', KEYS[1])
if not v then return cjson.encode({s = 'free'}) end
${HELD}`;

/**
 * KEYS: the SMS key. ARGV: fingerprint, token, lease ms, ttl ms. Claims a free key, kept for its
 * lease and then the ttl (a claim left unsettled stays unknown that long, however short the ttl);
 * otherwise returns what holds it. Returns JSON.
 */
export const CLAIM = `${NOW}
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], cjson.encode({s = 'in-flight', f = ARGV[1], t = ARGV[2], u = now + tonumber(ARGV[3])}), 'PX', tonumber(ARGV[3]) + tonumber(ARGV[4]))
  return cjson.encode({s = 'claimed'})
end
${HELD}`;

/** KEYS: the SMS key. ARGV: token, state, ttl ms, answer (for sent). Settles the claim held under the token. */
export const SETTLE = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local r = cjson.decode(v)
if r.s ~= 'in-flight' or r.t ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], cjson.encode({s = ARGV[2], f = r.f, a = ARGV[4]}), 'PX', ARGV[3])
return 1
`;

/** KEYS: the SMS key. ARGV: token. Frees the key if still claimed under the token. */
export const RELEASE = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local r = cjson.decode(v)
if r.s ~= 'in-flight' or r.t ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
`;

/**
 * KEYS: the webhook id. ARGV: ttl ms. Claims a free id (in flight) and returns 'claimed';
 * otherwise returns what holds it: 'in-flight', or 'handled' (any other value, such as the '1'
 * that claims were before they could be in flight, counts as handled).
 */
export const CLAIM_WEBHOOK_ID = `
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], 'in-flight', 'PX', ARGV[1])
  return 'claimed'
end
if v == 'in-flight' then return v end
return 'handled'
`;
