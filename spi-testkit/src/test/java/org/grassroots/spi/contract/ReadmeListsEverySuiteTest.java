package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Group;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The kit's documentation and its entry point keep up with its suites: every contract class of
 * the package runs inside {@link StorageProviderContract}, and the README names each one in its
 * table.
 */
class ReadmeListsEverySuiteTest {
  /** The contract classes of the package: abstract subclasses of {@link ContractSupport}. */
  static Set<Class<?>> suites() throws IOException {
    return ClassPath.from(ContractSupport.class.getClassLoader())
        .getTopLevelClasses(ContractSupport.class.getPackageName()).stream()
        .map(ClassPath.ClassInfo::load)
        .filter(c -> c != ContractSupport.class && ContractSupport.class.isAssignableFrom(c))
        .filter(c -> Modifier.isAbstract(c.getModifiers()))
        .collect(Collectors.toSet());
  }

  @Test
  void everySuiteRunsInTheOneEntryPoint() throws IOException {
    Set<Class<?>> run = Arrays.stream(StorageProviderContract.class.getDeclaredClasses())
        .filter(c -> c.isAnnotationPresent(Nested.class) || c.isAnnotationPresent(Group.class))
        .map(Class::getSuperclass)
        .collect(Collectors.toSet());
    assertThat(suites()).hasSizeGreaterThanOrEqualTo(17);
    assertThat(run).containsExactlyInAnyOrderElementsOf(suites());
  }

  @Test
  void theReadmeTableNamesEverySuite() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> rows = readme.lines().filter(l -> l.startsWith("| `")).toList();
    for (Class<?> suite : suites()) {
      assertThat(rows).as("README row of %s", suite.getSimpleName())
          .anyMatch(row -> row.startsWith("| `" + suite.getSimpleName() + "` |"));
    }
  }
}
