package org.grassroots.assessment;

import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;

/**
 * Bands by rank or percentile within a peer group (组内排名分档): {@link #prepare} ranks every group
 * once per run and keeps each unit's place, band and points in the {@link RunState}; scoring then
 * reads them.
 */
final class PeerGroupColumn extends ScoringColumn {
  private final ScoringMethod.PeerGroupBands m;
  private final int index;
  private final int slot;
  private final int secondSlot;

  PeerGroupColumn(ScoringMethod.PeerGroupBands m, int index, int slot, int secondSlot) {
    this.m = m;
    this.index = index;
    this.slot = slot;
    this.secondSlot = secondSlot;
  }

  void prepare(RunState st) {
    int n = st.tree.size();
    long[] keys = st.in[slot];
    long[] second = secondSlot >= 0 ? st.in[secondSlot] : null;
    GroupOrder groups = st.groupOrder(m.groupKind());
    int[] order = groups.order();
    int[] starts = groups.starts();
    long[] points = new long[n];
    int[] place = new int[n];
    int[] band = new int[n];
    int[] size = new int[n];
    long[] scratch = new long[2 * Ranking.COUNTED_GROUP_MAX];
    int[][] bandBySize = new int[groups.largest() + 1][]; // the bands depend on the group size only
    long[] bandPoints = new long[m.bands().size() + 1]; // the points of band b at b + 1, otherwise at 0
    bandPoints[0] = m.otherwise();
    for (int k = 0; k < m.bands().size(); k++) {
      bandPoints[k + 1] = m.bands().get(k).points();
    }
    for (int g = 0; g < groups.groups(); g++) {
      int from = starts[g];
      int to = starts[g + 1];
      Ranking.placeGroup(st.tree, order, from, to, keys, m.higherIsBetter(), m.tieBreak(), second, place, scratch);
      int groupSize = to - from;
      int[] bandOfPlace = bandBySize[groupSize];
      if (bandOfPlace == null) {
        bandOfPlace = bandOfPlace(groupSize);
        bandBySize[groupSize] = bandOfPlace;
      }
      for (int i = from; i < to; i++) {
        int pos = order[i];
        int b = bandOfPlace[place[pos]];
        band[pos] = b;
        size[pos] = groupSize;
        points[pos] = bandPoints[b + 1];
      }
    }
    st.peerPoints[index] = points;
    st.peerPlace[index] = place;
    st.peerBand[index] = band;
    st.peerGroupSize[index] = size;
  }

  /**
   * The band (0-based, -1 for none) of every place 1..{@code groupSize} in a group of that size
   * (index 0 unused): the first band whose cumulative share of places (or count) reaches it.
   */
  private int[] bandOfPlace(int groupSize) {
    long[] cumulative = new long[m.bands().size()];
    long cumShare = 0;
    for (int k = 0; k < cumulative.length; k++) {
      cumShare += m.bands().get(k).share();
      cumulative[k] = m.basis() == ScoringMethod.Basis.PERCENTILE
          ? m.groupSizeRounding().divide(Math.multiplyExact(cumShare, (long) groupSize), Fixed.ONE)
          : Rounding.DOWN.divide(cumShare, Fixed.ONE);
    }
    int[] bandOf = new int[groupSize + 1];
    for (int pl = 1; pl <= groupSize; pl++) {
      int b = -1;
      for (int k = 0; k < cumulative.length; k++) {
        if (pl <= cumulative[k]) {
          b = k;
          break;
        }
      }
      bandOf[pl] = b;
    }
    return bandOf;
  }

  @Override
  void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
    long[] points = st.peerPoints[index];
    for (int pos : subjects) {
      out[pos] = points[pos];
    }
  }

  @Override
  long score(long x, int pos, RunState st, Trace t) {
    long p = st.peerPoints[index][pos];
    if (t.on()) {
      int b = st.peerBand[index][pos];
      int[] group = st.groupOf(m.groupKind());
      String groupName = group[pos] < 0 ? "-" : st.tree.id(group[pos]).value();
      t.fact(b < 0 ? "assessment.trace.peerNone" : "assessment.trace.peer", x, groupName,
          st.peerPlace[index][pos], st.peerGroupSize[index][pos], m.tieBreak().mode(),
          b < 0 ? "" : Integer.toString(b + 1), p,
          b < 0 || m.bands().get(b).label().isEmpty() ? "" : " " + m.bands().get(b).label());
    }
    return p;
  }
}
