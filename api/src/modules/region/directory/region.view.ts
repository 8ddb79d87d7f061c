import { Field, ID, ObjectType } from 'type-graphql';
import { Province } from './province.entity.js';
import { RegionKind } from './region.entity.js';

/**
 * The GraphQL `Region`: a row of region joined with its province, read with plain SQL. It is
 * a view rather than the entity because the busiest page (the directory) lists 50 at a time,
 * and resolving the province per row, or hydrating entities, was most of its cost.
 */
@ObjectType('Region', { description: 'A kabupaten or kota (regency or city)', simpleResolvers: true })
export class RegionView {
  @Field(() => ID, { description: 'Kemendagri code, e.g. 32.11 for Kabupaten Sumedang' }) code: string;
  @Field() name: string;
  @Field(() => RegionKind) kind: RegionKind;
  @Field(() => Province) province: { code: string; name: string };
}
