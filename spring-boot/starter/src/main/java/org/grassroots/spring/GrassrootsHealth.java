package org.grassroots.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.district.DistrictId;
import org.grassroots.spi.StorageProvider;

/**
 * What the Actuator health indicator reports (健康检查), whichever Boot line runs it: the storage
 * reachable (one read of a district that never holds data) and the rulesets loaded and valid
 * (they were validated at start-up, which a bad file stops). Details name the adapter and count the
 * rulesets; they never carry data or a driver's message.
 */
public class GrassrootsHealth {
  /** The district read to check the storage; no call ever writes it. */
  static final DistrictId PROBE = DistrictId.of("grassroots-health-probe");

  private final StorageProvider storage;
  private final GrassrootsRulesets rulesets;

  public GrassrootsHealth(StorageProvider storage, GrassrootsRulesets rulesets) {
    this.storage = storage;
    this.rulesets = rulesets;
  }

  /** The result of one check. */
  public record Result(boolean up, Map<String, Object> details) {}

  public Result check() {
    Map<String, Object> details = new LinkedHashMap<>();
    StorageProvider adapter = storage instanceof GrassrootsStorage g ? g.adapter() : storage;
    details.put("storage", adapter.getClass().getSimpleName());
    details.put("rulesets", rulesets.all().size());
    try {
      storage.rulesets().ids(PROBE);
      details.put("storageReachable", true);
      return new Result(true, details);
    } catch (RuntimeException e) {
      details.put("storageReachable", false);
      details.put("error", e.getClass().getSimpleName());
      return new Result(false, details);
    }
  }
}
