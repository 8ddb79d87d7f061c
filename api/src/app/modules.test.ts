import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { app, MODULES } from './modules.js';
import { definedCommands } from '../core/commands/command.js';
import type { Context } from '../core/context.js';
import type { RateLimitRule } from '../core/rate-limit.js';
import { composeModules, type ModuleManifest } from '../core/module.js';
import { coreMessages } from '../core/core.messages.js';
import { placeholders, type Catalogue } from '../core/messages.js';
import { ormOptions } from '../core/db/orm.js';
import { rowShapes } from '../core/db/row-shape.js';

describe('the module list', () => {
  it('composes: every entity, resolver and migration once, migrations in name order', () => {
    const { entities, resolvers, migrations } = app();
    expect(new Set(entities).size).toBe(entities.length);
    expect(new Set(resolvers).size).toBe(resolvers.length);
    const names = migrations.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('Migration20261202000000_outbox');
  });

  it('refuses two modules claiming the same loader or the same name', () => {
    const a: ModuleManifest = { name: 'a', loaders: { users: { create: () => undefined as never } } };
    const b: ModuleManifest = { name: 'b', loaders: { users: { create: () => undefined as never } } };
    expect(() => composeModules([a, b])).toThrow(/loader "users" is already registered/);
    expect(() => composeModules([a, { ...a }])).toThrow(/listed twice/);
  });

  it('has every command authorize through a policy of its own module', () => {
    app();
    expect(definedCommands.length).toBeGreaterThanOrEqual(40);
    for (const command of definedCommands) {
      const [moduleName] = command.name.split('.');
      const module = MODULES.find((m) => m.name === moduleName);
      expect(module, `${command.name}: no module named ${moduleName}`).toBeDefined();
      const policies = Object.values(module!.policies ?? {});
      expect(policies, `${command.name}: its policy is not one of ${moduleName}'s`).toContain(command.spec.policy);
      if (command.spec.gate) expect(policies, `${command.name}: its gate is not one of ${moduleName}'s policies`).toContain(command.spec.gate);
    }
  });

  it('has every command rate limited, and one bucket name means one rule', () => {
    app();
    // limits run before any database work, so a bare context with an address is all they read.
    const ctx = { ip: '203.0.113.7', user: { id: 1 }, guest: null } as unknown as Context;
    const sample = { code: 'ABCD2345', guestName: 'Tamu', ids: ['1'], slug: 'cohort', regionCodes: ['32.11'] };
    const rules = new Map<string, RateLimitRule>();
    const unlimited = definedCommands.filter((c) => typeof c.spec.limits !== 'function').map((c) => c.name);
    expect(unlimited, 'commands without limits').toEqual([]);
    for (const command of definedCommands) {
      for (const actor of [{ id: 1 }, null]) {
        const hits = command.spec.limits(sample, actor as never, ctx);
        expect(hits.length, `${command.name}: no rule`).toBeGreaterThan(0);
        for (const { rule } of hits) {
          expect(rule.limit, `${command.name}: ${rule.name}`).toBeGreaterThan(0);
          expect(rule.windowSeconds, `${command.name}: ${rule.name}`).toBeGreaterThan(0);
          const seen = rules.get(rule.name) ?? rule;
          expect(seen, `${command.name}: bucket ${rule.name} has two rules`).toEqual(rule);
          rules.set(rule.name, rule);
        }
      }
    }
  });
});

describe('the message catalogue', () => {
  const catalogues: [string, Catalogue][] = [['core', coreMessages], ...MODULES.filter((m) => m.messages).map((m): [string, Catalogue] => [m.name, m.messages!])];

  it('has every message in both languages, with the same placeholders', () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(7);
    for (const [module, catalogue] of catalogues) {
      for (const [key, message] of Object.entries(catalogue)) {
        expect(message.id.trim(), `${module}.${key} (id)`).not.toBe('');
        expect(message.en.trim(), `${module}.${key} (en)`).not.toBe('');
        expect(message.id, `${module}.${key}: the Indonesian text is a copy of the English`).not.toBe(message.en);
        expect(placeholders(message.id), `${module}.${key}: placeholders differ`).toEqual(placeholders(message.en));
      }
    }
  });
});

describe('row shapes', () => {
  it('match the entities: columns exist, relations are relations, dates are dates, nothing forgotten', async () => {
    const { entities, migrations } = app();
    const orm = await MikroORM.init({ ...ormOptions({ url: 'postgres://unused@127.0.0.1:1/none', entities, migrations }), connect: false });
    try {
      expect(rowShapes.length).toBeGreaterThanOrEqual(5);
      for (const shape of rowShapes) {
        const meta = orm.getMetadata().get(shape.entity.name);
        const label = `${shape.entity.name} (${shape.alias})`;
        const read = new Set<string>();
        for (const [column, spec] of Object.entries(shape.columns)) {
          const prop = typeof spec === 'string' ? spec : spec.prop;
          read.add(prop);
          const p = meta.properties[prop as never] as { fieldNames: string[]; kind: string; type: string; runtimeType: string; targetMeta?: { primaryKeys: string[] } } | undefined;
          expect(p, `${label}: no property ${prop}`).toBeDefined();
          expect(p!.fieldNames[0], `${label}.${prop}: column`).toBe(column);
          const kind = typeof spec === 'string' ? 'value' : spec.as;
          if (kind === 'ref') {
            // A one-to-one the entity owns holds the key in its row like a many-to-one.
            expect(['m:1', '1:1'], `${label}.${prop}: not a relation`).toContain(p!.kind);
            expect(p!.targetMeta?.primaryKeys, `${label}.${prop}: key`).toEqual([(spec as { key: string }).key]);
          } else {
            expect(p!.kind, `${label}.${prop}: a relation read as a value`).toBe('scalar');
          }
          if (kind === 'date') expect(p!.runtimeType, `${label}.${prop}: not a date`).toBe('Date');
          if (kind === 'value') expect(p!.runtimeType, `${label}.${prop}: a date read without date()`).not.toBe('Date');
        }
        const persisted = Object.values(meta.properties).filter((p) => p.persist !== false && (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)));
        for (const p of persisted) {
          if (read.has(p.name) || shape.omit.includes(p.name)) continue;
          throw new Error(`${label}: property ${p.name} is neither read nor omitted`);
        }
      }
    } finally {
      await orm.close();
    }
  });
});
