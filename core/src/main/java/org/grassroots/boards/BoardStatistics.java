package org.grassroots.boards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.grassroots.input.Check;

/**
 * What the boards amount to since a day (榜单成效统计), computed from the records, as 杏林 reports
 * them: recruitment batches and projects, sign-ups (人次), people and entries (人次) on the advanced
 * board, promotions (人次).
 *
 * @param batches recruitment batches published since the day
 * @param projects hard tasks in those batches
 * @param signUps sign-ups to those tasks, a cadre counted once per task
 * @param advancedPeople distinct cadres with an advanced-board entry in a period starting on or after
 *     the day
 * @param advancedEntries those entries
 * @param promotions promotions on or after the day
 */
public record BoardStatistics(
    long batches, long projects, long signUps, long advancedPeople, long advancedEntries,
    long promotions) {

  /** Counts the records on or after {@code since}; tasks of batches outside are not counted. */
  public static BoardStatistics since(
      LocalDate since, Collection<RecruitmentBatch> batches, Collection<HardTask> tasks,
      Collection<BoardEntry> entries, Collection<Promotion> promotions) {
    Check.notNull("since", since);
    Check.notNull("batches", batches);
    Check.notNull("tasks", tasks);
    Check.notNull("entries", entries);
    Check.notNull("promotions", promotions);
    Set<BatchId> counted = new HashSet<>();
    for (RecruitmentBatch b : batches) {
      if (!b.published().isBefore(since)) {
        Check.that(counted.add(b.id()), "boards.duplicateBatch", "batches", b.id());
      }
    }
    Set<BatchId> known = new HashSet<>();
    batches.forEach(b -> known.add(b.id()));
    long projects = 0;
    long signUps = 0;
    for (HardTask t : tasks) {
      Check.that(known.contains(t.batch()), "boards.unknownBatch", "tasks", t.id(), t.batch());
      if (counted.contains(t.batch())) {
        projects++;
        signUps += t.signUps().size();
      }
    }
    Set<CadreId> people = new HashSet<>();
    long advanced = 0;
    for (BoardEntry e : entries) {
      if (e.kind() == BoardKind.ADVANCED && !e.period().start().isBefore(since)) {
        people.add(e.cadre());
        advanced++;
      }
    }
    long promoted = promotions.stream().filter(p -> !p.on().isBefore(since)).count();
    return new BoardStatistics(counted.size(), projects, signUps, people.size(), advanced, promoted);
  }
}
