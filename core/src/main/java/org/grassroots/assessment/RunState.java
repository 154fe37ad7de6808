package org.grassroots.assessment;

import java.util.HashMap;
import java.util.Map;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;

/**
 * The state of one evaluation run (一次评估的运行状态): the snapshot, the assessed positions, the
 * input column of every slot and the group-level outcomes of peer-group bands. Built by the column
 * run and kept by the {@link Assessment} so that an explanation reads the same inputs.
 */
final class RunState {
  final TreeSnapshot tree;
  final int[] subjects;
  final long[][] in;
  /** The assessed period; per slot of an input measured per month or quarter, its column per sub-period (else null). */
  final org.grassroots.rules.Period period;
  final long[][][] sub;
  final long[][] peerPoints;
  final int[][] peerPlace;
  final int[][] peerBand;
  final int[][] peerGroupSize;
  private final Map<OrgKind, int[]> groups = new HashMap<>();
  private final Map<OrgKind, GroupOrder> groupOrders = new HashMap<>();
  private RollUpShape rollUpShape;
  private Span span;
  private boolean spanKnown;

  RunState(TreeSnapshot tree, int[] subjects, long[][] in, int peerCount) {
    this(tree, subjects, in, peerCount, null, new long[in.length][][]);
  }

  RunState(TreeSnapshot tree, int[] subjects, long[][] in, int peerCount, org.grassroots.rules.Period period,
      long[][][] sub) {
    this.tree = tree;
    this.subjects = subjects;
    this.in = in;
    this.period = period;
    this.sub = sub;
    peerPoints = new long[peerCount][];
    peerPlace = new int[peerCount][];
    peerBand = new int[peerCount][];
    peerGroupSize = new int[peerCount][];
  }

  /** For each subject position, the position of its nearest ancestor of {@code kind}, or -1. */
  synchronized int[] groupOf(OrgKind kind) {
    return groups.computeIfAbsent(kind, k -> {
      int[] g = new int[tree.size()];
      for (int pos : subjects) {
        int a = tree.parent(pos);
        while (a >= 0 && !tree.kind(a).equals(k)) {
          a = tree.parent(a);
        }
        g[pos] = a;
      }
      return g;
    });
  }

  /** The subjects grouped by their nearest ancestor of {@code kind}, worked out once per run. */
  synchronized GroupOrder groupOrder(OrgKind kind) {
    GroupOrder g = groupOrders.get(kind);
    if (g == null) {
      g = GroupOrder.of(subjects, groupOf(kind), tree.size());
      groupOrders.put(kind, g);
    }
    return g;
  }

  /** The subjects as one {@link Span} with few gaps, or null when they are not; worked out once per run. */
  synchronized Span span() {
    if (!spanKnown) {
      span = Span.of(subjects);
      spanKnown = true;
    }
    return span;
  }

  /** Where the roll-ups of the assessed units have something to add up, worked out once per run. */
  synchronized RollUpShape rollUpShape() {
    if (rollUpShape == null) {
      rollUpShape = RollUpShape.of(tree, subjects);
    }
    return rollUpShape;
  }
}
