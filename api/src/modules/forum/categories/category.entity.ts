import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A forum category: one per SPBE domain, plus "Umum" and "Studi Tiru"; admins manage them. */
@ObjectType({ description: 'A forum category', simpleResolvers: true })
@Entity({ tableName: 'forum_category' })
export class Category {
  [OptionalProps]?: 'createdAt' | 'description' | 'position' | 'spbeDomainNumber' | 'color';

  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id: number;

  @Field()
  @Property({ type: 'text', unique: true })
  slug: string;

  @Field()
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 0 })
  position: number = 0;

  @Field(() => Int, { nullable: true, description: 'The SPBE 2020 domain this category is about, if any' })
  @Property({ type: 'smallint', nullable: true })
  spbeDomainNumber: number | null = null;

  @Field({ description: 'CSS colour for the category badge' })
  @Property({ type: 'text', default: '#64748b' })
  color: string = '#64748b';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
