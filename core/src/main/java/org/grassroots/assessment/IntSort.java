package org.grassroots.assessment;

/**
 * A stable merge sort of {@code int} positions by a primitive key, then a comparator for equal
 * keys, without boxing. The key is compared inline: rankings and quota cuts sort hundreds of
 * thousands of positions whose keys are mostly distinct, and only ties reach the comparator.
 */
final class IntSort {
  private IntSort() {}

  /** Compares two positions whose keys are equal. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  /**
   * Sorts {@code a[from, to)} stably by {@code key[position]} (highest first when {@code
   * higherFirst}), positions with equal keys by {@code tie}.
   */
  static void sort(int[] a, int from, int to, long[] key, boolean higherFirst, IntComparator tie) {
    if (to - from < 2) {
      return;
    }
    new IntSort.Run(key, higherFirst, tie, new int[to - from]).sort(a, from, to);
  }

  /** One sort: the key, its direction, the tie-break and the merge buffer. */
  private record Run(long[] key, boolean higherFirst, IntComparator tie, int[] tmp) {
    int compare(int x, int y) {
      int c = higherFirst ? Long.compare(key[y], key[x]) : Long.compare(key[x], key[y]);
      return c != 0 ? c : tie.compare(x, y);
    }

    void sort(int[] a, int from, int to) {
      int n = to - from;
      if (n < 16) {
        for (int i = from + 1; i < to; i++) {
          int v = a[i];
          int j = i - 1;
          while (j >= from && compare(a[j], v) > 0) {
            a[j + 1] = a[j];
            j--;
          }
          a[j + 1] = v;
        }
        return;
      }
      int mid = (from + to) >>> 1;
      sort(a, from, mid);
      sort(a, mid, to);
      if (compare(a[mid - 1], a[mid]) <= 0) {
        return;
      }
      int i = from;
      int j = mid;
      int k = 0;
      while (i < mid && j < to) {
        tmp[k++] = compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
      }
      while (i < mid) {
        tmp[k++] = a[i++];
      }
      while (j < to) {
        tmp[k++] = a[j++];
      }
      System.arraycopy(tmp, 0, a, from, k);
    }
  }
}
