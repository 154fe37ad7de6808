package org.grassroots.boards;

import org.grassroots.input.Identifiers;

/** Typed id of a recruitment batch (招贤榜批次标识); unique within its district. */
public record BatchId(String value) implements Comparable<BatchId> {
  public BatchId {
    Identifiers.check("batchId", value);
  }

  public static BatchId of(String value) {
    return new BatchId(value);
  }

  @Override
  public int compareTo(BatchId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
