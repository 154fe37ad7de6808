package org.grassroots.input;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typed ids (类型化标识) as text, for the library's JSON modules. A typed id is any record of the
 * library ({@code org.grassroots.*}) whose one component is {@code String value} — {@code OrgUnitId},
 * {@code DistrictId}, {@code RulesetId}, {@code IndicatorId}, {@code MemberId}, … — so an id type
 * added later is covered too. Reading goes through the record's constructor, which checks the id.
 */
public final class TypedIds {
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

  private TypedIds() {}

  /** The constructor of {@code type} if it is a typed id, else null. */
  public static Constructor<?> constructor(Class<?> type) {
    if (!type.isRecord() || !type.getPackageName().startsWith("org.grassroots")) {
      return null;
    }
    RecordComponent[] parts = type.getRecordComponents();
    if (parts.length != 1 || !parts[0].getName().equals("value") || parts[0].getType() != String.class) {
      return null;
    }
    return CONSTRUCTORS.computeIfAbsent(type, t -> {
      try {
        return t.getDeclaredConstructor(String.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record's canonical constructor is missing: " + t, e);
      }
    });
  }

  /** The text of a typed id. */
  public static String text(Object id) {
    try {
      return (String) id.getClass().getRecordComponents()[0].getAccessor().invoke(id);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read the id of " + id.getClass().getName(), e);
    }
  }

  /**
   * The typed id of {@code text}, through {@code constructor} (from {@link #constructor}).
   *
   * @throws InvalidInputException the id's own refusal, naming the field
   */
  public static Object parse(Constructor<?> constructor, String text) {
    try {
      return constructor.newInstance(text);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // the id's own refusal, e.g. InvalidInputException naming the field
      }
      throw new IllegalStateException(e.getCause());
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getName(), e);
    }
  }
}
