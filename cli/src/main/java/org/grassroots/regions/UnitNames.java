package org.grassroots.regions;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;

/**
 * The names of a tree's units (单位名称), by snapshot position, so that outputs show 北京市东城区东华门街道
 * beside {@code cn-110101001}. A unit may have no name (a tree file without a name column, a
 * synthetic district): its label is then its id alone.
 */
public final class UnitNames {
  private final TreeSnapshot tree;
  private final String[] names;
  private final boolean any;

  private UnitNames(TreeSnapshot tree, String[] names) {
    this.tree = tree;
    this.names = names;
    this.any = Arrays.stream(names).anyMatch(n -> n != null);
  }

  /** No names: every label is the unit's id. */
  public static UnitNames none(TreeSnapshot tree) {
    Check.notNull("tree", tree);
    return new UnitNames(tree, new String[tree.size()]);
  }

  /**
   * The names of {@code tree}'s units: {@code names[i]} is the name of the unit at position {@code
   * i}, {@code null} or blank for none.
   */
  public static UnitNames of(TreeSnapshot tree, String[] names) {
    Check.notNull("tree", tree);
    Check.notNull("names", names);
    Check.that(names.length == tree.size(), "regions.namesSize", "names", names.length);
    String[] copy = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      copy[i] = names[i] == null || names[i].isBlank() ? null : names[i].strip();
    }
    return new UnitNames(tree, copy);
  }

  /** The tree of {@code units} with their names (the division import's units keep theirs). */
  public static UnitNames ofUnits(Collection<OrgUnit> units) {
    TreeSnapshot tree = TreeSnapshot.of(units);
    String[] names = new String[tree.size()];
    for (OrgUnit u : units) {
      names[tree.require(u.id())] = u.name();
    }
    return new UnitNames(tree, names);
  }

  /** The tree named. */
  public TreeSnapshot tree() {
    return tree;
  }

  /** True when at least one unit has a name (outputs then carry a name column). */
  public boolean any() {
    return any;
  }

  /** The name of the unit at {@code position}, if it has one. */
  public Optional<String> name(int position) {
    return Optional.ofNullable(names[position]);
  }

  /** The name of the unit at {@code position}, or "" when it has none (for a CSV cell). */
  public String nameOrEmpty(int position) {
    String n = names[position];
    return n == null ? "" : n;
  }

  /** The unit's name followed by its id ({@code 东华门街道 cn-110101001}), or its id alone. */
  public String label(int position) {
    String id = tree.id(position).value();
    String n = names[position];
    return n == null ? id : n + " " + id;
  }

  /** The unit's name, or its id when it has none (for chart labels where space is short). */
  public String shortLabel(int position) {
    String n = names[position];
    return n == null ? tree.id(position).value() : n;
  }

  @Override
  public String toString() {
    return "UnitNames[" + tree.size() + " units" + (any ? ", named" : "") + "]";
  }
}
