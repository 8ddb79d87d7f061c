import { Collection, Entity, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SpbeDomain, SpbeAspect, SpbeIndicator } from './structure.entity.js';

@ObjectType({ description: 'One maturity level of a framework, e.g. 1 Rintisan', simpleResolvers: true })
export class FrameworkLevel {
  @Field(() => Int) level: number;
  @Field() name: string;
}

@ObjectType({ description: 'A predicate band: an index at or above minScore earns this name', simpleResolvers: true })
export class PredicateBand {
  @Field() name: string;
  @Field(() => Float) minScore: number;
}

/**
 * A versioned evaluation framework (SPBE 2020, Indeks Pemdi 2025, ...). Everything that
 * differs between versions is data in these tables, never code.
 */
@ObjectType({ description: 'A versioned e-government evaluation framework', simpleResolvers: true })
@Entity({ tableName: 'spbe_framework' })
export class SpbeFramework {
  [OptionalProps]?: 'createdAt' | 'isDraft';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @Field({ description: 'Stable code such as SPBE-2020' })
  @Property({ type: 'text', unique: true })
  code: string;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  minLevel: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  maxLevel: number;

  @Field(() => [FrameworkLevel])
  @Property({ type: 'jsonb' })
  levels: FrameworkLevel[];

  @Field(() => [PredicateBand], { description: 'Bands from the highest minScore down' })
  @Property({ type: 'jsonb' })
  predicates: PredicateBand[];

  @Field({ description: 'A draft framework has no complete indicator set yet and cannot be assessed' })
  @Property({ default: false })
  isDraft: boolean = false;

  @OneToMany(() => SpbeDomain, (d) => d.framework, { orderBy: { number: 'asc' } })
  domains = new Collection<SpbeDomain>(this);

  @OneToMany(() => SpbeAspect, (a) => a.framework, { orderBy: { number: 'asc' } })
  aspects = new Collection<SpbeAspect>(this);

  @OneToMany(() => SpbeIndicator, (i) => i.framework, { orderBy: { number: 'asc' } })
  indicators = new Collection<SpbeIndicator>(this);

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
