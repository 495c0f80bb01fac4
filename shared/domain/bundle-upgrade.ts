// Bundles written by older versions of the app, brought up to the current format before validation, so a v1 file
// from last year still imports. Each step reshapes only what it recognises; anything else is left for the schema
// to report.
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function maxId(items: unknown[]): number {
  return items.reduce<number>((max, item) => (isObject(item) && typeof item.id === 'number' ? Math.max(max, item.id) : max), 0);
}

/** v1 → v2: visi into the masterplan plan, facilitators into people, signatories per person, funding lines. */
function v1ToV2(v1: Json): Json {
  const b: Json = { ...v1, version: 2 };

  const masterplan: Json = isObject(b.masterplan) ? { ...b.masterplan } : {};
  if (isObject(b.programme)) {
    const { vision, ...programme } = b.programme;
    b.programme = programme;
    if (typeof vision === 'string' && vision.trim() !== '') {
      masterplan.plan = { ...(isObject(masterplan.plan) ? masterplan.plan : {}), vision };
    }
  }
  if (Array.isArray(masterplan.programmes)) {
    masterplan.programmes = masterplan.programmes.map((p) => {
      if (!isObject(p) || !('budgetEstimate' in p || 'budgetSource' in p)) return p;
      const { budgetEstimate, budgetSource, ...rest } = p;
      const costed = budgetEstimate !== null && budgetEstimate !== undefined;
      const sourced = budgetSource !== null && budgetSource !== undefined;
      return {
        ...rest,
        fundings:
          costed || sourced ? [{ source: sourced ? budgetSource : 'Lainnya', amount: costed ? budgetEstimate : null }] : [],
      };
    });
  }
  if (isObject(b.masterplan) || 'plan' in masterplan) b.masterplan = masterplan;

  const people = [...list(b.people)];
  const stageFacilitators: Json[] = [];
  let nextPersonId = maxId(people) + 1;
  // As migration 003 does for a v1 database: one person per facilitator (same name, any case, and instansi),
  // however many stages they led, and once per stage.
  const facilitatorIds = new Map<string, number>();
  if (Array.isArray(b.stages)) {
    b.stages = b.stages.map((stage) => {
      if (!isObject(stage)) return stage;
      const { venue, facilitators, ...rest } = stage;
      const out: Json = { ...rest };
      if (venue !== undefined) out.venueName = venue;
      const inStage = new Set<number>();
      list(facilitators).forEach((f, i) => {
        if (!isObject(f)) return;
        const name = typeof f.name === 'string' ? f.name.trim() : f.name;
        if (name === '') return;
        const institution = typeof f.institution === 'string' ? f.institution.trim() || null : (f.institution ?? null);
        // SQLite's NOCASE, as the migration compares: ASCII letters only.
        const key = JSON.stringify([
          typeof name === 'string' ? name.replace(/[A-Z]/g, (c) => c.toLowerCase()) : name,
          institution,
        ]);
        let personId = facilitatorIds.get(key);
        if (personId === undefined) {
          personId = nextPersonId++;
          facilitatorIds.set(key, personId);
          people.push({ id: personId, name, asn: false, institution });
        }
        if (inStage.has(personId)) return;
        inStage.add(personId);
        stageFacilitators.push({
          id: stageFacilitators.length + 1,
          stageNumber: stage.number,
          personId,
          role: null,
          sortOrder: i,
        });
      });
      return out;
    });
  }
  if (stageFacilitators.length > 0) {
    b.people = people;
    b.stageFacilitators = stageFacilitators;
  }

  if (isObject(b.closure) && Array.isArray(b.closure.signatories)) {
    const personOf = new Map<unknown, unknown>(
      list(b.positions).flatMap((p) => (isObject(p) ? [[p.id, p.personId] as const] : [])),
    );
    const merged = new Map<string, Json>();
    const signatories: unknown[] = [];
    for (const s of b.closure.signatories) {
      if (!isObject(s) || !('positionId' in s)) {
        signatories.push(s);
        continue;
      }
      const { positionId, ...rest } = s;
      const personId = personOf.get(positionId) ?? null;
      const key = `${String(rest.kind ?? 'penandatangan')}/${String(personId)}`;
      const existing = personId === null ? undefined : merged.get(key);
      if (existing) {
        (existing.positionIds as unknown[]).push(positionId);
        continue;
      }
      const entry: Json = { ...rest, personId, positionIds: [positionId] };
      merged.set(key, entry);
      signatories.push(entry);
    }
    // v1 printed one Mengetahui list under both documents; the berita acara's own list starts as its copy
    // (the same as migration 003 does for a database).
    const order = (e: Json) => [typeof e.sortOrder === 'number' ? e.sortOrder : 0, typeof e.id === 'number' ? e.id : 0];
    const knowing = signatories
      .filter((e): e is Json => isObject(e) && e.kind === 'mengetahui' && 'positionIds' in e)
      .sort((x, y) => order(x)[0]! - order(y)[0]! || order(x)[1]! - order(y)[1]!);
    let nextId = maxId(signatories) + 1;
    for (const e of knowing) {
      signatories.push({ ...e, id: nextId++, kind: 'mengetahui_berita_acara', positionIds: [...(e.positionIds as unknown[])] });
    }
    b.closure = { ...b.closure, signatories };
  }
  return b;
}

/**
 * v2 → v3 (schema 007, the masterplan books): every new list and field has a default (empty lists, no preface
 * date, programmes 'direncanakan' without targets or yearly budget), so only the version changes.
 */
function v2ToV3(v2: Json): Json {
  return { ...v2, version: 3 };
}

const STEPS: Record<number, (bundle: Json) => Json> = { 1: v1ToV2, 2: v2ToV3 };

/** The bundle in the current format's shape (still to be validated); unknown versions pass through unchanged. */
export function upgradeBundle(input: unknown): unknown {
  if (!isObject(input)) return input;
  let bundle = input;
  while (typeof bundle.version === 'number' && STEPS[bundle.version]) bundle = STEPS[bundle.version]!(bundle);
  return bundle;
}
