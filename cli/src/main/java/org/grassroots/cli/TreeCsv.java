package org.grassroots.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.regions.UnitNames;
import org.grassroots.reports.Csv;

/**
 * The organisation tree as CSV (组织树文件): a header {@code id,parent,kind[,name]} and one row per
 * unit; an empty parent marks a root; the optional {@code name} column gives the unit's name
 * (单位名称), shown beside its id in every output. {@code import-divisions --tree} writes it, {@code --tree} reads it.
 * Rows may come in any order; a parent must be a unit of the same file (a misspelt parent would
 * otherwise silently become a root).
 */
final class TreeCsv {
  static final List<String> COLUMNS = List.of("id", "parent", "kind", "name");

  private TreeCsv() {}

  /** Writes every unit of {@code tree} in pre-order, without names (fields as {@link Csv#field} writes them). */
  static void write(TreeSnapshot tree, Writer out) throws IOException {
    write(UnitNames.none(tree), out);
  }

  /** Writes every unit of {@code names}' tree in pre-order, with the name column when some unit has a name. */
  static void write(UnitNames names, Writer out) throws IOException {
    TreeSnapshot tree = names.tree();
    out.write(names.any() ? "id,parent,kind,name\r\n" : "id,parent,kind\r\n");
    for (int i = 0; i < tree.size(); i++) {
      out.write(Csv.field(tree.id(i).value()));
      out.write(',');
      out.write(tree.parent(i) < 0 ? "" : Csv.field(tree.id(tree.parent(i)).value()));
      out.write(',');
      out.write(Csv.field(tree.kind(i).code()));
      if (names.any()) {
        out.write(',');
        out.write(Csv.field(names.nameOrEmpty(i)));
      }
      out.write("\r\n");
    }
  }

  /**
   * Reads the tree of {@code file}, written in {@code charset}.
   *
   * @throws CsvInputException naming file, line, column and value: a bad id or kind, an id given
   *     twice, a parent not in the file, or parent links that form a cycle
   */
  static TreeSnapshot read(Path file, Charset charset, RunControl control) throws IOException {
    return readNamed(file, charset, control).tree();
  }

  /** Reads the tree of {@code file} with the names of its {@code name} column (none without one); as {@link #read}. */
  static UnitNames readNamed(Path file, Charset charset, RunControl control) throws IOException {
    String name = file.toString();
    List<OrgUnitId> ids = new ArrayList<>();
    List<OrgUnitId> parents = new ArrayList<>();
    List<OrgKind> kinds = new ArrayList<>();
    long[][] lines = {new long[1024]};
    // id text → row; a parent already read shares its unit's id (a country has 665,276 of them)
    Map<String, Integer> rowOf = new HashMap<>();
    Map<String, OrgKind> kindOf = new HashMap<>();
    List<String> names = new ArrayList<>();
    CsvRows.read(file, charset, COLUMNS, 1, control, "tree", (line, v) -> {
      int row = ids.size();
      Integer before = rowOf.putIfAbsent(v[0], row);
      if (before != null) {
        throw new CsvInputException("cli.duplicateUnit", name, line, "id", v[0], Long.toString(lines[0][before]));
      }
      ids.add(id(name, line, "id", v[0]));
      Integer parentRow = v[1].isEmpty() ? null : rowOf.get(v[1]);
      parents.add(v[1].isEmpty() ? null : parentRow != null ? ids.get(parentRow) : id(name, line, "parent", v[1]));
      OrgKind kind = kindOf.get(v[2]);
      if (kind == null) {
        try {
          kind = OrgKind.of(v[2]);
        } catch (InvalidInputException e) {
          throw new CsvInputException("cli.badKind", name, line, "kind", v[2]);
        }
        kindOf.put(v[2], kind);
      }
      kinds.add(kind);
      names.add(v[3]);
      if (row == lines[0].length) {
        lines[0] = Arrays.copyOf(lines[0], row * 2);
      }
      lines[0][row] = line;
    });
    TreeSnapshot.Builder b = TreeSnapshot.builder(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      OrgUnitId parent = parents.get(i);
      if (parent != null && !rowOf.containsKey(parent.value())) {
        throw new CsvInputException("cli.unknownParent", name, lines[0][i], "parent", parent.value());
      }
      b.add(ids.get(i), parent, kinds.get(i));
    }
    control.checkpoint();
    TreeSnapshot tree;
    try {
      tree = b.build();
    } catch (InvalidInputException e) {
      // ids are unique and parents known by now: what is left is a cycle
      throw new CsvInputException("cli.cycle", name, 0, "parent", e.shownValue());
    }
    String[] byPosition = new String[tree.size()];
    for (int i = 0; i < ids.size(); i++) {
      byPosition[tree.require(ids.get(i))] = names.get(i);
    }
    return UnitNames.of(tree, byPosition);
  }

  private static OrgUnitId id(String file, long line, String column, String text) {
    try {
      return OrgUnitId.of(text);
    } catch (InvalidInputException e) {
      throw new CsvInputException("cli.badId", file, line, column, text);
    }
  }
}
