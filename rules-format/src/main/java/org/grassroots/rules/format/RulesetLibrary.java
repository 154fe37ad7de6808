package org.grassroots.rules.format;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.grassroots.assessment.RuleError;
import org.grassroots.assessment.RulesetResolver;
import org.grassroots.assessment.RulesetValidator;
import org.grassroots.assessment.RulesetWarnings;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetRef;

/**
 * A set of ruleset files that may inherit from each other (规则集文件库) — a city baseline and its
 * district overrides — resolved into effective rulesets by the core resolver and validator. Every
 * {@link RuleError} is placed at the file and line where the offending part was written: an error
 * in the baseline's own parts at the baseline file, an error in an override at the district file,
 * an error of the effective ruleset at the file that declared the part.
 */
public final class RulesetLibrary {
  private final ImmutableMap<RulesetRef, RulesetDocument> documents;

  private RulesetLibrary(ImmutableMap<RulesetRef, RulesetDocument> documents) {
    this.documents = documents;
  }

  /**
   * A library of {@code documents}.
   *
   * @throws InvalidInputException if two documents hold the same revision
   */
  public static RulesetLibrary of(List<RulesetDocument> documents) {
    Check.notNull("documents", documents);
    Map<RulesetRef, RulesetDocument> m = new LinkedHashMap<>();
    for (RulesetDocument d : documents) {
      Check.notNull("document", d);
      RulesetDocument before = m.putIfAbsent(d.ruleset().ref(), d);
      Check.that(before == null, "rules.duplicateId", "ruleset", d.ruleset().ref(),
          before == null ? "" : before.file());
    }
    return new RulesetLibrary(ImmutableMap.copyOf(m));
  }

  /**
   * Reads {@code files} into a library, reporting the problems of every file together.
   *
   * @throws RulesetFileException with every problem of every malformed file
   */
  public static RulesetLibrary read(List<Path> files) {
    Check.notNull("files", files);
    List<RulesetDocument> docs = new ArrayList<>();
    List<RulesetProblem> problems = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(RulesetFiles.read(Check.notNull("file", f)));
      } catch (RulesetFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new RulesetFileException(files.size() == 1 ? files.get(0).toString() : files.toString(), problems);
    }
    return of(docs);
  }

  /**
   * Reads every ruleset file of {@code directory} ({@code *.ruleset.yaml}, {@code .yml}, {@code
   * .json}; not its subdirectories), in name order.
   */
  public static RulesetLibrary readDirectory(Path directory) {
    Check.notNull("directory", directory);
    try (Stream<Path> s = Files.list(directory)) {
      return read(s.filter(p -> RULESET_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList());
    } catch (IOException e) {
      throw RulesetFiles.ioProblem(directory.toString(), e);
    }
  }

  private static final Pattern RULESET_FILE = Pattern.compile(".*\\.ruleset\\.(ya?ml|json)");

  /** The documents, in the order given. */
  public List<RulesetDocument> documents() {
    return documents.values().asList();
  }

  /** The document holding revision {@code ref}. */
  public Optional<RulesetDocument> document(RulesetRef ref) {
    return Optional.ofNullable(documents.get(Check.notNull("ref", ref)));
  }

  /**
   * The effective ruleset of {@code document}: inheritance resolved, validated.
   *
   * @throws RulesetFileException with every error, each at its file, line and path
   */
  public Ruleset effective(RulesetDocument document) {
    Check.notNull("document", document);
    RulesetResolver.Resolution r = RulesetResolver.tryResolve(document.ruleset(), this::lookup);
    if (r.errors().isEmpty()) {
      return r.effective().orElseThrow();
    }
    throw new RulesetFileException(document.file(), place(document, r.errors()));
  }

  /**
   * The warnings of {@code document} (规则集警告): what its file should change though it was read
   * (a former field name), then what its effective ruleset allows but cannot work as written (a
   * gate above the total cap, a grade above the most a total can be, a band above its sub-item's
   * full marks; {@link RulesetWarnings}), each at its file, line and path, in both languages through
   * {@link RulesetProblem#message}. Warnings never make a file invalid.
   *
   * @throws RulesetFileException when the document has errors (its effective ruleset is not valid)
   */
  public List<RulesetProblem> warnings(RulesetDocument document) {
    Check.notNull("document", document);
    List<RulesetProblem> out = new ArrayList<>(document.warnings());
    out.addAll(place(document, RulesetWarnings.of(effective(document))));
    return List.copyOf(out);
  }

  /** The effective ruleset of the revision {@code ref}, which must be in the library. */
  public Ruleset effective(RulesetRef ref) {
    RulesetDocument d = document(ref).orElseThrow(() -> new InvalidInputException(
        "rules.parentNotFound", "ref", ref.toString(), ref.toString()));
    return effective(d);
  }

  private Optional<Ruleset> lookup(RulesetRef ref) {
    return Optional.ofNullable(documents.get(ref)).map(RulesetDocument::ruleset);
  }

  /** Places each error in the file and at the line of the part it names. */
  List<RulesetProblem> place(RulesetDocument leaf, List<RuleError> errors) {
    List<RulesetDocument> chain = chain(leaf); // leaf first
    boolean ownParts = chain.size() == 1;
    if (!ownParts) {
      List<RuleError> own = RulesetValidator.validateOwnParts(leaf.ruleset());
      for (RuleError e : errors) {
        if (e.path().startsWith("parent") || e.key().equals("rules.unknownRemoved") || own.contains(e)) {
          ownParts = true; // the resolver stopped before the effective ruleset
        }
      }
    }
    Origins origins = ownParts ? null : Origins.of(reversed(chain));
    List<RulesetProblem> out = new ArrayList<>();
    for (RuleError e : errors) {
      RulesetDocument doc;
      String path;
      if (ownParts) {
        // "parent.parent.x": x in the third file of the chain; "parent.parent": that link itself
        String p = e.path();
        int depth = 0;
        while (p.startsWith("parent.")) {
          p = p.substring("parent.".length());
          depth++;
        }
        if (p.equals("parent")) {
          path = "parent";
        } else {
          path = p;
        }
        doc = chain.get(Math.min(depth, chain.size() - 1));
      } else {
        Origins.Origin o = origins.locate(e.path());
        doc = o.doc();
        path = o.path();
      }
      out.add(RulesetProblem.of(doc.locate(path), new RuleError(path, e.key(), e.args())));
    }
    return out;
  }

  /** The leaf and its ancestors that are in the library, stopping at a cycle or a missing one. */
  private List<RulesetDocument> chain(RulesetDocument leaf) {
    List<RulesetDocument> chain = new ArrayList<>();
    Set<RulesetRef> seen = new HashSet<>();
    RulesetDocument cur = leaf;
    while (cur != null && seen.add(cur.ruleset().ref())) {
      chain.add(cur);
      cur = cur.ruleset().parent().map(documents::get).orElse(null);
    }
    return chain;
  }

  private static List<RulesetDocument> reversed(List<RulesetDocument> l) {
    List<RulesetDocument> r = new ArrayList<>(l);
    java.util.Collections.reverse(r);
    return r;
  }
}
