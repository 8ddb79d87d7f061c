import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SpbeFramework } from './framework.entity.js';

@ObjectType({ description: 'A domain of a framework (SPBE 2020 has 4)', simpleResolvers: true })
@Entity({ tableName: 'spbe_domain' })
@Unique({ properties: ['framework', 'number'] })
export class SpbeDomain {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => SpbeFramework, { ref: true, deleteRule: 'cascade' })
  framework: Ref<SpbeFramework>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  number: number;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 7, scale: 3, runtimeType: 'number' })
  weightPercent: number;

  @OneToMany(() => SpbeAspect, (a) => a.domain, { orderBy: { number: 'asc' } })
  aspects = new Collection<SpbeAspect>(this);
}

/** An aspect; frameworks without domains (Indeks Pemdi 2025) hang aspects off the framework directly. */
@ObjectType({ description: 'An aspect of a framework (SPBE 2020 has 8)', simpleResolvers: true })
@Entity({ tableName: 'spbe_aspect' })
@Unique({ properties: ['framework', 'number'] })
export class SpbeAspect {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => SpbeFramework, { ref: true, deleteRule: 'cascade' })
  framework: Ref<SpbeFramework>;

  @ManyToOne(() => SpbeDomain, { ref: true, nullable: true, deleteRule: 'cascade' })
  domain?: Ref<SpbeDomain>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  number: number;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => Float)
  @Property({ type: 'decimal', precision: 7, scale: 3, runtimeType: 'number' })
  weightPercent: number;

  @OneToMany(() => SpbeIndicator, (i) => i.aspect, { orderBy: { number: 'asc' } })
  indicators = new Collection<SpbeIndicator>(this);
}

@ObjectType({ description: 'An indicator, assessed on the framework level scale', simpleResolvers: true })
@Entity({ tableName: 'spbe_indicator' })
@Unique({ properties: ['framework', 'number'] })
export class SpbeIndicator {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @ManyToOne(() => SpbeFramework, { ref: true, deleteRule: 'cascade' })
  framework: Ref<SpbeFramework>;

  @ManyToOne(() => SpbeAspect, { ref: true, deleteRule: 'cascade' })
  aspect: Ref<SpbeAspect>;

  @Field(() => Int, { description: 'Number within the framework, 1..47 for SPBE 2020' })
  @Property({ type: 'smallint' })
  number: number;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => Float, { description: 'Weight in percent of the whole index' })
  @Property({ type: 'decimal', precision: 7, scale: 3, runtimeType: 'number' })
  weightPercent: number;
}
