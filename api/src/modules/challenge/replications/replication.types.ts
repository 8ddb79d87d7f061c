import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RegionView } from '../../region/index.js';
import { Replication, ReplicationStatus } from './replication.entity.js';

// Lengths, dates and moves are checked by the commands (REPLICATION_LIMITS, replication.rules.ts), with messages in both languages.

@InputType()
export class ReplicateSolutionInput {
  @Field(() => ID, { description: 'The solution at the root of the lineage' }) solutionId: string;
  @Field(() => ID, { nullable: true, description: "Another region's replication of it that this one copies (its adaptation); left out to copy the solution itself" })
  parentReplicationId?: string | null;
  @Field(() => String, { nullable: true, description: 'The replicating region; a region admin gives their own or nothing, staff name it' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'What the region adapts (markdown)' }) adaptationMarkdown?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears a date, the adaptation or the outcome' })
export class UpdateReplicationInput {
  @Field(() => ID) replicationId: string;
  @Field(() => ReplicationStatus, { nullable: true, description: 'PLANNED → IN_PROGRESS → DONE; ABANDONED from any, with a reason' }) status?: ReplicationStatus | null;
  @Field(() => String, { nullable: true, description: 'Why it was abandoned; required when abandoning' }) statusReason?: string | null;
  @Field(() => String, { nullable: true }) startsOn?: string | null;
  @Field(() => String, { nullable: true }) endsOn?: string | null;
  @Field(() => String, { nullable: true }) adaptationMarkdown?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
}

@ObjectType({ description: "One indicator's level in a region before and after a solution was tried there, from its assessments", simpleResolvers: true })
export class IndicatorLevels {
  @Field() frameworkCode: string;
  @Field(() => Int) number: number;
  @Field() name: string;
  @Field(() => Int, { nullable: true, description: 'In the latest complete assessment of a year before it started' }) before: number | null;
  @Field(() => Int, { nullable: true }) beforeYear: number | null;
  @Field(() => Int, { nullable: true, description: 'In the latest complete assessment of the year it ended (or started, while under way) or later' }) after: number | null;
  @Field(() => Int, { nullable: true }) afterYear: number | null;
  @Field(() => Int, { nullable: true, description: 'after - before, when both are known' }) change: number | null;
}

@ObjectType({ description: 'A node of a lineage tree: the solution at its root (depth 0) or a replication', simpleResolvers: true })
export class LineageNode {
  @Field(() => ID, { description: 'solution-<id> for the root, replication-<id> for the others' }) id: string;
  @Field(() => ID, { nullable: true, description: 'The node this one copies; null for the root' }) parentId: string | null;
  @Field(() => Int) depth: number;
  @Field(() => RegionView, { nullable: true }) region: RegionView | null;
  @Field(() => Replication, { nullable: true, description: 'Null for the root' }) replication: Replication | null;
  @Field(() => [IndicatorLevels], { description: "The solution's indicators in this region" }) levels: IndicatorLevels[];
}

@ObjectType({ description: 'How one indicator moved across the finished replications of a lineage', simpleResolvers: true })
export class LineageIndicator {
  @Field() frameworkCode: string;
  @Field(() => Int) number: number;
  @Field() name: string;
  @Field(() => Float, { nullable: true, description: 'Average level change over the DONE replications with levels before and after (2 decimals); null when none has both' })
  averageChange: number | null;
  @Field(() => Int, { description: 'DONE replications the average is over' }) measured: number;
}

@ObjectType({ description: "A solution's lineage (studi tiru): the whole tree as a flat list, root first then depth first, with its summary", simpleResolvers: true })
export class SolutionLineage {
  @Field(() => [LineageNode]) nodes: LineageNode[];
  @Field(() => Int, { description: 'Regions replicating it anywhere in the tree, abandoned ones left out ("ditiru oleh 4 daerah")' }) replicatingRegions: number;
  @Field(() => Int, { description: 'Replications DONE' }) done: number;
  @Field(() => [LineageIndicator], { description: "Per indicator the solution targets, the level change it brought (e.g. indicator 20: +1.3)" }) indicators: LineageIndicator[];
}
