package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.OrganizationStore;

/**
 * Model-based property (模型对照): random sequences of establish, rename, move, dissolve, merge and
 * member create/update are applied both to the adapter and to the {@link ReferenceModel}. An
 * operation the model refuses must be refused by the adapter with an accepted exception type, and
 * vice versa; after every step (see {@link #checkEveryStep()}) every answer — find, children,
 * subtree, ancestors, history, count, list, members by organisation and serving community, audit
 * count — must equal the model's; at the end so must the tree as of every day of the sequence.
 *
 * <p>Tries default to {@value #TRIES}. To change them, override the property in the subclass:
 *
 * <pre>{@code
 * @Override
 * @Property(tries = 500)
 * public void adapterAgreesWithTheModel(@ForAll("operations") List<Op> ops) {
 *   super.adapterAgreesWithTheModel(ops);
 * }
 * }</pre>
 */
public abstract class ModelBasedContract extends ContractSupport {
  /** Default tries: enough to find ordering bugs, few enough for a database adapter. */
  public static final int TRIES = 80;

  /** Unit ids are drawn from {@code u0..u(UNITS-1)}, so operations collide often. */
  protected static final int UNITS = 10;

  /** Member ids are drawn from {@code m0..m(MEMBERS-1)}. */
  protected static final int MEMBERS = 4;

  /** Whether to compare every answer after each step (true) or only at the end. */
  protected boolean checkEveryStep() {
    return true;
  }

  /** One operation of a sequence; indices pick ids from the pools, -1 means none (a root). */
  public sealed interface Op {}

  public record Establish(int unit, int parent) implements Op {}

  public record Rename(int unit) implements Op {}

  public record Move(int unit, int parent) implements Op {}

  public record Dissolve(int unit) implements Op {}

  public record Merge(int absorbed, int survivor) implements Op {}

  public record AddMember(int member, int organization, int serving) implements Op {}

  public record MoveMember(int member, int organization) implements Op {}

  public record MemberLeaves(int member) implements Op {}

  /**
   * Applied before every sequence on day {@code D0}: u0 ─┬─ u1 ── u3 ── u5, └─ u2 ── u4; m0 held
   * by u1 serving in u2, m1 held by u3 serving in u1, m2 held by u4.
   */
  private static final List<Op> PRELUDE = List.of(new Establish(0, -1), new Establish(1, 0),
      new Establish(2, 0), new Establish(3, 1), new Establish(4, 2), new Establish(5, 3),
      new AddMember(0, 1, 2), new AddMember(1, 3, 1), new AddMember(2, 4, -1));

  @Provide
  public Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> unit = Arbitraries.integers().between(0, UNITS - 1);
    Arbitrary<Integer> parent = Arbitraries.integers().between(-1, UNITS - 1);
    Arbitrary<Integer> member = Arbitraries.integers().between(0, MEMBERS - 1);
    // new ids mostly, the prelude's now and then (a duplicate must be refused)
    Arbitrary<Integer> fresh = Arbitraries.integers().between(5, UNITS - 1);
    return Arbitraries.<Op>frequencyOf(
            Tuple.of(6, Combinators.combine(fresh, parent).as(Establish::new)),
            Tuple.of(2, unit.map(Rename::new)),
            Tuple.of(4, Combinators.combine(unit, parent).as(Move::new)),
            Tuple.of(3, unit.map(Dissolve::new)),
            Tuple.of(3, Combinators.combine(unit, unit).as(Merge::new)),
            Tuple.of(3, Combinators.combine(member, unit, parent).as(AddMember::new)),
            Tuple.of(2, Combinators.combine(member, unit).as(MoveMember::new)),
            Tuple.of(1, member.map(MemberLeaves::new)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  @Property(tries = TRIES)
  public void adapterAgreesWithTheModel(@ForAll("operations") List<Op> ops) {
    DistrictId d = freshDistrict();
    ReferenceModel model = new ReferenceModel(d);
    // a small world to start from, so that random operations meet existing units and members
    inPrelude = true;
    for (Op op : PRELUDE) {
      apply(model, op, D0);
    }
    inPrelude = false;
    for (int step = 0; step < ops.size(); step++) {
      apply(model, ops.get(step), dayOf(step));
      if (checkEveryStep()) {
        assertSameAnswers(model);
      }
    }
    assertSameAnswers(model);
    OrganizationStore orgs = provider().organizations();
    for (int step = -1; step <= ops.size(); step++) {
      LocalDate day = dayOf(step);
      assertThat(orgs.asOf(d, day)).as("tree as of %s", day).isEqualTo(model.asOf(day));
    }
  }

  /** Step {@code i} happens on day {@code i + 1}: dates only move forward, one day per step. */
  private static LocalDate dayOf(int step) {
    return D0.plusDays(step + 1L);
  }

  private static OrgUnitId u(int i) {
    return i < 0 ? null : OrgUnitId.of("u" + i);
  }

  private static MemberId m(int i) {
    return MemberId.of("m" + i);
  }

  private void apply(ReferenceModel model, Op op, LocalDate day) {
    DistrictId d = model.district();
    OrganizationStore orgs = provider().organizations();
    var people = provider().members();
    if (op instanceof Establish e) {
      if (e.unit() == e.parent()) {
        return; // the value itself refuses being its own parent
      }
      OrgUnit unit = OrgUnit.establish(d, u(e.unit()), OrgKind.COMMUNITY_ORG, "unit " + e.unit(),
          u(e.parent()), day);
      compare(op, () -> model.create(unit), () -> orgs.create(change("establish"), unit));
    } else if (op instanceof Rename r) {
      OrgUnit cur = model.find(u(r.unit())).orElse(placeholder(d, r.unit(), day));
      OrgUnit renamed = cur.withName("renamed on " + day, day);
      compare(op, () -> model.update(renamed), () -> orgs.update(change("rename"), renamed));
    } else if (op instanceof Move mv) {
      Optional<OrgUnit> cur = model.find(u(mv.unit()));
      if (cur.isPresent() && !cur.get().status().isActive()) {
        return; // moving an ended unit is not specified
      }
      long version = cur.map(OrgUnit::version).orElse(1L);
      compare(op, () -> model.move(u(mv.unit()), u(mv.parent()), day),
          () -> orgs.move(change("move"), d, u(mv.unit()), version, u(mv.parent()), day));
    } else if (op instanceof Dissolve x) {
      Optional<OrgUnit> cur = model.find(u(x.unit()));
      if (cur.isPresent() && !cur.get().status().isActive()) {
        return; // ending an ended unit again is not specified
      }
      OrgUnit ended = cur.orElse(placeholder(d, x.unit(), day.minusDays(1)))
          .withEnd(OrgStatus.DISSOLVED, day, null);
      compare(op, () -> model.update(ended), () -> orgs.update(change("dissolve"), ended));
    } else if (op instanceof Merge g) {
      Optional<OrgUnit> cur = model.find(u(g.absorbed()));
      if (cur.isPresent() && !cur.get().status().isActive()) {
        return; // merging an ended unit is not specified
      }
      long version = cur.map(OrgUnit::version).orElse(1L);
      compare(op, () -> model.merge(u(g.absorbed()), u(g.survivor()), day),
          () -> orgs.merge(change("merge"), d, u(g.absorbed()), version, u(g.survivor()), day));
    } else if (op instanceof AddMember a) {
      Member mem = member(d, "m" + a.member(), "u" + a.organization());
      Member in = a.serving() < 0 ? mem : mem.withDualRegistration(u(a.serving()));
      compare(op, () -> model.createMember(in), () -> people.create(change("register"), in));
    } else if (op instanceof MoveMember mm) {
      Member cur = model.findMember(m(mm.member()))
          .orElse(member(d, "m" + mm.member(), "u0").withVersion(1));
      Member moved = cur.withOrganization(u(mm.organization()));
      compare(op, () -> model.updateMember(moved), () -> people.update(change("transfer"), moved));
    } else if (op instanceof MemberLeaves l) {
      Member cur = model.findMember(m(l.member()))
          .orElse(member(d, "m" + l.member(), "u0").withVersion(1));
      Member gone = cur.withActive(false);
      compare(op, () -> model.updateMember(gone), () -> people.update(change("leave"), gone));
    }
  }

  /** A stand-in for a unit the model does not have, so the adapter is asked (and must refuse). */
  private static OrgUnit placeholder(DistrictId d, int unit, LocalDate day) {
    return OrgUnit.establish(d, u(unit), OrgKind.COMMUNITY_ORG, "missing", null, day).withVersion(1);
  }

  /** True while the prelude runs: its operations are not counted in the statistics. */
  private boolean inPrelude;

  private void compare(Op op, Supplier<Object> onModel, Supplier<Object> onAdapter) {
    Object expected;
    try {
      expected = onModel.get();
    } catch (ReferenceModel.Refusal refusal) {
      if (!inPrelude) {
        Statistics.label("outcome").collect(op.getClass().getSimpleName(), "refused");
      }
      Throwable got = null;
      Object result = null;
      try {
        result = onAdapter.get();
      } catch (RuntimeException e) {
        got = e;
      }
      assertThat(got).as("%s must be refused (%s), adapter returned %s", op, refusal.getMessage(), result)
          .isNotNull();
      assertThat(refusal.accepts(got)).as("%s refused with %s, expected %s", op, got, refusal.getMessage())
          .isTrue();
      return;
    }
    if (!inPrelude) {
      Statistics.label("outcome").collect(op.getClass().getSimpleName(), "done");
    }
    Object actual = onAdapter.get();
    assertThat(actual).as("result of %s", op).isEqualTo(expected);
  }

  private void assertSameAnswers(ReferenceModel model) {
    DistrictId d = model.district();
    OrganizationStore orgs = provider().organizations();
    assertThat(orgs.count(d)).as("count").isEqualTo(model.count());
    assertThat(all(p -> orgs.list(d, p), 3)).as("list").isEqualTo(model.list());
    for (int i = 0; i < UNITS; i++) {
      OrgUnitId id = u(i);
      Optional<OrgUnit> expected = model.find(id);
      assertThat(orgs.find(d, id)).as("find %s", id).isEqualTo(expected);
      if (expected.isPresent()) {
        assertThat(orgs.children(d, id)).as("children of %s", id).isEqualTo(model.children(id));
        assertThat(orgs.subtree(d, id)).as("subtree of %s", id).isEqualTo(model.subtree(id));
        assertThat(orgs.ancestors(d, id)).as("ancestors of %s", id).isEqualTo(model.ancestors(id));
        assertThat(orgs.history(d, id)).as("history of %s", id).isEqualTo(model.history(id));
      }
      assertThat(provider().members().byOrganization(d, id)).as("members of %s", id)
          .isEqualTo(model.byOrganization(id));
      assertThat(provider().members().servingIn(d, id)).as("serving in %s", id)
          .isEqualTo(model.servingIn(id));
    }
    assertThat(provider().members().count(d)).as("member count").isEqualTo(model.memberCount());
    assertThat(all(p -> provider().members().list(d, p), 2)).as("members").isEqualTo(model.listMembers());
    assertThat(provider().audit().count(d)).as("audit entries").isEqualTo(model.auditCount());
  }
}
