package org.grassroots.spi;

/**
 * A batch call failed at one item (批量失败). Batches are atomic: nothing of the batch was written.
 * {@link #index()} is the position of the first failing item and {@link #getCause()} its failure.
 */
public class BatchFailedException extends StorageException {
  private static final long serialVersionUID = 1L;

  private final int index;

  public BatchFailedException(int index, StorageException cause) {
    super("storage.batchFailed", new Object[] {index, cause.getMessage()}, cause);
    this.index = index;
  }

  /**
   * A single write as a batch of one (单条即一批): the batch's one result, or its item's own
   * failure (not wrapped in a batch failure). The stores' single-item methods default to this.
   */
  public static <T> T single(java.util.function.Supplier<java.util.List<T>> batchOfOne) {
    try {
      return batchOfOne.get().get(0);
    } catch (BatchFailedException e) {
      throw e.getCause();
    }
  }

  /** The position (0-based) of the item that failed. */
  public int index() {
    return index;
  }

  @Override
  public synchronized StorageException getCause() {
    return (StorageException) super.getCause();
  }
}
