package org.grassroots.boards;

import org.grassroots.workflow.StatusMachine;

/** The status of a hard task on the recruitment board (招贤榜项目状态). */
public enum TaskStatus {
  /** Published, open for sign-ups (张榜征集). */
  OPEN,
  /** A leader was chosen among the sign-ups (确定领头人 / 揭榜). */
  LEADER_CHOSEN,
  /** The task was accomplished (攻坚完成). */
  ACCOMPLISHED,
  /** The task was not accomplished (未完成). */
  FAILED,
  /** Withdrawn before a leader was chosen (撤榜). */
  WITHDRAWN;

  /** The declared transitions; ACCOMPLISHED, FAILED and WITHDRAWN are final. */
  public static final StatusMachine<TaskStatus> MACHINE =
      StatusMachine.<TaskStatus>named("hardTask")
          .allow(OPEN, LEADER_CHOSEN, WITHDRAWN)
          .allow(LEADER_CHOSEN, ACCOMPLISHED, FAILED)
          .build();
}
