package org.grassroots.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.TieBreak;
import org.junit.jupiter.api.Test;

/**
 * Every constant of every enum that can reach a message argument — the rules model, explanations,
 * programs, stars and types — has a declared label in both languages, so a new constant without one
 * fails the build instead of printing its Java name inside a Chinese sentence.
 */
class EnumLabelsTest {
  /**
   * The packages whose values reach explanations, program messages and the hierarchy's refusals (a
   * unit's status), with their sub-packages.
   */
  private static final List<String> PACKAGES = List.of("org.grassroots.rules", "org.grassroots.assessment",
      "org.grassroots.stars", "org.grassroots.communitytypes", "org.grassroots.scenarios", "org.grassroots.hierarchy");

  @Test
  void everyConstantOfEveryEnumThatReachesAMessageHasALabelInBothLanguages() throws Exception {
    List<Class<?>> enums = enumsIn(PACKAGES);
    assertThat(enums).contains(Rounding.class, TieBreak.RankMode.class, Quota.Counting.class);
    for (Class<?> type : enums) {
      for (Object c : type.getEnumConstants()) {
        Enum<?> constant = (Enum<?>) c;
        String key = Messages.labelKey(constant);
        assertThat(Messages.has(key)).as(key + " (English)").isTrue();
        String zh = Messages.label(Locale.CHINESE, constant);
        assertThat(zh).as(key + " (中文)").isNotEqualTo(constant.name()).containsPattern("\\p{IsHan}");
        assertThat(Messages.label(Locale.ENGLISH, constant)).as(key).isNotEqualTo(constant.name()).isNotBlank();
      }
    }
  }

  @Test
  void anEnumArgumentIsShownByItsLabelNeverItsJavaName() {
    assertThat(Messages.labelKey(Rounding.FLOOR)).isEqualTo("enum.Rounding.FLOOR");
    assertThat(Messages.labelKey(TieBreak.RankMode.DENSE)).isEqualTo("enum.TieBreak.RankMode.DENSE");
    assertThat(Messages.label(Locale.CHINESE, Rounding.HALF_UP)).isEqualTo("四舍五入");
    assertThat(Messages.label(Locale.CHINESE, Rounding.HALF_EVEN)).isEqualTo("银行家舍入");
    assertThat(Messages.label(Locale.ENGLISH, Rounding.FLOOR)).isEqualTo("rounded down (floor)");
    // as an argument, and inside a phrase that is itself an argument
    assertThat(Messages.format(Locale.CHINESE, "assessment.limit.share", "1/3", "9", Rounding.FLOOR))
        .isEqualTo("1/3 × 9，向下取整");
    assertThat(Messages.format(Locale.ENGLISH, "assessment.limit.min",
        new Messages.Text("assessment.limit.share", "0.2", "16", Rounding.HALF_UP), "3"))
        .isEqualTo("min(0.2 × 16, rounded half up, 3)");
    // a refusal's detail too: a unit's status
    assertThat(new InvalidInputException("lifecycle.notActive", "id", "b1", org.grassroots.hierarchy.OrgStatus.DISSOLVED,
        "x").getMessage(Locale.CHINESE)).contains("组织 b1 的状态为 已撤销").doesNotContain("DISSOLVED");
  }

  private static List<Class<?>> enumsIn(List<String> packages) throws IOException, URISyntaxException,
      ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : packages) {
      // the main classes' directory (a test-classes directory holds the same packages)
      Path root = Path.of(Rounding.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          String name = dir.relativize(f).toString();
          if (!name.endsWith(".class")) {
            continue;
          }
          String cls = pkg + "." + name.substring(0, name.length() - ".class".length()).replace(f.getFileSystem()
              .getSeparator(), ".");
          Class<?> c = Class.forName(cls, false, Rounding.class.getClassLoader());
          if (c.isEnum()) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }
}
