import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, type Ref, PrimaryKeyProp } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Province } from './province.entity.js';
import { Cohort } from './cohort.entity.js';

export enum RegionKind {
  KABUPATEN = 'KABUPATEN',
  KOTA = 'KOTA',
}
registerEnumType(RegionKind, { name: 'RegionKind', description: 'Kabupaten (regency) or kota (city)' });

/** A kabupaten/kota, keyed by its Kemendagri code such as `32.11`. */
@ObjectType({ description: 'A kabupaten or kota (regency or city)', simpleResolvers: true })
@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'Kemendagri code, e.g. 32.11 for Kabupaten Sumedang' })
  @PrimaryKey({ type: 'text' })
  code: string;

  @Field()
  @Property({ type: 'text' })
  @Index({ name: 'region_name_trgm', expression: 'create index "region_name_trgm" on "region" using gin (lower("name") gin_trgm_ops)' })
  name: string;

  @Field(() => RegionKind)
  @Enum({ items: () => RegionKind, nativeEnumName: 'region_kind' })
  kind: RegionKind;

  @ManyToOne(() => Province, { ref: true, fieldName: 'province_code' })
  @Index()
  province: Ref<Province>;

  @ManyToMany(() => Cohort, (c) => c.members)
  cohorts = new Collection<Cohort>(this);
}

export function regionKindFromName(name: string): RegionKind {
  return /^kota\b/i.test(name.trim()) ? RegionKind.KOTA : RegionKind.KABUPATEN;
}
