package org.grassroots.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grassroots.input.Messages;
import org.grassroots.rules.format.FileKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schema}: writes the JSON Schemas of the file formats (JSON Schema 文件) — for an editor's
 * completion and checks, or another tool's validation.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Writes the JSON Schemas of the ruleset file (ruleset.schema.json) and of the cases file "
        + "(ruleset-cases.schema.json), each with its stable https:// $id, into --out DIR; without --out prints their names.",
        "Point an editor at them, e.g. # yaml-language-server: $schema=ruleset.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Option(names = "--out", paramLabel = "DIR", description = "the directory to write the schemas into (made when missing)")
  Path out;

  /** The schemas by file name, as the rules-format module publishes them. */
  static Map<String, String> schemas() {
    Map<String, String> m = new LinkedHashMap<>();
    for (FileKind kind : FileKind.values()) {
      m.put(kind.schemaFileName(), kind.schema());
    }
    return m;
  }

  @Override
  public Integer call() throws IOException {
    Map<String, String> schemas = schemas();
    if (out == null) {
      schemas.keySet().forEach(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().flush();
      return Grassroots.OK;
    }
    Files.createDirectories(out);
    for (Map.Entry<String, String> s : schemas.entrySet()) {
      Path file = out.resolve(s.getKey());
      OutputFiles.write(file, root.control, w -> w.write(s.getValue()));
      spec.commandLine().getErr().println(Messages.bilingual("cli.schemaWritten", file));
    }
    return Grassroots.OK;
  }
}
