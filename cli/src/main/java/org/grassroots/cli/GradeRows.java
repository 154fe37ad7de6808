package org.grassroots.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Messages;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.GradeCounts;

/** The rows of grade counts and missing inputs the assessing commands print (等次与缺失值行). */
final class GradeRows {
  private GradeRows() {}

  /**
   * One row per input some assessed units have no value of (缺失值): {@code missing.<input>}, the
   * policy the ruleset declares for it, and how many units lack it. None when nothing is missing.
   */
  static List<List<String>> missing(Assessment a) {
    List<List<String>> rows = new ArrayList<>();
    a.missingCounts().forEach((id, n) -> {
      if (n > 0) {
        rows.add(List.of("missing." + id.value(),
            "missing 缺失 → " + bilingual(a.rules().missingPolicy(id)),
            String.valueOf(n)));
      }
    });
    return rows;
  }

  /** The declared label of {@code constant} in English, then Chinese: "read as 0 按零计". */
  static String bilingual(Enum<?> constant) {
    return Messages.label(Locale.ENGLISH, constant) + " " + Messages.label(Locale.CHINESE, constant);
  }

  static List<List<String>> counts(GradeCounts before, GradeCounts after) {
    List<List<String>> rows = new ArrayList<>();
    for (int g = 0; g < before.grades().size(); g++) {
      Grade grade = before.grades().get(g);
      List<String> r = new ArrayList<>(List.of(grade.id().value(), grade.name(), String.valueOf(before.counts().get(g))));
      if (after != null) {
        r.add(String.valueOf(after.counts().get(g)));
      }
      rows.add(r);
    }
    List<String> none = new ArrayList<>(List.of("", "(none)", String.valueOf(before.ungraded())));
    if (after != null) {
      none.add(String.valueOf(after.ungraded()));
    }
    rows.add(none);
    return rows;
  }
}
