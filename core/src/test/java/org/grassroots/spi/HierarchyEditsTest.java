package org.grassroots.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The move and merge planning every adapter uses, over a tree held in a map. */
class HierarchyEditsTest {
  static final DistrictId D = DistrictId.of("d");
  static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  final Map<OrgUnitId, OrgUnit> units = new LinkedHashMap<>();

  /** root ─ a ─ a1, a2;  root ─ b */
  HierarchyEditsTest() {
    put("root", null);
    put("a", "root");
    put("a1", "a");
    put("a2", "a");
    put("b", "root");
  }

  void put(String id, String parent) {
    units.put(OrgUnitId.of(id), OrgUnit.establish(D, OrgUnitId.of(id), OrgKind.COMMUNITY_ORG, id,
        parent == null ? null : OrgUnitId.of(parent), D0).withVersion(1));
  }

  final HierarchyEdits.View<RuntimeException> view = new HierarchyEdits.View<>() {
    @Override
    public Optional<OrgUnit> current(OrgUnitId id) {
      return Optional.ofNullable(units.get(id));
    }

    @Override
    public boolean isBelow(OrgUnitId unit, OrgUnitId root) {
      for (OrgUnitId at = units.get(unit).parent().orElse(null); at != null;
          at = units.get(at).parent().orElse(null)) {
        if (at.equals(root)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<OrgUnit> children(OrgUnitId parent) {
      List<OrgUnit> out = new ArrayList<>();
      for (OrgUnit u : units.values()) {
        if (u.parent().equals(Optional.of(parent))) {
          out.add(u);
        }
      }
      out.sort(Comparator.comparing(u -> u.id().value()));
      return out;
    }
  };

  static OrgUnitId id(String id) {
    return OrgUnitId.of(id);
  }

  @Test
  void aMergePlansTheChildrenUnderTheSurvivorAndEndsTheAbsorbedUnit() {
    HierarchyEdits.MergePlan plan = HierarchyEdits.planMerge(view, id("a"), 1, id("b"), D0.plusDays(5));
    assertThat(plan.absorbed().after().status()).isEqualTo(OrgStatus.MERGED);
    assertThat(plan.absorbed().after().version()).isEqualTo(2);
    assertThat(plan.absorbed().after().validTo()).contains(D0.plusDays(5));
    assertThat(plan.children()).extracting(e -> e.before().id().value()).containsExactly("a1", "a2");
    assertThat(plan.children()).allSatisfy(e -> {
      assertThat(e.after().parent()).contains(id("b"));
      assertThat(e.after().version()).isEqualTo(e.before().version() + 1);
      assertThat(e.after().revisionDate()).isEqualTo(D0.plusDays(5));
    });
  }

  @Test
  void aUnitCannotBeMergedIntoItselfOrIntoItsOwnSubtree() {
    assertThatThrownBy(() -> HierarchyEdits.planMerge(view, id("a"), 1, id("a"), D0))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.key()).isEqualTo("storage.cycle"));
    assertThatThrownBy(() -> HierarchyEdits.planMerge(view, id("a"), 1, id("a1"), D0))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.key()).isEqualTo("storage.cycle"));
  }

  @Test
  void staleMissingAndEndedUnitsAreRefusedInTheContractsOrder() {
    assertThatThrownBy(() -> HierarchyEdits.planMerge(view, id("a"), 2, id("b"), D0))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> HierarchyEdits.planMerge(view, id("x"), 1, id("b"), D0))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> HierarchyEdits.planMerge(view, id("a"), 1, id("x"), D0))
        .isInstanceOf(NotFoundException.class);
    units.put(id("b"), units.get(id("b")).withEnd(OrgStatus.DISSOLVED, D0.plusDays(1), null));
    assertThatThrownBy(() -> HierarchyEdits.planMerge(view, id("a"), 1, id("b"), D0.plusDays(2)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.key()).isEqualTo("storage.parentInactive"));
    assertThatThrownBy(() -> HierarchyEdits.planMove(view, id("a1"), 1, id("b"), D0.plusDays(2)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.key()).isEqualTo("storage.parentInactive"));
  }

  @Test
  void aMoveCannotCloseACycleNorGoBackInTime() {
    assertThatThrownBy(() -> HierarchyEdits.planMove(view, id("a"), 1, id("a"), D0))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> HierarchyEdits.planMove(view, id("a"), 1, id("a2"), D0))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> HierarchyEdits.planMove(view, id("a1"), 1, id("b"), D0.minusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    HierarchyEdits.Edit<OrgUnit> move = HierarchyEdits.planMove(view, id("a1"), 1, null, D0.plusDays(1));
    assertThat(move.after().parent()).isEmpty();
    assertThat(move.after().version()).isEqualTo(2);
  }
}
