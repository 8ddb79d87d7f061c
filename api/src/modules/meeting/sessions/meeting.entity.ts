import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../user/index.js';

@ObjectType({ description: 'An agenda item of a meeting', simpleResolvers: true })
export class AgendaItem {
  @Field() title: string;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
}

/** A coordination meeting (rapat koordinasi) with its agenda; live Q&A runs in its sessions. */
@ObjectType({ description: 'A coordination meeting', simpleResolvers: true })
@Entity({ tableName: 'meeting' })
export class Meeting {
  [OptionalProps]?: 'createdAt' | 'description' | 'cohortSlug' | 'regionCodes' | 'agenda';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @Field()
  @Property({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Property({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'Organising body, e.g. Kemendagri' })
  @Property({ type: 'text' })
  organiser: string;

  @Field(() => String, { nullable: true, description: 'Participating cohort (slug)' })
  @Property({ type: 'text', nullable: true })
  cohortSlug: string | null = null;

  @Field(() => [String], { description: 'Participating regions, when not a whole cohort' })
  @Property({ type: 'text[]', default: '{}' })
  regionCodes: string[] = [];

  @Field(() => [AgendaItem])
  @Property({ type: 'jsonb', default: '[]' })
  agenda: AgendaItem[] = [];

  @ManyToOne(() => User, { ref: true })
  createdBy: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
