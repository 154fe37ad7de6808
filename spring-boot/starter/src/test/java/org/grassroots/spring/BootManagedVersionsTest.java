package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

/**
 * The starter is built and tested on Spring Boot's managed versions, as a host's Boot application
 * resolves them — not on the library's own pins (Jackson 2.23, H2 2.5.252), which Boot 3.5.7
 * (Jackson 2.19, H2 2.3) and 4.0.7 (Jackson 2 line 2.21, H2 2.4) both replace.
 */
class BootManagedVersionsTest {
  @Test
  void jacksonAndH2AreBootsNotTheLibrarysPins() {
    assertThat(PackageVersion.VERSION.getMinorVersion()).isLessThan(23);
    assertThat(org.h2.engine.Constants.VERSION_MINOR).isLessThan(5);
  }
}
