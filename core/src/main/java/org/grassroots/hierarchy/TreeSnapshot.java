package org.grassroots.hierarchy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * An immutable snapshot of a forest of units laid out in arrays for computation (组织树快照). Units
 * are numbered in pre-order (parent before children, siblings by id), so
 *
 * <ul>
 *   <li>the subtree of {@code i} is the contiguous range {@code [i, subtreeEnd(i))};
 *   <li>"is {@code x} under {@code y}" is two comparisons;
 *   <li>a roll-up to every ancestor is one pass in reverse pre-order.
 * </ul>
 */
public final class TreeSnapshot {
  private final OrgUnitId[] ids;
  private final OrgKind[] kinds;
  private final int[] parent;
  private final int[] depth;
  private final int[] end;
  /** Each id's position in the builder's input, and each input position's place in pre-order. */
  private final Map<OrgUnitId, Integer> inputIndex;
  private final int[] positionOfInput;

  private TreeSnapshot(OrgUnitId[] ids, OrgKind[] kinds, int[] parent, int[] depth, int[] end,
      Map<OrgUnitId, Integer> inputIndex, int[] positionOfInput) {
    this.ids = ids;
    this.kinds = kinds;
    this.parent = parent;
    this.depth = depth;
    this.end = end;
    this.inputIndex = inputIndex; // the builder's own map, not rebuilt for the pre-order
    this.positionOfInput = positionOfInput;
  }

  /**
   * A snapshot of {@code units}. A unit whose parent is not among them is a root (so a subtree
   * or the tree as of a date can be snapshot on its own).
   *
   * @throws InvalidInputException if an id repeats or the parent links form a cycle
   */
  public static TreeSnapshot of(Collection<OrgUnit> units) {
    Check.notNull("units", units);
    Builder b = builder(units.size());
    for (OrgUnit u : units) {
      b.add(u.id(), u.parent().orElse(null), u.kind());
    }
    return b.build();
  }

  /** A builder for {@code expectedSize} units, for bulk loads without {@link OrgUnit} values. */
  public static Builder builder(int expectedSize) {
    Check.atLeast("expectedSize", expectedSize, 0);
    return new Builder(expectedSize);
  }

  /** Number of units. */
  public int size() {
    return ids.length;
  }

  /** The id of the unit at pre-order position {@code i}. */
  public OrgUnitId id(int i) {
    return ids[i];
  }

  /** The kind of the unit at {@code i}. */
  public OrgKind kind(int i) {
    return kinds[i];
  }

  /** The position of the parent of {@code i}, or -1 for a root. */
  public int parent(int i) {
    return parent[i];
  }

  /** Depth of {@code i}: 0 for a root. */
  public int depth(int i) {
    return depth[i];
  }

  /** One past the last position of the subtree of {@code i}. */
  public int subtreeEnd(int i) {
    return end[i];
  }

  /** The position of {@code id}, if it is in the snapshot. */
  public Optional<Integer> indexOf(OrgUnitId id) {
    Integer i = inputIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(positionOfInput[i]);
  }

  /** The position of {@code id}; refuses an id not in the snapshot. */
  public int require(OrgUnitId id) {
    Integer i = inputIndex.get(id);
    if (i == null) {
      throw new InvalidInputException("hierarchy.notInSnapshot", "orgUnitId", String.valueOf(id));
    }
    return positionOfInput[i];
  }

  /** True when {@code x} is {@code y} or lies under it. */
  public boolean isWithin(int x, int y) {
    return x >= y && x < end[y];
  }

  /** True when {@code x} lies strictly under {@code y}. */
  public boolean isUnder(int x, int y) {
    return x > y && x < end[y];
  }

  /** The parent positions of every unit, as a copy. */
  public int[] parents() {
    return parent.clone();
  }

  /** Positions of the units of {@code kind}, ascending. */
  public int[] positionsOf(OrgKind kind) {
    int[] out = new int[ids.length];
    int n = 0;
    OrgKind other = null; // the last instance seen that is another kind: kinds are mostly shared instances
    for (int i = 0; i < ids.length; i++) {
      OrgKind k = kinds[i];
      if (k == other) {
        continue;
      }
      if (k == kind || k.equals(kind)) {
        out[n++] = i;
      } else {
        other = k;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Positions of the children of {@code i}, ascending. */
  public int[] children(int i) {
    int[] out = new int[end[i] - i - 1];
    int n = 0;
    for (int c = i + 1; c < end[i]; c = end[c]) {
      out[n++] = c;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Sums {@code values} (one per position) over every subtree: the result at {@code i} is the sum
   * of {@code values} over {@code [i, subtreeEnd(i))}. One pass in reverse pre-order.
   */
  public long[] rollUpSum(long[] values) {
    Check.notNull("values", values);
    Check.that(values.length == ids.length, "input.range", "values.length", values.length, ids.length, ids.length);
    long[] sum = values.clone();
    for (int i = ids.length - 1; i > 0; i--) {
      int p = parent[i];
      if (p >= 0) {
        sum[p] = Math.addExact(sum[p], sum[i]);
      }
    }
    return sum;
  }

  /** Builds a {@link TreeSnapshot} from (id, parent, kind) triples in any order. */
  public static final class Builder {
    private final List<OrgUnitId> ids;
    private final List<OrgUnitId> parents;
    private final List<OrgKind> kinds;

    private Builder(int expected) {
      ids = new ArrayList<>(expected);
      parents = new ArrayList<>(expected);
      kinds = new ArrayList<>(expected);
    }

    /** Adds a unit; {@code parentOrNull} outside the snapshot makes it a root. */
    public Builder add(OrgUnitId id, OrgUnitId parentOrNull, OrgKind kind) {
      ids.add(Check.notNull("orgUnit.id", id));
      parents.add(parentOrNull);
      kinds.add(Check.notNull("orgUnit.kind", kind));
      return this;
    }

    public TreeSnapshot build() {
      int n = ids.size();
      Map<OrgUnitId, Integer> in = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        if (in.put(ids.get(i), i) != null) {
          throw new InvalidInputException("hierarchy.duplicateInSnapshot", "orgUnit.id", ids.get(i).value());
        }
      }
      // children lists by input position, sorted by id so the layout does not depend on input order
      int[] childCount = new int[n + 1];
      int[] inParent = new int[n];
      for (int i = 0; i < n; i++) {
        OrgUnitId p = parents.get(i);
        Integer pi = p == null ? null : in.get(p);
        inParent[i] = pi == null ? -1 : pi;
        childCount[inParent[i] + 1]++;
      }
      int[] start = new int[n + 2];
      for (int i = 0; i <= n; i++) {
        start[i + 1] = start[i] + childCount[i];
      }
      // one sort of the ids, then a counting sort by parent that keeps that order: every children
      // list comes out sorted by id, with positions as plain ints (no boxed positions, no per-list sort)
      OrgUnitId[] byId = ids.toArray(new OrgUnitId[0]);
      Arrays.sort(byId);
      int[] slots = new int[n];
      int[] fill = Arrays.copyOf(start, n + 1);
      for (OrgUnitId id : byId) {
        int i = in.get(id);
        slots[fill[inParent[i] + 1]++] = i;
      }
      OrgUnitId[] inIds = ids.toArray(new OrgUnitId[0]);
      OrgKind[] inKinds = kinds.toArray(new OrgKind[0]);
      OrgUnitId[] outIds = new OrgUnitId[n];
      OrgKind[] outKinds = new OrgKind[n];
      int[] outParent = new int[n];
      int[] outDepth = new int[n];
      int[] outEnd = new int[n];
      int[] posOf = new int[n];
      // iterative DFS: stack of input positions; a unit's end is fixed when its subtree is done
      int[] stack = new int[n];
      int[] next = new int[n];
      int pos = 0;
      for (int r = start[0]; r < start[1]; r++) {
        int sp = 0;
        stack[sp] = slots[r];
        next[sp] = 0;
        posOf[slots[r]] = pos;
        place(slots[r], pos++, -1, 0, inIds, inKinds, outIds, outKinds, outParent, outDepth);
        while (sp >= 0) {
          int u = stack[sp];
          int childStart = start[u + 1];
          int childEnd = start[u + 2];
          if (childStart + next[sp] < childEnd) {
            int c = slots[childStart + next[sp]++];
            posOf[c] = pos;
            place(c, pos++, posOf[u], sp + 1, inIds, inKinds, outIds, outKinds, outParent, outDepth);
            stack[++sp] = c;
            next[sp] = 0;
          } else {
            outEnd[posOf[u]] = pos;
            sp--;
          }
        }
      }
      if (pos != n) {
        throw new InvalidInputException("hierarchy.cycleInSnapshot", "orgUnit.parent", Integer.toString(n - pos));
      }
      return new TreeSnapshot(outIds, outKinds, outParent, outDepth, outEnd, in, posOf);
    }

    private static void place(int input, int pos, int parentPos, int d, OrgUnitId[] inIds, OrgKind[] inKinds,
        OrgUnitId[] outIds, OrgKind[] outKinds, int[] outParent, int[] outDepth) {
      outIds[pos] = inIds[input];
      outKinds[pos] = inKinds[input];
      outParent[pos] = parentPos;
      outDepth[pos] = d;
    }
  }

  /** The ids in pre-order. */
  public ImmutableList<OrgUnitId> ids() {
    return ImmutableList.copyOf(ids);
  }
}
