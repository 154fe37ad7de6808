package org.grassroots.spring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.RulesetRef;
import org.grassroots.rules.format.RulesetDocument;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.rules.format.RulesetLibrary;
import org.grassroots.rules.format.RulesetProblem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The rulesets of {@code grassroots.rulesets} (规则集), read, resolved (a district's overrides on
 * its city's baseline) and validated once at start-up, and compiled once each. A bad file stops
 * the start-up: every problem of every file is reported together, each at its file and line, in
 * English and Chinese ({@link RulesetFileException}).
 */
public class GrassrootsRulesets {
  private final ImmutableMap<RulesetRef, CompiledRuleset> compiled;

  protected GrassrootsRulesets(Map<RulesetRef, CompiledRuleset> compiled) {
    this.compiled = ImmutableMap.copyOf(compiled);
  }

  /**
   * Reads every file the {@code locations} match (Spring resource locations with patterns).
   *
   * @throws RulesetFileException with every problem of every file (nothing is loaded)
   * @throws InvalidInputException ({@code boot.rulesetsNotFound}) if a location matches no file
   */
  public static GrassrootsRulesets load(ResourcePatternResolver resolver, List<String> locations) {
    List<RulesetDocument> docs = new ArrayList<>();
    List<RulesetProblem> problems = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String location : locations) {
      List<Resource> readable = ResourceLocations.readable(resolver, "grassroots.rulesets", location,
          "boot.rulesetsNotFound");
      for (Resource r : readable) {
        try {
          RulesetDocument doc = RulesetFiles.read(r.getURL());
          docs.add(doc);
          files.add(doc.file());
        } catch (RulesetFileException e) {
          problems.addAll(e.problems());
          files.add(String.valueOf(r.getFilename()));
        } catch (IOException e) {
          throw new InvalidInputException("boot.rulesetsNotFound", "grassroots.rulesets", location);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RulesetFileException(String.join(", ", files), problems);
    }
    RulesetLibrary library = RulesetLibrary.of(docs);
    Map<RulesetRef, CompiledRuleset> out = new LinkedHashMap<>();
    for (RulesetDocument d : docs) {
      try {
        out.put(d.ruleset().ref(), CompiledRuleset.compile(library.effective(d)));
      } catch (RulesetFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new RulesetFileException(String.join(", ", files), problems);
    }
    return new GrassrootsRulesets(out);
  }

  /** Every loaded revision, effective (inheritance resolved) and validated, in file order. */
  public List<Ruleset> all() {
    return compiled.values().stream().map(CompiledRuleset::ruleset).collect(ImmutableList.toImmutableList());
  }

  /** The compiled revision {@code ref}, if loaded. */
  public Optional<CompiledRuleset> find(RulesetRef ref) {
    return Optional.ofNullable(compiled.get(Check.notNull("ref", ref)));
  }

  /**
   * The latest revision of {@code district}'s ruleset {@code id} in force on {@code date}.
   *
   * @throws InvalidInputException ({@code boot.rulesetNotInForce}) if none is loaded
   */
  public CompiledRuleset inForce(DistrictId district, RulesetId id, LocalDate date) {
    Check.notNull("district", district);
    Check.notNull("ruleset", id);
    Check.notNull("date", date);
    CompiledRuleset best = null;
    for (CompiledRuleset c : compiled.values()) {
      Ruleset r = c.ruleset();
      boolean inForce = !r.effectiveFrom().isAfter(date) && r.effectiveUntil().map(date::isBefore).orElse(true);
      if (r.ref().district().equals(district) && r.ref().id().equals(id) && inForce
          && (best == null || r.ref().version() > best.ruleset().ref().version())) {
        best = c;
      }
    }
    if (best == null) {
      throw new InvalidInputException("boot.rulesetNotInForce", "ruleset", id.value(), district.value(), date);
    }
    return best;
  }
}
