/**
 * "Ni sa – vi gör" beside a round's results: the actions recorded for each unit are published with the snapshot,
 * and the actions of the round before are carried into the next round's results with what has been done since
 * ("Förra året sa ni … Vi har …"). The snapshot itself is never changed: this returns a new one.
 */
import type { ResultAction, ResultRound, RoundSnapshot } from '@svara/schema';

/** Actions per unit id (`null`: the whole survey). */
export type ActionsByUnit = ReadonlyMap<string | null, readonly ResultAction[]>;

export function withActions(
  snapshot: RoundSnapshot,
  actions: ActionsByUnit,
  previous?: { round: ResultRound; actions: ActionsByUnit },
): RoundSnapshot {
  return {
    ...snapshot,
    results: snapshot.results.map((result) => {
      const unit = result.unit ? result.unit.id : null;
      const mine = actions.get(unit) ?? [];
      const before = previous?.actions.get(unit) ?? [];
      return {
        ...result,
        ...(mine.length ? { actions: [...mine] } : {}),
        ...(before.length && previous
          ? { previousActions: { round: previous.round, actions: [...before] } }
          : {}),
      };
    }),
  };
}
