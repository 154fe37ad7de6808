package org.grassroots.assessment;

/** A stable merge sort of {@code int} positions by a comparator, without boxing. */
final class IntSort {
  private IntSort() {}

  /** Compares two positions. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  /** Sorts {@code a[from, to)} stably. */
  static void sort(int[] a, int from, int to, IntComparator c) {
    if (to - from < 2) {
      return;
    }
    int[] tmp = new int[to - from];
    sort(a, tmp, from, to, c);
  }

  private static void sort(int[] a, int[] tmp, int from, int to, IntComparator c) {
    int n = to - from;
    if (n < 16) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && c.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, tmp, from, mid, c);
    sort(a, tmp, mid, to, c);
    if (c.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    int i = from;
    int j = mid;
    int k = 0;
    while (i < mid && j < to) {
      tmp[k++] = c.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
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
