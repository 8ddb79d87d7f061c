import { Entity, PrimaryKey, Property, PrimaryKeyProp } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A province (provinsi)', simpleResolvers: true })
@Entity({ tableName: 'province' })
export class Province {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'Kemendagri code, e.g. 32 for Jawa Barat' })
  @PrimaryKey({ type: 'text' })
  code: string;

  @Field()
  @Property({ type: 'text' })
  name: string;
}
