package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.spi.RulesetStore;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * Rulesets (规则集): append-only versions kept whole, stale or skipping appends refused with nothing
 * changed, the revision in force on a date across versions with their effective periods, tenancy,
 * one audit entry per append.
 */
public abstract class RulesetStoreContract extends ContractSupport {
  /** The 大同 city baseline (a complete ruleset) and 平城's override of it (parent, removed ids). */
  private static final Ruleset BASELINE = read("datong-city.ruleset.yaml");
  private static final Ruleset OVERRIDE = read("pingcheng.ruleset.yaml");
  /** Declares missing-value policies (zero, refuse, disqualify, exclude with a rescale rounding). */
  private static final Ruleset WITH_POLICIES = read("xinrong.ruleset.yaml");

  private static Ruleset read(String example) {
    return RulesetFiles.read(RulesetFiles.class.getResource("/org/grassroots/rules/format/examples/" + example))
        .ruleset();
  }

  private RulesetStore rulesets() {
    return provider().rulesets();
  }

  /**
   * {@code source} moved to district {@code d} as revision {@code version} of {@code id}, in force
   * from {@code from} until {@code until} (exclusive; null for open).
   */
  protected static Ruleset revision(Ruleset source, DistrictId d, String id, int version, LocalDate from,
      LocalDate until) {
    return source.toBuilder().identity(RulesetId.of(id), d, version, source.name() + " v" + version)
        .effectiveFrom(from).effectiveUntil(until).build();
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void missingValuePoliciesComeBackWhole() {
    DistrictId d = freshDistrict();
    Ruleset v1 = revision(WITH_POLICIES, d, "xinrong", 1, day("2024-01-01"), null);
    assertThat(v1.missing()).isEqualTo(WITH_POLICIES.missing());
    assertThat(v1.rescaleRounding()).isPresent();
    rulesets().append(change("adopt"), v1);
    assertThat(rulesets().find(d, v1.id(), 1)).contains(v1);
  }

  @Test
  void appendedRevisionsComeBackWholeInVersionOrder() {
    DistrictId d = freshDistrict();
    Ruleset v1 = revision(BASELINE, d, "assessment", 1, day("2023-01-01"), null);
    Ruleset v2 = revision(OVERRIDE, d, "assessment", 2, day("2024-01-01"), day("2025-01-01"));
    assertThat(rulesets().append(change("adopt"), v1)).isEqualTo(v1);
    assertThat(rulesets().append(change("revise"), v2)).isEqualTo(v2);
    assertThat(rulesets().versions(d, v1.id())).containsExactly(v1, v2);
    assertThat(rulesets().find(d, v1.id(), 1)).contains(v1);
    assertThat(rulesets().find(d, v1.id(), 2)).contains(v2);
    assertThat(rulesets().find(d, v1.id(), 3)).isEmpty();
    assertThat(rulesets().find(d, v1.id(), 0)).isEmpty();
    assertThat(rulesets().find(d, RulesetId.of("none"), 1)).isEmpty();
    assertThat(rulesets().versions(d, RulesetId.of("none"))).isEmpty();
  }

  @Test
  void aStaleOrSkippingAppendIsRefusedAndChangesNothing() {
    DistrictId d = freshDistrict();
    Ruleset v1 = revision(BASELINE, d, "assessment", 1, day("2023-01-01"), null);
    rulesets().append(change("adopt"), v1);
    Ruleset v2 = revision(BASELINE, d, "assessment", 2, day("2024-01-01"), null);
    rulesets().append(change("revise"), v2);
    long audit = provider().audit().count(d);

    Ruleset lost = revision(OVERRIDE, d, "assessment", 2, day("2024-06-01"), null);
    assertThatThrownBy(() -> rulesets().append(change("lost update"), lost)).isInstanceOf(StaleVersionException.class);
    Ruleset again1 = revision(OVERRIDE, d, "assessment", 1, day("2022-01-01"), null);
    assertThatThrownBy(() -> rulesets().append(change("again"), again1)).isInstanceOf(StaleVersionException.class);
    Ruleset skip = revision(BASELINE, d, "assessment", 4, day("2026-01-01"), null);
    assertThatThrownBy(() -> rulesets().append(change("skip"), skip))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.key()).isEqualTo("rules.versionNotNext"));
    Ruleset newFrom2 = revision(BASELINE, d, "other", 2, day("2024-01-01"), null);
    assertThatThrownBy(() -> rulesets().append(change("no v1"), newFrom2)).isInstanceOf(InvalidInputException.class);

    assertThat(rulesets().versions(d, v1.id())).containsExactly(v1, v2);
    assertThat(rulesets().ids(d)).containsExactly(v1.id());
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void inForceIsTheHighestVersionWhoseOwnPeriodCoversTheDate() {
    DistrictId d = freshDistrict();
    // v1 open from 2022; v2 only for 2024; v3 from 2025-07-01 on
    Ruleset v1 = revision(BASELINE, d, "a", 1, day("2022-01-01"), null);
    Ruleset v2 = revision(OVERRIDE, d, "a", 2, day("2024-01-01"), day("2025-01-01"));
    Ruleset v3 = revision(BASELINE, d, "a", 3, day("2025-07-01"), null);
    for (Ruleset r : List.of(v1, v2, v3)) {
      rulesets().append(change("v" + r.version()), r);
    }
    RulesetId a = v1.id();
    assertThat(rulesets().inForce(d, a, day("2021-12-31"))).isEmpty();
    assertThat(rulesets().inForce(d, a, day("2022-01-01"))).contains(v1);
    assertThat(rulesets().inForce(d, a, day("2023-12-31"))).contains(v1);
    assertThat(rulesets().inForce(d, a, day("2024-01-01"))).contains(v2);
    assertThat(rulesets().inForce(d, a, day("2024-12-31"))).contains(v2);
    // v2 has ended and v3 has not begun: v1, never deleted, is in force again
    assertThat(rulesets().inForce(d, a, day("2025-01-01"))).contains(v1);
    assertThat(rulesets().inForce(d, a, day("2025-06-30"))).contains(v1);
    assertThat(rulesets().inForce(d, a, day("2025-07-01"))).contains(v3);
    assertThat(rulesets().inForce(d, a, day("2040-01-01"))).contains(v3);
    assertThat(rulesets().inForce(d, RulesetId.of("none"), day("2024-01-01"))).isEmpty();
    // superseded revisions stay readable
    assertThat(rulesets().versions(d, a)).containsExactly(v1, v2, v3);
  }

  @Test
  void idsAreInIdOrderAndDistrictsAreIndependent() {
    DistrictId a = freshDistrict();
    DistrictId b = freshDistrict();
    for (String id : List.of("stars", "Assessment", "boards")) {
      rulesets().append(change("adopt " + id), revision(BASELINE, a, id, 1, day("2024-01-01"), null));
    }
    Ruleset inB = revision(OVERRIDE, b, "stars", 1, day("2020-01-01"), null);
    rulesets().append(change("adopt in b"), inB);
    rulesets().append(change("v2 in b"), revision(OVERRIDE, b, "stars", 2, day("2021-01-01"), null));

    assertThat(rulesets().ids(a)).extracting(RulesetId::value).containsExactly("Assessment", "boards", "stars");
    assertThat(rulesets().ids(b)).extracting(RulesetId::value).containsExactly("stars");
    assertThat(rulesets().versions(a, RulesetId.of("stars"))).hasSize(1)
        .allSatisfy(r -> assertThat(r.district()).isEqualTo(a));
    assertThat(rulesets().inForce(a, RulesetId.of("stars"), day("2020-06-01"))).isEmpty();
    assertThat(rulesets().find(b, RulesetId.of("stars"), 1)).contains(inB);
    assertThat(rulesets().ids(freshDistrict())).isEmpty();
  }

  @Test
  void eachAppendIsAuditedWithThePreviousAndTheNewRevision() {
    DistrictId d = freshDistrict();
    Ruleset v1 = revision(BASELINE, d, "assessment", 1, day("2023-01-01"), null);
    Ruleset v2 = revision(OVERRIDE, d, "assessment", 2, day("2024-01-01"), day("2025-01-01"));
    var adopt = change("区委常委会通过");
    var revise = change("2024年修订");
    rulesets().append(adopt, v1);
    rulesets().append(revise, v2);
    List<AuditEntry> trail = provider().audit().forSubject(d, RulesetStore.SUBJECT_TYPE, "assessment");
    assertThat(trail).hasSize(2);
    AuditEntry first = trail.get(0);
    assertThat(first.action()).isEqualTo("append");
    assertThat(first.actor()).isEqualTo(adopt.actor());
    assertThat(first.reason()).isEqualTo(adopt.reason());
    assertThat(first.at()).isEqualTo(adopt.at());
    assertThat(first.before()).isEmpty();
    assertThat(first.after()).isEqualTo(RulesetStore.describe(v1));
    AuditEntry second = trail.get(1);
    assertThat(second.reason()).isEqualTo(revise.reason());
    assertThat(second.before()).isEqualTo(RulesetStore.describe(v1));
    assertThat(second.after()).isEqualTo(RulesetStore.describe(v2))
        .containsEntry("version", "2").containsEntry("effectiveUntil", "2025-01-01");
    assertThat(second.sequence()).isGreaterThan(first.sequence());
    assertThat(provider().audit().count(d)).isEqualTo(2);
  }

  @Test
  void concurrentAppendsWithRetryLoseNoVersion() throws Exception {
    DistrictId d = freshDistrict();
    int threads = 4;
    int each = 5;
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      work.add(() -> {
        for (int i = 0; i < each; i++) {
          while (true) {
            int next = rulesets().versions(d, RulesetId.of("hot")).size() + 1;
            try {
              rulesets().append(change("t" + thread), revision(BASELINE, d, "hot", next,
                  day("2024-01-01").plusDays(next), null));
              break;
            } catch (StaleVersionException retry) {
              // another thread appended this version first: reload and try the next one
            }
          }
        }
        return null;
      });
    }
    runAll(work, 300);
    List<Ruleset> versions = rulesets().versions(d, RulesetId.of("hot"));
    assertThat(versions).extracting(Ruleset::version)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, threads * each).boxed().toList());
    assertThat(provider().audit().count(d)).isEqualTo((long) threads * each);
  }
}
