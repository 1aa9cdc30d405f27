// Next.js's cache of rendered pages (ISR) for this process, dropped whenever the configuration
// changes on any instance (docs/performance.md). Plain JavaScript: Next loads it by path, outside
// the app's bundles. The configuration cache (lib/data/config-cache.ts) counts its invalidations in
// globalThis.mesaConfigCache.generation — on a notification from another instance, on an ADMIN change
// here, on the listener's reconnection — and an entry rendered under an older count is not served.

const MAX_ENTRIES = 500;

/** @type {Map<string, { value: unknown; lastModified: number; cacheControl: unknown; tags: string[]; generation: number }>} */
const entries = new Map();

const generation = () => globalThis.mesaConfigCache?.generation ?? 0;
// Without a listening connection nobody hears of a change: a page is trusted as long as a copy of the
// configuration would be (CONFIG_MAX_AGE_MS), then rendered again on the configuration read anew.
const unheardMaxAgeMs = Number(process.env.CONFIG_MAX_AGE_MS ?? 5_000);
const listening = () => globalThis.mesaConfigCache?.listening === true;

// A page carries its tags (those revalidatePath derives from its path, among them) in a header.
function tagsOf(data) {
  const header = data?.headers?.['x-next-cache-tags'];
  return typeof header === 'string' ? header.split(',') : [];
}

export default class PageCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.generation !== generation() || (!listening() && Date.now() - entry.lastModified > unheardMaxAgeMs)) {
      entries.delete(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    entries.delete(key);
    if (data === null) return;
    const tags = Array.isArray(ctx?.tags) ? ctx.tags : tagsOf(data);
    entries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl, tags, generation: generation() });
    // Oldest first out: a Map keeps insertion order.
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tags) {
    const dropped = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) {
      if (entry.tags.some((t) => dropped.has(t))) entries.delete(key);
    }
  }

  resetRequestCache() {}
}
