package org.grassroots.boards;

import org.grassroots.input.Identifiers;

/** Typed id of a hard task on the recruitment board (攻坚项目标识); unique within its district. */
public record TaskId(String value) implements Comparable<TaskId> {
  public TaskId {
    Identifiers.check("taskId", value);
  }

  public static TaskId of(String value) {
    return new TaskId(value);
  }

  @Override
  public int compareTo(TaskId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
