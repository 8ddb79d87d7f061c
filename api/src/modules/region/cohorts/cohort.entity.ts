import { Collection, Entity, ManyToMany, OptionalProps, PrimaryKey, Property, PrimaryKeyProp } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Region } from '../directory/region.entity.js';

/** A named group of regions, such as the 62 pilot regions of the living lab. */
@ObjectType({ description: 'A named group of regions', simpleResolvers: true })
@Entity({ tableName: 'cohort' })
export class Cohort {
  [PrimaryKeyProp]?: 'slug';

  [OptionalProps]?: 'createdAt' | 'description';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  slug: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field({ nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @ManyToMany(() => Region, (r) => r.cohorts, { owner: true, pivotTable: 'cohort_member', joinColumn: 'cohort_slug', inverseJoinColumn: 'region_code' })
  members = new Collection<Region>(this);

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
