package org.grassroots.boards;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.input.Check;

/**
 * A hard task on the recruitment board (招贤榜攻坚项目): published in a batch, cadres sign up, a
 * leader is chosen among them, and the outcome is recorded. Each step checks the declared {@link
 * TaskStatus#MACHINE} and returns a new task; a refused step changes nothing.
 *
 * @param id the task's id
 * @param batch the batch it was published in
 * @param title what the task is
 * @param status the status
 * @param signUps the cadres who signed up, in order, each once (报名)
 * @param leader the leader chosen among them (领头人); present from LEADER_CHOSEN on
 * @param settled the day the leader was chosen, the task withdrawn, or the outcome recorded last
 */
public record HardTask(
    TaskId id, BatchId batch, String title, TaskStatus status, ImmutableList<CadreId> signUps,
    Optional<CadreId> leader, Optional<LocalDate> settled) {
  public HardTask {
    Check.notNull("hardTask.id", id);
    Check.notNull("hardTask.batch", batch);
    title = Check.notBlank("hardTask.title", title);
    Check.maxLength("hardTask.title", title, 200);
    Check.notNull("hardTask.status", status);
    Check.notNull("hardTask.signUps", signUps);
    Check.notNull("hardTask.leader", leader);
    Check.notNull("hardTask.settled", settled);
    Check.that(
        signUps.stream().distinct().count() == signUps.size(), "boards.duplicateSignUp",
        "hardTask.signUps", signUps);
    boolean led = status == TaskStatus.LEADER_CHOSEN || status == TaskStatus.ACCOMPLISHED
        || status == TaskStatus.FAILED;
    Check.that(
        leader.isPresent() == led, "boards.leaderWithStatus", "hardTask.leader",
        leader.map(CadreId::value).orElse("-"), status);
    leader.ifPresent(l -> Check.that(
        signUps.contains(l), "boards.leaderNotSignedUp", "hardTask.leader", l));
    Check.that(
        settled.isPresent() == (status != TaskStatus.OPEN), "boards.settledWithStatus",
        "hardTask.settled", settled.map(LocalDate::toString).orElse("-"), status);
  }

  /** A task published open for sign-ups. */
  public static HardTask publish(TaskId id, BatchId batch, String title) {
    return new HardTask(id, batch, title, TaskStatus.OPEN, ImmutableList.of(), Optional.empty(),
        Optional.empty());
  }

  /** {@code cadre} signs up; only while OPEN, once. */
  public HardTask signUp(CadreId cadre) {
    Check.notNull("cadre", cadre);
    Check.that(status == TaskStatus.OPEN, "boards.signUpClosed", "hardTask.status", status, id);
    Check.that(!signUps.contains(cadre), "boards.duplicateSignUp", "cadre", cadre);
    return new HardTask(id, batch, title, status,
        ImmutableList.<CadreId>builder().addAll(signUps).add(cadre).build(), leader, settled);
  }

  /** Chooses {@code cadre}, who must have signed up, as leader on {@code day} (确定领头人). */
  public HardTask chooseLeader(CadreId cadre, LocalDate day) {
    Check.notNull("cadre", cadre);
    Check.notNull("day", day);
    TaskStatus.MACHINE.check("hardTask.status", status, TaskStatus.LEADER_CHOSEN);
    Check.that(signUps.contains(cadre), "boards.leaderNotSignedUp", "cadre", cadre);
    return new HardTask(id, batch, title, TaskStatus.LEADER_CHOSEN, signUps, Optional.of(cadre),
        Optional.of(day));
  }

  /** Records the outcome on {@code day}: accomplished or failed. */
  public HardTask recordOutcome(boolean accomplished, LocalDate day) {
    return move(accomplished ? TaskStatus.ACCOMPLISHED : TaskStatus.FAILED, day);
  }

  /** Withdraws the task on {@code day} (撤榜); only before a leader is chosen. */
  public HardTask withdraw(LocalDate day) {
    return move(TaskStatus.WITHDRAWN, day);
  }

  private HardTask move(TaskStatus to, LocalDate day) {
    Check.notNull("day", day);
    TaskStatus.MACHINE.check("hardTask.status", status, to);
    settled.ifPresent(s -> Check.that(!day.isBefore(s), "input.dateOrder", "day", day, s));
    return new HardTask(id, batch, title, to, signUps, leader, Optional.of(day));
  }
}
