package org.grassroots.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Messages;
import org.grassroots.assessment.QuotaShare;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Quota;
import org.grassroots.scenarios.programs.Label;
import org.grassroots.scenarios.GradeCounts;

/** The rows of grade counts, advisory shares and missing inputs the assessing commands print (等次、指导性比例与缺失值行). */
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

  /**
   * One row per advisory quota (指导性比例, "约占10%", never cutting): {@code advisory.<quota>}, the
   * grade and the share advised, and the actual share of every assessed group together, exactly and as
   * a percentage ({@code 4/12 = 33.33%}); with more than one group a further row
   * {@code advisory.<quota>.groupsOver} counts the groups above the advised limit ({@code 2/5}). With
   * {@code after} (a scenario) a column for each assessment.
   */
  static List<List<String>> advisory(Assessment before, Assessment after) {
    List<List<String>> rows = new ArrayList<>();
    for (Quota q : before.rules().ruleset().quotas()) {
      if (q.enforcement() != Quota.Enforcement.ADVISORY) {
        continue;
      }
      String grade = before.rules().ruleset().grades().stream().filter(g -> g.id().equals(q.grade()))
          .map(Grade::name).findFirst().orElse(q.grade().value());
      String advised = q.maxShare().map(GradeRows::percent).orElse("")
          + q.maxCount().map(n -> (q.maxShare().isPresent() ? ", ≤ " : "≤ ") + n).orElse("");
      Label name = Label.of(q.counting() == Quota.Counting.THIS_GRADE_OR_BETTER ? "cli.advisoryOrBetter" : "cli.advisory",
          grade, advised);
      List<String> share = new ArrayList<>(List.of("advisory." + q.id().value(), name.bilingual()));
      List<String> over = new ArrayList<>(List.of("advisory." + q.id().value() + ".groupsOver",
          Label.of("cli.advisoryGroupsOver").bilingual()));
      int groups = 0;
      for (Assessment a : after == null ? List.of(before) : List.of(before, after)) {
        List<QuotaShare> shares = a.quotaShares(q.id());
        int kept = shares.stream().mapToInt(QuotaShare::kept).sum();
        int size = shares.stream().mapToInt(QuotaShare::size).sum();
        share.add(size == 0 ? "0/0" : kept + "/" + size + " = "
            + BigDecimal.valueOf(kept * 100L).divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP) + "%");
        over.add(shares.stream().filter(QuotaShare::overLimit).count() + "/" + shares.size());
        groups = Math.max(groups, shares.size());
      }
      rows.add(share);
      if (groups > 1) {
        rows.add(over);
      }
    }
    return rows;
  }

  /** A share as declared: "10%" for a percentage (a four-place decimal), "1/3" for a fraction. */
  private static String percent(Fraction share) {
    return share.denominator() == Fixed.ONE ? Fixed.format(Math.multiplyExact(share.numerator(), 100L)) + "%"
        : share.toString();
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
