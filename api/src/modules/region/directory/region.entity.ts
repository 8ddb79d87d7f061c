import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, type Ref, PrimaryKeyProp } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Province } from './province.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';

export enum RegionKind {
  KABUPATEN = 'KABUPATEN',
  KOTA = 'KOTA',
}
registerEnumType(RegionKind, { name: 'RegionKind', description: 'Kabupaten (regency) or kota (city)' });

/** A kabupaten/kota, keyed by its Kemendagri code such as `32.11`. GraphQL sees it as RegionView. */
@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code: string;

  @Property({ type: 'text' })
  @Index({ name: 'region_name_trgm', expression: 'create index "region_name_trgm" on "region" using gin (lower("name") gin_trgm_ops)' })
  name: string;

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
