package org.grassroots.jackson;

import static org.grassroots.input.TypedIds.constructor;
import static org.grassroots.input.TypedIds.parse;
import static org.grassroots.input.TypedIds.text;

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

/**
 * Typed ids (类型化标识) as strings, for Jackson 2: which types are typed ids, their text and how
 * they are read is {@link org.grassroots.input.TypedIds} (shared with the Jackson 3 module).
 */
final class TypedIds {
  private TypedIds() {}

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
