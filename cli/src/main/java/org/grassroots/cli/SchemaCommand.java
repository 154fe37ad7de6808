package org.grassroots.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grassroots.input.Messages;
import org.grassroots.rules.format.RulesetFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schema}: writes the JSON Schemas of the file formats (JSON Schema 文件) — for an editor's
 * completion and checks, or another tool's validation.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Writes the JSON Schemas of the ruleset file (ruleset.schema.json) and of the cases file "
        + "(ruleset-cases.schema.json) into --out DIR; without --out prints their names.",
        "Point an editor at them, e.g. # yaml-language-server: $schema=ruleset.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Option(names = "--out", paramLabel = "DIR", description = "the directory to write the schemas into (made when missing)")
  Path out;

  /** The schemas by file name, as the rules-format module ships them. */
  static Map<String, String> schemas() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String resource : List.of(RulesetFiles.SCHEMA_RESOURCE, RulesetFiles.CASES_SCHEMA_RESOURCE)) {
      try (InputStream in = RulesetFiles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the schema " + resource + " is missing from the rules-format jar");
        }
        m.put(resource.substring(resource.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
