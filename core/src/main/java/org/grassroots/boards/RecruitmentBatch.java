package org.grassroots.boards;

import org.grassroots.input.Check;
import java.time.LocalDate;

/**
 * A batch of the recruitment board (招贤榜批次): hard tasks published together.
 *
 * @param id the batch's id
 * @param published the day it was published
 * @param title its title
 */
public record RecruitmentBatch(BatchId id, LocalDate published, String title) {
  public RecruitmentBatch {
    Check.notNull("recruitmentBatch.id", id);
    Check.notNull("recruitmentBatch.published", published);
    title = Check.notBlank("recruitmentBatch.title", title);
    Check.maxLength("recruitmentBatch.title", title, 200);
  }
}
