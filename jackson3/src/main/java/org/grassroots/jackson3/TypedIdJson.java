package org.grassroots.jackson3;

import static org.grassroots.input.TypedIds.constructor;
import static org.grassroots.input.TypedIds.parse;
import static org.grassroots.input.TypedIds.text;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.lang.reflect.Constructor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Typed ids (类型化标识) as strings, for Jackson 3: which types are typed ids, their text and how they
 * are read is {@link org.grassroots.input.TypedIds}.
 */
final class TypedIdJson {
  private TypedIdJson() {}

  /** An id as a string value, or as a map key ({@code key} true). */
  static final class IdSerializer extends StdScalarSerializer<Object> {
    private final boolean key;

    IdSerializer(Class<?> type, boolean key) {
      super(type, false);
      this.key = key;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      if (key) {
        gen.writeName(text(value));
      } else {
        gen.writeString(text(value));
      }
    }
  }

  static final class IdDeserializer extends StdScalarDeserializer<Object> {
    private final transient Constructor<?> constructor;

    IdDeserializer(Class<?> type, Constructor<?> constructor) {
      super(type);
      this.constructor = constructor;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      return parse(constructor, p.getString());
    }
  }

  static final class IdSerializers extends Serializers.Base {
    private final boolean key;

    IdSerializers(boolean key) {
      this.key = key;
    }

    @Override
    public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription.Supplier beanDesc, JsonFormat.Value format) {
      return constructor(type.getRawClass()) == null ? null : new IdSerializer(type.getRawClass(), key);
    }
  }

  static final class IdDeserializers extends Deserializers.Base {
    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDesc) {
      Constructor<?> c = constructor(type.getRawClass());
      return c == null ? null : new IdDeserializer(type.getRawClass(), c);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return constructor(valueType) != null;
    }
  }

  /** Map keys that are typed ids, read through the id's constructor. */
  static final class IdKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDesc) {
      Constructor<?> c = constructor(type.getRawClass());
      return c == null ? null : new IdKey(c);
    }
  }

  private static final class IdKey extends KeyDeserializer {
    private final Constructor<?> constructor;

    IdKey(Constructor<?> constructor) {
      this.constructor = constructor;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      return parse(constructor, key);
    }
  }
}
