package org.grassroots.spring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** The files a location property names (文件位置): what {@code grassroots.rulesets} and {@code grassroots.programs} share. */
final class ResourceLocations {
  private ResourceLocations() {}

  /**
   * The readable files {@code location} (a Spring resource location with patterns) matches, by name.
   *
   * @throws InvalidInputException ({@code notFoundKey}, naming {@code property}) if it matches none
   */
  static List<Resource> readable(ResourcePatternResolver resolver, String property, String location,
      String notFoundKey) {
    Resource[] found;
    try {
      found = resolver.getResources(location);
    } catch (IOException e) {
      throw new InvalidInputException(notFoundKey, property, location);
    }
    List<Resource> readable = new ArrayList<>();
    for (Resource r : found) {
      if (r.isReadable()) {
        readable.add(r);
      }
    }
    Check.that(!readable.isEmpty(), notFoundKey, property, location);
    readable.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
    return readable;
  }
}
