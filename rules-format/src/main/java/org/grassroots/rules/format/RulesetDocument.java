package org.grassroots.rules.format;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;

/**
 * A ruleset read from a file (规则集文件), with the place in the file where each of its paths
 * starts, so that an error found later by the validator (path {@code indicators[2].method.bands[1]})
 * can be shown at its line.
 *
 * @param file the file's name as shown to the user
 * @param ruleset the ruleset as written in the file (overrides only, when it has a parent)
 * @param locations where each model path starts, e.g. {@code indicators[0].children[3].method}
 * @param warnings what the file should change but that did not stop it being read (a former field
 *     name, e.g. {@code yes:} for {@code ifYes:}), each at its line, in file order; empty for most files
 */
public record RulesetDocument(
    String file, Ruleset ruleset, Map<String, SourceLocation> locations, List<RulesetProblem> warnings) {
  public RulesetDocument {
    Check.notBlank("document.file", file);
    Check.notNull("document.ruleset", ruleset);
    locations = ImmutableMap.copyOf(Check.notNull("document.locations", locations));
    warnings = List.copyOf(Check.notNull("document.warnings", warnings));
  }

  /** A document without warnings. */
  public RulesetDocument(String file, Ruleset ruleset, Map<String, SourceLocation> locations) {
    this(file, ruleset, locations, List.of());
  }

  /**
   * Where {@code path} starts: the node itself, or the nearest enclosing node that the file has
   * (a path may name a part that the file left to its default).
   */
  public SourceLocation locate(String path) {
    return locate(file, locations, path);
  }

  /** Where {@code path} starts in {@code file} by its {@code locations}, or the nearest enclosing node's. */
  static SourceLocation locate(String file, Map<String, SourceLocation> locations, String path) {
    Check.notNull("path", path);
    String p = path;
    while (true) {
      SourceLocation l = locations.get(p);
      if (l != null) {
        return l;
      }
      Optional<String> up = parentPath(p);
      if (up.isEmpty()) {
        return locations.getOrDefault("", new SourceLocation(file, 1, 1));
      }
      p = up.get();
    }
  }

  /** {@code a.b[2]} → {@code a.b} → {@code a} → {@code ""}. */
  static Optional<String> parentPath(String path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (path.endsWith("]")) {
      return Optional.of(path.substring(0, path.lastIndexOf('[')));
    }
    int dot = path.lastIndexOf('.');
    return Optional.of(dot < 0 ? "" : path.substring(0, dot));
  }
}
