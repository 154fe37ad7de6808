package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarRatings;
import org.grassroots.stars.StarScheme;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioStudyTest {
  private static String lineWith(String out, String start) {
    return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
  }

  @Test
  void theStudyWritesTheReportAndItsCsvFiles(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> files = ScenarioStudy.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("云冈区: 152 community organisations", "sweep: 205 points", "report: ");
    assertThat(files).hasSize(21).allSatisfy(f -> assertThat(f).exists())
        .contains(dir.resolve("regions.csv"), dir.resolve("region-flips.csv"), dir.resolve("scenario-flips.csv"));
    assertThat(Files.readAllLines(dir.resolve("units.csv"))).hasSize(153);
    assertThat(Files.readString(dir.resolve("report.html"))).contains("class=\"chart\"", "id=\"flips\"", "id=\"programs-stars-levels\"",
        "id=\"programs-stars-money\"", "id=\"programs-stars-montecarlo\"", "id=\"programs-types-counts\"");

    // the programs on 云冈's data: 62 stars at ¥20,000 against a budget of ¥1,000,000, paid pro rata
    assertThat(out).contains("五星联创 (云冈 data): 62 stars × ¥20,000.00 = ¥1,240,000.00; budget ¥1,000,000.00",
        "shortfall ¥240,000.00",
        "what if a star paid ¥15,000? 62 stars × ¥15,000.00 = ¥930,000.00 (was ¥1,240,000.00 at ¥20,000.00); "
            + "paid ¥930,000.00, within the budget",
        "a demonstration quota of 20: 16 → 20 示范社区",
        "the due fits up to ¥16,000.00 a star (¥992,000.00); due = budget at ¥16,129.03 a star");
    // who gains 组织建设先锋星 when its bar moves to 17.8: as a plain evaluation of the moved scheme says
    YungangStars.Dataset data = YungangStars.data(new InMemoryStorageProvider());
    Ruleset moved = RulesetParameter.parse("gates[g-pioneer].condition.allOf[0].value")
        .apply(YungangStars.scheme().rules(), Fixed.parse("17.8"));
    StarRatings plain = new StarScheme(moved, Money.ofYuan(20_000)).compile().evaluate(data.columns());
    int gained = plain.count(RuleId.of("pioneer")) - 14;
    assertThat(gained).isPositive();
    assertThat(out).contains("组织建设先锋星 bar 18 → 17.8: " + gained + " communities gain it, 0 lose it",
        "stars 62 → " + plain.totalStars() + ", due ¥1,240,000.00 → " + plain.totalDue().format());
    List<String> money = Files.readAllLines(dir.resolve("programs-stars-money.csv"));
    assertThat(money.get(0)).startsWith("stars.rewardPerStar,stars.total,stars.due,stars.paid,stars.budget,stars.shortfall,");
    assertThat(money).hasSize(17).anyMatch(l -> l.startsWith("15000.00,62,930000.00,930000.00,1000000.00,0.00,"))
        .anyMatch(l -> l.startsWith("20000.00,62,1240000.00,999999.86,1000000.00,240000.00,"));

    // the same seed gives the same Monte Carlo figures on a second run
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ScenarioStudy.stars(new PrintStream(again, true, StandardCharsets.UTF_8));
    String mc = lineWith(out, "Monte Carlo of star counts");
    assertThat(mc).contains("seed 20241124", "(baseline 62)");
    assertThat(lineWith(again.toString(StandardCharsets.UTF_8), "Monte Carlo of star counts")).isEqualTo(mc);
  }
}
