package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typed ids (类型化标识) as strings. A typed id is any record of the library ({@code org.grassroots.*})
 * whose one component is {@code String value} — {@code OrgUnitId}, {@code DistrictId}, {@code
 * RulesetId}, {@code IndicatorId}, {@code MemberId}, … — so an id type added later is covered too.
 * Reading goes through the record's constructor, which checks the id.
 */
final class TypedIds {
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

  private TypedIds() {}

  /** The constructor of {@code type} if it is a typed id, else null. */
  static Constructor<?> constructor(Class<?> type) {
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

  static String text(Object id) {
    try {
      return (String) id.getClass().getRecordComponents()[0].getAccessor().invoke(id);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read the id of " + id.getClass().getName(), e);
    }
  }

  static Object parse(Constructor<?> constructor, String text) {
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

  /** An id as a string value, or as a map key ({@code key} true). */
  static final class IdSerializer extends StdScalarSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final boolean key;

    IdSerializer(Class<?> type, boolean key) {
      super(type, false);
      this.key = key;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (key) {
        gen.writeFieldName(text(value));
      } else {
        gen.writeString(text(value));
      }
    }
  }

  static final class IdDeserializer extends StdScalarDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Constructor<?> constructor;

    IdDeserializer(Class<?> type, Constructor<?> constructor) {
      super(type);
      this.constructor = constructor;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      return parse(constructor, p.getText());
    }
  }

  static final class IdSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return constructor(type.getRawClass()) == null ? null : new IdSerializer(type.getRawClass(), false);
    }
  }

  static final class IdKeySerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return constructor(type.getRawClass()) == null ? null : new IdSerializer(type.getRawClass(), true);
    }
  }

  static final class IdDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Constructor<?> c = constructor(type.getRawClass());
      return c == null ? null : new IdDeserializer(type.getRawClass(), c);
    }
  }

  static final class IdKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Constructor<?> c = constructor(type.getRawClass());
      if (c == null) {
        return null;
      }
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
          return parse(c, key);
        }
      };
    }
  }
}
