package org.grassroots.storage.inmemory;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.RulesetStore;
import org.grassroots.spi.StaleVersionException;

/** Rulesets in memory: each id's revisions in a list, version 1 first. */
final class InMemoryRulesetStore implements RulesetStore {
  private final InMemoryStorageProvider provider;

  InMemoryRulesetStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  @Override
  public Ruleset append(Change change, Ruleset revision) {
    Check.notNull("change", change);
    Check.notNull("ruleset", revision);
    return provider.write(revision.district(), d -> {
      List<Ruleset> held = d.rulesets.getOrDefault(revision.id(), List.of());
      int next = held.size() + 1;
      if (revision.version() < next) {
        throw new StaleVersionException(SUBJECT_TYPE, revision.id().value(), revision.version() - 1L, held.size());
      }
      Check.that(revision.version() == next, "rules.versionNotNext", "ruleset.version", revision.version(), next);
      d.rulesets.put(revision.id(), ImmutableList.<Ruleset>builder().addAll(held).add(revision).build());
      Ruleset last = held.isEmpty() ? null : held.get(held.size() - 1);
      d.audit(SUBJECT_TYPE, revision.id().value(), "append", change,
          last == null ? null : () -> RulesetStore.describe(last), () -> RulesetStore.describe(revision));
      return revision;
    });
  }

  @Override
  public Optional<Ruleset> find(DistrictId district, RulesetId id, int version) {
    List<Ruleset> vs = versions(district, id);
    return version >= 1 && version <= vs.size() ? Optional.of(vs.get(version - 1)) : Optional.empty();
  }

  @Override
  public List<Ruleset> versions(DistrictId district, RulesetId id) {
    Check.notNull("id", id);
    return provider.read(district, d -> d.rulesets.getOrDefault(id, ImmutableList.of()));
  }

  @Override
  public Optional<Ruleset> inForce(DistrictId district, RulesetId id, LocalDate date) {
    Check.notNull("date", date);
    List<Ruleset> vs = versions(district, id);
    for (int i = vs.size() - 1; i >= 0; i--) {
      if (vs.get(i).coversDate(date)) {
        return Optional.of(vs.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<RulesetId> ids(DistrictId district) {
    return provider.read(district, d -> ImmutableList.copyOf(d.rulesets.keySet()));
  }
}
