import * as z from 'zod';

/** One step of an allow-list path: a key, and whether the value under it is a list whose items are projected. */
interface PathNode {
  readonly list: boolean;
  /** `null`: the value is copied (a leaf); otherwise the keys allowed inside it. */
  readonly children: Map<string, PathNode> | null;
}

/**
 * Builds the tree of allowed keys from paths such as `invitation.content.occasion.countedDays` or
 * `participants[].role` (`[]`: every item of a list).
 *
 * A path that ends at a key copies the value there; a shorter path than another one wins (its value
 * is copied whole).
 */
export function pathTree(paths: Iterable<string>): Map<string, PathNode> {
  const root = new Map<string, PathNode>();
  for (const path of paths) {
    let level: Map<string, PathNode> | null = root;
    const steps = path.split('.');
    for (const [index, step] of steps.entries()) {
      if (level === null) break;
      const list = step.endsWith('[]');
      const key = list ? step.slice(0, -2) : step;
      const last = index === steps.length - 1;
      const existing: PathNode | undefined = level.get(key);
      if (last) {
        level.set(key, { list, children: null });
        break;
      }
      if (existing?.children === null) break;
      const node: PathNode = existing ?? { list, children: new Map<string, PathNode>() };
      level.set(key, node);
      level = node.children;
    }
  }
  return root;
}

function projectValue(value: unknown, node: PathNode): unknown {
  // A value at the end of a path is shared, not copied: the cases it comes from are frozen at every depth.
  if (node.children === null || value === null || typeof value !== 'object') return value;
  if (node.list && Array.isArray(value)) return value.map((item: unknown) => projectValue(item, { list: false, children: node.children }));
  return project(value as Record<string, unknown>, node.children);
}

/**
 * The parts of `source` that the tree allows, as new plain data: keys not in the tree are left
 * out at every depth, lists are projected item by item, values at the end of a path are taken
 * as they are (the library's cases are frozen, so nothing can change them through a view).
 */
export function project(source: Readonly<Record<string, unknown>>, tree: ReadonlyMap<string, PathNode>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of tree) {
    if (!Object.hasOwn(source, key) || source[key] === undefined) continue;
    out[key] = projectValue(source[key], node);
  }
  return out;
}

/**
 * The same schema with every object key optional at every depth (strict objects stay strict), for
 * views that show only part of a record.
 *
 * Refinements of the records are dropped: a part need not satisfy the rules of the whole.
 */
export function partialAtEveryDepth(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional) return partialAtEveryDepth(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodNullable) return partialAtEveryDepth(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodArray) return z.array(partialAtEveryDepth(schema.element as z.ZodType));
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, optional(partialAtEveryDepth(field))]));
    return z.strictObject(shape);
  }
  return schema;
}

function optional(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? schema : schema.optional();
}
